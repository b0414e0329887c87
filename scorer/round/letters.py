"""Documents an office sends after a round: a 评审意见 to each unit and a 通报 draft of the round (.docx).

Everything is read from the batch folder (the kept round rows, the JSON scorecards and the review
store); nothing is scored again. The final score of a report is the reviewed one when a reviewer
has adjusted it, else the machine's, and each document says which. Layout follows the usual
official style (GB/T 9704): A4, 仿宋 三号 body on a fixed 28 pt line, 黑体 headings, a 小标宋 title,
page numbers “— N —” in the footer. Fonts are named, not embedded: Word and WPS use the ones
installed, and substitute where they are not.
"""
from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections import Counter
from pathlib import Path

from scorer.document.organs import full_name
from scorer.round.review.outdir import histories_of, load_card, read_round, with_review
from scorer.round.review.state import current, reviewed_checks
from scorer.round.review.store import ReviewError
from scorer.text.labels import points_text as _n
from scorer.text.labels import score_text

BODY_FONT, HEAD_FONT, TITLE_FONT, SUB_FONT = "仿宋", "黑体", "方正小标宋简体", "楷体"
LATIN_FONT = "Times New Roman"
BODY_PT, TITLE_PT, TABLE_PT, FOOTER_PT = 16, 22, 12, 14  # 三号, 二号, 小四, 四号
LINE_PT = 28
DECIDED = ("pass", "partial", "fail")
CN_NUM = "一二三四五六七八九十"
ROUND_DOC = "评审情况通报（草稿）.docx"


# ---------------------------------------------------------------- what a report's letter says


def final_view(card: dict, events) -> dict:
    """A report's final result: reviewed checks and score where reviewed, the machine's otherwise."""
    card = with_review(card, events)
    latest, _done = current(events)
    checks = reviewed_checks(card, latest)
    block = card.get("review")
    reasons = {a["check_id"]: a for a in (block or {}).get("adjustments", []) if a.get("applied")}
    if block and block.get("score") is not None:
        score, grade = block["score"], block["grade"]
    else:
        score, grade = card.get("score"), card.get("grade")
    problems = []
    for c in checks:
        if c["status"] not in ("fail", "partial"):
            continue
        adj = reasons.get(c["id"])
        quotes = list(dict.fromkeys(_quote(e.get("text")) for e in c.get("evidence") or []
                                    if isinstance(e, dict) and e.get("text")))
        problems.append({
            "id": c["id"], "name": c.get("name", c["id"]), "lost": round(c["max_points"] - c["points"], 2),
            "message": c.get("message") or "", "quotes": quotes, "fix": c.get("fix"),
            "review_reason": adj["reason"] if adj else None,
        })
    problems.sort(key=lambda p: -p["lost"])
    return {"card": card, "checks": checks, "score": score, "grade": grade, "review": block, "problems": problems,
            "categories": _categories(card, checks)}


def _categories(card: dict, checks: list[dict]) -> list[tuple[str, float, float]]:
    """(name, points, points possible) of each category with a decided check, after review."""
    from scorer.scoring.card import totals

    cats = (card.get("rubric") or {}).get("categories") or card.get("categories") or []
    return [(c["name"], c["points"], c["max_points"]) for c in totals(checks, cats)[1] if c["max_points"]]




def _quote(text: str | None, limit: int = 30) -> str:
    """A few of the report's own words, which a reader finds in the Word file (a line number means
    nothing there)."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


def _where(quotes: list[str], limit: int = 2) -> str:
    return "、".join(f"“{q}”" for q in quotes[:limit]) + (" 等处" if len(quotes) > limit else "")


def report_name(doc: dict) -> str:
    """How a letter names a report: its title, else 某单位某年度的年度报告; never its file name."""
    if doc.get("title"):
        return f"《{doc['title']}》"
    year = doc.get("report_year")
    return f"{f'{year}年度' if year else ''}法治政府建设年度报告"


def _cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- the documents


def write_letters(out: Path, dest: Path, office: str | None = None, roster: str | None = None,
                  date: dt.date | None = None) -> dict:
    """One 评审意见 per scored report and the round's 通报 draft, in `dest`. Returns counts."""
    from scorer.round.outputs import atomic_write

    head, rows = read_round(out)
    histories = histories_of(out)
    roster_names = _read_roster(roster) if roster else None
    date = date or dt.date.today()
    office = office or "评审组"
    dest.mkdir(parents=True, exist_ok=True)
    summaries = []
    unreviewed = 0
    for row in rows:
        if row.get("status") != "scored":
            continue
        try:
            card = load_card(out, row["name"])
        except ReviewError:
            continue  # counted among the unscorable in the 通报
        view = final_view(card, histories.get(row.get("sha256") or "", []))
        if (view["review"] or {}).get("state") != "done":
            unreviewed += 1
        atomic_write(dest / f"{row['name']}-评审意见.docx", _save(report_letter(view, office, date)))
        summaries.append(_summary(row, view))
    from scorer.round.review.outdir import grade_order
    from scorer.round.summary import round_year

    notice = round_notice(summaries, rows, head.get("skipped") or [], office, date, roster_names,
                          grade_order(head.get("rubric")), head.get("year") or round_year(rows))
    atomic_write(dest / ROUND_DOC, _save(notice))
    return {"letters": len(summaries), "dir": dest, "unreviewed": unreviewed}


def _summary(row: dict, view: dict) -> dict:
    doc = view["card"].get("document") or {}
    review = view["review"] or {}
    deadline = next((c for c in view["checks"] if c.get("kind") == "deadline"), None)  # as reviewed
    on_time = None if deadline is None or deadline["status"] not in ("pass", "fail") else deadline["status"] == "pass"
    return {"name": row["name"], "issuer": doc.get("issuer"), "year": doc.get("report_year"),
            "publish_date": doc.get("publish_date"), "on_time": on_time,
            "score": view["score"], "grade": view["grade"], "machine_score": view["card"].get("score"),
            "state": review.get("state_zh") or "未复核",
            "problems": [(p["id"], p["name"], p["fix"]) for p in view["problems"]]}


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def report_letter(view: dict, office: str, date: dt.date):
    card = view["card"]
    doc = card.get("document") or {}
    rubric = card.get("rubric") or {}
    review = view["review"]
    issuer = doc.get("issuer") or "（报告单位未识别）"
    year = doc.get("report_year")
    d = _new_document()
    _title(d, f"关于{issuer}{f'{year}年度' if year else ''}法治政府建设年度报告的评审意见")
    _para(d, f"{issuer}：", indent=False)
    how = "机器初评和人工复核" if review else "机器初评"
    version = f"（{rubric['version']}版）" if rubric.get("version") else ""
    _para(d, f"你单位报送的{report_name(doc)}已收悉。"
             f"我们按照《{rubric.get('title') or '法治政府建设年度报告评分细则'}》{version}进行了评审（{how}），"
             "现将评审意见反馈如下。")

    _heading(d, "一、评审结果")
    text = f"最终得分 {score_text(view['score'])} 分（百分制），等级为“{view['grade']}”。"
    if review:
        n = len(review.get("adjustments") or [])
        text += (f"机器初评 {score_text(review.get('machine_score'))} 分（{review.get('machine_grade')}），"
                 f"经人工复核调整 {n} 项后为 {score_text(view['score'])} 分；复核状态：{review.get('state_zh')}。")
        if review.get("state") != "done":
            text += "本意见依据的复核尚未完成，仅供参考。"
    else:
        text += "本结果为机器初评，尚未经人工复核，仅供参考。"
    _para(d, text)
    if view["categories"]:
        _para(d, "其中：" + "；".join(f"{name} {_n(p)} / {_n(m)} 分" for name, p, m in view["categories"]) + "。")

    _heading(d, "二、规定内容")
    _para(d, "《法治政府建设与责任落实督察工作规定》要求年度报告写明的内容：")
    required = [(sid, s) for sid, s in (card.get("sections") or {}).items() if s.get("required", True)]
    by_id = {c["id"]: c for c in view["checks"]}  # as reviewed
    for i, (_sid, sec) in enumerate(required):
        _para(d, f"（{CN_NUM[i] if i < 10 else i + 1}）{sec.get('name') or _sid}：{section_state(sec, by_id.get(sec.get('check') or ''))}")

    _heading(d, "三、主要问题")
    problems = view["problems"]
    if not problems:
        _para(d, "未发现扣分问题。")
    for i, p in enumerate(problems, 1):
        where = f"（见报告{_where(p['quotes'])}）" if p["quotes"] else ""
        text = f"{i}. {p['name']}（扣 {_n(p['lost'])} 分）：{'机评认为' if p['review_reason'] else ''}{p['message']}{where}"
        if p["review_reason"]:
            text += f"复核意见：{p['review_reason'].rstrip('。')}。"
        _para(d, text)

    _heading(d, "四、整改要求")
    fixes = list(dict.fromkeys(p["fix"] or (f"{p['name']}：{p['review_reason']}" if p["review_reason"] else None)
                               for p in problems))
    fixes = [f for f in fixes if f]
    if not fixes:
        _para(d, "请保持现有做法，按时公开年度报告。")
    for i, fix in enumerate(fixes, 1):
        _para(d, f"{i}. {fix}")
    _para(d, "请对照上述意见认真整改，并在今后的年度报告中加以改进。")

    reviewers = "、".join((review or {}).get("reviewers") or []) or "（未经人工复核）"
    _para(d, "")
    _para(d, f"评审人：{reviewers}", indent=False, right=True)
    _para(d, office, indent=False, right=True)
    _para(d, _cn_date(date), indent=False, right=True)
    return d


def section_state(sec: dict, check: dict | None) -> str:
    """What the letter says of a required part: as its check (after review) scored it, so that a
    part that lost points is never 已写明."""
    heading = f"“{_quote(sec.get('heading'))}”" if sec.get("heading") else ""
    status = (check or {}).get("status")
    message = _clause((check or {}).get("message"))
    if not sec.get("present") or status == "fail":
        return "未写明。" if not sec.get("present") else f"未达到要求（{heading}）。{message}"
    if status == "partial":
        return f"部分写明（{heading}）：{message}".rstrip("：")
    if sec.get("form") == "embedded":
        return f"未单列，嵌在其他部分中{f'（{heading}）' if heading else ''}。"
    return f"已写明{f'（{heading}）' if heading else ''}。"


def _clause(message: str | None) -> str:
    text = (message or "").strip()
    return text if not text or text.endswith(("。", "！", "？", "）")) else text + "。"


def round_notice(summaries: list[dict], rows: list[dict], skipped: list[dict], office: str, date: dt.date,
                 roster: list[str] | None, grade_order: tuple[str, ...] | list[str] = (), year: int | None = None):
    """The round's 通报: of the round's year; reports of other years are listed apart, never ranked with it."""
    if year is None:
        years = Counter(s["year"] for s in summaries if s["year"])
        year = max(years.items(), key=lambda yn: (yn[1], yn[0]))[0] if years else None
    others = sorted((s for s in summaries if year and s["year"] and s["year"] != year),
                    key=lambda s: (s["year"], -(s["score"] or 0), s["name"]))
    summaries = [s for s in summaries if s not in others]
    d = _new_document()
    _title(d, f"关于{f'{year}年度' if year else ''}法治政府建设年度报告评审情况的通报")
    _para(d, "（草稿）", indent=False, center=True)
    _para(d, "各有关单位：", indent=False)
    _para(d, f"根据《法治政府建设与责任落实督察工作规定》，我们对各单位报送的{f'{year}年度' if year else ''}法治政府建设年度报告"
             "进行了评审（机器初评与人工复核相结合）。现将有关情况通报如下。")

    scored = sorted(summaries, key=lambda s: (-(s["score"] or 0), s["name"]))
    not_report = [r for r in rows if r.get("status") == "not_report"]
    unscorable = [r for r in rows if r.get("status") in ("error", "needs_review")]
    _heading(d, "一、基本情况")
    total = len(rows) + len(skipped)
    _para(d, f"本轮共收到文件 {total} 个，其中{f'{year}年度的' if year else '有效'}年度报告 {len(scored)} 份，"
             + (f"其他年度的报告 {len(others)} 份，" if others else "") + f"非年度报告 {len(not_report)} 份，"
             f"无法评分 {len(unscorable)} 份，不支持的文件 {len(skipped)} 个。")
    if roster:
        found = [u for u in roster if any(_same_unit(u, s["issuer"]) for s in scored + others)]
        missing = [u for u in roster if u not in found]
        _para(d, f"应报送单位 {len(roster)} 个，已报送有效报告 {len(found)} 个，报送率 {_pct(len(found), len(roster))}。"
                 + (f"未报送：{'、'.join(missing)}。" if missing else ""))
    else:
        _para(d, f"未提供应报送单位名单，报送率按收到的文件计：有效报告 {len(scored)} 份 / 收到 {total} 个，"
                 f"占 {_pct(len(scored), total)}。")
    known = [s for s in scored if s["on_time"] is not None]
    on_time = sum(1 for s in known if s["on_time"])
    _para(d, f"按时公开（次年4月1日前）的 {on_time} 份，按时公开率 {_pct(on_time, len(known))}"
             + (f"（另有 {len(scored) - len(known)} 份未能识别发布日期，未计入）" if len(known) < len(scored) else "") + "。")
    if scored:
        values = [s["score"] for s in scored if s["score"] is not None]
        if values:
            _para(d, f"平均得分 {_n(sum(values) / len(values))} 分，最高 {_n(max(values))} 分，最低 {_n(min(values))} 分。")
    states = Counter(s["state"] for s in scored)
    _para(d, "人工复核：" + "，".join(f"{k} {states[k]} 份" for k in ("复核完成", "复核中", "待重新复核", "未复核") if states[k])
          + "。" + ("得分以复核结果为准；未复核完成的为暂定结果。" if states["复核完成"] < len(scored) else "得分均为复核后的结果。"))

    _heading(d, f"二、等级分布{f'（{year}年度）' if year else ''}")
    grades = Counter(s["grade"] for s in scored)
    order = {g: i for i, g in enumerate(grade_order)}
    _table(d, ["等级", "份数", "占比"], [[g, str(n), _pct(n, len(scored))]
                                     for g, n in sorted(grades.items(), key=lambda gn: (order.get(gn[0], 99), gn[0]))])

    _heading(d, f"三、得分排名{f'（{year}年度）' if year else ''}")
    ranking, rank, last = [], 0, None
    for i, s in enumerate(scored, 1):
        if s["score"] != last:
            rank, last = i, s["score"]
        ranking.append([str(rank), s["issuer"] or "（未识别）", str(s["year"] or "—"), score_text(s["score"]), s["grade"] or "", s["state"]])
    _table(d, ["排名", "报告单位", "年度", "得分", "等级", "复核状态"], ranking, widths=[1.4, 6.2, 1.6, 1.8, 1.8, 2.6])
    if others:
        _para(d, f"其他年度的报告 {len(others)} 份（报告写的不是{year}年度，单列如下，不参与排名和上述统计，请核实是否报错了年度）：")
        _table(d, ["报告单位", "年度", "得分", "等级", "复核状态"],
               [[s["issuer"] or "（未识别）", str(s["year"]), score_text(s["score"]), s["grade"] or "", s["state"]] for s in others],
               widths=[6.8, 1.8, 2.0, 2.0, 3.0])

    _heading(d, "四、存在的主要问题")
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    fixes: dict[str, str | None] = {}
    for s in scored:
        for cid, name, fix in s["problems"]:
            counts[cid] += 1
            names[cid] = name
            fixes.setdefault(cid, fix)
    if not counts:
        _para(d, "各报告均未发现扣分问题。")
    for i, (cid, n) in enumerate(counts.most_common(10)):
        text = f"（{CN_NUM[i]}）{names[cid]}：{n} 份报告存在此问题（占 {_pct(n, len(scored))}）。"
        if fixes.get(cid):
            text += f"整改方向：{fixes[cid]}"
        _para(d, text)

    _heading(d, "五、逾期公开的报告")
    late = [s for s in scored if s["on_time"] is False]
    if not late:
        _para(d, "无。")
    for s in late:
        _para(d, f"{s['issuer'] or s['name']}：发布于 {s['publish_date'] or '日期未识别'}，晚于次年4月1日之前公开的要求。")

    _heading(d, "六、无法评分的文件")
    if not (unscorable or not_report):
        _para(d, "无。")
    for r in unscorable + not_report:
        kind = "非年度报告" if r.get("status") == "not_report" else "无法评分"
        _para(d, f"{r.get('path') or r['name']}（{kind}）：{r.get('reason') or '未说明原因'}。")

    _heading(d, "七、下一步工作要求")
    _para(d, "各单位要对照评审意见逐项整改，规范年度报告的内容和格式，按时向社会公开；"
             "对存在的问题要写明原因和整改措施，并在下一年度报告中反映整改情况。")
    _para(d, "")
    _para(d, office, indent=False, right=True)
    _para(d, _cn_date(date), indent=False, right=True)
    return d


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "—"


_SPACE = re.compile(r"\s+")


def _same_unit(roster_name: str, issuer: str | None) -> bool:
    if not issuer:
        return False
    # 教育体育局 in the report, 教育和体育局 in the roster: the same unit
    a, b = (full_name(_SPACE.sub("", n)) for n in (roster_name, issuer))
    return bool(a) and (a == b or a in b or b in a)


def _read_roster(path: str) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ReviewError(f"{path}: 名单应为 UTF-8 文本文件，每行一个单位") from None
    except OSError as exc:
        raise ReviewError(f"{path}: 无法读取名单（{exc.strerror or exc}）") from None
    names = [line.strip() for line in text.splitlines() if line.strip()]
    if not names:
        raise ReviewError(f"{path}: 名单为空（每行一个单位）")
    return list(dict.fromkeys(names))


# ---------------------------------------------------------------- official layout with python-docx


# Paragraph styles, defined once per document (Word and WPS users restyle a letter by editing them):
# name shown in Word -> (ASCII style id, Chinese font, size, alignment, first-line indent in
# characters, line spacing, space after).
STYLES = {
    "公文标题": ("fzTitle", TITLE_FONT, TITLE_PT, "center", 0, 36, LINE_PT),
    "一级标题": ("fzHeading1", HEAD_FONT, BODY_PT, "justify", 2, LINE_PT, 0),
    "公文正文": ("fzBody", BODY_FONT, BODY_PT, "justify", 2, LINE_PT, 0),
    "称谓": ("fzSalutation", BODY_FONT, BODY_PT, "left", 0, LINE_PT, 0),
    "居中": ("fzCentred", BODY_FONT, BODY_PT, "center", 0, LINE_PT, 0),
    "落款": ("fzSignature", BODY_FONT, BODY_PT, "right", 0, LINE_PT, 0),
    "表头": ("fzTableHead", HEAD_FONT, TABLE_PT, "center", 0, 20, 0),
    "表格文字": ("fzTableText", BODY_FONT, TABLE_PT, "center", 0, 20, 0),
}
STYLE_ID = {name: spec[0] for name, spec in STYLES.items()}


def _new_document():
    """A blank A4 document with the official margins, styles and page numbers (built once, then copied)."""
    from docx import Document

    return Document(io.BytesIO(_blank()))


@functools.lru_cache(maxsize=1)
def _blank() -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    normal = d.styles["Normal"]
    _fonts(normal, BODY_FONT, BODY_PT)
    normal.paragraph_format.line_spacing = Pt(LINE_PT)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
             "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    for name, (style_id, east, size, where, indent, line, after) in STYLES.items():
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = style_id
        st.base_style = normal
        st.quick_style = True
        _fonts(st, east, size)
        pf = st.paragraph_format
        pf.alignment = align[where]
        pf.first_line_indent = Pt(indent * size)
        pf.line_spacing = Pt(line)
        pf.space_after = Pt(after)
        if name == "一级标题":
            pf.keep_with_next = True
        if name == "落款":
            pf.right_indent = Pt(4 * BODY_PT)
    _page_numbers(sec)
    props = d.core_properties
    props.author = "fzscore"
    props.language = "zh-CN"
    _slim(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _slim(d) -> None:
    """Drop what python-docx's template carries and a letter never uses: the 350 KB of styles we do
    not use (latent and defined), the Word 2010 styles-with-effects copy, the list definitions
    (which name list styles dropped here), the thumbnail and the custom XML. Every letter parses
    and writes the rest, so this was most of a letter's cost."""
    from docx.oxml.ns import qn

    for rels in (d.part.rels, d.part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in ("stylesWithEffects", "thumbnail", "customXml", "numbering"):
                del rels[rid]
    styles = d.styles.element
    for latent in styles.findall(qn("w:latentStyles")):
        styles.remove(latent)
    keep = {"Normal", "TableGrid", *STYLE_ID.values()}
    for st in styles.findall(qn("w:style")):
        if st.get(qn("w:default")) != "1" and st.get(qn("w:styleId")) not in keep:
            styles.remove(st)


def _fonts(target, east: str, size: float, bold: bool = False) -> None:
    """Set a style's or a run's font: `east` for Chinese, Times New Roman for Latin and digits."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = target.font
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    rpr = target.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)


def _styled(d, text: str | None, style: str) -> None:
    """A paragraph in one of STYLES, set by id (python-docx looks a style up by name in every call,
    which costs more than the rest of a letter)."""
    p = d.add_paragraph()
    p._p.style = STYLE_ID[style]
    if text:
        p.add_run(text)


def _title(d, text: str) -> None:
    _styled(d, text, "公文标题")


def _heading(d, text: str) -> None:
    _styled(d, text, "一级标题")


def _para(d, text: str, indent: bool = True, right: bool = False, center: bool = False) -> None:
    _styled(d, text, "落款" if right else "居中" if center else "公文正文" if indent else "称谓")


def _table(d, header: list[str], rows: list[list[str]], widths: list[float] | None = None) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm

    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = widths or [15.6 / len(header)] * len(header)  # the text block is 156 mm wide
    t.autofit = False
    for i, col in enumerate(t.columns):  # the grid LibreOffice and WPS lay out by
        col.width = Cm(widths[i])
    for r, values in enumerate([header, *rows]):
        cells = t.rows[r].cells
        for i, value in enumerate(values):
            p = cells[i].paragraphs[0]
            p._p.style = STYLE_ID["表头" if r == 0 else "表格文字"]
            p.add_run(value)
            cells[i].width = Cm(widths[i])  # and each cell, which Word reads
    _header_row(t)
    d.add_paragraph()


def _header_row(t) -> None:
    """Repeat the first row on every page (w:tblHeader)."""
    from docx.oxml.ns import qn

    trpr = t.rows[0]._tr.get_or_add_trPr()
    if trpr.find(qn("w:tblHeader")) is None:
        trpr.append(trpr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def _page_numbers(section) -> None:
    """“— N —” centred in the footer, N a PAGE field that Word, WPS and LibreOffice fill in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(p.add_run("— "), "宋体", FOOTER_PT)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = p.add_run()  # a run per field part, as Word writes them
        _fonts(run, "宋体", FOOTER_PT)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    _fonts(p.add_run(" —"), "宋体", FOOTER_PT)
