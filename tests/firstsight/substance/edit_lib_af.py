"""Operations for the thirty-second substance set (substance_pool_af.py): what a reviewer credits as the
year's own results.  Built on edit_lib, edit_lib_ab, edit_lib_l, edit_lib_q and edit_lib_ae (unchanged,
imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
(or builds it from the document's own text) and finds what it edits from the corpus labels and regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, PRINCIPAL, TOPHEAD, insert_para, sentences
from edit_lib_ab import FR, M, _done, _paras
from edit_lib_ae import CLAUSE_AE, _rewrite_sents
from edit_lib_l import _excl
from edit_lib_q import fmt_q

HEAD_AF = re.compile(r"^(?:\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]))")
LEAN_AF = re.compile(r"^\s*(?:其中|占|同比|环比|较|比|分别|均|并|且|这|此|该|上述|以上|同时|此外|另外|由此|从而)")
# the wider area whose totals a report of this level might borrow
WIDE_AF = {"township": "全县", "county": "全市", "city": "全省", "province": "全国", "department": "全市"}


def year_rx(doc):
    return re.compile(rf"{doc.year}年(?:度)?(?:以来|全年)?|今年(?:以来)?|本年度|年内|全年|当年")


def _head_body(s):
    body = HEAD_AF.sub("", s)
    return s[:len(s) - len(body)], body


def _fill(doc, s):
    return (s.replace("{wide}", WIDE_AF.get(doc.level, "全市")).replace("{y3}", str(doc.year - 3))
            .replace("{y2}", str(doc.year - 2)))


def _end(s):
    return s[-1] if s and s[-1] in "。；;！" else "。"


def topic_af(doc, s):
    """The act of a counted sentence without its figures and year: the first clause that names a verb,
    figures (and 共/累计/达… before them) removed; '' when too little is left."""
    yr = year_rx(doc)
    _, body = _head_body(s)
    for cl in CLAUSE_AE.findall(yr.sub("", body)):
        t = re.sub(r"(?:共计|累计|合计|共|达到|达|约|近|超过)?" + NUM_RX.pattern + r"(?:以上|左右)?", "", cl)
        t = t.strip(" ，,；;。！？、：:")
        if len(t) >= 6 and not LEAN_AF.match(t):
            return t
    return ""


# ---------------------------------------------------------------- directional: the year's results lost
def op_counted_lead_af(doc, keys, leads, drop_year=True, own_to_wide=False, approx=False, min_hits=2):
    """Every sentence of the parts carrying a counted figure: its report-year words dropped (drop_year), a
    lead-in put after its enumerator (rotating leads: an earlier year, a wider area's total, a hedge);
    own_to_wide writes 全县/我县/本县 as the wider area; approx puts 约 before the figures."""
    yr = year_rx(doc)
    wide = WIDE_AF.get(doc.level, "全市")

    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        head, body = _head_body(s)
        if drop_year:
            body = yr.sub("", body).lstrip("，, ")
        if own_to_wide:
            body = re.sub(rf"[全我本]{doc.unit}", wide, body)
        if approx:
            body = re.sub(r"(?<![约近\d.])" + NUM_RX.pattern, lambda m: "约" + m.group(0), body)
        return head + fmt_q(doc, _fill(doc, leads[n % len(leads)]), "ld" + str(n)) + body
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_counted_by_court_af(doc, keys, tpls, min_hits=2):
    """Every counted sentence replaced by a court's or a procuratorate's result with the sentence's own
    figures ([a] the first count, [b] the second or the first again; the wording gives the unit;
    percentages are not counts), told in the unit's report."""
    def fn(s, n):
        ms = [m for m in NUM_RX.finditer(s) if m.group(3) != "%"]
        if not ms:
            return None
        head, _ = _head_body(s)

        def num(m):   # the figure with 余 kept; the wording gives its own unit
            return m.group(1) + ("余" if m.group(3).startswith("余") else "")
        a = num(ms[0])
        b = num(ms[1] if len(ms) > 1 else ms[0])
        t = fmt_q(doc, tpls[n % len(tpls)], "ct" + str(n)).replace("[a]", a).replace("[b]", b)
        return head + t.rstrip("。") + _end(s)
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_counted_to_routine_af(doc, keys, tails, fallback, min_hits=2):
    """Every counted sentence cut to its act without figures or year (topic_af) and a tail that says the
    act is a routine (rotating tails); with no act left, the fallback wording."""
    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        head, _ = _head_body(s)
        t = topic_af(doc, s)
        w = (t + tails[n % len(tails)]) if t else fmt_q(doc, fallback, "rt" + str(n))
        return head + w.rstrip("。") + _end(s)
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_counted_to_wording_af(doc, keys, tpls, min_hits=2):
    """Every counted sentence replaced by a wording (rotating), its enumerator kept."""
    def fn(s, n):
        if not NUM_RX.search(s):
            return None
        head, _ = _head_body(s)
        return head + fmt_q(doc, tpls[n % len(tpls)], "wd" + str(n)).rstrip("。") + _end(s)
    return _rewrite_sents(doc, keys, fn, min_hits)


def op_fr_actor_af(doc, actor, min_hits=1):
    """In the principal's part, every naming of the principal (书记, 县长, 主要负责人 …) replaced by
    another actor (a deputy, a working team); None when the part names no principal."""
    if not doc.has(FR):
        return None
    act = fmt_q(doc, actor, "ac")
    lines = list(doc.lines)
    k = 0
    for i, c in doc.paras(FR, (), skip_headings=True):
        t, n = PRINCIPAL.subn(act, lines[i][c:])
        t = re.sub("(" + re.escape(act) + r")([、和及与]" + re.escape(act) + ")+", r"\1", t)
        k += n
        lines[i] = lines[i][:c] + t
    return _done(doc, lines) if k >= min_hits else None


# ---------------------------------------------------------------- padding
def op_pad_para_af(doc, keys, para):
    """A paragraph at the end of the first part of keys that the document has."""
    for key in keys:
        if doc.has(key):
            return insert_para(doc, key, fmt_q(doc, para, "pd" + key), exclude=_excl(key))
    return None


def op_pad_repeat_figures_af(doc, key, lead, cap=4, min_clauses=3):
    """A paragraph at the end of a part that repeats the part's own counted clauses (the first `cap`,
    enumerators and end marks stripped) after a lead: figures already given, given again."""
    if not doc.has(key):
        return None
    got = []
    for i, c in _paras(doc, key):
        for s in sentences(doc.lines[i][c:]):
            for cl in CLAUSE_AE.findall(HEAD_AF.sub("", s)):
                cl = cl.strip(" ，,；;。！？")
                if NUM_RX.search(cl) and 6 <= len(cl) <= 40 and not LEAN_AF.match(cl) and cl not in got:
                    got.append(cl)
        if len(got) >= cap:
            break
    if len(got) < min_clauses:
        return None
    return insert_para(doc, key, lead + "；".join(got[:cap]) + "。", exclude=_excl(key))


# ---------------------------------------------------------------- invariance
def op_swap_last_two_af(doc, key, min_hits=2, min_sents=3):
    """In every body paragraph of a part with >= min_sents sentences, its last two sentences swapped when
    both end with 。, neither opens with an enumerator or a word leaning on the one before (其中, 同比 …)."""
    lines = list(doc.lines)
    k = 0
    for i, c in _paras(doc, key):
        ss = sentences(lines[i][c:])
        if len(ss) < min_sents:
            continue
        a, b = ss[-2], ss[-1]
        if not (a.endswith("。") and b.endswith("。")) or len(a) < 8 or len(b) < 8:
            continue
        if HEAD_AF.match(a) or HEAD_AF.match(b) or LEAN_AF.match(a) or LEAN_AF.match(b):
            continue
        lines[i] = lines[i][:c] + "".join(ss[:-2]) + b + a
        k += 1
    return _done(doc, lines) if k >= min_hits else None


DIG_AF = "零一二三四五六七八九"


def cn_num_af(n):
    """11..99 in Chinese numerals (十二, 二十三, 九十)."""
    t, o = divmod(n, 10)
    return ("" if t == 1 else DIG_AF[t]) + "十" + (DIG_AF[o] if o else "")


SMALL_AF = re.compile(r"(?<![\d.])([1-9]\d)(件|个|项|次|场|家|条|名|篇)(?![\d])")


def op_figures_hanzi_af(doc, keys, cap=3, min_hits=2):
    """The first `cap` counts of 11..99 (12件, 36个 …) in the parts written in Chinese numerals (十二件,
    三十六个): the same counts, in a few places."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        if k[0] >= cap:
            return m.group(0)
        k[0] += 1
        return cn_num_af(int(m.group(1))) + m.group(2)
    for key in keys:
        for i, c in _paras(doc, key):
            lines[i] = lines[i][:c] + SMALL_AF.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


def op_self_name_af(doc, keys, min_hits=1):
    """我县 written 本县 (我市 -> 本市 …) in the parts; when the report has no 我X, 本X written 我X."""
    u = doc.unit
    for a, b in ((f"我{u}", f"本{u}"), (f"本{u}", f"我{u}")):
        lines = list(doc.lines)
        k = 0
        for key in keys:
            for i, c in _paras(doc, key):
                t, n = re.subn(a + r"(?![级])", b, lines[i][c:])
                k += n
                lines[i] = lines[i][:c] + t
        if k >= min_hits:
            return _done(doc, lines)
    return None


def op_toc_line_af(doc, lead, min_heads=3):
    """A table-of-contents line (lead + the report's top headings, 一、…) put before its first top
    heading."""
    idx = [i for i, ln in enumerate(doc.lines) if TOPHEAD.match(ln) and len(ln.strip()) <= 60]
    if len(idx) < min_heads:
        return None
    heads = [re.split(r"[。：:]", doc.lines[i].strip())[0][:30] for i in idx]
    lines = list(doc.lines)
    lines[idx[0]:idx[0]] = [lead + "　".join(heads)]
    return _done(doc, lines)
