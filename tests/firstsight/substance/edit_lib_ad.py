"""Operations for the thirtieth substance set (substance_pool_ad.py, substance_edits_ad*.py): the whole
report as a reviewer at a 司法局 reads it, under the three CheckList test types (directional, padding,
invariance) and pairs.  Built on edit_lib, edit_lib_l, edit_lib_q, edit_lib_ab and edit_lib_ac (unchanged,
imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, insert_para, sentences
from edit_lib_ab import COUNT_FR, DATE, FR, M, PL, _done, _paras
from edit_lib_l import _excl
from edit_lib_q import fmt_q


# ---------------------------------------------------------------- directional (lower)
def op_topic_sentence_only_ad(doc, key=M, min_hits=2):
    """Every body paragraph of a part with >= 2 sentences cut to its first sentence (the topic sentence
    that announces the work); the sentences that tell what was done and with what result are dropped."""
    lines = list(doc.lines)
    k = 0
    for i, c in _paras(doc, key):
        ss = sentences(lines[i][c:])
        if len(ss) >= 2 and len(ss[0]) >= 6:
            lines[i] = lines[i][:c] + ss[0]
            k += 1
    return _done(doc, lines) if k >= min_hits else None


def op_figures_placeholder_ad(doc, mark, keys=(M, FR), min_hits=2):
    """Every counted figure (NUM_RX) of the measures and the principal's part replaced by a placeholder
    (××), the unit kept: a draft whose figures were never filled in."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return mark + m.group(3)
    for key in keys:
        for i, c in _paras(doc, key):
            lines[i] = lines[i][:c] + NUM_RX.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


def op_fr_dated_sentences_dropped_ad(doc, min_keep=1, min_hits=1):
    """In the principal's part every sentence carrying a date or a count of sessions (主持召开…3次,
    5月…专题听取) dropped; the sentences without one stay.  A paragraph left empty is dropped."""
    lines = list(doc.lines)
    drop, k, kept = set(), 0, 0
    for i, c in _paras(doc, FR):
        ss = sentences(lines[i][c:])
        keep = [s for s in ss if not (DATE.search(s) or COUNT_FR.search(s))]
        k += len(ss) - len(keep)
        kept += len(keep)
        if len(keep) == len(ss):
            continue
        if keep:
            lines[i] = lines[i][:c] + "".join(keep)
        elif c == 0:
            drop.add(i)
        else:
            lines[i] = lines[i][:c]
    if k < min_hits or kept < min_keep:
        return None
    return _done(doc, [x for j, x in enumerate(lines) if j not in drop])


# ---------------------------------------------------------------- padding (not higher)
def op_copy_longest_para_ad(doc, src=M, dst=PL, lead=""):
    """The longest body paragraph of one part copied, word for word (after a lead-in), to the end of
    another part: the same work reported twice."""
    ps = [(i, c) for i, c in _paras(doc, src)]
    if not ps or not doc.has(dst):
        return None
    i, c = max(ps, key=lambda x: len(doc.lines[x[0]]) - x[1])
    body = doc.lines[i][c:].strip()
    if len(body) < 40:
        return None
    return insert_para(doc, dst, lead + body, exclude=_excl(dst))


def op_pad_end_or_plan_ad(doc, para, salt="cl"):
    """A line at the end of the plan when the report has one, else after the report's last line."""
    t = fmt_q(doc, para, salt)
    if doc.has(PL):
        r = insert_para(doc, PL, t, exclude=_excl(PL))
        if r is not None:
            return r
    return doc.text.rstrip("\n") + "\n" + t + "\n"


# ---------------------------------------------------------------- invariance (same)
CN_NUM = "十九八七六五四三二一"   # written high to low
INLINE_ORD = re.compile(r"(?<![\u4e00-\u9fa5])([" + CN_NUM + r"])是")


def op_inline_ordinals_ad(doc, keys=(M, FR), min_hits=2):
    """Inline enumerators 一是/二是/三是 … (after punctuation or at a line start) written as （一）（二）（三）:
    the same items, another marker."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return "（" + m.group(1) + "）"
    for key in keys:
        for i, c in _paras(doc, key):
            lines[i] = lines[i][:c] + INLINE_ORD.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


def op_verb_synonyms_ad(doc, table, keys=(M, FR), min_hits=2):
    """Verbs written with a synonym of the same meaning (table: [(old, new)], applied in order, each
    occurrence once): 制定 -> 制订, 印发 -> 下发 …"""
    lines = list(doc.lines)
    k = [0]
    rx = re.compile("|".join(re.escape(a) for a, _ in table))
    tb = dict(table)

    def rep(m):
        k[0] += 1
        return tb[m.group(0)]
    for key in keys:
        for i, c in _paras(doc, key):
            lines[i] = lines[i][:c] + rx.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


def op_merge_first_paras_ad(doc, key=FR):
    """The first two body paragraphs of a part that are lines of their own and follow each other (only
    blank lines between) merged into one paragraph: the same sentences."""
    ps = [(i, c) for i, c in _paras(doc, key) if c == 0]
    lines = list(doc.lines)
    for (i, _), (j, _) in zip(ps, ps[1:]):
        if all(not lines[x].strip() for x in range(i + 1, j)) and lines[i].rstrip().endswith("。"):
            if not re.match(r"\s*[（(]?[" + CN_NUM + r"\d]+[）)、.．]", lines[j]):
                merged = lines[i].rstrip() + lines[j].strip()
                return _done(doc, lines[:i] + [merged] + lines[j + 1:])
    return None
