"""Operations for the forty-first substance set (substance_pool_ao.py): a broad held-out check of the whole
report -- the measures, the principal's part, the shortfalls and their causes, the plan and the opening.
Built on edit_lib and edit_lib_ah (imported, unchanged).  Written without reading fzscore's code or rubric
data; every operation takes its wording as an argument and finds what it edits from the corpus labels and
regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, edit_items, fmt, insert_para, item_keyphrase, map_paras, opening_index
from edit_lib_ah import FR, M, PL, SH, _done, _excl, _sent_map, _tail, ENUM_LEAD

YEAR_RX = re.compile(r"(?<![0-9])(20[0-9]{2})(?=年)")


def fill_ao(doc, texts, salt):
    """Fill the same figures and names into several wordings (a pair's A and B)."""
    return [fmt(doc, t, "ao|" + salt) for t in texts]


# ---------------------------------------------------------------- directional
def op_counted_to_study_ao(doc, words, min_hits=2):
    """In the measures every counted sentence (NUM_RX) replaced, rotating, by a wording in which the staff
    only studied papers: what was done becomes what was read."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        lead = ENUM_LEAD.match(s).group(0)
        return lead + words[k % len(words)] + (_tail(s) or "。")
    return _sent_map(doc, M, fn, min_hits)


def op_fr_prior_year_ao(doc, leads, min_hits=2):
    """In the principal's part every year of the report written as the year before, and every sentence of
    8+ characters without a year led (after its enumerator) by a rotating lead naming the year before: the
    principal's acts are last year's."""
    if not doc.has(FR):
        return None
    y, py = str(doc.year), str(doc.year - 1)
    n = [0]

    def per(t):
        out = []
        for s in re.findall(r"[^。；;！!]*[。；;！!]?", t):
            if not s:
                continue
            if YEAR_RX.search(s):
                s2 = YEAR_RX.sub(lambda m: py if m.group(1) == y else m.group(1), s)
            elif len(s.strip()) >= 8:
                lead = ENUM_LEAD.match(s).group(0)
                s2 = lead + fmt(doc, leads[n[0] % len(leads)]) + s[len(lead):]
            else:
                s2 = s
            if s2 != s:
                n[0] += 1
            out.append(s2)
        return "".join(out)
    lines = map_paras(doc, FR, per, exclude=(), skip_headings=True)
    return _done(doc, lines) if n[0] >= min_hits else None


def op_short_items_denied_ao(doc, tpls, min_items=2):
    """Every shortfall item (after its enumerator) rewritten, rotating tpls filled with its key phrase
    ({kp}), as a complaint the unit checked and found untrue: each problem denied."""
    if not doc.has(SH):
        return None
    k_hit = [0]

    def fn(item, k):
        lead = ENUM_LEAD.match(item).group(0)
        kp = item_keyphrase(item)
        if len(kp) < 2:
            return item
        k_hit[0] += 1
        return lead + tpls[k % len(tpls)].format(kp=kp)
    t = edit_items(doc, fn)
    return _done(doc, t) if t and k_hit[0] >= min_items else None


def op_plan_hedged_ao(doc, tails, min_hits=2):
    """Every plan sentence of 8+ characters closed (before its punctuation) by a rotating clause making it
    depend on later conditions: no commitment is left."""
    def fn(s, k):
        body = s.rstrip()
        if len(body) < 8:
            return s
        end = _tail(body)
        core = body[: len(body) - len(end)].rstrip("，,、 ")
        if core.endswith(("：", ":")):
            return s
        return core + tails[k % len(tails)] + (end or "。") + s[len(body):]
    return _sent_map(doc, PL, fn, min_hits)


# ---------------------------------------------------------------- padding
def op_pad_after_opening_ao(doc, para):
    """A paragraph (filled) right after the opening's last long line, before the first part."""
    i = opening_index(doc)
    if i is None:
        return None
    lines = list(doc.lines)
    lines.insert(i + 1, fmt(doc, para, "ao-open"))
    return _done(doc, lines)


def op_pad_end_ao(doc, key, para, salt):
    if not doc.has(key):
        return None
    return _done(doc, insert_para(doc, key, fmt(doc, para, "ao|" + salt), exclude=_excl(key)))


# ---------------------------------------------------------------- invariance
def op_swap_rx_ao(doc, keys, rx, repl, min_hits=1):
    """In the given parts every match of rx written repl (a regex substitution): the same words."""
    n = [0]
    lines = list(doc.lines)
    r = re.compile(rx)

    def fn(t):
        t2, k = r.subn(repl, t)
        n[0] += k
        return t2
    seen = set()
    for key in keys:
        if not doc.has(key):
            continue
        for i, c in doc.paras(key, _excl(key), skip_headings=False):
            if i in seen:
                continue
            seen.add(i)
            lines[i] = lines[i][:c] + fn(lines[i][c:])
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- pairs (same figures in A and B)
def op_pair_end_ao(doc, key, a, b, salt):
    """Pair: A and B, filled with the same figures, each put at the end of the part `key`."""
    if not doc.has(key):
        return None
    fa, fb = fill_ao(doc, [a, b], salt)
    ex = _excl(key)
    return insert_para(doc, key, fa, exclude=ex), insert_para(doc, key, fb, exclude=ex)


def op_pair_opening_ao(doc, a, b, salt):
    """Pair: A and B, filled with the same figures, each appended to the opening's last long line."""
    i = opening_index(doc)
    if i is None:
        return None
    fa, fb = fill_ao(doc, [a, b], salt)
    out = []
    for f in (fa, fb):
        lines = list(doc.lines)
        lines[i] = lines[i].rstrip() + f
        out.append("\n".join(lines))
    return tuple(out)
