"""Operations for the thirty-fourth substance set (substance_pool_ah.py): a broad final check of the whole
scoring -- measures, the principal's part, the shortfalls, the plan, the opening and the page's layout.
Built on edit_lib (unchanged, imported).  Written without reading fzscore's code or rubric data; every
operation takes its wording as an argument and finds what it edits from the corpus labels and regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (NUM_RX, PRINCIPAL, TOPHEAD, fmt, insert_para, map_paras, opening_index, replace_body,
                      sentences)

M, FR, SH, PL = "measures", "first_responsible", "shortcomings", "next_year"
ENUM_LEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]\s*|[一二三四五六七八九十]+[是、]\s*|\d{1,2}[、.．]\s*)?")
DATE_RX = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|底|初)")


def _excl(key):
    return ("first_responsible",) if key == M else ()


def _done(doc, lines):
    t = "\n".join(lines) if isinstance(lines, list) else lines
    return None if t is None or t == doc.text else t


def _sent_map(doc, key, fn, min_hits=2):
    if not doc.has(key):
        return None
    n = [0]

    def per(t):
        out = []
        for s in sentences(t):
            r = fn(s, n[0])
            if r != s:
                n[0] += 1
            out.append(r)
        return "".join(out)
    lines = map_paras(doc, key, per, _excl(key))
    return _done(doc, lines) if n[0] >= min_hits else None


def _tail(s):
    return s[-1] if s and s[-1] in "。；;！!" else ""


# ---------------------------------------------------------------- directional
def op_generalities_ah(doc, pool, min_hits=2):
    """In the measures, every sentence carrying a count, a figure or a date replaced by a generality
    (rotating through pool): the concrete acts become 高度重视/积极推进-style statements."""
    def fn(s, k):
        if not (NUM_RX.search(s) or DATE_RX.search(s)) or len(s.strip()) < 8:
            return s
        lead = s[: len(s) - len(s.lstrip())]
        return lead + pool[k % len(pool)] + (_tail(s) or "。")
    return _sent_map(doc, M, fn, min_hits)


def op_vague_counts_ah(doc, words, pct_word, min_hits=3):
    """In the measures, every count (N件/N次/N人 …) written with a vague quantity word (rotating: 若干,
    一批, 多 …) and every percentage with pct_word: the year's figures become 若干/一批/多次."""
    if not doc.has(M):
        return None
    n = [0]

    def rep(m):
        n[0] += 1
        if m.group(3) == "%":
            return pct_word
        unit = m.group(3).lstrip("余").lstrip("万")
        return words[n[0] % len(words)] + unit
    lines = map_paras(doc, M, lambda t: NUM_RX.sub(rep, t), _excl(M))
    return _done(doc, lines) if n[0] >= min_hits else None


def op_fr_next_year_ah(doc, marker, min_hits=1):
    """In the principal's part, every sentence turned into an intention for next year: the report year
    written as the next year, dated past markers (了, 已, 累计 …) dropped, marker put after the enumerator."""
    if not doc.has(FR):
        return None
    ys, nys = f"{doc.year}年", f"{doc.ny}年"
    done = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d，,。])|已经|均已|已(?=[\u4e00-\u9fff])|累计|全年")
    n = [0]

    def per(t):
        out = []
        for s in sentences(t):
            if len(s.strip()) < 6:
                out.append(s)
                continue
            s2 = done.sub("", s).replace(ys, nys)
            m = ENUM_LEAD.match(s2)
            out.append(s2[: m.end()] + fmt(doc, marker) + s2[m.end():])
            n[0] += 1
        return "".join(out)
    lines = map_paras(doc, FR, per, ())
    return _done(doc, lines) if n[0] >= min_hits else None


def op_results_to_other_ah(doc, prefixes, min_hits=2):
    """In the measures, every sentence carrying a figure credited to another body (rotating prefixes:
    the county's 人民法院, the 上级督察组): the results are no longer the government's."""
    def fn(s, k):
        if not NUM_RX.search(s) or len(s.strip()) < 8:
            return s
        lead = s[: len(s) - len(s.lstrip())]
        return lead + fmt(doc, prefixes[k % len(prefixes)]) + s.lstrip()
    return _sent_map(doc, M, fn, min_hits)


def op_problems_praise_ah(doc, paras):
    """The shortfalls' body replaced by praise paragraphs (no problem named)."""
    if not doc.has(SH):
        return None
    return _done(doc, replace_body(doc, SH, [fmt(doc, p) for p in paras], exclude=()))


def op_plan_as_achievements_ah(doc, lead):
    """The plan's body replaced by a copy of the measures' paragraphs (every second one first), as long as
    the plan was, after a lead-in: the plan becomes this year's achievements."""
    if not doc.has(M, PL):
        return None
    n = len(doc.body_text(PL, ()).replace("\n", ""))
    ps = [doc.lines[i][c:].strip() for i, c in doc.paras(M)]
    ps = ps[1::2] + ps[0::2]
    out, tot = [], 0
    for p in ps:
        if tot >= n:
            break
        out.append(p)
        tot += len(p)
    if not out:
        return None
    out[0] = fmt(doc, lead) + out[0]
    return _done(doc, replace_body(doc, PL, out, exclude=()))


# ---------------------------------------------------------------- padding
def op_restate_opening_ah(doc, lead, max_sents=3):
    """A paragraph after the opening that restates the opening's sentences (its first sentences, after a
    lead-in): nothing new."""
    i = opening_index(doc)
    if i is None:
        return None
    ss = [s for s in sentences(doc.lines[i].strip()) if len(s) > 10][:max_sents]
    if not ss:
        return None
    body = "".join(ss).rstrip("：:，,") 
    body = re.sub(r"现将.*$", "", body) or body
    if not body.endswith("。"):
        body = body.rstrip("；;") + "。"
    lines = list(doc.lines)
    lines.insert(i + 1, fmt(doc, lead) + body)
    return _done(doc, lines)


def op_pad_after_opening_ah(doc, para):
    i = opening_index(doc)
    if i is None:
        return None
    lines = list(doc.lines)
    lines.insert(i + 1, fmt(doc, para))
    return _done(doc, lines)


def op_pad_end_ah(doc, key, para, salt="pad"):
    if not doc.has(key):
        return None
    return _done(doc, insert_para(doc, key, fmt(doc, para, salt), exclude=_excl(key)))


def op_pad_after_last_part_ah(doc, para):
    """A paragraph at the end of the report's last located part (before the signature)."""
    if not doc.spans:
        return None
    key = max(doc.spans, key=lambda k: (doc.spans[k].start, k != FR))
    if doc.spans[key].embedded:
        key = M
    return op_pad_end_ah(doc, key, para)


def op_toc_ah(doc, title):
    """A table of contents after the title line (or at the top): the report's top headings (一、二、…; else
    the located parts' heading lines), in document order, each on its own line."""
    heads = sorted({doc.spans[k].start for k in doc.spans if not doc.spans[k].embedded})
    tops = [i for i, ln in enumerate(doc.lines) if TOPHEAD.match(ln) and len(ln.strip()) <= 40 and
            "。" not in ln]
    hl = [doc.lines[i].strip() for i in (tops if len(tops) >= len(heads) else heads) if doc.lines[i].strip()]
    if not hl:
        return None
    hl = [h[:40] for h in hl]
    first = min(doc.spans[k].start for k in doc.spans)
    oi = opening_index(doc)
    at = 0
    for j in range(0, first):
        if "报告" in doc.lines[j] and len(doc.lines[j].strip()) <= 40:
            at = j + 1
            break
    if oi is not None and at > oi:
        at = 0
    lines = list(doc.lines)
    lines[at:at] = [title] + hl + [""]
    return _done(doc, lines)


# ---------------------------------------------------------------- invariance
def op_heading_synonyms_ah(doc, table):
    """The located parts' heading lines worded otherwise (first matching pair of table, both ways)."""
    lines = list(doc.lines)
    hit = 0
    for k, sp in doc.spans.items():
        i = sp.start
        if sp.embedded:
            continue
        for a, b in table:
            if a in lines[i]:
                lines[i] = lines[i].replace(a, b, 1)
                hit += 1
                break
    return _done(doc, lines) if hit else None


FULL_HALF = [("，", ","), ("；", ";"), ("：", ":"), ("（", "("), ("）", ")"), ("！", "!"), ("？", "?")]


def op_punct_width_ah(doc):
    """Full-width punctuation written half-width, or, on a page already half-width, the reverse."""
    full = sum(doc.text.count(f) for f, _ in FULL_HALF)
    half = sum(doc.text.count(h) for _, h in FULL_HALF)
    t = doc.text
    if full >= half:
        for f, h in FULL_HALF:
            t = t.replace(f, h)
    else:
        for f, h in FULL_HALF:
            t = re.sub(re.escape(h) + r"(?!\d)", f, t) if h in ",:" else t.replace(h, f)
    return _done(doc, t)


def op_split_paragraph_ah(doc, key=M, min_len=150):
    """The longest paragraph of a part split into three at sentence ends (same words, same indent)."""
    if not doc.has(key):
        return None
    best = None
    for i, c in doc.paras(key, _excl(key)):
        t = doc.lines[i][c:]
        if c == 0 and len(t) >= min_len and (best is None or len(t) > len(doc.lines[best][0:])):
            best = i
    if best is None:
        return None
    t = doc.lines[best]
    ind = re.match(r"^\s*", t).group(0)
    ss = [s for s in sentences(t.strip()) if s]
    if len(ss) < 3:
        return None
    L = len(t.strip())
    cuts, acc = [], 0
    for j, s in enumerate(ss[:-1]):
        acc += len(s)
        if not cuts and acc >= L / 3 or cuts and len(cuts) == 1 and acc >= 2 * L / 3:
            cuts.append(j + 1)
    if len(cuts) < 2:
        cuts = [1, 2]
    parts = ["".join(ss[:cuts[0]]), "".join(ss[cuts[0]:cuts[1]]), "".join(ss[cuts[1]:])]
    if any(not p.strip() for p in parts):
        return None
    lines = list(doc.lines)
    lines[best:best + 1] = [ind + p for p in parts]
    return _done(doc, lines)


CHROME = re.compile(r"来源|发布时间|发布日期|浏览次数|点击率|访问量|无障碍|繁体|字号|字体|打印|关闭|分享|索\s*引\s*号|"
                    r"首页\s*>|当前的?位置|^搜索$|星期[一二三四五六日]|【.*】")


def op_drop_chrome_ah(doc):
    """A page's site chrome lines (source, date stamps, font size, breadcrumbs …) before the first located
    part deleted; the report's own lines kept."""
    if doc.kind != "page":
        return None
    first = min(sp.start for sp in doc.spans.values())
    oi = opening_index(doc)
    stop = min(first, oi if oi is not None else first)
    keep = [ln for j, ln in enumerate(doc.lines) if not (j < stop and CHROME.search(ln.strip()) and
                                                        len(ln.strip()) < 120)]
    return _done(doc, keep)


# ---------------------------------------------------------------- pairs
def op_pair_end_ah(doc, key, a, b, salt="pr"):
    if not doc.has(key):
        return None
    ex = _excl(key)
    return (insert_para(doc, key, fmt(doc, a, salt), exclude=ex),
            insert_para(doc, key, fmt(doc, b, salt), exclude=ex))


def op_plan_deadline_pair_ah(doc, deadlines, filler, min_hits=2):
    """Pair on the plan: A each plan sentence of 6+ characters gets a deadline clause (rotating months of
    the next year); B the same sentences get an undated clause of the same kind."""
    if not doc.has(PL):
        return None
    outs = []
    for tpl in (deadlines, filler):
        n = [0]

        def per(t, tpl=tpl):
            out = []
            for s in sentences(t):
                e = _tail(s)
                if e in "。；;" and e and len(s.strip()) >= 12 and not re.search(r"月底前|年底前|前完成", s):
                    out.append(s[:-1] + fmt(doc, tpl[n[0] % len(tpl)]) + e)
                    n[0] += 1
                else:
                    out.append(s)
            return "".join(out)
        lines = map_paras(doc, PL, per, ())
        if n[0] < min_hits:
            return None
        outs.append("\n".join(lines))
    return outs[0], outs[1]
