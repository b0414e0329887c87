"""Operations for the thirty-fifth substance set (substance_pool_ai.py): a broad last held-out check of
the session's build.  Built on edit_lib (unchanged, imported) and set AH's helpers (imported, unchanged).
Written without reading fzscore's code or rubric data; every operation takes its wording as an argument and
finds what it edits from the corpus labels and regexes (edit_lib.Doc); no document line is hard-coded.
Stdlib only.
"""
import re

from edit_lib import CN_NUM, NUM_RX, PRINCIPAL, fmt, insert_para, map_paras, replace_body, sentences
from edit_lib_ah import DATE_RX, ENUM_LEAD, op_pad_end_ah, FR, M, PL, SH, _done, _excl, _sent_map

PAST = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d，,。])|已经|均已|已(?=[\u4e00-\u9fff])|累计")
UNITS = "县镇区市乡"
SELF_UNIT = re.compile("[我本全][" + UNITS + "省局]")


# ---------------------------------------------------------------- directional
def op_forecast_ai(doc, leads, min_hits=2):
    """In the measures, every sentence with a figure written as a forecast for the rest of the year
    (rotating leads such as 预计到年底 / 计划在年内): past markers dropped, the lead after the enumerator."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        s2 = PAST.sub("", s)
        lead = s2[: len(s2) - len(s2.lstrip())]
        body = s2.lstrip()
        m = ENUM_LEAD.match(body)
        return lead + body[: m.end()] + fmt(doc, leads[k % len(leads)]) + body[m.end():]
    return _sent_map(doc, M, fn, min_hits)


def op_neighbour_ai(doc, leads, other, min_hits=2):
    """In the measures, every sentence with a figure moved to a neighbouring unit: the sentence's own
    我县/本县/全县 written as `other` and a lead naming the neighbour put first."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        lead = s[: len(s) - len(s.lstrip())]
        body = SELF_UNIT.sub(fmt(doc, other), s.lstrip())
        m = ENUM_LEAD.match(body)
        return lead + body[: m.end()] + fmt(doc, leads[k % len(leads)]) + body[m.end():]
    return _sent_map(doc, M, fn, min_hits)


def op_fr_collective_ai(doc, body_name, fallback_lead):
    """In the principal's part, the principal (书记/县长/主要负责人 …) replaced by a collective body; when no
    principal is named, fallback_lead is put before each paragraph."""
    if not doc.has(FR):
        return None
    who = fmt(doc, body_name if doc.unit in "县市区省" else body_name.replace("委常委会", "党委会"))
    n = [0]

    def fn(t):
        t2, k = PRINCIPAL.subn(who, t)
        n[0] += k
        t2 = re.sub("[" + UNITS + "省]?党?委?、?(?=" + re.escape(who) + ")", "", t2)
        return re.sub("(" + re.escape(who) + r")([和、及与，,]" + re.escape(who) + ")+", r"\1", t2)
    lines = map_paras(doc, FR, fn, ())
    if not n[0]:
        lines = map_paras(doc, FR, lambda t: fmt(doc, fallback_lead) + t.lstrip() if len(t.strip()) > 6 else t,
                          (), lines=lines)
    return _done(doc, lines)


def op_unit_lists_ai(doc, lead, names, per=4):
    """The measures' body replaced paragraph for paragraph by lists of the responsible units' names."""
    if not doc.has(M):
        return None
    ps = doc.paras(M, _excl(M))
    if not ps:
        return None
    out = []
    for j in range(len(ps)):
        picked = [fmt(doc, names[(j * per + i) % len(names)]) for i in range(per)]
        out.append(fmt(doc, lead) + "、".join(picked) + "。")
    return _done(doc, replace_body(doc, M, out))


def op_one_line_ai(doc, key, line):
    """A part's body replaced by one line."""
    if not doc.has(key):
        return None
    return _done(doc, replace_body(doc, key, [fmt(doc, line)], exclude=()))


def op_plan_stale_ai(doc, lead, next_words):
    """The plan given as last year's plan: the next year written as the report year, 明年/来年 … written
    as 今年, and a lead-in saying the list is the one of the previous report."""
    if not doc.has(PL):
        return None
    ny, y = f"{doc.ny}年", f"{doc.year}年"

    def fn(t):
        t = t.replace(ny, y)
        for w in next_words:
            t = t.replace(w, "今年")
        return t
    sp = doc.spans[PL]
    lines = list(doc.lines)
    for i in range(sp.start, sp.end):
        lines[i] = lines[i][:sp.col] + fn(lines[i][sp.col:]) if i == sp.start else fn(lines[i])
    t = "\n".join(lines)
    from edit_lib import Doc
    d2 = Doc(doc.id, t, doc.labels, doc.kind)
    if not d2.has(PL):
        return None
    return _done(doc, insert_para(d2, PL, fmt(doc, lead), exclude=(), where="start"))


# ---------------------------------------------------------------- padding
def op_repeat_heading_ai(doc, key=M):
    """The part's heading line written twice (the copy right under it)."""
    if not doc.has(key) or doc.spans[key].embedded:
        return None
    sp = doc.spans[key]
    h = doc.lines[sp.start]
    if sp.col < len(h) or not h.strip():
        return None
    lines = list(doc.lines)
    lines.insert(sp.start + 1, h)
    return _done(doc, lines)


def op_append_end_ai(doc, block):
    """Lines appended after the document's last line."""
    t = doc.text.rstrip("\n")
    return _done(doc, t + "\n\n" + "\n".join(fmt(doc, b) for b in block) + "\n")


# ---------------------------------------------------------------- invariance
ENUM_SHI = re.compile(r"(?<=[。；;：:])\s*(?=[" + CN_NUM + "]是)")


def op_enum_paragraphs_ai(doc, min_splits=2):
    """Every paragraph with two or more 一是/二是 enumerators split so that each enumerated item opens its
    own line (same words, same indent)."""
    lines, n = [], 0
    for ln in doc.lines:
        if len(re.findall("[" + CN_NUM + "]是", ln)) >= 2:
            ind = re.match(r"^\s*", ln).group(0)
            parts = [p for p in ENUM_SHI.split(ln.strip()) if p]
            if len(parts) >= 2:
                n += len(parts) - 1
                lines.extend(ind + p for p in parts)
                continue
        lines.append(ln)
    return _done(doc, lines) if n >= min_splits else None


def op_self_word_ai(doc, src="我", dst="本"):
    """我镇/我县/我区 … written 本镇/本县/本区 … throughout."""
    t, k = re.subn(src + "(?=[" + UNITS + "])", dst, doc.text)
    return _done(doc, t) if k else None


def op_quote_style_ai(doc):
    """Curly quotation marks written as corner brackets, or the reverse when corner brackets are used."""
    t = doc.text
    if "“" in t or "”" in t:
        t = t.replace("“", "「").replace("”", "」")
    elif "「" in t:
        t = t.replace("「", "“").replace("」", "”")
    return _done(doc, t)


def op_blank_between_ai(doc):
    """An empty line between every two non-empty lines (existing empty lines collapsed)."""
    ls = [ln for ln in doc.lines if ln.strip()]
    return _done(doc, "\n\n".join(ls) + ("\n" if doc.text.endswith("\n") else ""))


# ---------------------------------------------------------------- pairs
def op_pair_strip_ai(doc, key, a_tpl, strip_rx, salt="ai"):
    """Pair: A a paragraph inserted at the end of the part (or the measures when the part is missing);
    B the same filled paragraph with strip_rx removed (so both carry the same figures otherwise)."""
    k = key if doc.has(key) else M
    if not doc.has(k):
        return None
    a = fmt(doc, a_tpl, salt)
    b = re.sub(strip_rx, "", a)
    if a == b:
        return None
    ex = () if k == FR else _excl(k)
    ra, rb = insert_para(doc, k, a, exclude=ex), insert_para(doc, k, b, exclude=ex)
    return (ra, rb) if ra and rb else None
