"""Stage 2a: the page around a report: site chrome and page-header fields before it, footers after
it, the title, and the closing (特此报告, signature, date).

Works on the blocks of scorer.document.structure; the heading tree of the body is built there.
"""
from __future__ import annotations

import re

from scorer.document.structure import CIRCLED, Block, Structure, is_paragraph
from scorer.text.lexicon import alternation, load

_WORDS = load("page_words")
# a title's last word, before a closing bracket or a short bracketed tail ("…情况报告（2023年度）", "…（征求意见稿）")
DOC_TYPE_END = re.compile(rf"(?:{alternation(_WORDS['title_ends'])})(?:[)）]|[(（][^()（）]{{1,10}}[)）])?$")
TOPICAL_END = re.compile(rf"(?:{alternation(_WORDS['title_ends_topical'])})$")
DATED_END = re.compile(rf"(?:19|20)\d{{2}}年度?[^,;:。]{{0,30}}(?:{alternation(_WORDS['title_ends_dated'])})$")
TITLE_HINT = re.compile(alternation(_WORDS["title_hints"]))
TOPIC = re.compile(alternation(_WORDS["title_topic"]))

# a date in Chinese (2025年3月15日, 二〇二五年元月十五日): a line of its own, or the end of a signature's line
# (廿 and 卅 for 二十 and 三十 in a day: 三月廿八日)
CN_DATE_TEXT = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}|元)月[\d一二三四五六七八九十廿卅]{1,3}日"
DATE_CN = re.compile(rf"^{CN_DATE_TEXT}$")
DATE_CN_AT_END = re.compile(rf"{CN_DATE_TEXT}$")
DATE_LINE_MARKS = "()（）〔〕[]【】—-"  # what sets a date alone on its line: （2025年2月28日）, 〔…〕, ——2025年2月28日
DATE_ISO_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$")

# Page chrome: short lines carrying these words are navigation, page tools or footers.
CHROME_WORDS = tuple(_WORDS["chrome_words"])
CHROME_WORD = re.compile(alternation(CHROME_WORDS) if CHROME_WORDS else r"(?!)")  # found where one of them stands
# From one of these on, the rest of the page is footer (once the report has started).
FOOTER_START = re.compile(rf"^(?:{alternation(_WORDS['footer_starts'])})")
COLUMN_NAMES = frozenset(_WORDS["column_names"])
# "- 标 题:…", "[ 发布机构 ] …", "标题 | …": a field of the page's metadata list (keys have no spaces).
FIELD = re.compile(rf"^[-•·*\[【]?(?P<label>{alternation(_WORDS['field_labels'])})[\]】]?[:|]?")
# A 文号 or a column tag the site puts before a title: "[天政发〔2026〕7号]", "【政策解读】".
TITLE_TAG = re.compile(r"^(?:\[[^\]]{1,30}\]|【[^】]{1,30}】)")
# (and eight digits run together: 发布时间：20260313 08:39)
META_DATE = re.compile(
    rf"(?:{alternation(_WORDS['date_labels'])})[:：]?\s*(?P<d>\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}|\d{{4}}年[一二三四五六七八九十元]{{1,2}}月[一二三四五六七八九十廿卅]{{1,3}}日|(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?!\d)|(?=\d{{1,2}}:\d\d)))"
)
# Keys have no spaces, so "2026-02-10 00:00" reads "2026-02-1000:00": allow a glued time.
ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?!\d)|(?=\d{1,2}:))")
CN_DATE = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
# "县委、县政府:" — an addressee list ending in an organ, not a sentence ending in a colon.
# The words that end the name of a body, defined once (scorer/data/organs.yaml).
_ORGANS = load("organs")
_ORGAN_WORDS = alternation(_ORGANS["government"] + _ORGANS["party"] + _ORGANS["department_suffixes"])
_TOWNSHIP_UNITS = alternation(_ORGANS["units"]["township"])
# "县委、县政府:" — an addressee list ending in an organ, not a sentence ending in a colon.
SALUTATION = re.compile(rf"^[^。;；:：]{{2,60}}(?:{_ORGAN_WORDS}|{alternation(_WORDS['addressees'])})[:：]$")
CLOSING = re.compile(rf"^(?:{alternation(_WORDS['closing_starts'])})")
ANNOTATION = re.compile(rf"^(?:\(此件[^)]*\)|此件[^,。]*公开|{alternation(_WORDS['annotation_starts'])})")
SIGNED_AND_DATED = re.compile(rf"^[^。,;:]{{2,40}}?(?:{_ORGAN_WORDS}|{_TOWNSHIP_UNITS})(?:(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年[\d一二三四五六七八九十]{{1,2}}月[\d一二三四五六七八九十]{{1,3}}日"
                              r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")  # (the date written 2021/03/28 too)
# (州, 盟, 旗: an autonomous prefecture, a league, a banner named alone, "阿坝州")
ORG_SUFFIX = re.compile(rf"(?:{_ORGAN_WORDS}|{_TOWNSHIP_UNITS}|县|区|市|州|盟|旗)$")


def is_chrome(key: str, raw: str) -> bool:
    if not key:
        return True
    if re.fullmatch(r"[|\-_=*·•>»/\\.。,、:;()\[\]【】]+", key):
        return True
    if len(key) > 60 or "。" in key:
        return False
    if CHROME_WORD.search(key) or key in COLUMN_NAMES:
        return True
    if ">" in key and ("首页" in key or key.count(">") >= 2):
        return True
    if "星期" in key and re.search(r"\d{4}年", key):
        return True  # a site's clock, not a publish date
    tokens = [t for t in re.split(r"[\s|｜]+", raw.strip()) if t]
    if len(tokens) >= 4 and max(len(t) for t in tokens) <= 10 and not re.search(r"[，,。；;]", raw):
        # a navigation bar, unless the words spell a title ("南岭县人民政府 关于2024年 法治政府建设 情况的报告")
        return not looks_like_title(key)
    return False


RUN_ON_TEXT = 3  # sentences a field line holds when the text after it is run into the same line


def is_meta(key: str) -> bool:
    if key.count("。") >= RUN_ON_TEXT:
        return False  # "文件编号 | …号 |发布机构 | …:根据…。…。…": the page's fields with its whole text run on
    if META_DATE.search(key) or DATE_ISO_LINE.match(key) or key.startswith(("来源", "信息来源")):
        return True
    m = FIELD.match(key)
    if m and m.end() > len(m.group("label")) + (1 if key[:1] in "-•·*[【" else 0):
        return True  # "- 标 题: …", "[ 发布机构 ] …": a labelled field, not the text
    # "浙江/丽水-2026-02-10 00:00:00": a short line around an ISO date is a page header.
    return len(key) <= 40 and bool(ISO_DATE.search(key) or CN_DATE.search(key)) and not re.search(r"[。,;]", key)


def looks_like_title(key: str) -> bool:
    if not key or len(key) < 6 or len(key) > 90 or "。" in key or key.endswith((":", ",")) or key in COLUMN_NAMES:
        return False
    if (TOPICAL_END.search(key) or DATED_END.search(key)) and TOPIC.search(key):
        return True  # "四川省交通运输厅2025年法治政府部门建设工作情况", "——留下街道2022年度法治政府建设工作"
    return bool(DOC_TYPE_END.search(key)) and bool(TITLE_HINT.search(key) or len(key) <= 40)


def field_value(key: str, label: str) -> str | None:
    """The value of a labelled field in a header line ("来源:静海区人民政府办公室发布时间:…" → "静海区…")."""
    for m in re.finditer(re.escape(label), key):
        if m.start() and re.match(r"[\u4e00-\u9fff]", key[m.start() - 1]):
            continue  # 信息来源 is not 来源
        rest = key[m.end() :]
        sep = re.match(r"[\]】][:|]?|[:|]", rest)  # 来源:X, [发布机构]X, [ 发布机构 ]: X
        if sep:
            return rest[sep.end() :].lstrip("[【|")
    return None


# "…年度报告 - 文号:": the next field's label after a title, where a page's field table was flattened so
# that each line holds one field's value and the next field's label.
TRAILING_FIELD = re.compile(rf"[-•·*|]*(?:{alternation(_WORDS['field_labels'])})[:|]$")


def _chrome_around_title(b: Block) -> bool:
    """Chrome, unless it is a title followed by the next field's label ("…年度报告 - 文号:")."""
    m = TRAILING_FIELD.search(b.k)
    if m and m.start() >= 6:
        return is_chrome(b.k[: m.start()], b.raw[: b.key.raw_span(m.start(), len(b.k))[0]])
    return is_chrome(b.k, b.raw)


def strip_title_label(key: str) -> str:
    """A title without the field label or the 文号/column tag a site puts before it, nor the label of the
    next field after it, nor the 《》 a page may set it in."""
    if _in_title_marks(key):
        key = key[1:-1]
    key = FILE_EXTENSION.sub("", key)  # a page that shows the file's name ("…情况.docx") as its title
    if after := _after_title(key):
        key = key[: after.start()]
    m = TRAILING_FIELD.search(key)
    if m and m.start() >= 6:
        key = key[: m.start()]
    while True:
        end = _title_label_end(key)
        if end is not None:
            key = key[end:]
            continue
        m = TITLE_TAG.match(key)
        if m and m.end() < len(key) - 4:
            key = key[m.end() :]
            continue
        return key


# a browser's title after the page's: " - 规划计划 - 宁乡市政府门户网站" (the column, then the site)
SITE_SUFFIX = re.compile(r"(?:[-_|｜—–]{1,2}[^-_|｜—–]{2,16}){0,2}[-_|｜—–]{1,2}[^-_|｜—–]{2,30}(?:网站|门户网|门户|政府网|人民政府网)$")
SITE_AFTER_BAR = re.compile(r"[|｜][^|｜]{2,30}$")  # "…年度报告 | 重庆市长寿区司法局": the site's owner after a bar
SITE_OWNER = re.compile(rf"(?:{_ORGAN_WORDS}|网站|门户网?|政府网|网)$")


def _after_title(key: str) -> re.Match | None:
    """Where the site's name a browser title puts after the page's title starts, if it does; or where a tag a
    page puts after the title on its line starts (【全文】, the day it went up: "…情况报告（2022-01-19）")."""
    site = SITE_SUFFIX.search(key) or _site_after_bar(key) or TITLE_TAG_AFTER.search(key)
    return site if site and site.start() >= 6 else None


# what a page sets after a title on its line: a tag (【全文】, (正文)) or the day the page went up, bracketed or
# after a space ("…情况报告（2022-01-19）", "…情况报告 2022-01-19"); NFKC gives ( ) and the digits
TITLE_DAY = r"(?:19|20)\d{2}(?:[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|年\d{1,2}月\d{1,2}日)"
TITLE_TAG_AFTER = re.compile(rf"[ \u3000]*(?:[(\[【](?:全文|正文|附全文|全文发布|图文|图解|原文|全文下载)[)\]】]"
                             rf"|[(\[【]{TITLE_DAY}[)\]】]|(?<=[告况结])[ \u3000]+{TITLE_DAY})$")


def day_after_title(key: str) -> str | None:
    """The day its page went up, after a title on its line ("…情况报告（2022-01-19）"): such a line is a title,
    though the date makes it look like a page's field line."""
    m = TITLE_TAG_AFTER.search(key)
    ok = m and m.start() >= 6 and re.search(TITLE_DAY, m.group()) and looks_like_title(key[: m.start()])
    return m.group() if ok and m else None


def _site_after_bar(key: str) -> re.Match | None:
    """The "| site" after a title that ends as a document's title does, the site a body's or a portal's (not an
    article's own title after a book's: "中国法治政府发展报告(2017) | 新时代…的使命")."""
    m = SITE_AFTER_BAR.search(key)
    return m if m and DOC_TYPE_END.search(key, 0, m.start()) and SITE_OWNER.search(m.group()) else None


FILE_EXTENSION = re.compile(r"(?<=\S)\.(?:docx?|wps|pdf|txt|rtf|odt|ofd|html?)$", re.I)
CRUMB = re.compile(r">|»|首页")


def _title_label_end(key: str) -> int | None:
    """Where the value of a "标题:"/"名称:" field begins in a line that opens with one and has a value."""
    m = FIELD.match(key)
    return m.end() if m and m.group("label") in TITLE_LABELS and m.end() < len(key) else None


TITLE_LABELS = frozenset({"标题", "名称", "信息名称", "文件名称"})  # (an OA form's 文件标题： stands over its own fields)


def _labelled_title(key: str) -> bool:
    """A line the page labels as its title ("标题:…的报告" in the page's field table): the title, whatever
    fields stand around it; not a breadcrumb put in the field ("名称:首页>政务公开>…报告")."""
    end = _title_label_end(key)
    return end is not None and not CRUMB.search(key, end)


def find_start(st: Structure, blocks: list[Block]) -> int:
    """Index of the first block of the report text; sets the title when one is found."""
    limit = min(len(blocks), 40)
    letter_end = 0
    for i in range(limit):
        b = blocks[i]
        k = b.k
        if i < letter_end:
            continue
        # the letter's own title ("…关于报送2025年度法治政府建设情况报告的报告") and its salutation ("中共湖州市委、湖州市人民
        # 政府:") over the letter
        opens = 1 if COVER_TITLE.search(k) and i + 1 < len(blocks) else 0
        opens += 1 if SALUTATION.match(blocks[i + opens].k) and i + opens + 1 < len(blocks) else 0
        if COVER_LETTER.search(blocks[i + opens].k) and (end := _letter_end(blocks, i + opens)):
            # a cover letter sending the report up ("现将《…年度报告》随文上报。特此报告。", its signature and date,
            # 附件: …): the letter is the page's furniture, the report follows it
            for x in blocks[i:end]:
                x.role = "meta"
            letter_end = end
            continue
        if (note_end := _editor_note_end(blocks, i)) is not None:
            # a site's 编者按 over the report it republishes: the page's furniture, the report follows it
            for x in blocks[i:note_end]:
                x.role = "meta"
            letter_end = note_end
            continue
        if _headline_over_title(blocks, i):
            continue
        pair = _title_lines(blocks, i)
        if not pair and _column_over_title(blocks, i):
            continue
        byline = _title_before_byline(b) if not pair and not b.shape else None
        if byline:
            # the headline with its issuer and date after it: the title is its first part; the line stays
            # a header line, where the date is read
            st.title, st.title_key = b.raw[: b.key.index[byline - 1] + 1].strip(), strip_title_label(k[:byline])
            st.title_lines = [b.line]
            b.role = "meta"
            j = i + 1
            _mark_repeats(blocks, j, st.title_key)
            while j < len(blocks) and (blocks[j].role == "title_repeat" or _header_line(blocks[j])):
                j += 1
            return j
        if pair or (looks_like_title(strip_title_label(k)) and not b.shape and (
                _labelled_title(k) or day_after_title(k) or (not _chrome_around_title(b) and not is_meta(k)))):
            title_blocks = blocks[i : i + pair] if pair else [b]
            report = _report_in_notice(blocks, i + len(title_blocks), "".join(x.k for x in title_blocks))
            if report is not None:
                at, count = report
                for x in blocks[i:at]:
                    x.role = "meta"  # the notice or letter around the report
                i, title_blocks = at, blocks[at : at + count]
            _set_title(st, title_blocks)
            j = i + len(title_blocks)
            _mark_repeats(blocks, j, st.title_key)
            while j < len(blocks):
                if blocks[j].role == "title_repeat" or _header_line(blocks[j]) or _byline_issuer(blocks, j):
                    j += 1
                elif second := _second_title(blocks, j):
                    for x in blocks[j : j + second]:
                        x.role = "title_repeat"  # the document's own title under the page's, worded otherwise
                    j += second
                else:
                    break
            return j
        if _header_line(b):
            continue
        lead = _title_after_lead(blocks, i)
        if lead is not None:
            # a news item's lead before the report it introduces: page furniture, and the report's own title
            _set_title(st, [blocks[lead]])
            return lead + 1
        if b.shape or is_paragraph(k) or SALUTATION.match(k):
            return i
    return 0


EDITOR_NOTE = ("编者按", "【编者按】", "[编者按]", "编者的话", "编者注", "编辑按")
NOTE_PARAGRAPHS = 8  # an editor's note runs at most this many paragraphs before the report's title


def _editor_note_end(blocks: list[Block], i: int) -> int | None:
    """The index of the report's title after an editor's note that opens at block i, if one follows soon."""
    if not blocks[i].k.startswith(EDITOR_NOTE):
        return None
    for j in range(i + 1, min(len(blocks), i + 1 + NOTE_PARAGRAPHS)):
        if not blocks[j].shape and (_title_lines(blocks, j) or looks_like_title(strip_title_label(blocks[j].k))):
            return j
    return None


COVER_TITLE = re.compile(r"关于(?:报送|上报|呈报|报请|提交|印送)[^。]{0,60}(?:报告|情况)[^。]{0,6}的(?:报告|函|请示)$")
COVER_LETTER = re.compile(r"现将[^。]{0,30}《[^》]{4,80}》[^。]{0,12}(?:随文上报|随文报送|予以报送|报送|上报|呈报|报上|呈上|印送)")
LETTER_LINES = 8  # 特此报告, a signature, a date, 附件: the end of a cover letter stands within these blocks


def _letter_end(blocks: list[Block], i: int) -> int | None:
    """The index after a cover letter that opens at block i: after its date, or after the 附件 line that
    follows it; None when no 特此报告/date closes it near by (a report's own opening that says 现将…报送)."""
    end = None
    for j in range(i + 1, min(len(blocks), i + LETTER_LINES)):
        k = blocks[j].k
        if DATE_CN.match(k) or DATE_ISO_LINE.match(k):
            end = j + 1
        elif end is not None and k.startswith("附件"):
            return j + 1
        elif end is not None:
            break
    return end


# "详情如下:", "报告全文如下:": the end of a news item's lead that introduces a document.
LEAD_END = re.compile(r"如下[:：]$")
LEAD_BLOCKS = 4


def _title_after_lead(blocks: list[Block], i: int) -> int | None:
    """A news item introducing the report ("3月27日,生态环境部发布2024年法治政府建设情况的报告。" …
    "详情如下:") before the report's own title: the index of that title. A report's own opener ("现将…报告
    如下:") is followed by its first heading, not by a title."""
    for j in range(i, min(len(blocks), i + LEAD_BLOCKS)):
        if blocks[j].shape:
            return None
        if LEAD_END.search(blocks[j].k):
            if j + 1 >= len(blocks):
                return None
            t = blocks[j + 1]
            key = strip_title_label(t.k)
            on_topic = looks_like_title(key) and TOPIC.search(key) and REPORT_END.search(key)
            return j + 1 if on_topic and not t.shape else None
    return None


YEAR = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年")
BYLINE_DATE = re.compile(rf"{ISO_DATE.pattern}(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|{CN_DATE.pattern}")


def _title_before_byline(b: Block) -> int | None:
    """Where the title ends on a headline that also carries its issuer and its date, set apart by spaces
    ("上海市统计局2019年度法治政府建设情况报告 上海市统计局 2020-06-08"): the title is the first part,
    when it reads as a title and what follows is a body's name (at most one) and a date."""
    pieces = spaced_pieces(b)
    if len(pieces) < 2 or len(pieces) > 4:
        return None
    first, rest = pieces[0], pieces[1:]
    dates = [p for p in rest if BYLINE_DATE.fullmatch(p)]
    names = [p for p in rest if p not in dates and len(p) <= 30 and ORG_SUFFIX.search(p)]
    if len(dates) != 1 or len(dates) + len(names) != len(rest) or len(names) > 1:
        return None
    return len(first) if looks_like_title(strip_title_label(first)) else None


def spaced_pieces(b: Block) -> list[str]:
    """The key of a line cut where its raw text has spaces between words."""
    key, index, raw = b.k, b.key.index, b.raw
    pieces, start = [], 0
    for i in range(1, len(key)):
        if index[i] - index[i - 1] > 1 and raw[index[i - 1] + 1 : index[i]].isspace():
            pieces.append(key[start:i])
            start = i
    return pieces + [key[start:]] if key else []


def _column_over_title(blocks: list[Block], i: int) -> bool:
    """A line that reads like a title without a year ("法治政府建设情况报告": a column's name, a piece of
    the page's path) right over one that has the year: the second is the report's title."""
    if i + 1 >= len(blocks) or YEAR.search(blocks[i].k):
        return False
    nxt = blocks[i + 1]
    return bool(looks_like_title(strip_title_label(nxt.k)) and not nxt.shape and YEAR.search(nxt.k)
                and looks_like_title(strip_title_label(blocks[i].k)))


DIGITS = re.compile(r"\d")


def _headline_over_title(blocks: list[Block], i: int) -> bool:
    """A page's headline repeating all or the end of the title that follows it ("2022年度法治政府建设
    情况报告" over "赵县人民政府" / "2022年度法治政府建设情况报告"), or the same title with another year:
    the title below is the report's, the headline is the page's."""
    k = blocks[i].k
    if len(k) < 8 or blocks[i].shape or is_paragraph(k) or i + 1 >= len(blocks):
        return False
    j = i + 1
    pair = _title_lines(blocks, j)
    title = "".join(x.k for x in blocks[j : j + pair]) if pair else blocks[j].k
    if not pair and (blocks[j].shape or not looks_like_title(strip_title_label(title))):
        return False
    below, above = strip_title_label(title), strip_title_label(k)
    if below != above and DIGITS.sub("", below) == DIGITS.sub("", above):
        return True  # the same title with another year (a document site's headline, "县 2022 年…" over "县2019年…")
    return len(title) > len(k) and below.endswith(above)


TITLE_MARKS = {"《": "》", "“": "”", '"': '"', "「": "」", "『": "』"}  # what a page may set a whole title in


def _in_title_marks(key: str) -> bool:
    """The whole line set in book-title marks or quotation marks, once: "《…年度报告》", "“…情况报告”"."""
    close = TITLE_MARKS.get(key[:1])
    return close is not None and len(key) > 2 and key.endswith(close) and key.count(key[0]) == key.count(close) == (
        2 if key[0] == close else 1)


def _set_title(st: Structure, title_blocks: list[Block]) -> None:
    key = "".join(x.k for x in title_blocks)
    stripped = strip_title_label(key)
    marked = _in_title_marks(key)  # "《…年度报告》" as a page sets it: the title is what the marks hold
    if marked:
        key = key[1:-1]
    first, last = title_blocks[0], title_blocks[-1]
    texts = [x.raw for x in title_blocks]  # the raw text of each line, cut below where labels are dropped
    whole = len(key)
    m = TRAILING_FIELD.search(key)
    if m and m.start() >= 6 and whole - m.start() < len(last.k):  # drop the next field's label from the raw text
        texts[-1], key = _raw_before(last, whole, m.start()), key[: m.start()]
    after = _after_title(key)
    if after and whole - after.start() < len(last.k):  # and the site's name or the tag after the title
        texts[-1], key = _raw_before(last, whole, after.start()), key[: after.start()]
    if stripped != key:  # drop the label from the raw text too (a file's extension after the title stays in it: the
        # labelled pages keep it, as the page shows it)
        cut = key.find(stripped) if stripped and stripped in key else len(key) - len(stripped)
        if 0 < cut < len(first.k):
            texts[0] = texts[0][first.key.index[cut]:]
    raw = "".join(t.strip() for t in texts)
    if marked:
        raw = raw.strip()
        if raw[:1] in TITLE_MARKS and raw.endswith(TITLE_MARKS[raw[:1]]):
            raw = raw[1:-1]
    st.title, st.title_key = _unspaced(PANGU_SPACE.sub("", raw)).translate(FULLWIDTH_ALNUM), stripped
    st.title_lines = [x.line for x in title_blocks]
    for x in title_blocks:
        x.role = "title"


def _raw_before(last: Block, whole: int, at: int) -> str:
    """The raw text of a title's last line before `at` of the title's key (`whole` characters, its lines joined)."""
    return last.raw[: last.key.raw_span(len(last.k) - (whole - at), len(last.k))[0]]


# full-width digits and Latin letters ("２０２４年") shown as the half-width ones they stand for; full-width
# brackets and colons stay, as Chinese titles write them
FULLWIDTH_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}


# A space an editor put between a Chinese character and a figure or a Latin letter ("静海区 2023 年度…",
# pangu spacing): no part of a title as it is shown.
SPACED_OUT = re.compile(r"(?<=\S)[ \u00a0\u3000](?=\S)")


def _unspaced(title: str) -> str:
    """A title set with a space between every character (新 浦 镇 人 民 政 府…, justified or spaced by &nbsp;) as
    its words are; a title with a space or two between its parts keeps them."""
    gaps = len(SPACED_OUT.findall(title))
    letters = len(title) - title.count(" ") - title.count("\u00a0") - title.count("\u3000")
    return SPACED_OUT.sub("", title) if letters > 4 and gaps >= 0.6 * (letters - 1) else title


PANGU_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[\u4e00-\u9fff])")
BOOK = re.compile(r"《([^》]{4,80})》")
REPORT_END = re.compile(rf"(?:{alternation(_WORDS['report_ends'])})$")
ATTACHMENT = re.compile(r"附件\d*[:：]")
# the verb of a letter or notice that carries a report ("关于报送《…报告》的报告")
CARRIER = re.compile(alternation(_WORDS["carrier_verbs"]))


def _report_in_notice(blocks: list[Block], start: int, title_key: str) -> tuple[int, int] | None:
    """关于印发《X2024年法治政府建设情况报告》的通知 (or 关于报送《…》的报告, a cover letter), then the report: the
    index of the report's own title and its number of lines."""
    if not CARRIER.search(title_key):
        return None
    inner = [t for t in BOOK.findall(title_key) if TOPIC.search(t) and REPORT_END.search(t)]
    if not inner:
        return None
    for j in range(start, min(len(blocks), start + 60)):
        k = blocks[j].k
        if ATTACHMENT.match(k):
            continue  # the letter's list of attachments names the report too; the report comes after it
        if any(k == t or (t in k and len(k) <= len(t) + 12 and not is_paragraph(k)) for t in inner):
            return j, 1
        if j + 1 < len(blocks) and (k + blocks[j + 1].k) in inner:
            return j, 2  # its title broken over two lines
    return None


def _header_line(b: Block) -> bool:
    return is_meta(b.k) or is_chrome(b.k, b.raw) or _field_values_row(b)


CELLS = re.compile(r"[\t|｜]")


def _field_values_row(b: Block) -> bool:
    """A row of a page's field table copied as cells (tab- or bar-separated), no sentence in it, one cell a date
    ("012885583/2025-38242<TAB>北京市朝阳区东湖街道办事处<TAB>2025-04-12")."""
    return len(CELLS.findall(b.raw)) >= 2 and "。" not in b.k and bool(ISO_DATE.search(b.k)) and len(b.k) <= 80


def _byline_issuer(blocks: list[Block], j: int) -> bool:
    """The issuer's name alone on its line under the title, with the date on the next ("券桥镇人民政府" /
    "2023年2月28日"): the signature set as a byline, part of the header where the date is read."""
    if j + 1 >= len(blocks):
        return False
    k = blocks[j].k
    return len(k) <= 30 and not re.search(r"[。,;:]", k) and bool(ORG_SUFFIX.search(k)) \
        and bool(DATE_CN.match(blocks[j + 1].k) or DATE_ISO_LINE.match(blocks[j + 1].k))


TITLE_MIDDLE = 20  # the longest middle line of a title broken over three ("关于2017年度法治政府建设")


def _title_lines(blocks: list[Block], i: int) -> int:
    """How many short lines from blocks[i] make one broken title: 2 ("大河乡人民政府" / "关于法治政府建设的
    情况报告"), 3 with a short middle piece ("赵县人民政府" / "2022年度" / "法治政府建设情况报告"), or 0."""
    if i + 2 < len(blocks) and len(blocks[i + 1].k) <= TITLE_MIDDLE and _title_pair(blocks, i + 1) \
            and _title_pair(blocks, i, blocks[i + 1].k + blocks[i + 2].k) and not _header_line(blocks[i + 1]):
        return 3
    return 2 if _title_pair(blocks, i) else 0


def _title_pair(blocks: list[Block], i: int, rest: str | None = None) -> bool:
    """A title broken over two short lines: "大河乡人民政府" / "关于法治政府建设的情况报告" (`rest`: the
    second line's text, when it is itself joined from lines)."""
    if i + 1 >= len(blocks):
        return False
    a, b = blocks[i].k, blocks[i + 1].k if rest is None else rest
    if not a or not b or len(a) > 50 or len(b) > 40 or "。" in a + b or a.endswith((":", ",")):
        return False
    # (a title hard-wrapped inside its last word, "…年度报" / "告": the word ends the pair, not the line)
    b_ends = DOC_TYPE_END.search(b) or (len(b) <= 3 and DOC_TYPE_END.search(a + b)) or (TOPICAL_END.search(b) and TOPIC.search(a + b))
    if DOC_TYPE_END.search(a) or not b_ends or is_chrome(a, blocks[i].raw):
        return False
    if blocks[i].shape or is_meta(a):
        return False
    joined = a + b
    return bool(TOPIC.search(joined)) and (b.startswith("关于") or bool(ORG_SUFFIX.search(a)) or len(b) <= 8 or "法治" in a
                                          or bool(TITLE_BREAK.search(a)) or _breaks_organ_name(a, b))


ORGAN_WORD = re.compile(_ORGAN_WORDS)


def _breaks_organ_name(a: str, b: str) -> bool:
    """The line broken inside the issuer's organ word ("新浦镇人民" / "政府关于…", "…司法" / "局2024年…")."""
    joined = a[-8:] + b[:8]
    cut = len(a[-8:])
    return any(m.start() < cut < m.end() for m in ORGAN_WORD.finditer(joined))


# Where a centred title is broken: after 关于 or after the year ("…人民政府关于" / "2024年法治政府…").
TITLE_BREAK = re.compile(r"(?:关于|\d{4}年度?|[〇○零一二三四五六七八九]{4}年度?)$")


def _second_title(blocks: list[Block], i: int) -> int:
    """How many lines from blocks[i] make another title of the report right under its title ("湖南省气象局" /
    "2021年度法治政府建设报告" under the page's "湖南省气象局2021年度法治政府年度报告"), or 0."""
    n = _title_lines(blocks, i) or (1 if looks_like_title(blocks[i].k) else 0)
    text = "".join(b.k for b in blocks[i : i + n])
    return n if n and not any(b.shape for b in blocks[i : i + n]) and TOPIC.search(text) and REPORT_END.search(text) else 0


def _mark_repeats(blocks: list[Block], start: int, title_key: str) -> None:
    """Pages often print the title twice (page header and article); later copies are chrome."""
    for b in blocks[start : start + 8]:
        if b.k == title_key or (len(b.k) >= 8 and b.k in title_key and not is_paragraph(b.k)):
            b.role = "title_repeat"
        elif is_paragraph(b.k) or b.shape:
            break


def find_end(blocks: list[Block], start: int) -> int:
    """Index after the last block of the report: footers and related links are cut."""
    last_content = start
    for i in range(start, len(blocks)):
        k = blocks[i].k
        if i > start and FOOTER_START.match(k) and _seen_body(blocks, start, i):
            if _report_goes_on(blocks, i):
                blocks[i].role = "chrome"  # the page's tool bar ([打印] [字体]) over the rest of the report
                continue
            while i - 1 > start and is_chrome(blocks[i - 1].k, blocks[i - 1].raw) and not _closing_like(blocks[i - 1].k):
                i -= 1  # the footer's own first lines ("[二维码]" over "扫一扫在手机打开当前页")
            return _signed_after_links(blocks, i)
        if (is_paragraph(k) or blocks[i].shape) and not _foot_fields(k):
            last_content = i
    end = len(blocks)
    for i in range(last_content + 1, len(blocks)):
        b = blocks[i]
        # the page's foot: its links, or a field line with the page's date (信息发布时间：… 浏览次数：…)
        if (is_chrome(b.k, b.raw) or _foot_fields(b.k)) and not _closing_like(b.k):
            end = i
            break
    return _signed_after_links(blocks, end)


GOES_ON = 6  # blocks looked at after a footer's first line
GOES_ON_PARAGRAPHS = 2  # paragraphs of report text among them: the report goes on


def _report_goes_on(blocks: list[Block], i: int) -> bool:
    """The report's text goes on after what looks like a footer's first line: a page's tool bar ([打印] [字体:大
    中 小]) set between an opening paragraph and the rest; a footer is followed by links and fields, not by
    paragraphs of sentences."""
    prose = [b for b in blocks[i + 1 : i + 1 + GOES_ON] if len(b.k) >= 60 and "。" in b.k and is_paragraph(b.k)]
    return len(prose) >= GOES_ON_PARAGRAPHS


def _foot_fields(key: str) -> bool:
    """A page's field line with a labelled date, however long (信息发布时间：2024-02-05 09:30:12 浏览次数：1696
    【字体：大 中 小】); a signature with its date on one line ("南岭县人民政府 2025年3月15日") is none."""
    return "。" not in key and META_DATE.search(key) is not None


def _signed_after_links(blocks: list[Block], end: int) -> int:
    """A signature pasted after the page's closing links (【打印本页】【关闭窗口】, then the issuer and
    the date) still ends the report: the links become chrome inside it, and the end moves past the
    signature when nothing but chrome follows it."""
    j = end
    while j < len(blocks) and j - end < 4 and is_chrome(blocks[j].k, blocks[j].raw) and not _closing_like(blocks[j].k):
        j += 1
    if j == end:
        return end
    signed = j
    while signed < len(blocks) and signed - j < 3 and _closing_like(blocks[signed].k):
        signed += 1
    if signed - j < 2 or not any(DATE_CN.match(b.k) for b in blocks[j:signed]):
        return end  # an issuer and a date, or it is not a signature
    if any(not is_chrome(b.k, b.raw) for b in blocks[signed:]):
        return end
    for b in blocks[end:j]:
        b.role = "chrome"
    return signed


def _seen_body(blocks: list[Block], start: int, i: int) -> bool:
    return any(is_paragraph(b.k) for b in blocks[start:i])


def _closing_like(key: str) -> bool:
    # a signature names its body without a label: "来源:XX人民政府" is a page's field
    return bool(DATE_CN.match(key) or CLOSING.match(key) or (len(key) <= 30 and ":" not in key and ORG_SUFFIX.search(key)))


SEAL_MARK = re.compile(r"\((?:盖章|印章|公章|签章|章)\)$")


def without_seal(key: str) -> str:
    """A signature's name without the mark of where the seal goes ("…办事处(盖章)")."""
    return SEAL_MARK.sub("", key)


PRINTED_BY = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日)?印发$")


# the attachments a report lists after its signature, one title a line under "附件：1.…" ("2.…重点任务清单")
ATTACHMENT_ENTRY = re.compile(r"^(?:附件\d*[:：]?)?\d{1,2}[.、．][^。;]{2,60}$")


ANNEX_START = ("附件", "注:", "备注:", "注释:", "流转记录", "办理记录", "审批记录", "流转意见")
LOG_ENTRY = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")  # an OA system's flow log: "2025-01-11 09:32 王某某 拟稿"


BOOK_LINE = re.compile(r"^《[^《》]{2,60}》$")  # a law's or document's title alone on its line
ANNEX_LINES = 60  # an annex lists at most this many entries (a catalogue of the laws studied)


def _annex_entry(b: Block) -> bool:
    """A line of a list after the signature: an attachment's title (2.…清单, 《…条例》), a note (①本段数据来源于…),
    a flow log's entry (2025-01-11 09:32 王某某 拟稿)."""
    first = b.raw.lstrip()[:1]
    return bool(ATTACHMENT_ENTRY.match(b.k) or BOOK_LINE.match(b.k) or LOG_ENTRY.match(b.k)
                or (first and first in CIRCLED and len(b.k) <= 80))


def _attachment_list(body: list[Block]) -> int | None:
    """Where a list of attachments or notes at the end of the body starts (its 附件 or 注 line), if it ends
    the body: what comes after the signature, or stands between the last part and the signature, is no text
    of the report's."""
    for j in range(len(body) - 1, max(-1, len(body) - ANNEX_LINES), -1):
        k = body[j].k
        if k.startswith(ANNEX_START):
            return j  # (every line after it is an entry: the loop came up through them)
        if not _annex_entry(body[j]):
            # right under the date or the signature (its 注： line read as a note already)
            return j + 1 if j < len(body) - 1 and DATE_CN.match(k) else None
    return None


def strip_closing(st: Structure, body: list[Block]) -> list[Block]:
    """Take 特此报告, the signature and the date off the end of the body (and the attachments listed after them)."""
    i = len(body)
    if (annex := _attachment_list(body)) is not None:
        for b in body[annex:]:
            b.role = "annotation"
        i = annex
    while i > 0:
        b = body[i - 1]
        k = b.k
        if DATE_CN.match(k.strip(DATE_LINE_MARKS)) or DATE_ISO_LINE.match(k):
            b.role = "date"  # (also in brackets: "（2024年4月12日）", "〔2021年3月28日〕")
        elif ANNOTATION.match(k) and len(k) <= 40:
            b.role = "annotation"  # （此件公开发布）, 抄送…, 附件… after the date
        elif len(k) <= 40 and PRINTED_BY.search(k) and ORG_SUFFIX.search(PRINTED_BY.sub("", k)):
            b.role = "annotation"  # a 公文's 版记: "XX办公室 2025年3月1日印发" under the 抄送 line
        elif SEAL_MARK.fullmatch(k):
            b.role = "annotation"  # "（盖章）" on a line of its own over the signature
        elif st.title_key and k == st.title_key and i > len(body) - 3:
            b.role = "annotation"  # the title printed again under the signature (a page's footer, a print layout)
        elif i >= 2 and DATE_CN.match(body[i - 2].k + k):
            body[i - 2].role = b.role = "date"  # a date broken over two lines ("2025年" / "1月7日")
            i -= 1
        elif SIGNED_AND_DATED.match(k):
            b.role = "signature"  # "南岭县人民政府 2025年3月15日" on one line
        elif CLOSING.match(k) and len(k) <= 12:
            b.role = "closing"
        elif len(k) <= 40 and ORG_SUFFIX.search(without_seal(k)) and not re.search(r"[。,;:]", k) and not b.shape:
            b.role = "signature"  # ("…街道办事处（盖章）": the seal's place marked after the name)
        else:
            break
        i -= 1
    if i < len(body) and (annex := _attachment_list(body[:i])) is not None:
        # 附件：… listed over the signature: an annex, not the last part's text
        for b in body[annex:i]:
            b.role = "annotation"
        i = annex
    st.closing = body[i:]
    body = body[:i]
    # Salutation ("县委、县政府:") right at the start.
    for b in body[:3]:
        if SALUTATION.match(b.k) and not b.shape:
            b.role = "salutation"
    return [b for b in body if b.role == "body"]


# A table of contents: the headings listed before the body repeats them, each with leader dots (or a
# rule) and a page number ("一、主要举措和成效……………1"), under a 目录 line or not.
CONTENTS_LINE = re.compile(r"^目录$|^contents$", re.I)
CONTENTS_ENTRY = re.compile(r"^(?P<entry>\S{2,60}?)(?:\.{2,}|·{2,}|-{3,}|_{3,}|—{2,}|…{2,}|[─━]{2,})(?P<page>\d{1,3})$")
PAGE_AT_END = re.compile(r"^(?P<entry>\S{2,60}?)(?P<page>\d{1,3})$")


# A note on the report itself (注：①文中数据统计区间为…；②…), at the start of its line: what its words and
# figures mean, not work done; never part of the parts
NOTE_LINE = re.compile(r"^[*※]?(?:注|备注|注释|附注|说明)\d?[:：]")


def mark_notes(blocks: list[Block], start: int, end: int) -> None:
    """Mark the notes on the report among blocks[start:end] (role "note"): a line opening with 注：/备注：/
    注释：/附注：, or with 说明： when it speaks of the report's own text or figures (本报告, 文中, 数据)."""
    for b in blocks[start:end]:
        if b.role != "body" or b.heading is not None or not (m := NOTE_LINE.match(b.k)):
            continue
        if m.group().lstrip("*※").startswith("说明") and not NOTE_ABOUT.search(b.k):
            continue
        b.role = "note"


NOTE_ABOUT = re.compile(r"本报告|文中|报告中|数据|统计|口径")


def mark_contents(blocks: list[Block], start: int, end: int) -> None:
    """Mark a table of contents at the start of the body, blocks[start:end] (role "contents"): a run
    of entries with leaders and page numbers, or of headings (with or without a page number) that the
    body repeats after them, under a 目录 line (which a page's header may have taken) or at least two
    of them. It is never taken for the parts."""
    body = [b for b in blocks[start:end] if b.role == "body"]
    titled_before = start > 0 and bool(CONTENTS_LINE.match(blocks[start - 1].k))
    i = 0
    while i < len(body) and i < 40:
        titled = bool(CONTENTS_LINE.match(body[i].k))
        if titled_before and i == 0 and not titled:
            titled, j = True, 0
        else:
            j = i + 1 if titled else i
        k = j
        while k < len(body) and _contents_entry(body[k], body[k + 1 :]):
            k += 1
        if k - j >= 2 or (titled and k - j >= 1):
            for b in body[i:k]:
                b.role = "contents"
            return
        if body[i].shape:
            return  # the body's headings have started: a list after this is no table of contents
        i += 1


def _contents_entry(b: Block, rest: list[Block]) -> bool:
    k = b.k
    if len(k) > 80 or "。" in k:
        return False
    m = CONTENTS_ENTRY.match(k)
    if m:
        return True
    # no leaders: a heading that the body repeats further on (its page number, if any, dropped)
    if not b.shape:
        return False
    m = PAGE_AT_END.match(k)
    candidates = {k} | ({m.group("entry")} if m else set())
    return any(x.k in candidates and x is not b for x in rest) and not is_paragraph(k)
