"""Operations for the thirty-third substance set (substance_pool_ag.py): the shortfalls, their causes and
next year's plan -- the parts a reviewer reads most critically.  Built on edit_lib, edit_lib_ab,
edit_lib_ae, edit_lib_l and edit_lib_q (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
(or builds it from the document's own text) and finds what it edits from the corpus labels and regexes
(edit_lib.Doc, edit_lib.edit_items, edit_lib.item_keyphrase): no document line is hard-coded.  Stdlib
only.
"""
import re

from edit_lib import CN_NUM, NUM_RX, RE_ENUM, edit_items, insert_para, item_keyphrase, op_plan_year, replace_body
from edit_lib_ab import PL, SH, _done, _paras
from edit_lib_l import _excl
from edit_lib_q import fmt_q

ENUM_HEAD_AG = re.compile(r"^\s*(?:" + RE_ENUM.pattern + r")\s*")
HEADLINE_AG = re.compile(r"[^。；;，,：:！？]{4,}")


def _split_item(item):
    """(enumerator, headline without its mark, rest after the headline's mark, end mark of the item)."""
    m = ENUM_HEAD_AG.match(item)
    enum = m.group(0) if m else ""
    body = item[len(enum):]
    h = HEADLINE_AG.match(body)
    if not h:
        return enum, body.rstrip("。；; "), "", _end(item)
    head = h.group(0)
    rest = body[len(head):].lstrip("。；;，,：:！？ ")
    return enum, head.strip(), rest, _end(item)


def _end(s):
    s = s.rstrip()
    return s[-1] if s and s[-1] in "。；;" else "。"


def _changed(doc, r):
    return None if r is None or r == doc.text else r


# ---------------------------------------------------------------- directional: the shortfalls weakened
def op_items_as_merit_ag(doc, tpl):
    """Every shortfall item rewritten as a merit in disguise ({kp} = the item's key phrase), its
    enumerator kept."""
    if not doc.has(SH):
        return None

    def fn(item, k):
        enum, _, _, end = _split_item(item)
        kp = item_keyphrase(item)
        return enum + fmt_q(doc, tpl, "mr" + str(k)).replace("[kp]", kp).rstrip("。") + end
    return _changed(doc, edit_items(doc, fn))


def op_items_cause_ag(doc, causes):
    """Every shortfall item cut to its headline (enumerator and first clause), followed by a cause from
    the list (rotating) that replaces the item's own explanation."""
    if not doc.has(SH):
        return None

    def fn(item, k):
        enum, head, _, end = _split_item(item)
        return enum + head + "，" + fmt_q(doc, causes[k % len(causes)], "cs" + str(k)).rstrip("。") + end
    return _changed(doc, edit_items(doc, fn))


def op_items_headline_ag(doc):
    """Every shortfall item cut to its headline: one line per problem, no fact."""
    if not doc.has(SH):
        return None

    def fn(item, k):
        enum, head, _, end = _split_item(item)
        return enum + head + end
    return _changed(doc, edit_items(doc, fn))


def item_headlines_ag(doc):
    out = []

    def fn(item, k):
        _, head, _, _ = _split_item(item)
        out.append(head)
        return item
    edit_items(doc, fn)
    return [h for h in out if h]


def op_items_into_plan_ag(doc, bridge, lead):
    """The shortfalls' body replaced by one bridging sentence; the items' headlines put at the start of
    the plan as what 下一步 has to solve (lead + headlines).  The plan must come after the shortfalls."""
    if not doc.has(SH, PL) or doc.spans[PL].start <= doc.spans[SH].start:
        return None
    heads = item_headlines_ag(doc)
    if not heads:
        return None
    para = fmt_q(doc, lead, "ip") + "；".join(heads) + "。"
    t = insert_para(doc, PL, para, exclude=(), where="start")
    if t is None:
        return None
    t = replace_body(doc, SH, [fmt_q(doc, bridge, "br")], exclude=(), lines=t.split("\n"))
    return _changed(doc, t)


# ---------------------------------------------------------------- directional: the plan weakened
PLAN_STRIP_AG = [
    re.compile(r"由[^，,。；;]{2,16}(?:牵头|负责)[，,]?"),
    re.compile(r"(?:年底前|年内|上半年|下半年|\d{1,2}月(?:底)?(?:前)?)[，,]?"),
    re.compile(r"(?:力争|确保)?(?:达到|达|不低于|不少于|提高到|提升至|控制在)?" + NUM_RX.pattern + r"(?:以上|以内|左右)?"),
    re.compile(r"(?:我们|我[镇县市区省局]|本[镇县市区省局])(?:将|要|计划在?)?"),
]


def op_plan_stripped_ag(doc, min_hits=2):
    """In the plan's body: every owner (由…牵头, 我县将, 我们将), every deadline or date (the next year's
    2025年, 年底前, 6月底前) and every figure target (达到90%以上) taken out."""
    if not doc.has(PL):
        return None
    lines = list(doc.lines)
    hits = 0
    next_year = re.compile(rf"在?{doc.ny}年(?:底前|年底前|上半年|下半年|内|起)?[，,]?")
    for i, c in _paras(doc, PL):
        t = lines[i][c:]
        for rx in [next_year] + PLAN_STRIP_AG:
            t, n = rx.subn("", t)
            hits += n
        t = re.sub(r"[，,]{2,}", "，", t)
        lines[i] = lines[i][:c] + t
    return _done(doc, lines) if hits >= min_hits else None


def op_plan_past_year_ag(doc):
    """The plan dated in the report year (past) instead of the next year (heading and body)."""
    return op_plan_year(doc, doc.year)


# ---------------------------------------------------------------- padding
def op_pad_end_ag(doc, key, para, salt="pad"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_q(doc, para, salt + key), exclude=_excl(key))


# ---------------------------------------------------------------- invariance
ENUM_WORD_AG = re.compile(r"(?<![\u4e00-\u9fff])([一二三四五六七八九])是")


def op_enum_words_ag(doc, table, keys=(SH, PL), min_hits=2):
    """一是/二是/三是… in the shortfalls and the plan written with the words of the table (首先, 其次 …)."""
    lines = list(doc.lines)
    hits = 0
    for key in keys:
        if not doc.has(key):
            continue
        for i, c in doc.paras(key, _excl(key), skip_headings=False):
            t, n = ENUM_WORD_AG.subn(lambda m: table[CN_NUM.index(m.group(1))], lines[i][c:])
            hits += n
            lines[i] = lines[i][:c] + t
    return _done(doc, lines) if hits >= min_hits else None


def op_heading_words_ag(doc, table):
    """The shortfalls' heading worded otherwise: the first (old, new) of the table found in it."""
    if not doc.has(SH):
        return None
    sp = doc.spans[SH]
    lines = list(doc.lines)
    ln = lines[sp.start]
    head, tail = (ln[:sp.col], ln[sp.col:]) if sp.col < len(ln) else (ln, "")
    for old, new in table:
        if old in head:
            lines[sp.start] = head.replace(old, new, 1) + tail
            return _done(doc, lines)
    return None


def op_causes_layout_pair_ag(doc, causes, mode):
    """Invariance pair on the shortfalls with a causes paragraph (wording `causes`): B has it as its own
    paragraph at the end of the part; A has it merged into the last problem paragraph (mode 'merge') or
    put as a paragraph before the problems (mode 'first')."""
    if not doc.has(SH):
        return None
    txt = fmt_q(doc, causes, "cl")
    b = insert_para(doc, SH, txt, exclude=())
    if mode == "merge":
        ps = doc.paras(SH, (), skip_headings=False)
        if not ps:
            return None
        lines = list(doc.lines)
        i = ps[-1][0]
        lines[i] = lines[i].rstrip() + txt
        a = "\n".join(lines)
    else:
        a = insert_para(doc, SH, txt, exclude=(), where="start")
    return a, b
