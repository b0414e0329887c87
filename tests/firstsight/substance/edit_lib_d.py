"""Operations for the fourth substance set (substance_edits_d*.py), built on edit_lib and edit_lib_c.

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and locates what it edits from the corpus labels and from heading regexes (edit_lib.Doc):
no document line is hard-coded.  Stdlib only, except the traditional-script edit, which uses the
OpenCC package (`pip install opencc`) when it is importable and otherwise does not apply (None).
"""
import re

from edit_lib import (
    DONE,
    KEYS,
    NUM_RX,
    RE_ENUM,
    SUBHEAD_STYLES,
    TOPHEAD,
    fmt,
    insert_para,
    map_paras,
    map_sentences,
    replace_body,
    sentences,
    shortcoming_keyphrases,
)
from edit_lib_c import op_delete_sentences_in

FR = "first_responsible"
CN = "一二三四五六七八九十"


def _excl(key):
    return ("first_responsible",) if key == "measures" else ()


# ---------------------------------------------------------------- credited work: add / detail / remove
def op_insert(doc, key, para, salt=""):
    """A new paragraph at the end of a part's own body (the FR part is excluded from the measures)."""
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt(doc, para, salt), exclude=_excl(key))


def op_pair_insert(doc, key, a, b):
    """Pair: paragraph a vs paragraph b as a new paragraph at the same place (same salt: same figures)."""
    if not doc.has(key):
        return None
    return op_insert(doc, key, a, "pair"), op_insert(doc, key, b, "pair")


def op_detail_existing(doc, rx, sentence, keys=("measures", FR)):
    """More detail on an item the report already names: `sentence` appended to the first body
    paragraph (measures or FR part) that mentions the item (regex rx).  None if no paragraph does."""
    r = re.compile(rx)
    for key in keys:
        if not doc.has(key):
            continue
        for i, c in doc.paras(key, _excl(key)):
            body = doc.lines[i][c:]
            if r.search(body):
                lines = list(doc.lines)
                t = lines[i].rstrip()
                if t and t[-1] not in "。！!；;":
                    t += "。"
                lines[i] = t + fmt(doc, sentence, "detail")
                return "\n".join(lines)
    return None


def op_remove_item(doc, rx, min_hits=1):
    """Every sentence naming the item deleted from the reported work (measures and FR parts)."""
    return op_delete_sentences_in(doc, ["measures", FR], rx, min_hits=min_hits)


# ---------------------------------------------------------------- padding
def op_pad_each_part(doc, pool, min_parts=1):
    """A hollow paragraph (one item of pool per part, cycling) added at the end of every part present.
    Insertions run from the bottom of the document up, so that line numbers stay valid."""
    targets = []
    for k in KEYS:
        if not doc.has(k):
            continue
        ps = doc.paras(k, _excl(k), skip_headings=False)
        if ps:
            targets.append((ps[-1][0], k))
    if len(targets) < min_parts:
        return None
    lines = list(doc.lines)
    for j, (i, k) in enumerate(sorted(targets, reverse=True)):
        blank, indent = doc._style(k)
        para = fmt(doc, pool[j % len(pool)], k)
        lines[i + 1:i + 1] = ([""] if blank else []) + [indent + para]
    return "\n".join(lines)


def op_strip_sentences(doc, pred, keys=("measures", FR), min_hits=3):
    """Delete the sentences for which pred(sentence) is true (the substance), keep every other
    sentence (the padding).  None if fewer than min_hits sentences go."""
    lines = list(doc.lines)
    hit = [0]
    for key in keys:
        if not doc.has(key):
            continue

        def fn(s):
            if pred(s):
                hit[0] += 1
                return ""
            return s
        lines = map_sentences(doc, key, fn, _excl(key), lines)
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


def has_figure(s):
    """A sentence carrying a count, a rate or a date."""
    return bool(NUM_RX.search(s) or re.search(r"\d\s*%|\d{4}年|\d{1,2}月", s))


# ---------------------------------------------------------------- who and whether
def _is_title(s):
    """A sub-heading sentence ('（一）带头强化法治学习，筑牢思想根基。'): a title, not an act."""
    t = s.strip()
    return bool(RE_ENUM.match(t)) and len(t) <= 30


def _mark(doc, s, prefix, suffix, drop_done=True, year_forward=True):
    if not s.strip() or len(s.strip()) < 8 or _is_title(s):
        return s
    if drop_done:
        s = DONE.sub("", s)
    if year_forward:
        s = s.replace(f"{doc.year}年", f"{doc.ny}年")
    lead = s[: len(s) - len(s.lstrip())]
    body = s.lstrip()
    m = RE_ENUM.match(body)
    head = body[: m.end()] if m else ""
    body = body[m.end():] if m else body
    if re.search(r"\d{4}年", prefix):
        # the sentence's own leading date gives way to the date in the prefix
        body = re.sub(r"^(?:在)?" + str(doc.ny) + r"年(?:度)?[,，]?", "", body)
    if suffix:
        end = re.search(r"[。；;！!]?$", body)
        body = body[: end.start()] + suffix + (end.group(0) or "")
    return lead + head + prefix + body


def op_fr_modal(doc, prefix="", suffix="", drop_done=True, year_forward=True):
    """Every sentence of the 第一责任人 part turned into an intention: `prefix` before the predicate
    and/or `suffix` at the sentence end (e.g. '，目前仍在筹备'); completion marks dropped and the
    report year moved to the next year."""
    if not doc.has(FR):
        return None
    pre, suf = fmt(doc, prefix, "m"), fmt(doc, suffix, "m")
    lines = map_sentences(doc, FR, lambda s: _mark(doc, s, pre, suf, drop_done, year_forward), exclude=())
    t = "\n".join(lines)
    return None if t == doc.text else t


def op_dates_next_year(doc, key=FR):
    """The acts of a part dated in the next year: the report year moved forward, and an undated
    sentence gets '{ny}年，' in front.  Completion marks are left as they are."""
    if not doc.has(key):
        return None

    def fn(s):
        if len(s.strip()) < 8 or _is_title(s):
            return s
        if f"{doc.year}年" in s:
            return s.replace(f"{doc.year}年", f"{doc.ny}年")
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        m = RE_ENUM.match(body)
        head = body[: m.end()] if m else ""
        return lead + head + f"{doc.ny}年，" + (body[m.end():] if m else body)
    lines = map_sentences(doc, key, fn, exclude=_excl(key))
    t = "\n".join(lines)
    return None if t == doc.text else t


def op_measures_dates_next_year(doc):
    """Only the dated or counted sentences of the measures moved to the next year (the rest kept)."""
    if not doc.has("measures"):
        return None
    hit = [0]

    def fn(s):
        if f"{doc.year}年" in s and has_figure(s):
            hit[0] += 1
            return s.replace(f"{doc.year}年", f"{doc.ny}年")
        return s
    lines = map_sentences(doc, "measures", fn)
    if hit[0] < 2:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- plans
def _answer_items(doc, tpls, limit=4):
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:limit]
    if not kps:
        return None
    return [fmt(doc, f"{CN[j]}是" + tpls[j % len(tpls)].replace("{kp}", kp), str(j)) for j, kp in enumerate(kps)]


def op_plan_answering(doc, tpls):
    """Next-year plan replaced by concrete, dated tasks that name each stated problem."""
    if not doc.has("shortcomings", "next_year"):
        return None
    a = _answer_items(doc, tpls)
    return None if a is None else replace_body(doc, "next_year", a, exclude=())


def op_plan_pair_vs_slogans(doc, tpls, slogans):
    """Pair: the answering plan (A) vs as many slogan items of about the same length (B)."""
    if not doc.has("shortcomings", "next_year"):
        return None
    a = _answer_items(doc, tpls)
    if a is None:
        return None
    b = []
    for j, p in enumerate(a):
        s, k = "", j
        while len(s) < len(p) - 4:
            s += slogans[k % len(slogans)]
            k += 1
        b.append(f"{CN[j]}是" + fmt(doc, s, str(j)))
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


def year_results(doc, prefix, n_items):
    """n_items of this year's results (sentences of the measures with figures), prefixed: a plan that
    repeats the year's results.  Completion marks and a leading date dropped, the figures kept."""
    out = []
    for i, c in doc.paras("measures"):
        for s in sentences(doc.lines[i][c:]):
            t = RE_ENUM.sub("", s.strip(), count=1).strip()
            if re.search(r"\d", t) and len(t) > 20:
                t = DONE.sub("", t)
                t = re.sub(r"^(?:在)?(?:" + str(doc.year) + r"年(?:度)?|全年|今年|年内)[,，]?", "", t)
                out.append(f"{CN[len(out)]}是{prefix}{t}")
                if len(out) >= n_items:
                    return out
    return out


def op_plan_pair_vs_results(doc, tpls, prefix):
    """Pair: the answering plan (A) vs as many items repeating the year's results (B)."""
    if not doc.has("shortcomings", "next_year", "measures"):
        return None
    a = _answer_items(doc, tpls)
    if a is None:
        return None
    b = year_results(doc, prefix, len(a))
    if len(b) < len(a):
        return None
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


def op_plan_results(doc, prefix, intro):
    """Next-year plan made of this year's results (up to the plan's length)."""
    if not doc.has("measures", "next_year"):
        return None
    n = len(doc.body_text("next_year", ()).replace("\n", ""))
    items = year_results(doc, prefix, 10)
    out, tot = [], 0
    for p in items:
        if tot >= n:
            break
        out.append(p)
        tot += len(p)
    if len(out) < 2:
        return None
    return replace_body(doc, "next_year", [fmt(doc, intro)] + out, exclude=())


def op_plan_pair_deadline_year(doc, tpls):
    """Pair: the same concrete plan with deadlines in the next year (A) vs in the report year, i.e.
    deadlines that had passed when the report was written (B)."""
    if not doc.has("next_year"):
        return None
    a = [fmt(doc, f"{CN[j]}是" + t, str(j)) for j, t in enumerate(tpls)]
    b = [p.replace(f"{doc.ny}年", f"{doc.year}年") for p in a]
    if a == b:
        return None
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


# ---------------------------------------------------------------- form-only edits (invariance)
def _part_heading_lines(doc):
    """[(line index, heading end col)] of the parts' headings and of the sub-headings inside them."""
    out = {}
    for sp in doc.spans.values():
        out[sp.start] = min(sp.col, len(doc.lines[sp.start]))
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    for i in range(first, last):
        if i in out:
            continue
        ln = doc.lines[i]
        st = ln.strip()
        if not st:
            continue
        if TOPHEAD.match(ln) or any(s.match(ln) for s in SUBHEAD_STYLES):
            if len(st) < 40 and "。" not in st:
                out[i] = len(ln)
            else:
                # an inline sub-heading: its first sentence or clause
                m = re.search(r"[。．.:：]", ln)
                if m and m.end() <= 40:
                    out[i] = m.end()
    return sorted(out.items())


def op_wrap_headings(doc, left, right):
    """Every heading of the parts (and the sub-headings inside them) wrapped in left…right: markdown
    bold ('**', '**') or lenticular brackets ('【', '】').  The text itself is unchanged."""
    lines = list(doc.lines)
    hit = 0
    for i, col in _part_heading_lines(doc):
        ln = lines[i]
        ind = re.match(r"^\s*", ln).group(0)
        head, tail = ln[len(ind):col].rstrip(), ln[col:]
        if not head.strip():
            continue
        lines[i] = ind + left + head + right + tail
        hit += 1
    if not hit:
        return None
    return "\n".join(lines)


FW_DIGITS = str.maketrans("0123456789().", "０１２３４５６７８９（）．")


def op_fullwidth_numbering(doc):
    """Line-start enumerators written in full-width characters: '1.' -> '１．', '(2)' -> '（２）',
    '(三)' -> '（三）'.  Only lines inside the report's parts."""
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    lines = list(doc.lines)
    hit = 0
    rx = re.compile(r"^(\s*)(\d{1,2}[.、]|\(\d{1,2}\)|\([" + CN + r"]{1,2}\))")
    for i in range(first, last):
        m = rx.match(lines[i])
        if m:
            new = m.group(2).translate(FW_DIGITS)
            if new != m.group(2):
                lines[i] = m.group(1) + new + lines[i][m.end():]
                hit += 1
    if not hit:
        return None
    return "\n".join(lines)


def op_merge_paragraphs(doc, key="measures"):
    """Two consecutive body paragraphs of a part joined into one line (blank lines between them
    dropped).  The second must not open a numbered item other than an inline '二是' one."""
    if not doc.has(key):
        return None
    ps = [i for i, c in doc.paras(key, _excl(key)) if c == 0]
    for a, b in zip(ps, ps[1:]):
        if any(doc.lines[k].strip() for k in range(a + 1, b)):
            continue        # a heading or other text lies between them
        nb = doc.lines[b].lstrip()
        # only a paragraph without a line-start enumerator, or with an inline-style one ('二是'), may
        # be joined: joining a '2、' / '（二）' item would leave a gap in the line-start numbering,
        # a real form defect (first run: conformity.numbering -1.0 on seed-002 and three pages)
        if TOPHEAD.match(nb) or (RE_ENUM.match(nb) and not re.match(r"^[" + CN + r"]+是", nb)):
            continue
        if len(doc.lines[a].strip()) < 40 or len(nb) < 40:
            continue
        lines = list(doc.lines)
        lines[a] = lines[a].rstrip() + nb
        del lines[a + 1:b + 1]
        return "\n".join(lines)
    return None


def op_indent_fullwidth(doc):
    """Every non-empty line of the report's parts indented with two ideographic spaces (U+3000),
    replacing its own leading whitespace (official-document layout)."""
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    lines = list(doc.lines)
    for i in range(first, last):
        if lines[i].strip():
            lines[i] = "\u3000\u3000" + lines[i].lstrip()
    t = "\n".join(lines)
    return None if t == doc.text else t


def op_double_blank_lines(doc):
    """Two blank lines between consecutive lines of the report's parts (existing blanks collapsed)."""
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    pre, mid, post = doc.lines[:first], doc.lines[first:last], doc.lines[last:]
    new = []
    for ln in mid:
        if ln.strip():
            new += [ln, "", ""]
    new = new[:-2] if new else new
    if post:
        new += [""]
    t = "\n".join(pre + new + post)
    return None if t == doc.text else t


_S2T = None


def _s2t():
    global _S2T
    if _S2T is None:
        try:
            import opencc
            _S2T = opencc.OpenCC("s2t").convert
        except Exception:     # not installed: the edit does not apply
            _S2T = False
    return _S2T


def op_traditional(doc, keys):
    """The given parts (headings and bodies) written in traditional characters (OpenCC s2t)."""
    conv = _s2t()
    if not conv or not all(doc.has(k) for k in keys):
        return None
    lines = list(doc.lines)
    rows = set()
    for k in keys:
        sp = doc.spans[k]
        ex = set()
        for e in _excl(k):
            if e in doc.spans and e != k:
                es = doc.spans[e]
                if es.start > sp.start or es.embedded:
                    ex.update(range(es.start, es.end))
        rows.update(i for i in range(sp.start, sp.end) if i not in ex)
    for i in rows:
        lines[i] = conv(lines[i])
    t = "\n".join(lines)
    return None if t == doc.text else t


__all__ = [
    "has_figure",
    "map_paras",
    "op_dates_next_year",
    "op_detail_existing",
    "op_double_blank_lines",
    "op_fr_modal",
    "op_fullwidth_numbering",
    "op_indent_fullwidth",
    "op_insert",
    "op_measures_dates_next_year",
    "op_merge_paragraphs",
    "op_pad_each_part",
    "op_pair_insert",
    "op_plan_answering",
    "op_plan_pair_deadline_year",
    "op_plan_pair_vs_results",
    "op_plan_pair_vs_slogans",
    "op_plan_results",
    "op_remove_item",
    "op_strip_sentences",
    "op_traditional",
    "op_wrap_headings",
]
