"""Operations for the seventeenth substance set (substance_pool_q.py, substance_edits_q*.py), built on
edit_lib, edit_lib_d … edit_lib_p (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (NUM_RX, RE_ENUM, TOPHEAD, edit_items, insert_para, item_keyphrase, map_paras,
                      replace_body, sentences)
from edit_lib_d import CN as CNUM
from edit_lib_d import FR, _part_heading_lines
from edit_lib_h import cn_int
from edit_lib_l import _done, _excl, _split_head, op_each_counted
from edit_lib_o import fmt_o

SUB = {"township": "村（社区）", "county": "乡镇（街道）", "city": "县（市、区）", "province": "市县",
       "department": "下属单位"}
COURT = {"township": "县人民法院", "county": "县人民法院", "city": "市中级人民法院", "province": "省高级人民法院",
         "department": "同级人民法院"}
PROC = {"township": "县人民检察院", "county": "县人民检察院", "city": "市人民检察院", "province": "省人民检察院",
        "department": "同级人民检察院"}


def fmt_q(doc, s, salt):
    """fmt_o (set N's figures that agree with each other, the same on both sides of a pair), salted 'q',
    plus {y5} (five years before the report year), {sub} (the level below), {court}, {proc}."""
    s = (s.replace("{y5}", str(doc.year - 5)).replace("{sub}", SUB.get(doc.level, "乡镇（街道）"))
         .replace("{court}", COURT.get(doc.level, "县人民法院")).replace("{proc}", PROC.get(doc.level, "县人民检察院")))
    return fmt_o(doc, s, "q|" + salt)


def op_pair_para_q(doc, key, a, b, where="end"):
    if not doc.has(key):
        return None
    ex = _excl(key)
    ra = insert_para(doc, key, fmt_q(doc, a, key), exclude=ex, where=where)
    rb = insert_para(doc, key, fmt_q(doc, b, key), exclude=ex, where=where)
    return ra, rb


def op_pad_para_q(doc, key, para, where="end"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_q(doc, para, "pad" + key), exclude=_excl(key), where=where)


def _map_parts(doc, fn, keys=("measures", FR), skip_headings=True):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=skip_headings)
    return lines


# ---------------------------------------------------------------- directional: substance removed
def op_counted_prefix(doc, tpls, drop_year=True, min_hits=2):
    """Every counted sentence of the measures (FR part excluded) gets a prefix (rotating over `tpls`)
    after its enumerator; with drop_year its own report-year words (2024年, 今年, 全年 …) are dropped."""
    yr = re.compile(rf"{doc.year}年(?:度)?(?:以来|全年)?|今年(?:以来)?|本年度|年内|全年|当年")

    def fn(s, k):
        lead, head, body = _split_head(s)
        if drop_year:
            body = yr.sub("", body).lstrip("，,")
        return lead + head + fmt_q(doc, tpls[k % len(tpls)], "cp") + body
    return op_each_counted(doc, fn, min_hits)


def op_items_replace(doc, tpls, min_items=1):
    """Each problem item of the 不足 rewritten from its key phrase: enumerator + template(kp)."""
    if not doc.has("shortcomings"):
        return None
    n = [0]

    def fn(item, k):
        m = RE_ENUM.match(item)
        pre = item[: m.end()] if m else ""
        kp = item_keyphrase(item)
        n[0] += 1
        return pre + fmt_q(doc, tpls[k % len(tpls)].replace("<kp>", kp), "it")
    t = edit_items(doc, fn)
    if t is None or n[0] < min_items:
        return None
    return None if t == doc.text else t


def op_items_suffix(doc, tpls, min_items=1):
    """Each problem item of the 不足 keeps its words and gets a clause appended before its closing mark
    (rotating over `tpls`)."""
    if not doc.has("shortcomings"):
        return None
    n = [0]

    def fn(item, k):
        m = re.search(r"[。；;，,！!]*$", item)
        body = item[: m.start()]
        if len(body.strip()) < 6:
            return item
        n[0] += 1
        return body + fmt_q(doc, tpls[k % len(tpls)], "is") + (m.group(0) or "。")
    t = edit_items(doc, fn)
    if t is None or n[0] < min_items:
        return None
    return None if t == doc.text else t


def op_replace_body_q(doc, key, para):
    if not doc.has(key):
        return None
    t = replace_body(doc, key, [fmt_q(doc, para, "rb" + key)], exclude=())
    return None if t == doc.text else t


def op_plan_items_suffix(doc, tpl, min_hits=2):
    """Every enumerated item of the plan (inline 一是…二是… or one per line) gets a clause appended
    before its closing mark."""
    if not doc.has("next_year"):
        return None
    n = [0]
    add = fmt_q(doc, tpl, "plan")

    def fn(t):
        ms = list(RE_ENUM.finditer(t))
        if not ms or (len(t.strip()) < 40 and "。" not in t):    # a sub-heading line: left alone
            return t
        out = [t[: ms[0].start()]]
        for k, m in enumerate(ms):
            seg = t[m.start(): ms[k + 1].start() if k + 1 < len(ms) else len(t)]
            tail = re.search(r"[。；;！!\s]*$", seg).group(0)
            body = seg[: len(seg) - len(tail)]
            if len(body) - (m.end() - m.start()) > 6:
                seg = body + add + (tail if tail.strip() else "。" + tail)
                n[0] += 1
            out.append(seg)
        return "".join(out)
    lines = map_paras(doc, "next_year", fn, (), skip_headings=False)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


ISSUE_RX = re.compile(r"(?:(?:研究|编制|起草|制定|修订)并?)?(?:印发|制定|出台|制发|修订|编制|起草|发布)(?:了|实施)?(?=《)")


def op_docs_forwarded(doc, repl, min_hits=1):
    """Every document the issuer says it drafted or issued (印发《…》, 制定《…》, 出台《…》) is said to
    have been forwarded from above instead (repl, e.g. 转发上级的), in the measures and FR part."""
    n = [0]

    def fn(t):
        t2, k = ISSUE_RX.subn(repl, t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- invariance (form only)
MONTH_RX = re.compile(r"(?<![\d\-－—~～至.])(\d{1,2})月(?:(\d{1,2})日)?(?!份)")


def op_month_cn(doc, min_hits=1):
    """Months and days written in Chinese numerals (3月5日 -> 三月五日) in the whole text after the title
    line; ranges (1-12月) and 月份 left alone."""
    n = [0]

    def rep(m):
        mo = int(m.group(1))
        if not 1 <= mo <= 12:
            return m.group(0)
        d = m.group(2)
        if d and not 1 <= int(d) <= 31:
            return m.group(0)
        n[0] += 1
        return cn_int(mo) + "月" + (cn_int(int(d)) + "日" if d else "")
    lines = list(doc.lines)
    for i in range(1, len(lines)):    # the whole text after the title line
        lines[i] = MONTH_RX.sub(rep, lines[i])
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_name_titles(doc, names, min_hits=1):
    """The first mention of each principal's title in the FR part and the measures gets a (made-up)
    personal name after it (党委书记 -> 党委书记王立新): the same person by title and name.  `names` maps
    a title to the name; titles sharing a name (镇党委书记, 党委书记) are one person.  Not after 副/乡,
    not before another title, nor in 县长信箱, 镇长热线, 县长办公会 …"""
    n = [0]
    used = set()
    titles = sorted(names, key=len, reverse=True)
    alt = "|".join(map(re.escape, titles))
    rx = re.compile(r"(?<![副乡])(" + alt + r")(?![、和与及]?(?:" + alt + r"))(?!信箱|热线|办公会|公开电话|接待日)"
                    r"(?=[\u4e00-\u9fff，,])")

    def rep(m):
        t = m.group(1)
        name = names[t]
        if name in used:
            return t
        used.add(name)
        n[0] += 1
        return t + name
    lines = list(doc.lines)
    for k in (FR, "measures"):
        if doc.has(k):
            lines = map_paras(doc, k, lambda t: rx.sub(rep, t), _excl(k), lines, skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


SUMMARY_IN = re.compile(r"形成了|实现了|确保|有效(?:提升|增强|提高)|得到(?:了)?(?:有效|明显|进一步)")
SUMMARY_HEAD = re.compile(r"^(?:通过|有效|切实|进一步|全面|确保|为|推动|促进|形成|营造|不断|着力|实现|真正|从而|进而|使|让)")


def op_summary_first(doc, min_hits=1):
    """In a paragraph of the measures, the FR part or the plan, of three or more sentences whose last
    sentence is a summary (no figure; it opens with 通过/有效/切实/进一步/确保 … or states a result with 形成了/
    实现了/确保/得到有效…; it follows a full stop; the paragraph runs no inline items), that sentence is moved to the start of the paragraph (after
    its enumerator and title sentence, if any).  Same sentences, another order."""
    n = [0]

    def fn(t):
        ss = sentences(t)
        if len(ss) < 3:
            return t
        last = ss[-1]
        tail = re.search(r"\s*$", last).group(0)
        lst = last.strip()
        if not re.search(r"[。！!]$", lst) or re.search(r"\d", lst) or not (SUMMARY_HEAD.match(lst) or SUMMARY_IN.search(lst)):
            return t
        if len(lst) < 12 or RE_ENUM.search(lst) or not ss[-2].rstrip().endswith("。"):
            return t
        if len(RE_ENUM.findall(t.lstrip()[3:])) > 0:    # inline items: their order is not free
            return t
        first = ss[0]
        lead, head, body = _split_head(first)
        k = 1
        if head and len(body.strip()) <= 24:    # an enumerator with its title sentence
            pre = first
        elif head:
            pre = lead + head
            ss = [body] + ss[1:]
            k = 0
        else:
            pre = lead
            ss = [first.lstrip()] + ss[1:]
            k = 0
        n[0] += 1
        return pre + lst + "".join(ss[k:-1]).rstrip() + tail
    lines = _map_parts(doc, fn, ("measures", FR, "next_year"), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


LIST_RX = re.compile(r"、((?:[\u4e00-\u9fff“”（）()]{2,12}、){2,})")


def op_list_reverse(doc, min_hits=1):
    """In an enumeration of four or more items joined by 、 (扶贫、社会救助、社会福利、医疗卫生), the inner
    items (those with 、 on both sides) put in reverse order: the same items in another order."""
    n = [0]

    def rep(m):
        items = m.group(1).split("、")[:-1]
        if len(set(items)) < 2:
            return m.group(0)
        n[0] += 1
        return "、" + "、".join(reversed(items)) + "、"
    lines = _map_parts(doc, lambda t: LIST_RX.sub(rep, t), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


SHORT_LAWS = ["行政处罚法", "行政复议法", "行政许可法", "行政诉讼法", "行政强制法", "民法典", "宪法", "立法法",
              "公职人员政务处分法", "法律援助法", "人民调解法", "政府信息公开条例", "安全生产法", "监察法"]
PRC = "中华人民共和国"
LAW_RX = re.compile("《(" + PRC + ")?(" + "|".join(SHORT_LAWS) + r")》")


def op_law_names(doc, min_hits=1):
    """National laws named by their full title written short and short ones written in full
    (《中华人民共和国行政处罚法》 <-> 《行政处罚法》; 条例 of the State Council get 中华人民共和国 too), in the
    whole body after the title line: the same law."""
    n = [0]

    def rep(m):
        n[0] += 1
        return "《" + m.group(2) + "》" if m.group(1) else "《" + PRC + m.group(2) + "》"
    lines = list(doc.lines)
    first = min(s.start for s in doc.spans.values()) if doc.spans else 1
    start = max(1, min(first, 1))
    for i in range(start, len(lines)):
        lines[i] = LAW_RX.sub(rep, lines[i])
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


TOP_ENUM = re.compile(r"^(\s*)([" + CNUM + r"]+)、\s*")


def op_part_ordinals(doc, min_hits=2):
    """The top-level part headings (一、… 二、…) written as 第一部分 … 第二部分 … (an ideographic space after
    the ordinal); the words of the headings stay."""
    lines = list(doc.lines)
    heads = {sp.start for sp in doc.spans.values() if not sp.embedded}
    hit = 0
    for i, _ in _part_heading_lines(doc):
        if i not in heads:
            continue
        m = TOP_ENUM.match(lines[i])
        if not m:
            continue
        lines[i] = m.group(1) + "第" + m.group(2) + "部分\u3000" + lines[i][m.end():]
        hit += 1
    if hit < min_hits:
        return None
    return _done(doc, lines)


# ---------------------------------------------------------------- padding
def op_captions(doc, tpl, every=2, limit=4):
    """Picture captions (as copied from a web page) put after every `every`-th paragraph of the measures,
    at most `limit`; {k} numbers them."""
    if not doc.has("measures"):
        return None
    ps = doc.paras("measures", (FR,), skip_headings=True)
    if len(ps) < 2:
        return None
    lines = list(doc.lines)
    picks = [i for j, (i, _) in enumerate(ps) if j % every == 0][:limit]
    blank, indent = doc._style("measures")
    for k, i in reversed(list(enumerate(picks, 1))):
        cap = fmt_q(doc, tpl.replace("{k}", str(k)), "cap")
        lines[i + 1:i + 1] = ([""] if blank else []) + [indent + cap]
    return _done(doc, lines)


def op_tail_lines(doc, paras):
    """Lines appended after the last non-empty line of the text (after the signature, if any)."""
    lines = list(doc.lines)
    k = len(lines)
    while k and not lines[k - 1].strip():
        k -= 1
    if not k:
        return None
    lines[k:k] = [""] + [fmt_q(doc, p, "tail") for p in paras]
    return _done(doc, lines)


COUNT_RX = re.compile(r"(?<![\d.])(\d{1,5})(余|多)?(人次|场次|件|次|个|人|场|份|例|项|家|卷|条|户|期|起|处|名|台|篇)(?![\d（(])")


def op_count_readings(doc, min_hits=2):
    """Each integer count of the measures (12件) followed by its reading in Chinese numerals in brackets
    (12件（十二件）): the same figure said twice."""
    if not doc.has("measures"):
        return None
    n = [0]

    def rep(m):
        v = int(m.group(1))
        if v < 2 or v > 99999:
            return m.group(0)
        n[0] += 1
        return m.group(0) + "（" + cn_int(v) + (m.group(2) or "") + m.group(3) + "）"
    lines = map_paras(doc, "measures", lambda t: COUNT_RX.sub(rep, t), _excl("measures"), skip_headings=True)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


__all__ = ["FR", "fmt_q", "op_pair_para_q", "op_pad_para_q", "op_counted_prefix", "op_items_replace",
           "op_items_suffix", "op_replace_body_q", "op_plan_items_suffix", "op_docs_forwarded", "op_month_cn",
           "op_name_titles", "op_summary_first", "op_list_reverse", "op_law_names", "op_part_ordinals",
           "op_captions", "op_tail_lines", "op_count_readings", "TOPHEAD", "NUM_RX"]
