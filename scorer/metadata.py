"""Stage 3: structure → document metadata (title, issuer, level, years, publish date, is_report)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .page import CN_DATE, ISO_DATE, META_DATE
from .structure import Block, Structure, is_paragraph

YEAR = re.compile(r"(?<![\d\-—~～至到])((?:19|20)\d{2})\s*年(?!\s*[\-—~～至到]\s*(?:19|20)?\d{2})")
BOOK_TITLE = re.compile(r"《[^》]{0,80}》")
PAREN = re.compile(r"\([^)]{0,30}\)")

ADMIN_UNIT = "省|自治区|特别行政区|市|自治州|州|盟|地区|县|自治县|旗|区|新区|开发区|高新区|镇|乡|街道"
GOV_SUFFIX = re.compile(r"(人民政府|政府|行政公署|办事处|管理委员会|管委会|党工委|党委)$")
DEPT_SUFFIX = re.compile(r"(局|委员会|委|办公室|办|厅|部|署|中心|院|所|站|队|处)$")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市", "北京", "天津", "上海", "重庆")
# Words that end the subject of an opening sentence ("2024年,新县在市委…坚持…").
SUBJECT_END = re.compile(
    r"(在|坚持|全面|认真|深入|持续|始终|围绕|紧紧|紧扣|以|扎实|切实|积极|不断|牢牢|聚焦|法治|高度重视|着力|按照|根据|"
    r"立足|锚定|笃|把|将|严格|大力|结合|进一步|贯彻|聚力|全力|各项|充分|紧密|认真|主动|努力|深化|强化|加快|党委|党工委|"
    r"政府工作|工作|和|与|及|的)"
)
GENERIC_SUBJECTS = {"我们", "我镇", "我乡", "我县", "我区", "我市", "我省", "我局", "我委", "我办", "我厅", "我街道", "本局"}
DEPT_ABBREVIATIONS = {
    "人社局": "人力资源和社会保障局",
    "人社厅": "人力资源和社会保障厅",
    "发改委": "发展和改革委员会",
    "发改局": "发展和改革局",
    "住建局": "住房和城乡建设局",
    "住建委": "住房和城乡建设委员会",
    "卫健委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "市场监管局": "市场监督管理局",
    "文旅局": "文化和旅游局",
    "文广旅局": "文化广电和旅游局",
    "应急局": "应急管理局",
    "医保局": "医疗保障局",
    "城管局": "城市管理局",
    "交通局": "交通运输局",
    "农业局": "农业农村局",
    "自然资源局": "自然资源局",
    "生态环境局": "生态环境局",
    "经信局": "经济和信息化局",
    "工信局": "工业和信息化局",
    "科技局": "科学技术局",
    "退役军人局": "退役军人事务局",
    "审批局": "行政审批局",
}


@dataclass
class Metadata:
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

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def extract(st: Structure, published: str | None = None, hints: dict | None = None) -> Metadata:
    hints = hints or {}
    title = st.title
    title_key = st.title_key
    years = {}
    title_year = first_year(title_key) if title_key else None
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
    if report_year is None and pub:
        report_year, ry_source = int(pub[:4]) - 1, "publish_date"
    issuer, issuer_source, issuer_line = find_issuer(st)
    is_report, reason = classify(st)
    return Metadata(
        title=title,
        title_line=st.title_lines[0] if st.title_lines else None,
        issuer=issuer,
        issuer_source=issuer_source,
        issuer_line=issuer_line,
        level=level_of(issuer) or level_from_text(st),
        report_year=report_year,
        report_year_source=ry_source,
        publish_date=pub,
        publish_date_source=pub_source,
        publish_date_line=pub_line,
        is_report=is_report,
        not_report_reason=reason,
        years=years,
    )


# ---------------------------------------------------------------- years and dates


YEAR_CN = re.compile(r"([〇○零一二三四五六七八九]{4})年")


def first_year(key: str) -> int | None:
    """The first year in a text (also 二〇二四年), ignoring years inside 《book titles》 and ranges."""
    text = BOOK_TITLE.sub("", key)
    found = [(m.start(), int(m.group(1))) for m in [YEAR.search(text)] if m]
    m = YEAR_CN.search(text)
    if m:
        found.append((m.start(), int("".join(str(CN_NUM[c]) for c in m.group(1)))))
    return min(found)[1] if found else None


def opening_year_of(st: Structure) -> tuple[int | None, int | None]:
    blocks = [b for b in st.preamble if b.role == "body"][:3] or _first_body(st)[:1]
    for b in blocks:
        y = first_year(b.k[:200])
        if y:
            return y, b.line
    return None, None


def _first_body(st: Structure) -> list[Block]:
    return [b for b in st.body_blocks() if is_paragraph(b.k)]


def heading_year(st: Structure) -> int | None:
    for s in st.sections:
        if s.heading:
            y = first_year(s.heading.key)
            if y:
                return y
    return None


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
    header = [b for b in st.header if b.role in ("meta", "chrome") and "星期" not in b.k]
    # A labelled date first (发布日期/发布时间/日期 …), then a bare date near the title.
    ranked = []
    for b in header:
        m = META_DATE.search(b.k)
        if m:
            label = b.k[max(0, m.start() - 6) : m.start() + 6]
            rank = 0 if ("发布" in label or label.endswith(("时间:", "日期:", "时间", "日期"))) else 1
            if "成文" in label or "生成" in label:
                rank = 1
            d = _date_in(m.group("d"))
            if d:
                ranked.append((rank, b.line, d))
    if ranked:
        ranked.sort()
        return ranked[0][2], "header", ranked[0][1]
    for b in header:
        d = _date_in(b.k)
        if d and len(b.k) <= 60:
            return d, "header", b.line
    for b in reversed(st.closing):
        if b.role in ("date", "signature"):  # a signature line may carry the date too
            d = _date_in(b.k)
            if d:
                return d, "signature", b.line
    return None, None, None


SIGNATURE_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_NUM["○"] = CN_NUM["零"] = 0


def _date_in(text: str) -> str | None:
    for rx in (ISO_DATE, CN_DATE, re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})")):
        m = rx.search(text)
        if m:
            return valid_date(*m.groups()[:3])
    m = re.search(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", text)
    if m:
        from .structure import cn_number

        y = "".join(str(CN_NUM[c]) for c in m.group(1))
        return valid_date(y, str(cn_number(m.group(2))), str(cn_number(m.group(3))))
    return None


# ---------------------------------------------------------------- issuer and level


def find_issuer(st: Structure) -> tuple[str | None, str | None, int | None]:
    if st.title_key:
        name = issuer_from_title(st.title_key)
        if name:
            return name, "title", st.title_lines[0]
    sig = [b for b in st.closing if b.role == "signature"]
    if sig:
        names = " ".join(SIGNATURE_DATE.sub("", b.k) for b in sig)
        return qualify(names, st) if " " not in names else names, "signature", sig[0].line
    for b in ([x for x in st.preamble if x.role == "body"][:2] or _first_body(st)[:1]):
        name = subject_of(b.k)
        if name:
            return qualify(name, st), "opening", b.line
    for b in st.header:
        m = re.search(r"(?:发布机构|来源)[:：]?([^\s:：]{2,30}?(?:人民政府|政府|办事处|管委会|局|委|办|厅|部))", b.k)
        if m:
            return m.group(1), "page", b.line
    return None, None, None


def issuer_from_title(title_key: str) -> str | None:
    key = re.sub(r"^【[^】]*】", "", title_key)
    m = re.match(r"^(?P<name>.{2,40}?)(?:关于|(?:19|20)\d{2}年|法治政府建设|法治建设|依法行政|年度)", key)
    if not m:
        return None
    name = m.group("name").rstrip(",、")
    if re.search(rf"({ADMIN_UNIT}|人民政府|政府|办事处|管委会|管理委员会|局|委员会|委|办公室|厅|部|署|中心)$", name):
        return name
    return None


def subject_of(key: str) -> str | None:
    """The subject of an opening sentence: '2024年,新县在市委…的领导下,…' → '新县'."""
    text = PAREN.sub("", key)
    text = re.sub(r"^(?:(?:19|20)\d{2}年度?|今年以来|今年来|一年来|过去一年)[,:]?", "", text)
    text = re.sub(r"^在[^,]{2,60}?(?:领导|指导|关怀|支持|帮助|部署)(?:下|之下)?,", "", text)
    cands = []
    m = re.search(r"现将(?P<s>[^,。\d]{2,30}?)(?:(?:19|20)\d{2}年|年度)", text)
    if m and not text.startswith(("我", "本")):
        cands.append(m.group("s"))  # "现将市人社局2021年…报告如下"
    cut = SUBJECT_END.search(text, 1)
    if cut:
        cands.append(text[: cut.start()])  # "洱源县在州委…领导下" → 洱源县
    for cand in cands:
        cand = cand.strip(",、")
        if not cand or len(cand) > 30 or cand in GENERIC_SUBJECTS or re.search(r"\d", cand):
            continue
        if re.search(rf"({ADMIN_UNIT}|人民政府|政府|办事处|管委会|局|委员会|委|办公室|厅|部|署)$", cand):
            return cand
    return None


# Two-character place names after a non-Chinese character ("“包头市…", "地址:天津市…"): longer
# runs in running text are mostly verbs glued to 全市/本市.
PLACE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(市|县|区)")
NOT_PLACE_START = set("全本我各该市县区省州镇乡城地每此其这那两三四五六七八九十一上下新老现将为在对与和及把被从向于以由到让使")


def qualify(name: str, st: Structure) -> str:
    """Give a generic subject ('市政府', '市人社局') the place it belongs to, when the text names one."""
    for short, full in DEPT_ABBREVIATIONS.items():
        if name.endswith(short):
            name = name[: -len(short)] + full
            break
    m = re.match(r"^(省|市|县|区)(.*)$", name)
    if not m:
        return name
    unit, rest = m.groups()
    text = "".join(b.k for b in st.header + st.body_blocks())
    if unit == "市":
        from .places import cities_in

        names = cities_in(text)
        place = max(names, key=lambda n: (text.count(n), -names.index(n))) if names else None
    else:
        place = _most_named_place(st, unit)
    if not place:
        return name
    return place + ("人民政府" if rest == "政府" else rest)


def _most_named_place(st: Structure, unit: str) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, b in enumerate(st.body_blocks() + st.header):
        for pm in PLACE.finditer(b.k):
            if pm.group(2) == unit and pm.group(1)[0] not in NOT_PLACE_START:
                place = pm.group(1) + unit
                counts[place] += 1
                first.setdefault(place, i)
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -first[p]))


SELF_REFERENCE = {
    "province": re.compile(r"我省|全省各级|省长"),
    "city": re.compile(r"我市|全市各级|市长(?!江)"),
    "county": re.compile(r"我县|我区|全县|县长|区长"),
    "township": re.compile(r"我镇|我乡|我街道|镇长|乡长|街道党工委|镇党委"),
    "department": re.compile(r"我局|我厅|我委|局党组|厅党组|局长|厅长"),
}


def level_from_text(st: Structure) -> str | None:
    """Without an issuer, the level the report speaks as: "我县…", "县长…" → county."""
    text = "".join(b.k for b in st.body_blocks()[:12])
    counts = {level: len(rx.findall(text)) for level, rx in SELF_REFERENCE.items()}
    level, n = max(counts.items(), key=lambda kv: kv[1])
    return level if n >= 2 and list(counts.values()).count(n) == 1 else None


def level_of(issuer: str | None) -> str | None:
    if not issuer:
        return None
    name = issuer.split()[-1] if " " in issuer else issuer
    if name in MUNICIPALITIES or re.fullmatch(r"(北京|天津|上海|重庆)市?(人民政府|政府)?", name):
        return "province"
    base = GOV_SUFFIX.sub("", name)
    if base != name or re.search(rf"({ADMIN_UNIT})$", base):
        from .places import prefecture_level_suffix

        known = prefecture_level_suffix(base)
        if known and base.endswith(("市", "州", "盟", "地区", "省", "自治区", "特别行政区")):
            return known
        if re.search(r"(省|自治区|特别行政区)$", base):
            return "province"
        if re.search(r"(镇|乡|街道)$", base):
            return "township"
        if re.search(r"(县|旗|区|新区|开发区|高新区)$", base):
            return "county"
        if re.search(r"(市|州|盟|地区)$", base):
            # A 市 that is not a prefecture-level division is a county-level city (海宁市).
            return "county" if base.endswith("市") else "city"
        return None
    if DEPT_SUFFIX.search(name) and not re.fullmatch(r"中共.+委员会", name):
        return "department"
    return None


# ---------------------------------------------------------------- is it a report at all?

NOT_REPORT_TITLES = [
    (re.compile(r"解读"), "这是一份政策解读，不是法治政府建设年度报告"),
    (re.compile(r"印发.*通知|通知$"), "这是一份通知（印发文件），不是法治政府建设年度报告"),
    (re.compile(r"政府信息公开.*年度报告"), "这是政府信息公开工作年度报告，不是法治政府建设年度报告"),
    (re.compile(r"实施方案$|方案$"), "这是一份实施方案，不是法治政府建设年度报告"),
    (re.compile(r"工作要点$|要点$"), "这是一份工作要点，不是法治政府建设年度报告"),
    (re.compile(r"(工作安排|工作计划|规划)$"), "这是一份工作安排或计划，不是法治政府建设年度报告"),
    (re.compile(r"细则|评分标准|考核办法|考评办法"), "这是一份考评细则，不是法治政府建设年度报告"),
]
REPORT_TITLE = re.compile(r"(法治政府|法治建设|依法行政|法治).*(报告|总结)")
TOPIC = re.compile(r"法治政府|依法行政|法治建设")
NEWS = re.compile(r"会上|会议强调|强调:|记者|通讯员|日讯|报道")
POINTS = re.compile(r"\(\d+(?:\.\d+)?分\)")


# "…工作总结和2025年工作计划", "…情况及2025年工作安排", "…暨2025年工作要点": a report with its plan.
PLAN_CLAUSE = re.compile(r"(和|及|与|暨|以及)(?:(?:19|20)\d{2}年度?|下一步|下一年度?|今后)[^,]{0,20}(计划|安排|要点|打算|思路)$")


def classify(st: Structure) -> tuple[bool, str | None]:
    title = BOOK_TITLE.sub("", st.title_key) if st.title_key else ""
    m = PLAN_CLAUSE.search(title)
    head = title[: m.start()] if m else title
    if head != title and re.search(r"总结|报告|情况", head):
        title = head  # the report part of a combined title decides what the document is
    heads = [title] if title else []
    # A page's own "名称:"/"标题:" field, or the first lines of a text without a title.
    heads += [BOOK_TITLE.sub("", b.k) for b in st.header if re.match(r"^(名称|标题)[:|]", b.k)]
    if not title:
        heads += [BOOK_TITLE.sub("", b.k) for b in st.body_blocks()[:2] if len(b.k) <= 80]
    for text in heads:
        for rx, why in NOT_REPORT_TITLES:
            if rx.search(text):
                return False, why
    body = st.body_blocks()
    text = "".join(b.k for b in body)
    if len(POINTS.findall(text)) >= 3:
        return False, "这是一份考评细则或评分表，不是法治政府建设年度报告"
    headings = [b for b in body if b.heading is not None]
    if not headings and NEWS.search(text):
        return False, "这是一篇新闻报道，不是法治政府建设年度报告"
    if len(text) < 200 and not headings:
        return False, "文字过少（只有标题或几句话），未识别到法治政府建设年度报告的正文"
    if title:
        if REPORT_TITLE.search(title):
            return True, None
        if not TOPIC.search(title):
            return False, "标题不涉及法治政府建设，不是法治政府建设年度报告"
    if not TOPIC.search(text):
        return False, "正文未涉及法治政府建设，不是法治政府建设年度报告"
    if not headings:
        if len(text) < 400:
            return False, "文字过少，未识别到法治政府建设年度报告的结构"
    first = next((b for b in body if is_paragraph(b.k)), None)
    if first is not None and first.heading is None and first_year(first.k[:60]):
        return True, None  # opens with a review of a year: "2024年,XX…"
    if any(re.search(r"举措|成效|工作情况|开展情况|主要工作|推进法治政府建设", b.heading.key) for b in headings):
        return True, None
    return False, "未识别到法治政府建设年度报告的标题或结构"
