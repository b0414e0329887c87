"""Operations for the twenty-fourth substance set (substance_pool_x.py, substance_edits_x*.py): the three
required parts other than the measures (存在的不足和原因, 党政主要负责人履行第一责任人职责情况, 下一年度主要安排)
as a reviewing office judges them.  Built on edit_lib, edit_lib_d, edit_lib_l and edit_lib_q (all
unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import (NUM_RX, RE_ENUM, edit_items, insert_para, item_keyphrase, map_paras, replace_body,
                      sentences, shortcoming_keyphrases)
from edit_lib_d import CN as CN_DIGITS
from edit_lib_d import FR
from edit_lib_l import _done, _split_head
from edit_lib_q import fmt_q

SHORT = "shortcomings"
PLAN = "next_year"


def _enum(k):
    return CN_DIGITS[k % len(CN_DIGITS)] + "是"


def _items(doc):
    """Problem items of the 不足 part: [(keyphrase, first clause)]."""
    ps = doc.paras(SHORT, (), skip_headings=False)
    return [kp for kp in shortcoming_keyphrases(doc) if kp] if ps else []


# ---------------------------------------------------------------- 不足: item rewrites
def op_items_each_x(doc, tpls, min_items=2, salt="ie"):
    """Each problem item of the 不足 part replaced by its enumerator and a wording built on the item's key
    phrase ({kp}); tpls rotate.  None when fewer than min_items items."""
    if not doc.has(SHORT):
        return None
    n = [0]

    def fn(item, k):
        lead, head, _ = _split_head(item)
        kp = item_keyphrase(item)
        if len(kp) < 3:
            return item
        n[0] += 1
        return lead + head + fmt_q(doc, tpls[k % len(tpls)].replace("{kp}", kp), salt + str(k))
    t = edit_items(doc, fn)
    if t is None or n[0] < min_items or t == doc.text:
        return None
    return t


def op_items_first_clause_x(doc, tail_tpls=None, min_cut=2, salt="fc"):
    """Each problem item of the 不足 part cut after its first sentence (。；;), else after its first clause
    (，, with at least 10 characters after it), its explanation and
    causes dropped; with tail_tpls, a tail (rotating, {kp} = key phrase) put after the kept clause."""
    if not doc.has(SHORT):
        return None
    n = [0]

    def fn(item, k):
        lead, head, body = _split_head(item)
        m = re.search(r"[。；;]", body)
        mm = re.search(r"[，,]", body)
        if m and m.end() < len(body.rstrip()):
            keep = body[: m.start()] + "。"
        elif mm and len(body) - mm.end() >= 10:
            keep = body[: mm.start()] + "。"
        else:
            return item
        if tail_tpls:
            keep += fmt_q(doc, tail_tpls[k % len(tail_tpls)].replace("{kp}", item_keyphrase(item)), salt + str(k))
        if keep == body:
            return item
        n[0] += 1
        return lead + head + keep
    t = edit_items(doc, fn)
    if t is None or n[0] < min_cut or t == doc.text:
        return None
    return t


def op_body_x(doc, key, paras, salt="bx"):
    """The body of a part replaced by the given paragraphs (figures filled)."""
    if not doc.has(key):
        return None
    ex = (FR,) if key == "measures" else ()
    t = replace_body(doc, key, [fmt_q(doc, p, salt + key) for p in paras], exclude=ex)
    return None if t == doc.text else t


def op_add_para_x(doc, key, tpl, where="end", salt="ap", use_kp=False, use_item=False):
    """One paragraph added to a part (at its end or start).  {kp}: the first 不足 item's key phrase;
    {item}: the first plan item's body (without enumerator, first sentence)."""
    if not doc.has(key):
        return None
    s = tpl
    if use_kp:
        kps = _items(doc)
        if not kps:
            return None
        s = s.replace("{kp}", kps[0])
    if use_item:
        it = first_plan_item(doc)
        if not it:
            return None
        s = s.replace("{item}", it)
    ex = (FR,) if key == "measures" else ()
    t = insert_para(doc, key, fmt_q(doc, s, salt + key), exclude=ex, where=where)
    return None if t is None or t == doc.text else t


def op_pair_add_x(doc, key, a, b, use_kp=False, salt="pa"):
    """Pair: paragraph a vs paragraph b at the end of a part, same figures; {kp} as op_add_para_x."""
    ra = op_add_para_x(doc, key, a, salt=salt, use_kp=use_kp)
    rb = op_add_para_x(doc, key, b, salt=salt, use_kp=use_kp)
    if ra is None or rb is None:
        return None
    return ra, rb


def op_pair_items_x(doc, a_tpls, b_tpls, salt="pi"):
    """Pair on the 不足 items: each item (key phrase {kp}) rewritten by a_tpls on side A, b_tpls on B."""
    ra = op_items_each_x(doc, a_tpls, salt=salt)
    rb = op_items_each_x(doc, b_tpls, salt=salt)
    if ra is None or rb is None:
        return None
    return ra, rb


# ---------------------------------------------------------------- 第一责任人
def op_fr_body_x(doc, paras, salt="fr"):
    return op_body_x(doc, FR, paras, salt=salt)


def op_fr_collective_x(doc, rx, words, min_hits=1):
    """In the 第一责任人 part every mention of the principal (rx) replaced by a collective subject
    (rotating over words: 全镇上下 …); where none is found, every sentence opened by one."""
    if not doc.has(FR):
        return None
    n = [0]
    crx = re.compile(rx)

    def rep(m):
        w = words[n[0] % len(words)]
        n[0] += 1
        return fmt_q(doc, w, "co")
    lines = map_paras(doc, FR, lambda t: crx.sub(rep, t), exclude=(), skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- plan
def plan_items(doc):
    """[(line, col)] of the plan's body paragraphs that carry an item (long enough, not the intro line
    that ends with ：)."""
    out = []
    for i, c in doc.paras(PLAN, (), skip_headings=False):
        t = doc.lines[i][c:].strip()
        if len(t) < 20 or t.endswith(("：", ":")):
            continue
        out.append((i, c))
    return out


def first_plan_item(doc):
    for i, c in plan_items(doc):
        _, head, body = _split_head(doc.lines[i][c:])
        if head:
            ss = [s for s in sentences(body) if s.strip()]
            if len(ss) >= 2 and len(ss[0]) < 40:
                return (ss[0] + ss[1]).strip()
            return ss[0].strip() if ss else None
    return None


def op_plan_done_acts_x(doc, intro, min_acts=3, k=4):
    """The plan body replaced by an intro and this year's counted acts of the measures (sentences with a
    figure, verbatim, each as an item 一是 …): what was done is restated as what will be done."""
    if not doc.has(PLAN, "measures"):
        return None
    acts = []
    for i, c in doc.paras("measures", (FR,)):
        for s in sentences(doc.lines[i][c:]):
            _, _, b = _split_head(s.strip())
            b = b.strip()
            if NUM_RX.search(b) and 20 <= len(b) <= 120 and b.endswith("。") and b not in acts:
                acts.append(b)
    if len(acts) < min_acts:
        return None
    step = max(1, len(acts) // k)
    pick = acts[::step][:k]
    para = fmt_q(doc, intro, "pd") + "".join(_enum(j) + a for j, a in enumerate(pick))
    return _replace_plain(doc, PLAN, [para])


def _replace_plain(doc, key, paras):
    t = replace_body(doc, key, paras, exclude=())
    return None if t == doc.text else t


def op_plan_no_verb_x(doc, verb_rx, tail, min_items=2):
    """Every plan item cut to its heading words with the leading verbs stripped (verb_rx, repeated): the
    item names a field, no act; a verbless tail ({y} …) follows each."""
    if not doc.has(PLAN):
        return None
    vrx = re.compile(verb_rx)
    lines = list(doc.lines)
    n = 0
    for i, c in plan_items(doc):
        t = doc.lines[i][c:]
        lead, head, body = _split_head(t)
        if not head:
            continue
        m = re.search(r"[。，,；;：:]", body)
        h = body[: m.start()] if m else body
        prev = None
        while prev != h:
            prev = h
            h = vrx.sub("", h, count=1)
        if len(h) < 2:
            continue
        lines[i] = doc.lines[i][:c] + lead + head + h + fmt_q(doc, tail, "nv")
        n += 1
    if n < min_items:
        return None
    return _done(doc, lines)


def op_plan_same_year_x(doc, prefix, min_hits=2):
    """The plan dated in the report year itself: every next-year date of the plan (…{ny}年) written as the
    report year, and every item opened with the prefix ({y}年内 …)."""
    if not doc.has(PLAN):
        return None
    lines = list(doc.lines)
    n = [0]
    nyrx = re.compile(str(doc.ny) + r"年")

    def fn(t):
        t2, k = nyrx.subn(f"{doc.year}年", t)
        n[0] += k
        lead, head, body = _split_head(t2)
        if head:
            n[0] += 1
            return lead + head + fmt_q(doc, prefix, "sy") + body
        return t2
    lines = map_paras(doc, PLAN, fn, exclude=(), skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_plan_repeat_item_x(doc, tpl):
    """The plan's first item said again at the end, in other words ({item}: its first sentence(s))."""
    return op_add_para_x(doc, PLAN, tpl, salt="ri", use_item=True)


__all__ = ["op_items_each_x", "op_items_first_clause_x", "op_body_x", "op_add_para_x", "op_pair_add_x",
           "op_pair_items_x", "op_fr_body_x", "op_fr_collective_x", "op_plan_done_acts_x",
           "op_plan_no_verb_x", "op_plan_same_year_x", "op_plan_repeat_item_x", "plan_items", "first_plan_item"]
