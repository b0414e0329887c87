"""Operations for the fifteenth substance set (substance_pool_o.py, substance_edits_o*.py), built on
edit_lib, edit_lib_d … edit_lib_n (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, SUBHEAD_STYLES, TOPHEAD, insert_para, map_paras, opening_index
from edit_lib_d import CN as CNUM
from edit_lib_d import FR
from edit_lib_h import _blocks
from edit_lib_l import _done, _excl
from edit_lib_n import fmt_n



def _cn(n):
    if n <= 10:
        return CNUM[n - 1]
    if n < 20:
        return "十" + CNUM[n - 11]
    return str(n)


def _cn_val(s):
    if s in CNUM:
        return CNUM.index(s) + 1
    if len(s) == 2 and s[0] == "十":
        return 10 + CNUM.index(s[1]) + 1
    return None


def fmt_o(doc, s, salt):
    """fmt_n (same figures on both sides of a pair) plus ny2/ny3: the years after next."""
    s = s.replace("{ny2}", str(doc.year + 2)).replace("{ny3}", str(doc.year + 3))
    return fmt_n(doc, s, "o|" + salt)


def op_pair_para_o(doc, key, a, b, where="end"):
    if not doc.has(key):
        return None
    ex = _excl(key)
    ra = insert_para(doc, key, fmt_o(doc, a, key), exclude=ex, where=where)
    rb = insert_para(doc, key, fmt_o(doc, b, key), exclude=ex, where=where)
    return ra, rb


def op_pad_para_o(doc, key, para, where="end"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_o(doc, para, "pad" + key), exclude=_excl(key), where=where)


def _map_parts(doc, fn, keys=("measures", FR)):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=False)
    return lines


# ---------------------------------------------------------------- invariance (form only)
def short_name(doc):
    """The issuer's own place name (人民政府 dropped, the places above it dropped): 保和镇, 新县."""
    iss = doc.labels.get("issuer")
    if isinstance(iss, list):
        iss = iss[0] if iss else None
    if not iss:
        return None
    iss = re.sub(r"(人民政府|政府|党委|委员会)$", "", str(iss).strip())
    m = re.search(r"[\u4e00-\u9fa5]{1,5}?[县镇市区乡旗]$", iss)
    if m:
        # the last place: cut after the last level character before it
        name = m.group(0)
        k = max(name.rfind(c, 0, len(name) - 1) for c in "省市县区")
        return name[k + 1:] if k >= 2 and len(name) - k - 1 >= 2 else name
    return None


def op_third_person(doc, min_hits=2):
    """The measures and FR part told in the third person: 我们 and 我镇/我县… (the issuer's own level only)
    written with the issuer's place name (新浦镇).  Same facts, same issuer."""
    name = short_name(doc)
    if not name:
        return None
    rx = re.compile("我们|我" + name[-1] + "(?!们)")
    n = [0]

    def fn(t):
        t2, k = rx.subn(name, t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_swap_two_blocks(doc, key="measures"):
    """Two adjacent sub-parts of the measures (each with its heading and paragraphs; the first such pair
    that holds no other labelled part) exchanged; the enumerators stay in their places."""
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
    for j in range(len(bl) - 1):
        (a1, b1), (a2, b2) = bl[j], bl[j + 1]
        if other & set(range(a1, b2)):
            continue
        L = doc.lines

        def split_tail(a, b):
            e = b
            while e > a and not L[e - 1].strip():
                e -= 1
            return list(L[a:e]), list(L[e:b])
        c1, t1 = split_tail(a1, b1)
        c2, t2 = split_tail(a2, b2)
        m1, m2 = RE_ENUM.match(c1[0].lstrip()), RE_ENUM.match(c2[0].lstrip())
        if not m1 or not m2:
            continue
        e1, e2 = m1.group(0), m2.group(0)
        lead1 = c1[0][: len(c1[0]) - len(c1[0].lstrip())]
        lead2 = c2[0][: len(c2[0]) - len(c2[0].lstrip())]
        c1[0] = lead2 + e2 + c1[0].lstrip()[len(e1):]
        c2[0] = lead1 + e1 + c2[0].lstrip()[len(e2):]
        lines = list(L)
        lines[a1:b2] = c2 + t1 + c1 + t2
        return _done(doc, lines)
    return None


def op_fr_own_part(doc):
    """An FR part embedded as a sub-part of the measures moved out, as it stands, into a top-level part
    of its own right after the measures: its enumerator becomes the next top-level number, the later
    top-level parts and the measures' later sibling sub-parts are renumbered.  Same words."""
    if not doc.has("measures", FR):
        return None
    ms, fs = doc.spans["measures"], doc.spans[FR]
    if not fs.embedded or not (ms.start < fs.start and fs.end <= ms.end):
        return None
    L = doc.lines
    mtop = TOPHEAD.match(L[ms.start])
    head = L[fs.start].lstrip()
    em = RE_ENUM.match(head)
    if not mtop or not em:
        return None
    mnum = _cn_val(L[ms.start].strip().split("、")[0])
    if mnum is None:
        return None
    style = next((st for st in SUBHEAD_STYLES if st.match(head)), None)
    if style is None:
        return None
    # the FR block, heading line split from an inline body
    first = head[em.end():]
    col = fs.col - (len(L[fs.start]) - len(head)) - em.end()
    block = []
    if 0 < col < len(first) and len(first[col:].strip()) > 2:
        block = [_cn(mnum + 1) + "、" + first[:col].rstrip("。.：:，, "), first[col:].strip()]
    else:
        block = [_cn(mnum + 1) + "、" + first.strip().rstrip("。.")]
    block += list(L[fs.start + 1:fs.end])
    while block and not block[-1].strip():
        block.pop()
    if doc._style("measures")[0]:   # the report separates paragraphs by blank lines: so does the block
        block = [ln for k, ln in enumerate(block) if ln.strip() or (k and block[k - 1].strip())]
        block = [x for ln in block for x in ([ln, ""] if ln.strip() and ln is not block[-1] else [ln])]
        block = [ln for k, ln in enumerate(block) if ln.strip() or not (k and not block[k - 1].strip())]
        block = [""] + block + [""]
    fnum = None
    mm = re.match(r"[（(]?([" + CNUM + r"]+|\d+)", head[: em.end()])
    if mm:
        g = mm.group(1)
        fnum = int(g) if g.isdigit() else _cn_val(g.replace("是", ""))
    expect = [fnum + 1 if fnum else None]
    lines = []
    for i, ln in enumerate(L):
        if ms.end <= i and TOPHEAD.match(ln):
            v = _cn_val(ln.strip().split("、")[0])
            if v is not None:
                ln = ln.replace(ln.strip().split("、")[0] + "、", _cn(v + 1) + "、", 1)
        elif fs.end <= i < ms.end and fnum and style.match(ln):
            s = ln.lstrip()
            e = RE_ENUM.match(s)
            g = re.search(r"[" + CNUM + r"]+|\d+", e.group(0)) if e else None
            if g:
                v = int(g.group(0)) if g.group(0).isdigit() else _cn_val(g.group(0))
                if v and v == expect[0]:   # the next sibling; a restarted list ends the renumbering
                    expect[0] += 1
                    new = str(v - 1) if g.group(0).isdigit() else _cn(v - 1)
                    enum = e.group(0)[: g.start()] + new + e.group(0)[g.end():]
                    ln = ln[: len(ln) - len(s)] + enum + s[e.end():]
                else:
                    expect[0] = -1
        if fs.start <= i < fs.end:
            continue
        if i == ms.end:
            lines.extend(block)
        lines.append(ln)
    if ms.end >= len(L):
        lines.extend(block)
    return _done(doc, lines)


def op_drop_opening(doc):
    """The opening paragraph (the last long line before the first labelled part) deleted, with one blank
    line after it."""
    i = opening_index(doc)
    if i is None or i == 0:
        return None
    lines = list(doc.lines)
    j = i + 1 if i + 1 < len(lines) and not lines[i + 1].strip() else i
    del lines[i:j + 1]
    return _done(doc, lines)


# ---------------------------------------------------------------- directional: vaguer names
LAW_RX = re.compile(r"《(?!中国共产党)(?:中华人民共和国)?[^《》]{1,30}?(?:法|条例)》")


def _collapse(t, word):
    return re.sub(re.escape(word) + r"(?:[、和及与，,]" + re.escape(word) + r")+", word, t)


def op_generic_laws(doc, word, min_hits=2):
    """Every named law or regulation (《…法》, 《…条例》) of the measures and FR part replaced by a
    generic word; runs of it joined."""
    n = [0]

    def fn(t):
        t2, k = LAW_RX.subn(word, t)
        n[0] += k
        return _collapse(t2, word)
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


ORGANS = ("司法局|司法所|公安局|派出所|市场监督管理局|市场监管局|市场监管所|综合行政执法局|综合执法局|综合执法队|"
          "综合行政执法队|执法大队|执法中队|人社局|人力资源和社会保障局|财政局|财政所|自然资源局|自然资源所|"
          "生态环境局|住建局|住房和城乡建设局|交通运输局|农业农村局|应急管理局|应急管理办|卫健局|卫生健康局|"
          "教育局|信访局|信访办|党政办|政府办|法制办|法院|检察院|人民法院|人民检察院|税务局|城管局|水务局|民政局|"
          "规划所|国土所|党政综合办公室")
ORGAN_RX = re.compile(r"[县市区镇乡]?(?:" + ORGANS + ")")


def op_generic_organs(doc, word, min_hits=2):
    """Every named organ of the measures and FR part (县司法局, 镇司法所, 派出所 …) replaced by a generic
    word; runs of it joined."""
    n = [0]

    def fn(t):
        t2, k = ORGAN_RX.subn(word, t)
        n[0] += k
        return _collapse(t2, word)
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def _measure_sentences(doc, limit):
    out = []
    for i, c in doc.paras("measures", (FR,)):
        body = RE_ENUM.sub("", doc.lines[i][c:].strip(), count=1).lstrip("：:，, ")
        s = re.split(r"[。；;！!]", body, maxsplit=1)[0]
        s = re.sub(r"^(?:\d{4}年(?:以来|度|全年)?|今年以来|全年)[，,]?", "", s).strip("，, ")
        if len(s) >= 12:
            out.append(s)
        if len(out) >= limit:
            break
    return out


def op_plan_jixu_repeat(doc, verb, min_lines=1):
    """Every line of the plan body (items and sub-headings) replaced by `verb` + the lead sentence of a
    measures paragraph, in order: the plan repeats this year's work word for word (enumerators kept)."""
    if not doc.has("measures", "next_year"):
        return None
    ps = doc.paras("next_year", (), skip_headings=False)
    ps = [(i, c) for i, c in ps if not (i == doc.spans["next_year"].start and c >= len(doc.lines[i]))]
    src = _measure_sentences(doc, 30)
    if len(ps) < min_lines or not src:
        return None
    lines = list(doc.lines)
    for k, (i, c) in enumerate(ps):
        t = lines[i][c:]
        lead = t[: len(t) - len(t.lstrip())]
        e = RE_ENUM.match(t.lstrip())
        enum = e.group(0) if e else ""
        lines[i] = lines[i][:c] + lead + enum + verb + src[k % len(src)] + "。"
    return _done(doc, lines)


# ---------------------------------------------------------------- rounded figures
def _round(v):
    if v < 100:
        return int(round(v, -1))
    if v < 1000:
        return int(round(v, -2))
    p = len(str(int(v))) - 2
    return int(round(v, -p))


def op_round_figures(doc, word, min_hits=2):
    """Every count of 11 or more in the measures and FR part rounded (to tens below 100, hundreds below
    1,000, two significant figures above) behind `word` (约): 1,774 -> 约1800.  Percentages and small
    counts stay."""
    n = [0]

    def rep(m):
        if m.group(3) == "%" or "." in m.group(1):
            return m.group(0)
        v = int(m.group(1))
        if v < 11:
            return m.group(0)
        r = _round(v)
        if r == v:
            return m.group(0)
        n[0] += 1
        return word + str(r) + m.group(2) + m.group(3).lstrip("余")

    lines = _map_parts(doc, lambda t: NUM_RX.sub(rep, t))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


__all__ = ["FR", "fmt_o", "op_pair_para_o", "op_pad_para_o", "short_name", "op_third_person",
           "op_swap_two_blocks", "op_fr_own_part", "op_drop_opening", "op_generic_laws", "op_generic_organs",
           "op_plan_jixu_repeat", "op_round_figures"]
