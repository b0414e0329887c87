"""Stage 2, first step: paragraphs rebuilt from physical lines (scorer/document/paragraphs.py)."""
from __future__ import annotations

import random

import pytest

from scorer.document.build import analyse
from scorer.document.paragraphs import rebuild, unquote

import edits
import make_fixtures as mf
from conftest import corpus_dir

PARAGRAPH = ("2024年，新河镇深入学习贯彻习近平法治思想，扎实推进法治政府建设，全年办理行政复议案件12件，"
             "制定《新河镇重大行政决策程序规定》，开展普法活动20场，发放资料5000份，群众满意度达到98.5%。")


def joined(lines: list[str]) -> list[str]:
    return [p.raw for p in rebuild(lines)]


def test_a_hard_wrapped_paragraph_is_one_again_and_knows_its_lines():
    lines = edits._wrap_line(PARAGRAPH, 20)
    text = ["一、主要举措和成效"] + lines + ["二、存在的不足", "执法力量不足。"]
    paras = rebuild(text)
    assert [p.raw for p in paras] == ["一、主要举措和成效", PARAGRAPH, "二、存在的不足", "执法力量不足。"]
    assert (paras[1].line, paras[1].last) == (2, 1 + len(lines))
    assert [line for _, line in paras[1].starts] == list(range(2, 2 + len(lines)))


def test_a_title_mark_broken_across_lines_names_one_document():
    st = analyse(["一、主要举措和成效"] + edits._wrap_line(PARAGRAPH, 24) * 2 + ["二、存在的不足", "执法力量不足。"])
    body = "".join(b.k for b in st.body_blocks())
    assert "《新河镇重大行政决策程序规定》" in body


def test_lines_of_an_unwrapped_report_stay_as_they_are():
    text = ["一、主要举措和成效", "（一）强化组织领导", "全年召开专题会议4次。", "二、存在的不足", "执法力量不足。"]
    assert joined(text) == text


def test_a_line_cut_inside_a_clause_goes_on_even_without_wrapping():
    assert joined(["全年办理行政复议案件12件，", "调解纠纷138件。", "二、存在的不足"]) == [
        "全年办理行政复议案件12件，调解纠纷138件。", "二、存在的不足"]


def test_e_mail_quoting_is_not_text():
    quoted = ["> " + x for x in ["一、主要举措和成效"] + edits._wrap_line(PARAGRAPH * 2, 30)] + [">", "> 二、存在的不足"]
    assert joined(unquote(quoted)) == ["一、主要举措和成效", PARAGRAPH * 2, "二、存在的不足"]


def test_a_heading_that_fills_the_line_keeps_its_tail_but_not_the_paragraph_under_it():
    filler = edits._wrap_line(PARAGRAPH * 2, 24)
    heading = "一、2025年法治政府建设的主要举措和成效"  # 22 characters + "效" on a line of its own
    text = filler + [heading[:24 - 2], heading[24 - 2:]] + filler
    paras = joined(text)
    assert heading in paras
    sub = "（一）加强组织领导落实法治建设主体责任务"  # exactly a full line, a paragraph under it
    paras = joined(filler + [sub] + filler)
    assert sub in paras


def test_a_page_number_inside_a_paragraph_is_dropped():
    lines = edits._wrap_line(PARAGRAPH, 20)
    text = lines[:2] + ["- 2 -"] + lines[2:] + ["第 3 页 共 9 页"]
    assert joined(text) == [PARAGRAPH]


def test_a_figure_broken_over_two_lines_is_not_a_heading():
    text = PARAGRAPH[:39] + "99.9%，" + PARAGRAPH * 2  # at 20 a line, line 2 ends "…9" and line 3 starts "9.9%"
    lines = edits._wrap_line(text, 20)
    assert lines[2].startswith("9.9%")
    assert joined(lines) == [text]


# --------------------------------------------------------------------------- properties over the corpus


def _corpus_texts() -> list[str]:
    out = []
    for name in ("dev", "pages"):
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus_dir(name).glob("*.txt"))]
    return out


def test_no_corpus_text_is_taken_for_a_wrapped_one():
    """The real reports and pages are not hard-wrapped: only lines cut inside a clause are joined."""
    for text in _corpus_texts():
        lines = text.split("\n")
        for p in rebuild(lines):
            for (_, a), (_, b) in zip(p.starts, p.starts[1:]):
                assert lines[a - 1].rstrip()[-1:] in "，,、（(《“‘[【—-", (lines[a - 1][-20:], lines[b - 1][:20])


@pytest.mark.parametrize("seed", range(4))
def test_wrapping_never_cuts_a_paragraph_inside_a_sentence(seed):
    """Wrapped at any width, every rebuilt paragraph ends where a sentence or a heading of the original
    ends, and every original heading starts a paragraph."""
    rnd = random.Random(seed)
    for r in mf.dev_reports() if (mf.CORPUS / "dev").is_dir() else []:
        width = rnd.randint(18, 44)
        v = edits.wrap(r.text.split("\n"), width, keep_blank=rnd.random() < 0.5, push_back=rnd.random() < 0.5,
                       indent="\u3000\u3000" if rnd.random() < 0.5 else "")
        lines = v.data.decode("utf-8").split("\n")
        paras = rebuild(lines)
        starts = {p.line for p in paras}
        for mk in edits.outline(r.text.split("\n")):
            assert v.first(mk.line + 1) in starts, (r.name, width, mk.rest[:20])
        for p in paras:
            assert p.raw.rstrip()[-1] in "。；;！？!?:：）)”" or len(p.raw) <= 60, (r.name, width, p.raw[-30:])


def test_a_line_longer_than_the_wrapping_width_was_not_wrapped():
    """A page's field line left whole by a tool that wraps the paragraphs: it ends where it ends."""
    field = "- 标题: [天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告"
    lines = [field, "天水市人民政府关于2025年法治政府建设情况的报告"] + edits._wrap_line(PARAGRAPH, 20) + edits._wrap_line(PARAGRAPH, 20)
    assert joined(lines)[:2] == [field, "天水市人民政府关于2025年法治政府建设情况的报告"]


def test_decoration_is_removed_and_lines_are_kept():
    from scorer.document.paragraphs import undecorate

    assert undecorate(["**一、主要举措**", "### （一）强化领导 ###", "<p><strong>二、不足</strong></p>", "【三、安排】", "▶ 1.培训",
                       "2×3**5", "正文\u200b内容"]) == \
        ["一、主要举措", "（一）强化领导", "二、不足", "三、安排", "1.培训", "2×3**5", "正文内容"]
    # 【】 around a numbered heading run into its paragraph goes; a site's column tag or its buttons stay
    assert undecorate(["【二是压实责任。】镇党委书记主持召开会议3次。", "【1.】优化机构。", "【政策解读】某县2024年法治政府建设情况",
                       "【打印本页】【关闭窗口】"]) == \
        ["二是压实责任。镇党委书记主持召开会议3次。", "1.优化机构。", "【政策解读】某县2024年法治政府建设情况", "【打印本页】【关闭窗口】"]
    # 〖〗 too, and after a sentence; where the brackets alone parted the lead from its text, a full stop does
    assert undecorate(["全年培训3次。〖二是强化监督〗全年检查12次。", "【（三）规范执法】全年办理案件3件。"]) == \
        ["全年培训3次。二是强化监督。全年检查12次。", "（三）规范执法。全年办理案件3件。"]
    # half-width or full-width square brackets likewise; a reference mark [1] or a 文号's year [2024] stays
    assert undecorate(["[二是压实责任。]镇党委书记主持召开会议3次。", "依据《规定》[1]，办理案件3件。", "[2024]12号"]) == \
        ["二是压实责任。镇党委书记主持召开会议3次。", "依据《规定》[1]，办理案件3件。", "[2024]12号"]
    # a footnote's superscript marker is no word (NFKC would make it a figure)
    assert undecorate(["（一）履行第一责任人职责¹。全年办理案件12件²。"]) == ["（一）履行第一责任人职责。全年办理案件12件。"]


def _numbers_on_their_own_lines(lines: list[str], blank: bool) -> list[str]:
    """Every outline heading's number on a line of its own, as an HTML list or a Word numbering field
    exported as text gives it ("一、" / "主要举措和成效")."""
    marks = {m.line: m for m in edits.outline(lines)}
    out = []
    for i, ln in enumerate(lines):
        m = marks.get(i)
        if m is None:
            out.append(ln)
            continue
        out += [m.lead + m.marker.strip()] + ([""] if blank else []) + [m.lead + m.rest]
    return out


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("seed", ["seed-000", "seed-002", "seed-003", "seed-004"])
def test_a_heading_number_on_a_line_of_its_own_is_the_same_report(score, seed, blank):
    lines = (corpus_dir("dev") / f"{seed}.txt").read_text(encoding="utf-8").splitlines()
    moved = _numbers_on_their_own_lines(lines, blank)
    assert len(moved) > len(lines) + 3  # the edit moved numbers
    before, after = score("\n".join(lines)), score("\n".join(moved))
    assert abs(after["score"] - before["score"]) <= 0.5
    assert {k: v["present"] for k, v in after["sections"].items()} == \
        {k: v["present"] for k, v in before["sections"].items()}


def _with_running_head(data: bytes, head: str) -> str:
    """After each page number of a PDF's text, the page's running header (the title, the unit, a heading)."""
    out = []
    for ln in data.decode("utf-8").splitlines():
        out.append(ln)
        if ln.startswith("- ") and ln.endswith(" -"):
            out.append(head)
    return "\n".join(out)


@pytest.mark.parametrize("seed", ["seed-000", "seed-002", "seed-003", "seed-004"])
def test_a_pdf_s_running_header_is_page_furniture_whatever_line_it_repeats(score, seed):
    lines = (corpus_dir("dev") / f"{seed}.txt").read_text(encoding="utf-8").splitlines()
    wrapped = edits.wrap(lines, 30, keep_blank=False, page_lines=28).data
    plain = score(wrapped.decode("utf-8"))
    headings = [m for m in edits.outline(lines) if m.level == 0]
    for head in (headings[0].lead + headings[0].marker + headings[0].rest, "法治政府建设年度报告"):
        moved = score(_with_running_head(wrapped, head.strip()))
        assert abs(moved["score"] - plain["score"]) <= 0.5, head
        assert {k: v["line"] is not None for k, v in moved["sections"].items()} == \
            {k: v["line"] is not None for k, v in plain["sections"].items()}


def _with_running_head_apart(data: bytes, head: str) -> str:
    """pdftotext's pages: the page number, a form feed, and the running header a blank line apart from both."""
    out = []
    for ln in data.decode("utf-8").splitlines():
        if ln.startswith("- ") and ln.endswith(" -"):
            out += ["", ln, "\x0c", "", head, ""]
        else:
            out.append(ln)
    return "\n".join(out)


@pytest.mark.parametrize("seed", ["seed-000", "seed-003"])
def test_a_running_header_blank_lines_away_from_the_page_number_is_furniture_too(score, seed):
    # form set t (txt_pdftotext_running_title): the title printed on each page was glued into the item the page
    # break cut (seed-000: …健 + 新浦镇人民政府关于…年度报告, -0.7)
    lines = (corpus_dir("dev") / f"{seed}.txt").read_text(encoding="utf-8").splitlines()
    wrapped = edits.wrap(lines, 28, keep_blank=False, page_lines=22).data
    plain = score(wrapped.decode("utf-8"))
    moved = score(_with_running_head_apart(wrapped, lines[0].strip()))
    assert abs(moved["score"] - plain["score"]) <= 0.5
    assert moved["document"]["title"] == plain["document"]["title"]


def test_a_run_in_heading_cut_by_a_page_number_goes_on_after_it():
    from scorer.document.paragraphs import rebuild

    lines = ["(一)坚持党建统领,法治建设扎实有力。一是深入学习贯彻习近平法治思想,研究法治建设有关议题35个(其中",
             "— 2 —", "学习民法典、行政复议法等)。二是厅主要负责人认真履行推进法治建设第一责任人职责。"]
    assert [(p.line, p.last) for p in rebuild(lines)] == [(1, 3)]
    # a heading with no sentence of its own still stands over its paragraph
    assert [(p.line, p.last) for p in rebuild(["（一）坚持党建统领推进法治建设", "全年研究法治建设议题35个,学习法律法规12部。"])] == [(1, 1), (2, 2)]



def test_a_row_of_a_pages_metadata_table_is_not_run_into_the_title_under_it():
    # pages-u (南昌县 2020): the info box's last row filled the page's width and took the title in
    from pathlib import Path

    page = Path(__file__).parent / "firstsight" / "pages-u" / "fsu-010.txt"
    paragraphs = [p.raw for p in rebuild(page.read_text(encoding="utf-8").splitlines())]
    assert "南昌县政府2020年度法治政府建设工作报告" in paragraphs
    assert "公开范围: 面向全社会 公开方式: 主动公开" in paragraphs
