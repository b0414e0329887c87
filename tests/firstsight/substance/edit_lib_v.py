"""Operations for the twenty-second substance set (substance_pool_v.py, substance_edits_v*.py): whole-report
hollowness, and form edits of the whole report that must not move the substance judgement.  Built on
edit_lib, edit_lib_d, edit_lib_h, edit_lib_l and edit_lib_q (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
(or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, insert_para, map_paras, map_sentences, replace_body, sentences
from edit_lib_d import CN as CN_DIGITS
from edit_lib_d import FR, _is_title
from edit_lib_h import cn_int  # noqa: F401  (kept for symmetry with earlier libraries)
from edit_lib_l import _done, _excl, _split_head
from edit_lib_q import COUNT_RX, fmt_q

CJK = re.compile(r"[\u4e00-\u9fff]")


def _cn_to_int(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS.index(s[1]) + 1
    if len(s) == 2 and s[1] == "十":
        return (CN_DIGITS.index(s[0]) + 1) * 10
    if len(s) == 3 and s[1] == "十":
        return (CN_DIGITS.index(s[0]) + 1) * 10 + CN_DIGITS.index(s[2]) + 1
    return CN_DIGITS.index(s) + 1


def _body_paras(doc, key):
    """[(line, col)] of the long body paragraphs of a part that own their line (col 0)."""
    return [(i, c) for i, c in doc.paras(key, _excl(key)) if c == 0 and len(doc.lines[i].strip()) >= 40]


# ---------------------------------------------------------------- directional: hollowed
def op_heads_only_v(doc, key, tails, min_hits=2):
    """Every body paragraph of a part keeps its enumerator and its first sentence (or, if it has one
    sentence, its first clause) and loses the rest, which is replaced by a stock tail (rotating)."""
    if not doc.has(key):
        return None
    hit = [0]

    def fn(t):
        if len(t.strip()) < 40:
            return t
        lead, head, body = _split_head(t)
        ss = [s for s in sentences(body) if s.strip()]
        if len(ss) >= 2:
            keep = ss[0]
        else:
            m = re.search(r"[，,：:]", body)
            if not m or len(body) - m.end() < 15:
                return t
            keep = body[: m.start()] + "，"
        tail = fmt_q(doc, tails[hit[0] % len(tails)], "ho" + str(hit[0]))
        hit[0] += 1
        return lead + head + keep + tail
    lines = map_paras(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return _done(doc, lines)


OWN_SUBJ = re.compile(r"^(?:我(?:镇|县|市|区|省|局|乡|街道|委|办|单位)|本(?:单位|部门|机关|镇|县|市|区)"
                      r"|(?:镇|县|市|区|乡)(?:党委政府|党委|人民政府|政府))[，,]?")


def op_subject_swap_v(doc, subjects, min_hits=3, key="measures"):
    """Every sentence of the measures (titles kept) told with a diffuse subject (rotating over
    `subjects`: 各部门 …) after its enumerator; the unit's own subject at its head (我镇, 县政府 …) dropped."""
    if not doc.has(key):
        return None
    hit = [0]

    def fn(s):
        if len(s.strip()) < 12 or _is_title(s):
            return s
        lead, head, body = _split_head(s)
        body = OWN_SUBJ.sub("", body)
        sub = subjects[hit[0] % len(subjects)]
        hit[0] += 1
        return lead + head + sub + body
    lines = map_sentences(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return _done(doc, lines)


def op_percent_no_base_v(doc, keys=("measures", FR), min_hits=3):
    """Every count of the measures and the FR part (186例, 12个) replaced by a bare percentage with no
    base (95%, 85%的): the number of things done is gone."""
    n = [0]
    rng = doc.rng("pct-v")
    lines = list(doc.lines)

    def fn(t):
        def rep(m):
            n[0] += 1
            p = rng.choice([62, 75, 80, 85, 90, 92, 95, 98, 100])
            nxt = t[m.end(): m.end() + 1]
            return f"{p}%" + ("的" if CJK.match(nxt) and nxt != "的" else "")
        return COUNT_RX.sub(rep, t)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


NAMED_DOC = re.compile(r"《(?:[^《》]{0,38}?[^法《》])》")   # a named document, not a law (…法》 kept)


def op_docs_generic_v(doc, repls, keys=("measures", FR), min_hits=2):
    """Every named document of the measures and the FR part (《…办法》, 《…实施方案》; laws kept) replaced by
    a generic word (rotating over `repls`: 相关制度 …)."""
    n = [0]
    lines = list(doc.lines)

    def fn(t):
        def rep(m):
            r = repls[n[0] % len(repls)]
            n[0] += 1
            return r
        return NAMED_DOC.sub(rep, t)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_slogan_merge_v(doc, opener, closer, glue, min_heads=3):
    """The measures body (FR part kept) replaced by one long paragraph: the opener, the first clause of
    every body paragraph without its enumerator and figures, joined with `glue` slogans every third, and
    the closer."""
    if not doc.has("measures"):
        return None
    heads = []
    for i, c in doc.paras("measures", _excl("measures"), skip_headings=False):
        _, _, body = _split_head(doc.lines[i][c:].strip())
        body = re.sub(r"^[（(][" + CN_DIGITS + r"]+[）)]", "", body)
        m = re.search(r"[。，,；;：:！!]", body)
        h = (body[: m.start()] if m else body).strip()
        if 4 <= len(h) <= 24 and not re.search(r"\d", h) and h not in heads:
            heads.append(h)
    if len(heads) < min_heads:
        return None
    parts = []
    for k, h in enumerate(heads):
        parts.append(h)
        if k % 3 == 2:
            parts.append(glue[(k // 3) % len(glue)])
    para = fmt_q(doc, opener, "sm") + "，".join(parts) + "，" + fmt_q(doc, closer, "sm")
    t = replace_body(doc, "measures", [para], exclude=(FR,))
    return None if t == doc.text else t


def op_keep_unfigured_v(doc, min_drop=2, min_keep=2):
    """Only the measures paragraphs with no figure kept: every body paragraph with a figure (NUM_RX)
    deleted with the blank line after it."""
    if not doc.has("measures"):
        return None
    ps = _body_paras(doc, "measures")
    drop = [i for i, _ in ps if NUM_RX.search(doc.lines[i])]
    if len(drop) < min_drop or len(ps) - len(drop) < min_keep:
        return None
    gone = set(drop)
    for i in drop:
        if i + 1 < len(doc.lines) and not doc.lines[i + 1].strip():
            gone.add(i + 1)
    return _done(doc, [ln for j, ln in enumerate(doc.lines) if j not in gone])


# ---------------------------------------------------------------- form edits (must not move the score)
def _runs(doc, key, need_enum=None):
    """Runs of adjacent long body paragraphs (only blank lines between) of a part."""
    ps = _body_paras(doc, key)
    runs, cur = [], []
    for i, c in ps:
        if cur and any(doc.lines[j].strip() for j in range(cur[-1] + 1, i)):
            runs.append(cur)
            cur = []
        cur.append(i)
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        if len(r) < 2:
            continue
        enums = [bool(_split_head(doc.lines[i])[1]) for i in r]
        if need_enum is True and not all(enums):
            continue
        if need_enum is None and len(set(enums)) != 1:
            continue
        out.append(r)
    return out


def op_reverse_runs_v(doc, key="measures"):
    """In every run of adjacent body paragraphs of a part, the paragraphs' texts put in reverse order;
    enumerators (一是, （二）, 3.) and indents stay where they were."""
    if not doc.has(key):
        return None
    lines = list(doc.lines)
    n = 0
    for r in _runs(doc, key):
        parts = [_split_head(doc.lines[i]) for i in r]
        bodies = [p[2] for p in parts][::-1]
        for i, p, b in zip(r, parts, bodies):
            lines[i] = p[0] + p[1] + b
        n += 1
    return _done(doc, lines) if n else None


def op_sentence_lines_v(doc, key="measures", min_sents=3):
    """Every body paragraph of a part with at least min_sents sentences written one sentence a line (the
    first line keeps the enumerator, the others take the part's indent, no blank lines between)."""
    if not doc.has(key):
        return None
    _, indent = doc._style(key)
    lines = list(doc.lines)
    todo = []
    for i, c in _body_paras(doc, key):
        ss = [s for s in sentences(lines[i]) if s.strip()]
        if len(ss) >= min_sents:
            todo.append((i, ss))
    if not todo:
        return None
    for i, ss in reversed(todo):
        lines[i:i + 1] = [ss[0].rstrip()] + [indent + s.strip() for s in ss[1:]]
    return _done(doc, lines)


def op_join_items_v(doc, key="measures", max_len=260):
    """Every run of adjacent enumerated body paragraphs (一是 …, 二是 …) of a part, each at most max_len
    characters, joined into one paragraph (the first one's indent kept, blank lines between dropped)."""
    if not doc.has(key):
        return None
    lines = list(doc.lines)
    runs = [r for r in _runs(doc, key, need_enum=True) if all(len(doc.lines[i].strip()) <= max_len for i in r)]
    if not runs:
        return None
    gone = set()
    for r in runs:
        lines[r[0]] = doc.lines[r[0]].rstrip() + "".join(doc.lines[i].strip() for i in r[1:])
        gone.update(range(r[0] + 1, r[-1] + 1))
    return _done(doc, [ln for j, ln in enumerate(lines) if j not in gone])


ORD_SHI = re.compile(r"(^|[\s。；;，,：:！!])([" + CN_DIGITS + r"])是(?![，,])")


def op_ordinal_words_v(doc, words, min_hits=2):
    """Every 一是/二是 … enumerator of the document written as an ordinal word (首先，其次， …: words[k-1])."""
    n = [0]

    def rep(m):
        k = CN_DIGITS.index(m.group(2))
        n[0] += 1
        return m.group(1) + words[min(k, len(words) - 1)]
    t = ORD_SHI.sub(rep, doc.text)
    if n[0] < min_hits:
        return None
    return None if t == doc.text else t


PAREN_HEAD = re.compile(r"^(\s*)[（(]([" + CN_DIGITS + r"]{1,3})[）)]\s*", re.M)


def op_paren_to_arabic_v(doc, min_hits=2):
    """Every line-opening （一）/(二) enumerator of the document written as 1. 2. …"""
    n = [0]

    def rep(m):
        n[0] += 1
        return f"{m.group(1)}{_cn_to_int(m.group(2))}."
    t = PAREN_HEAD.sub(rep, doc.text)
    if n[0] < min_hits:
        return None
    return None if t == doc.text else t


DATE_LINE = re.compile(r"^\s*(?:20\d\d|二〇[一二三四五六七八九〇零]{2})年[\d一二三四五六七八九十〇零]{1,3}月"
                       r"[\d一二三四五六七八九十〇零]{1,3}日\s*$")


def op_date_to_top_v(doc, last=6):
    """The signature date line (one of the last `last` non-empty lines) moved to just below the title."""
    ne = [i for i, ln in enumerate(doc.lines) if ln.strip()]
    if len(ne) < 3:
        return None
    cand = [i for i in ne[-last:] if DATE_LINE.match(doc.lines[i])]
    if not cand:
        return None
    i = cand[-1]
    lines = list(doc.lines)
    dl = lines.pop(i)
    lines.insert(ne[0] + 1, dl.strip())
    return _done(doc, lines)


# ---------------------------------------------------------------- pairs
def _block(doc, key, paras, salt):
    blank, indent = doc._style(key)
    sep = "\n" + ("\n" if blank else "") + indent
    return sep.join(fmt_q(doc, p, salt) for p in paras)


def op_pair_three_v(doc, key, a_list, b_list):
    """A: three paragraphs of `a_list` at the end of the part; B: the three of `b_list` in their place
    (same figures both sides)."""
    if not doc.has(key) or not doc.paras(key, _excl(key), skip_headings=False):
        return None
    ex = _excl(key)
    ra = insert_para(doc, key, _block(doc, key, a_list, "p3" + key), exclude=ex)
    rb = insert_para(doc, key, _block(doc, key, b_list, "p3" + key), exclude=ex)
    return ra, rb


def op_pair_hollow_real_v(doc, hollow, k=3):
    """A: the report as it is; B: its k measures paragraphs with the most counts, each replaced (after
    its enumerator) by a hollow paragraph (rotating over `hollow`)."""
    if not doc.has("measures"):
        return None
    ps = _body_paras(doc, "measures")
    scored = sorted(((len(COUNT_RX.findall(doc.lines[i])), i) for i, _ in ps), key=lambda x: (-x[0], x[1]))
    pick = [i for c, i in scored if c >= 1][:k]
    if len(pick) < k:
        return None
    lines = list(doc.lines)
    for j, i in enumerate(sorted(pick)):
        lead, head, _ = _split_head(doc.lines[i])
        lines[i] = lead + head + fmt_q(doc, hollow[j % len(hollow)], "hr" + str(j))
    b = _done(doc, lines)
    return (doc.text, b) if b else None


def op_pair_body_v(doc, key, a_paras, b_paras):
    """A: the part's body replaced by `a_paras`; B: by `b_paras` (same figures both sides)."""
    if not doc.has(key):
        return None
    ra = replace_body(doc, key, [fmt_q(doc, p, "pb" + key) for p in a_paras], exclude=(FR,))
    rb = replace_body(doc, key, [fmt_q(doc, p, "pb" + key) for p in b_paras], exclude=(FR,))
    return ra, rb


__all__ = ["op_heads_only_v", "op_subject_swap_v", "op_percent_no_base_v", "op_docs_generic_v",
           "op_slogan_merge_v", "op_keep_unfigured_v", "op_reverse_runs_v", "op_sentence_lines_v",
           "op_join_items_v", "op_ordinal_words_v", "op_paren_to_arabic_v", "op_date_to_top_v",
           "op_pair_three_v", "op_pair_hollow_real_v", "op_pair_body_v"]
