"""Operations for the eighteenth substance set (substance_pool_r.py, substance_edits_r*.py), built on
edit_lib, edit_lib_d … edit_lib_q (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, map_paras
from edit_lib_d import FR
from edit_lib_l import _done, _excl, op_each_counted
from edit_lib_o import short_name
from edit_lib_q import fmt_q

KEYS3 = ("measures", FR, "next_year")


def fmt_r(doc, s, salt):
    """fmt_q (the same figures on both sides of a pair), salted 'r'."""
    return fmt_q(doc, s, "r|" + salt)


def _map_parts(doc, fn, keys=KEYS3, skip_headings=True):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=skip_headings)
    return lines


# ---------------------------------------------------------------- directional: substance removed
ACT_RX = re.compile(r"办理|办结|审查|审核|处罚|查处|作出|受理|调解|化解|决定|许可|复议|检查|整治|处置")


def op_counted_suffix(doc, tpls, min_hits=2, need=ACT_RX):
    """Every counted sentence of the measures (FR part excluded) that tells an act (`need`: 办理, 审查,
    处罚, 受理 …) gets a clause (rotating over `tpls`) before its closing mark."""
    def fn(s, k):
        if need is not None and not need.search(s):
            return s
        m = re.search(r"[。；;！!]?\s*$", s)
        body, tail = s[: m.start()], s[m.start():]
        if len(body.strip()) < 8:
            return s
        return body.rstrip("，,") + fmt_r(doc, tpls[k % len(tpls)], "cs") + (tail if tail.strip() else "。" + tail)
    return op_each_counted(doc, fn, min_hits)


# ---------------------------------------------------------------- invariance (form only)
def op_gov_short(doc, min_hits=1):
    """After its first mention in the body, the issuer's full name (新浦镇人民政府, with or without the
    places above it) written short (新浦镇政府): the same issuer."""
    name = short_name(doc)
    if not name:
        return None
    rx = re.compile(r"[\u4e00-\u9fa5]{0,8}?" + re.escape(name) + "人民政府")
    lines = list(doc.lines)
    seen, n = False, 0
    for i in range(1, len(lines)):
        def rep(m):
            nonlocal seen, n
            if not seen:
                seen = True
                return m.group(0)
            n += 1
            return name + "政府"
        lines[i] = rx.sub(rep, lines[i])
    if n < min_hits:
        return None
    return _done(doc, lines)


ENUM_IS = re.compile(r"(^|[\s。；;：:])([" + CN_NUM + r"]{1,2})" + "是" + r"(?=[\u4e00-\u9fa5“《（(])")
MIDDLE = ["其次", "再次", "另外", "此外", "同时", "还有"]


def _cn_val(s):
    d = {c: i + 1 for i, c in enumerate(CN_NUM)}
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + d.get(s[1], 0)
    return d.get(s, -1)


def op_enum_order_words(doc, min_runs=1):
    """Enumerations 一是…二是…三是… (inline or one per line) in the measures, FR part and plan written with
    order words: 首先，… 其次，… 再次，… 最后，… (a run needs 一是 and 二是; the last item gets 最后)."""
    lines = list(doc.lines)
    spans = []
    for k in KEYS3:
        if not doc.has(k):
            continue
        sp = doc.spans[k]
        spans.append((sp.start, sp.end))
    idx = sorted({i for a, b in spans for i in range(a, min(b, len(lines)))})
    hits = []    # (line, start, end, value)
    for i in idx:
        for m in ENUM_IS.finditer(lines[i]):
            v = _cn_val(m.group(2))
            if v >= 1:
                hits.append((i, m.start(2), m.end(2) + 1, v))
    runs, cur = [], []
    for h in hits:
        if h[3] == 1:
            if len(cur) >= 2:
                runs.append(cur)
            cur = [h]
        elif cur and h[3] == cur[-1][3] + 1:
            cur.append(h)
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
    if len(cur) >= 2:
        runs.append(cur)
    if len(runs) < min_runs:
        return None
    repl = []
    for run in runs:
        for j, h in enumerate(run):
            w = "首先" if j == 0 else ("最后" if j == len(run) - 1 else MIDDLE[min(j - 1, len(MIDDLE) - 1)])
            repl.append((h, w + "，"))
    for (i, a, b, _), w in sorted(repl, key=lambda x: (x[0][0], -x[0][1])):
        rest = lines[i][b:]
        lines[i] = lines[i][:a] + w + rest.lstrip("，,")
    return _done(doc, lines)


SPLIT_RX = re.compile(r"[，,](其中|同时|此外|另外)[，,]?")


def op_comma_split(doc, min_hits=1):
    """A sentence that goes on after a comma with 其中/同时/此外/另外 split in two there (…12件，其中… ->
    …12件。其中，…): the same words, one more full stop."""
    n = [0]

    def fn(t):
        def rep(m):
            n[0] += 1
            return "。" + m.group(1) + "，"
        return SPLIT_RX.sub(rep, t)
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_tongbi(doc, min_hits=1):
    """同比 written out as 与上年同期相比 (同比增长12% -> 与上年同期相比增长12%): the same comparison."""
    n = [0]

    def fn(t):
        t2, k = re.subn("同比", "与上年同期相比", t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


LIST3_RX = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、){2,})([\u4e00-\u9fff]{2,10})(?=[，。；：等])")


def op_list_he(doc, min_hits=1):
    """In a list of three or more items joined by 、, the last 、 written 和 (A、B、C -> A、B和C): the
    same items."""
    n = [0]

    def rep(m):
        head = m.group(1)
        if "和" in head or "和" in m.group(2):
            return m.group(0)
        n[0] += 1
        return head[:-1] + "和" + m.group(2)

    lines = _map_parts(doc, lambda t: LIST3_RX.sub(rep, t))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


__all__ = ["FR", "fmt_r", "op_counted_suffix", "op_gov_short", "op_enum_order_words", "op_comma_split",
           "op_tongbi", "op_list_he"]
