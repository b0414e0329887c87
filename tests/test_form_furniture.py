"""Form-only edits of corpus reports that must not move the score (CheckList INV): the families of form set
i's tuning part (tests/firstsight/form/README-i.md): top headings without their numbers, headings led by a
pictograph, a WeChat article's furniture around the report, a document site's watermark inside it, setext
underlines, pangu spacing. Each edit is written here from the text's own shapes (heading patterns, the title
line, sentence ends), never from a line or a name of the report it is tried on."""
from __future__ import annotations

import re

import pytest

from conftest import assert_same_report, check_of, corpus_text

CN = "一二三四五六七八九十"
TOP = re.compile(rf"^(\s*)([{CN}]{{1,3}})、\s*(?=\S)")
SUB = re.compile(rf"^(\s*)[（(][{CN}]{{1,3}}[）)]")
TITLE = re.compile(r"(?:报告|情况)\s*$")
PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")




def _headings(card: dict) -> list[str]:
    return [s["heading"] for s in card["sections"].values() if s.get("present") and s.get("heading")]


def _unnumbered_tops(text: str) -> str:
    """Top headings (一、X on a line of its own) without their numbers, as an HTML list pasted into a CMS leaves them."""
    edited = "\n".join(TOP.sub(r"\1", ln) if len(ln.strip()) <= 60 else ln for ln in text.splitlines())
    assert edited != text
    return edited


@pytest.mark.parametrize("name", ["seed-000", "seed-003", "page-r2-r001", "page-r2-r014", "page-r2-r029"])
def test_top_headings_without_their_numbers_are_still_the_parts_headings(score, name):
    text = corpus_text(name)
    assert_same_report(score(text), score(_unnumbered_tops(text)))


def _pictographs(text: str) -> str:
    """Each heading led by an editor's pictograph: 📌 before a top heading, "✅ " before a sub-heading."""
    out = []
    for ln in text.splitlines():
        if TOP.match(ln) and len(ln.strip()) <= 60:
            ln = "📌" + ln.strip()
        elif SUB.match(ln):
            ln = "✅ " + ln.strip()
        out.append(ln)
    return "\n".join(out)


@pytest.mark.parametrize("name", ["seed-003", "page-r2-r001", "page-r2-r029"])
def test_a_heading_led_by_a_pictograph_is_read_and_shown_without_it(score, name):
    text = corpus_text(name)
    before, after = score(text), score(_pictographs(text))
    assert_same_report(before, after)
    assert _headings(after) and not any(PICTOGRAPH.search(h) for h in _headings(after))


def _wechat(text: str) -> str:
    """A WeChat article copied whole: its 原创 mark and "follow us" line under the title (or on top), its END,
    source, editors, 阅读原文 and bottom bar after the text."""
    lines = text.rstrip().splitlines()
    at = next((i + 1 for i, ln in enumerate(lines[:6]) if TITLE.search(ln) and len(ln.strip()) <= 60), 0)
    top = ["原创\u3000普法发布\u3000普法发布", "点击上方蓝字关注我们", ""]
    end = ["", "END", "", "来源：司法局", "编辑：王芳\u3000\u3000审核：李强", "", "阅读原文", "分享\u3000收藏\u3000点赞\u3000在看"]
    return "\n".join(lines[:at] + top + lines[at:] + end)


@pytest.mark.parametrize("name", ["seed-000", "seed-004", "page-001", "page-r2-r034"])
def test_a_wechat_articles_furniture_is_no_part_of_the_report(score, name):
    text = corpus_text(name)
    before, after = score(text), score(_wechat(text))
    assert_same_report(before, after)
    for check in ("conformity.signature", "conformity.deadline"):
        assert check_of(after, check)["points"] == check_of(before, check)["points"], check


def _watermarked(text: str, mark: str, every: int = 300) -> str:
    """A document site's watermark inside the body's sentences, once every `every` characters, between two
    Chinese characters."""
    out, since = [], 0
    for ln in text.splitlines():
        since += len(ln)
        if since >= every and len(ln) >= 60:
            k = next(i for i in range(len(ln) // 2, len(ln)) if re.match(r"[\u4e00-\u9fff]{2}", ln[i - 1 : i + 1]))
            ln, since = ln[:k] + mark + ln[k:], 0
        out.append(ln)
    edited = "\n".join(out)
    assert edited != text
    return edited


@pytest.mark.parametrize("name", ["page-r2-r086", "page-r2-r014", "seed-001"])
@pytest.mark.parametrize("mark", ["材料范文网—免费资源每日更新www.clfw-example.net", "写作之家—海量文档下载https://xz.example.org"])
def test_a_document_sites_watermark_is_no_part_of_thecorpus_text(score, name, mark):
    text = corpus_text(name)
    before, after = score(text), score(_watermarked(text, mark))
    assert_same_report(before, after)
    assert not any("www." in h or "://" in h or "范文" in h for h in _headings(after))


def test_a_watermark_at_the_start_of_a_line_goes_with_the_sites_name():
    from scorer.document.paragraphs import unwatermark

    assert unwatermark(["秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度…"]) == ["湖北省人民政府关于2023年度…"]
    # an address the report gives is text
    assert unwatermark(["登录政府网站www.gov.cn查询,详见网站—http://x.gov.cn。"]) == ["登录政府网站www.gov.cn查询,详见网站—http://x.gov.cn。"]


def _setext(text: str) -> str:
    """docx → Markdown with setext headings: "=====" under each top heading, "-----" under each sub-heading."""
    out = []
    for ln in text.splitlines():
        out.append(ln.strip() if TOP.match(ln) or SUB.match(ln) else ln)
        if TOP.match(ln) and len(ln.strip()) <= 60:
            out.append("=" * 20)
        elif SUB.match(ln):
            out.append("-" * 20)
    return "\n".join(out)


@pytest.mark.parametrize("name", ["page-r2-r016", "page-r2-r054", "seed-002"])
def test_setext_underlines_are_nocorpus_text(score, name):
    text = corpus_text(name)
    before, after = score(text), score(_setext(text))
    assert_same_report(before, after)
    assert not any("==" in h or "--" in h for h in _headings(after))


def _pangu(text: str) -> str:
    """An editor's auto-format: a space between a Chinese character and a figure or a Latin letter."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])", " ", text)
    return re.sub(r"(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])", " ", text)


@pytest.mark.parametrize("name", ["page-016", "page-001", "seed-000"])
def test_pangu_spacing_keeps_the_title(score, name):
    text = corpus_text(name)
    before, after = score(text), score(_pangu(text))
    assert_same_report(before, after)
    assert after["document"]["title"] == before["document"]["title"]


@pytest.mark.parametrize("name", ["seed-001", "seed-003"])
@pytest.mark.parametrize("dots", [" ………………", "……………", "......", "·········"])
def test_leader_dots_after_a_heading_are_no_part_of_it(score, name, dots):
    # form set z (txt_heading_leader_dots): "一、健全决策机制 ………………" kept the dots in every part's heading
    text = corpus_text(name)
    dotted = "\n".join(ln.rstrip() + dots if TOP.match(ln) or SUB.match(ln) else ln for ln in text.splitlines())
    assert dotted != text
    before, after = score(text), score(dotted)
    assert {k: v["heading"] for k, v in after["sections"].items()} == {k: v["heading"] for k, v in before["sections"].items()}
    assert_same_report(before, after)


def _box_frames(text: str) -> str:
    """Each top heading framed by box-drawing characters, as a plain-text editor or a converter draws a boxed heading."""
    out = []
    for ln in text.splitlines():
        if TOP.match(ln) and len(ln.strip()) <= 40:
            width = len(ln.strip())
            out += ["┌" + "─" * width + "┐", "│" + ln.strip() + "│", "└" + "─" * width + "┘"]
        else:
            out.append(ln)
    edited = "\n".join(out)
    assert edited != text
    return edited


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-004", "page-r2-r001"])
def test_box_drawn_frames_around_headings_are_no_part_of_the_report(score, name):
    # form set aq (txt_box_drawn_top_frames): the frames hid the headings, parts went missing (−16 to −34 points)
    text = corpus_text(name)
    before, after = score(text), score(_box_frames(text))
    assert_same_report(before, after)
    assert not any(re.search("[\u2500-\u257f]", h) for h in _headings(after))


def _bold_soft_wrapped(text: str) -> str:
    """Each heading in Markdown bold, wrapped inside the bold over two lines, as a Markdown editor's soft wrap leaves it."""
    out = []
    for ln in text.splitlines():
        if (TOP.match(ln) or SUB.match(ln)) and 8 <= len(ln.strip()) <= 40:
            t = ln.strip()
            half = len(t) // 2
            out += [f"**{t[:half]}", f"{t[half:]}**"]
        else:
            out.append(ln)
    edited = "\n".join(out)
    assert edited != text
    return edited


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-004", "page-r2-r010"])
def test_bold_wrapped_over_two_lines_around_a_heading_is_the_heading(score, name):
    # form set ar held (txt_md_bold_heading_soft_wrapped): "**一、推进法治建设" / "的主要举措和成效**" left ** in headings
    text = corpus_text(name)
    before, after = score(text), score(_bold_soft_wrapped(text))
    assert_same_report(before, after)
    assert not any("*" in h for h in _headings(after))
