"""Operations for the thirty-seventh substance set (substance_pool_ak.py): what a careful reviewing office
notices across the whole report -- done vs intended acts, results told of the year before, hollow plans,
causes that restate the problem, padding, presentation-only changes and concrete vs generic pairs.
Built on edit_lib and edit_lib_ah (imported, unchanged).  Written without reading fzscore's code or rubric
data; every operation takes its wording as an argument and finds what it edits from the corpus labels and
regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, edit_items, fmt, insert_para, item_keyphrase
from edit_lib_ah import ENUM_LEAD, M, PL, SH, _done, _excl, _sent_map, _tail

DONE_AK = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d，,。])|已经|均已|已(?=[\u4e00-\u9fff])|累计|全年|圆满")
ENUM_SHI = re.compile(r"(?<=[，,。；;：:])([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff“])")
SELF_WO = re.compile(r"我(局|县|镇|乡|区|市|厅|委)(?![们])")
SELF_BEN = re.compile(r"本(局|县|镇|乡|区|市|厅)(?=[\u4e00-\u9fff])")
CN_DIG = "〇" + "".join(chr(c) for c in (19968, 20108, 19977, 22235, 20116, 20845, 19971, 20843, 20061))


def _cn_int(n):
    """1..99 in Chinese numerals."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


# ---------------------------------------------------------------- directional
def op_measures_intended_ak(doc, leads, min_hits=2, need_num=False):
    """In the measures, every sentence telling a done act (a done marker or a figure) rewritten as an
    intended one: done markers dropped and a rotating lead (拟于…/力争… from leads, filled) put after the
    enumerator."""
    def fn(s, k):
        body = s.lstrip()
        if len(body) < 10 or not (NUM_RX.search(s) or (not need_num and DONE_AK.search(s))):
            return s
        lead = s[: len(s) - len(body)]
        m = ENUM_LEAD.match(body)
        rest = DONE_AK.sub("", body[m.end():])
        return lead + body[: m.end()] + fmt(doc, leads[k % len(leads)], "ak" + str(k)) + rest
    return _sent_map(doc, M, fn, min_hits)


def op_results_prior_year_ak(doc, leads, min_hits=2):
    """In the measures, the report year written as the year before and every figured sentence led by a
    rotating 'the year before' lead: the results are last year's, not the report year's."""
    y, py = str(doc.year), str(doc.year - 1)

    def fn(s, k):
        body = s.lstrip()
        s2 = s.replace(y + "年", py + "年")
        if len(body) < 10 or not NUM_RX.search(s):
            return s2
        lead = s2[: len(s2) - len(s2.lstrip())]
        b2 = s2.lstrip()
        m = ENUM_LEAD.match(b2)
        return lead + b2[: m.end()] + fmt(doc, leads[k % len(leads)]) + b2[m.end():]
    return _sent_map(doc, M, fn, min_hits)


def op_plan_any_unit_ak(doc, pool, min_hits=2):
    """In the plan, every sentence of 10+ characters replaced by a sentence any unit could write (rotating
    through pool); enumerators kept."""
    def fn(s, k):
        body = s.lstrip()
        if len(body) < 10:
            return s
        m = ENUM_LEAD.match(body)
        return s[: len(s) - len(body)] + body[: m.end()] + fmt(doc, pool[k % len(pool)]) + (_tail(s) or "。")
    return _sent_map(doc, PL, fn, min_hits)


# ---------------------------------------------------------------- padding
def op_causes_restate_ak(doc, tpls, min_items=2):
    """After each shortcoming item, a cause that only restates the item (its key phrase in a rotating
    template)."""
    if not doc.has(SH):
        return None
    n = [0]

    def fn(item, k):
        kp = item_keyphrase(item)
        if len(kp) < 3:
            return item
        n[0] += 1
        return item.rstrip() + tpls[k % len(tpls)].format(kp=kp)
    r = edit_items(doc, fn)
    return _done(doc, r) if r and n[0] >= min_items else None


def op_repeat_totals_ak(doc, tpl, k=4):
    """At the end of the measures, the first k distinct figures of the measures repeated as a 'summary'
    paragraph (nothing new)."""
    if not doc.has(M):
        return None
    body = "".join(doc.lines[i][c:] for i, c in doc.paras(M, _excl(M)))
    figs = []
    for m in NUM_RX.finditer(body):
        f = m.group(0).replace(" ", "")
        if f not in figs:
            figs.append(f)
    if len(figs) < 2:
        return None
    para = fmt(doc, tpl.replace("{figs}", "@@")).replace("@@", "、".join(figs[:k]))
    return _done(doc, insert_para(doc, M, para, exclude=_excl(M)))


# ---------------------------------------------------------------- invariance
def op_enum_shi_to_paren_ak(doc, min_hits=2):
    """一是/二是 … written (一)(二) … (full-width brackets), same items."""
    t, k = ENUM_SHI.subn(lambda m: "（" + m.group(1) + "）", doc.text)
    return _done(doc, t) if k >= min_hits else None


def op_count_numerals_ak(doc, min_hits=2):
    """Integer counts 1..99 (N次, N场, N件 … not %) written in Chinese numerals (3次 -> 三次)."""
    n = [0]

    def sub(m):
        v, unit = m.group(1), m.group(3)
        if "." in v or unit == "%" or not (1 <= int(v) <= 99):
            return m.group(0)
        n[0] += 1
        return _cn_int(int(v)) + unit
    t = NUM_RX.sub(sub, doc.text)
    return _done(doc, t) if n[0] >= min_hits else None


def op_self_reference_ak(doc):
    """我局/我县/我镇 … written 本局/本县/本镇 (the reverse where the report writes only 本…)."""
    t, k = SELF_WO.subn(lambda m: "本" + m.group(1), doc.text)
    if k:
        return _done(doc, t)
    t, k = SELF_BEN.subn(lambda m: "我" + m.group(1), doc.text)
    return _done(doc, t) if k else None


# ---------------------------------------------------------------- pairs
def op_pair_part_end_ak(doc, key, a_tpl, b_tpl, salt="ak"):
    """Pair: A and B two wordings of the same item (same fill salt) at the end of a part's own body."""
    if not doc.has(key):
        return None
    ex = _excl(key)
    a, b = fmt(doc, a_tpl, salt), fmt(doc, b_tpl, salt)
    ra, rb = insert_para(doc, key, a, exclude=ex), insert_para(doc, key, b, exclude=ex)
    return (ra, rb) if ra and rb else None
