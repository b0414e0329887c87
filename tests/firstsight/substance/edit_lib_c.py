"""Extra wording-free operations for the third substance set (substance_edits_c*.py).

Built on edit_lib (unchanged).  Every operation takes its wording as an argument and locates what
it edits from the labels and from regexes of the text: no document line is hard-coded.
"""
import re

from edit_lib import (
    DONE,
    NUM_RX,
    PRINCIPAL,
    RE_ENUM,
    SUBHEAD_STYLES,
    TOPHEAD,
    append_to_part,
    fmt,
    map_paras,
    map_sentences,
    op_hollow,
    op_items_append,
    replace_body,
    sentences,
)

UNIT = "县镇区市乡省"


# ---------------------------------------------------------------- actors
def op_actor(doc, actor):
    """Give the acts of the 第一责任人 part to `actor` (also '我们'); eats a dangling unit prefix."""
    if not doc.has("first_responsible"):
        return None
    n = [0]

    def fn(t):
        t = t.replace("总书记", "\u0001")          # 习近平总书记 is no actor of the report
        t2, k = PRINCIPAL.subn(actor, t)
        n[0] += k
        t2 = re.sub("(" + re.escape(actor) + r")([、和及与]" + re.escape(actor) + ")+", r"\1", t2)
        # a dangling organ prefix before the new actor ("我镇我们", "党委我们", "县委、县政府我们") is dropped
        t2 = re.sub(r"(?:(?<=[^\u4e00-\u9fff])|^)(?:我|本)?[" + UNIT + r"]?(?:党委|委)?(?:、|和)?(?:[" + UNIT
                    + r"]?政府)?(?=" + re.escape(actor) + ")", "", t2)
        return t2.replace("\u0001", "总书记")
    lines = map_paras(doc, "first_responsible", fn, exclude=())
    if not n[0]:
        lines = map_paras(doc, "first_responsible", lambda t: actor + t.lstrip() if t.strip() else t,
                          exclude=(), lines=lines)
    return "\n".join(lines)


# ---------------------------------------------------------------- intentions
def _intentify(doc, s, marker):
    if not s.strip() or len(s.strip()) < 4:
        return s
    s = DONE.sub("", s).replace(f"{doc.year}年", f"{doc.ny}年")
    lead = s[: len(s) - len(s.lstrip())]
    body = s.lstrip()
    m = RE_ENUM.match(body)
    if m:
        return lead + body[: m.end()] + marker + body[m.end():]
    return lead + marker + body


def op_intent_sentences(doc, key, marker, only_figures=True):
    """Rewrite sentences of a part (the ones with figures, or all) as intentions: completion markers
    dropped, the report year moved to the next year, `marker` put before the predicate."""
    if not doc.has(key):
        return None
    hit = [0]
    exclude = ("first_responsible",) if key == "measures" else ()

    def fn(s):
        if only_figures and not (NUM_RX.search(s) or re.search(r"\d%", s)):
            return s
        if len(s.strip()) < 8:
            return s
        hit[0] += 1
        return _intentify(doc, s, marker)
    lines = map_sentences(doc, key, fn, exclude=exclude)
    if hit[0] < 2:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- insertions
def op_append(doc, key, text, salt=""):
    """Append a formatted sentence/paragraph to the last body piece of a part."""
    if not doc.has(key):
        return None
    return append_to_part(doc, key, fmt(doc, text, salt), exclude=() if key != "measures" else ("first_responsible",))


def op_pair_append(doc, key, a, b):
    """Pair: a vs b appended at the same place of a part (same salt: same figures)."""
    if not doc.has(key):
        return None
    return op_append(doc, key, a, "pair"), op_append(doc, key, b, "pair")


def op_pair_insert_measures(doc, a, b):
    from edit_lib import insert_para
    if not doc.has("measures"):
        return None
    return insert_para(doc, "measures", fmt(doc, a, "pair")), insert_para(doc, "measures", fmt(doc, b, "pair"))


# ---------------------------------------------------------------- causes
CAUSE_RX = r"原因|由于|究其|根源|根子|导致|造成|归结|因为|之所以|受制于|受限于|缘于|源于|制约"


def op_delete_sentences_in(doc, keys, pattern, min_hits=1):
    """Delete sentences matching pattern in the given parts (FR excluded from the measures)."""
    rx = re.compile(pattern)
    lines = list(doc.lines)
    hit = [0]
    for key in keys:
        if key not in doc.spans:
            continue

        def fn(s):
            if rx.search(s):
                hit[0] += 1
                return ""
            return s
        lines = map_sentences(doc, key, fn, ("first_responsible",) if key == "measures" else (), lines)
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


def op_cause_block(doc, intro, pool):
    """A separate cause paragraph after the problems: intro + one cause per problem (at least 2)."""
    if not doc.has("shortcomings"):
        return None
    body = "".join(fmt(doc, p, str(k)) for k, p in enumerate(pool))
    return op_append(doc, "shortcomings", intro + body)


def op_cause_block_pair_deleted(doc, intro, pool):
    """Pair: report with a cause paragraph (A) vs the same text after deleting its cause sentences (B)."""
    a = op_cause_block(doc, intro, pool)
    if a is None:
        return None
    from edit_lib import Doc
    da = Doc(doc.id, a, doc.labels, doc.kind)
    b = op_delete_sentences_in(da, ["shortcomings"], CAUSE_RX)
    if b is None:
        return None
    return a, b


# ---------------------------------------------------------------- plan
def op_plan_repeat(doc, prefix, keep_year=True, max_ratio=1.0):
    """Next-year plan made of this year's achievements (figures and all), each prefixed by `prefix`
    (继续/持续…): a plan that repeats the year's results is no plan."""
    if not doc.has("measures", "next_year"):
        return None
    n = len(doc.body_text("next_year", ()).replace("\n", ""))
    cand = []
    for i, c in doc.paras("measures"):
        for s in sentences(doc.lines[i][c:]):
            t = RE_ENUM.sub("", s.strip(), count=1).strip()
            if re.search(r"\d", t) and len(t) > 20:
                # the year's own result, restated as next year's task: completion marks and the
                # leading date dropped, the figures kept
                t = DONE.sub("", t)
                t = re.sub(r"^(?:在)?(?:" + str(doc.year) + r"年(?:度)?|今年|年内)[,，]?", "", t)
                cand.append(t)
    if len(cand) < 2:
        return None
    out, tot = [], 0
    cn = "一二三四五六七八九十"
    for k, t in enumerate(cand):
        if tot >= n * max_ratio or k >= 10:
            break
        if not keep_year:
            t = t.replace(f"{doc.year}年", f"{doc.ny}年")
        p = f"{cn[k]}是{prefix}{t}"
        out.append(p)
        tot += len(p)
    return replace_body(doc, "next_year", [fmt(doc, "{ny}年，我们将重点做好以下工作。")] + out, exclude=())


def op_hollow_part(doc, key, pool):
    return op_hollow(doc, pool, keys=(key,))


# ---------------------------------------------------------------- form-only edits (invariance)
FULL2HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
HALF2FULL = {v: k for k, v in FULL2HALF.items()}


def op_punct_width(doc, to="half"):
    table = FULL2HALF if to == "half" else HALF2FULL
    out = []
    for ln in doc.lines:
        if to == "full":
            # leave URLs, dates and times alone: only punctuation next to a CJK character
            ln = re.sub(r"(?<=[\u4e00-\u9fff\d）)”\"])([,:;!?])(?=\D)|(?<=[\u4e00-\u9fff])([()])|([()])(?=[\u4e00-\u9fff])",
                        lambda m: table[m.group(0)], ln)
        else:
            ln = "".join(table.get(ch, ch) for ch in ln)
        out.append(ln)
    t = "\n".join(out)
    return None if t == doc.text else t


CN = "一二三四五六七八九十"


def op_renumber(doc, style):
    """Sub-level line-start enumerators restyled: '（一）' -> '1.' (arabic_dot) or '（1）' (arabic_paren),
    or Arabic '1、' -> '（一）' (cn_paren).  Only lines inside the report's parts."""
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    lines = list(doc.lines)
    # the target style must be free in the report, or two levels would share one style (a real defect)
    taken = {"arabic_dot": r"^\s*\d{1,2}[、.．](?!\d)", "arabic_paren": r"^\s*[（(]\d{1,2}[）)]",
             "cn_paren": r"^\s*[（(][" + CN + r"][）)]"}[style]
    if any(re.match(taken, lines[i]) for i in range(first, last)):
        return None
    hit = 0
    for i in range(first, last):
        ln = lines[i]
        if style in ("arabic_dot", "arabic_paren"):
            m = re.match(r"^(\s*)[（(]([" + CN + r"])[）)]\s*", ln)
            if m:
                n = CN.index(m.group(2)) + 1
                lab = f"{n}." if style == "arabic_dot" else f"（{n}）"
                lines[i] = m.group(1) + lab + ln[m.end():]
                hit += 1
        elif style == "cn_paren":
            m = re.match(r"^(\s*)(\d{1,2})[、.．]\s*(?!\d)", ln)
            if m and 1 <= int(m.group(2)) <= 10:
                lines[i] = m.group(1) + f"（{CN[int(m.group(2)) - 1]}）" + ln[m.end():]
                hit += 1
    if not hit:
        return None
    return "\n".join(lines)


def op_heading_words(doc, subs):
    """Reword the headings of the parts with synonymous standard wordings [(regex, repl)]."""
    lines = list(doc.lines)
    hit = 0
    for sp in doc.spans.values():
        i = sp.start
        ln = lines[i]
        head, tail = ln[: sp.col], ln[sp.col:]
        for rx, rep in subs:
            h2 = re.sub(rx, rep, head, count=1)
            if h2 != head:
                head = h2
                hit += 1
                break
        lines[i] = head + tail
    if not hit:
        return None
    return "\n".join(lines)


def op_split_paragraph(doc, key="measures"):
    """Split the longest body paragraph of a part in two at the sentence boundary nearest its middle."""
    if not doc.has(key):
        return None
    ps = [(i, c) for i, c in doc.paras(key) if c == 0 and len(doc.lines[i]) > 120]
    if not ps:
        return None
    i, _ = max(ps, key=lambda p: len(doc.lines[p[0]]))
    ln = doc.lines[i]
    indent = re.match(r"^\s*", ln).group(0)
    cuts = [m.end() for m in re.finditer(r"。", ln) if m.end() < len(ln.rstrip())]
    if not cuts:
        return None
    cut = min(cuts, key=lambda x: abs(x - len(ln) / 2))
    blank, _ = doc._style(key)
    lines = list(doc.lines)
    lines[i:i + 1] = [ln[:cut]] + ([""] if blank else []) + [indent + ln[cut:].lstrip()]
    return "\n".join(lines)


def op_blank_lines(doc, mode):
    """Remove every blank line inside the report ('remove') or put one after every line ('add')."""
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    pre, mid, post = doc.lines[:first], doc.lines[first:last], doc.lines[last:]
    if mode == "remove":
        new = [ln for ln in mid if ln.strip()]
    else:
        new = []
        for ln in mid:
            if ln.strip():
                new += [ln, ""]
        new = new[:-1] if new and new[-1] == "" else new
    if new == mid:
        return None
    return "\n".join(pre + new + post)


__all__ = [
    "CAUSE_RX",
    "SUBHEAD_STYLES",
    "TOPHEAD",
    "op_actor",
    "op_append",
    "op_blank_lines",
    "op_cause_block",
    "op_cause_block_pair_deleted",
    "op_delete_sentences_in",
    "op_heading_words",
    "op_hollow_part",
    "op_intent_sentences",
    "op_items_append",
    "op_pair_append",
    "op_pair_insert_measures",
    "op_plan_repeat",
    "op_punct_width",
    "op_renumber",
    "op_split_paragraph",
]
