"""Form-only edits of real reports (form set h's families): characters written for others (HTML
references, Kangxi radicals, ㈠), a 公文 PDF's 28-character lines, a browser's print header and footer,
a site's meta line over a page without a title. Each edit is made here, in code, from a corpus report;
the reading of the report must not move."""
from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import corpus_dir

TOLERANCE = 0.5
REQUIRED = ("measures", "first_responsible", "shortcomings", "next_year")
WS = " \t\u3000\u00a0"


def _text(name: str) -> str:
    folder = "dev" if name.startswith("seed-") else "pages"
    return (corpus_dir(folder) / f"{name}.txt").read_text(encoding="utf-8")


def _card(tmp_path, name: str, text: str) -> dict:
    from scorer.scoring.pipeline import score_path

    p = tmp_path / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    return score_path(str(p))


def _key(heading: str | None) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", heading or ""))


def assert_same_reading(before: dict, after: dict, what: str, headings: bool = True) -> None:
    assert abs(after["score"] - before["score"]) <= TOLERANCE, (what, before["score"], after["score"])
    for key in ("is_report", "issuer", "report_year", "title"):
        assert before["document"][key] == after["document"][key], (what, key, before["document"][key], after["document"][key])
    for sid in REQUIRED:
        a, b = before["sections"][sid], after["sections"][sid]
        assert a["present"] == b["present"], (what, sid)
        if headings and a["present"]:
            assert _key(a["heading"]) == _key(b["heading"]), (what, sid, a["heading"], b["heading"])


def _pair(tmp_path, name: str, edit) -> tuple[dict, dict]:
    text = _text(name)
    edited = edit(text)
    assert edited != text
    return _card(tmp_path, name, text), _card(tmp_path, name + "-edited", edited)


# --------------------------------------------------------------------------- characters written for others

ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;"}


def html_entities(text: str) -> str:
    """A CMS export: indents as &nbsp;, quotes and dashes as named references."""
    out = []
    for ln in text.split("\n"):
        body = ln.lstrip(WS)
        out.append(("&nbsp;" * 4 if body and len(body) < len(ln) else "") + "".join(ENTITIES.get(c, c) for c in body))
    return "\n".join(out)


@pytest.mark.parametrize("name", ["seed-003", "page-r2-r001", "page-r2-r022", "page-034"])
def test_html_references_left_in_the_text_read_as_their_characters(tmp_path, name):
    before, after = _pair(tmp_path, name, html_entities)
    assert_same_reading(before, after, name)
    assert not any("&" in (s["heading"] or "") for s in after["sections"].values())


def test_only_complete_references_are_decoded_and_lines_stay_lines():
    from scorer.reading.characters import repaired_lines

    lines = ["R&D投入&copy 2024", "第一行&#10;仍是第一行", "&ldquo;放管服&rdquo;改革&nbsp;", "AT&T"]
    assert repaired_lines(lines) == ["R&D投入&copy 2024", "第一行 仍是第一行", "“放管服”改革\u00a0", "AT&T"]
    plain = ["没有任何引用", "2024年"]
    assert repaired_lines(plain) is plain


def _written_as(block: range, form: str):
    """An edit writing each ideograph as the first code point of `block` that `form` normalises to it."""
    table: dict[str, str] = {}
    for cp in block:
        t = unicodedata.normalize(form, chr(cp))
        if t != chr(cp):
            table.setdefault(t, chr(cp))
    trans = str.maketrans(table)
    return lambda text: text.translate(trans)


_kangxi = _written_as(range(0x2F00, 0x2FD6), "NFKC")  # Kangxi radicals, as a PDF font's Unicode map gives them


@pytest.mark.parametrize("name", ["page-r2-r034", "page-016", "page-r2-r030"])
def test_kangxi_radicals_from_a_pdf_font_read_as_the_ideographs(tmp_path, name):
    before, after = _pair(tmp_path, name, _kangxi)
    assert_same_reading(before, after, name)


def test_a_text_dense_in_radicals_is_read_not_refused(tmp_path):
    """The lines of the dev reports where a PDF font gave radicals for a sixth of the characters or more:
    still Chinese text, read (the radicals as ideographs), never refused as binary or mis-decoded."""
    from scorer.reading import read_input

    pairs = [(ln, _kangxi(ln)) for p in sorted(corpus_dir("dev").glob("*.txt"))
             for ln in p.read_text(encoding="utf-8").split("\n") if len(ln.strip()) > 4]
    pairs = [(ln, ed) for ln, ed in pairs if sum(0x2F00 <= ord(c) <= 0x2FD5 for c in ed) >= len(ln.strip()) / 6]
    edited = "\n".join(ed for _ln, ed in pairs)
    assert len(pairs) >= 5 and sum(0x2F00 <= ord(c) <= 0x2FD5 for c in edited) > 0.15 * len(re.sub(r"\s", "", edited))
    p = tmp_path / "radicals.txt"
    p.write_text(edited, encoding="utf-8")
    assert read_input(str(p)).lines == [ln for ln, _ed in pairs]


# ideographs written as their CJK compatibility code points (年 U+F98E for 年 …), as some PDF fonts give them
_compatibility_ideographs = _written_as(range(0xF900, 0xFADA), "NFC")


@pytest.mark.parametrize("name", ["seed-002", "page-r2-r034", "page-016"])
def test_compatibility_ideographs_read_as_the_ideographs_with_the_report_s_own_names(tmp_path, name):
    # form set o (cjk_compat_ideographs): scores held, but headings, titles and issuers came back in the look-alike
    # code points (21 of 23 reports): a name that no longer equals itself (last year's match, the labels)
    before, after = _pair(tmp_path, name, _compatibility_ideographs)
    assert_same_reading(before, after, name)
    assert after["document"]["title"] == before["document"]["title"] and after["document"]["issuer"] == before["document"]["issuer"]
    assert all(a["heading"] == b["heading"] for a, b in zip(before["sections"].values(), after["sections"].values()))


def _parenthesised_ideographs(text: str) -> str:
    """Word/WPS list numbering: （一） at a line's start written as the one glyph ㈠."""
    return re.sub(r"^([ \t\u3000]*)[（(]([一二三四五六七八九十])[）)]",
                  lambda m: m.group(1) + chr(0x3220 + "一二三四五六七八九十".index(m.group(2))), text, flags=re.M)


def test_a_parenthesised_ideograph_is_the_sub_heading_number(tmp_path):
    before, after = _pair(tmp_path, "page-r2-r042", _parenthesised_ideographs)
    assert_same_reading(before, after, "page-r2-r042")


# --------------------------------------------------------------------------- a 公文 PDF's 28-character lines

def wrap28(text: str, width: int = 28) -> str:
    """Every line broken every 28 characters (26 after a two-character indent), a closing mark kept on
    the line before."""
    closing = set("，。、；：！？”’）》,.;:!?)%")
    out = []
    for ln in text.split("\n"):
        body = ln.strip(WS)
        indented = bool(body) and len(body) < len(ln.rstrip(WS))
        k, w, chunks = 0, width - 2 if indented else width, []
        while k < len(body):
            end = k + w
            while end < len(body) and body[end] in closing:
                end += 1
            chunks.append(body[k:end])
            k, w = end, width
        if len(chunks) <= 1:
            out.append(ln)
            continue
        out.append(("\u3000\u3000" if indented else "") + chunks[0])
        out.extend(chunks[1:])
    return "\n".join(out)


@pytest.mark.parametrize("name", ["page-016", "page-037", "page-r2-r075"])
def test_a_text_wrapped_at_28_characters_reads_as_before(tmp_path, name):
    """page-016: a title (and a text parted by spaces) broken after 28 characters; page-037: a
    publication date cut by the wrap; page-r2-r075: an indented heading filling its line."""
    before, after = _pair(tmp_path, name, wrap28)
    assert_same_reading(before, after, name)
    assert before["document"]["publish_date"] == after["document"]["publish_date"]


# --------------------------------------------------------------------------- a browser's print chrome

def browser_print(text: str, page_chars: int = 1300) -> str:
    """The web page printed by a browser: each page opens with the print's date, time and the page's
    title, and ends with the page's address and n/m."""
    lines = text.split("\n")
    title = next(ln.strip(WS) for ln in lines if ln.strip())
    cuts, acc = [], 0
    for i, ln in enumerate(lines[:-1]):
        acc += len(ln)
        if acc >= page_chars and ln.strip():
            cuts.append(i)
            acc = 0
    head = f"2025/4/2 09:41\u3000{title}"
    out, page = [head], 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in cuts:
            out += [f"http://www.example.gov.cn/art/2025/3/28/art_1229_5871.html\u3000{page}/{len(cuts) + 1}", head]
            page += 1
    out.append(f"http://www.example.gov.cn/art/2025/3/28/art_1229_5871.html\u3000{page}/{len(cuts) + 1}")
    return "\n".join(out)


@pytest.mark.parametrize("name", ["seed-000", "seed-002", "seed-004", "page-r2-r089"])
def test_a_browser_print_header_and_footer_are_no_text(tmp_path, name):
    """The print's date is no year of the report, its header no title, its last footer no end of the
    report after the signature."""
    before, after = _pair(tmp_path, name, browser_print)
    assert_same_reading(before, after, name)
    assert before["document"]["publish_date"] == after["document"]["publish_date"]


def test_print_chrome_is_told_from_a_sites_date_line():
    """A one-page print's header with the page's generic title and a footer with the counter first are
    print chrome; a site's own date line (its labels, its page words) stays text."""
    from scorer.document.paragraphs import rebuild

    body = [ln for ln in _text("seed-001").split("\n") if ln.strip()][:6]
    lines = (["2025/4/2 09:41\u3000政府信息公开", "2018/04/03 16:13\u3000浏览次数 120", "2018/04/03 16:13\u3000来源：司法局"]
             + body + ["1/1\u3000https://www.example.gov.cn/art/2025/3/28/art_1.html"])
    kept = {ln for p in rebuild(lines) for _at, ln in p.starts}
    assert 1 not in kept and len(lines) not in kept
    assert {2, 3} <= kept


# --------------------------------------------------------------------------- a site's meta line

def meta_line_on_top(text: str) -> str:
    """A page without a title line, under the site's meta line (dated the year after the report's)."""
    year = int(re.search(r"(20\d\d)年", text).group(1))
    return f"信息来源：司法局\u3000\u3000发布时间：{year + 1}-03-28 10:12:45\u3000\u3000浏览次数：1,236\n" + text


@pytest.mark.parametrize("name", ["page-r2-r056", "page-r2-r051", "page-058", "page-r2-r075"])
def test_a_meta_line_over_a_page_without_title_stays_a_header(tmp_path, name):
    """Its page-view count (1,236) is no prose that runs on into the opening paragraph."""
    text = _text(name)
    before, after = _card(tmp_path, name, text), _card(tmp_path, name + "-meta", meta_line_on_top(text))
    # the publication date is new information (the deadline check may use it); the rest holds
    assert after["document"]["publish_date"] is not None
    for key in ("is_report", "issuer", "report_year"):
        assert before["document"][key] == after["document"][key], (name, key)
    for sid in REQUIRED:
        assert before["sections"][sid]["present"] == after["sections"][sid]["present"], (name, sid)
    moved = {c["id"] for c in before["checks"]} - {"conformity.deadline"}
    points = {c["id"]: c["points"] for c in after["checks"]}
    assert sum(abs((c["points"] or 0) - (points[c["id"]] or 0)) for c in before["checks"] if c["id"] in moved) <= TOLERANCE


@pytest.mark.parametrize("name", ["seed-000", "seed-003", "page-052", "page-r2-r029"])
def test_ascii_full_stops_typed_between_chinese_sentences_read_as_full_stops(tmp_path, name):
    text = _text(name)
    edited = text.replace("。", ".")  # a writer in half-width mode
    assert_same_reading(_card(tmp_path, name, text), _card(tmp_path, name, edited), "ascii_full_stop")


def test_a_decimal_a_web_address_and_a_headings_number_keep_their_dot():
    from scorer.reading.characters import repaired_lines

    lines = ["一.主要举措和成效", "化解纠纷12.5万元.下一步继续推进.", "详见www.gov.cn.", "1.加强领导.强化责任"]
    assert repaired_lines(lines) == ["一.主要举措和成效", "化解纠纷12.5万元。下一步继续推进。", "详见www.gov.cn.",
                                     "1.加强领导。强化责任"]
