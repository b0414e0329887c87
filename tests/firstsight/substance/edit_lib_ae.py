"""Operations for the thirty-first substance set (substance_pool_ae.py): hollow writing that keeps the shape
of a good report -- every part present, its substance gone.  Built on edit_lib, edit_lib_l, edit_lib_q,
edit_lib_ab and edit_lib_ac (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, insert_para, sentences
from edit_lib_ab import PL, _done, _paras
from edit_lib_l import _excl
from edit_lib_q import fmt_q

CLAUSE_AE = re.compile(r"[^，,；;。！？]+[，,；;。！？]?")


def _rewrite_sents(doc, keys, fn, min_hits=1):
    """fn(sentence, n) -> new sentence or None (unchanged); n counts the changes so far.  Applied to every
    sentence of every body paragraph of the parts `keys`."""
    lines = list(doc.lines)
    k = [0]
    for key in keys:
        for i, c in _paras(doc, key):
            out = []
            for s in sentences(lines[i][c:]):
                r = fn(s, k[0])
                if r is not None and r != s:
                    k[0] += 1
                    out.append(r)
                else:
                    out.append(s)
            lines[i] = lines[i][:c] + "".join(out)
    return _done(doc, lines) if k[0] >= min_hits else None


def op_figure_sents_replaced_ae(doc, keys, tpls, min_hits=2):
    """Every sentence carrying a counted figure (NUM_RX) replaced by a wording of the list, in rotation
    (the sentence's end mark kept): what was done and how much becomes a directive, a goal, paperwork."""
    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        end = s[-1] if s and s[-1] in "。；;！" else "。"
        return fmt_q(doc, tpls[n % len(tpls)], "fs" + str(n)).rstrip("。") + end
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_figure_nouns_stripped_ae(doc, keys, lead="共计", min_hits=2):
    """Every clause carrying a counted figure cut down to lead + the figure and its unit (共计56件, 达到
    93.5%): the number stays, what it counts and the year go."""
    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        out = []
        for cl in CLAUSE_AE.findall(s):
            m = NUM_RX.search(cl)
            if m and not cl.startswith(lead):
                p = cl[-1] if cl[-1] in "，,；;。！？" else ""
                w = "达到" if m.group(3) == "%" else lead
                out.append(w + m.group(1) + m.group(3) + p)
            else:
                out.append(cl)
        return "".join(out)
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_figure_sents_credited_ae(doc, keys, leads, min_hits=2):
    """Every sentence carrying a counted figure given a lead-in that credits the work to another body
    (上级牵头, 第三方承办), rotating; the figure stays."""
    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        s2 = re.sub(r"^(?:\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]))", "", s)
        head = s[:len(s) - len(s2)]
        return head + fmt_q(doc, leads[n % len(leads)], "cr" + str(n)) + s2
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_paras_tail_replaced_ae(doc, key, tail, min_hits=1, min_sents=2):
    """Every body paragraph of a part with >= min_sents sentences: the first sentence kept, the rest
    replaced by `tail` (for the shortfalls: the shortfall kept, its cause replaced)."""
    lines = list(doc.lines)
    k = 0
    for i, c in _paras(doc, key):
        ss = sentences(lines[i][c:])
        if len(ss) >= min_sents and len(ss[0]) >= 6:
            lines[i] = lines[i][:c] + ss[0] + fmt_q(doc, tail, "tl" + str(k))
            k += 1
    return _done(doc, lines) if k >= min_hits else None


def measure_topics_ae(doc, key, cap=6):
    """The first clause of each measures body paragraph, its enumerator stripped (the topic words)."""
    out = []
    for i, c in _paras(doc, key):
        t = doc.lines[i][c:].strip()
        t = re.sub(r"^\s*(?:" + RE_ENUM.pattern + r")\s*", "", t)
        m = re.match(r"[^，,；;。：:！？]{4,24}", t)
        if m and not NUM_RX.search(m.group(0)):
            w = re.sub(r"^(?:持续|继续|进一步|不断|积极|全面|着力|切实|坚持)", "", m.group(0))
            if len(w) >= 4 and w not in out:
                out.append(w)
        if len(out) >= cap:
            break
    return out


def op_plan_continue_headings_ae(doc, src, prefixes, lead, min_topics=3):
    """The plan's body (headings kept) replaced by one paragraph that lists the measures' topic words
    with 继续/进一步… prefixed: no target, no owner, no deadline."""
    from edit_lib_ac import op_part_to_one_sentence_ac
    tops = measure_topics_ae(doc, src)
    if len(tops) < min_topics or not doc.has(PL):
        return None
    body = lead + "；".join(prefixes[n % len(prefixes)] + w for n, w in enumerate(tops)) + "。"
    return op_part_to_one_sentence_ac(doc, PL, body.replace("{", "").replace("}", ""), salt="jx")


# ---------------------------------------------------------------- invariance
def op_word_swap_ae(doc, keys, table, min_hits=2):
    """Words written with an equivalent (table: [(regex, replacement)]), every occurrence."""
    lines = list(doc.lines)
    k = 0
    for key in keys:
        for i, c in _paras(doc, key):
            t = lines[i][c:]
            for a, b in table:
                t, n = re.subn(a, b, t)
                k += n
            lines[i] = lines[i][:c] + t
    return _done(doc, lines) if k >= min_hits else None


def op_pad_after_figure_para_ae(doc, key, para):
    """A paragraph at the end of a part (fmt_q figures)."""
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_q(doc, para, "pa" + key), exclude=_excl(key))
