"""Operations for the thirty-ninth substance set (substance_pool_am.py): the measures and results part
(主要举措和成效) -- does the tool credit only the unit's own, done, concrete results of the report year?
Built on edit_lib and edit_lib_ah (imported, unchanged).  Written without reading fzscore's code or rubric
data; every operation takes its wording as an argument and finds what it edits from the corpus labels and
regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, NUM_RX, insert_para, map_paras
from edit_lib_ah import ENUM_LEAD, M, _done, _excl, _sent_map

DOC_TITLE = re.compile(r"《[^《》\n]{4,40}》")


def fill2(doc, texts, salt):
    """Fill the same figures ({n1}.. {m1}.. {p1}..) and names into several wordings (a pair's A and B)."""
    r = doc.rng("am|" + salt)
    vals = {f"n{i}": r.randint(12, 90) for i in range(1, 10)}
    vals.update({f"m{i}": r.randint(2, 11) for i in range(1, 6)})
    vals.update({f"p{i}": f"{r.uniform(5, 30):.1f}" for i in range(1, 4)})
    vals.update(unit=doc.unit, dept=doc.dept, y=doc.year, ny=doc.ny, py=doc.year - 1, y0=doc.year - 5)
    return [t.format(**vals) for t in texts]


def _lead_counted(doc, leads, strip=None, min_hits=2):
    """In the measures, every sentence carrying a counted figure (NUM_RX) given a lead (rotating; filled)
    after its enumerator; with strip, that regex (filled) removed from the sentence first."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        m = ENUM_LEAD.match(s)
        head, rest = s[: m.end()], s[m.end():]
        if strip:
            rest = re.sub(strip.format(y=doc.year), "", rest)
        return head + fill2(doc, [leads[k % len(leads)]], "lead%d" % k)[0] + rest
    return _sent_map(doc, M, fn, min_hits)


# ---------------------------------------------------------------- directional
def op_figures_span_years_am(doc, leads, strip):
    """Every counted sentence of the measures told as a total over a range of years ({y0}—{y}年…): the
    year's own figure is no longer given."""
    return _lead_counted(doc, leads, strip)


def op_figures_averaged_am(doc, tails, min_hits=2):
    """Every counted sentence of the measures told as the average of several units: a clause (rotating,
    filled) before its closing punctuation says its figures are averages of the units.  Not the unit's own."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        body = s.rstrip()
        end = body[-1] if body[-1] in "。；;！!" else ""
        core = body[: len(body) - len(end)].rstrip("，,")
        return core + fill2(doc, [tails[k % len(tails)]], "tail%d" % k)[0] + (end or "。") + s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


# ---------------------------------------------------------------- padding
def op_pad_doc_thrice_am(doc, tpl):
    """A paragraph at the end of the measures naming the measures' first 《…》 document three times (tpl has
    {doc} three times): no new act."""
    if not doc.has(M):
        return None
    text = "\n".join(doc.lines[i][c:] for i, c in doc.paras(M, _excl(M), skip_headings=False))
    m = DOC_TITLE.search(text)
    if not m:
        return None
    para = tpl.replace("{doc}", m.group(0))
    return _done(doc, insert_para(doc, M, para, exclude=_excl(M)))


def op_pad_cite_each_am(doc, tpl, min_len=40, min_hits=2):
    """After every measures paragraph of at least min_len characters, a bracketed reference (tpl with {k},
    the part numbers 二..九 in turn) to the outline the measure implements: a citation, no new act."""
    if not doc.has(M):
        return None
    n = [0]

    def fn(t):
        if len(t.strip()) < min_len:
            return t
        k = CN_NUM[1 + n[0] % 8]
        n[0] += 1
        return t.rstrip() + tpl.format(k=k)
    lines = map_paras(doc, M, fn, _excl(M))
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- pairs (same figures in A and B)
def op_pair_end_same_figs_am(doc, a, b, salt):
    """Pair: A and B, filled with the same figures, each put at the end of the measures."""
    if not doc.has(M):
        return None
    fa, fb = fill2(doc, [a, b], salt)
    ex = _excl(M)
    return insert_para(doc, M, fa, exclude=ex), insert_para(doc, M, fb, exclude=ex)
