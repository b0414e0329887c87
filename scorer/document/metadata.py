"""Stage 3: structure → document metadata (title, issuer, level, years, publish date, is_report)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from scorer.document import kind, organs, places
from scorer.document.page import (
    CN_DATE,
    DATE_CN_AT_END,
    DATE_LINE_MARKS,
    ISO_DATE,
    PRINTED_BY,
    day_after_title,
    field_value,
    spaced_pieces,
    strip_title_label,
    without_seal,
)
from scorer.document.structure import Block, Structure, is_paragraph
from scorer.text.lexicon import alternation, load, part_of_speech
from scorer.text.textnorm import make_key

YEAR = re.compile(r"(?<![\d\-—~～至到])((?:19|20)\d{2})\s*年(?!\s*[\-—~～至到]\s*(?:19|20)?\d{2})")
BOOK_TITLE = re.compile(r"《[^》]{0,80}》")
# two consecutive years named together (2023—2024年, 2023-2024年度)
TWO_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—~～至到]\s*((?:19|20)\d{2})\s*年(?=度?[^\d])")
PAREN = re.compile(r"\([^)]{0,30}\)")
# an issuer that is a county, a district or a banner by its own name (not a county-level 市)
UNDER_A_CITY = re.compile(r"(?:中共)?[^,、]{0,16}?(?<!自治)(?:县|区|旗)(?:人民政府|政府|委员会|党委|委|$)")

@dataclass
class Metadata:
    """What a report says about itself: title, issuer and level, year, dates, and what kind of text it is."""
    title: str | None
    title_line: int | None
    issuer: str | None
    issuer_source: str | None
    issuer_line: int | None
    level: str | None
    report_year: int | None
    report_year_source: str | None
    publish_date: str | None
    publish_date_source: str | None
    publish_date_line: int | None
    is_report: bool
    not_report_reason: str | None
    years: dict = field(default_factory=dict)  # where each year was read: title, opening
    issuers: list[str] = field(default_factory=list)  # each body of a joint issuer (党委 and 政府)
    is_report_forced: bool = False  # scored as a report on the reviewer's word (--as-report)
    report_probability: float | None = None  # that the text is a report, by the fitted weights (kind.py)
    report_evidence: list[str] = field(default_factory=list)  # what was weighed, in Chinese
    review_notes: list[str] = field(default_factory=list)  # what a reviewer must confirm (需人工确认 …)

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    @property
    def standing(self) -> str | None:
        """The level as sentences read who acts: a county or district whose own name is no 市 (新县人民政府,
        雁塔区人民政府) has a city above it, whose bodies' work (由市司法局具体承办) is not its own."""
        if self.level == "county" and self.issuer and UNDER_A_CITY.match(self.issuer):
            return "county_under_city"
        return self.level


def extract(st: Structure, published: str | None = None, hints: dict | None = None, as_report: bool = False) -> Metadata:
    """Read the metadata. as_report: score the text as a report even when it looks like something
    else; the reason it was taken for something else is kept in not_report_reason."""
    hints = hints or {}
    title = st.title
    title_key = st.title_key
    years = {}
    title_year = first_year(title_key) if title_key else None
    two_years = None if title_year or not title_key else TWO_YEARS.search(BOOK_TITLE.sub("", title_key))
    if two_years and int(two_years.group(2)) - int(two_years.group(1)) != 1:
        two_years = None  # a plan's period (2021—2025年), not a report's two years
    if two_years:
        # a title on two years (2023—2024年…情况报告) reports up to the later one
        title_year = int(two_years.group(2))
    if title_year:
        years["title"] = title_year
    opening_year, _ = opening_year_of(st)
    if opening_year:
        years["opening"] = opening_year
    pub, pub_source, pub_line = publish_date(st, published, hints)
    report_year, ry_source = title_year, "title" if title_year else None
    if report_year is None and opening_year:
        report_year, ry_source = opening_year, "opening"
    if report_year is None:
        hy = heading_year(st)
        if hy:
            report_year, ry_source = hy, "heading"
    plan = plan_heading(st)
    if report_year is None and plan:
        report_year, ry_source = plan[0] - 1, "plan"  # "三、2025年工作安排": the plan of the year after
    if report_year is None and (period := _period_year(st)):
        report_year, ry_source = period, "period"  # "报告期间：2025年1月1日—2025年12月31日" under the title
    if report_year is None and pub:
        # published in November or December (本年度…): that year's report, written at its end; else the year before
        report_year, ry_source = int(pub[:4]) - (int(pub[5:7]) < YEAR_END_MONTH), "publish_date"
    decision = kind.decide(st)
    is_report, reason = decision.is_report, decision.reason
    forced = as_report and not is_report
    text_note = []
    if report_year is None and (is_report or forced):
        report_year = text_year(st)
        if report_year:
            ry_source = "text"
            text_note = [f"报告年度取自正文中出现最多的年份（{report_year}年）：标题、开头、小标题和日期都未写明年份，请人工确认"]
    report_year, ry_source, year_notes = agreeing_year(report_year, ry_source, years, pub, pub_source, st)
    year_notes = text_note + year_notes
    if two_years and report_year == int(two_years.group(2)):
        year_notes.append(f"标题写的是{two_years.group(0)}两个年度，报告年度按{report_year}年计，请人工确认")
    report_year, ry_source, plan_notes = agreeing_plan(report_year, ry_source, plan, years)
    year_notes += plan_notes
    context = _Context(st)
    found = find_issuer(st, context)
    review = [f"需人工确认是否为法治政府建设年度报告：{reason}"] if decision.close and reason else []
    review += year_notes
    if found is None and (found := _from_file_name(hints.get("file_name"), context)):
        review.append(f"报告单位“{found.name}”取自文件名：正文未写明报告单位，请人工确认")
    return Metadata(
        title=title,
        title_line=st.title_lines[0] if st.title_lines else None,
        issuer=found.name if found else None,
        issuer_source=found.source if found else None,
        issuer_line=found.line if found else None,
        level=(found.level if found else None) or context.level,
        report_year=report_year,
        report_year_source=ry_source,
        publish_date=pub,
        publish_date_source=pub_source,
        publish_date_line=pub_line,
        is_report=is_report or forced,
        not_report_reason=reason,
        years=years,
        issuers=found.parts if found else [],
        is_report_forced=forced,
        report_probability=round(decision.probability, 3),
        report_evidence=decision.evidence,
        review_notes=review,
    )


# ---------------------------------------------------------------- years and dates


SOURCE_ZH = {"title": "标题", "opening": "开头", "heading": "小标题", "publish_date": "发布日期", "override": "指定的发布日期",
             "text": "正文",
             "page": "页面发布日期", "header": "页面发布日期", "signature": "落款日期", "plan": "下一年度工作安排的年份",
             "period": "报告期间"}


def agreeing_plan(year: int | None, source: str | None, plan: tuple[int, str] | None,
                  years: dict) -> tuple[int | None, str | None, list[str]]:
    """The report year against the plan's: a report's plan is for the year after it ("三、2025年工作安排").
    When the year was read from the opening (no title names one) and is the plan's own year ("2025年是
    ‘十五五’开局之年" before a 2025 plan), the dates decide: signed or published in the plan's year, the
    report covers the year before; with no such date the opening's year stays. Either way the reviewer
    is told (需人工确认). A title's year is never overturned: a plan for the wrong year is a finding."""
    if year is None or plan is None or source not in ("opening", "heading") or plan[0] != year:
        return year, source, []
    dated = {y for k, y in years.items() if k in ("signature", "publish")}
    what = f"{SOURCE_ZH[source]}为{year}年，与“{plan[1]}”的计划年份相同"
    if plan[0] in dated:
        return plan[0] - 1, "plan", [f"年份不一致：{what}，而报告成文或发布于{plan[0]}年；按工作安排认定报告年度为{plan[0] - 1}年"]
    return year, source, [f"年份不一致：{what}；按{SOURCE_ZH[source]}认定报告年度为{year}年，请人工确认"]


def agreeing_year(year: int | None, source: str | None, years: dict, pub: str | None, pub_source: str | None,
                  st: Structure) -> tuple[int | None, str | None, list[str]]:
    """The report year, agreeing with the dates: a report never covers a year that had not begun when it
    was published or signed. When the year read first is such a year (a heading's or the opening's
    "2025年" of the plan, in a report signed in December 2024), the strongest reading that is possible
    wins: the title's, the opening's, a heading's, else the publication's own year. Disagreements are
    returned as notes for the reviewer (需人工确认), naming each reading."""
    notes = []
    if years.get("title") and years.get("opening") and years["title"] != years["opening"] and source == "title":
        notes.append(f"年份不一致：标题为{years['title']}年，开头为{years['opening']}年；按标题认定报告年度为{years['title']}年")
    signed = _signature_year(st)
    if signed:
        years["signature"] = signed
    if pub:
        years["publish"] = int(pub[:4])
    latest = min(y for y in (int(pub[:4]) if pub else None, signed) if y) if (pub or signed) else None
    readings = [("title", years.get("title")), ("opening", years.get("opening")), ("heading", heading_year(st))]
    if year is not None and latest is not None and year == latest and pub and int(pub[:4]) == latest \
            and int(pub[5:7]) < YEAR_END_MONTH:
        # published early in the title's year ("2026年…报告" on 2026-02-11): that year had not ended, so a year
        # the opening or a heading names that had wins, when there is one (a page's date may be wrong too)
        ended = [(src, y) for src, y in readings if y and y < latest]
        if ended:
            new_source, new_year = ended[0]
            return new_year, new_source, [
                f"年份不一致：{SOURCE_ZH.get(source or '', source)}为{year}年，但发布日期为{pub}，该年尚未结束；"
                f"按{SOURCE_ZH.get(new_source, new_source)}认定报告年度为{new_year}年"]
    if year is None or latest is None or year <= latest:
        return year, source, notes
    fits = [(src, y) for src, y in readings if y and y <= latest]
    new_source, new_year = fits[0] if fits else ("publish_date", latest)
    when = SOURCE_ZH.get(pub_source or "", "发布日期") if pub and int(pub[:4]) == latest else "落款日期"
    notes = []  # the title's year is not kept: the note that kept it would contradict this one
    notes.append(f"年份不一致：{SOURCE_ZH.get(source or '', source)}为{year}年，但{when}在{latest}年，"
                 f"报告不能总结尚未开始的年份；按{SOURCE_ZH.get(new_source, new_source)}认定报告年度为{new_year}年")
    return new_year, new_source, notes


def _signature_year(st: Structure) -> int | None:
    for b in reversed(st.closing):
        if b.role in ("date", "signature"):
            d = _date_in(b.k)
            if d:
                return int(d[:4])
    return None


YEAR_CN = re.compile(r"([〇○零一二三四五六七八九]{4})年")


def first_year(key: str) -> int | None:
    """The first year in a text (also 二〇二四年), ignoring years inside 《book titles》 and ranges."""
    found = _years_in(BOOK_TITLE.sub("", key))
    return found[0][1] if found else None


def opening_year_of(st: Structure) -> tuple[int | None, int | None]:
    """The year the opening names first, or the year of the sentence that announces the report ("在2023年工作
    基础上…,现将我镇2024年法治政府建设情况报告如下": 2024), which says what the report is about."""
    blocks = [b for b in st.preamble if b.role == "body"][:3] or _first_body(st)[:1]
    for b in blocks:
        y = _announced_year(_announcing(b.k))
        if y:
            return y, b.line
        y = first_year(b.k[:200])
        if y:
            return y, b.line
    return None, None


def _announcing(key: str) -> str:
    """The sentence that announces the report ("现将2024年法治政府建设情况报告如下"), or ""."""
    at = key.find("如下")
    while at >= 0:
        if key.endswith(("报告", "汇报", "总结", "公开"), 0, at):
            return key[max(key.rfind(c, 0, at) for c in "。!?") + 1:at]
        at = key.find("如下", at + 2)
    return ""


PLAN_AFTER_YEAR = re.compile(r"[^,;。]{0,16}(?:安排|计划|打算|要点|思路|设想)")


def _announced_year(sentence: str) -> int | None:
    """The first year of the announcing sentence that is not the plan's ("…总结2021年度…;对2022年度…工作安排
    进行部署,现将工作情况报告如下": 2021), outside 《titles》."""
    text = BOOK_TITLE.sub("", sentence)
    for m in YEAR.finditer(text):
        if not PLAN_AFTER_YEAR.match(text, m.end()):
            return int(m.group(1))
    return None


def _first_body(st: Structure) -> list[Block]:
    return [b for b in st.body_blocks() if is_paragraph(b.k)]


def heading_year(st: Structure) -> int | None:
    """The first year a heading names, other than a plan's (三、2025年工作安排)."""
    for s in st.sections:
        if s.heading:
            y = first_year(s.heading.key)
            if y and _plan_year(s.heading.key) != y:
                return y
    return None


# How much of the body is read for the year it names most: the account of the year comes first.
TEXT_YEAR_CHARS = 3000


def text_year(st: Structure) -> int | None:
    """The year the body names most (outside 《book titles》 and ranges), when one is named more than any
    other: the year of a report whose title, opening, headings and dates name none ("2019年各级…出动检查
    536万余人次" in a report that opens at its first heading)."""
    text = BOOK_TITLE.sub("", "".join(b.k for b in st.body_blocks())[:TEXT_YEAR_CHARS])
    ranked = Counter(int(m.group(1)) for m in YEAR.finditer(text)).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def plan_heading(st: Structure) -> tuple[int, str] | None:
    """The year of the next year's plan and its heading ("三、2025年法治政府建设工作安排" → 2025): the first
    heading whose first year is the one its plan words follow."""
    for s in st.sections:
        if s.heading:
            y = _plan_year(s.heading.key)
            if y and first_year(s.heading.key) == y:
                return y, s.heading.key
    return None


def _plan_year(key: str) -> int | None:
    """The year a heading's plan words (工作安排, 工作计划 …) follow: the last year before the first of them."""
    words = load("doc_kinds")["part_headings"]["下一年度工作安排"]
    at = min((i for i in (key.find(w) for w in words) if i >= 0), default=-1)
    if at < 0:
        return None
    found = _years_in(BOOK_TITLE.sub("", key[:at]))  # (in either numerals: "二〇二五年工作思路")
    return found[-1][1] if found else None


def _years_in(text: str) -> list[tuple[int, int]]:
    """Every year a text names (2024年, 二〇二四年, not a range's), with where it stands, in order."""
    return sorted([(m.start(), int(m.group(1))) for m in YEAR.finditer(text)]
                  + [(m.start(), int("".join(str(CN_NUM[c]) for c in m.group(1)))) for m in YEAR_CN.finditer(text)])


def valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def publish_date(st: Structure, override: str | None, hints: dict) -> tuple[str | None, str | None, int | None]:
    if override:
        return override, "override", None
    if hints.get("publish_date"):
        return hints["publish_date"], "page", None
    header = [b for b in st.header if b.role in ("meta", "chrome")]
    # A labelled date first (发布日期/发布时间 before 时间/日期, before 成文日期/公文生成日期), then a bare
    # date near the title. A line may hold several fields ("[成文日期]2026-01-22[发布日期]2026-02-10"); a
    # labelled one may give its weekday ("发布日期：2023年1月29日 星期日"), a bare one with a weekday is the
    # site's clock ("2025年3月1日 星期六")
    ranked = [(rank, b.line, d) for b in header for rank, d in labelled_dates(b.k)]
    ranked += [(rank, line, d) for rank, d, line in column_dates(header)]
    if ranked:
        ranked.sort()
        return ranked[0][2], "header", ranked[0][1]
    for b in header:
        if "星期" in b.k or DATE_SPAN.search(b.k):
            continue  # a site's clock; a period the report covers (报告期间：2025年1月1日—2025年12月31日)
        d = _date_in(b.k)
        if d and len(b.k) <= 60:
            return d, "header", b.line
    # the day the page went up, after the title on its line ("…情况报告（2022-01-19）")
    for b in st.blocks:
        if b.role == "title" and (day := day_after_title(b.k)) and (d := _date_in(day)):
            return d, "header", b.line
    # a page's foot may carry its fields instead (【发布日期：…】【打印】【关闭】 after the text): a date
    # labelled as the publication's only (打印时间 there is when the page was printed), before the signature's
    # (a plain 日期 too on the line of the page's own links: 分享到… 日期：2018.04.03 【打印本页】【关闭窗口】)
    ranked = [(rank, b.line, d) for b in _page_foot(st) for rank, d in labelled_dates(b.k)
              if rank == 0 or (rank == 1 and b.role == "chrome" and PAGE_LINKS.search(b.k))]
    if ranked:
        ranked.sort()
        return ranked[0][2], "header", ranked[0][1]
    # the page's own address, when the text carries it (网址：…/art/2025/3/28/art_1229_…html; a browser's print
    # footer): government sites file a page under the day it went up
    for b in header + _page_foot(st):
        if ("http" in b.k or "www." in b.k) and (d := _date_in_address(b.k)):
            return d, "header", b.line
    for at in range(len(st.closing) - 1, -1, -1):
        b = st.closing[at]
        if b.role in ("date", "signature"):  # a signature line may carry the date too
            before = st.closing[at - 1] if at and st.closing[at - 1].role == "date" else None
            if d := _date_in(b.k):
                return d, "signature", b.line
            if before is not None and (d := _date_in(before.k + b.k)):  # a date broken over two lines
                return d, "signature", before.line
    # the 版记's "…办公室　2025年3月28日印发" under 抄送: the day the document was issued, when nothing else dates it
    for b in reversed(st.closing):
        if b.role == "annotation" and PRINTED_BY.search(b.k) and (d := _date_in(b.k)):
            return d, "signature", b.line
    # a date on a line of its own before the first part (under the title, （2025年2月28日）) dates the report as
    # a signature's does
    for b in st.preamble[:4]:
        if MIXED_DATE.fullmatch(b.k.strip(DATE_LINE_MARKS)) and (d := _date_in(b.k)):
            return d, "signature", b.line
    return None, None, None


PAGE_LINKS = re.compile(r"打印|关闭|分享|收藏")
# the day a government site files a page under, in its address: /art/2025/3/28/, /t20250328_
ADDRESS_DATES = (re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"), re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d"))


def _date_in_address(text: str) -> str | None:
    for rx in ADDRESS_DATES:
        if m := rx.search(text):
            return valid_date(*m.groups())
    return None




def _page_foot(st: Structure) -> list[Block]:
    """The page's chrome and field lines after the last line of the report."""
    foot: list[Block] = []
    for b in reversed(st.blocks):
        if b.role not in ("meta", "chrome"):
            break
        foot.append(b)
    return foot


def labelled_dates(text: str) -> list[tuple[int, str]]:
    """Each date of a page's field line with the rank of the label just before it: 0 for 发布日期/发布时间,
    1 for a plain 日期/时间, 2 for the date a document was written (成文日期, 公文生成日期, 印发日期)."""
    out = []
    start = 0
    for m in FIELD_DATE.finditer(text):
        label = FIELD_PUNCT.sub("", text[start : m.start()])
        start = m.end()
        found = [w for w in _date_labels() if label.endswith(w)]
        if not found or label.endswith(NOT_PUBLISHED):
            continue  # (打印时间: when the page was printed, 访问时间 …)
        year, month, day, month8, day8 = m.groups()
        d = valid_date(year if len(year) == 4 else "20" + year, month or month8, day or day8)
        if d:
            out.append((_rank(found), d))
    if not out and "月" in text:
        # a date in Chinese numerals after its label (日期：2025年三月二十八日)
        start = 0
        for m in MIXED_DATE.finditer(text):
            label = FIELD_PUNCT.sub("", text[start : m.start()])
            start = m.end()
            found = [w for w in _date_labels() if label.endswith(w)]
            if found and not label.endswith(NOT_PUBLISHED) and (d := _date_in(m.group(0))):
                out.append((_rank(found), d))
    return out


def _rank(labels: list[str]) -> int:
    """A date label's rank, by the longest label found: 0 发布…, 1 a plain 日期/时间, 2 the date a document was written."""
    word = max(labels, key=len)
    return 0 if "发布" in word else 2 if word not in ("日期", "时间") else 1


CELL_SPLIT = re.compile(r"[\t|｜]+")


def column_dates(header: list[Block]) -> list[tuple[int, str, int]]:
    """A page's field table copied as a row of labels over a row of values ("索引号<TAB>发布机构<TAB>发布日期" /
    "…<TAB>…<TAB>2025-04-12", or between bars): each labelled date, ranked as labelled_dates ranks it."""
    out = []
    for a, b in zip(header, header[1:]):
        labels = [c.strip() for c in CELL_SPLIT.split(a.raw.strip().strip("|｜")) if c.strip()]
        values = [c.strip() for c in CELL_SPLIT.split(b.raw.strip().strip("|｜")) if c.strip()]
        if len(labels) < 2 or len(labels) != len(values):
            continue
        for label, value in zip(labels, values):
            for rank, d in labelled_dates(f"{label}:{value}"):
                out.append((rank, d, b.line))
    return out


PERIOD = re.compile(r"^(?:报告期间|报告期|报告时段|统计期间|统计时段|统计时间|统计期限|数据统计期限)[:：]?((?:19|20)\d{2})年")


def _period_year(st: Structure) -> int | None:
    """The year of the period a line over the text says the report covers (报告期间：2025年1月1日—…)."""
    for b in (st.header + st.body_blocks())[:12]:
        if m := PERIOD.match(b.k):
            return int(m.group(1))
    return None


DATE_SPAN = re.compile(r"\d{1,2}[月日/.-]\d{0,2}日?\s*(?:至|到|—|–|-|~|～)\s*(?:\d{4}年)?\d{1,2}月")
NOT_PUBLISHED = ("打印时间", "打印日期", "访问时间", "浏览时间", "当前时间", "今天是")
# 2025-03-12, 2025/3/12, 2025年3月12日; after a label also eight digits run together (发布日期：20250312, and with
# the time glued on where spaces are gone: 2025031208:39)
# (and, after a label, a year in two digits: 发布时间：24-03-27)
FIELD_DATE = re.compile(r"(?<!\d)(\d{4}|\d{2}(?=[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)))(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(0[1-9]|1[0-2])([0-3]\d)(?:(?!\d)|(?=\d{1,2}:\d\d)))")
FIELD_PUNCT = re.compile(r"[\s\[\]【】:：|•·*\-]+")


@lru_cache(maxsize=1)
def _date_labels() -> tuple[str, ...]:
    return tuple(load("page_words")["date_labels"])


CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_NUM["○"] = CN_NUM["零"] = 0


def _date_in(text: str) -> str | None:
    for rx in (ISO_DATE, CN_DATE, re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})")):
        m = rx.search(text)
        if m:
            return valid_date(*m.groups()[:3])
    m = MIXED_DATE.search(text)  # 二〇二五年二月二十八日, and each part in either numerals (二〇二六年1月7日, 2025年二月二十八日)
    if m:
        from scorer.document.structure import cn_number

        year = m.group(1) if m.group(1).isdigit() else "".join(str(CN_NUM[c]) for c in m.group(1))
        month, day = (part if part.isdigit() else "1" if part == "元" else str(cn_number(part.translate(TENS)))
                      for part in m.group(2, 3))
        return valid_date(year, month, day)
    return None


# (元月: January)
MIXED_DATE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2}|元)月(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日")
TENS = str.maketrans({"廿": "二十", "卅": "三十"})  # 廿八日, 卅一日


# ---------------------------------------------------------------- issuer and level


@dataclass
class Issuer:
    """Who issued a report, where that was read, its level, and the bodies when several issued it jointly."""
    name: str
    source: str  # title | signature | opening | page | inferred | file_name
    line: int | None
    level: str | None
    parts: list[str]


def find_issuer(st: Structure, context: _Context | None = None) -> Issuer | None:
    """Who issued the report: named in the title, the signature, the opening sentence or a header field
    (in that order), or else inferred from how the text speaks of itself and the places it names."""
    context = context or _Context(st)
    read = _from_title(st)
    if read:
        return _issuer(read, "title", st.title_lines[0], context)
    for b in st.blocks[: TITLE_REPEAT_SCAN]:
        if b.role == "title_repeat" and (read := organs.parse(b.k, strict=False)):
            return _issuer(read, "title", b.line, context)  # the issuer's line of the title printed again under it
    for source, finder in (("signature", _from_signature), ("opening", _from_opening), ("page", _from_header),
                           ("opening", _named_department)):
        line, read = finder(st, context)
        if read:
            return _issuer(read, source, line, context)
    return _inferred(st, context) or _from_site(st, context) or _issuer_of_own_documents(st, context)


TITLE_REPEAT_SCAN = 60  # the title is printed again within the page's first blocks


# what numbers or labels a file before its name ("3.", "附件2：", "(1)")
FILE_NAME_LEAD = re.compile(r"^(?:附件)?[\d\s._\-、:()]*")


def _from_file_name(stem: str | None, context: _Context) -> Issuer | None:
    """The body a file is named after (吉水镇人民政府2024年度法治政府建设情况报告.docx), for a text that
    names no issuer: offices name the files they receive by unit. A named place is needed: 司法局.docx
    says nothing of whose it is."""
    if not stem:
        return None
    key = FILE_NAME_LEAD.sub("", make_key(stem).text)
    got = organs.prefix(key, strict=False)
    if not got or all(not o.places for o in got[0]):
        return None
    return _issuer(got[0], "file_name", None, context)


# A converter's pinyin left after a character on mirror sites: "內(nèi)蒙古", "全區(qū)".
PINYIN_GLOSS = kind.PINYIN_GLOSS
# "印发《文化和旅游部关于…》": a document the text says it issued, named with its issuing body.
ISSUED_DOCUMENT = re.compile(r"印发了?《([^》]{4,80})》")
OWN_OFFICE = ("办公厅", "办公室")  # a body's own office issues documents in its name


def _issuer_of_own_documents(st: Structure, context: _Context) -> Issuer | None:
    """A text that names itself nowhere but in the documents it says it issued ("印发《文化和旅游部办公厅
    关于…》…印发《文化和旅游部关于…》"): the one body (its office counted as itself) that opens the names
    of at least two of them, when no other does."""
    found: Counter[str] = Counter()
    read: dict[str, list[organs.Organ]] = {}
    for m in ISSUED_DOCUMENT.finditer(context.body_text):
        name = m.group(1)
        got = organs.prefix(name, strict=True)
        if not got or len(got[0]) != 1:
            continue
        office = next((o for o in OWN_OFFICE if name.startswith(o, got[1])), "")
        if not name.startswith("关于", got[1] + len(office)):
            continue
        organ = got[0][0]
        found[organ.name] += 1
        read[organ.name] = [organ]
    ranked = found.most_common(2)
    if len(ranked) != 1 or ranked[0][1] < 2:
        return None
    return _issuer(read[ranked[0][0]], "inferred", None, context)


# How much of a text is read for the places it names: a report names itself early, and a long text
# must not cost a scan of every character.
CONTEXT_CHARS = 30_000


class _Context:
    """What the text says about itself: its self-references and the places it names (computed on demand)."""

    def __init__(self, st: Structure):
        self.st = st
        self._level: str | bool | None = False
        self._township: str | bool | None = False
        self._text: str | None = None
        self._page_bodies: list[organs.Organ] | None = None
        self._page_text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            text = "".join(b.k for b in self.st.header + self.st.body_blocks())[:CONTEXT_CHARS]
            self._text = PINYIN_GLOSS.sub("", text)
        return self._text

    @property
    def page_text(self) -> str:
        """Every line of the page, its chrome and signature too: where the page writes a name."""
        if self._page_text is None:
            self._page_text = PINYIN_GLOSS.sub("", "".join(b.k for b in self.st.blocks))
        return self._page_text

    @property
    def speaker(self) -> str | None:
        """The level of the opening sentence's own subject (我局 → department), if it has one."""
        return _opening_speaker(self.st.body_blocks()[:12])

    @property
    def page_bodies(self) -> list[organs.Organ]:
        if self._page_bodies is None:
            self._page_bodies = _page_bodies(self.st, self)
        return self._page_bodies

    @property
    def body_text(self) -> str:
        """The text without the page's header and chrome (a site's navigation names other places)."""
        return PINYIN_GLOSS.sub("", "".join(b.k for b in self.st.body_blocks())[:CONTEXT_CHARS])

    @property
    def township(self) -> str | None:
        if self._township is False:
            self._township = own_township(self.text)
        return self._township  # type: ignore[return-value]

    @property
    def level(self) -> str | None:
        if self._level is False:
            self._level = self_level(self.st)
        return self._level  # type: ignore[return-value]


def _issuer(read: list[organs.Organ], source: str, line: int | None, context: _Context) -> Issuer:
    read = [_qualified(o, read, context) for o in read]
    if source == "page" and len(read) == 1 and read[0].name.endswith(_offices()) and context.level not in (None, "department"):
        # the government's 办公室 publishes the government's own report
        o = read[0]
        read = [organs.Organ(o.name[: -len(_office_of(o.name))] + GOVERNMENT, o.places, o.generic, "government", o.unit_level)]
    read = [_as_written(_governing_body(_full_place(o, context)), context) for o in read]
    parts = [o.name for o in read]
    return Issuer("、".join(parts), source, line, organs.level_of(read), parts if len(parts) > 1 else [])


def _as_written(o: organs.Organ, context: _Context) -> organs.Organ:
    """A department under the name its page writes with its place, not the lexicon's full name that the
    page never uses (西山区教育体育局 in the title is not 西山区教育和体育局). A short form that the tool
    completes with its place (市人社局 + 天津) keeps the full name: the page never wrote either whole."""
    text = context.page_text
    if o.kind != "department" or o.name in text:
        return o
    found = organs.department_forms(o.name)
    if not found:
        return o
    head, forms = found
    written = [f for f in forms if head + f in text]
    if not written:
        return o
    form = max(written, key=lambda f: (text.count(f), len(f)))
    return dataclasses.replace(o, name=head + form)


# A township named as a place is its government: a 街道 (or X街) is its 办事处, a 镇 or 乡 its 人民政府.
TOWNSHIP_BODY = (("街道", "办事处"), ("街", "道办事处"), ("镇", "人民政府"), ("乡", "人民政府"))


def _governing_body(o: organs.Organ) -> organs.Organ:
    if o.kind != "place" or o.unit_level != "township":
        return o
    body = next((body for unit, body in TOWNSHIP_BODY if o.name.endswith(unit)), None)
    return organs.Organ(o.name + body, o.places, o.generic, "government", o.unit_level, o.known) if body else o


def _full_place(o: organs.Organ, context: _Context) -> organs.Organ:
    """A province or city named as people say it (广东, 内蒙古, 东莞) is its division's full name in the
    gazetteer; of several with that short name (吉林), the one of the level the text speaks as. A name
    with its unit (阿坝州) is kept as written."""
    if o.kind != "place" or len(o.places) != 1:
        return o
    divs = places.short_names().get(o.name, ())
    if len(divs) > 1:
        divs = tuple(d for d in divs if d.level == context.level)
    if len(divs) != 1:
        return o
    d = divs[0]
    return organs.Organ(d.name, [d.name], None, "place", d.level, o.known)


def _offices() -> tuple[str, ...]:
    return tuple(load("organs")["government_offices"])


def _office_of(name: str) -> str:
    return next(s for s in _offices() if name.endswith(s))


def _qualified(o: organs.Organ, read: list[organs.Organ], context: _Context) -> organs.Organ:
    """A generic name (市政府, 县教育局) with the place the text names for it, when it names one clearly."""
    if o.places or not o.generic:
        return o
    if any(x.places for x in read):
        return o  # 河北省委、省政府: the place is named once for both
    level = organs.GENERIC_LEVEL.get(o.generic)
    place = own_place(context.text, level, o.generic)
    party = PARTY_PREFIX if o.name.startswith(PARTY_PREFIX) else ""  # 中共县委
    rest = o.name[len(party) + len(o.generic) :]
    if not place and o.kind == "department":
        place = _place_before_field(context.text, rest, o.generic)
    if not place and level == "township" and context.township and context.township.endswith(o.generic):
        place = context.township  # 镇党委、镇政府 + 东庄镇党委 in the text
    if not place:
        return _named_elsewhere(o, rest, context) or o
    name = party + place + (GOVERNMENT if rest == "政府" else rest)
    return organs.Organ(name, [place], None, o.kind, o.unit_level, o.known)


PARTY_PREFIX = "中共"


def _named_elsewhere(o: organs.Organ, rest: str, context: _Context) -> organs.Organ | None:
    """The same body named with its place elsewhere on the page — the signature, a 发布机构/来源 field, the
    site's own name (县司法局 in the title, 平利县司法局 under the text): the one such name."""
    found = {c.name: c for c in context.page_bodies
             if c.places and c.kind == o.kind and c.name.endswith(rest) and c.places[-1].endswith(o.generic or "")
             and c.name[: -len(rest)] == "".join(c.places)}
    return next(iter(found.values())) if len(found) == 1 else None


def _page_bodies(st: Structure, context: _Context) -> list[organs.Organ]:
    """Every body the page names as the text's own: in its signature, its header fields, its site's name."""
    out = list(_from_signature(st, context)[1] or [])
    for label in load("page_words")["issuer_fields"]:
        for b in st.header:
            value = field_value(b.k, label)
            got = organs.prefix(value, strict=True) if value else None
            if got:
                out += got[0]
    return out + _site_names(st)


def _place_before_field(text: str, department: str, unit: str) -> str | None:
    """The place of a department named only with its unit (县教委), when the text calls its own work by
    the place's short name and the department's field ("服务保障巫溪教育高质量发展" → 巫溪县): the one
    division of that unit and level whose name, less the unit, stands before the field and is no common
    word (平安教育 is not 平安区's)."""
    fields = [f for f, owners in _fields()[0].items() if department in owners]
    level = organs.GENERIC_LEVEL.get(unit)
    found = set()
    for field_word in fields:
        pos = text.find(field_word)
        while pos >= 0:
            for n in range(2, 5):
                stem = text[max(0, pos - n) : pos]
                if len(stem) == n and places.level_of_place(stem + unit) == level and _names_a_place(stem):
                    found.add(stem + unit)
            pos = text.find(field_word, pos + len(field_word))
    return found.pop() if len(found) == 1 else None


def _from_title(st: Structure) -> list[organs.Organ] | None:
    """The issuer that opens the title ("新河镇人民政府关于…", "2020年静海区…", "关于清水县2023年度…")."""
    if not st.title_key:
        return None
    key = _phrases()["title_before"].sub("", FORMER_NAME.sub("", strip_title_label(st.title_key)))
    found = organs.prefix(key, strict=False)
    if not found:
        return None
    read, end = found
    return read if _phrases()["title_after"].match(key, end) else None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, re.Pattern]:
    data = load("doc_kinds")
    # (a title may name two years: 2023—2024年)
    year = r"(?:(?:19|20)\d{2}(?:[-—~～至到](?:19|20)\d{2})?|[〇○零一二三四五六七八九]{4}|\*{2,4})年"
    return {
        # (after the issuer, a year's number with its 年 left out: "沅江路街道2024法治政府建设年度报告")
        "title_after": re.compile(rf"(?:{year}|(?:19|20)\d{{2}}(?!\d)|{alternation(data['title_after_issuer'])})"),
        "title_before": re.compile(rf"^(?:{alternation(data['title_before_issuer'])})?(?:{year}度?)?"),
        "leading_time": re.compile(rf"^(?:{year}(?:度|以来|来)?|{alternation(data['opening_time'])})"),
        # 现将2024年…, 现将《临沧市文化和旅游局2025年度…报告》予以公布: the report named by itself
        "issuer_after": re.compile(rf"(?:{alternation(data['issuer_after'])})《?(?:(?:19|20)\d{{2}}年度?)?"),
    }


GOVERNMENT = "人民政府"  # the full name of a government, after its place
YEAR_END_MONTH = 11  # a report published from this month on is on the year it was published in
FORMER_NAME = re.compile(r"\((?:原|曾用名|旧称)[^()]{1,24}\)")  # 城口区(原城口县)2020年度…: the name it had before


def _from_signature(st: Structure, context: _Context) -> tuple[int | None, list[organs.Organ] | None]:
    sig = [b for b in st.closing if b.role == "signature"]
    read: list[organs.Organ] = []
    for b in sig:
        name = without_seal(DATE_CN_AT_END.sub("", b.k))
        got = organs.parse(name, strict=False)
        if not got:
            return None, None
        read += got
    return (sig[0].line, read) if read else (None, None)


def _from_opening(st: Structure, context: _Context) -> tuple[int | None, list[organs.Organ] | None]:
    """The subject of the opening sentence ("2024年,新县在市委…的领导下,…" → 新县), or the body a
    "现将…报告如下" sentence names."""
    # (a label alone on its line, "总体情况", opens no sentence)
    blocks = [b for b in st.preamble if b.role == "body" and not _is_salutation(b.k) and not LABEL_LINE.fullmatch(b.k)][:2] \
        or _first_body(st)[:1]
    under = tuple(load("doc_kinds")["superior_clause_ends"])
    for b in blocks:
        text = PAREN.sub("", PINYIN_GLOSS.sub("", b.k[:600]))
        for m in _phrases()["issuer_after"].finditer(text):
            read = _subject(text[m.end() :], context)
            if read:
                return b.line, read
        for clause in CLAUSE_SPLIT.split(text)[:8]:
            if clause.endswith(under):
                # "…,省农业农村厅的正确指导下,": the bodies the issuer works under; the subject may stand
                # before them ("四季青街道在区委区政府的坚强领导下")
                clause = clause[: clause.find("在")] if "在" in clause else ""
                if not clause:
                    continue
            clause = _phrases()["leading_time"].sub("", clause)
            clause = IN_LIGHT_OF.sub(r"\1", clause)
            if _anonymous_level(clause):
                return None, None  # "2020年,xx街道…": its name left out; no body named further on is the speaker
            read = _subject(clause, context) or _own_township_subject(clause, context)
            if read:
                return b.line, read
    return None, None


CLAUSE_SPLIT = re.compile(r"[,。;:!?]")
LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a short label over a paragraph: 总体情况, 基本情况
# "结合荷城街道实际": the unit that speaks, named as the circumstances its work is fitted to
IN_LIGHT_OF = re.compile(r"^结合(.{2,24}?)的?(?:工作)?实际$")


def _is_salutation(key: str) -> bool:
    """A line that only names whom the report goes to ("省政府:", "市委、市政府:"): not its opening."""
    return key.endswith(":") and len(key) <= 30 and not _phrases()["issuer_after"].search(key) and "如下" not in key


def _named_department(st: Structure, context: _Context) -> tuple[int | None, list[organs.Organ] | None]:
    """A department that calls itself 我局 and names itself in full elsewhere: as a sentence's subject
    ("…。盐城市交通运输局被交通运输部表彰为…") or its own documents' (《江门市新会区统计局2022年…计划》):
    the only department with its place that begins a clause of the first paragraphs."""
    blocks = [b for b in st.preamble if b.role == "body"][:2] or _first_body(st)[:2]
    own = tuple(load("organs")["self_reference"]["own"]["department"])
    if context.level != "department" and not (context.level is None and any(w in b.k for b in blocks for w in own)):
        return None, None
    found: dict[str, tuple[int, list[organs.Organ]]] = {}
    for b in blocks + [b for b in st.body_blocks()[:12] if b not in blocks]:
        text = PAREN.sub("", PINYIN_GLOSS.sub("", b.k[:1000]))
        for sentence in SENTENCE_SPLIT.split(text):
            got = organs.prefix(sentence, strict=True)
            if got and len(got[0]) == 1 and got[0][0].kind == "department" and got[0][0].places \
                    and not _runs_on(sentence, got[1]):
                found.setdefault(got[0][0].name, (b.line, got[0]))
    if not found:  # "…市公安局党委书记、局长李世华任组长": the one department named with its own head
        for b in blocks + [b for b in st.body_blocks()[:12] if b not in blocks]:
            for m in HEADED_DEPARTMENT.finditer(b.k[:1000]):
                read = organs.parse(m.group(1), strict=True)
                if read and len(read) == 1 and read[0].kind == "department":
                    found.setdefault(read[0].name, (b.line, read))
    if len(found) != 1:
        return None, None
    return next(iter(found.values()))


SENTENCE_SPLIT = re.compile(r"[。;!?、《]")
# a department named with its head's title after it (市公安局党委书记、局长; 县教育局局长)
HEADED_DEPARTMENT = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,12}?(?:局|厅))(?=(?:党委|党组)书记|局长|厅长)")


def _runs_on(text: str, end: int) -> bool:
    """Whether a name read up to `end` ends inside a word: its last character and the next one are a word
    ("…管理办" of 《…管理办法》, "…局" of 局面), so the name is that word's start, not an organ."""
    return 0 < end < len(text) and part_of_speech(text[end - 1 : end + 1]) is not None


def _own_township_subject(clause: str, context: _Context) -> list[organs.Organ] | None:
    """A township too small for the gazetteer, as the subject of the opening ("2024年,鹤龙街坚持…"): the
    one the text names most with its organs (own_township)."""
    if context.level not in (None, "township", "county"):
        return None
    town = context.township
    if not town or not clause.startswith(town):
        return None
    return [organs.Organ(town, [town], None, "place", "township", False)]


def _subject(clause: str, context: _Context) -> list[organs.Organ] | None:
    found = organs.prefix(clause, strict=True)
    if not found:
        return None
    read, end = found
    if end < len(clause) and (clause[end] == "委" or clause.startswith(_not_after_subject(), end)) and \
            not clause.startswith(_subject_team(), end):
        return None  # 南昌县委…, 市委书记…: a party committee or a person, not the report's subject
    generic = all(not o.places for o in read)
    if generic and context.level and organs.level_of(read) not in (context.level, "department"):
        return None  # "市委、市政府高度重视…" in a county's report names its superior, not itself
    if context.speaker == "department" and organs.level_of(read) != "department":
        return None  # "2023年,我委…,中共平利县委高度重视": a department's report names its county's bodies
    return read


@lru_cache(maxsize=1)
def _not_after_subject() -> tuple[str, ...]:
    return tuple(load("organs")["not_after_subject"])


@lru_cache(maxsize=1)
def _subject_team() -> tuple[str, ...]:
    return tuple(load("organs")["subject_team"])


def _from_header(st: Structure, context: _Context) -> tuple[int | None, list[organs.Organ] | None]:
    for label in load("page_words")["issuer_fields"]:
        for b in st.header:
            value = field_value(b.k, label)
            if not value:
                continue
            found = organs.prefix(value, strict=True)
            if not found:
                placed = _placed_department(value, st, context)
                if placed:
                    return b.line, placed
                continue
            read, end = found
            if end < len(value) and re.match(f"[{organs.CJK}]", value[end]) and not _starts_field(value[end:]):
                continue  # 河北省人民政府网: a site, not a body
            if all(not o.places for o in read) and read[0].kind != "department":
                continue
            if read[-1].kind == "department" and not read[-1].places and not read[-1].generic:
                continue  # 人力资源和社会保障局 with no place: the site's own shorthand
            return b.line, read
    return None, None


def _placed_department(value: str, st: Structure, context: _Context) -> list[organs.Organ] | None:
    """A field naming a department with no place ("发布机构:司法局", the site's own shorthand): the issuer
    only when the text speaks as a department, with the place its site's chrome or its text names."""
    if context.level != "department":
        return None
    found = organs.department_at(value)
    if not found or (len(value) > found[1] and not _starts_field(value[found[1] :])):
        return None
    word = found[0]
    place = next((o.places[-1] for o in _site_names(st) if o.places and o.kind != "department"), None)
    place = place or own_place(context.text, _place_level(st))
    return organs.parse(place + word, strict=True) if place else None


SITE_SPLIT = re.compile(r"[>»|│/:、,()]+")


def _site_names(st: Structure) -> list[organs.Organ]:
    """The bodies a page's chrome names as the site's own: a navigation segment or a line that is only a
    body's name, or its name and 网站 ("首页 > 舒桥乡", "莆田市司法局门户网站", "版权所有:城口县人民政府")."""
    suffixes = tuple(load("page_words")["site_suffixes"])
    greetings = tuple(load("page_words")["site_greetings"])
    found: dict[str, organs.Organ] = {}
    for b in st.blocks:
        if b.role != "chrome":
            continue
        for seg in _chrome_segments(b):
            seg = seg.removeprefix(next((w for w in greetings if seg.startswith(w)), ""))
            seg = seg.removesuffix(next((w for w in greetings if seg.endswith(w)), ""))
            seg = seg.removesuffix(next((w for w in suffixes if seg.endswith(w)), ""))
            read = organs.parse(seg, strict=True) if 2 <= len(seg) <= 30 else None
            if read and len(read) == 1 and (read[0].places or read[0].name in organs.lex().national.values()):
                found.setdefault(read[0].name, read[0])
    return list(found.values())


def _chrome_segments(b: Block) -> list[str]:
    """A chrome line's pieces: split at its separators and where the page put spaces between words
    ("版权所有:平利县司法局 技术支持:…" → 版权所有, 平利县司法局, 技术支持, …)."""
    return [seg for piece in spaced_pieces(b) for seg in SITE_SPLIT.split(piece) if seg]


def _from_site(st: Structure, context: _Context) -> Issuer | None:
    """The site's own name, when the text names no issuer: the only body of the level the text speaks as
    (a department's report on its bureau's site, a township's on its own page)."""
    level = context.level
    if level is None:
        return None
    fits = {_governing_body(o).name: o for o in _site_names(st) if o.level == level}
    if len(fits) != 1:
        return None
    return _issuer(list(fits.values()), "page", None, context)


def _place_level(st: Structure) -> str | None:
    """The level of the place a department's text speaks of (我市, 全县): its own place's."""
    return self_level(st, exclude=("department",))


def _starts_field(text: str) -> bool:
    return text.startswith(tuple(load("page_words")["field_labels"]))


def _inferred(st: Structure, context: _Context) -> Issuer | None:
    """No name stated: the place the text speaks as (我县, 全县, 县政府 + 兴国县 in its own documents)."""
    level = context.level
    if level == "township":
        place = own_township(context.text) or _rule_of_law_township(context.text) or _named_township(context.body_text)
        read = organs.parse(place, strict=False) if place else None
        return _issuer(read, "inferred", None, context) if read else None
    if level == "department":
        return _department_of_field(st, context)
    if level not in ("province", "city", "county"):
        return None
    place = own_place(context.text, level)
    if not place:
        return None
    read = organs.parse(place + GOVERNMENT, strict=False)
    if not read:
        return None
    return _issuer(read, "inferred", None, context)


@lru_cache(maxsize=1)
def _fields() -> tuple[dict[str, frozenset[str]], re.Pattern]:
    """A local department's field of work (水利 of 水利局 and 水利厅, 人社 of 人社局) → the full names of the
    departments it is the field of; and the pattern of a field named with the place's self-reference
    (我市水利, 全县司法) or as 法治X建设 (法治人社建设)."""
    # 管理 stays in the field (城市管理 of 城市管理局): 城市 alone is a word of every city's text
    suffixes = sorted((x for x in organs.lex_data("department_suffixes") if x not in ("管理局", "总局")),
                      key=len, reverse=True)
    governments = tuple(organs.lex_data("government"))
    owners: dict[str, set[str]] = {}
    for form, full in organs.lex().departments.items():
        # a body of the government itself (政府国资委) has the field of the rest of its name; the
        # government's office (人民政府办公室, 政府办) has none
        form = form.removeprefix(next((g for g in governments if form.startswith(g)), ""))
        suffix = next((x for x in suffixes if form.endswith(x)), None)
        if suffix and len(form) - len(suffix) >= 2:
            owners.setdefault(form[: -len(suffix)], set()).add(full)
    fields = {f: frozenset(o) for f, o in owners.items()}
    # 我市水利, 全县司法, 法治人社, or the work it calls its own (卫生健康核心业务, 司法行政各项工作, 教育系统,
    # 卫生健康法治建设)
    named = alternation(list(fields))
    return fields, re.compile(rf"(?:[我全本]([省市县区旗])|法治)({named})|({named})(?:[^,。;:]{{0,4}}?(?:核心业务|各项工作|系统|领域|行业)|法治(?:建设|工作))")


PROVINCIAL_DEPARTMENT = "厅"  # 司法厅 is a province's, 司法局 a city's or a county's


def _department_of_field(st: Structure, context: _Context) -> Issuer | None:
    """A department's report that names no department but its own field of work, beside its place
    (我局 … 我市水利改革发展 → 市水利局): the field named most, with the place the text speaks of."""
    fields, rx = _fields()
    counts: Counter[frozenset[str]] = Counter()
    units: Counter[str] = Counter()
    for m in rx.finditer(context.text):
        counts[fields[m.group(2) or m.group(3)]] += 1
        if m.group(1):
            units[m.group(1)] += 1
    placed = _places_before_fields(context.body_text)
    for _, field_word in placed:
        counts[fields[field_word]] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    unit = units.most_common(1)[0][0] if units else None
    level = _place_level(st) or organs.GENERIC_LEVEL.get(unit or "")
    # a place the text never names, by its unit (市委、市政府, 依法治市 → 市), so that the department
    # reads 市司法局 rather than nothing; the unit then gives the level when nothing else did
    unit = unit or _generic_unit(context.text, level)
    level = level or organs.GENERIC_LEVEL.get(unit or "")
    names = [n for n in ranked[0][0] if n.endswith(PROVINCIAL_DEPARTMENT) == (level == "province")]
    kind = _own_kind(context.text)
    if len(names) > 1 and kind:  # 卫生健康局 or 卫生健康委员会: the one the text speaks as (我局, 我委)
        names = [n for n in names if n.endswith(kind)]
    if len(names) != 1:
        return None
    place = own_place(context.text, level, unit) or _place_of_field(placed, ranked[0][0], level, unit) or unit
    read = organs.parse(place + names[0], strict=True) if place else None
    return _issuer(read, "inferred", None, context) if read else None


@lru_cache(maxsize=1)
def _field_start() -> re.Pattern:
    return re.compile(alternation(list(_fields()[0])))


def _places_before_fields(text: str) -> list[tuple[str, str]]:
    """Each place named in full right before a department's field of work, and the field
    ("因云溪区交通运输综合行政执法权整体上收" → 云溪区, 交通运输): how a bureau that says only 我局 names its own."""
    out = []
    for pos, name in places.places_in(text):
        m = _field_start().match(text, pos + len(name))
        if m:
            out.append((name, m.group()))
    return out


def _place_of_field(placed: list[tuple[str, str]], owners: frozenset[str], level: str | None,
                    unit: str | None) -> str | None:
    """The one place (of the level and unit the text speaks of, when it speaks of one) named right before
    the field of the department the text is."""
    fields = _fields()[0]
    found = {name for name, f in placed if fields[f] == owners and (level is None or _place_fits(name, level, unit))}
    return found.pop() if len(found) == 1 else None


def _own_kind(text: str) -> str | None:
    """The kind of department a text speaks as: 我局 → 局, 我委 → 委员会, 我厅 → 厅 (the one said most)."""
    said = Counter(m.group(1) for m in re.finditer(r"[我本]([局委厅])", text))
    if not said:
        return None
    kind = said.most_common(1)[0][0]
    return "委员会" if kind == "委" else kind


_GENERIC_UNIT_LEVELS = ("province", "city", "county")  # the places a department serves


def _generic_unit(text: str, level: str | None) -> str | None:
    """The unit (市, 州, 县, 区 …) of this level, or of any a department serves, that the text speaks of
    most (市委、市政府, 全市, 依法治市)."""
    counts = Counter({u: sum(text.count(f"{p}{u}") for p in ("全", "我", "依法治")) + text.count(f"{u}委")
                      + text.count(f"{u}政府") for u, lv in organs.GENERIC_LEVEL.items()
                      if lv == level or (level is None and lv in _GENERIC_UNIT_LEVELS)})
    best = counts.most_common(2)
    return best[0][0] if best and best[0][1] and (len(best) < 2 or best[1][1] < best[0][1]) else None


def own_place(text: str, level: str | None, unit: str | None = None) -> str | None:
    """The place of this level that the text speaks of as its own: the only one it names, or the one it
    names most (at least twice, and more than any other)."""
    if level not in ("province", "city", "county"):
        return None
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for pos, name in places.places_in(text):
        if not _place_fits(name, level, unit):
            continue
        counts[name] += 1
        first.setdefault(name, pos)
    if level in ("province", "city"):
        for short, divs in _short_mentions(text, level):
            for d in divs:
                if _place_fits(d.name, level, unit):
                    counts[d.name] += 1
                    first.setdefault(d.name, short)
    if level == "county":
        # county names are also words of running text (老城区改造, 新城区): a county counts only when the
        # text speaks of it as a body (兴国县人民政府, 中共平利县委, 《兴国县…方案》)
        counts = Counter({name: n for name, n in counts.items() if _named_as_body(text, name)})
    if not counts:
        return None
    ranked = sorted(counts, key=lambda p: (-counts[p], first[p]))
    if len(ranked) == 1:
        return ranked[0]
    if counts[ranked[0]] >= 2 and counts[ranked[0]] > counts[ranked[1]]:
        return ranked[0]
    return None


def _named_as_body(text: str, name: str) -> bool:
    """The county opens a body's or a document's name, after the places above it or none
    (中共平利县委, 《兴国县…》, 《西安市雁塔区…要点》, 兴国县人民政府)."""
    above = rf"(?:[{organs.CJK}]{{2,9}}?(?:省|自治区|市|自治州|地区|盟)){{0,2}}"
    return bool(re.search(rf"(?:中共|《){above}{re.escape(name)}|{re.escape(name)}(?:人民政府|政府|委|党委|人大)", text))


# A 镇, 乡 or 街道 named with its own organs: 下太镇委党校, 黄湾镇人民政府, 草滩街道党工委.
# A 街道 often calls itself X街 (鹤龙街党工委, 鹤龙街党政主要负责人).
TOWN_ORGAN = re.compile(r"(镇|乡|街道|街)(?=党委|党工委|党政|人民政府|政府|委|办事处)")


def own_township(text: str) -> str | None:
    """The township a text speaks as, which the gazetteer is too coarse to list: a name it uses with its
    organs (X镇党委) and names at least twice. Where the name begins is not marked in running text: of the
    readings (太镇, 下太镇, 入下太镇) the one named most often wins, the longest of equals."""
    lex = load("organs")
    bad_chars = set(lex["not_in_place"])
    bad_words = tuple(lex["not_township_names"])
    names: set[str] = set()
    for m in TOWN_ORGAN.finditer(text):
        for n in range(2, 5):
            stem = text[max(0, m.start() - n) : m.start()]
            name = stem + m.group(1)
            if len(stem) < n or not re.fullmatch(f"[{organs.CJK}]+", stem):
                break
            if stem[0] in bad_chars:
                continue  # 让街 may be the end of a name (礼让街街道党工委); a longer reading decides
            if organs.holds_function_chars(stem):
                break
            if any(w in name for w in bad_words if w != m.group(1)):  # 街道 is a word, and the unit
                break
            if organs.ends_a_phrase(stem):
                break  # 有序推进镇…: a verb's end before the unit, longer readings end with it too
            names.add(name)
    counts = {name: text.count(name) for name in names}
    counts = {name: n for name, n in counts.items() if n >= 2}
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], len(name)))


RULE_OF_LAW_PLACE = re.compile(rf"法治[“\"]?([{organs.CJK}]{{2,3}}?)[”\"]?建设")  # 法治舒桥建设, “法治东庄”建设
TOWNSHIP_SELF = re.compile(r"(?:我|本|全)(乡|镇|街道)")


def _rule_of_law_township(text: str) -> str | None:
    """A township that names itself only as 我乡 and in 法治X建设 (法治舒桥建设 → 舒桥乡): X with the unit it
    calls itself by, when the text names one such X and speaks of one unit."""
    lex = load("organs")
    not_places = set(lex["not_rule_of_law_places"])
    bad_chars = set(lex["not_in_place"])
    names = {m.group(1) for m in RULE_OF_LAW_PLACE.finditer(text)
             if m.group(1) not in not_places and not bad_chars.intersection(m.group(1))
             and not places.lookup_short(m.group(1)) and not places.lookup(m.group(1))}
    units = set(TOWNSHIP_SELF.findall(text))
    if len(names) != 1 or len(units) != 1:
        return None
    return names.pop() + units.pop()


# Parts of speech (jieba's tags) of words that begin a 镇's or 乡's "name" read in running text but never
# one's: verbs (建立起镇…), adverbs, pronouns, numerals, adjectives, time and place words.
NOT_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "a", "f", "t")
YEAR_END = re.compile(r"\d(?:年度?|月)$")


def _named_township(text: str) -> str | None:
    """A township that speaks as 我镇 and names itself once, with no organ after it ("纳入了东庄镇发展总体
    规划"): the one name of its unit that stands alone — between a boundary (punctuation, a function word
    such as 了 or 的, a joiner such as 和, a date) and the unit — and is a name by jieba's dictionary (依托镇平安办: 依托 is a verb)
    or opens the name of a document (《水口镇2024年依法治镇工作要点》)."""
    units = set(TOWNSHIP_SELF.findall(text))
    if len(units) != 1:
        return None
    unit = units.pop()
    lex = load("organs")
    bad_chars = set(lex["not_in_place"])
    bad_words = tuple(lex["not_township_names"])
    names = set()
    pos = text.find(unit)
    while pos >= 0:
        for n in (2, 3):
            start = pos - n
            stem = text[max(0, start) : pos]
            if start < 0 or bad_chars.intersection(stem) or not re.fullmatch(f"[{organs.CJK}]+", stem):
                break
            before = text[max(0, start - 3) : start]
            if before[-1:].isdigit() and stem[0] in "年月日":
                continue  # 2023年度乡…: a date's end, not a name's start
            bounded = not before or not re.match(f"[{organs.CJK}]", before[-1]) or before[-1] in bad_chars \
                or before[-1] in organs.JOINERS \
                or bool(YEAR_END.search(before))
            word = stem + text[pos : pos + len(unit) + 1]  # 法治乡村: the unit may begin a word of its own
            # a name that opens a document's (《水口镇2024年依法治镇工作要点》) is its issuer's, whatever the
            # dictionary makes of it (水口 is a common noun)
            opens_document = before.endswith("《")
            # (街道 is a word of those, and the unit: a 街道's own name holds it)
            if bounded and not any(w in word for w in bad_words if w != unit) and (opens_document or _may_be_name(stem)):
                names.add(stem + unit)
        pos = text.find(unit, pos + len(unit))
    return names.pop() if len(names) == 1 else None


NAME_TAGS = ("ns", "nr", "nz")  # jieba's tags of names: of places, of people, other proper names


def _names_a_place(stem: str) -> bool:
    """A place's name less its unit is read in running text only when jieba's dictionary lacks it or knows
    it as a name: 平安教育, 港口交通 are words (平安区, 港口区 are counties too), 巫溪教育 names the place."""
    tag = part_of_speech(stem)
    return tag is None or tag.startswith(NAME_TAGS)


def _may_be_name(stem: str) -> bool:
    """A name (by jieba's dictionary), and neither a verb or the like with a particle after it (建立起, 成立由)
    nor one after a character of the phrase before it (并结合, 序推进: 结合, 推进 are verbs)."""
    tag = part_of_speech(stem[:2]) if len(stem) > 2 else None
    return _names_a_place(stem) and not (tag and tag.startswith(NOT_NAME_TAGS)) and not organs.ends_a_phrase(stem)


def _place_fits(name: str, level: str, unit: str | None) -> bool:
    found = places.level_of_place(name)
    if level == "city":
        ok = found == "city" or (found == "province" and name.endswith("市"))  # 天津市 says 市 of itself
    else:
        ok = found == level
    if ok and unit and unit not in ("自治区",):
        ok = name.endswith(unit) or (unit == "省" and name.endswith(("省", "自治区")))
    return ok


def _short_mentions(text: str, level: str):
    """Short names of provinces and prefectures ("考察安徽", "绍兴创新") where no full name follows."""
    for short, divs in places.short_names().items():
        divs = tuple(d for d in divs if d.level == level or (level == "city" and d.name.endswith("市")))
        if not divs:
            continue
        pos = text.find(short)
        while pos >= 0:
            if not any(text.startswith(d.name, pos) for d in divs):
                yield pos, divs
            pos = text.find(short, pos + len(short))


SELF_WEIGHTS = {"own": 3, "whole": 2, "organs": 1}


@lru_cache(maxsize=1)
def _self_reference() -> tuple[re.Pattern, dict[str, tuple[str, int]]]:
    words = {
        w: (level, SELF_WEIGHTS[strength])
        for strength, by_level in load("organs")["self_reference"].items()
        for level, ws in by_level.items()
        for w in ws
    }
    return re.compile(alternation(words)), words


@cache
def words_of(strength: str, level: str) -> frozenset[str]:
    return frozenset(load("organs")["self_reference"][strength][level])


def self_level(st: Structure, exclude: tuple[str, ...] = ()) -> str | None:
    """The level the report speaks as when it names no issuer: "我县…", "全县…" → county; a report whose
    opening sentence has 我局 for its subject is a department's, however often it names its city."""
    rx, words = _self_reference()
    blocks = st.body_blocks()[:12]
    speaker = _opening_speaker(blocks)
    if speaker and speaker not in exclude:
        return speaker
    text = "".join(b.k for b in blocks)
    for phrase in load("organs")["not_self_reference"]:
        text = text.replace(phrase, "")
    counts: Counter[str] = Counter()
    district = 0  # 全区, 我区 …: a county's district, or a 自治区
    district_organs = 0  # 区政府, 区长 …: only a county's district (自治区人民政府 is read as one word)
    for m in rx.finditer(text):
        level, weight = words[m.group()]
        counts[level] += weight
        if level == "county" and "区" in m.group():
            district += weight
            district_organs += m.group() in words_of("organs", "county")
    # 全区 and 我区 belong to a 自治区 when the text names it often and no district's own organs
    regions = text.count("自治区")
    if district and (regions * 2 >= district or (regions >= 2 and not district_organs)):
        counts["county"] -= district
        counts["province"] += district
    for level in exclude:
        counts.pop(level, None)
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@cache
def _anonymous_speaker() -> re.Pattern:
    """A name left out of a published text ("xx市人民政府", "××县", "某某镇"): the placeholders and the units after
    which they stand for a name, as doc_kinds.yaml gives them (kind.py reads a template's issuer the same way)."""
    data = load("doc_kinds")
    return re.compile(rf"(?:{alternation(data['placeholders'])})+({alternation(data['placeholder_units'])})")


def _anonymous_level(clause: str) -> str | None:
    """The level of a speaker whose name is left out, at the start of a clause: its place's, or a department's."""
    m = _anonymous_speaker().match(clause)
    return None if m is None else organs.GENERIC_LEVEL.get(m.group(1), "department")


def _opening_speaker(blocks: list[Block]) -> str | None:
    """The level of an own self-reference (我局, 本局, 我县, 我镇 …) that is the subject of the opening sentence
    ("2022年,我局始终坚持…", "一年来,本局…", "2025年,我县深入贯彻…"). 我区 is left to the counting: a
    county's district, or an autonomous region."""
    first = next((b for b in blocks if b.role == "body"), None)
    if first is None:
        return None
    under = tuple(load("doc_kinds")["superior_clause_ends"])
    # the clauses that say under whom the speaker works ("在市委、市政府的正确领导下,在省人社厅的关心指导下,我局…") come
    # before its subject: passed over
    clauses = [c for c in CLAUSE_SPLIT.split(first.k[:200])
               if not (c.endswith(under) and _phrases()["leading_time"].sub("", c).startswith("在"))]
    for clause in clauses[:2]:
        clause = _phrases()["leading_time"].sub("", clause)
        if anonymous := _anonymous_level(clause):  # "2019年,xx市人民政府坚持…": a city's, its name left out
            return anonymous
        if _speaks_as_system(clause):  # "全市司法行政系统…", "上海市教育系统…": the department leading it
            return "department"
        for level in ("department", "township", "county", "city", "province"):
            if clause.startswith(tuple(w for w in words_of("own", level) if "区" not in w)):
                return level
    return None


PLACE_UNITS = "省市县区州旗盟"


def _speaks_as_system(clause: str) -> bool:
    """A clause whose subject is a field's system at a place (全市司法行政系统, 本县教育系统, 上海市教育系统):
    the department that leads the field speaks, not the place's government."""
    end = clause.find("系统", 0, 16)
    if end < 2:
        return False
    head = clause[:end]
    # the field opens the subject, or follows its place (全市, 本县, a place's name ending in its unit)
    starts = [0] + [i + 1 for i, ch in enumerate(head) if ch in PLACE_UNITS]
    return any(_field_start().match(head, at) for at in starts if at < len(head))


def level_of(issuer: str | None) -> str | None:
    """The level of an issuer's name: a department at any level; else the level of the place it governs."""
    if not issuer:
        return None
    read = organs.parse(issuer.strip(), strict=False)
    return organs.level_of(read) if read else None


# ---------------------------------------------------------------- is it a report at all?

# The decision is weighed in scorer.document.kind; these names stay for callers of this module.
is_report_title = kind.is_report_title
