"""Operations for the seventh substance set (substance_edits_g*.py), built on edit_lib, edit_lib_c,
edit_lib_d, edit_lib_e and edit_lib_f (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (
    NUM_RX,
    RE_ENUM,
    Doc,
    fmt,
    insert_para,
    map_paras,
    replace_body,
    sentences,
    shortcoming_keyphrases,
)
from edit_lib_c import op_append
from edit_lib_d import CN, FR, op_insert
from edit_lib_e import _region

LEVELS = ("township", "county", "city", "province", "department")


# ---------------------------------------------------------------- wording chosen by the report's level
def op_insert_by_level(doc, key, by_level):
    """A paragraph whose wording depends on the issuer's level (a township's 镇长 does other things than
    a department's 局长): by_level maps a level (or "other") to a wording; None if none fits."""
    para = by_level.get(doc.level, by_level.get("other"))
    if para is None:
        return None
    return op_insert(doc, key, para, "lvl")


def op_actor_by_level(doc, by_level):
    """The 第一责任人 part's acts given to an actor chosen by level (e.g. the secretaries of the bodies
    below: 村党组织书记 in a township, 乡镇党委书记 in a county)."""
    from edit_lib_c import op_actor
    actor = by_level.get(doc.level, by_level.get("other"))
    if actor is None:
        return None
    return op_actor(doc, actor)


def op_actor_dept(doc, suffix=""):
    """The 第一责任人 part's acts given to the report's own rule-of-law department (镇司法所, 县司法局 …),
    with an optional suffix (负责人 …)."""
    from edit_lib_c import op_actor
    return op_actor(doc, doc.dept + suffix)


def op_pair_actor_dept(doc, key, tpl):
    """Pair: the same act with {who} = the principal ({head}) vs {who} = the rule-of-law department."""
    if not doc.has(key):
        return None
    a = op_append(doc, key, tpl.replace("{who}", doc.head), "pair")
    b = op_append(doc, key, tpl.replace("{who}", doc.dept), "pair")
    return a, b


# ---------------------------------------------------------------- figures
def op_strip_figures(doc, key, word, min_hits=3):
    """Every count of a part (number + unit, percentages) replaced by a vague quantifier (`word` + the
    unit), and every date (2024年3月, 12月) deleted: the same work, no data."""
    if not doc.has(key):
        return None
    n = [0]

    def fn(t):
        def rep(m):
            n[0] += 1
            return word + ("" if m.group(3) == "%" else m.group(3).lstrip("余"))
        t = NUM_RX.sub(rep, t)
        t, k = re.subn(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|底|初|内)?[,，]?|(?<!\d)\d{1,2}月(?:\d{1,2}日)?(?:份)?", "", t)
        n[0] += k
        return t
    lines = map_paras(doc, key, fn, ("first_responsible",) if key == "measures" else ())
    if n[0] < min_hits:
        return None
    return "\n".join(lines)


def op_pair_unit_year(doc, key, tpl):
    """Pair: a paragraph with {y}年 and counts with units (A) vs the same numbers with no unit and no
    year (B: '{y}年' and the unit words dropped).  The template marks units as [件] and the year as {y}年."""
    if not doc.has(key):
        return None
    a = tpl.replace("[", "").replace("]", "")
    b = re.sub(r"\[[^\]]*\]", "", tpl).replace("{y}年", "")
    return op_insert(doc, key, a, "pair"), op_insert(doc, key, b, "pair")


# ---------------------------------------------------------------- the 不足 part
def op_items_formula(doc, suffixes):
    """Each problem item cut down to its key phrase + a stock verdict ('…有待加强'): the problem is named
    but nothing about it is said (no fact, no count, no example)."""
    if not doc.has("shortcomings"):
        return None
    from edit_lib import edit_items, item_keyphrase

    def fn(item, k):
        m = RE_ENUM.match(item)
        pre = item[: m.end()] if m else ""
        kp = item_keyphrase(item)
        if len(kp) < 3:
            return item
        return pre + kp + suffixes[k % len(suffixes)]
    t = edit_items(doc, fn)
    return None if t is None or t == doc.text else t


def op_pair_triplet(doc, a, b):
    """Pair: (problem, cause, plan item) A vs (problem, cause, plan item) B: each problem + cause is
    appended to the 不足 part and its plan item added to the plan."""
    if not doc.has("shortcomings", "next_year"):
        return None
    out = []
    for problem, cause, fix in (a, b):
        t = op_append(doc, "shortcomings", problem + cause, "trip")
        if t is None:
            return None
        d2 = Doc(doc.id, t, doc.labels, doc.kind)
        if not d2.has("next_year"):
            return None
        t2 = insert_para(d2, "next_year", fmt(doc, fix, "trip"), exclude=())
        if t2 is None:
            return None
        out.append(t2)
    return out[0], out[1]


# ---------------------------------------------------------------- plans that restate the year's work
def measure_titles(doc, limit=8):
    """The measures' own item titles: the short lead sentence after an enumerator ('一是完善合法性审查工作。',
    '（二）着眼流程规范，推进依法决策'), enumerator dropped."""
    if not doc.has("measures"):
        return []
    sp = doc.spans["measures"]
    ex = set()
    if FR in doc.spans and FR != "measures":
        es = doc.spans[FR]
        if es.start > sp.start or es.embedded:
            ex.update(range(es.start, es.end))
    out = []
    for i in range(sp.start + 1, sp.end):
        if i in ex:
            continue
        ln = doc.lines[i].strip()
        for m in RE_ENUM.finditer(ln):
            if m.start() and ln[m.start() - 1] not in "。；;：: ":
                continue
            rest = ln[m.end():].lstrip()
            t = re.split(r"[。；;]", rest, maxsplit=1)[0].strip(" ，,")
            if 4 <= len(t) <= 30 and t not in out:
                out.append(t)
            if len(out) >= limit:
                return out
    return out


def op_plan_restate(doc, prefixes, limit=6):
    """The plan made of the measures' own item titles, each behind a stock verb ('继续…'): a plan that
    only says the year's work goes on.  None if the measures have fewer than 2 titles."""
    if not doc.has("measures", "next_year"):
        return None
    ts = measure_titles(doc, limit)
    if len(ts) < 2:
        return None
    items = [f"{CN[j]}是" + fmt(doc, prefixes[j % len(prefixes)], str(j)).replace("<t>", t) for j, t in enumerate(ts)]
    return replace_body(doc, "next_year", items, exclude=())


def op_pair_plan_answer_vs_restate(doc, tpls, prefixes):
    """Pair: one dated item per stated problem (A) vs the measures' titles restated behind stock verbs (B),
    B cut to about A's length."""
    if not doc.has("measures", "shortcomings", "next_year"):
        return None
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:4]
    ts = measure_titles(doc, 8)
    if not kps or len(ts) < 2:
        return None
    a = [fmt(doc, f"{CN[j]}是" + tpls[j % len(tpls)].replace("{kp}", kp), str(j)) for j, kp in enumerate(kps)]
    n = sum(len(x) for x in a)
    b, tot = [], 0
    for j, t in enumerate(ts):
        if tot >= n:
            break
        b.append(f"{CN[j]}是" + fmt(doc, prefixes[j % len(prefixes)], str(j)).replace("<t>", t))
        tot += len(b[-1])
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


# ---------------------------------------------------------------- the 第一责任人 part's concrete acts
ACT_RX = (r"\d|主持|听取|专题研究|研究部署|带头|述法|旁听|召开|督办|批示|带队|出庭|审议|签批|约谈|讲授|讲法|"
          r"调研|部署|推动|协调|过问|组织")


def op_fr_keep_duties(doc, min_hits=1):
    """The 第一责任人 part's sentences that report an act (a count, a date, or an act verb: 主持, 听取,
    专题研究 …) deleted; the sentences that only state duties or attitudes stay."""
    if not doc.has(FR):
        return None
    rx = re.compile(ACT_RX)
    hit = [0]

    def per_para(t):
        out = []
        for s in sentences(t):
            st = s.strip()
            if len(st) > 30 and rx.search(st) and not (RE_ENUM.match(st) and len(st) <= 30):
                hit[0] += 1
                continue
            out.append(s)
        return "".join(out)
    lines = map_paras(doc, FR, per_para, exclude=())
    if hit[0] < min_hits:
        return None
    t = "\n".join(lines)
    return None if t == doc.text else t


# ---------------------------------------------------------------- repeated content
def op_dup_richest(doc, key="measures"):
    """The part's paragraph with most figures repeated verbatim at the end of the part: the same work
    reported twice."""
    if not doc.has(key):
        return None
    best = None
    for i, c in doc.paras(key, ("first_responsible",) if key == "measures" else ()):
        body = doc.lines[i][c:].strip()
        n = len(NUM_RX.findall(body))
        if len(body) >= 60 and n >= 1 and (best is None or n > best[1]):
            best = (body, n)
    if best is None:
        return None
    body = RE_ENUM.sub("", best[0], count=1)
    return insert_para(doc, key, body, exclude=("first_responsible",) if key == "measures" else ())


# ---------------------------------------------------------------- form-only edits (invariance)
def op_comma_space(doc):
    """Full-width ，；： written as ASCII ', ' '; ' ': ' (a comma and a space), as text typed with an
    English input method; where the text already has ASCII ,;: before a CJK character, a space is put
    after them."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = lines[i].replace("，", ", ").replace("；", "; ").replace("：", ": ")
        new = re.sub(r"([,;:])(?=[\u4e00-\u9fff“])", r"\1 ", new)
        hit += new != lines[i]
        lines[i] = new
    return "\n".join(lines) if hit else None


def op_lead_bold(doc):
    """A paragraph's lead sentence after its enumerator ('一是完善合法性审查工作。') wrapped in Markdown
    bold markers, as a Markdown export of a Word file shows bold lead-ins."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        ln = lines[i]
        m = re.match(r"^(\s*)((?:[" + CN + r"]+是|[（(][" + CN + r"]+[）)]|\d{1,2}[、.．])[^。；;]{2,28}[。；;]?)", ln)
        if m and len(ln) > len(m.group(0)) + 10:
            lines[i] = m.group(1) + "**" + m.group(2) + "**" + ln[m.end():]
            hit += 1
    return "\n".join(lines) if hit else None


def op_bom_crlf(doc):
    """A byte-order mark and Windows line ends together (a file saved by an old Windows editor)."""
    return "\ufeff" + doc.text.replace("\n", "\r\n")


def op_enum_halfparen(doc):
    """Line-start enumerators '（一）' written with ASCII parentheses '(一)' (and the reverse where a
    report already uses ASCII ones)."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        ln = lines[i]
        m = re.match(r"^(\s*)（([" + CN + r"]+)）", ln)
        if m:
            lines[i] = m.group(1) + "(" + m.group(2) + ")" + ln[m.end():]
            hit += 1
            continue
        m = re.match(r"^(\s*)\(([" + CN + r"]+)\)", ln)
        if m:
            lines[i] = m.group(1) + "（" + m.group(2) + "）" + ln[m.end():]
            hit += 1
    return "\n".join(lines) if hit else None


def op_zero_width(doc):
    """A zero-width space (U+200B) after every comma and full stop, as text copied from some web
    editors carries."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = re.sub(r"([，。,])", "\\1\u200b", lines[i])
        hit += new != lines[i]
        lines[i] = new
    return "\n".join(lines) if hit else None


def op_sentence_lines(doc, key="measures"):
    """Each long paragraph of a part broken after every full stop, one sentence a line (a hard line
    break per sentence, as a PDF copy can give), indentation kept on the first line only."""
    if not doc.has(key):
        return None
    out = list(doc.lines)
    hit = 0
    for i, c in sorted(doc.paras(key, ("first_responsible",) if key == "measures" else ()), reverse=True):
        if c:
            continue
        ln = out[i]
        ss = [s for s in re.split(r"(?<=。)", ln) if s.strip()]
        if len(ss) < 3 or len(ln) < 120:
            continue
        out[i:i + 1] = ss
        hit += 1
    return "\n".join(out) if hit else None


def op_paren_ideographs(doc):
    """Line-start enumerators '（一）'…'（十）' written as the single parenthesised ideographs ㈠…㈩
    (U+3220…U+3229), as some Word numbering lists export them."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        m = re.match(r"^(\s*)[（(]([" + CN + r"])[）)]", lines[i])
        if m:
            lines[i] = m.group(1) + chr(0x3220 + CN.index(m.group(2))) + lines[i][m.end():]
            hit += 1
    return "\n".join(lines) if hit else None


def op_prime_quotes(doc):
    """Chinese curly quotes (“…”) written as double-prime quotation marks (〝…〞, U+301D/U+301E)."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = lines[i].replace("“", "\u301d").replace("”", "\u301e")
        hit += new != lines[i]
        lines[i] = new
    return "\n".join(lines) if hit else None


__all__ = [
    "ACT_RX",
    "LEVELS",
    "measure_titles",
    "op_actor_by_level",
    "op_actor_dept",
    "op_bom_crlf",
    "op_comma_space",
    "op_dup_richest",
    "op_enum_halfparen",
    "op_fr_keep_duties",
    "op_insert_by_level",
    "op_items_formula",
    "op_lead_bold",
    "op_pair_actor_dept",
    "op_pair_plan_answer_vs_restate",
    "op_pair_triplet",
    "op_pair_unit_year",
    "op_paren_ideographs",
    "op_plan_restate",
    "op_prime_quotes",
    "op_sentence_lines",
    "op_strip_figures",
    "op_zero_width",
]
