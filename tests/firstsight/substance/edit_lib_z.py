"""Operations for the twenty-sixth substance set (substance_pool_z.py, substance_edits_z*.py): the WHOLE
report (shortfalls and causes, the principal's duties, next year's plan, the measures) under the three
CheckList test types (directional, padding, invariance) and pairs.  Built on edit_lib, edit_lib_l,
edit_lib_q and edit_lib_y (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import (NUM_RX, RE_ENUM, edit_items, insert_para, item_keyphrase, map_paras, sentences,
                      shortcoming_keyphrases)
from edit_lib_l import _excl, _split_head
from edit_lib_q import fmt_q

M, FR, SH, NY = "measures", "first_responsible", "shortcomings", "next_year"
CLAUSE = re.compile(r"[^，,；;。！!]*[，,；;。！!]?")
CAUSE = re.compile(r"原因|由于|因为|源于|归因|导致|造成|根源|究其")
COMPARE = re.compile(r"同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|较{py}|比{py}")
SELF_HEAD = re.compile(r"^(?:我|本|全)?[镇县市区乡省局](?:党委|政府)?(?:、[镇县市区乡省](?:党委|政府))?")
FW = str.maketrans("0123456789%", "０１２３４５６７８９％")


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _end(s):
    m = re.search(r"[。；;！!]\s*$", s)
    return (s[: m.start()], s[m.start():]) if m else (s.rstrip(), "。")


def _part_sents(doc, key, fn, min_hits=1):
    """fn(sentence, k) -> sentence on every sentence of a part's body pieces (k = rank among changed);
    None if fewer than min_hits changed.  The measures exclude the principal's part; other parts nothing."""
    if not doc.has(key):
        return None
    lines = list(doc.lines)
    k = [0]
    for i, c in doc.paras(key, _excl(key) if key == M else (), skip_headings=True):
        out = []
        for s in sentences(lines[i][c:]):
            r = fn(s, k[0])
            if r != s:
                k[0] += 1
            out.append(r)
        lines[i] = lines[i][:c] + "".join(out)
    return _done(doc, lines) if k[0] >= min_hits else None


def _items(doc, fn):
    if not doc.has(SH):
        return None
    r = edit_items(doc, fn)
    return None if r is None or r == doc.text else r


# ---------------------------------------------------------------- shortfalls and causes
def op_cause_outsider_z(doc, tails, salt="co"):
    """In every problem item of the shortfalls, its own cause sentences (原因, 由于, 导致 …) dropped and
    a tail (rotating) added that puts the cause on someone outside the unit."""
    def fn(item, k):
        ss = sentences(item)
        keep = [s for j, s in enumerate(ss) if j == 0 or not CAUSE.search(s)]
        body = "".join(keep).rstrip()
        if not re.search(r"[。；;！!]$", body):
            body = body.rstrip("，,：: ") + "。"
        return body + fmt_q(doc, tails[k % len(tails)], salt + str(k))
    return _items(doc, fn)


def op_short_questions_z(doc, tpls):
    """Every problem item of the shortfalls replaced by a question about its key phrase (tpls rotate,
    {kp}): nothing is admitted, nothing is told."""
    def fn(item, k):
        lead = item[: len(item) - len(item.lstrip())]
        e = RE_ENUM.match(item.lstrip())
        head = e.group(0) if e else ""
        return lead + head + tpls[k % len(tpls)].replace("{kp}", item_keyphrase(item))
    return _items(doc, fn)


def op_short_tail_z(doc, tails, salt="st"):
    """Every problem item of the shortfalls closed with a tail (rotating) that makes light of it."""
    def fn(item, k):
        body, stop = _end(item)
        return body + "，" + fmt_q(doc, tails[k % len(tails)], salt + str(k)) + stop
    return _items(doc, fn)


# ---------------------------------------------------------------- the principal's part
def op_fr_prefix_z(doc, prefixes, min_len=20, salt="fp"):
    """Every sentence of the principal's part (>= min_len characters after its enumerator) given a prefix
    (rotating) after its enumerator."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        if len(body.strip()) < min_len:
            return s
        return lead + head + fmt_q(doc, prefixes[k % len(prefixes)], salt + str(k)) + body
    return _part_sents(doc, FR, fn)


def op_fr_para_z(doc, para, salt="fz"):
    if not doc.has(FR):
        return None
    return insert_para(doc, FR, fmt_q(doc, para, salt), exclude=())


def op_pair_fr_z(doc, a, b, salt="pf"):
    if not doc.has(FR):
        return None
    return (insert_para(doc, FR, fmt_q(doc, a, salt), exclude=()),
            insert_para(doc, FR, fmt_q(doc, b, salt), exclude=()))


# ---------------------------------------------------------------- next year's plan
def op_plan_actor_z(doc, actors, min_len=20):
    """Every sentence of next year's plan (>= min_len characters after its enumerator) made a call on the
    public: the unit's self-reference at its head dropped, an actor (rotating) put in front."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        if len(body.strip()) < min_len:
            return s
        return lead + head + actors[k % len(actors)] + SELF_HEAD.sub("", body.lstrip())
    return _part_sents(doc, NY, fn, min_hits=2)


def op_plan_wish_z(doc, tpls, min_len=20):
    """Every sentence of next year's plan (>= min_len characters after its enumerator) cut to its first
    clause and turned into a wish (tpls rotate, {c} = the first clause without its stop)."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        if len(body.strip()) < min_len:
            return s
        first = CLAUSE.match(body.strip()).group(0).rstrip("，,；;。！! ")
        first = SELF_HEAD.sub("", first)
        return lead + head + tpls[k % len(tpls)].replace("{c}", first)
    return _part_sents(doc, NY, fn, min_hits=2)


def op_plan_para_z(doc, para, salt="pp"):
    if not doc.has(NY):
        return None
    return insert_para(doc, NY, fmt_q(doc, para, salt), exclude=())


def op_pair_plan_kp_z(doc, a, b, salt="pk"):
    """Pair: a paragraph at the end of next year's plan on the shortfalls' first key phrase ({kp}): a vs b."""
    if not doc.has(NY, SH):
        return None
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4]
    if not kps:
        return None
    kp = kps[0]
    return (insert_para(doc, NY, fmt_q(doc, a.replace("{kp}", kp), salt), exclude=()),
            insert_para(doc, NY, fmt_q(doc, b.replace("{kp}", kp), salt), exclude=()))


# ---------------------------------------------------------------- the measures
def op_counted_tail_z(doc, tails, salt="ct"):
    """Every counted sentence (NUM_RX) of the measures closed with a tail (rotating) before its stop."""
    def fn(s, k):
        if not NUM_RX.search(s):
            return s
        body, stop = _end(s)
        return body + "，" + fmt_q(doc, tails[k % len(tails)], salt + str(k)) + stop
    return _part_sents(doc, M, fn, min_hits=2)


def op_cut_comparisons_z(doc, min_hits=1):
    """Every clause of the measures that compares with an earlier time (同比, 较上年, 比去年 …) dropped;
    None when no sentence (fewer than min_hits sentences) changes."""
    rx = re.compile(COMPARE.pattern.replace("{py}", str(doc.year - 1)))

    def fn(s, k):
        lead, head, body = _split_head(s)
        cls = [x for x in CLAUSE.findall(body) if x]
        keep = [x for x in cls if not rx.search(x)]
        if len(keep) == len(cls) or not keep:
            return s
        out = "".join(keep)
        if not re.search(r"[。；;！!]\s*$", out):
            out = out.rstrip("，,；;：: ") + "。"
        return lead + head + out
    return _part_sents(doc, M, fn, min_hits=min_hits)


def op_fullwidth_z(doc):
    """Every ASCII digit and % of the measures' body written full-width (０１２…％)."""
    if not doc.has(M):
        return None
    lines = map_paras(doc, M, lambda t: t.translate(FW), exclude=_excl(M), skip_headings=False)
    return _done(doc, lines)


def op_hard_wrap_z(doc, width=38):
    """Every body piece of the measures longer than 2 * width broken into lines of `width` characters
    (as a PDF's text comes out), nothing else changed."""
    if not doc.has(M):
        return None
    lines = list(doc.lines)
    ps = [p for p in doc.paras(M, _excl(M)) if len(doc.lines[p[0]][p[1]:]) > 2 * width]
    if not ps:
        return None
    for i, c in sorted(ps, reverse=True):
        head, t = lines[i][:c], lines[i][c:]
        first = width - len(head) if len(head) < width else width
        if first < 8:
            first = width
        chunks = [head + t[:first]] + [t[j:j + width] for j in range(first, len(t), width)]
        lines[i:i + 1] = chunks
    return _done(doc, lines)


def op_blank_lines_z(doc):
    """Layout only: with blank lines between paragraphs, every blank line removed; without, one blank
    line put after every non-empty line.  Trailing blank lines are kept."""
    lines = list(doc.lines)
    last = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    body, tail = lines[: last + 1], lines[last + 1:]
    blanks = sum(1 for ln in body if not ln.strip())
    if blanks >= 3:
        new = [ln for ln in body if ln.strip()]
    else:
        new = []
        for ln in body:
            new.append(ln)
            if ln.strip():
                new.append("")
        new = new[:-1]
    return _done(doc, new + tail)
