"""Operations for the twenty-fifth substance set (substance_pool_y.py, substance_edits_y*.py): the MEASURES
part (主要举措和成效) under the three CheckList test types (directional, padding, invariance) and pairs.
Built on edit_lib, edit_lib_l and edit_lib_q (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, insert_para, sentences
from edit_lib_l import _split_head
from edit_lib_q import fmt_q

M = "measures"
CLAUSE = re.compile(r"[^，,；;。！!]*[，,；;。！!]?")
UP = {"township": "全县", "county": "全市", "city": "全省", "province": "全国", "department": "全市同类部门"}
SELF = re.compile(r"(?:我|本)([镇县市区乡省局])")


def _mparas(doc):
    return doc.paras(M) if doc.has(M) else []


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _map_measure_sents(doc, fn, min_hits=2):
    """fn(sentence, k) -> sentence (k = rank among changed) on every sentence of the measures' body pieces;
    None if fewer than min_hits changed."""
    lines = list(doc.lines)
    k = [0]
    for i, c in _mparas(doc):
        out = []
        for s in sentences(lines[i][c:]):
            r = fn(s, k[0])
            if r != s:
                k[0] += 1
            out.append(r)
        lines[i] = lines[i][:c] + "".join(out)
    return _done(doc, lines) if k[0] >= min_hits else None


def _end(s):
    m = re.search(r"[。；;！!]\s*$", s)
    return (s[: m.start()], s[m.start():]) if m else (s.rstrip(), "。")


# ---------------------------------------------------------------- directional (lower)
def op_counted_tail_y(doc, tails, salt="ct"):
    """Every counted sentence (NUM_RX) of the measures closed with a tail (rotating) before its stop."""
    def fn(s, k):
        if not NUM_RX.search(s):
            return s
        body, stop = _end(s)
        return body + "，" + fmt_q(doc, tails[k % len(tails)], salt + str(k)) + stop
    return _map_measure_sents(doc, fn)


def op_figures_rank_y(doc, tpl, salt="rk"):
    """Every figure with its unit (NUM_RX) in the measures replaced by a rank phrase ({up}: the level
    above, {r}: a rank 2..9)."""
    rng = doc.rng(salt)
    up = UP.get(doc.level, "全市")

    def fn(s, k):
        return NUM_RX.sub(lambda m: tpl.replace("{up}", up).replace("{r}", str(rng.randint(2, 9))), s)
    return _map_measure_sents(doc, fn)


def op_outcome_intent_y(doc, tails, lone, salt="oi"):
    """Every counted sentence of the measures cut before its first counted clause and closed with an
    intention (tails rotate); a sentence whose first clause is counted becomes `lone` + an intention."""
    def fn(s, k):
        if not NUM_RX.search(s):
            return s
        lead, head, body = _split_head(s)
        cls = [x for x in CLAUSE.findall(body) if x]
        keep = ""
        for x in cls:
            if NUM_RX.search(x):
                break
            keep += x
        keep = keep.rstrip("，,；;。 ")
        t = fmt_q(doc, tails[k % len(tails)], salt + str(k))
        if len(keep) >= 6:
            return lead + head + keep + "，" + t + "。"
        return lead + head + lone + t + "。"
    return _map_measure_sents(doc, fn)


def op_village_actor_y(doc, actors, salt="va"):
    """Every sentence (>= 20 characters after its enumerator: a short heading sentence is left) of the measures' body pieces made an act of villages: the unit's
    own self-reference at its head dropped and an actor (rotating) put in front."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        if len(body.strip()) < 20:
            return s
        b = re.sub(r"^(?:我|本|全)?[镇县市区乡省局](?:党委|政府)?(?:、[镇县市区乡省](?:党委|政府))?", "", body)
        return lead + head + actors[k % len(actors)] + b
    return _map_measure_sents(doc, fn, min_hits=3)


def _head_phrase(t):
    lead, head, body = _split_head(t)
    m = re.match(r"[^。：:，,；;]{4,24}[。：:]", body)
    return (lead + head + m.group(0)) if m else lead + head, (m.group(0) if m else body[:10])


def op_para_meetings_y(doc, tpl, n=2):
    """The n body pieces of the measures with the most figures turned into a list of meeting names: the
    piece keeps its heading sentence (if any) and its body becomes tpl with {kp} = the heading's key words."""
    ps = _mparas(doc)
    ranked = sorted(ps, key=lambda p: -len(NUM_RX.findall(doc.lines[p[0]][p[1]:])))
    pick = [p for p in ranked if len(doc.lines[p[0]][p[1]:]) >= 60][:n]
    if not pick:
        return None
    lines = list(doc.lines)
    for i, c in pick:
        t = lines[i][c:]
        keep, kp = _head_phrase(t)
        kp = re.sub(r"^(?:持续|进一步|全面|切实|不断|深入|扎实|着力|坚持|加强|强化|完善|健全|推进|深化|提升|优化|"
                    r"落实|推动|规范|打造|构建|建立|严格|聚焦|充分发挥|积极)+", "", kp.strip("。：:，, "))[:10] or "法治"
        lines[i] = lines[i][:c] + keep + tpl.replace("{kp}", kp)
    return _done(doc, lines)


OUTCOME = re.compile(r"成功|挽回|达成|办结|结案|胜诉|纠正|撤销|撤诉|息诉|化解率|履行完毕|兑现|追回|赔偿|罚款|"
                     r"满意|和解|处理到位|得到解决|妥善解决|全部化解|有效化解")
CASEW = re.compile(r"纠纷|案件|案例|个案|矛盾|信访|诉讼|复议|投诉")


def op_case_no_outcome_y(doc):
    """In every sentence of the measures that tells a case (纠纷/案件/信访 …), the clauses that tell its
    outcome (成功, 办结, 挽回, 撤销 …) are dropped; the sentence keeps at least one clause."""
    def fn(s, k):
        if not CASEW.search(s) or not OUTCOME.search(s):
            return s
        lead, head, body = _split_head(s)
        cls = [x for x in CLAUSE.findall(body) if x]
        kept = [x for x in cls if not OUTCOME.search(x)]
        if not kept or len(kept) == len(cls):
            return s
        out = "".join(kept).rstrip("，,；;。 ") + "。"
        return lead + head + out
    return _map_measure_sents(doc, fn)


def op_figures_to_next_year_y(doc, tpl, min_left=20):
    """In every body piece of the measures with figures, the counted clauses removed and the figures put
    in one parenthesis at the piece's end dated the next year (tpl: {ny}, {figs})."""
    lines = list(doc.lines)
    hit = 0
    for i, c in _mparas(doc):
        t = lines[i][c:]
        figs = [m.group(0) for m in NUM_RX.finditer(t)]
        if not figs:
            continue
        out = []
        for s in sentences(t):
            lead, head, body = _split_head(s)
            cls = [x for x in CLAUSE.findall(body) if x]
            kept = [x for x in cls if not NUM_RX.search(x)]
            if len(kept) == len(cls):
                out.append(s)
            elif kept:
                out.append(lead + head + "".join(kept).rstrip("，,；;。 ") + "。")
            elif head:
                out.append(lead + head)
        left = "".join(out)
        if len(re.sub(r"\s", "", left)) < min_left:
            continue
        lines[i] = lines[i][:c] + left.rstrip() + tpl.replace("{ny}", str(doc.ny)).replace("{figs}", "、".join(figs))
        hit += 1
    return _done(doc, lines) if hit else None


# ---------------------------------------------------------------- padding (not higher)
def op_add_measures_y(doc, para, where="end", salt="am"):
    if not doc.has(M):
        return None
    return insert_para(doc, M, fmt_q(doc, para, salt), where=where)


def op_copy_synonyms_y(doc, subs, lead_in=""):
    """The longest body piece of the measures copied right after itself with words swapped for synonyms
    (subs: [(old, new)]); None when fewer than 3 swaps apply."""
    ps = _mparas(doc)
    if not ps:
        return None
    i, c = max(ps, key=lambda p: len(doc.lines[p[0]][p[1]:]))
    t = doc.lines[i][c:].strip()
    _, head, body = _split_head(t)
    n = 0
    for a, b in subs:
        if a in body:
            n += body.count(a)
            body = body.replace(a, b)
    if n < 3:
        return None
    lines = list(doc.lines)
    blank, indent = doc._style(M)
    lines[i + 1:i + 1] = ([""] if blank else []) + [indent + lead_in + body]
    return _done(doc, lines)


# ---------------------------------------------------------------- invariance (same)
def op_reorder_group_y(doc, salt="ro"):
    """One group of consecutive body pieces of the measures (only blank lines between them, none of them
    on the part's heading line) put in reverse order; a leading enumerator stays in its place."""
    ps = [p for p in _mparas(doc) if p[0] != doc.spans[M].start and p[1] == 0]
    groups, cur = [], []
    for i, c in ps:
        if cur and all(not doc.lines[j].strip() for j in range(cur[-1] + 1, i)):
            cur.append(i)
        else:
            if len(cur) >= 2:
                groups.append(cur)
            cur = [i]
    if len(cur) >= 2:
        groups.append(cur)
    if not groups:
        return None
    g = doc.rng(salt).choice(groups)
    parts = [_split_head(doc.lines[i]) for i in g]
    bodies = [p[2] for p in parts][::-1]
    lines = list(doc.lines)
    for i, (lead, head, _), b in zip(g, parts, bodies):
        lines[i] = lead + head + b
    return _done(doc, lines)


def op_self_reference_y(doc, forms):
    """Every 我X / 本X (X the unit's character) in the measures' body pieces replaced in turn by forms
    ({u} = that character); None when fewer than 2 replacements."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        u = m.group(1)
        f = forms[k[0] % len(forms)].replace("{u}", u)
        if u == "局" and "政府" in f:
            f = "本局"
        k[0] += 1
        return f
    for i, c in _mparas(doc):
        lines[i] = lines[i][:c] + SELF.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= 2 else None


ARABIC = re.compile(r"^(\s*)(\d{1,2})\s*[.．、](?!\d)")


def op_arabic_markers_y(doc, tpl):
    """Arabic item markers (1. 1． 1、) at the start of lines of the measures part written as tpl ({k})."""
    if not doc.has(M):
        return None
    sp = doc.spans[M]
    lines = list(doc.lines)
    n = 0
    for i in range(sp.start, sp.end):
        m = ARABIC.match(lines[i])
        if m:
            lines[i] = m.group(1) + tpl.replace("{k}", m.group(2)) + lines[i][m.end():]
            n += 1
    return _done(doc, lines) if n >= 2 else None


# ---------------------------------------------------------------- pairs
def op_pair_measures_y(doc, a, b, salt="pm"):
    if not doc.has(M):
        return None
    return (insert_para(doc, M, fmt_q(doc, a, salt)), insert_para(doc, M, fmt_q(doc, b, salt)))
