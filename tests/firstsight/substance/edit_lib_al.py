"""Operations for the thirty-eighth substance set (substance_pool_al.py): the shortcomings and the plan and
how they answer each other, and the report's fifth item (其他需要报告的情况, 2019 rule art. 26 (5)).
Built on edit_lib and edit_lib_ah (imported, unchanged).  Written without reading fzscore's code or rubric
data; every operation takes its wording as an argument and finds what it edits from the corpus labels and
regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, RE_ENUM, TOPHEAD, edit_items, fmt, insert_para, item_keyphrase, op_plan_year, problem_items
from edit_lib_ah import ENUM_LEAD, PL, SH, _done

CN_TOP = CN_NUM
LEAD_VERB = re.compile(r"^(?:加强|推进|深化|强化|提升|健全|完善|持续|严格|推动|抓好|落实|着力|全面|进一步|坚持|规范|加大|创新|扎实)+")


# ---------------------------------------------------------------- directional
def op_shortcomings_past_al(doc, lead, close, min_items=1):
    """Every shortcoming item told as the year before's problem, already corrected: a lead (filled) after the
    item's enumerator and a closing sentence (filled) after it.  No shortcoming of the report year is left."""
    if not doc.has(SH):
        return None
    n = [0]

    def fn(item, k):
        body = item.rstrip()
        if len(body) < 8:
            return item
        m = ENUM_LEAD.match(body)
        n[0] += 1
        rest = body[m.end():].rstrip("。；;，, ")
        return body[: m.end()] + fmt(doc, lead) + rest + "，" + fmt(doc, close)
    r = edit_items(doc, fn)
    return _done(doc, r) if r and n[0] >= min_items else None


def op_plan_year_after_next_al(doc):
    """The plan's next year (heading and body) written as the year after it: the plan skips the coming year."""
    return _done(doc, op_plan_year(doc, doc.ny + 1))


# ---------------------------------------------------------------- padding
def _first_keyphrase(doc, key):
    ps = doc.paras(key, (), skip_headings=False)
    joined = "\u0000".join(doc.lines[i][c:] for i, c in ps)
    items = problem_items(joined)
    for a, b in items:
        kp = item_keyphrase(joined[a:b].replace("\u0000", ""))
        if len(kp) >= 4:
            return kp
    return None


def op_pad_restate_first_al(doc, key, tpl, strip_verb=False):
    """A paragraph at the end of a part restating its first item's key phrase several ways (nothing new)."""
    if not doc.has(key):
        return None
    kp = _first_keyphrase(doc, key)
    if not kp:
        return None
    if strip_verb:
        kp = LEAD_VERB.sub("", kp) or kp
        if len(kp) < 3:
            return None
    para = fmt(doc, tpl.replace("{kp}", "@@"), "al").replace("@@", kp)
    return _done(doc, insert_para(doc, key, para, exclude=()))


# ---------------------------------------------------------------- the fifth item (其他需要报告的情况)
def _last_key(doc):
    return max(doc.spans, key=lambda k: (doc.spans[k].start, not doc.spans[k].embedded))


def other_section_al(doc, heading, body):
    """The report with a section `heading` + `body` (filled) after its last located part.  The heading
    takes the next top-level numeral when the last part's heading has one (四、 -> 五、)."""
    if not doc.spans:
        return None
    key = _last_key(doc)
    if doc.spans[key].embedded:
        return None
    h = doc.lines[doc.spans[key].start]
    m = TOPHEAD.match(h)
    num = ""
    if m:
        cur = h.strip().split("、")[0]
        if cur in CN_TOP[:9]:
            num = CN_TOP[CN_TOP.index(cur) + 1] + "、"
    lines = list(doc.lines)
    ps = doc.paras(key, (), skip_headings=False)
    if not ps:
        return None
    blank, indent = doc._style(key)
    i = ps[-1][0]
    ins = ([""] if blank else []) + [indent + num + heading] + ([""] if blank else []) + [indent + fmt(doc, body, "qt")]
    lines[i + 1:i + 1] = ins
    return _done(doc, lines)


def op_pair_other_al(doc, a_heading, a_body, b_heading=None, b_body=None):
    """Pair: A the report with a fifth-item section (a_heading + a_body); B the report as it is (b_heading
    None) or with another fifth-item section (b_heading + b_body)."""
    a = other_section_al(doc, a_heading, a_body)
    if a is None:
        return None
    b = doc.text if b_heading is None else other_section_al(doc, b_heading, b_body)
    return (a, b) if b is not None else None


# ---------------------------------------------------------------- invariance
def _enum_style(t):
    t = t.lstrip()
    if re.match("[" + CN_NUM + "]+是", t):
        return "shi"
    if re.match("[（(][" + CN_NUM + "]+[）)]", t):
        return "paren"
    if re.match(r"\d{1,2}[、.．]", t):
        return "digit"
    return None


def op_plan_items_reversed_al(doc, min_items=3):
    """The first run of at least min_items adjacent plan paragraphs that each open with an enumerator of the
    same style (一是… / （一）… / 1.…), nothing else between them, put in reverse order; each enumerator left
    in its place.  The same items."""
    if not doc.has(PL):
        return None
    sp = doc.spans[PL]
    ps = [(i, c) for i, c in doc.paras(PL, (), skip_headings=False) if not (i == sp.start and c == 0)]
    styles = [_enum_style(doc.lines[i][c:]) for i, c in ps]
    run = None
    k = 0
    while k < len(ps):
        j = k
        while j + 1 < len(ps) and styles[k] and styles[j + 1] == styles[k]:
            j += 1
        if styles[k] and j - k + 1 >= min_items:
            run = ps[k: j + 1]
            break
        k = j + 1
    if not run:
        return None
    lines = list(doc.lines)
    heads, bodies = [], []
    for i, c in run:
        t = lines[i][c:]
        lead = re.match(r"^\s*", t).group(0)
        m = RE_ENUM.match(t[len(lead):])
        heads.append(lead + t[len(lead): len(lead) + m.end()])
        bodies.append(t[len(lead) + m.end():])
    bodies.reverse()
    for (i, c), hd, bd in zip(run, heads, bodies):
        lines[i] = lines[i][:c] + hd + bd
    return _done(doc, lines)
