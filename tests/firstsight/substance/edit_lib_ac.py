"""Operations for the twenty-ninth substance set (substance_pool_ac.py, substance_edits_ac*.py): the whole
report as a blind reviewing office reads it, under the three CheckList test types (directional, padding,
invariance) and pairs.  Built on edit_lib, edit_lib_l, edit_lib_q, edit_lib_z, edit_lib_aa and edit_lib_ab
(unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, sentences
from edit_lib_ab import FR, M, PL, SH, _done, _paras
from edit_lib_l import _excl
from edit_lib_q import fmt_q


def _body(doc, key):
    if not doc.has(key):
        return []
    return doc.paras(key, _excl(key), skip_headings=True)


# ---------------------------------------------------------------- directional (lower)
def _magnitude(n, unit, words, pct_words):
    """A figure as an order-of-magnitude word: words = [(upper bound, prefix)], the unit kept."""
    if unit == "%":
        for lo, w in pct_words:
            if n >= lo:
                return w
        return pct_words[-1][1]
    u = unit.lstrip("余")
    if u.startswith("万"):
        n, u = n * 10000, u[1:]
        for hi, w in words:
            if n < hi:
                return w + ("万" if n >= 10000 and "万" not in w else "") + u
    for hi, w in words:
        if n < hi:
            return w + u
    return words[-1][1] + u


def op_figures_magnitude_ac(doc, words, pct_words, min_hits=2):
    """Every counted figure of the measures (NUM_RX) replaced by an order-of-magnitude word derived from it
    (12件 -> 十余件, 150人次 -> 上百人次, 96% -> 绝大部分): the size is kept, the figure is gone."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return _magnitude(float(m.group(1)), m.group(3), words, pct_words)
    for i, c in _paras(doc, M):
        lines[i] = lines[i][:c] + NUM_RX.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


PLAN_DATE = re.compile(r"(?:力争|计划|预计|争取)?(?:在|于)?(?:(?:\d{4}|[〇一二]{4})年)?"
                       r"(?:\d{1,2}月(?:\d{1,2}日)?|上半年|下半年|年底|年末|年内|第?[一二三四1-4]季度)"
                       r"(?:份|底|末|初|中旬|上旬|下旬)?(?:以前|之前|前)?(?:完成)?[，,]?")


def op_plan_dates_removed_ac(doc, min_hits=1):
    """Every deadline of the plan (a month, a quarter, 上半年, 年底 …, with 前/以前) deleted; a bare year
    stays.  The plan's items lose their schedule."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return ""
    for i, c in _body(doc, PL):
        lines[i] = lines[i][:c] + PLAN_DATE.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


def op_part_to_one_sentence_ac(doc, key, sentence, salt="one"):
    """The body of a part (headings kept) replaced by one sentence: its first body piece becomes the
    sentence, the other body pieces are dropped."""
    ps = _body(doc, key)
    if not ps:
        return None
    lines = list(doc.lines)
    drop = set()
    for n, (i, c) in enumerate(ps):
        if n == 0:
            lines[i] = lines[i][:c] + fmt_q(doc, sentence, salt)
        elif c == 0:
            drop.add(i)
        else:
            lines[i] = lines[i][:c]
    return _done(doc, [x for j, x in enumerate(lines) if j not in drop])


# ---------------------------------------------------------------- padding (not higher)
def op_append_block_ac(doc, block, salt="ap"):
    """Lines appended after the end of the report (an appendix), figures from fmt_q."""
    t = doc.text.rstrip("\n")
    return t + "\n\n" + "\n".join(fmt_q(doc, x, salt + str(k)) for k, x in enumerate(block)) + "\n"


# ---------------------------------------------------------------- invariance (same)
SELF_AC = re.compile(r"(?:我|本)([县镇市区乡旗])(?![长委场级])")


def op_self_third_person_ac(doc, word, keys=(M, FR), min_hits=2):
    """Every 我X / 本X (X the unit's level character) in the measures and the principal's part written in
    the third person (该X), as when the report is drafted by the unit's office about the unit."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return word + m.group(1)
    for key in keys:
        for i, c in _body(doc, key):
            lines[i] = lines[i][:c] + SELF_AC.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


LIST_MID = re.compile(r"、([\u4e00-\u9fa5]{2,8})、([\u4e00-\u9fa5]{2,8})(?=、|等)")


def op_swap_list_items_ac(doc, keys=(M,), min_hits=1):
    """In every enumeration joined by 、, the first pair of items after the first item (so the verb or
    preposition that opens the list stays in front) and followed by another item or 等 (so no tail of the
    sentence moves with the last item) swapped, when the two are of like length (within 2 characters):
    干部学习例会、专题讲座、… -> 专题讲座、干部学习例会、…"""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        a, b = m.group(1), m.group(2)
        if abs(len(a) - len(b)) > 2 or a == b:
            return m.group(0)
        k[0] += 1
        return "、" + b + "、" + a
    for key in keys:
        for i, c in _body(doc, key):
            lines[i] = lines[i][:c] + LIST_MID.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}
FULL = {v: k for k, v in HALF.items()}


def op_width_punct_ac(doc, keys=(M, FR, SH, PL), min_hits=5):
    """Punctuation of the body of every part written in the other width than the report's own: when the
    report mostly uses full-width ，；：（）！？ they become half-width (, ; : ( ) ! ?), when it mostly uses
    half-width they become full-width (a half-width , ; : only between Chinese characters or after a
    closing quote/bracket, so figures like 1,200 and 3:1 stay).  。 and 、 stay."""
    full = sum(doc.text.count(x) for x in HALF)
    half = sum(doc.text.count(x) for x in FULL)
    lines = list(doc.lines)
    k = [0]
    if full >= half:
        table = str.maketrans(HALF)
        rx = re.compile("[" + "".join(HALF) + "]")
    else:
        table = str.maketrans(FULL)
        rx = re.compile(r"(?<=[\u4e00-\u9fa5”）)])[,;:!?]|(?<=[\u4e00-\u9fa5])\(|\)(?=[\u4e00-\u9fa5，。；、])")
    for key in keys:
        for i, c in _body(doc, key):
            t = lines[i][c:]
            k[0] += len(rx.findall(t))
            lines[i] = lines[i][:c] + rx.sub(lambda m: m.group(0).translate(table), t)
    return _done(doc, lines) if k[0] >= min_hits else None


def op_split_longest_para_ac(doc, keys=(FR, SH, PL), min_len=120):
    """In the principal's part, the shortfalls and the plan: the longest body paragraph (a line of its own,
    at least min_len characters and 3 sentences) split in two at the sentence end nearest its middle."""
    lines = list(doc.lines)
    cuts = []
    for key in keys:
        best = None
        for i, c in _body(doc, key):
            if c != 0:
                continue
            t = lines[i]
            if len(t.strip()) >= min_len and len(sentences(t)) >= 3 and (best is None or len(t) > len(lines[best])):
                best = i
        if best is not None:
            t = lines[best]
            ends = [m.end() for m in re.finditer(r"。", t) if 0 < m.end() < len(t.rstrip())]
            if ends:
                e = min(ends, key=lambda x: abs(x - len(t) / 2))
                ind = re.match(r"\s*", t).group(0)
                cuts.append((best, t[:e], ind + t[e:].lstrip()))
    if not cuts:
        return None
    for i, a, b in sorted(cuts, reverse=True):
        lines[i:i + 1] = [a, b]
    return _done(doc, lines)
