"""Operations for the eleventh substance set (substance_pool_k.py, substance_edits_k*.py), built on
edit_lib, edit_lib_c … edit_lib_j (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, fmt, insert_para, map_paras, map_sentences, shortcoming_keyphrases
from edit_lib_d import CN, FR, _is_title, op_insert
from edit_lib_g import measure_titles
from edit_lib_h import _topic


def _excl(key):
    return (FR,) if key == "measures" else ()


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _map(doc, fn, keys=("measures",)):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines)
    return _done(doc, lines)


def _esc(s):
    """A text taken from the report, made safe for str.format (fmt)."""
    return s.replace("{", "{{").replace("}", "}}")


def _kps(doc, limit=2):
    return [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:limit]


# ---------------------------------------------------------------- the 不足 said to be solved in the measures
def op_kp_measures(doc, tpl, limit=2, salt=""):
    """A measures paragraph made of one sentence per stated problem (template with <kp> = the
    problem's key phrase taken from the 不足 part): e.g. the 不足's own problems claimed solved."""
    if not doc.has("measures", "shortcomings"):
        return None
    kps = _kps(doc, limit)
    if not kps:
        return None
    para = "".join(tpl.replace("<kp>", _esc(k)) for k in kps)
    return op_insert(doc, "measures", para, salt)


def op_pair_kp_measures(doc, tpl_a, tpl_b, limit=2):
    """Pair: op_kp_measures with template A vs template B at the same place (same figures)."""
    a = op_kp_measures(doc, tpl_a, limit, "pair")
    b = op_kp_measures(doc, tpl_b, limit, "pair")
    if a is None or b is None:
        return None
    return a, b


# ---------------------------------------------------------------- named documents made generic
DOC_RX = re.compile(r"《[^《》\n]{2,40}》")


def op_named_docs_generic(doc, word, keys=("measures", FR), min_hits=1):
    """Every named document of the given parts (《…》) replaced by a generic word (有关文件 …): the same
    acts, no document a reader could look up.  None if fewer than min_hits names go."""
    n = [0]

    def fn(t):
        t, k = DOC_RX.subn(word, t)
        n[0] += k
        return t
    r = _map(doc, fn, keys)
    return r if n[0] >= min_hits else None


# ---------------------------------------------------------------- padding made of the report's own words
def counted_phrases(doc, limit=6):
    """'<work><count>' phrases of the measures' counted sentences ('办理行政复议案件12件')."""
    out = []

    def fn(s):
        m = NUM_RX.search(s)
        if m and len(s.strip()) >= 12 and not _is_title(s):
            t = _topic(s)
            if 3 <= len(t) <= 24:
                ph = t + m.group(0)
                if ph not in out:
                    out.append(ph)
        return s
    if doc.has("measures"):
        map_sentences(doc, "measures", fn)
    return out[:limit]


def op_recap_counts(doc, intro, outro, limit=6):
    """A closing paragraph of the measures that lists the report's own counts again (intro + the
    counted phrases joined by ， + outro): the same figures a second time, nothing new."""
    ph = counted_phrases(doc, limit)
    if len(ph) < 2:
        return None
    para = fmt(doc, intro) + "，".join(ph) + fmt(doc, outro)
    return insert_para(doc, "measures", para, exclude=(FR,))


def op_title_summary(doc, intro, outro, limit=6):
    """A closing paragraph of the measures that names the measures' own item titles again
    (intro + titles joined by 、 + outro): a summary that adds nothing."""
    ts = [t.strip("，,：: ") for t in measure_titles(doc, limit)]
    if len(ts) < 2:
        return None
    para = fmt(doc, intro) + "、".join(ts) + fmt(doc, outro)
    return insert_para(doc, "measures", para, exclude=(FR,))


def op_fr_copy_counted(doc, prefix):
    """The measures' sentence with most counts copied into the 第一责任人 part (prefix before it): a
    figure already reported, claimed again as the principal's deed."""
    if not doc.has("measures", FR):
        return None
    best = [("", 0)]

    def fn(s):
        k = len(NUM_RX.findall(s))
        if k > best[0][1] and len(s.strip()) >= 12 and not _is_title(s):
            best[0] = (s.strip(), k)
        return s
    map_sentences(doc, "measures", fn)
    s, k = best[0]
    if k < 1:
        return None
    s = re.sub(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])", "", s)
    if not s.endswith(("。", "；", ";", "！")):
        s += "。"
    return insert_para(doc, FR, fmt(doc, prefix) + s, exclude=())


# ---------------------------------------------------------------- form only (substance unchanged)
def op_pct_fullwidth(doc, keys=("measures", FR)):
    """Percent signs written full-width ('97.8%' -> '97.8％')."""
    return _map(doc, lambda t: re.sub(r"(?<=[0-9])\s*%", "％", t), keys)


def op_md_bullets(doc, key="measures", min_len=30):
    """Every long body paragraph of a part that stands on a line of its own written as a Markdown
    list item ('- ' after its indentation), as a Markdown export of a bulleted Word list shows."""
    if not doc.has(key):
        return None
    lines = list(doc.lines)
    n = 0
    for i, c in doc.paras(key, _excl(key), True):
        ln = lines[i]
        if c != 0 or len(ln.strip()) < min_len:
            continue
        body = ln.lstrip()
        lines[i] = ln[: len(ln) - len(body)] + "- " + body
        n += 1
    return _done(doc, lines) if n else None


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def op_enum_circled(doc, keys=("measures",)):
    """In-paragraph enumerators '一是…二是…' written as circled digits '①…②…' (same items, same order)."""
    rx = re.compile(r"(?:(?<=^)|(?<=[。；;：:\s]))([一二三四五六七八九]|十)是")

    def rep(m):
        return CIRCLED[CN.index(m.group(1))]
    return _map(doc, lambda t: rx.sub(rep, t), keys)


def op_to_wan(doc, keys=("measures", FR)):
    """Exact counts of 10,000 or more that are multiples of 100 written in 万 ('16000份' -> '1.6万份');
    counts with 余 or 万 already are left alone."""
    def rep(m):
        num, unit = m.group(1), m.group(3)
        if "." in num or unit.startswith(("余", "万", "%")) or int(num) < 10000 or int(num) % 100:
            return m.group(0)
        w = f"{int(num) / 10000:.2f}".rstrip("0").rstrip(".")
        return w + "万" + unit
    return _map(doc, lambda t: NUM_RX.sub(rep, t), keys)


__all__ = [
    "CIRCLED",
    "DOC_RX",
    "counted_phrases",
    "op_enum_circled",
    "op_fr_copy_counted",
    "op_kp_measures",
    "op_md_bullets",
    "op_named_docs_generic",
    "op_pair_kp_measures",
    "op_pct_fullwidth",
    "op_recap_counts",
    "op_title_summary",
    "op_to_wan",
]
