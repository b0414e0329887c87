"""Stage 1: bytes → lines. Strict decoding first, line numbers are the file's own, bad input is one line."""
from __future__ import annotations

import os

import pytest

from scorer.reading import read_input, sniff
from scorer.text.errors import InputError

REPORT = "新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n"


@pytest.mark.parametrize(
    "encoding, bom, expected",
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
    ],
)
def test_decodes_each_encoding_strictly(tmp_path, encoding, bom, expected):
    p = tmp_path / "r.txt"
    p.write_bytes(bom + REPORT.encode(encoding))
    ex = read_input(str(p))
    assert ex.encoding == expected
    assert ex.lines[0] == "新河镇2024年法治政府建设年度报告"
    assert len(ex.sha256) == 64


def test_short_gbk_text_is_not_misread_as_another_codepage(tmp_path):
    # Short GBK text is where statistical detectors guess wrong; strict GB18030 must win.
    p = tmp_path / "short.txt"
    p.write_bytes("存在不足".encode("gbk"))
    assert read_input(str(p)).lines == ["存在不足"]


def test_a_page_whose_text_stands_in_an_iframe_srcdoc_reads_as_that_text(tmp_path):
    # form set t (html_iframe_srcdoc): refused as a page without text
    import html

    inner = "<html><body><h1>新河镇2024年法治政府建设年度报告</h1><p>一、主要举措和成效</p><p>全年办理案件12件。</p></body></html>"
    p = tmp_path / "framed.html"
    p.write_text(f'<html><body><div class="nav">首页</div><iframe width="100%" srcdoc="{html.escape(inner)}"></iframe>'
                 "</body></html>", encoding="utf-8")
    assert read_input(str(p)).lines[-3:] == ["新河镇2024年法治政府建设年度报告", "一、主要举措和成效", "全年办理案件12件。"]


@pytest.mark.parametrize("attr", ["readonly", 'disabled="disabled"'])
def test_a_read_only_text_box_holding_the_report_is_the_pages_text(tmp_path, attr):
    # form set u (html_textarea): 信息公开 systems show a stored plain text in a read-only <textarea>
    body = "新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n"
    p = tmp_path / "box.html"
    p.write_text(f'<html><body><div class="nav">首页</div><form><textarea placeholder="搜索"></textarea></form>'
                 f'<textarea {attr} rows="40">{body}</textarea><p>打印本页</p></body></html>', encoding="utf-8")
    lines = read_input(str(p)).lines
    assert lines[lines.index("新河镇2024年法治政府建设年度报告"):][:4] == body.splitlines() + ["打印本页"]
    assert "搜索" not in "".join(lines)  # an editable box is a form's input


def test_a_dos_end_of_file_mark_is_no_part_of_the_last_line(tmp_path):
    # form set x (txt_dos_eof_marker): "2025年2月28日\x1a" was no date, the deadline check lost its date
    p = tmp_path / "dos.txt"
    p.write_bytes((REPORT + "2025年2月28日").encode("gbk") + b"\x1a")
    assert read_input(str(p)).lines[-1] == "2025年2月28日"


def test_a_mail_saved_as_one_file_with_its_text_only_reads_as_that_text(tmp_path):
    # form set y (mht_mail_plain_flowed): a .mht holding a mail's text/plain part only was refused as no page
    import quopri

    body = ("新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件，开展法治培训3期，"
            "组织执法人员参加考试，全部合格。\n")
    flowed = body.replace("开展法治培训3期，", "开展法治培训3期， \n")  # a soft break (format=flowed)
    qp = quopri.encodestring(flowed.encode("utf-8")).decode("ascii")
    p = tmp_path / "邮件.mht"
    p.write_text('From: <a@example.gov.cn>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
                 "Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n"
                 f"{qp}\n--b1--\n", encoding="ascii")
    assert read_input(str(p)).lines == [ln.replace("3期，", "3期， ") if "3期" in ln else ln for ln in body.splitlines()]


def test_a_big5_text_from_a_traditional_script_mirror_reads_and_scores_as_its_source(tmp_path):
    # GB18030 decodes Big5's bytes into unlikely characters: Big5 is tried next, not refused
    import opencc

    from scorer.scoring.pipeline import score_path

    from conftest import corpus_dir

    source = sorted(corpus_dir("dev").glob("*.txt"))[0]
    # (Big5 has no no-break space: a page saved so writes a space)
    traditional = opencc.OpenCC("s2tw").convert(source.read_text(encoding="utf-8")).replace("\xa0", " ")
    p = tmp_path / "big5.txt"
    p.write_bytes(traditional.encode("big5hkscs"))
    ex = read_input(str(p))
    assert ex.encoding == "big5hkscs" and ex.lines[0] == traditional.splitlines()[0]
    assert abs(score_path(str(p))["score"] - score_path(str(source))["score"]) <= 0.5


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_are_the_files_own(tmp_path, newline):
    p = tmp_path / "r.txt"
    p.write_bytes(newline.join(["标题", "", "第三行", "\x0c第四行"]).encode("utf-8"))
    assert read_input(str(p)).lines == ["标题", "", "第三行", "\x0c第四行"]


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "文件为空"),
        (b"  \n\r\n ", "文件为空"),
        (bytes(range(256)) * 20, "二进制"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "二进制"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, problem):
    p = tmp_path / "坏 文件.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_input(str(p))
    assert str(p) in str(err.value) and problem in str(err.value)
    assert "\n" not in str(err.value)


def test_undecodable_bytes_are_refused(tmp_path):
    p = tmp_path / "x.txt"
    # invalid in UTF-8 and in GB18030 (0xFF is never a lead byte), repeated past any tolerance
    p.write_bytes(("报告" * 10).encode("utf-8") + b"\xff\xfe\xff" * 200)
    with pytest.raises(InputError):
        read_input(str(p))


def test_directory_missing_and_huge_files(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="目录"):
        read_input(str(tmp_path))
    with pytest.raises(InputError, match="不存在"):
        read_input(str(tmp_path / "nope.txt"))
    import scorer.reading as reading

    monkeypatch.setattr(reading, "MAX_INPUT_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_bytes(REPORT.encode() * 10)
    with pytest.raises(InputError, match="过大"):
        read_input(str(p))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text(REPORT, encoding="utf-8")
    p.chmod(0)
    with pytest.raises(InputError, match="权限"):
        read_input(str(p))


def test_format_is_sniffed_from_content_not_extension():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"PK\x03\x04....word/document.xml") == "docx"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1....") == "ole"
    assert sniff("<!DOCTYPE html><html><body>报告</body></html>".encode()) == "html"
    assert sniff(REPORT.encode()) == "text"


def test_legacy_word_gets_a_conversion_hint(tmp_path):
    p = tmp_path / "old.txt"  # extension lies: content decides
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError, match=r"另存为 \.docx"):
        read_input(str(p))


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-004"])
def test_a_report_whose_line_breaks_were_lost_or_held_in_one_spreadsheet_cell_reads_as_its_lines(tmp_path, name):
    # form set au (txt_newlines_lost_ideo_space_paras, txt_spreadsheet_cell_copy_quoted): one line of paragraphs
    # separated only by their 　　 indents lost the title and the parts; a cell's quotes stayed in the title
    from scorer.scoring.pipeline import score_path

    from conftest import corpus_text

    text = corpus_text(name)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join(lines), encoding="utf-8")
    run_together = tmp_path / "run_together.txt"
    run_together.write_text("\u3000\u3000".join(lines), encoding="utf-8")
    cell = tmp_path / "cell.txt"
    cell.write_text('"' + "\n".join(ln.replace('"', '""') for ln in lines) + '"\r\n', encoding="utf-8")
    before = score_path(str(plain))
    for path in (run_together, cell):
        after = score_path(str(path))
        assert after["score"] == before["score"], path.name
        assert after["document"]["title"] == before["document"]["title"], path.name
    # a text that merely starts and ends with a quotation of its own is not a cell
    quoted = tmp_path / "quoted.txt"
    quoted.write_text('"法治"是根本。\n一、主要举措\n全年办理案件12件，他说"好"', encoding="utf-8")
    assert read_input(str(quoted)).lines[0].startswith('"法治"')


def test_a_heading_split_by_words_style_separator_reads_as_one_line(tmp_path):
    # form set au (docx_style_separator_split_headings): a hidden paragraph mark (w:specVanish) joins two paragraphs
    # Word shows as one line; each half was read as a heading of its own
    import make_fixtures as mf

    def para(text, vanish=False):
        mark = "<w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>" if vanish else ""
        return f"<w:p>{mark}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = para("一、推进法治建设", vanish=True) + para("的主要举措和成效") + para("全年办理案件12件。")
    lines = read_input(str(mf.make_docx_from_xml(tmp_path / "separator.docx", body))).lines
    assert lines[:2] == ["一、推进法治建设的主要举措和成效", "全年办理案件12件。"]


def test_headings_drawn_as_svg_banners_or_set_in_text_boxes_over_their_paragraph_read_in_place(tmp_path):
    # form sets aq held (html_svg_text_headings: −15 to −34 points) and as held (docx_tops_dml_boxes_anchored_in_next_para:
    # −10 to −15): an <svg><text> banner was skipped; a heading in a floating box anchored in the paragraph under it
    # was read after that paragraph
    import html as htmlmod

    from scorer.scoring.pipeline import score_path

    import make_fixtures as mf
    from conftest import corpus_text

    lines = [ln.strip() for ln in corpus_text("seed-000").splitlines() if ln.strip()]
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join(lines), encoding="utf-8")
    before = score_path(str(plain))
    tops = [i for i, ln in enumerate(lines) if ln[:2] in ("一、", "二、", "三、")]
    assert len(tops) >= 3

    def banner(ln):
        return ('<section><svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><title>横幅</title>'
                f'<rect width="300" height="40"/><text x="10" y="27">{htmlmod.escape(ln)}</text></svg></section>')

    page = "<html><body>" + "".join(banner(ln) if i in tops else f"<p>{htmlmod.escape(ln)}</p>" for i, ln in enumerate(lines))
    svg = tmp_path / "banners.html"
    svg.write_text(page + "</body></html>", encoding="utf-8")

    def para(text, box=None):
        boxed = (f'<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{htmlmod.escape(box)}</w:t></w:r></w:p>'
                 "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>") if box else ""
        return f"<w:p>{boxed}<w:r><w:t>{htmlmod.escape(text)}</w:t></w:r></w:p>"

    body = "".join("" if i in tops else para(ln, lines[i - 1] if i - 1 in tops else None) for i, ln in enumerate(lines))
    docx = mf.make_docx_from_xml(tmp_path / "boxes.docx", body)
    for path in (svg, docx):
        after = score_path(str(path))
        assert abs(after["score"] - before["score"]) <= 0.5, path.name
        assert {k: (s["present"], s["heading"]) for k, s in after["sections"].items()} == \
            {k: (s["present"], s["heading"]) for k, s in before["sections"].items()}, path.name
    assert "横幅" not in read_input(str(svg)).lines
