"""Operations for the fourteenth substance set (substance_pool_n.py, substance_edits_n*.py), built on
edit_lib, edit_lib_d … edit_lib_m (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, edit_items, insert_para, map_paras, map_sentences
from edit_lib_d import CN, FR, _is_title
from edit_lib_g import measure_titles
from edit_lib_h import _blocks, _topic
from edit_lib_l import _counted, _done, _excl, _split_head


# ---------------------------------------------------------------- one set of figures for both sides
def fmt_n(doc, s, salt):
    """Like edit_lib_m.fmt_same (figures depend on `salt` only, so both sides of a pair carry the same
    figures), with figures that agree with each other: c2 < c1 and r1 = c2 / c1 in per cent; k2 < k1 and
    kd = k1 - k2."""
    r = doc.rng("n|" + salt)
    c1 = r.randint(24, 96)
    c2 = r.randint(2, c1 // 3)
    k1 = r.randint(5, 14)
    k2 = r.randint(2, k1 - 2)
    vals = dict(c1=c1, c2=c2, r1=f"{100 * c2 / c1:.1f}", k1=k1, k2=k2, kd=k1 - k2,
                m1=r.randint(2, 9), n1=r.randint(10, 60),
                unit=doc.unit, lead=doc.lead, head=doc.head, y=doc.year, ny=doc.ny, py=doc.year - 1,
                deputy=doc.deputy, dept=doc.dept)
    return s.format(**vals)


def op_pair_para_n(doc, key, a, b, where="end"):
    """Pair: paragraph a vs paragraph b put at the same place of a part, with the same figures."""
    if not doc.has(key):
        return None
    ex = _excl(key)
    ra = insert_para(doc, key, fmt_n(doc, a, key), exclude=ex, where=where)
    rb = insert_para(doc, key, fmt_n(doc, b, key), exclude=ex, where=where)
    return ra, rb


def op_pad_para_n(doc, key, para, where="end"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_n(doc, para, "pad" + key), exclude=_excl(key), where=where)


# ---------------------------------------------------------------- directional edits
def op_paperwork(doc, tpls, min_hits=2):
    """Every counted sentence of the measures replaced by paperwork on the same work: a plan drafted, a
    notice issued (templates rotating, <t> = the sentence's topic, see edit_lib_h._topic); the
    enumerator is kept.  Outcomes and counts are gone, only documents remain."""
    if not doc.has("measures"):
        return None
    n = [0]

    def fn(s):
        if not _counted(s):
            return s
        lead, head, body = _split_head(s)
        t = _topic(body)
        if not 4 <= len(t) <= 14 or re.search(r"[了的着]$", t) or re.match(r"[对由就在与]", t):
            t = "这项工作"
        end = re.search(r"[。；;！!]\s*$", s)
        r = lead + head + fmt_n(doc, tpls[n[0] % len(tpls)], "pw").replace("<t>", t)
        r = r + (end.group(0).strip() if end else "")
        n[0] += 1
        return r
    lines = map_sentences(doc, "measures", fn, _excl("measures"))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_short_repeat(doc, note):
    """Every problem item of the 不足 part gets a note saying it repeats last year's report word for
    word (put before the item's closing mark)."""
    if not doc.has("shortcomings"):
        return None
    txt = fmt_n(doc, note, "sr")

    def fn(item, k):
        m = re.search(r"[。；;！!]\s*$", item)
        end = m.start() if m else len(item.rstrip())
        return item[:end] + txt + item[end:]
    r = edit_items(doc, fn)
    return None if r is None or r == doc.text else r


def op_drop_block(doc, key="measures"):
    """One whole sub-part of the measures (its enumerated heading and all its paragraphs) deleted: the
    one with most lines among those that hold no other labelled part; the enumerators of the sub-parts
    after it move up, so the numbering has no gap."""
    if not doc.has(key):
        return None
    r = _blocks(doc, key)
    if r is None:
        return None
    first, bl, end = r
    other = set()
    for k, s in doc.spans.items():
        if k != key:
            other.update(range(s.start, s.end))
    cands = [j for j, (a, b) in enumerate(bl) if not other & set(range(a, b))]
    if len(bl) < 3 or not cands:
        return None
    drop = max(cands, key=lambda j: (bl[j][1] - bl[j][0], j))
    enums = []
    for a, _ in bl:
        m = RE_ENUM.match(doc.lines[a].lstrip())
        enums.append(m.group(0) if m else "")
    new = []
    for j, (a, b) in enumerate(bl):
        if j == drop:
            continue
        c = list(doc.lines[a:b])
        if j > drop and enums[j - 1] and enums[j]:
            lead = c[0][: len(c[0]) - len(c[0].lstrip())]
            body = c[0].lstrip()
            c[0] = lead + enums[j - 1] + body[len(enums[j]):]
        new.extend(c)
    lines = list(doc.lines)
    lines[first:end] = new
    return _done(doc, lines)


# ---------------------------------------------------------------- padding
def op_copy_para_other(doc, prefix):
    """The measures' first paragraph with a count (FR part excluded) copied, after `prefix`, to the end
    of the measures (under the last sub-heading): the same work told a second time elsewhere."""
    if not doc.has("measures"):
        return None
    for i, c in doc.paras("measures", (FR,)):
        body = doc.lines[i][c:].strip()
        if len(body) >= 50 and NUM_RX.search(body) and i != doc.spans["measures"].start:
            body = RE_ENUM.sub("", body, count=1).lstrip("：:，, ")
            para = fmt_n(doc, prefix, "cp") + body
            last = doc.paras("measures", (FR,), skip_headings=False)[-1][0]
            if last == i:
                return None
            return insert_para(doc, "measures", para, exclude=(FR,))
    return None


def op_plan_jixu_append(doc, intro, limit=5):
    """A closing plan paragraph made of the measures' own titles, each behind 继续 (appended; the real
    plan stays)."""
    if not doc.has("measures", "next_year"):
        return None
    ts = [t.rstrip("。，,；; ") for t in measure_titles(doc, limit)]
    if len(ts) < 2:
        return None
    para = fmt_n(doc, intro, "jx") + "，".join("继续" + t for t in ts) + "。"
    return insert_para(doc, "next_year", para, exclude=())


# ---------------------------------------------------------------- form only
def _subtitle_lines(doc, key="measures"):
    """Lines of a part holding only a short enumerated sub-heading followed by a body line (as set M's
    op_drop_subtitle_lines finds them)."""
    sp = doc.spans[key]
    keep = {s.start for s in doc.spans.values()}
    ex = set()
    for e, es in doc.spans.items():
        if e != key and (es.start > sp.start or es.embedded):
            ex.update(range(es.start, es.end))
    out = []
    for i in range(sp.start + 1, sp.end):
        if i in ex or i in keep:
            continue
        t = doc.lines[i].strip()
        if not t or not RE_ENUM.match(t) or len(t) > 30:
            continue
        if re.search(r"[。；;]", t[:-1]) or NUM_RX.search(t):
            continue
        j = i + 1
        while j < sp.end and not doc.lines[j].strip():
            j += 1
        if j >= sp.end or j in ex or j in keep or len(doc.lines[j].strip()) < 40:
            continue
        out.append((i, j))
    return out


def op_inline_titles(doc, key="measures", min_hits=2):
    """Each sub-heading line of the measures joined to the start of its body paragraph ('（一）强化法治学习'
    + body -> '（一）强化法治学习。body'): the titles run in, as many reports print them.  Same words."""
    if not doc.has(key):
        return None
    pairs = _subtitle_lines(doc, key)
    if len(pairs) < min_hits:
        return None
    lines = list(doc.lines)
    gone = set()
    for i, j in pairs:
        t = lines[i].rstrip()
        if not re.search(r"[。：:；;！!]$", t):
            t += "。"
        lines[i] = t + lines[j].strip()
        gone.update(range(i + 1, j + 1))
    return _done(doc, [ln for k, ln in enumerate(lines) if k not in gone])


SELF_RX = re.compile(r"我(县|镇|市|区|省|局|乡|厅|委|旗)(?!们)")


def op_self_ref(doc, keys=("measures", FR), min_hits=2):
    """The issuer's self-reference 我县/我镇/我市… written 本县/本镇/本市… (same issuer)."""
    n = [0]

    def fn(t):
        t2, k = SELF_RX.subn(r"本\1", t)
        n[0] += k
        return t2
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_num_space(doc, keys=("measures", FR), min_hits=2):
    """A space put between a count and its unit (12件 -> 12 件; percentages left alone), as text pasted
    from a spreadsheet or typed with a western keyboard."""
    n = [0]

    def rep(m):
        if m.group(3) == "%" or m.group(2):
            return m.group(0)
        n[0] += 1
        return m.group(1) + " " + m.group(3)

    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, lambda t: NUM_RX.sub(rep, t), _excl(k), lines, skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_short_one_para(doc, key="shortcomings", min_lines=2):
    """The 不足 part's body lines (each problem on a line of its own) run together into one paragraph;
    the heading line and any other labelled part stay.  Same words, same order."""
    if not doc.has(key):
        return None
    sp = doc.spans[key]
    starts = {s.start for k, s in doc.spans.items() if k != key}
    ps = [(i, c) for i, c in doc.paras(key, (), skip_headings=False) if i != sp.start]
    if len(ps) < min_lines or any(sp.start < j < sp.end and j in starts for j in range(sp.start, sp.end)):
        return None
    first, last = ps[0][0], ps[-1][0]
    lead = doc.lines[first][: len(doc.lines[first]) - len(doc.lines[first].lstrip())]
    joined = lead + "".join(doc.lines[i].strip() for i, _ in ps)
    lines = list(doc.lines)
    lines[first:last + 1] = [joined]
    return _done(doc, lines)


__all__ = ["CN", "FR", "fmt_n", "op_pair_para_n", "op_pad_para_n", "op_paperwork", "op_short_repeat",
           "op_drop_block", "op_copy_para_other", "op_plan_jixu_append", "op_inline_titles", "op_self_ref",
           "op_num_space", "op_short_one_para", "map_sentences", "_is_title"]
