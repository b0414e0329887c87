"""Operations for the twenty-third substance set (substance_pool_w.py, substance_edits_w*.py): invariance
of the substance judgement under meaning-preserving rewrites of the report's own sentences, a few
directional edits (habitual practice, last year's figures, the superior's acts) and outcome pairs.
Built on edit_lib, edit_lib_d, edit_lib_h, edit_lib_l, edit_lib_q (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
(or is a form-only rewrite) and finds what it edits from the corpus labels and regexes (edit_lib.Doc):
no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, insert_para, map_paras, sentences
from edit_lib_d import CN as CN_DIGITS
from edit_lib_d import FR, _is_title
from edit_lib_h import cn_number
from edit_lib_l import _done, _excl, _split_head
from edit_lib_q import COUNT_RX, fmt_q

KEYS2 = ("measures", FR)
UNIT_CH = "人次|场次|件|次|个|人|场|份|例|项|家|卷|条|户|期|起|处|名|台|篇|元"


def _map(doc, fn, keys=KEYS2, skip_headings=True):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines, skip_headings=skip_headings)
    return lines


def _sub_count(doc, rx, repl, keys=KEYS2, min_hits=2, skip_headings=True):
    n = [0]

    def fn(t):
        def rep(m):
            r = repl(m)
            if r != m.group(0):
                n[0] += 1
            return r
        return rx.sub(rep, t)
    lines = _map(doc, fn, keys, skip_headings)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- numbers written another way
PCT_RX = re.compile(r"(?<![\d.])(\d{1,3})(?:\.0)?\s*[%％]")
CNT_RX = re.compile(r"(?<![\d.,])(\d{1,4})(余|多)?(" + UNIT_CH + r")")


def op_numbers_hanzi_w(doc, min_hits=2):
    """Counts below 10000 and whole percentages of the measures and the FR part written in Chinese
    numerals: 12件 -> 十二件, 100% -> 百分之百, 96% -> 百分之九十六."""
    def rep(m):
        if m.re is PCT_RX:
            v = int(m.group(1))
            return "百分之百" if v == 100 else "百分之" + cn_number(str(v))
        return cn_number(m.group(1)) + (m.group(2) or "") + m.group(3)
    n = [0]

    def fn(t):
        def r2(m):
            n[0] += 1
            return rep(m)
        t = PCT_RX.sub(r2, t)
        return CNT_RX.sub(r2, t)
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


GROUPED = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+)(?![\d])")
WAN = re.compile(r"(?<![\d.])(\d{1,4}(?:\.\d{1,2})?)万(?=(?:余|多)?(?:" + UNIT_CH + r"|平方米|亩|册|本|余))")


def op_plain_digits_w(doc, min_hits=1):
    """Big figures of the measures and the FR part written as plain digits: 1,200 -> 1200 (thousands
    separators dropped) and 3.5万人次 -> 35000人次 (万 multiplied out)."""
    def fn(t):
        t = GROUPED.sub(lambda m: re.sub(r"[,，]", "", m.group(1)), t)

        def w(m):
            v = round(float(m.group(1)) * 10000)
            return str(v)
        return WAN.sub(w, t)
    n = 0
    lines = _map(doc, fn, skip_headings=False)
    for a, b in zip(doc.lines, lines):
        n += a != b
    return _done(doc, lines) if n >= min_hits else None


YM = re.compile(r"(20\d\d)(?:年|年份)(\d{1,2})月(?![\d份底初中末日号])")
M_ONLY = re.compile(r"(?<![\d年.])(\d{1,2})月(?![\d份底初中末日号]|\s*份)")
YEAR = re.compile(r"(?<![\d.])(20\d\d)(?=年|年度)")
ZERO_DIGITS = "〇" + CN_DIGITS[:9]   # 〇 and 一 … 九


def op_dates_other_w(doc, min_hits=2):
    """Dates of the measures and the FR part written another way: a year in Chinese digits (2024年 ->
    二〇二四年), a month with its year as 2024.3, a bare month (no day) as 3月份."""
    n = [0]

    def fn(t):
        def ym(m):
            n[0] += 1
            return f"{m.group(1)}.{m.group(2)}"

        def mo(m):
            n[0] += 1
            return f"{m.group(1)}月份"

        def yr(m):
            n[0] += 1
            return "".join(ZERO_DIGITS[int(c)] for c in m.group(1))
        t = YM.sub(ym, t)
        t = M_ONLY.sub(mo, t)
        return YEAR.sub(yr, t)
    lines = _map(doc, fn, skip_headings=False)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- words and word order
def op_verbs_w(doc, pairs, min_hits=2):
    """Verbs of the measures and the FR part replaced by a synonym ([(old, new)]); never inside a word
    that already carries the new form (组织开展 stays)."""
    n = [0]

    def fn(t):
        for a, b in pairs:
            pre = b[: b.index(a)] if a in b else ""
            rx = re.compile((f"(?<!{pre})" if pre else "") + a + (f"(?!{b[-1]})" if a not in b else ""))
            t, k = rx.subn(b, t)
            n[0] += k
        return t
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


JIANG = re.compile(r"()(?:我(?:镇|县|市|区|乡|局)|[镇县市区乡](?:政府|人民政府))?(?<![即必终])[将把](?![来要会于在近握关])"
                   r"([^，,。；;将把]{2,22}?)(纳入|列入|录入|报送|提交)")
DUI = re.compile(r"(^|[，,。；;：:、])对([^，,。；;对]{2,22}?)(?:进行|开展)了?([\u4e00-\u9fff]{2,8}?)(?=[，,。；;])")


def op_passive_w(doc, min_hits=1):
    """Done acts of the measures turned passive: (我镇)将/把X纳入Y -> X被纳入Y; 对X进行(了)审查 -> X经过了审查."""
    n = [0]

    def fn(t):
        def j(m):
            n[0] += 1
            return f"{m.group(1)}{m.group(2)}被{m.group(3)}"

        def d(m):
            n[0] += 1
            return f"{m.group(1)}{m.group(2)}经过了{m.group(3)}"
        return DUI.sub(d, JIANG.sub(j, t))
    lines = _map(doc, fn, keys=("measures",))
    return _done(doc, lines) if n[0] >= min_hits else None


OWN_HEAD = re.compile(r"^(?:我(?:镇|县|市|区|乡|局|街道)|本(?:镇|县|市|区|乡|局|单位|机关)"
                      r"|(?:镇|县|市|区|乡)(?:人民政府|政府))[，,]?(?=[\u4e00-\u9fff])")
STARTS_ACT = re.compile(r"^(?:严格|全面|深入|积极|扎实|持续|认真|不断|坚持|落实|健全|完善|建立|推进|推行|开展|组织|召开|制定|出台|"
                        r"印发|举办|加强|强化|规范|聘请|成立|修订|办理|受理|审查|实行|实施|做好|抓好|深化|编制|公开|"
                        r"依法|按照|结合|对|以|把|将|通过|围绕|聚焦|紧扣|共|累计|全年|先后)")


DATE_LEAD = re.compile(r"^(?:(?:20\d\d年(?:度)?|全年|今年|年内|一年来|近年来)[，,]?)?")


def _own(doc):
    return "我" + doc.unit


def op_subject_add_w(doc, min_hits=3, key="measures"):
    """The unit's own subject (我镇, 我县 …) made explicit at the head of every measures sentence that
    opens with its act (严格…, 开展…, 通过…) and has no subject."""
    n = [0]
    own = _own(doc)

    def fn(t):
        out = []
        for s in sentences(t):
            lead, head, body = _split_head(s)
            if len(body.strip()) >= 12 and not _is_title(s) and STARTS_ACT.match(body) and not OWN_HEAD.match(body):
                body = own + body
                n[0] += 1
            out.append(lead + head + body)
        return "".join(out)
    lines = _map(doc, fn, keys=(key,))
    return _done(doc, lines) if n[0] >= min_hits else None


def op_subject_drop_w(doc, min_hits=2, key="measures"):
    """The unit's own subject (我镇, 县政府, 本局 …) dropped from the head of every measures sentence."""
    n = [0]

    def fn(t):
        out = []
        for s in sentences(t):
            lead, head, body = _split_head(s)
            dh = DATE_LEAD.match(body).group(0)
            nb = dh + OWN_HEAD.sub("", body[len(dh):])
            if nb != body and len(nb) >= 8:
                n[0] += 1
                body = nb
            out.append(lead + head + body)
        return "".join(out)
    lines = _map(doc, fn, keys=(key,))
    return _done(doc, lines) if n[0] >= min_hits else None


DUN = re.compile(r"(?<=[\u4e00-\u9fff”》）)])、(?=[\u4e00-\u9fff“《（(])")


def op_punct_w(doc, min_hits=3):
    """Punctuation of the measures and the FR part varied: every ；/; between clauses becomes 。 and every
    enumeration comma 、 between words becomes ， (never after a Chinese numeral: 一、 stays)."""
    n = [0]
    comma = "," if doc.text.count(",") > doc.text.count("，") else "，"

    def fn(t):
        def d(m):
            if m.start() > 0 and t[m.start() - 1] in CN_DIGITS and (m.start() < 2 or not re.match(r"[\u4e00-\u9fff]", t[m.start() - 2])):
                return m.group(0)
            n[0] += 1
            return comma
        t2 = DUN.sub(d, t)
        t3, k = re.subn(r"[；;](?=\S)", "。", t2)
        n[0] += k
        return t3
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


VERB_N = re.compile(r"(办理|受理|审查|审核|举办|组织|化解|调解|排查|聘请|培训|发放|清理|开展|召开|制定|印发|查处|出具|提供|接待|解答)"
                    r"([\u4e00-\u9fff]{2,10}?)(?:共)?(\d{1,5})(余|多)?(" + UNIT_CH + r")(?=[，,。；;、])")


def op_figure_front_w(doc, min_hits=2):
    """A count after its noun moved before it: 办理行政复议案件12件 -> 办理12件行政复议案件 (measures and FR part)."""
    n = [0]

    def fn(t):
        def r(m):
            n[0] += 1
            return f"{m.group(1)}{m.group(3)}{m.group(4) or ''}{m.group(5)}{m.group(2)}"
        return VERB_N.sub(r, t)
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


BOOK = re.compile(r"《([^《》\n]{1,60})》")


def op_book_marks_w(doc, marks, min_hits=2):
    """Document names of the whole report quoted with other marks (rotating over `marks`, pairs like
    ('〈', '〉'), ('“', '”')) instead of 《》."""
    n = [0]

    def rep(m):
        a, b = marks[n[0] % len(marks)]
        n[0] += 1
        return a + m.group(1) + b
    t = BOOK.sub(rep, doc.text)
    return t if n[0] >= min_hits and t != doc.text else None


ORGANS = ["司法所", "司法局", "综合行政执法大队", "综合行政执法局", "党政办公室", "党政综合办公室", "信访办", "财政所",
          "市场监管所", "自然资源所", "应急管理局", "人民调解委员会", "法律顾问室", "公共法律服务站", "公共法律服务中心"]
GOV_PRE = r"(?:(?<![\u4e00-\u9fff])|(?<=[向由经报和及与在对为是将]))"


def op_organ_bracket_w(doc, min_hits=1, fmt="（{full}）"):
    """The first mention of the unit's own government (镇政府, 县人民政府) and of each of its organs
    (司法所, 综合行政执法大队 …) in the measures and the FR part followed by the unit's own name in brackets:
    镇政府（保和镇人民政府）, 司法所（保和镇司法所）.  The name comes from the `issuer` label."""
    issuer = (doc.labels.get("issuer") or "").strip()
    if not issuer or not re.search(r"(?:镇|乡|街道|县|市|区)(?:人民政府|政府)?$", issuer):
        return None
    place = re.sub(r"(?:人民政府|政府)$", "", issuer)
    seen = set()
    n = [0]
    gov = GOV_PRE + doc.unit + "(?:人民政府|政府)"
    full_gov = issuer if issuer.endswith("政府") else issuer + "人民政府"
    rx = re.compile("(" + "|".join(sorted(ORGANS, key=len, reverse=True)) + "|" + gov + r")(?![（(])")

    def fn(t):
        def r(mm):
            o = mm.group(1)
            key = "gov" if o.endswith("政府") else o
            if key in seen:
                return o
            seen.add(key)
            n[0] += 1
            return o + fmt.format(full=full_gov if key == "gov" else place + o)
        return rx.sub(r, t)
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


SPACE_RX = re.compile(r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fff%％])")


def op_digit_spaces_w(doc, min_hits=3):
    """A space on each side of every figure of the measures and the FR part that stands between Chinese
    characters: 办理12件 -> 办理 12 件."""
    n = [0]

    def fn(t):
        def r(m):
            n[0] += 1
            return " " + m.group(1) + " "
        return SPACE_RX.sub(r, t)
    lines = _map(doc, fn)
    return _done(doc, lines) if n[0] >= min_hits else None


# ---------------------------------------------------------------- directional
DONE_W = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d])|已经|均已|已(?=[\u4e00-\u9fff])|全年|累计|共计|先后")
CNT_FULL = re.compile(r"(?:共|合计|总计)?(?<![\d.])\d+(?:\.\d+)?(?:余|多)?(?:万)?(?:" + UNIT_CH + r"|%|％)")


def _counted_sents(doc, fn, min_hits=2, key="measures"):
    n = [0]

    def per(t):
        out = []
        for s in sentences(t):
            if len(s.strip()) >= 12 and not _is_title(s) and COUNT_RX.search(s):
                r = fn(s, n[0])
                if r != s:
                    n[0] += 1
                    s = r
            out.append(s)
        return "".join(out)
    lines = _map(doc, per, keys=(key,))
    return _done(doc, lines) if n[0] >= min_hits else None


def op_habitual_w(doc, words, min_hits=2):
    """Every counted sentence of the measures told as a standing practice: its counts and completion
    words dropped, a habitual adverb (定期 / 坚持 / 常态化 …, rotating) put before the act."""
    def fn(s, k):
        lead, head, body = _split_head(s)
        body = OWN_HEAD.sub("", body)
        body = CNT_FULL.sub("", body)
        body = DONE_W.sub("", body)
        body = re.sub(r"[，,]{2,}", "，", body).replace("，。", "。").replace("，；", "；")
        body = re.sub(r"^(?:\d{4}年(?:度)?|年内|今年)[，,]?", "", body)
        return lead + head + words[k % len(words)] + body
    return _counted_sents(doc, fn, min_hits)


def op_last_year_w(doc, tag, min_hits=3):
    """Every count of the measures attached to the previous year only: 办理案件12件 -> 办理案件（上年同期
    12件）… with the report year's own words (2024年, 今年, 全年) dropped from the sentence."""
    n = [0]
    yr = re.compile(rf"{doc.year}年(?:度)?|今年|本年度|全年|年内")

    def fn(t):
        def r(m):
            n[0] += 1
            return tag.format(fig=m.group(0))
        t2 = COUNT_RX.sub(r, t)
        return yr.sub("", t2) if t2 != t else t
    lines = _map(doc, fn, keys=("measures",))
    return _done(doc, lines) if n[0] >= min_hits else None


SUP = {"township": ["县委", "县政府", "县委县政府"], "county": ["市委", "市政府", "市委市政府"],
       "city": ["省委", "省政府", "省委省政府"], "province": ["党中央", "国务院", "中央有关部委"],
       "department": ["上级党委", "上级主管部门", "上级政府"]}


def op_superior_did_w(doc, tpl, min_hits=2):
    """Every counted sentence of the measures told of the superior (县委 / 市委 / 省委 … by level,
    rotating): the unit's own subject dropped and the superior put as the doer."""
    sups = SUP.get(doc.level, SUP["county"])

    def fn(s, k):
        lead, head, body = _split_head(s)
        body = OWN_HEAD.sub("", body)
        return lead + head + tpl.format(sup=sups[k % len(sups)]) + body
    return _counted_sents(doc, fn, min_hits)


# ---------------------------------------------------------------- pairs
OUTCOME = re.compile(r"(挽回|化解|办结率|满意率|胜诉率|纠错率|下降|提升至|提高到|降至|同比|实现|零|成功|有效|达到|撤回|撤诉|整改到位|办结)")


def op_pair_own_outcome_w(doc, k=3, min_sents=3):
    """A: the report as it is; B: in up to k measures paragraphs of at least min_sents sentences whose
    last sentence tells an outcome (挽回, 办结率, 下降, 化解 …), that last sentence deleted."""
    if not doc.has("measures"):
        return None
    lines = list(doc.lines)
    hits = 0
    for i, c in doc.paras("measures", _excl("measures")):
        if hits >= k:
            break
        ss = [s for s in sentences(lines[i][c:]) if s.strip()]
        if len(ss) < min_sents:
            continue
        last = ss[-1]
        if OUTCOME.search(last) and not _is_title(last) and len(last.strip()) >= 10:
            lines[i] = lines[i][:c] + "".join(ss[:-1]).rstrip()
            hits += 1
    if not hits:
        return None
    b = _done(doc, lines)
    return (doc.text, b) if b else None


def op_pair_new_outcome_w(doc, acts, outcomes, key="measures"):
    """A: new paragraphs (one per act) added at the end of the measures, each an act followed by its
    outcome sentence; B: the same paragraphs without the outcome sentence (same figures)."""
    if not doc.has(key) or not doc.paras(key, _excl(key), skip_headings=False):
        return None
    blank, indent = doc._style(key)
    sep = "\n" + ("\n" if blank else "") + indent
    a = sep.join(fmt_q(doc, x + y, "no" + str(j)) for j, (x, y) in enumerate(zip(acts, outcomes)))
    b = sep.join(fmt_q(doc, x + y, "no" + str(j))[: len(fmt_q(doc, x, "no" + str(j)))]
                 for j, (x, y) in enumerate(zip(acts, outcomes)))
    ex = _excl(key)
    return insert_para(doc, key, a, exclude=ex), insert_para(doc, key, b, exclude=ex)
