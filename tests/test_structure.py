"""Stage 2: headings, levels, chrome, title, closing."""
from __future__ import annotations

import pytest

from scorer.document.build import analyse
from scorer.document.structure import cn_number, parse_heading
from scorer.text.textnorm import make_key


def heading(raw: str):
    return parse_heading(make_key(raw).text, raw)


@pytest.mark.parametrize(
    "raw, marker, number, text",
    [
        ("一、主要举措和成效", "cn", 1, "一、主要举措和成效"),
        ("十二、其他需要报告的情况", "cn", 12, "十二、其他需要报告的情况"),
        ("三、2025年工作安排", "cn", 3, "三、2025年工作安排"),
        ("（一）强化组织领导", "paren_cn", 1, "（一）强化组织领导"),
        ("(二) 持续推进政府职能转变", "paren_cn", 2, "(二) 持续推进政府职能转变"),
        ("1.优化政府组织机构。我县在…", "num", 1, "1.优化政府组织机构"),
        ("2、落实政务公开，提升公信力", "num_dunhao", 2, "2、落实政务公开，提升公信力"),
        ("3．加强队伍建设", "num", 3, "3．加强队伍建设"),
        ("（1）开展专项培训", "paren_num", 1, "（1）开展专项培训"),
        ("(4)规范执法", "paren_num", 4, "(4)规范执法"),
        ("二是切实履行法治建设第一责任人职责。镇党政主要负责人…", "item", 2, "二是切实履行法治建设第一责任人职责"),
        ("第二部分 存在的问题", "part", 2, "第二部分 存在的问题"),
        ("一 、存 在 的 不 足", "cn", 1, "一 、存 在 的 不 足"),
    ],
)
def test_heading_shapes(raw, marker, number, text):
    h = heading(raw)
    assert (h.marker, h.number, h.text) == (marker, number, text)


def test_heading_carrying_body_text_ends_at_first_full_stop_or_colon():
    h = heading("(二)充分发挥“关键少数”的示范引领作用。市委、市政府高度重视法治政府建设工作")
    assert h.text == "(二)充分发挥“关键少数”的示范引领作用" and h.has_body
    h = heading("（三）存在问题：一是执法力量不足")
    assert h.text == "（三）存在问题"


@pytest.mark.parametrize("raw", ["2024年，全镇办理案件12件。", "一、二、三级联动", "1.5万人次参加"])
def test_body_lines_are_not_headings(raw):
    assert heading(raw) is None


def test_a_number_that_only_looks_like_an_outline_number_is_no_heading():
    # "12.4" could open section 12.4; it does not, because nothing numbered 12.1 … 12.3 came before
    st = analyse(["一、主要举措", "12.4国家宪法日前后开展宣传，发放资料1200份。", "二、存在的不足", "力量不足。"])
    assert [b.line for b in st.headings()] == [1, 3]


def test_cn_numbers():
    assert [cn_number(x) for x in ("一", "九", "十", "十一", "二十", "二十三")] == [1, 9, 10, 11, 20, 23]


REPORT = """首页 走进本区 政务公开 政务服务 互动交流 专题专栏
您现在的位置：首页 > 政务公开 > 法治政府建设年度报告
新河镇人民政府关于2024年法治政府建设情况的报告
发布日期：2025-02-28 15:50  来源：新河镇  浏览次数：
【打印本页】 【关闭】

2024年，新河镇深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）强化组织领导。全年召开专题会议4次，研究法治建设事项12项。
（二）规范行政执法。全年办理行政处罚案件52件。
二、存在的不足和原因
一是执法力量不足。主要原因是编制有限。
三、2025年工作安排
一是加强执法培训，年内培训3期。
特此报告。
新河镇人民政府
2025年2月28日
相关链接：
网站地图 | 联系我们
主办：新河镇人民政府  备案号：浙ICP备12345678号  网站标识码：3302000000
"""


def test_page_chrome_is_kept_out_of_the_body():
    st = analyse(REPORT.splitlines())
    assert st.title == "新河镇人民政府关于2024年法治政府建设情况的报告" and st.title_lines == [3]
    body_lines = {b.line for b in st.body_blocks()}
    assert body_lines == set(range(7, 15))
    roles = {b.line: b.role for b in st.blocks}
    assert all(roles[n] in ("chrome", "meta") for n in (1, 2, 4, 5, 18, 19, 20))
    assert [b.role for b in st.closing] == ["closing", "signature", "date"]


def test_heading_tree_keeps_levels_and_spans():
    st = analyse(REPORT.splitlines())
    tops = st.sections
    assert [s.heading.text for s in tops] == ["一、主要举措和成效", "二、存在的不足和原因", "三、2025年工作安排"]
    assert [s.line for s in tops] == [8, 11, 13]
    assert [c.heading.text for c in tops[0].children] == ["（一）强化组织领导", "（二）规范行政执法"]
    assert tops[0].end_line() == 10 and tops[2].end_line() == 14


def test_numbering_that_skips_or_repeats_is_reported():
    st = analyse("标题\n一、甲部分内容很多\n三、乙部分\n（一）子项\n（一）子项重复\n".splitlines())
    kinds = [(i["line"], i["kind"]) for i in st.numbering_issues]
    assert kinds == [(3, "skip"), (5, "repeat")]


def test_title_split_over_two_lines_is_joined():
    st = analyse("大河乡人民政府\n关于法治政府建设的情况报告\n2025年，大河乡坚持以习近平法治思想为根本遵循，推进法治政府建设。\n一、强化组织保障".splitlines())
    assert st.title == "大河乡人民政府关于法治政府建设的情况报告" and st.title_lines == [1, 2]


def test_headings_inside_one_long_line_are_found():
    line = ("中共新河镇委员会新河镇人民政府关于2024年度法治政府建设情况的报告 中共某市委、某市人民政府: "
            "2024年,新河镇扎实开展法治政府建设,现将工作情况汇报如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。"
            "党政主要负责人履行第一责任人职责,全年学法8次。 (二)深耕宣传教育,厚植法治理念。开展普法活动20场。")
    st = analyse([line])
    assert st.title.endswith("情况的报告")
    assert [s.heading.text for s in st.sections] == ["一、主要措施和成效"]
    assert [c.heading.text for c in st.sections[0].children] == ["(一)强化组织引领,夯实法治根基", "(二)深耕宣传教育,厚植法治理念"]
    assert all(b.line == 1 for b in st.body_blocks())


def test_unnumbered_headings_when_a_report_has_no_numbers():
    text = ("2022年,某部坚持以习近平法治思想为指导,扎实推进法治政府建设,各项工作取得重要进展和成效。\n"
            "统筹推进法治政府建设高质量发展\n"
            "坚持把学习宣传贯彻党的二十大精神作为首要政治任务,举办专题培训班7期,培训干部1200人次。\n")
    st = analyse(text.splitlines())
    assert [s.heading.text for s in st.sections] == ["统筹推进法治政府建设高质量发展"]


def test_the_inline_heading_prefilter_never_hides_a_split():
    # Long lines are split at inline headings only when INLINE_NUMBER finds what one opens with;
    # wherever INLINE_HEADING could split, INLINE_NUMBER must find something.
    import random

    from scorer.document.structure import INLINE_HEADING, INLINE_NUMBER

    assert INLINE_NUMBER.search("汇报如下:一、主要措施") and INLINE_NUMBER.search("强化 （二）落实")
    assert not INLINE_NUMBER.search("全年办理案件12件,结案率98%。")
    rnd = random.Random(5)
    alphabet = "一二三十、（()）。:：;； 　x1"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        if INLINE_NUMBER.search(text) is None:
            assert len(INLINE_HEADING.split(text)) == 1, text


# --------------------------------------------------------------------------- numbering systems (issue 12)

OUTLINE = """新河镇2024年法治政府建设年度报告
2024年，新河镇深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下：
一、主要举措和成效
（一）强化组织领导
1.健全制度。全年召开专题会议4次，研究法治建设事项12项。
2.压实责任。将法治建设纳入年度考核，考核覆盖全镇18个部门。
（二）规范行政执法
全年办理行政处罚案件52件，开展案卷评查2次。
二、存在的不足和原因
执法力量不足，主要原因是编制有限。
三、2025年工作安排
（一）加强执法培训
年内组织培训3期，持证率达到100%。
（二）完善决策机制
6月底前修订重大行政决策程序规定。
"""


def _shape(st) -> list[tuple[int, str]]:
    """(depth, heading words) of every heading, the number left out."""
    out = []

    def walk(sec, depth):
        out.append((depth, sec.heading.key[sec.heading.marker_end:]))
        for child in sec.children:
            walk(child, depth + 1)

    for s in st.sections:
        walk(s, 0)
    return out


STYLES = sorted(__import__("edits").STYLES)


@pytest.mark.parametrize("style", STYLES)
def test_the_outline_is_read_alike_in_every_numbering_system(style):
    import edits

    lines = OUTLINE.splitlines()
    v = edits.renumber(lines, style)
    if v is None:
        pytest.skip(f"{style} changes nothing here")
    st = analyse(v.data.decode("utf-8").splitlines())
    assert _shape(st) == _shape(analyse(lines)), v.data.decode("utf-8")
    assert st.numbering_issues == []


def test_ranks_follow_the_document_not_a_fixed_order():
    # Arabic parts with （一） inside them: 1. is above （一） here, below it in OUTLINE
    st = analyse("报告\n1.主要举措\n（一）强化领导\n全年开会4次。\n（二）规范执法\n办理案件52件。\n2.存在的不足\n力量不足。".splitlines())
    assert [s.heading.text for s in st.sections] == ["1.主要举措", "2.存在的不足"]
    assert [c.heading.text for c in st.sections[0].children] == ["（一）强化领导", "（二）规范执法"]


def test_a_family_used_at_two_levels_nests_by_its_numbers():
    text = "报告\n1、主要举措\n（一）强化领导\n1、健全制度。开会4次。\n2、压实责任。考核18个部门。\n（二）规范执法\n办理案件52件。\n2、存在的不足\n力量不足。\n3、2025年工作安排\n加强培训。"
    st = analyse(text.splitlines())
    assert [s.heading.text for s in st.sections] == ["1、主要举措", "2、存在的不足", "3、2025年工作安排"]
    assert [c.heading.text for c in st.sections[0].children[0].children] == ["1、健全制度", "2、压实责任"]
    assert st.numbering_issues == []


@pytest.mark.parametrize("raw, marker, number", [
    ("①加强学习培训", "circled", 1), ("⑫完善制度", "circled", 12), ("一 主要举措和成效", "cn_space", 1),
    ("一．主要举措和成效", "cn_dot", 1), ("三.2025年工作安排", "cn_dot", 3), ("一，主要举措和成效", "cn_comma", 1),
    ("3.2025年工作安排", "num", 3), ("2.1 完善制度", "outline", 1), ("1）健全制度", "num_paren", 1),
    ("第二章 存在的问题", "chapter", 2), ("第三节 工作安排", "section", 3), ("一,、法治建设第一责任人履职情况", "cn", 1),
    ("第一、 2022年度推进法治政府建设的主要举措和成效：", "ordinal", 1),  # pages-r 005: read past, 一、 under it taken
    ("第二、存在的不足", "ordinal", 2),
    # Word's legal-style lists (form set z docx_legal_list_numbering): each number ends with its dot
    ("1.2. 完善制度", "outline", 2), ("2.1.3. 细化清单", "outline3", 3),
])
def test_more_heading_shapes(raw, marker, number):
    h = heading(raw)
    assert (h.marker, h.number) == (marker, number)


def test_shapes_common_in_running_text_are_headings_only_when_they_count():
    # "1）" once in the middle of a paragraph list is not a heading; 1） 2） 3） are
    st = analyse("报告\n一、主要举措\n开展活动：\n2）组织培训3期，培训干部120人次。\n二、存在的不足\n力量不足。".splitlines())
    assert [b.heading.text for b in st.headings()] == ["一、主要举措", "二、存在的不足"]
    st = analyse("报告\n一、主要举措\n1）组织培训3期\n2）开展普法20场\n3）审查合同45件\n二、存在的不足\n力量不足。".splitlines())
    assert [len(s.children) for s in st.sections] == [3, 0]


# --------------------------------------------------------------------------- issue 21: form, not decoration

DECORATED_REPORT = [
    "新河镇2024年法治政府建设年度报告",
    "2024年，新河镇推进法治政府建设，全年办理案件12件，取得明显成效。",
    "{}",
    "（一）强化组织领导。全年召开专题会议4次，研究解决法治建设重大问题。",
    "二、存在的不足",
    "执法力量不足，原因是编制有限，培训不够。",
]


@pytest.mark.parametrize("decorated", [
    "**一、主要举措和成效**", "## 一、主要举措和成效", "__一、主要举措和成效__", "【一、主要举措和成效】",
    "<h2>一、主要举措和成效</h2>", "<p><strong>一、主要举措和成效</strong></p>", "▍一、主要举措和成效",
    "一、\u200b主要\u200b举措和成效", "\ufeff一、主要举措和成效",
])
def test_a_heading_is_read_without_its_decoration(decorated):
    lines = list(DECORATED_REPORT)
    lines[2] = decorated
    st = analyse(lines)
    assert [s.heading.text for s in st.sections] == ["一、主要举措和成效", "二、存在的不足"]


def test_bold_inside_a_line_is_not_text():
    st = analyse(DECORATED_REPORT[:2] + ["一、主要举措和成效", "**一是强化组织领导。**全年召开专题会议4次，研究解决法治建设重大问题。"])
    assert st.sections[0].all_blocks()[1].raw == "一是强化组织领导。全年召开专题会议4次，研究解决法治建设重大问题。"


def test_underscores_of_a_form_to_fill_stay():
    st = analyse(DECORATED_REPORT[:2] + ["一、主要举措和成效", "全年办理案件____件，其中行政复议__件，行政诉讼应诉案件若干。"])
    assert "____件" in st.sections[0].all_blocks()[1].raw


@pytest.mark.parametrize("contents", [
    ["目录", "一、主要举措和成效……………………1", "二、存在的不足……………………3"],
    ["目  录", "一、主要举措和成效..........1", "　　（一）强化组织领导..........1", "二、存在的不足..........3"],
    ["一、主要举措和成效\t1", "二、存在的不足\t3"],
])
def test_a_table_of_contents_is_not_the_parts(contents):
    lines = DECORATED_REPORT[:2] + contents + ["一、主要举措和成效"] + DECORATED_REPORT[3:]
    st = analyse(lines)
    first = len(DECORATED_REPORT[:2]) + len(contents) + 1
    assert [s.line for s in st.sections] == [first, first + 2]
    assert all(s.heading.text in ("一、主要举措和成效", "二、存在的不足") for s in st.sections)


def test_a_list_of_headings_the_body_does_not_repeat_is_no_table_of_contents():
    lines = DECORATED_REPORT[:2] + ["一、主要举措和成效", "二、存在的不足", "三、2025年工作安排", "加强培训，全年开展执法培训不少于4次，提升执法水平。"]
    assert [s.heading.text for s in analyse(lines).sections] == ["一、主要举措和成效", "二、存在的不足", "三、2025年工作安排"]


@pytest.mark.parametrize("title", [
    ["新河镇人民政府关于", "2024年法治政府建设情况的报告"],
    ["新河镇人民政府2024年", "法治政府建设年度报告"],
    ["新河镇人民政府", "2024年度", "法治政府建设情况报告"],
])
def test_a_title_broken_over_lines_is_one_title(title):
    st = analyse(title + DECORATED_REPORT[1:2] + ["一、主要举措和成效"] + DECORATED_REPORT[3:])
    assert st.title == "".join(title)


def test_roman_numerals_number_the_top_level():
    lines = DECORATED_REPORT[:2] + ["Ⅰ、主要举措和成效", DECORATED_REPORT[3], "Ⅱ、存在的不足", DECORATED_REPORT[5]]
    st = analyse(lines)
    assert [(s.heading.marker, s.heading.number) for s in st.sections] == [("roman", 1), ("roman", 2)]
    assert st.numbering_issues == []


def test_passages_are_the_same_however_the_paragraphs_are_split():
    from scorer.document.structure import passages

    one = "（一）强化组织领导。全年召开专题会议4次。一是健全制度，出台文件3份。二是压实责任，签订责任书12份。"
    split = ["（一）强化组织领导。全年召开专题会议4次。", "一是健全制度，出台文件3份。", "二是压实责任，", "签订责任书12份。"]
    a = analyse(DECORATED_REPORT[:2] + ["一、主要举措和成效", one])
    b = analyse(DECORATED_REPORT[:2] + ["一、主要举措和成效"] + split)
    units = [[u.k for u in passages(st.sections[0].all_blocks())] for st in (a, b)]
    assert units[0] == units[1] and len(units[0]) == 4


def test_a_line_that_cannot_open_a_heading_family_skips_the_tries():
    """structure._marker tries the thirteen FAMILIES only on a key opening with one of _FAMILY_FIRSTS or a
    decimal digit: no family matches a key opening with any other character of the BMP."""
    from scorer.document import structure

    tails = ["一、总体", "二是", "、", ".", "1.2", "部分", "章", "IV、", "X、", "十)", "(一)", "12)", "3、", ""]
    for cp in range(0x10000):
        c = chr(cp)
        if c in structure._FAMILY_FIRSTS or c.isdecimal() or 0xD800 <= cp < 0xE000:
            continue
        for tail in tails:
            assert not any(rx.match(c + tail) for _, _, rx in structure.FAMILIES), c + tail


def test_a_top_heading_with_a_colon_over_its_first_item_is_cut_there():
    # form set n held: "一：夯实基础,…进一步健全" over "一是召开…" was read as one heading (the 顿号 form is cut)
    from scorer.document.build import analyse

    for sep in ("、", "："):
        st = analyse(["新河镇2024年法治政府建设年度报告", f"一{sep}夯实基础,全面依法治镇机构体系进一步健全",
                      "一是召开全面依法治镇委员会专题会议3次,审议印发工作要点。", f"二{sep}依法依规,政府治理进一步规范",
                      "持续推进政务公开工作。"])
        heads = [b.heading.key for b in st.blocks if b.heading is not None and b.heading.marker != "item"]
        assert heads[0].endswith("进一步健全"), (sep, heads)


def test_a_line_cut_before_a_quotation_s_end_is_no_heading():
    # pages-m fsm-023: a 文库 site's page chunks "3、*建设工作要点、进一步完善了*街道关于开展“" read as the
    # next-year plan's heading (工作要点); a heading never ends by opening a quotation or a title
    for raw in ("3、建设工作要点、进一步完善了街道关于开展“", "2、制定了《", "一、关于开展（"):
        assert parse_heading(make_key(raw).text, raw) is None, raw
    assert parse_heading(make_key("3、建设工作要点").text, "3、建设工作要点") is not None


def test_a_separator_of_glyphs_is_a_blank_line_and_the_title_again_at_the_end_is_no_signature():
    # form set q (wechat_arrow_separators, title_repeated_end): "◆　◆　◆" between the title and its date line lost the
    # date (deadline 3 -> 0); the title printed again under the signature lost the signature (1 -> 0)
    from scorer.scoring.pipeline import score_text

    text = ("新河镇2024年法治政府建设年度报告\n发布日期：2025-03-10\n一、主要举措和成效\n全年办理复议案件12件。\n"
            "二、存在的不足\n执法力量不足，原因是编制有限。\n三、2025年工作安排\n一是加强培训。\n新河镇人民政府\n2025年3月1日")
    plain = score_text(text)
    edited = score_text(text.replace("报告\n发布日期", "报告\n　　　　◆　◆　◆\n发布日期").replace("一、主要", "　　　▼\n一、主要")
                        + "\n新河镇2024年法治政府建设年度报告")
    for cid in ("conformity.deadline", "conformity.signature"):
        assert [c["points"] for c in edited["checks"] if c["id"] == cid] == [c["points"] for c in plain["checks"] if c["id"] == cid], cid


def test_a_title_hard_wrapped_inside_its_last_word_is_one_title():
    # form set q held (ocr_ragged_pages): "东莞市应急管理局2024年法治政府建设年度报" / "告" was read as a look-alike's
    # title (…年度报) and the report refused (-15.8)
    from scorer.document.build import analyse

    text = "东莞市应急管理局2024年法治政府建设年度报\n告\n\n2024年,我局坚持以习近平法治思想为指导,推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。"
    assert analyse(text.splitlines()).title == "东莞市应急管理局2024年法治政府建设年度报告"


def test_a_parts_label_on_a_line_of_its_own_heads_the_part_with_the_line_under_it(score):
    # form ab held (txt_part_label_two_lines): "第一部分" over "2025年度推进…主要举措和成效" lost the 不足 and the plan (−34.3)
    text = ("新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设。\n第一部分\n主要举措和成效\n审查合同45件，调解纠纷138件。\n"
            "第二部分\n存在的不足和原因\n执法人员持证率仅60%，主要原因是培训经费不足。\n第三部分\n2025年工作安排\n6月底前完成执法人员培训2次。\n")
    card = score(text)
    assert all(card["sections"][k]["present"] for k in ("measures", "shortcomings", "next_year"))
