"""Operations for the twelfth substance set (substance_pool_l.py, substance_edits_l*.py), built on
edit_lib, edit_lib_c … edit_lib_k (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (DONE, NUM_RX, RE_ENUM, delete_sentences, fmt, insert_para, map_paras, map_sentences,
                      sentences)
from edit_lib_c import CAUSE_RX
from edit_lib_d import FR, _is_title
from edit_lib_g import ACT_RX
from edit_lib_h import _topic, cn_number
from edit_lib_k import counted_phrases


def _excl(key):
    return (FR,) if key == "measures" else ()


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _counted(s):
    return len(s.strip()) >= 12 and not _is_title(s) and bool(NUM_RX.search(s))


def _split_head(s):
    """(leading blanks, enumerator, body) of a sentence."""
    lead = s[: len(s) - len(s.lstrip())]
    body = s.lstrip()
    e = RE_ENUM.match(body)
    head = body[: e.end()] if e else ""
    return lead, head, body[e.end():] if e else body


DATE_HEAD = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|全年|度|初|底)?[,，]?")


def op_each_counted(doc, fn, min_hits=2, key="measures"):
    """fn(sentence, k) -> sentence applied to every counted sentence of a part (k = its rank);
    None if fewer than min_hits sentences were changed."""
    if not doc.has(key):
        return None
    hit = [0]

    def f(s):
        if not _counted(s):
            return s
        r = fn(s, hit[0])
        if r != s:
            hit[0] += 1
        return r
    lines = map_sentences(doc, key, f, _excl(key))
    if hit[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- done acts turned into intentions
def _first_count_clause(body):
    """(start, end) of the clause (between commas) that holds the sentence's first count."""
    m = NUM_RX.search(body)
    a = max(body.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
    return a, m.start()


ADV_HEAD = re.compile(r"^(?:共计|合计|总计|共|先后|均|全部)")


def op_intent_rotating(doc, words, min_hits=2):
    """Every counted sentence of the measures: completion marks dropped and a modal word of intention
    put at the start of the clause that holds its first count (after that clause's leading date and
    without 共/累计); the word rotates over `words` (拟, 计划, 将, 争取 …) sentence by sentence."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        body = DONE.sub("", body)
        if not NUM_RX.search(body):
            return s
        a, _ = _first_count_clause(body)
        cl = body[a:]
        m = DATE_HEAD.match(cl)
        rest = ADV_HEAD.sub("", cl[m.end():])
        return lead + head + body[:a] + cl[: m.end()] + words[k % len(words)] + rest
    return op_each_counted(doc, fn, min_hits)


END_OF_CLAUSE = re.compile(r"[，,。；;、）)]|$")


def op_forecast_counts(doc, words, min_hits=2):
    """In every counted sentence of the measures each count that ends its clause (a result: '办理案件
    12件。') becomes a forecast (word + count, e.g. '预计可达12件'; the word rotates over `words`), a
    preceding 达/达到/共 dropped, completion marks dropped."""
    def fn(s, k):
        s = DONE.sub("", s)
        out, last, n = [], 0, 0
        for m in NUM_RX.finditer(s):
            if not END_OF_CLAUSE.match(s, m.end()):
                continue
            pre = re.sub(r"(?:达到|达|共计|共|计|为)$", "", s[last:m.start()])
            out.append(pre + words[(k + n) % len(words)] + m.group(0))
            last = m.end()
            n += 1
        if not n:
            return s
        return "".join(out) + s[last:]
    return op_each_counted(doc, fn, min_hits)


def op_retro_year(doc, prefix, min_hits=2):
    """Every counted sentence of the measures said of the previous year: its own report-year dates and
    words for 'this year' dropped, `prefix` ({py}年…) put before it."""
    pre = fmt(doc, prefix, "ry")
    yr = re.compile(rf"{doc.year}年(?:度)?|今年|本年度|年内|当年")

    def fn(s, k):
        lead, head, body = _split_head(s)
        body = yr.sub("", body).lstrip("，,")
        return lead + head + pre + body
    return op_each_counted(doc, fn, min_hits)


def op_other_actor(doc, tpls, min_hits=2):
    """Every counted sentence of the measures credited to another body (a template naming a superior
    body put before it, rotating; {sup} = the level above the issuer): the issuer reports others' acts."""
    sup = {"township": "县里", "county": "市里", "city": "省里", "province": "国家有关部委",
           "department": "上级主管部门"}.get(doc.level, "市里")

    def fn(s, k):
        lead, head, body = _split_head(s)
        return lead + head + fmt(doc, tpls[k % len(tpls)].replace("{sup}", sup), "oa") + body
    return op_each_counted(doc, fn, min_hits)


def op_vague_counts(doc, words, pct_word, min_hits=3, key="measures"):
    """Every count (number + unit) of a part replaced by a vague word (rotating over `words`), every
    percentage by `pct_word`; dates kept."""
    if not doc.has(key):
        return None
    n = [0]

    def rep(m):
        n[0] += 1
        return pct_word if m.group(3) == "%" else words[n[0] % len(words)]

    lines = map_paras(doc, key, lambda t: NUM_RX.sub(rep, t), _excl(key))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_retraction(doc, tpl, limit=3):
    """A closing paragraph of the measures that takes back the report's own counted work: tpl with <t>
    = the works of the first counted sentences joined by 、 (a contradiction inside the report)."""
    ts = []

    def fn(s):
        if _counted(s):
            t = re.sub(r"^全[镇县区市乡省局]共?|了$", "", _topic(s))
            if 4 <= len(t) <= 16 and t not in ts:
                ts.append(t)
        return s
    if not doc.has("measures"):
        return None
    map_sentences(doc, "measures", fn, _excl("measures"))
    if len(ts) < 2:
        return None
    para = fmt(doc, tpl, "rt").replace("<t>", "、".join(ts[:limit]))
    return insert_para(doc, "measures", para, exclude=(FR,))


# ---------------------------------------------------------------- the 不足: named causes made generic
def op_generic_causes(doc, tpls, min_hits=1):
    """Every sentence of the 不足 part that names a cause (原因, 由于, 导致 …) replaced by a generic cause
    (templates rotating)."""
    if not doc.has("shortcomings"):
        return None
    rx = re.compile(CAUSE_RX)
    hit = [0]

    def fn(s):
        if len(s.strip()) < 8 or not rx.search(s) or _is_title(s):
            return s
        lead, head, _ = _split_head(s)
        r = lead + head + fmt(doc, tpls[hit[0] % len(tpls)], "gc")
        hit[0] += 1
        return r
    lines = map_sentences(doc, "shortcomings", fn, ())
    if hit[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- the principal's concrete acts deleted
def op_fr_delete_concrete(doc, min_left=1):
    """Every sentence of the 第一责任人 part with a figure, a date or an act verb (ACT_RX of set G)
    deleted; None if fewer than min_left sentences of the part would stay."""
    if not doc.has(FR):
        return None
    t = delete_sentences(doc, [FR], ACT_RX, exclude=())
    if t is None:
        return None
    # at least one sentence must stay, or the edit would delete the part
    lines = t.split("\n")
    sp = doc.spans[FR]
    delta = len(lines) - len(doc.lines)
    rest = "".join(lines[sp.start:sp.end + delta])
    if len([s for s in sentences(rest) if len(s.strip()) > 8]) < min_left:
        return None
    return None if t == doc.text else t


# ---------------------------------------------------------------- padding
def op_pad_part(doc, key, para, where="end"):
    """A paragraph added at the end of any part (the FR part excluded from the measures)."""
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt(doc, para, "pad" + key), exclude=_excl(key), where=where)


def op_pad_short_achievements(doc, intro, outro, limit=5):
    """The 不足 part padded with this year's achievements: intro + the measures' own counted phrases
    (set K's counted_phrases) + outro, as a closing paragraph of the 不足."""
    if not doc.has("shortcomings"):
        return None
    ph = counted_phrases(doc, limit)
    if len(ph) < 2:
        return None
    return insert_para(doc, "shortcomings", fmt(doc, intro, "sa") + "，".join(ph) + fmt(doc, outro, "sa"),
                       exclude=())


def op_formula_each_para(doc, formula, min_hits=2, key="measures"):
    """The same political formula put before every body paragraph (with a full stop) of a part."""
    if not doc.has(key):
        return None
    f = fmt(doc, formula, "fe")
    n = [0]

    def fn(t):
        if "。" not in t or len(t.strip()) < 40:
            return t
        n[0] += 1
        lead, head, body = _split_head(t)
        return lead + head + f + body
    lines = map_paras(doc, key, fn, _excl(key))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_copy_fr_to_measures(doc, prefix):
    """The 第一责任人 part's sentences with a figure or date copied, after `prefix`, into a closing
    paragraph of the measures (the same acts a second time, in another part)."""
    if not doc.has(FR, "measures"):
        return None
    got = []

    def fn(s):
        if len(s.strip()) >= 15 and re.search(r"\d", s) and not _is_title(s):
            got.append(_split_head(s)[2].strip())
        return s
    map_sentences(doc, FR, fn, ())
    if not got:
        return None
    para = fmt(doc, prefix, "cf") + "".join(g if re.search(r"[。；;！!]$", g) else g + "。" for g in got[:3])
    return insert_para(doc, "measures", para, exclude=(FR,))


# ---------------------------------------------------------------- form only
def op_verb_synonyms(doc, pairs, keys=("measures", FR), min_hits=2):
    """Verbs of doing replaced by synonyms (pairs [(old, new)]), never where the new word would double
    a neighbour (进行进行)."""
    n = [0]

    def fn(t):
        for a, b in pairs:
            rx = re.compile(rf"(?<!{b[0]}){a}(?!{b[-1]})")
            t, k = rx.subn(b, t)
            n[0] += k
        return t
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_swap_last_paras(doc, key="measures"):
    """The last two adjacent body paragraphs of a part (only blank lines between them, both long body
    lines) swapped: measures reordered within a section.  If both open with an enumerator (一是, （三）,
    2.), the enumerators stay in place and the texts after them are swapped."""
    if not doc.has(key):
        return None
    ps = [(i, c) for i, c in doc.paras(key, _excl(key)) if c == 0]
    lines = list(doc.lines)
    for (i1, _), (i2, _) in reversed(list(zip(ps, ps[1:]))):
        if any(lines[j].strip() for j in range(i1 + 1, i2)):
            continue
        a, b = lines[i1], lines[i2]
        if len(a.strip()) < 40 or len(b.strip()) < 40:
            continue
        la, ha, ba = _split_head(a)
        lb, hb, bb = _split_head(b)
        if bool(ha) != bool(hb):
            continue
        lines[i1], lines[i2] = la + ha + bb, lb + hb + ba
        return _done(doc, lines)
    return None


def op_split_long_paras(doc, key="measures", min_sents=4):
    """Every body paragraph of a part with at least min_sents sentences split in two at its middle
    sentence (the second half a new line with the same indent; a blank line between if the part
    uses them)."""
    if not doc.has(key):
        return None
    blank, indent = doc._style(key)
    lines = list(doc.lines)
    todo = []
    for i, c in doc.paras(key, _excl(key)):
        ss = [s for s in sentences(lines[i][c:]) if s.strip()]
        if len(ss) >= min_sents:
            todo.append((i, c, ss))
    if not todo:
        return None
    for i, c, ss in reversed(todo):
        h = len(ss) // 2
        first = lines[i][:c] + "".join(ss[:h])
        second = indent + "".join(ss[h:]).lstrip()
        lines[i:i + 1] = [first] + ([""] if blank else []) + [second]
    return _done(doc, lines)


def op_counts_cn(doc, keys=("measures", FR), min_hits=2):
    """Counts (integer + unit, no percentages) written in Chinese numerals (12件 -> 十二件)."""
    n = [0]

    def rep(m):
        if m.group(3) == "%" or "." in m.group(1) or int(m.group(1)) >= 100000:
            return m.group(0)
        n[0] += 1
        return cn_number(m.group(1)) + m.group(3)

    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, lambda t: NUM_RX.sub(rep, t), _excl(k), lines)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)
