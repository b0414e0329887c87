"""Operations for the thirty-sixth substance set (substance_pool_aj.py): the 党政主要负责人 part (who did what,
when, how often) and the measures' done vs not-done reading.  Built on edit_lib, edit_lib_ah and edit_lib_ai
(imported, unchanged).  Written without reading fzscore's code or rubric data; every operation takes its
wording as an argument and finds what it edits from the corpus labels and regexes (edit_lib.Doc); no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, NUM_RX, PRINCIPAL, fmt, insert_para, map_paras, sentences
from edit_lib_ah import DATE_RX, ENUM_LEAD, FR, M, _done, _excl, _sent_map

DONE_AJ = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d，,。])|已经|均已|已(?=[\u4e00-\u9fff])|累计|全年")
CHAIR = re.compile(r"主持召开|亲自主持|主持|组织召开|亲自部署|召集")
MONTH_AR = re.compile(r"(?<![\d.])(1[0-2]|[1-9])月")
MONTH_CN = re.compile(r"(?<![" + CN_NUM + r"\d])(十[一二]?|[一二三四五六七八九])月")
PRINCIPAL_AJ = re.compile(r"(?<!总)(?:[镇乡]?党委(?=书记))?(?:" + PRINCIPAL.pattern + ")")   # not the 书记 of 习近平总书记
CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _fr_principal_to(doc, who, fallback_lead):
    """In the principal's part, the principal (PRINCIPAL, not after 总) replaced by `who`; when none is named, a lead
    naming `who` is put before each body paragraph."""
    if not doc.has(FR):
        return None
    n = [0]

    def fn(t):
        t2, k = PRINCIPAL_AJ.subn(who, t)
        n[0] += k
        return re.sub("(" + re.escape(who) + r")([与和及、，,]" + re.escape(who) + ")+", r"\1", t2)
    lines = map_paras(doc, FR, fn, ())
    if not n[0]:
        lines = map_paras(doc, FR, lambda t: fallback_lead + t.lstrip() if len(t.strip()) > 6 else t, (),
                          lines=lines)
    return _done(doc, lines)


def op_fr_to_other_aj(doc, who_town, who_county, fallback_tpl):
    """The principal's acts moved to another official (a deputy, the head of the 司法所 …)."""
    who = fmt(doc, who_town if doc.unit == "镇" else who_county)
    return _fr_principal_to(doc, who, fmt(doc, fallback_tpl.replace("{who}", who)))


def op_fr_requirement_aj(doc, leads, modals, min_hits=2):
    """Every sentence of the principal's part written as what the rule requires (应当/要): done markers
    dropped; a modal (modals) right after the principal's name where one is named, else a rotating lead after
    the enumerator."""
    def fn(s, k):
        if len(s.strip()) < 8:
            return s
        s2 = DONE_AJ.sub("", s)
        lead = s2[: len(s2) - len(s2.lstrip())]
        body = s2.lstrip()
        p = PRINCIPAL_AJ.search(body)
        if p:   # the principal named: the modal right after the name
            return lead + body[: p.end()] + modals[k % len(modals)] + body[p.end():]
        m = ENUM_LEAD.match(body)
        return lead + body[: m.end()] + fmt(doc, leads[k % len(leads)]) + body[m.end():]
    return _sent_map(doc, FR, fn, min_hits)


def op_fr_routine_aj(doc, words, count_word, min_hits=1):
    """In the principal's part, dates written as routine words (定期/经常 …) and counts of times (N次) as a
    vague word."""
    if not doc.has(FR):
        return None
    n = [0]

    def fn(t):
        def dsub(m):
            n[0] += 1
            return fmt(doc, words[(n[0] - 1) % len(words)])
        t = DATE_RX.sub(dsub, t)
        t, k = re.subn(r"(?<![\d.])\d+(?:余)?次", count_word, t)
        n[0] += k
        return t
    lines = map_paras(doc, FR, fn, ())
    return _done(doc, lines) if n[0] >= min_hits else None


def op_fr_attend_aj(doc, table, min_hits=1):
    """In the principal's part, the principal chairs nothing: 主持召开/组织召开/亲自部署 … written as attending
    others' meetings (table: verb -> replacement)."""
    if not doc.has(FR):
        return None
    n = [0]

    def fn(t):
        def sub(m):
            n[0] += 1
            return table.get(m.group(0), table["主持"])
        return CHAIR.sub(sub, t)
    lines = map_paras(doc, FR, fn, ())
    return _done(doc, lines) if n[0] >= min_hits else None


def op_measures_deployed_aj(doc, tails, min_hits=2):
    """In the measures, every sentence with a figure cut to its first clause and ended as 'deployed' (a
    rotating tail): the act is told, the result is not."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        m = ENUM_LEAD.match(body)
        head, rest = body[: m.end()], body[m.end():]
        first = re.split(r"[，,：:；;。]", rest, maxsplit=1)[0]
        first = NUM_RX.sub("", DONE_AJ.sub("", first))
        first = re.sub(r"\d+", "", first)
        if len(first) < 3:
            first = ""
        return lead + head + first + ("，" if first else "") + fmt(doc, tails[k % len(tails)])
    return _sent_map(doc, M, fn, min_hits)


# ---------------------------------------------------------------- padding
def op_fr_insert_aj(doc, para, where="end", salt="aj"):
    """A paragraph inserted at the end (or start) of the principal's part."""
    if not doc.has(FR):
        return None
    return _done(doc, insert_para(doc, FR, fmt(doc, para, salt), exclude=(), where=where))


def op_fr_heading_echo_aj(doc, lead):
    """The principal's part's heading wording repeated as the first sentence of its body (enumerator and
    numbering dropped)."""
    if not doc.has(FR):
        return None
    sp = doc.spans[FR]
    h = doc.lines[sp.start][: sp.col] if sp.col < len(doc.lines[sp.start]) else doc.lines[sp.start]
    h = h.strip()
    if sp.embedded:
        pre = sentences(doc.lines[sp.start][: sp.col])
        h = pre[-1] if pre else ""
    h = ENUM_LEAD.sub("", h, count=1)
    h = re.sub(r"^\s*(?:[" + CN_NUM + r"]+、|[（(][" + CN_NUM + r"]+[）)])", "", h)
    h = re.sub(r"^\d{4}年(?:度)?", "", h).strip().rstrip("。；;，,")
    if len(h) < 8 or "第一责任人" not in h:
        return None
    return _done(doc, insert_para(doc, FR, fmt(doc, lead) + h + "。", exclude=(), where="end"))


# ---------------------------------------------------------------- invariance
def op_secretary_name_form_aj(doc):
    """党委书记 written as 镇党委书记 (or the reverse when the document writes 镇党委书记)."""
    t = doc.text
    if doc.unit != "镇":
        return None
    if "镇党委书记" in t:
        t2 = t.replace("镇党委书记", "党委书记")
    else:
        t2 = re.sub(r"(?<![镇乡副])党委书记", "镇党委书记", t)
    return _done(doc, t2)


def op_swap_dated_aj(doc, keys=(FR, M)):
    """Two dated acts swapped: the first two adjacent dated sentences (same ending mark, no enumerator) of the
    principal's part or the measures; else the first two adjacent dated body paragraphs (no enumerator, no
    heading) of those parts."""
    for key in keys:
        if not doc.has(key):
            continue
        lines = list(doc.lines)
        for i, c in doc.paras(key, ()):
            ss = sentences(lines[i][c:])
            for j in range(len(ss) - 1):
                a, b = ss[j], ss[j + 1]
                if (DATE_RX.search(a) and DATE_RX.search(b) and a[-1:] in "。；;" and a[-1:] == b[-1:]
                        and not ENUM_LEAD.match(a).group(0).strip() and not ENUM_LEAD.match(b).group(0).strip()):
                    ss[j], ss[j + 1] = b, a
                    lines[i] = lines[i][:c] + "".join(ss)
                    return _done(doc, lines)
    for key in keys:
        if not doc.has(key):
            continue
        ps = [(i, c) for i, c in doc.paras(key, ()) if c == 0]
        for (i, _), (k, _) in zip(ps, ps[1:]):
            a, b = doc.lines[i], doc.lines[k]
            if (DATE_RX.search(a) and DATE_RX.search(b) and len(a.strip()) > 20 and len(b.strip()) > 20
                    and not ENUM_LEAD.match(a).group(0).strip() and not ENUM_LEAD.match(b).group(0).strip()
                    and all(not doc.lines[x].strip() for x in range(i + 1, k))):
                lines = list(doc.lines)
                ia = len(a) - len(a.lstrip())
                ib = len(b) - len(b.lstrip())
                lines[i], lines[k] = a[:ia] + b.lstrip(), b[:ib] + a.lstrip()
                return _done(doc, lines)
    return None


def op_month_numerals_aj(doc):
    """Arabic months (3月) written in Chinese numerals (三月), or the reverse when the document has none."""
    t, k = MONTH_AR.subn(lambda m: CN_MONTHS[int(m.group(1)) - 1] + "月", doc.text)
    if k:
        return _done(doc, t)
    t, k = MONTH_CN.subn(lambda m: str(CN_MONTHS.index(m.group(1)) + 1) + "月", doc.text)
    return _done(doc, t) if k else None


# ---------------------------------------------------------------- pairs
def op_pair_two_aj(doc, a_tpl, b_tpl, salt="aj"):
    """Pair: A and B two wordings of the same act (same fill salt) inserted at the end of the principal's
    part (or the measures when it is missing)."""
    k = FR if doc.has(FR) else M
    if not doc.has(k):
        return None
    ex = () if k == FR else _excl(k)
    a, b = fmt(doc, a_tpl, salt), fmt(doc, b_tpl, salt)
    ra, rb = insert_para(doc, k, a, exclude=ex), insert_para(doc, k, b, exclude=ex)
    return (ra, rb) if ra and rb else None
