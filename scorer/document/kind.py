"""Is the text a 法治政府建设 annual report, or a look-alike (a 通知, 方案, 要点, news item, speech …)?

The answer weighs named, readable features of the text (the title's form, an opener such as
现将…报告如下, the required parts' headings, the page's own fields, a look-alike's title kind,
bylines, salutations …) with weights fitted on labelled pages (tools/fit_kind.py, a logistic
regression; the weights are data: scorer/data/kind_weights.yaml). No rule decides alone: a strong
signal (the title) is not overturned by a single weak one, and a close decision is scored and
flagged for a reviewer (需人工确认), never refused.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from scorer.document.page import CARRIER, field_value, looks_like_title, strip_title_label
from scorer.document.structure import FAMILIES, RAW_FAMILIES, Block, Structure, is_paragraph
from scorer.text.lexicon import alternation, load

BOOK_TITLE = re.compile(r"《[^》]{0,80}》")
POINTS = re.compile(r"\(\d+(?:\.\d+)?分\)")
# "我县…", "我局…": a text speaking as the body that reports.
SELF = re.compile(r"我(?:省|市|县|区|旗|镇|乡|街道|局|厅|委|部|办|院|署)")
# A template leaves the issuer's name and many figures blank; a draft or an anonymised example has a few.
TEMPLATE_PLACEHOLDERS = 5
YEAR_PLACEHOLDER = re.compile(r"(?:19|20)(?:XX|xx|××|ＸＸ|\*\*)年|二〇(?:XX|xx|××)年")


@dataclass
class Decision:
    """Whether a text is an annual report, how sure, and the evidence for saying so."""
    is_report: bool
    probability: float  # that the text is a report, by the fitted weights
    close: bool  # too close to call: scored, and a reviewer confirms
    reason: str | None  # why it is not (or may not be) a report, naming the evidence
    evidence: list[str] = field(default_factory=list)  # the features that fired, in Chinese


@lru_cache(maxsize=1)
def _kinds() -> dict:
    data = load("doc_kinds")

    def words(key):
        return re.compile(alternation(data[key]))

    plan = alternation(data["plan_words"])
    return {
        "titles": data["title_kinds"],
        "cues": data["opening_cues"],
        "news": words("news_words"),
        "topic": words("topic"),
        "report": words("report_words"),
        "headings": words("report_headings"),
        "task_areas": words("task_areas"),
        "openers": words("report_openers"),
        "results": words("result_heading_words"),
        "named_topic": words("named_topic"),
        "parts": {name: re.compile(alternation(ws)) for name, ws in data["part_headings"].items()},
        # a placeholder where the issuer's name stands: at the start, before a unit or an organ
        "placeholder": re.compile(rf"(?:{alternation(data['placeholders'])})+(?:{alternation(data['placeholder_units'])})"),
        # "…工作总结和2025年工作计划", "…情况及下一步工作打算": a report with its plan.
        "plan_clause": re.compile(rf"(?:和|及|与|暨|以及)(?:(?:19|20)\d{{2}}年度?|下一步|下一年度?|今后)[^,]{{0,20}}(?:{plan})$"),
    }


@lru_cache(maxsize=1)
def weights() -> dict:
    return load("kind_weights")


def kind_of_title(text: str) -> str | None:
    """The reason a title names a look-alike (a 通知, 方案, 政府工作报告 …, or a body that is no government's), or
    None."""
    issuer = TITLE_ISSUER.match(text)
    for unless, contains, ends, issuers, reason in _title_kinds():
        if unless.search(text):
            continue
        if contains.search(text) or text.endswith(ends) or (issuer is not None and issuers.search(issuer.group(1))):
            return reason
    return None


# what a title names before its year or its 关于: the body that reports ("永安村2022年度…", "…有限公司关于…")
TITLE_ISSUER = re.compile(r"^([^\d《（(]{2,40}?)(?:关于|(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}年)")


@lru_cache(maxsize=1)
def _title_kinds() -> list[tuple[re.Pattern, re.Pattern, tuple[str, ...], re.Pattern, str]]:
    """Each look-alike kind of title: its `unless` and `contains` words, each list as one pattern (found
    where one of the words stands), its ends, the ends of the body it names before its year (`issuer_ends`) and
    its reason."""
    def words(ws) -> re.Pattern:
        return re.compile(alternation(ws) if ws else r"(?!)")

    def ends(ws) -> re.Pattern:
        return re.compile(f"(?:{alternation(ws)})$" if ws else r"(?!)")

    return [(words(k.get("unless", ())), words(k.get("contains", ())), tuple(k.get("ends", ())), ends(k.get("issuer_ends", ())),
             k["reason"]) for k in _kinds()["titles"]]


def _report_part(text: str) -> str:
    """The report part of a combined title ("…工作总结和2025年工作计划") decides what the document is."""
    k = _kinds()
    m = k["plan_clause"].search(text)
    if m and k["report"].search(text[: m.start()]):
        return text[: m.start()]
    return text


def is_report_title(text: str) -> bool:
    """A title about 法治政府建设 that says it is a report or a summary, and names no other kind."""
    k = _kinds()
    text = _report_part(BOOK_TITLE.sub("", text))
    return bool(k["topic"].search(text) and k["report"].search(text) and not kind_of_title(text))


def _title(st: Structure) -> str:
    title = strip_title_label(st.title_key) if st.title_key else ""
    inner = [t[1:-1] for t in BOOK_TITLE.findall(title)]
    if CARRIER.search(title) and any(is_report_title(t) for t in inner):
        return next(t for t in inner if is_report_title(t))  # a report inside the notice or letter carrying it
    return _report_part(BOOK_TITLE.sub("", title))


def _heads(st: Structure, title: str) -> list[str]:
    """The title, or else a page's own "名称:"/"标题:" field, or the first lines that read as a title."""
    if title:
        return [title]
    heads = []
    for b in st.header:
        value = field_value(b.k, "名称") or field_value(b.k, "标题")
        if value:
            heads.append(BOOK_TITLE.sub("", value))
    heads += [BOOK_TITLE.sub("", b.k) for b in st.body_blocks()[:2] if b.heading is None and looks_like_title(b.k)]
    return heads


def _header_titles(st: Structure) -> list[str]:
    """Lines of the page header that read as a headline about the topic ("区政府常务会议议题解读:关于…的汇报"),
    not the site's breadcrumb."""
    topic = _kinds()["topic"]
    lines = [strip_title_label(b.k).strip("|") for b in st.header[:12]]
    # a document's own title form (关于…的答复) says what the page is whatever its topic; a site's menus never open so
    return [k for k in lines if 8 <= len(k) <= 90 and "。" not in k and (topic.search(k) or k.startswith("关于"))
            and not BREADCRUMB.search(k)]


# A converter's pinyin left after a character on mirror sites: "內(nèi)蒙古", "全區(qū)".
PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)")
# "现将2024年法治政府建设情况报告如下": the clause that announces the report.
OPENER_CLAUSE = re.compile(r"(?:现将|现就|特将|现对)[^。;]{0,80}?(?:报告|汇报|总结|公开|通报)如下")
# "现将2025年工作情况总结如下", "现将有关情况报告如下": an announcement that names no subject of its own.
GENERIC_CLAUSE = re.compile(r"(?:现将|现就|特将|现对)(?:(?:19|20)\d{2}年度?|本年度|今年|全年|一年来|有关|相关|主要|具体|"
                            r"我(?:省|市|县|区|镇|乡|街道|局|厅|委|办)|本(?:单位|部门|机关)|工作|情况|的|和|及)*"
                            r"(?:报告|汇报|总结|公开|通报)如下")
BREADCRUMB = re.compile(r">|»|当前位置|所在位置|现在的位置|栏目")
# The markers of a text's chapters and their first subdivision (一、, (一), 第一章 …): where a 纲要 task area
# heads a part; under 一是 or 1. the same words name a single measure.
CHAPTER_MARKERS = frozenset(name for name, rank, _ in FAMILIES + RAW_FAMILIES if rank <= 2)
# "2024年,…", "2023年度,…", "2024年以来,…": a text that opens by reviewing a year (not "2023年5月,…").
OPENING_YEAR = re.compile(r"^(?:在|回顾)?(?:19|20)\d{2}年(?!\d{1,2}月)")
# A report's title run into the first text (mirror sites glue the lines): "…关于2023年度法治政府建设情况的报告2023年,…".
TITLE_IN_TEXT = re.compile(r"(?:法治政府建设|依法行政|法治建设)[^,。;:]{0,16}(?:情况|工作)的?(?:年度)?(?:报告|总结)")


def _opener_on_topic(text: str) -> str | None:
    """The opener's announcement, where it or the sentences before it in its paragraph name the topic: "现将2024年
    法治政府建设情况报告如下", "…总结2025年度法治政府建设情况,现报告如下", "…系统推进法治政府建设。现将2025年工作
    情况总结如下"."""
    k = _kinds()
    m = k["openers"].search(text)
    if m is None:
        return None
    clause = OPENER_CLAUSE.search(text)
    if clause and (k["topic"].search(clause.group()) or not GENERIC_CLAUSE.fullmatch(clause.group())):
        # the clause names what it reports: 法治政府建设情况, or another subject (述法, 普法, 政府信息公开)
        return clause.group() if k["topic"].search(clause.group()) else None
    start = max(text.rfind("。", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    # before the opener the subject is named as such (法治政府建设, 依法行政), not by a word any text on law uses
    return text[start:m.end()][-60:] if k["named_topic"].search(text[:m.end()]) else None


def _first_paragraphs(st: Structure, n: int) -> list[Block]:
    return [b for b in st.body_blocks() if is_paragraph(b.k)][:n]


def _placeholders(st: Structure) -> int:
    text = "".join(b.k for b in st.blocks[:60])
    return sum(text.count(p) for p in load("doc_kinds")["placeholders"])


def _cues(st: Structure) -> dict[str, str]:
    """The look-alike cues in the first lines, by kind: a byline, a question, a 范文 site, a salutation."""
    first = _before_first_heading(st.blocks[:15])
    own = [b.k for b in first if b.role not in ("chrome", "meta")]
    every = [b.k for b in first]
    # keys hold no line break: a word (none holds one either) is in the joined lines if it is in one of them
    own_text, every_text = "\n".join(own), "\n".join(every)
    found = {}
    for kind in _kinds()["cues"]:
        for w in kind["contains"]:
            if w in own_text if "\n" not in w else any(w in line for line in own):
                found[kind["feature"]] = w
        for w in kind["anywhere"]:
            if w in every_text if "\n" not in w else any(w in line for line in every):
                found[kind["feature"]] = w
        # a word that ends the first headings, at least two of them ("一、行政许可实施情况统计表")
        for w in kind.get("headings_end", ()):
            if sum(1 for b in st.blocks[:15] if b.heading and b.k.endswith(w)) >= 2:
                found[kind["feature"]] = w
    return found


def _before_first_heading(blocks: list[Block]) -> list[Block]:
    """The page's furniture, and the text up to the first heading: where a 范文 site, a byline or a
    reporter shows itself. Under a heading a report speaks of its own work ("制定行政协议范本",
    "邀请党校教授授课"): the same words there are not cues, unless they stand in the page's chrome."""
    out = []
    inside = False
    for b in blocks:
        inside = inside or (b.heading is not None and b.role not in ("chrome", "meta"))
        if not inside or b.role in ("chrome", "meta"):
            out.append(b)
    return out


def features(st: Structure) -> tuple[dict[str, float], dict[str, str]]:
    """The named features of a text (0 or 1, or a fraction) and, for each that fired, what was seen."""
    k = _kinds()
    f: dict[str, float] = {}
    seen: dict[str, str] = {}

    def put(name: str, on: bool, what: str = "") -> None:
        f[name] = 1.0 if on else 0.0
        if on:
            seen[name] = what

    title = _title(st)
    heads = _heads(st, title)
    # no title of its own: the page's headline says what the page is (案由：关于…的提案)
    headlines = [] if title else [h for h in _header_titles(st) if h not in heads]
    lookalike = next(((h, why) for h in heads + headlines if (why := kind_of_title(h))), None)
    put("title_lookalike", lookalike is not None, lookalike[0] if lookalike else "")
    put("title_report", bool(title) and is_report_title(title), title)
    put("title_off_topic", bool(title) and not k["topic"].search(title), title)
    put("no_title", not title)
    header = next((h for h in headlines if not is_report_title(h)), None)
    put("header_lookalike", header is not None, header or "")
    header_report = next((h for h in headlines if is_report_title(h)), None)
    put("header_report_title", header_report is not None, header_report or "")
    glued = None if title else TITLE_IN_TEXT.search("".join(b.k for b in st.blocks[:3])[:300])
    put("title_in_text", glued is not None, glued.group() if glued else "")

    body = st.body_blocks()
    text = "".join(b.k for b in body)
    headings = [b for b in body if b.heading is not None]
    paras = _first_paragraphs(st, 2)
    opening_text = [PINYIN_GLOSS.sub("", b.k[:600]) for b in paras]
    opener = next((m.group() for t in opening_text if (m := k["openers"].search(t))), None)
    put("opener", opener is not None, opener or "")
    clause = next((c for t in opening_text if (c := _opener_on_topic(t))), None)
    put("opener_names_topic", clause is not None, clause or "")
    first = paras[0] if paras else None
    put("opening_year", first is not None and first.heading is None and bool(OPENING_YEAR.search(first.k)),
        first.k[:12] if first else "")
    report_heading = next((b.heading.key for b in headings if b.heading and k["headings"].search(b.heading.key)), None)
    put("report_headings", report_heading is not None, report_heading or "")
    result = next((b.heading.key for b in headings if b.heading and k["results"].search(b.heading.key)), None)
    put("result_headings", result is not None, result or "")
    put("no_headings", bool(text) and not headings)
    task_area = next((b.heading.key for b in headings if b.heading and b.heading.marker in CHAPTER_MARKERS
                      and k["task_areas"].search(b.heading.key)), None)
    put("task_area_headings", task_area is not None, task_area or "")
    parts = [name for name, rx in k["parts"].items() if any(b.heading and rx.search(b.heading.key) for b in headings)]
    parts += [name for name, rx in k["parts"].items() if name not in parts and rx.search(text[:CUE_CHARS])
              and name == FIRST_RESPONSIBLE]
    f["part_headings"] = len(parts) / len(k["parts"])
    if parts:
        seen["part_headings"] = "、".join(parts)
    self_ref = SELF.search("".join(b.k[:300] for b in paras))
    put("speaks_as_body", self_ref is not None, self_ref.group() if self_ref else "")
    column = next((b.k for b in st.header if BREADCRUMB.search(b.k) and k["topic"].search(b.k)), None)
    put("page_column", column is not None, column or "")

    cues = _cues(st)
    for name in ("cue_news", "cue_byline", "cue_template", "cue_exam", "cue_speech", "cue_notice", "cue_plan", "cue_court",
                 "cue_statistics"):
        put(name, name in cues, cues.get(name, ""))
    opening = "".join(heads + [b.k for b in body[:1]])[:600]
    # (or a year left to fill in the title, "关于20XX年度…的报告", over a text with placeholders of its own)
    put("placeholders", (bool(k["placeholder"].search(opening)) and _placeholders(st) >= TEMPLATE_PLACEHOLDERS)
        or (bool(YEAR_PLACEHOLDER.search(title)) and _placeholders(st) >= 2))
    put("points", len(POINTS.findall(text)) >= 3)
    news = k["news"].search(text)
    put("news_no_headings", not headings and news is not None, news.group() if news else "")
    put("too_short", len(text) < 400 and not headings)
    # neither the title nor the text names the topic (a short report's body may not, under its title; an
    # excerpt's may not, under headings that are the 纲要's task areas); a title over no text at all is no
    # report either
    off_topic = not k["topic"].search(text) and not (text and title and k["topic"].search(title)) and task_area is None
    # the text speaks of 法治 (习近平法治思想, 法治保障, 法治公安) but never names its subject as a report does;
    # the 纲要's task areas as headings are the subject's own outline: they name it
    put("topic_unnamed", not off_topic and not k["named_topic"].search(title + text) and task_area is None)
    put("text_off_topic", off_topic)
    return f, seen


FIRST_RESPONSIBLE = "第一责任人职责"  # a part often embedded in a paragraph, not a heading of its own
# How far into the text the 第一责任人 wording counts as a part of the report.
CUE_CHARS = 3000


# Features that say what a text lacks, not what it is: a reviewer reads them after the named kind.
LACKS = frozenset({"no_headings", "topic_unnamed"})


def probability(f: dict[str, float], w: dict | None = None) -> float:
    w = w or weights()
    z = w["intercept"] + sum(w["weights"].get(name, 0.0) * x for name, x in f.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def decide(st: Structure) -> Decision:
    """Report or look-alike, with the reason a reviewer reads and whether it is too close to call."""
    return judge(*features(st), weights())


def judge(f: dict[str, float], seen: dict[str, str], w: dict) -> Decision:
    """The decision on a text's features under weights w (also used to cross-validate them)."""
    p = probability(f, w)
    ws = w["weights"]
    evidence = [_describe(name, seen[name]) for name in sorted(seen, key=lambda n: -abs(ws.get(n, 0.0))) if ws.get(name)]
    # what the text is (news, a plan, a template) before what it lacks (headings, its subject's name)
    against = sorted((name for name in seen if ws.get(name, 0.0) < 0), key=lambda n: (n in LACKS, ws[n]))
    # the reason names the two strongest pieces of evidence against
    reason = load("doc_kinds")["reasons"]["no_structure"]
    if against:
        reason = _reason(against[0], seen[against[0]])
        if len(against) > 1:
            reason += "；另外，" + _describe(against[1], seen[against[1]])
    refuse_below, review_below = w["thresholds"]["refuse_below"], w["thresholds"]["review_below"]
    # A report's title (a line of its own, or run into the first text on a mirror site), with an opening that
    # names the report's subject, is not overturned by a single signal weaker than both (a 范文 site's "供大家
    # 参考" over a real township's report): then it is close, not refused.
    title = max(ws["title_report"] * f["title_report"], ws["title_in_text"] * f["title_in_text"])
    support = title + ws["opener_names_topic"] * f.get("opener_names_topic", 0.0) if title > 0 else 0.0
    title_holds = title > 0 and len(against) <= 1 and all(-ws[n] < support for n in against)
    # Headings that are the 纲要's task areas are the topic's own outline: with nothing against them but
    # the missing title (no plan's, notice's or news's words), the text is scored and flagged.
    outline_holds = bool(f.get("task_area_headings")) and not [n for n in against if n != "no_title"]
    # So are headings that state what a year achieved (…不断强化, …更加健全) with nothing at all against them.
    results_hold = bool(f.get("result_headings")) and not against
    # A text that never names its topic (法治, 依法行政) is no sure report, however report-like its
    # form (a 政府信息公开 summary opens "2023年,我局…总结如下" too), nor is one whose title names another
    # kind of document (an 印发 notice over a report's body): a reviewer confirms it.
    if p >= review_below and not f.get("text_off_topic") and not f.get("title_lookalike"):
        return Decision(True, p, False, None, evidence)
    if p >= refuse_below or title_holds or outline_holds or results_hold:
        return Decision(True, p, True, reason, evidence)
    return Decision(False, p, False, reason, evidence)


def _describe(name: str, seen: str) -> str:
    text = load("doc_kinds")["features"][name]
    return text.format(seen=seen[:60]) if "{seen}" in text else text


def _reason(name: str, seen: str) -> str:
    """The reason a reviewer reads: the strongest evidence against, as a sentence."""
    if name == "title_lookalike" or name == "header_lookalike":
        return f"标题是《{seen}》，" + (kind_of_title(seen) or "不是法治政府建设年度报告的标题")
    for kind in _kinds()["cues"]:
        if kind["feature"] == name:
            return f"开头有“{seen}”，" + kind["reason"] if seen else kind["reason"]
    return load("doc_kinds")["reasons"].get(name) or _describe(name, seen)
