"""Operations for the sixteenth substance set (substance_pool_p.py, substance_edits_p*.py), built on
edit_lib, edit_lib_d … edit_lib_o (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, TOPHEAD, insert_para, map_paras, opening_index, replace_body, sentences
from edit_lib_d import FR
from edit_lib_h import _blocks
from edit_lib_l import _done, _excl
from edit_lib_o import fmt_o


def fmt_p(doc, s, salt):
    """fmt_o (set N's figures that agree with each other, the same on both sides of a pair), salted 'p'."""
    return fmt_o(doc, s, "p|" + salt)


def op_pair_para_p(doc, key, a, b, where="end"):
    if not doc.has(key):
        return None
    ex = _excl(key)
    ra = insert_para(doc, key, fmt_p(doc, a, key), exclude=ex, where=where)
    rb = insert_para(doc, key, fmt_p(doc, b, key), exclude=ex, where=where)
    return ra, rb


def op_pad_para_p(doc, key, para, where="end"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_p(doc, para, "pad" + key), exclude=_excl(key), where=where)


def _map_parts(doc, fn, keys=("measures", FR), skip_headings=False):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=skip_headings)
    return lines


# ---------------------------------------------------------------- directional: substance removed
def op_zero_counts(doc, min_hits=2):
    """Every count of the measures (FR part excluded; percentages left alone) set to 0: the same
    sentences now report that nothing was handled, held or settled (12件 -> 0件, 20余次 -> 0次)."""
    if not doc.has("measures"):
        return None
    n = [0]

    def rep(m):
        if m.group(3) == "%":
            return m.group(0)
        n[0] += 1
        return "0" + m.group(2) + m.group(3).lstrip("余")
    lines = map_paras(doc, "measures", lambda t: NUM_RX.sub(rep, t), _excl("measures"), skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


OUTCOME_RX = re.compile(r"下降|减少\d|降低|提升至|提高到|提高至|上升至|成功|化解\d|挽回|纠正\d|撤销\d|办结率|满意|"
                        r"零发生|同比|占比|达到|实现.{0,8}(?:零|全覆盖|清零)|%|缩短|追回|整改到位|销号")


def op_cut_outcomes(doc, min_hits=2, rx=OUTCOME_RX):
    """In every sentence of the measures (FR part excluded), the comma clauses that state an outcome
    (下降, 化解, 成功, 同比, 实现, a percentage …) deleted; the sentence's first clause always stays.  What
    was done (held, handled, issued) remains; what it achieved is gone."""
    if not doc.has("measures"):
        return None
    n = [0]

    def per_sentence(s):
        m = re.search(r"[。；;！!]\s*$", s)
        end = s[m.start():] if m else ""
        body = s[: m.start()] if m else s
        cl = re.split(r"(?<=[，,])", body)
        if len(cl) < 2:
            return s
        keep = [cl[0]] + [c for c in cl[1:] if not rx.search(c)]
        if len(keep) == len(cl):
            return s
        n[0] += len(cl) - len(keep)
        out = "".join(keep).rstrip("，, ")
        return out + (end or "。")

    def fn(t):
        return "".join(per_sentence(s) for s in sentences(t))
    lines = map_paras(doc, "measures", fn, _excl("measures"), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_titles_only(doc, min_hits=2):
    """The measures reduced to their titles: a paragraph opening with an enumerator (一是…, （一）…, 1、…)
    keeps only its title sentence; a body paragraph without an enumerator is deleted.  The headings of
    the report and the FR part stay as they are."""
    if not doc.has("measures"):
        return None
    sp = doc.spans["measures"]
    keep = {s.start for s in doc.spans.values()}
    ex = set()
    for k, s in doc.spans.items():
        if k != "measures" and (s.start > sp.start or s.embedded):
            ex.update(range(s.start, s.end))
    lines = list(doc.lines)
    drop = set()
    n = 0
    for i in range(sp.start + 1, sp.end):
        if i in ex or i in keep:
            continue
        t = lines[i].strip()
        if not t or TOPHEAD.match(lines[i]):
            continue
        e = RE_ENUM.match(t)
        if e:
            m = re.search(r"[。；;！!：:]", t[e.end():])
            if m and len(t) - (e.end() + m.end()) > 10:
                lead = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
                lines[i] = lead + t[: e.end() + m.start()] + "。"
                n += 1
        elif len(t) >= 30:
            drop.add(i)
            n += 1
    if n < min_hits:
        return None
    out = [ln for k, ln in enumerate(lines) if k not in drop]
    # no double blank lines left behind
    res = []
    for ln in out:
        if not ln.strip() and res and not res[-1].strip():
            continue
        res.append(ln)
    return _done(doc, res)


def op_body_elsewhere(doc, key, sentence):
    """A part's body replaced by one sentence saying the content is reported elsewhere; its heading (and,
    for the measures, nothing else) stays."""
    if not doc.has(key):
        return None
    t = replace_body(doc, key, [fmt_p(doc, sentence, "else" + key)], exclude=())
    return None if t == doc.text else t


def op_short_denial(doc, sentence):
    """The 不足 part's body replaced by a statement that the self-check found no problem."""
    return op_body_elsewhere(doc, "shortcomings", sentence)


def op_plan_headlines(doc, min_hits=2):
    """Every enumerated item of the plan (inline 一是…二是… or one per line) cut to its headline: the text
    up to its first full stop, semicolon or comma (when more than 10 characters follow); the plan's intro
    paragraph stays.  The plan still names its topics, but says nothing of how, by whom or how far."""
    if not doc.has("next_year"):
        return None
    n = [0]

    def fn(t):
        ms = list(RE_ENUM.finditer(t))
        if not ms:
            return t
        out = [t[: ms[0].start()]]
        for k, m in enumerate(ms):
            seg = t[m.start(): ms[k + 1].start() if k + 1 < len(ms) else len(t)]
            tail = re.search(r"\s*$", seg).group(0)
            c = re.search(r"[。；;，,]", seg[m.end() - m.start():])
            if c and len(seg.strip()) - (m.end() - m.start() + c.end()) > 10:
                seg = seg[: m.end() - m.start() + c.start()] + "。" + tail
                n[0] += 1
            out.append(seg)
        return "".join(out)
    lines = map_paras(doc, "next_year", fn, (), skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- invariance (form only)
def op_word_map(doc, pairs, keys=("measures", FR), min_hits=2):
    """Connective words replaced by synonyms (pairs of regex -> replacement), in the given parts."""
    n = [0]

    def fn(t):
        for a, b in pairs:
            t, k = re.subn(a, b, t)
            n[0] += k
        return t
    lines = _map_parts(doc, fn, keys, skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_year_deictic(doc, min_hits=1):
    """In the body of the measures and FR part, the report year written as 今年/本年度 ({y}年度 -> 本年度,
    {y}年 -> 今年); headings, the title and the titles of documents (《…》) keep the year."""
    y = str(doc.year)
    n = [0]

    def sub(t):
        t, k1 = re.subn(y + "年度", "本年度", t)
        t, k2 = re.subn(y + "年(?!度)", "今年", t)
        n[0] += k1 + k2
        return t

    def fn(t):   # titles of documents (《…》) keep their year
        return "".join(p if p.startswith("《") else sub(p) for p in re.split(r"(《[^《》]*》)", t))
    lines = _map_parts(doc, fn, skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


LINKED = re.compile(r"^(?:其中|同时|此外|并|对此|经|这|该|此|但|且|另|而|其|为此|由此|从而|因此|截至|截止|共|累计|合计)")


def op_swap_sentences(doc, min_hits=1):
    """In each measures paragraph (FR part excluded) of four or more sentences, the second and third
    sentences exchanged when neither leans on the sentence before it (其中, 同时, 此 …) nor holds an
    enumerator: independent statements of the same work in another order."""
    if not doc.has("measures"):
        return None
    n = [0]

    def fn(t):
        ss = sentences(t)
        if len(ss) < 4:
            return t
        a, b = ss[1], ss[2]
        if not (re.search(r"[。；;！!]\s*$", a) and re.search(r"[。；;！!]\s*$", b)):
            return t
        if min(len(a.strip()), len(b.strip())) < 10:
            return t
        if LINKED.match(a.strip()) or LINKED.match(b.strip()) or RE_ENUM.search(a) or RE_ENUM.search(b):
            return t
        # keep each sentence's own closing mark
        n[0] += 1
        return ss[0] + b + a + "".join(ss[3:])
    lines = map_paras(doc, "measures", fn, _excl("measures"), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


INLINE_ENUM = re.compile(r"(?<=[。；;])\s*(?=(?:[二三四五六七八九十]是|[（(][二三四五六七八九十][）)]))")


def op_items_lines(doc, min_items=2):
    """A measures paragraph that runs its items inline (…。二是…。三是…) split into one line per item,
    indented and spaced like the part's other paragraphs.  Same words, same order."""
    if not doc.has("measures"):
        return None
    blank, indent = doc._style("measures")
    lines = list(doc.lines)
    hit = 0
    for i, c in reversed(doc.paras("measures", (FR,), skip_headings=True)):
        body = lines[i][c:]
        parts = INLINE_ENUM.split(body)
        if len(parts) - 1 < min_items:
            continue
        hit += 1
        new = [lines[i][:c] + parts[0].rstrip()]
        for p in parts[1:]:
            if blank:
                new.append("")
            new.append(indent + p.strip())
        lines[i:i + 1] = new
    if not hit:
        return None
    return _done(doc, lines)


GOV_RX = re.compile(r"(?<![委人民])([县镇区市乡])政府(?!办)")


def op_full_names(doc, min_hits=1):
    """镇政府/县政府/市政府… written out as 镇人民政府/县人民政府… in the measures and FR part (not after
    委, so 市委市政府 keeps its usual short pair; 政府办 left alone)."""
    n = [0]

    def fn(t):
        t2, k = GOV_RX.subn(r"\1人民政府", t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn, skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_title_colon(doc, min_hits=2):
    """An enumerated paragraph that opens with a short title sentence (一是强化组织领导。…) gets a colon
    after the title instead of the full stop (一是强化组织领导：…).  Same words."""
    if not doc.has("measures"):
        return None
    n = [0]

    def fn(t):
        s = t.lstrip()
        e = RE_ENUM.match(s)
        if not e:
            return t
        m = re.match(r"[^。：:；;，,]{4,24}。", s[e.end():])
        if not m or len(s) - e.end() - m.end() < 10:
            return t
        n[0] += 1
        k = len(t) - len(s) + e.end() + m.end() - 1
        return t[:k] + "：" + t[k + 1:]
    lines = _map_parts(doc, fn, ("measures",), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- padding
def op_block_intros(doc, tpl, min_hits=2):
    """After each sub-heading of the measures (a line-start enumerated block, see edit_lib_h._blocks), a
    sentence that restates the heading's title as an announcement; no act is added."""
    if not doc.has("measures"):
        return None
    r = _blocks(doc, "measures")
    if r is None:
        return None
    first, bl, end = r
    other = set()
    for k, s in doc.spans.items():
        if k != "measures" and (s.embedded or s.start > doc.spans["measures"].start):
            other.update(range(s.start, s.end))
    lines = list(doc.lines)
    blank, indent = doc._style("measures")
    hit = 0
    for a, b in reversed(bl):
        if a in other:
            continue
        head = lines[a].strip()
        e = RE_ENUM.match(head)
        title = head[e.end():] if e else head
        title = re.split(r"[。：:；;]", title)[0].strip("，, ")
        if not 4 <= len(title) <= 24:
            continue
        if len(head) > len(title) + (e.end() if e else 0) + 3:   # a title with its body on the same line
            lines[a] = lines[a].rstrip() + tpl.replace("<t>", title)
        else:
            lines[a + 1:a + 1] = ([""] if blank else []) + [indent + tpl.replace("<t>", title)]
        hit += 1
    if hit < min_hits:
        return None
    return _done(doc, lines)


def op_banner(doc, banner):
    """A slogan banner line put right after the title line (found from the label's title)."""
    title = doc.labels.get("title")
    if not title:
        return None
    i = doc._find_heading(title)
    if i is None or i >= min(s.start for s in doc.spans.values()):
        return None
    lines = list(doc.lines)
    lines[i + 1:i + 1] = ["", banner]
    return _done(doc, lines)


def op_opening_tail(doc, sentence):
    """A sentence appended to the opening paragraph (the last long line before the first part)."""
    i = opening_index(doc)
    if i is None:
        return None
    lines = list(doc.lines)
    lines[i] = lines[i].rstrip() + fmt_p(doc, sentence, "open")
    return _done(doc, lines)


def op_contact_tail(doc, para):
    """A contact line appended after the last non-empty line of the text (after the signature)."""
    lines = list(doc.lines)
    k = len(lines)
    while k and not lines[k - 1].strip():
        k -= 1
    if not k:
        return None
    lines[k:k] = ["", fmt_p(doc, para, "contact")]
    return _done(doc, lines)


__all__ = ["FR", "fmt_p", "op_pair_para_p", "op_pad_para_p", "op_zero_counts", "op_cut_outcomes",
           "op_titles_only", "op_body_elsewhere", "op_short_denial", "op_plan_headlines", "op_word_map",
           "op_year_deictic", "op_swap_sentences", "op_items_lines", "op_full_names", "op_title_colon",
           "op_block_intros", "op_banner", "op_opening_tail", "op_contact_tail"]
