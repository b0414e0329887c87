"""Operations for the twenty-seventh substance set (substance_pool_aa.py, substance_edits_aa*.py): mostly the
MEASURES part (主要举措和成效) under the three CheckList test types (directional, padding, invariance) and
pairs.  Built on edit_lib, edit_lib_l, edit_lib_q, edit_lib_y and edit_lib_z (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, insert_para, opening_index, sentences
from edit_lib_l import _excl, _split_head
from edit_lib_q import fmt_q
from edit_lib_y import _head_phrase
from edit_lib_z import _part_sents

M = "measures"
CLAUSE = re.compile(r"[^，,；;。！!]*[，,；;。！!]?")
STOP = re.compile(r"[。；;！!]\s*$")


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _mparas(doc):
    return doc.paras(M, _excl(M)) if doc.has(M) else []


def _close(t):
    t = t.rstrip()
    return t if STOP.search(t) else t.rstrip("，,；;：: ") + "。"


# ---------------------------------------------------------------- directional (lower)
def op_verbs_prospective_aa(doc, verbs, markers, min_hits=3):
    """Every completion verb of the measures' sentences (verbs: a regex alternation) that opens a clause
    (after an optional date, 全年, 共/累计), with its 已/已经 before and 了 after, written as an intended
    or ongoing act: a marker (rotating) put in front."""
    rx = re.compile(r"(^|[，,；;：:、])((?:\d{4}年)?(?:\d{1,2}月(?:份)?)?(?:以来|全年|年内)?[，,]?)"
                    r"(?:共|累计)?(?:已经|已)?(" + verbs + r")了?")
    k = [0]

    def rep(m):
        r = m.group(1) + m.group(2) + markers[k[0] % len(markers)] + m.group(3)
        k[0] += 1
        return r

    def fn(s, _):
        lead, head, body = _split_head(s)
        nb = rx.sub(rep, body)
        return s if nb == body else lead + head + nb
    r = _part_sents(doc, M, fn, min_hits=1)
    return r if k[0] >= min_hits else None


def op_piece_frame_aa(doc, frames, min_len=40, salt="pf"):
    """Every body piece of the measures (>= min_len characters) given a lead sentence (rotating) after its
    enumerator and its short heading sentence (if any) that puts the whole piece in the future or on hold."""
    lines = list(doc.lines)
    n = 0
    for i, c in _mparas(doc):
        t = lines[i][c:]
        if len(t.strip()) < min_len:
            continue
        keep = _head_phrase(t)[0]
        if len(t) - len(keep) < min_len // 2:
            continue
        lines[i] = lines[i][:c] + keep + fmt_q(doc, frames[n % len(frames)], salt + str(n)) + t[len(keep):]
        n += 1
    return _done(doc, lines) if n >= 2 else None


def op_piece_credit_aa(doc, tails, salt="pc"):
    """Every body piece of the measures with a counted figure (NUM_RX) closed with a sentence (rotating)
    that gives its results to someone else (inspectors from above, the court, the press)."""
    lines = list(doc.lines)
    n = 0
    for i, c in _mparas(doc):
        t = lines[i][c:]
        if not NUM_RX.search(t):
            continue
        lines[i] = lines[i][:c] + _close(t) + fmt_q(doc, tails[n % len(tails)], salt + str(n))
        n += 1
    return _done(doc, lines) if n >= 2 else None


def op_counted_to_context_aa(doc, tpls):
    """In every sentence of the measures, each clause with a counted figure (NUM_RX) replaced by a clause
    (rotating) that keeps the figure but makes it count something that is not the work ({n} = the number,
    the clause's stop kept)."""
    k = [0]

    def fn(s, _):
        lead, head, body = _split_head(s)
        out, hit = [], False
        for cl in [x for x in CLAUSE.findall(body) if x]:
            m = NUM_RX.search(cl)
            if not m:
                out.append(cl)
                continue
            stop = cl[-1] if cl[-1] in "，,；;。！!" else ""
            out.append(tpls[k[0] % len(tpls)].replace("{n}", m.group(1)) + stop)
            k[0] += 1
            hit = True
        return lead + head + "".join(out) if hit else s
    return _part_sents(doc, M, fn, min_hits=2)


# ---------------------------------------------------------------- padding (not higher)
def op_piece_context_aa(doc, tails, salt="cx"):
    """Every body piece of the measures with a counted figure closed with a sentence (rotating) of figures
    about the place or the day (population, area, temperature, seats): figures of nothing done."""
    return op_piece_credit_aa(doc, tails, salt=salt)


def op_copy_opening_aa(doc, lead_in=""):
    """The report's opening paragraph (the last long line before the first part) copied, as it is, to the
    end of the measures."""
    if not doc.has(M):
        return None
    i = opening_index(doc)
    if i is None:
        return None
    return insert_para(doc, M, lead_in + doc.lines[i].strip())


# ---------------------------------------------------------------- invariance (same)
def op_verb_synonyms_aa(doc, subs, min_hits=3):
    """In place, in the measures' body pieces: words swapped for near synonyms (subs: [(old, new)])."""
    k = [0]

    def fn(s, _):
        for a, b in subs:
            if a in s:
                k[0] += s.count(a)
                s = s.replace(a, b)
        return s
    r = _part_sents(doc, M, fn, min_hits=1)
    return r if k[0] >= min_hits else None


def op_figure_clause_last_aa(doc, min_clauses=3):
    """Every sentence of the measures whose first clause (after enumerator and date) carries a counted
    figure and which has at least min_clauses clauses: that clause moved to the end of the sentence."""
    def fn(s, _):
        lead, head, body = _split_head(s)
        m = STOP.search(body)
        if not m:
            return s
        core, stop = body[: m.start()], body[m.start():]
        cls = [x for x in CLAUSE.findall(core) if x]
        if len(cls) < min_clauses or not NUM_RX.search(cls[0]) or not cls[0].endswith(("，", ",")):
            return s
        if len(cls[0]) < 8 or re.match(r"其中|占|同比|环比|较|比|分别|均|并|且|有", cls[1]):
            return s
        first = cls[0].rstrip("，,")
        rest = "".join(cls[1:]).rstrip("，,；;")
        return lead + head + rest + "，" + first + stop
    return _part_sents(doc, M, fn, min_hits=2)


def op_split_long_aa(doc, min_len=90):
    """Every sentence of the measures of at least min_len characters split in two at the comma nearest
    its middle (the comma becomes a full stop)."""
    def fn(s, _):
        lead, head, body = _split_head(s)
        if len(body) < min_len:
            return s
        mid = len(body) // 2
        cands = [j for j, ch in enumerate(body) if ch in "，," and 15 <= j <= len(body) - 15]
        if not cands:
            return s
        j = min(cands, key=lambda x: abs(x - mid))
        return lead + head + body[:j] + "。" + body[j + 1:]
    return _part_sents(doc, M, fn, min_hits=2)


ITEM = re.compile(r"^(\s*)(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")


def op_list_to_prose_aa(doc, ords, min_items=3):
    """Runs of >= min_items consecutive lines of the measures that start with an Arabic or circled item
    marker merged into one prose line: the markers written as ords (一是, 二是 …), items joined with ；."""
    if not doc.has(M):
        return None
    sp = doc.spans[M]
    lines = list(doc.lines)
    runs, cur = [], []
    for i in range(sp.start + 1, sp.end):
        if ITEM.match(lines[i]) and len(lines[i].strip()) > 6:
            cur.append(i)
        elif not lines[i].strip() and cur:
            continue
        else:
            if len(cur) >= min_items:
                runs.append(cur)
            cur = []
    if len(cur) >= min_items:
        runs.append(cur)
    if not runs:
        return None
    for run in reversed(runs):
        indent = ITEM.match(lines[run[0]]).group(1)
        parts = []
        for k, i in enumerate(run):
            t = ITEM.sub("", lines[i]).strip().rstrip("。；;")
            parts.append(ords[k % len(ords)] + t)
        new = indent + "；".join(parts) + "。"
        lines[run[0]:run[-1] + 1] = [new]
    return _done(doc, lines)


# ---------------------------------------------------------------- pairs
def op_pair_measures_aa(doc, a, b, salt="pa"):
    if not doc.has(M):
        return None
    return (insert_para(doc, M, fmt_q(doc, a, salt)), insert_para(doc, M, fmt_q(doc, b, salt)))
