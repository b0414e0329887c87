"""Operations for the eighth substance set (substance_edits_h*.py), built on edit_lib, edit_lib_c …
edit_lib_g (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (
    NUM_RX,
    RE_ENUM,
    SUBHEAD_STYLES,
    TOPHEAD,
    Doc,
    edit_items,
    fill,
    fmt,
    insert_para,
    item_keyphrase,
    map_paras,
    map_sentences,
    replace_body,
    shortcoming_keyphrases,
)
from edit_lib_c import op_append, op_cause_block
from edit_lib_d import CN, FR
from edit_lib_e import _region


def _excl(key):
    return (FR,) if key == "measures" else ()


# ---------------------------------------------------------------- who acted
def op_pair_who(doc, key, tpl, who_a, who_b):
    """Pair: the same act appended to a part with {who} = who_a vs {who} = who_b (both formatted, so
    '{head}' or '{lead}' may be used); same salt, so the same figures."""
    if not doc.has(key):
        return None
    a = op_append(doc, key, tpl.replace("{who}", who_a), "pair")
    b = op_append(doc, key, tpl.replace("{who}", who_b), "pair")
    return a, b


# ---------------------------------------------------------------- results turned into processes
def _topic(s):
    """The work a counted sentence is about: its text up to the first digit, without the year, the
    enumerator and adverbs of totals ('2024年共办理行政复议案件12件' -> '办理行政复议案件')."""
    t = RE_ENUM.sub("", s.strip(), count=1)
    t = re.sub(r"^\d{4}年(?:\d{1,2}月)?(?:以来|全年|度)?[,，]?", "", t)
    t = re.split(r"\d", t, maxsplit=1)[0]
    t = re.sub(r"^(?:全年|今年|年内|本年度|当年)[,，]?", "", t)
    t = re.sub(r"(?:共计|累计|合计|共|达|达到|计|约|近|超过)$", "", t)
    t = t.split("，")[-1].split(",")[-1].strip("，,。；;：: ")
    t = re.sub(r"^(?:共计|累计|先后|共|已|全年|并|还|同时)", "", t)
    return t


def op_result_to_process(doc, tpl, min_hits=2):
    """Each counted sentence of the measures (a result) replaced by a process about the same work
    (tpl with <t> = the work, e.g. '围绕<t>，召开专题会议进行研究。'): the meeting, not the outcome."""
    if not doc.has("measures"):
        return None
    hit = [0]

    def fn(s):
        if not NUM_RX.search(s) or len(s.strip()) < 12:
            return s
        t = _topic(s)
        if not (3 <= len(t) <= 24):
            return s
        hit[0] += 1
        lead = s[: len(s) - len(s.lstrip())]
        return lead + fmt(doc, tpl, str(hit[0])).replace("<t>", t)
    lines = map_sentences(doc, "measures", fn)
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- figures in Chinese numerals
_D = "零" + CN[:9]


def cn_int(n):
    """An integer below 100,000 in Chinese numerals (12 -> 十二, 105 -> 一百零五, 2000 -> 两千 is not
    used: 二千)."""
    if n == 0:
        return "零"
    units = ["", "十", "百", "千", "万"]
    ds = [int(c) for c in str(n)]
    out, zero = "", False
    for k, d in enumerate(ds):
        pos = len(ds) - 1 - k
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += _D[d] + units[pos]
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_number(s):
    if "." in s:
        a, b = s.split(".", 1)
        return cn_int(int(a)) + "点" + "".join(_D[int(c)] for c in b)
    return cn_int(int(s))


def op_cn_numerals(doc, keys=("measures",), min_hits=2):
    """Every count and percentage of the given parts written in Chinese numerals ('12件' -> '十二件',
    '98%' -> '百分之九十八', 2 before a measure word -> '两'): the same data in another script."""
    lines = list(doc.lines)
    hit = [0]

    def fn(t):
        def rep(m):
            if len(m.group(1).split(".")[0]) > 5:
                return m.group(0)
            hit[0] += 1
            if m.group(3) == "%":
                return "百分之" + cn_number(m.group(1))
            num = "两" if m.group(1) == "2" else cn_number(m.group(1))
            return num + m.group(3)
        return NUM_RX.sub(rep, t)
    for key in keys:
        if doc.has(key):
            lines = map_paras(doc, key, fn, _excl(key), lines, skip_headings=False)
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


def op_cn_year(doc):
    """Years written in Chinese numerals throughout the parts ('2024年' -> '二〇二四年')."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = re.sub(r"(?<!\d)(20\d\d)(?=年)", lambda m: "".join(("〇" + CN[:9])[int(c)] for c in m.group(1)),
                     lines[i])
        hit += new != lines[i]
        lines[i] = new
    return "\n".join(lines) if hit else None


# ---------------------------------------------------------------- the 不足 part
def op_items_kp(doc, tpls):
    """Each problem item replaced by a template around its own key phrase ({kp}), enumerator kept."""
    if not doc.has("shortcomings"):
        return None

    def fn(item, k):
        m = RE_ENUM.match(item)
        pre = item[: m.end()] if m else ""
        kp = item_keyphrase(item)
        if len(kp) < 3:
            return item
        return pre + fmt(doc, tpls[k % len(tpls)], str(k)).replace("<kp>", kp)
    t = edit_items(doc, fn)
    return None if t is None or t == doc.text else t


def op_pair_cause_blocks(doc, intro, pool_a, pool_b):
    """Pair: a cause paragraph after the problems with causes A vs causes B (same intro)."""
    a, b = op_cause_block(doc, intro, pool_a), op_cause_block(doc, intro, pool_b)
    if a is None or b is None:
        return None
    return a, b


# ---------------------------------------------------------------- plans
def _kps(doc, limit=4):
    return [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:limit]


def op_plan_from_problems(doc, tpls):
    """The plan replaced by one item per stated problem (template with <kp>)."""
    if not doc.has("shortcomings", "next_year"):
        return None
    kps = _kps(doc)
    if not kps:
        return None
    items = [f"{CN[j]}是" + fmt(doc, tpls[j % len(tpls)], str(j)).replace("<kp>", kp) for j, kp in enumerate(kps)]
    return replace_body(doc, "next_year", items, exclude=())


def op_plan_all_vs_one(doc, tpls, slogans):
    """Pair: a plan answering every stated problem (A) vs one answering only the first, the other items
    slogans of about the same length (B).  Needs at least 2 problems."""
    if not doc.has("shortcomings", "next_year"):
        return None
    kps = _kps(doc)
    if len(kps) < 2:
        return None
    a = [f"{CN[j]}是" + fmt(doc, tpls[j % len(tpls)], str(j)).replace("<kp>", kp) for j, kp in enumerate(kps)]
    b = [a[0]] + [f"{CN[j]}是" + fmt(doc, slogans[(j - 1) % len(slogans)], str(j)) for j in range(1, len(kps))]
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


# ---------------------------------------------------------------- padding
def op_preamble(doc, paras):
    """A background preamble (several paragraphs) put at the start of the measures part's body."""
    if not doc.has("measures"):
        return None
    t = doc
    for p in reversed(paras):
        txt = insert_para(t, "measures", fmt(doc, p, "pre"), exclude=_excl("measures"), where="start")
        if txt is None:
            return None
        t = Doc(doc.id, txt, _shift_labels(t, doc.spans["measures"].start, txt), doc.kind)
    return t.text


def _shift_labels(doc, after, new_text):
    """Labels with line numbers after `after` moved by the number of lines the edit added."""
    delta = len(new_text.split("\n")) - len(doc.lines)
    secs = {}
    for k, v in doc.labels.get("sections", {}).items():
        v = dict(v)
        if isinstance(v.get("line"), int) and v["line"] - 1 > after:
            v["line"] += delta
        secs[k] = v
    return dict(doc.labels, sections=secs)


def op_repeat_part(doc, key, intro=""):
    """Every body paragraph of a part written a second time at the end of the part (an optional
    intro sentence before the first copy): the same work reported twice."""
    if not doc.has(key):
        return None
    ps = [doc.lines[i][c:].strip() for i, c in doc.paras(key, _excl(key))]
    ps = [p for p in ps if len(p) >= 30]
    if len(ps) < 2:
        return None
    sp = doc.spans[key]
    blank, indent = doc._style(key)
    last = max(i for i, _ in doc.paras(key, _excl(key), skip_headings=False))
    ins = []
    for j, p in enumerate(ps):
        if blank:
            ins.append("")
        ins.append(indent + (fmt(doc, intro) if j == 0 and intro else "") + p)
    lines = list(doc.lines)
    lines[last + 1:last + 1] = ins
    del sp
    return "\n".join(lines)


# ---------------------------------------------------------------- order and headings (form)
def _blocks(doc, key):
    """The part's sub-sections as line ranges, each opening at a line-start enumerator of the part's
    most used style; (head_end, blocks) or None if fewer than 3."""
    sp = doc.spans[key]
    if sp.col < len(doc.lines[sp.start]):
        return None
    # the outermost level: of the styles with at least 3 line starts, the one that opens first
    best = None
    for st in SUBHEAD_STYLES:
        starts = [i for i in range(sp.start + 1, sp.end) if st.match(doc.lines[i])]
        if len(starts) >= 3 and (best is None or starts[0] < best[0]):
            best = starts
    if best is None:
        return None
    if any(TOPHEAD.match(doc.lines[i]) for i in range(best[0], sp.end)):
        return None  # a part spanning several top-level sections: its order is not one list
    end = sp.end
    while end - 1 > best[-1] and not doc.lines[end - 1].strip():
        end -= 1
    bl = [(a, best[k + 1] if k + 1 < len(best) else end) for k, a in enumerate(best)]
    return best[0], bl, end


def op_reverse_blocks(doc, key="measures"):
    """The part's sub-sections (each with its enumerated heading and paragraphs) put in reverse order;
    their enumerators keep their places (the first sub-section stays numbered 一), so only the order of
    the work changes."""
    if not doc.has(key):
        return None
    r = _blocks(doc, key)
    if r is None:
        return None
    first, bl, end = r
    chunks = [doc.lines[a:b] for a, b in bl]
    enums = []
    for c in chunks:
        m = RE_ENUM.match(c[0].lstrip())
        enums.append(m.group(0) if m else "")
    new = []
    for k, c in enumerate(reversed(chunks)):
        c = list(c)
        lead = c[0][: len(c[0]) - len(c[0].lstrip())]
        body = c[0].lstrip()
        m = RE_ENUM.match(body)
        if m and enums[k]:
            body = enums[k] + body[m.end():]
        c[0] = lead + body
        new.extend(c)
    lines = list(doc.lines)
    lines[first:end] = new
    t = "\n".join(lines)
    return None if t == doc.text else t


def _section_lines(doc, key):
    sp = doc.spans[key]
    if sp.embedded or sp.col < len(doc.lines[sp.start]) or not TOPHEAD.match(doc.lines[sp.start]):
        return None
    return sp.start, sp.end


def op_swap_sections(doc, k1="shortcomings", k2="next_year"):
    """Two adjacent top-level parts swapped (the plan before the problems), with their enumerators
    ('三、' '四、') left in place."""
    if not doc.has(k1, k2):
        return None
    a, b = _section_lines(doc, k1), _section_lines(doc, k2)
    if a is None or b is None or a[1] != b[0]:
        return None
    lines = list(doc.lines)
    e1 = TOPHEAD.match(lines[a[0]]).group(0)
    e2 = TOPHEAD.match(lines[b[0]]).group(0)
    A, B = lines[a[0]:a[1]], lines[b[0]:b[1]]
    A[0] = e2 + A[0][len(e1):]
    B[0] = e1 + B[0][len(e2):]
    # keep the blank lines between the parts where they were
    while A and not A[-1].strip():
        A.pop()
        B.append("")
    lines[a[0]:b[1]] = B + A
    return "\n".join(lines)


def op_merge_headings(doc, title, k1="shortcomings", k2="next_year"):
    """Two adjacent top-level parts under one heading: k1's heading becomes its enumerator + `title`
    (formatted, e.g. '存在的不足及{ny}年工作打算'), k2's heading line is deleted; every body kept."""
    if not doc.has(k1, k2):
        return None
    a, b = _section_lines(doc, k1), _section_lines(doc, k2)
    if a is None or b is None or a[1] != b[0]:
        return None
    lines = list(doc.lines)
    e1 = TOPHEAD.match(lines[a[0]]).group(0)
    lines[a[0]] = e1 + fmt(doc, title)
    del lines[b[0]]
    # renumber later top-level headings (四、 -> 三、 …)
    for i in range(b[0], len(lines)):
        m = TOPHEAD.match(lines[i])
        if m:
            n = m.group(0).strip().rstrip("、")
            if n in CN and CN.index(n) > 0:
                lines[i] = lines[i][: m.start()] + lines[i][m.start():].replace(n + "、", CN[CN.index(n) - 1] + "、", 1)
    return "\n".join(lines)


# ---------------------------------------------------------------- a complete but hollow report
def op_hollow_report(doc, pools, keys=("measures", FR, "shortcomings", "next_year")):
    """Every body paragraph of every part replaced by stock text of the same length (pools[key]),
    sub-headings kept: every part is there, none says anything (no figures, named documents, acts,
    fixable causes or dated tasks).  Needs all four parts."""
    if not all(doc.has(k) for k in keys):
        return None
    lines = list(doc.lines)
    for key in keys:
        r = doc.rng("hollow-h" + key)

        def fn(t, key=key, r=r):
            n = len(t.strip())
            lead = t[: len(t) - len(t.lstrip())]
            txt = fill(pools[key], n, r)
            return lead + fmt(doc, txt, key)
        lines = map_paras(doc, key, fn, _excl(key), lines)
    t = "\n".join(lines)
    return None if t == doc.text else t


__all__ = [
    "cn_int",
    "cn_number",
    "op_cn_numerals",
    "op_cn_year",
    "op_hollow_report",
    "op_items_kp",
    "op_merge_headings",
    "op_pair_cause_blocks",
    "op_pair_who",
    "op_plan_all_vs_one",
    "op_plan_from_problems",
    "op_preamble",
    "op_repeat_part",
    "op_result_to_process",
    "op_reverse_blocks",
    "op_swap_sections",
]
