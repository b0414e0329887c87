"""Operations for the fortieth substance set (substance_pool_an.py): hollow writing in the principal's part
(党政主要负责人履行推进法治建设第一责任人职责) and the measures that keeps every required part.
Built on edit_lib and edit_lib_ah (imported, unchanged).  Written without reading fzscore's code or rubric
data; every operation takes its wording as an argument and finds what it edits from the corpus labels and
regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, insert_para, map_paras
from edit_lib_ah import FR, M, _done, _excl, _sent_map

# a secretary named by office (县委书记, 镇党委书记, 党组书记 ...), not a deputy, a clerk or a village 第一书记
SECRETARY = re.compile(r"(?<!副)((?:[县镇区市乡省州旗]委|党委|党组|党工委))书记(?!员|处)")


def fill_an(doc, texts, salt):
    """Fill the same figures ({n1}.., {m1}..) and names into several wordings (a pair's A and B)."""
    r = doc.rng("an|" + salt)
    vals = {f"n{i}": r.randint(12, 90) for i in range(1, 6)}
    vals.update({f"m{i}": r.randint(2, 11) for i in range(1, 6)})
    vals.update(unit=doc.unit, dept=doc.dept, lead=doc.lead, head=doc.head, deputy=doc.deputy, y=doc.year,
                ny=doc.ny)
    return [t.format(**vals) for t in texts]


def _body_map(doc, keys, fn):
    """Apply fn(text)->text to the body pieces of the given parts (the principal's part included), with the
    first non-empty line (the title) never touched.  Returns (lines, changed?)."""
    lines = list(doc.lines)
    seen = set()
    for k in keys:
        if k not in doc.spans:
            continue
        for i, c in doc.paras(k, _excl(k) if k == M else (), skip_headings=False):
            if i in seen:
                continue
            seen.add(i)
            lines[i] = lines[i][:c] + fn(lines[i][c:])
    title = next((i for i, ln in enumerate(doc.lines) if ln.strip()), 0)
    lines[title] = doc.lines[title]
    return lines


# ---------------------------------------------------------------- directional
def op_counts_to_plan_share_an(doc, clauses, lead_rx, min_hits=2):
    """Every counted sentence of the measures loses its figures (NUM_RX, with a lead word such as 共/达 given
    by lead_rx) and is closed by a clause (rotating) saying the year's plan or target was met: the reader
    learns the plan was met, not what was done."""
    rx = re.compile("(?:" + lead_rx + ")?" + NUM_RX.pattern)

    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        body = s.rstrip()
        end = body[-1] if body[-1] in "。；;！!" else ""
        core = rx.sub("", body[: len(body) - len(end)]).rstrip("，,、 ")
        return core + clauses[k % len(clauses)] + (end or "。") + s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


def op_fr_papers_only_an(doc, verbs_rx, words, min_hits=2):
    """In the principal's part every act verb (verbs_rx: 主持召开, 听取, 部署, 审定, 督办 ...) replaced, in
    turn, by a wording of only reading and initialling papers: the principal's acts become paperwork."""
    if not doc.has(FR):
        return None
    rx = re.compile(verbs_rx)
    n = [0]

    def fn(t):
        def rep(m):
            w = words[n[0] % len(words)]
            n[0] += 1
            return w
        return rx.sub(rep, t)
    lines = map_paras(doc, FR, fn, exclude=(), skip_headings=False)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- padding
def op_fr_pad_para_an(doc, tpl, salt):
    """A paragraph (tpl, filled) at the end of the principal's part."""
    if not doc.has(FR):
        return None
    return _done(doc, insert_para(doc, FR, fill_an(doc, [tpl], salt)[0], exclude=()))


# ---------------------------------------------------------------- invariance
def op_secretary_as_main_comrade_an(doc, word, min_hits=1):
    """In the principal's part and the measures every 县委书记/党委书记/党组书记 written {委}+word
    (主要负责同志): the same person."""
    n = [0]

    def fn(t):
        t2, k = SECRETARY.subn(lambda m: m.group(1) + word, t)
        n[0] += k
        return t2
    lines = _body_map(doc, (FR, M), fn)
    return _done(doc, lines) if n[0] >= min_hits else None


def op_swap_word_an(doc, old, new, min_hits=1):
    """In the principal's part and the measures every `old` written `new`."""
    n = [0]

    def fn(t):
        n[0] += t.count(old)
        return t.replace(old, new)
    lines = _body_map(doc, (FR, M), fn)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- pairs (same figures in A and B)
def op_fr_pair_end_an(doc, a, b, salt):
    """Pair: A and B, filled with the same figures, each put at the end of the principal's part."""
    if not doc.has(FR):
        return None
    fa, fb = fill_an(doc, [a, b], salt)
    return insert_para(doc, FR, fa, exclude=()), insert_para(doc, FR, fb, exclude=())
