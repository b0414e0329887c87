"""Operations for the forty-eighth substance set (substance_pool_av.py): hollow writing across the four parts
(主要举措和成效, 存在的不足和原因, 第一责任人, 下一年度主要安排).
Built on edit_lib, edit_lib_ah and edit_lib_au (imported, unchanged).  Written without reading fzscore's code
or rubric data; every operation takes its wording as an argument and finds what it edits from the corpus
labels and regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.

The lesson of set AU: added text goes INSIDE the part it belongs to -- after the part's last body line and
before the next part's heading -- never after the report's signature, its date or a page footer.  A part's
located span may run on into such lines (the last part of a page, or a part whose end the TRAILER regex of
edit_lib misses), so every insertion and every sentence rewrite here works on `safe_paras_av`: the part's
body pieces cut at the first signature / date / footer line, and `insert_inside_av` checks the insertion
point lies strictly inside the part's span before it inserts.
"""
import re

from edit_lib import NUM_RX, TOPHEAD, edit_items, fmt, problem_items, sentences
from edit_lib_ah import ENUM_LEAD, FR, M, PL, SH, _done, _excl, _tail  # noqa: F401
from edit_lib_au import counted_clauses, topic_phrase

CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
# lines that end a part's body: signature, date, page chrome / footer
TAIL_RX = re.compile(
    r"^\s*(?:特此报告|附件|相关(?:链接|文档|阅读)|网站地图|【?打印|【?关闭|主办[:：]|承办[:：]|协办[:：]|扫一扫|版权所有|"
    r"联系(?:电话|我们|方式|地址)|地址[:：]|电话[:：]|网站标识码|ICP|.*ICP备|.*公网安备|技术支持|上一篇|下一篇|"
    r"来源[:：]|发布(?:时间|日期)|责任编辑|浏览次数|分享到|市民服务热线|"
    r"\S{2,30}(?:人民政府|委员会|党委|办事处|司法局|司法所|管委会|街道|政府办公室|政府办|局|厅|办公室)\s*$|"
    r"[\d〇零一二三四五六七八九]{4}\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*$)")


def is_tail_line(ln):
    t = ln.strip()
    return bool(t) and len(t) <= 80 and TAIL_RX.match(t) is not None


def safe_paras_av(doc, key, exclude=None):
    """[(line, col)] of the part's body pieces (headings kept), cut at the first signature / date / footer
    line after the part's heading line: nothing past the report's own end is ever edited or followed."""
    if not doc.has(key):
        return []
    ex = _excl(key) if exclude is None else exclude
    ps = doc.paras(key, ex, skip_headings=False)
    out = []
    for i, c in ps:
        if i != doc.spans[key].start and is_tail_line(doc.lines[i]):
            break
        out.append((i, c))
    return out


def _is_body(doc, i, c, key):
    t = doc.lines[i][c:].strip()
    if not t:
        return False
    if i != doc.spans[key].start and TOPHEAD.match(doc.lines[i]) and len(t) < 40 and "。" not in t:
        return False
    return len(t) >= 20 or "。" in t or "；" in t


def insert_inside_av(doc, key, para, where="end", exclude=None):
    """Insert a paragraph inside the part: at the end, after its last body line (>= 20 characters or a
    sentence, before any signature / date / footer and before the next part's heading); at the start, before
    its first body line (or at the start of an inline body).  None when no such line is found or the
    insertion point would fall outside the part's span."""
    ps = [(i, c) for i, c in safe_paras_av(doc, key, exclude) if _is_body(doc, i, c, key)]
    if not ps:
        return None
    sp = doc.spans[key]
    blank, indent = doc._style(key)
    lines = list(doc.lines)
    if where == "end":
        i = ps[-1][0]
        if not (sp.start <= i < sp.end):
            return None
        if any(is_tail_line(lines[j]) for j in range(sp.start + 1, i + 1)):
            return None
        lines[i + 1:i + 1] = ([""] if blank else []) + [indent + para]
    else:
        i, c = ps[0]
        if not (sp.start <= i < sp.end):
            return None
        if i == sp.start:
            lines[i] = lines[i][:c] + para + lines[i][c:]
        else:
            lines[i:i] = [indent + para] + ([""] if blank else [])
    return _done(doc, lines)


def sent_map_av(doc, key, fn, min_hits=2, exclude=None):
    """fn(sentence, k) -> sentence over the safe body pieces of a part (headings of < 40 characters with no
    full stop skipped); None unless at least min_hits sentences changed."""
    if not doc.has(key):
        return None
    sp = doc.spans[key]
    n = [0]
    lines = list(doc.lines)
    for i, c in safe_paras_av(doc, key, exclude):
        body = lines[i][c:]
        if i != sp.start and len(body.strip()) < 40 and "。" not in body:
            continue
        out = []
        for s in sentences(body):
            r = fn(s, n[0])
            if r != s:
                n[0] += 1
            out.append(r)
        lines[i] = lines[i][:c] + "".join(out)
    return _done(doc, lines) if n[0] >= min_hits else None


def cn_number(k):
    if k == 2:
        return "两"
    if k <= 10:
        return CN_DIGITS[k]
    return "十" + (CN_DIGITS[k - 10] if k > 10 else "")


# ---------------------------------------------------------------- directional
def op_counted_to_publicity_av(doc, tpls, min_hits=2):
    """In the measures every counted sentence of 8+ characters replaced (enumerator kept), rotating, by a
    line counting the publicity its first counted activity got ({kp}: stories pushed, media reports, video
    views): counts are left, but of coverage, not of work done."""
    def fn(s, k):
        b = s.strip()
        if len(b) < 8 or not NUM_RX.search(b):
            return s
        body = s.rstrip()
        lead = ENUM_LEAD.match(body).group(0)
        acts = counted_clauses(body)
        kp = acts[0] if acts else topic_phrase(body)
        kp = re.sub(r"(?<=[\u4e00-\u9fff])次$", "", kp)    # 走访企业1094家次 -> 走访企业
        if len(kp) < 4:
            return s
        t = fmt(doc, tpls[k % len(tpls)].replace("{kp}", "{{kp}}"), f"pub{k}").replace("{kp}", kp)
        return lead + t + (_tail(body) or "。") + s[len(body):]
    return sent_map_av(doc, M, fn, min_hits)


def op_short_items_unnamed_av(doc, tpls, min_items=2):
    """Every item of the shortfalls (and causes) part rewritten (enumerator kept), rotating, as a count of
    problems found with none of them named: numbers are left, the problems are gone."""
    if not doc.has(SH):
        return None
    if any(is_tail_line(doc.lines[i]) for i, _ in doc.paras(SH, (), skip_headings=False)
           if i != doc.spans[SH].start):
        return None
    hits = [0]

    def fn(item, k):
        lead = ENUM_LEAD.match(item).group(0)
        if len(item.strip()) - len(lead) < 6:
            return item
        hits[0] += 1
        end = "；" if item.rstrip().endswith(("；", ";")) else "。"
        return lead + fmt(doc, tpls[k % len(tpls)], f"sh{k}") + end
    t = edit_items(doc, fn)
    return _done(doc, t) if t and hits[0] >= min_items else None


ITEM_RX = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|(?<![\d.])\d{1,2}[、.．](?!\d))")


def op_plan_to_honours_av(doc, tpls, min_hits=2):
    """In the next-year plan every enumerated item (led by 一是 / （一） / 1., a paragraph or a piece of one)
    replaced, rotating, by one sentence aiming to win an honour on its topic ({kp}: the first phrase of the
    item; the enumerator kept); lead-ins and paragraphs with no enumerator are kept as they are: the plan's
    steps become titles and prizes to strive for."""
    if not doc.has(PL):
        return None
    sp = doc.spans[PL]
    n = [0]
    lines = list(doc.lines)

    def one(item):
        lead = ENUM_LEAD.match(item).group(0)
        kp = topic_phrase(item)
        if len(item.strip()) - len(lead) < 8 or len(kp) < 4:
            return item
        end = "；" if item.rstrip().endswith(("；", ";")) else "。"
        t = tpls[n[0] % len(tpls)].replace("{kp}", kp)
        n[0] += 1
        return lead + t + end

    for i, c in safe_paras_av(doc, PL):
        body = lines[i][c:]
        if i != sp.start and len(body.strip()) < 40 and "。" not in body:
            continue
        pos = [m.start() for m in ITEM_RX.finditer(body)]
        pos = [p for p in pos if p == 0 or body[p - 1] in "。；;：: \u3000\t"]
        if not pos:
            continue
        out = [body[:pos[0]]]
        for k, p in enumerate(pos):
            q = pos[k + 1] if k + 1 < len(pos) else len(body)
            out.append(one(body[p:q]))
        lines[i] = lines[i][:c] + "".join(out)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- padding
def op_pad_inside_av(doc, key, para, salt, where="end"):
    """A paragraph (filled) inside a part, at its end (after the last body line) or at its start."""
    if not doc.has(key):
        return None
    return insert_inside_av(doc, key, fmt(doc, para, "av|" + salt), where)


def op_pad_short_count_lead_av(doc, tpl, salt):
    """At the start of the shortfalls part a lead-in saying how many kinds of shortfall follow ({cn}: the
    number of its items, in Chinese numerals): a count that counts nothing done or found."""
    if not doc.has(SH):
        return None
    ps = doc.paras(SH, (), skip_headings=False)
    joined = "\u0000".join(doc.lines[i][c:] for i, c in ps)
    k = len(problem_items(joined))
    if k < 2 or k > 12:
        return None
    return op_pad_inside_av(doc, SH, tpl.replace("{cn}", cn_number(k)), salt, where="start")


# ---------------------------------------------------------------- pairs (same figures in A and B)
def op_pair_inside_av(doc, key, a, b, salt):
    """Pair: A and B, filled with the same figures, each put inside the part `key`, after its last body line."""
    if not doc.has(key):
        return None
    fa, fb = (fmt(doc, t, "av|" + salt) for t in (a, b))
    ra, rb = insert_inside_av(doc, key, fa), insert_inside_av(doc, key, fb)
    if ra is None or rb is None:
        return None
    return ra, rb
