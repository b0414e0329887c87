"""Stage 3: title, issuer, level, report year, publish date, is_report."""
from __future__ import annotations

import pytest

from scorer.document.build import analyse
from scorer.document.metadata import extract, level_of


def meta(text: str, **kw):
    return extract(analyse(text.splitlines()), **kw)


BODY = "\n一、主要举措和成效\n（一）强化组织领导。全年召开专题会议4次。\n二、存在的不足\n力量不足。\n三、2025年工作安排\n加强培训。"


@pytest.mark.parametrize(
    "title, issuer, level, year",
    [
        ("新河镇人民政府关于2024年法治政府建设情况的报告", "新河镇人民政府", "township", 2024),
        ("静海区2023年度法治政府建设情况报告", "静海区", "county", 2023),
        ("湖北省人民政府关于2023年度法治政府建设情况的报告", "湖北省人民政府", "province", 2023),
        ("北京市2021年法治政府建设年度情况报告", "北京市", "province", 2021),
        ("包头市人民政府2024年法治政府建设年度报告", "包头市人民政府", "city", 2024),
        ("海宁市人民政府2024年法治政府建设年度报告", "海宁市人民政府", "county", 2024),
        ("长沙县司法局2023年法治政府建设工作报告", "长沙县司法局", "department", 2023),
        ("留下街道2022年度法治政府建设工作报告", "留下街道办事处", "township", 2022),
        ("中共淮北市烈山区委烈山区人民政府关于2024年法治政府建设情况的报告", "中共淮北市烈山区委、烈山区人民政府", "county", 2024),
        ("新疆维吾尔自治区人民政府关于2017年法治政府建设工作的报告", "新疆维吾尔自治区人民政府", "province", 2017),
        # kind m (keep_we_only): the year's 年 left out after the issuer
        ("沅江路街道2024法治政府建设年度报告", "沅江路街道办事处", "township", 2024),
    ],
)
def test_issuer_level_and_year_from_the_title(title, issuer, level, year):
    m = meta(title + "\n" + f"{year}年，推进法治政府建设，取得明显成效，全年办理案件12件。" + BODY)
    assert (m.issuer, m.level, m.report_year, m.is_report) == (issuer, level, year, True)
    assert m.issuer_source == "title"


@pytest.mark.parametrize(
    "opening, issuer, level",
    [
        ("2024年,新县在市委、市政府的坚强领导下,坚持以习近平法治思想为指导,推进法治政府建设。", "新县", "county"),
        ("2019年,在省委、省政府和市委、市政府的正确领导下,南昌县全面贯彻党的十九大精神,推进法治政府建设。", "南昌县", "county"),
        ("2025年,县教育局持续深入学习贯彻习近平法治思想,推进法治政府建设。", "县教育局", "department"),
        ("2023年,四季青街道在区委区政府的坚强领导下,推进法治政府建设。", "四季青街道办事处", "township"),
        ("2020年,在市委、市政府和縣委的正確領導下,桐廬縣認真貫徹落實法治政府建設各項任務。", "桐庐县", "county"),
        ("2024年,市政府坚持以习近平法治思想为指导,推进法治政府建设。发布“包头市公共法律服务法治地图”。", "包头市人民政府", "city"),
        # pages-i tuning: a zone two regions share, its names joined by a dash (read as 广西壮族自治区 before)
        ("2024年,中国-东盟临港经济技术开发区深入贯彻习近平法治思想,推进法治政府建设。", "中国-东盟临港经济技术开发区", "county"),
        ("2023年,中泰—北部湾经开区管委会深入贯彻习近平法治思想,推进法治政府建设。", "中泰—北部湾经开区管委会", "county"),
        # pages-j tuning: the body the issuer works under, named in a clause of its own before it
        ("2022年,在市委、市政府的坚强领导下,省交通运输厅的精心指导下,宜昌市交通运输局扎实推进法治政府建设。", "宜昌市交通运输局", "department"),
        # pages-n tuning: the body's leading team speaks for it (a person after the name does not)
        ("2025年,中都街道领导班子始终以习近平法治思想为统领,扎实履行法治建设领导职责。现将年度法治工作情况报告如下:", "中都街道办事处", "township"),
        # kind i tuning, pages-u: the unit named as what its work is fitted to (结合X实际)
        ("2023年,我局在上级党委政府的坚强领导下,结合广州市公安局增城区分局实际,把法治政府建设摆在突出位置。", "广州市公安局增城区分局",
         "department"),
        # pages-o tuning: a zone known by its short name (综合保税区 → 综保区)
        ("2024年,在市委、市政府和区委、区政府的正确领导下,东疆综保区坚持以习近平法治思想为指导,推进法治政府建设。", "东疆综保区", "county"),
    ],
)
def test_issuer_from_the_opening_sentence_when_there_is_no_title(opening, issuer, level):
    m = meta(opening + BODY)
    assert m.title is None
    assert (m.issuer, m.level, m.issuer_source) == (issuer, level, "opening")


@pytest.mark.parametrize("signature", ["新河镇人民政府　　2025/02/28", "新河镇人民政府 2025-02-28", "新河镇人民政府　2025.2.28"])
def test_a_signature_dated_in_figures_on_the_units_line(signature):
    # metadata g (sig_slash_same_line): "…社会保障局　　2021/03/28" then （此件公开发布） left the report undated
    m = meta("新河镇2024年法治政府建设年度报告\n2024年，我镇推进法治政府建设，全年办理案件12件。" + BODY + "\n" + signature + "\n（此件公开发布）")
    assert (m.publish_date, m.publish_date_source) == ("2025-02-28", "signature")


def test_issuer_from_the_signature():
    m = meta("关于2024年法治政府建设情况的报告\n2024年，我镇推进法治政府建设，全年办理案件12件，取得明显成效。" + BODY + "\n新河镇人民政府\n2025年2月28日")
    assert (m.issuer, m.issuer_source, m.level) == ("新河镇人民政府", "signature", "township")


def test_department_abbreviation_is_expanded_and_placed():
    m = meta("根据市委、市政府相关文件要求,现将市人社局2021年法治政府建设情况报告予以公开。" + BODY
             + "\n如有疑问请与市人社局联系(地址:天津市和平区建设路18号)")
    assert m.issuer == "天津市人力资源和社会保障局" and m.level == "department"


@pytest.mark.parametrize(
    "header, date, source",
    [
        ("发布日期:2025-02-28 15:50 信息来源:新河镇", "2025-02-28", "header"),
        ("来源:区政府办公室 发布时间:2024-03-28 09:18", "2024-03-28", "header"),
        ("时间：2018-05-03  浏览次数：", "2018-05-03", "header"),
        ("- 公文生成日期: 2025-02-07", "2025-02-07", "header"),
        ("2026-02-10", "2026-02-10", "header"),
        # several fields on one line, the label in brackets before its value: the 发布日期 wins
        ("[ 索引号 ]11500229711623327X/2021-00118 [ 发文字号 ] [ 发布机构 ]城口县人民政府 [ 主题分类 ]其他 "
         "[ 成文日期 ]2021-07-20 [ 发布日期 ]2021-07-23 [ 体裁分类 ]工作报告", "2021-07-23", "header"),
        ("[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10", "2026-02-10", "header"),
        # the date a document was written gives way to the page's time, even on an earlier line
        ("• 公文生成日期:2026-01-08\n时间:2026-01-09 09:36", "2026-01-09", "header"),
        # eight digits run together after the label (kind g: keep_pubdate_compact read no date)
        ("发布日期：20250312　　浏览次数：260", "2025-03-12", "header"),
        # metadata f: the page's address written out, the day the site filed it under in its path
        ("网址：https://www.zj.gov.cn/art/2025/3/28/art_1229_5512.html", "2025-03-28", "header"),
        ("网址：http://sfj.example.gov.cn/xxgk/202601/t20260127_834672.html", "2026-01-27", "header"),
    ],
)
def test_publish_date_from_the_page_header(header, date, source):
    m = meta("新河镇2024年法治政府建设年度报告\n" + header + "\n2024年，新河镇推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.publish_date, m.publish_date_source) == (date, source)


@pytest.mark.parametrize("byline", ["券桥镇人民政府\n2023年2月28日", "券桥镇人民政府\n2023-02-28", "2023年2月28日"])
def test_the_issuer_and_date_set_under_the_title_date_the_report(byline):
    m = meta("券桥镇2022年度法治政府建设工作报告\n" + byline + "\n2022年,券桥镇深入推进法治政府建设,全年办理案件12件。" + BODY)
    assert (m.title, m.publish_date, m.publish_date_source) == ("券桥镇2022年度法治政府建设工作报告", "2023-02-28", "header")
    assert (m.issuer, m.report_year) == ("券桥镇人民政府", 2022)


@pytest.mark.parametrize("date", ["二〇二五年二月二十八日", "二〇二五年2月28日", "2025年二月二十八日", "2025年2月28日"])
def test_a_signature_date_in_either_numerals_part_by_part(date):
    m = meta("新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设，全年办理案件12件。" + BODY + "\n新河镇人民政府\n" + date)
    assert (m.publish_date, m.publish_date_source) == ("2025-02-28", "signature")


@pytest.mark.parametrize("tail", ["（2023年度）", "（二〇二三年度）", "(2023年)"])
def test_a_title_with_its_year_in_a_bracket_after_it_is_the_title(tail):
    m = meta("天津滨海高新区法治政府建设情况报告" + tail + "\n2023年，高新区推进法治政府建设，全年办理案件12件。" + BODY)
    assert m.title == "天津滨海高新区法治政府建设情况报告" + tail and m.report_year == 2023


@pytest.mark.parametrize("lines, title, issuer", [
    # broken inside the issuer's organ word
    (["新浦镇人民", "政府关于2024年法治政府建设情况的年度报告"], "新浦镇人民政府关于2024年法治政府建设情况的年度报告", "新浦镇人民政府"),
    # over three lines, the middle one longer than a short piece
    (["江苏省民政厅", "关于2024年度法治政府建设", "情况的报告"], "江苏省民政厅关于2024年度法治政府建设情况的报告", "江苏省民政厅"),
    # a scenic area's 管委会
    (["武夷山风景名胜区管理委员会关于2024年度推进法治政府建设情况的报告"], "武夷山风景名胜区管理委员会关于2024年度推进法治政府建设情况的报告",
     "武夷山风景名胜区管理委员会"),
])
def test_titles_broken_or_issued_in_unusual_ways(lines, title, issuer):
    m = meta("\n".join(lines) + "\n2024年，我们推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.issuer) == (title, issuer)


@pytest.mark.parametrize("title, issuer, level", [
    # the party committee's own organs are departments of the committee, not the committee
    ("中共开江县委全面依法治县委员会办公室关于2020年度法治建设工作情况的报告", "中共开江县委全面依法治县委员会办公室", "department"),
    ("开江县委依法治县办2020年度法治建设工作报告", "开江县委依法治县办", "department"),
    # the two general offices issue jointly (两办), with or without a space or 、 between them
    ("中共开江县委办公室　开江县人民政府办公室关于2020年度法治政府建设工作情况的报告",
     "中共开江县委办公室、开江县人民政府办公室", "department"),
    ("中共开江县委办公室、开江县人民政府办公室关于2020年度法治政府建设工作情况的报告",
     "中共开江县委办公室、开江县人民政府办公室", "department"),
])
def test_a_party_committees_organs_issue_in_their_own_name(title, issuer, level):
    m = meta(title + "\n来源:县司法局\n2020年，我县推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.issuer, m.issuer_source, m.level, m.report_year) == (issuer, "title", level, 2020)


def test_a_title_year_that_had_not_ended_when_published_yields_to_the_opening():
    # metadata h (title_year_wrong): "…2026年法治政府建设情况报告" published 2026-02-11 over "2025年，…" and
    # "一、2025年…主要举措和成效" was read as a report on 2026
    text = ("树人镇人民政府2026年法治政府建设情况报告\n发布日期：2026-02-11\n2025年，树人镇推进法治政府建设，全年办理案件12件。"
            "\n一、2025年推进法治政府建设的主要举措和成效\n（一）强化组织领导。全年召开专题会议4次。\n二、存在的不足\n力量不足。")
    m = meta(text)
    assert (m.report_year, m.report_year_source) == (2025, "opening") and m.review_notes
    # published in December of the title's year, the title's year stands (a report may come out at year end)
    m = meta(text.replace("2026-02-11", "2026-12-20"))
    assert m.report_year == 2026


@pytest.mark.parametrize("head, title", [
    # a slogan over a dated subtitle that names no report word
    ("厚植法治底色　提升治理效能\n——留下街道2022年度法治政府建设工作", "——留下街道2022年度法治政府建设工作"),
    # the document's own title under the page's, broken over two lines, then the page's date field
    ("湖南省气象局2022年度法治政府年度报告\n湖南省气象局\n2022年度法治政府建设报告\n发布时间：2023/01/20 13:19:45 GMT+0800　浏览次数：198",
     "湖南省气象局2022年度法治政府年度报告"),
])
def test_titles_under_slogans_and_titles_printed_twice(head, title):
    # metadata h (title_slogan_subtitle, header_time_seconds_tz)
    m = meta(head + "\n2022年，我们推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.report_year) == (title, 2022)
    if "发布时间" in head:
        assert m.publish_date == "2023-01-20"


def test_a_subdistrict_named_after_its_districts_government_without_its_office():
    # metadata h (subdistrict_no_banshichu): "鲤城区人民政府金龙街道关于…" had no issuer
    m = meta("鲤城区人民政府金龙街道关于2022年度法治政府建设情况的报告\n2022年，我街道推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.issuer, m.level) == ("鲤城区人民政府金龙街道办事处", "township")


def test_a_file_name_shown_as_the_pages_title_is_the_title():
    # pages-j fsj-012 (tuning): "海滨街2020年法治政府建设情况.docx" over the text was no title
    m = meta("海滨街2020年法治政府建设情况.docx\n2020年，在区委、区政府的正确领导下，我们推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.report_year) == ("海滨街2020年法治政府建设情况.docx", 2020)


def test_a_labelled_publish_date_with_its_weekday_and_a_plan_year_in_chinese_numerals():
    # metadata i (header_weekday_date, year_plan_heading_cn): "发布日期：2023年1月29日 星期日" was dropped as a site
    # clock; "三、二〇二三年工作思路" as the only year gave no report year
    text = ("新河镇法治政府建设年度报告\n发布日期：2023年1月29日 星期日\n我镇推进法治政府建设，全年办理案件12件。"
            + BODY.split("三、")[0] + "三、二〇二三年工作思路\n加强培训。")
    m = meta(text)
    assert (m.publish_date, m.report_year) == ("2023-01-29", 2022)
    # a bare date with its weekday over the text is the site's clock
    assert meta(text.replace("发布日期：", "今天是")).publish_date is None


@pytest.mark.parametrize("head, title", [
    # kind n (keep_zongjie_huibao): a report titled as a 汇报
    ("陕西省人民政府2022年法治政府建设推进情况汇报", "陕西省人民政府2022年法治政府建设推进情况汇报"),
    # kind n (keep_next_yaodian_after): the browser's title, the column and the site after the page's
    ("宁乡市夏铎铺镇2022年度法治政府建设工作情况的报告 - 规划计划 - 宁乡市政府门户网站", "宁乡市夏铎铺镇2022年度法治政府建设工作情况的报告"),
])
def test_titles_told_as_a_huibao_or_under_the_sites_name(head, title):
    m = meta(head + "\n2022年，我们推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.report_year) == (title, 2022)


def test_a_title_in_full_width_digits_is_shown_in_the_digits_it_stands_for():
    # form an (txt_fullwidth_latin_digits): "新浦镇人民政府关于２０２４年…" was shown as typed, another title than the plain one's
    m = meta("新浦镇人民政府关于２０２４年法治政府建设情况的年度报告（２０２４年度）\n２０２４年，我镇推进法治政府建设，全年办理案件１２件。" + BODY)
    assert (m.title, m.report_year) == ("新浦镇人民政府关于2024年法治政府建设情况的年度报告（2024年度）", 2024)


def test_a_two_digit_years_publish_date_a_period_line_and_a_bar_after_the_title():
    # metadata j (header_two_digit_year, year_period_line_only, title_site_suffix)
    m = meta("滨海高新区2023年度法治政府建设情况报告\n发布时间：24-03-27\n2023年，我区推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.publish_date, m.report_year) == ("2024-03-27", 2023)
    # the period the report covers is its year, and no date of publication
    m = meta("中山市市场监督管理局法治政府建设年度报告\n报告期间：2025年1月1日—2025年12月31日\n本年以来，我局推进法治政府建设，全年办理案件12件。"
             + BODY.split("三、")[0])
    assert (m.report_year, m.publish_date) == (2025, None)
    m = meta("重庆市长寿区司法局2022年度法治政府建设年度报告 | 重庆市长寿区司法局\n2022年，我局推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.issuer) == ("重庆市长寿区司法局2022年度法治政府建设年度报告", "重庆市长寿区司法局")


@pytest.mark.parametrize("marks", ["“”", "《》", "「」", '""'])
def test_a_title_set_in_quotation_marks_is_the_title(marks):
    m = meta(marks[0] + "西乌珠穆沁旗人民政府2024年度法治政府建设情况报告" + marks[1] + "\n"
             "2024年,全旗各级人民政府坚持以习近平新时代中国特色社会主义思想为指导。" + BODY)
    assert (m.title, m.issuer, m.report_year) == ("西乌珠穆沁旗人民政府2024年度法治政府建设情况报告", "西乌珠穆沁旗人民政府", 2024)


def test_site_clock_is_not_a_publish_date_and_signature_date_is_used():
    m = meta("天津市某区人民政府 2019年12月3日星期二\n某区2024年度法治政府建设情况报告\n2024年，某区推进法治政府建设，全年办理案件12件。"
             + BODY + "\n某区人民政府\n2025年3月20日")
    assert (m.publish_date, m.publish_date_source) == ("2025-03-20", "signature")


def test_published_option_overrides_and_missing_date_is_none():
    text = "新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设，全年办理案件12件。" + BODY
    assert meta(text).publish_date is None
    assert meta(text, published="2025-03-01").publish_date == "2025-03-01"


def test_report_year_skips_book_titles_and_ranges():
    m = meta("根据《法治政府建设实施纲要(2021—2025年)》要求,现将本局2021年法治政府建设情况报告如下。" + BODY)
    assert m.report_year == 2021
    m = meta("2025年,是《法治政府建设实施纲要(2021—2025 年)》收官之年。大河乡推进法治政府建设,办理案件12件。" + BODY)
    assert m.report_year == 2025


@pytest.mark.parametrize(
    "text, why",
    [
        ("【政策解读】关于《某县人民政府关于2023年度法治政府建设工作总结的报告》的政策解读\n一、起草背景\n为贯彻落实法治政府建设要求，起草本报告。", "解读"),
        ("关于印发某县2020年度法治政府建设\n工作安排的通知\n各乡镇人民政府:\n现印发给你们,请认真贯彻执行。\n一、依法全面履行政府职能", "通知"),
        ("2022年上海市政府信息公开工作年度报告\n一、总体情况\n2022年,主动公开市政府规章13件。", "政府信息公开"),
        ("某市创建全国法治政府建设示范市实施方案\n一、总体要求\n坚持以习近平法治思想为指导。", "实施方案"),
        ("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。", "工作要点"),
        ("为进一步推动党政主要负责人履行推进法治建设第一责任人职责,2023年3月21日,某区召开述法会。\n会上,区司法局等党政主要负责人进行现场述法。\n区委书记强调:述法工作是推动法治建设的重要抓手。", "新闻"),
        ("(一)依法行政工作能力建设情况(22分)\n1.推进依法行政领导机制建立及运行情况(6分)\n2.领导干部学法(4分)\n(二)重大行政决策情况(21分)\n1.法治政府建设制度完善(10分)", "考评"),
        ("某市人民政府2024年政府工作报告\n一、过去一年的工作\n全市生产总值增长5%。", "政府工作报告"),
        ("镇巴县人民政府工作规则\n第一章总则\n一、根据《中华人民共和国宪法》，结合本县实际，制定本规则，努力建设法治政府。", "规章制度"),
        ("2025年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告\n本年度，我始终坚持法治思维，带头述法。\n一、工作情况", "述法"),
        ("2024年七五普法工作总结\n一、健全组织机构\n为切实做好普法工作，我局调整了普法依法治理领导小组。", "普法"),
        ("在全县法治政府建设推进会议上的讲话\n同志们：\n刚才，会议通报了全县法治政府建设工作情况。下面，我讲三点意见。", "讲话"),
        ("四平市人民政府关于2019年度全市法治政府建设考核结果的通报\n各县（市）区人民政府：\n现将考核结果通报如下：\n一、优秀单位", "通报"),
    ],
)
def test_documents_that_are_not_annual_reports(text, why):
    m = meta(text)
    assert m.is_report is False and why in m.not_report_reason


@pytest.mark.parametrize(
    "name, level",
    [("慈溪市", "county"), ("延边朝鲜族自治州人民政府", "city"), ("阿里地区行政公署", "city"), ("市人力资源和社会保障局", "department"),
     ("中共黄湾镇委员会 黄湾镇人民政府", "township"), ("东莞滨海湾新区管理委员会", "county"), ("重庆市人民政府", "province"), (None, None)],
)
def test_level_of_issuer(name, level):
    assert level_of(name) == level


def test_as_report_scores_a_rejected_text_and_says_it_was_forced(rubric, contract):
    from scorer.scoring.pipeline import score_text

    text = "某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导，推进法治政府建设，全年办理案件12件。" + BODY
    plain, forced = score_text(text, rubric), score_text(text, rubric, as_report=True)
    assert plain["document"]["is_report"] is False and plain["document"]["is_report_forced"] is False
    assert forced["document"]["is_report"] is True and forced["document"]["is_report_forced"] is True
    # the reason it was taken for something else stays on record for the reviewer
    assert "工作要点" in forced["document"]["not_report_reason"]
    assert any(c["status"] in ("pass", "partial", "fail") for c in forced["checks"])
    assert list(contract.iter_errors(forced)) == []


def test_as_report_on_the_command_line(tmp_path):
    from conftest import run_cli

    f = tmp_path / "要点.txt"
    f.write_text("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导，推进法治政府建设。" + BODY, encoding="utf-8")
    assert run_cli(f, "--format", "json").returncode == 3
    r = run_cli(f, "--format", "json", "--as-report")
    assert r.returncode == 0 and '"is_report_forced": true' in r.stdout


def test_as_report_changes_nothing_for_a_report(rubric):
    from scorer.scoring.pipeline import score_text

    text = "新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设，全年办理案件12件。" + BODY
    a, b = score_text(text, rubric), score_text(text, rubric, as_report=True)
    assert a["document"]["is_report_forced"] is b["document"]["is_report_forced"] is False
    assert a["score"] == b["score"]


@pytest.mark.parametrize(
    "text, issuer, level",
    [
        # a bureau under a city department keeps its parent's name as its prefix
        ("深圳市交通运输局龙岗管理局2024年法治政府建设工作报告\n2024年,我局坚持依法行政,全年办理案件12件。", "深圳市交通运输局龙岗管理局", "department"),
        # the generic name of an autonomous prefecture's department, as the title writes it
        ("州生态环境局2022年度法治政府建设报告\n2022年,我局深入学习贯彻习近平法治思想,全年办理案件12件。", "州生态环境局", "department"),
        # a department that calls itself 我局 and names itself in full once, as a sentence's subject
        ("2021年,在市委、市政府的坚强领导下,我局深入推进法治政府部门建设。清水市交通运输局被表彰为先进集体。现将有关情况报告如下:",
         None, None),
        ("2021年,在市委、市政府的坚强领导下,我局深入推进法治政府部门建设。盐城市交通运输局被表彰为先进集体。现将有关情况报告如下:",
         "盐城市交通运输局", "department"),
        # a 街道 that calls itself X街, named with its organs, opening the report
        ("2024年,鹤龙街坚持以习近平法治思想为指导,推进鹤龙街党政主要负责人履行第一责任人职责。现将2024年法治政府建设工作报告如下:",
         "鹤龙街道办事处", "township"),
    ],
)
def test_issuers_of_departments_and_sub_districts(text, issuer, level):
    m = meta(text + BODY)
    if issuer is None:  # a place the gazetteer does not know is not read as the department's
        assert m.issuer != "清水市交通运输局"
        return
    assert (m.issuer, m.level) == (issuer, level)


@pytest.mark.parametrize(
    "text, issuer, level",
    [
        # a province named as people say it is completed to its division's full name
        ("2024年,广东坚持以习近平新时代中国特色社会主义思想为指导,扎实推动法治政府建设取得积极成效。现将有关情况报告如下。"
         "\n省政府认真学习贯彻国务院组织法,省政府常务会议听取法治政府建设情况汇报,全省累计培训1.2万人次。",
         "广东省", "province"),
        # a traditional-script mirror with a converter's pinyin after its characters; 全區/我區 of a 自治區
        ("2022年,我區(qū)堅(jiān)持以習(xí)近平法治思想為指導(dǎo),推動(dòng)法治政府建設(shè)取得新進(jìn)展。"
         "現(xiàn)將有關(guān)情況報(bào)告如下:\n自治區(qū)人民政府把學(xué)習(xí)貫徹習(xí)近平法治思想作為重大政治責(zé)任,"
         "引領(lǐng)全區(qū)上下深刻領(lǐng)會(huì)精髓要義,全區(qū)累計(jì)組織各類學(xué)習(xí)1.2萬余次,編寫《法治內(nèi)蒙古建設(shè)讀本》。"
         "自治區(qū)人民政府常務(wù)會(huì)議專題研究法治政府建設(shè)議題12次,全區(qū)法治政府建設(shè)穩(wěn)步推進(jìn)。",
         "内蒙古自治区人民政府", "province"),
        # a ministry of the State Council, under the name it had before the 2018 reform
        ("2017年,原环境保护部深入学习宣传贯彻党的十九大精神,扎实推进生态环境保护领域法治政府建设工作,取得较好进展。",
         "环境保护部", "department"),
        ("2016年,环境保护部认真落实党中央、国务院决策部署,全年修订部门规章5件。", "环境保护部", "department"),
    ],
)
def test_issuers_named_as_people_say_them(text, issuer, level):
    m = meta(text + BODY)
    assert (m.issuer, m.level) == (issuer, level)


def test_a_district_of_an_autonomous_region_keeps_its_own_level():
    # the pair of the 自治区 case above: a district that names its own organs (区委、区政府) is a county
    m = meta("2023年,我区在自治区党委、自治区人民政府的坚强领导下,推进法治政府建设。区委、区政府高度重视,"
             "全区累计培训干部1200人次,区政府常务会议学法4次。现将有关情况报告如下:" + BODY)
    assert m.level == "county"


@pytest.mark.parametrize("city_words", ["", "推进我市法治政府建设,全市司法行政工作稳步推进,市政府常务会议学法4次,市政府规章2件,市政府决策3项。"])
def test_a_report_that_speaks_as_we_the_bureau_is_a_departments(city_words):
    # 我局 as the subject of the opening sentence wins over the city the text names more often
    m = meta("2022年,我局始终坚持以习近平法治思想为指导,紧紧围绕市委、市政府中心工作,助力更高水平的法治莆田建设。"
             + city_words + "现将一年来的工作情况总结报告如下:" + BODY)
    assert m.level == "department"
    assert m.issuer != "莆田市人民政府"


BUREAU_OPENING = ("2022年,我局始终坚持以习近平法治思想为指导,紧紧围绕市委、市政府中心工作,推进我市法治政府建设,"
                  "助力更高水平的法治莆田建设。现将一年来的工作情况总结报告如下:")


@pytest.mark.parametrize(
    "page, issuer",
    [
        # the page's 发布机构 names the bureau with no place: the place from the site's chrome
        ("莆田市人民政府\n首页 > 政务公开\n发布机构:司法局 发布日期:2023-03-03", "莆田市司法局"),
        # … or, with no site name, from the city the text speaks of
        ("首页 > 政务公开\n发布机构:司法局 发布日期:2023-03-03", "莆田市司法局"),
        # the site's own name in its chrome, with or without 网站
        ("莆田市司法局\n首页 > 政务公开 > 法治政府建设\n发布日期:2023-03-03", "莆田市司法局"),
        ("莆田市司法局门户网站\n首页 > 政务公开\n发布日期:2023-03-03", "莆田市司法局"),
        # the city's site names no department: the report stays a department's, with no issuer read
        ("首页 > 莆田市人民政府 > 政务公开\n发布日期:2023-03-03", None),
    ],
)
def test_a_bureau_named_by_its_page_wins_over_the_city_in_the_chrome(page, issuer):
    m = meta(page + "\n" + BUREAU_OPENING + BODY)
    assert (m.issuer, m.level) == (issuer, "department")


TOWNSHIP_OPENING = ("2024年,在县委、县政府的坚强领导下,我乡积极作为,坚定遵循习近平法治思想,致力于法治政府的深入构建。"
                    "现将有关情况报告如下:\n我乡把法治舒桥建设作为重点任务,乡长履行第一责任人职责,本乡全年办理案件12件。")


@pytest.mark.parametrize(
    "page, issuer",
    [
        ("", "舒桥乡人民政府"),  # named only in 法治舒桥建设: the place with the unit it calls itself by (我乡)
        ("首页 > 乡镇街道 > 舒桥乡\n", "舒桥乡人民政府"),  # and in the page's navigation
    ],
)
def test_a_township_that_says_only_we_the_township(page, issuer):
    m = meta(page + TOWNSHIP_OPENING + BODY)
    assert (m.issuer, m.level) == (issuer, "township")


def test_a_township_site_name_when_the_text_names_no_place():
    m = meta("首页 > 乡镇街道 > 舒桥乡\n" + TOWNSHIP_OPENING.replace("法治舒桥建设", "法治乡村建设") + BODY)
    assert (m.issuer, m.level, m.issuer_source) == ("舒桥乡人民政府", "township", "page")
    m = meta(TOWNSHIP_OPENING.replace("法治舒桥建设", "法治乡村建设") + BODY)
    assert m.issuer is None and m.level == "township"  # 法治乡村 names a kind of place, not this one


@pytest.mark.parametrize(
    "text, issuer",
    [
        # 我局 and its own field named beside the city's self-reference: the city's bureau of that field
        ("2024年,我局在市委市政府的正确领导下,紧紧围绕我市水利改革发展目标任务,全面推进依法行政工作。"
         "现将一年来有关工作情况汇报如下:\n我局成立了依法行政工作领导小组,局长为第一责任人。", "市水利局"),
        # … with its city named by the text
        ("2023年,我局坚持以习近平法治思想为指导,推进全市司法行政工作和法治莆田建设,服务莆田市经济社会发展。"
         "现将有关情况报告如下:\n我局全年办理行政复议案件214件。", "莆田市司法局"),
        # a field two bureaus share as often: no guess
        ("2024年,我局紧紧围绕我市水利改革和全市统计工作,全面推进依法行政工作。现将有关情况汇报如下:\n我局局长为第一责任人。",
         None),
        # the work it calls its own (…核心业务, …各项工作, …系统), its place named by no name but its unit,
        # and the kind it speaks as (我委: the 委员会, not the 局 of the same field)
        ("市委、市政府:\n2024年,我委在市委、市政府的领导下,将法治建设与卫生健康核心业务深度融合。现将有关情况报告如下:\n"
         "我委全年审查合同12份。", "市卫生健康委员会"),
        ("2024年,我局紧紧围绕市委中心工作,推进全面依法治市和司法行政各项工作。现将有关情况报告如下:\n我局全年办理复议案件21件。",
         "市司法局"),
    ],
)
def test_a_bureau_known_by_its_field_of_work(text, issuer):
    m = meta(text + BODY)
    assert (m.issuer, m.level) == (issuer, "department")


@pytest.mark.parametrize(
    "opening, issuer",
    [
        # the field's system of the place the text speaks of: its bureau, however often the city is named
        ("2022年,全市司法行政系统在市委、市政府的正确领导下,紧扣全市中心工作,推进法治遂宁建设,服务全市发展大局。", "遂宁市司法局"),
        # the place named in full before its system (上海市教育系统), the bureau by the unit it speaks as (我局)
        ("上海市教育系统深入贯彻落实全市依法治市的各项要求,积极推进依法行政、依法治校,服务上海市发展。", "上海市教育局"),
    ],
)
def test_a_report_that_speaks_as_a_fields_system_is_a_departments(opening, issuer):
    m = meta(opening + "现将有关情况报告如下:\n我局全年办理行政复议案件214件,全市法治政府建设稳步推进。" + BODY)
    assert (m.issuer, m.level) == (issuer, "department")
    # the place's own work system is no field's: 全市各级机关 stays the city's
    m = meta("2022年,全市各级机关在市委、市政府的正确领导下,推进法治遂宁建设。全市法治政府建设稳步推进。现将有关情况报告如下:\n"
             "市政府全年办理行政复议案件214件。" + BODY)
    assert m.level == "city"


def test_a_district_that_names_its_region_once_stays_a_county():
    # one 自治区 against many 我区/全区 and no organs either way: the district's, as before
    m = meta("2023年,我区在自治区党委的坚强领导下,推进法治政府建设,全区累计培训干部1200人次。"
             "我区全年办理行政复议案件12件,全区法治宣传持续深入。现将有关情况报告如下:" + BODY)
    assert m.level == "county"


# ---------------------------------------------------------------- issue 22: the place completed from the page
# Lines of first-sight pages (tests/firstsight/pages-fresh: fsc-010, fsc-021, fsc-030, fsc-035), each with a pair
# that must not be read the same way.

TOWN_OPENING = ("区委、区政府:\n2024年,在区委、区政府的坚强领导下,我镇以习近平新时代中国特色社会主义思想为指导,深入开展和推进"
                "法治政府建设工作。现将我镇2024年推进法治建设工作情况汇报如下:\n一、2024年度法治政府工作总结\n"
                "(一)加强组织领导,法治建设推进有力。一是健全组织机构。成立由党委书记、镇长任组长的镇法治建设领导小组。"
                "二是完善工作机制。将法治政府建设工作纳入了{named}发展总体规划和年度工作计划。三是强化工作保障。"
                "进一步推动在镇法治建设领导小组的统一领导下,依托镇平安办、自然资源、城管等部门开展依法行政工作。")


@pytest.mark.parametrize(
    "named, issuer",
    [
        ("东庄镇", "东庄镇人民政府"),  # named once, with no organ after it: the one name of its unit in the text
        ("全镇", None),  # no name at all: 依托镇 is a verb before the unit, never a town
        ("东庄镇和西庄镇", None),  # two towns named alike: no guess
    ],
)
def test_a_township_that_names_itself_once_in_its_body(named, issuer):
    m = meta(TOWN_OPENING.format(named=named))
    assert (m.issuer, m.level) == (issuer, "township")


def test_a_street_office_that_names_itself_only_in_its_documents():
    # pages-u (荷城街道): 街道 is the unit and a common word; the one name before it went unread
    text = ("为全面推进依法行政，加强法治政府建设，街道各项工作法治化水平进一步提升。结合荷城街道实际，现将有关情况报告如下：\n"
            "一、2022年度法治政府建设工作的基本情况\n2022年在法治政府建设中，我街道加强行政决策管理，健全完善"
            "《荷城街道行政决策程序规定》，全年审查合同12份。")
    m = meta(text)
    assert (m.issuer, m.level) == ("荷城街道办事处", "township")


def test_a_bureau_that_names_itself_only_by_its_heads_title():
    # pages-u (汕尾 市公安局): 我局 in the opening; the bureau named only as its head's: 市公安局党委书记、局长
    text = ("按照《法治政府建设与责任落实督察工作规定》的要求，现将我局法治政府建设年度情况报告如下：\n一、法治政府建设工作情况\n"
            "2019年度为加强对我局法治政府建设工作的领导，我局成立以市政府副市长、市公安局党委书记、局长李世华任组长，"
            "市局其他班子成员为副组长的法治政府建设工作领导小组，全年办理行政复议案件12件。")
    m = meta(text)
    assert (m.issuer, m.level) == ("市公安局", "department")


def test_a_label_over_the_first_paragraph_is_no_opening_sentence():
    # kind j (keep_zongti_numbers): "总体情况" and a paragraph of figures said 我局 before the paragraph naming the
    # bureau; the report was read as the city government's
    text = ("关于2024年法治政府建设情况的报告\n总体情况\n2024年，我局法治政府建设总体情况如下：全年审查规范性文件28件，"
            "办理行政复议案件29件。\n2024年，在市委、市政府正确领导下，市司法局深入学习贯彻习近平法治思想，推进大连法治政府建设。"
            "\n一、主要举措和成效\n全年审查合同76份。")
    m = meta(text)
    assert (m.issuer, m.level) == ("大连市司法局", "department")


COMMISSION_OPENING = ("2024年,是实现“十四五”规划目标任务的关键之年。本年度县教委深入贯彻落实党的二十大精神,更好地服务保障"
                      "{place}教育高质量发展。具体推进落实情况报告如下。\n一、2024年度推进法治政府建设的主要举措和成效\n"
                      "(一)强化政治学习,进一步提升法治理论水平\n我委深学笃用习近平法治思想,为我县推进教育改革发展提供坚实法治保障。")


@pytest.mark.parametrize(
    "place, issuer",
    [
        ("巫溪", "巫溪县教育委员会"),  # the county's short name before the commission's own field
        ("全县", "县教委"),  # no place named: the commission as the text names it, in its own words
        ("三峡", "县教委"),  # a short name that is no county's (三峡县 is not in the gazetteer)
    ],
)
def test_a_county_department_takes_its_county_from_its_fields_short_name(place, issuer):
    m = meta(COMMISSION_OPENING.format(place=place) + BODY)
    assert (m.issuer, m.level) == (issuer, "department")


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("阿坝州2021年法治政府建设工作情况报告", "阿坝州"),  # an autonomous prefecture as people write it, kept so
        ("黔西南州人民政府关于2020年度法治政府建设情况的报告", "黔西南州人民政府"),
        ("阿坝县2021年法治政府建设工作情况报告", "阿坝县"),  # the prefecture's county of the same stem stays a county
    ],
)
def test_an_autonomous_prefecture_named_as_its_short_name_and_zhou(title, issuer):
    m = meta(title + "\n2021年是全面贯彻落实《法治政府建设实施纲要(2021—2025年)》的开局之年,法治政府建设各项工作取得明显成效。" + BODY)
    assert (m.issuer, m.issuer_source) == (issuer, "title")
    assert m.level == ("county" if "县" in issuer else "city")


@pytest.mark.parametrize(
    "plan, issuer",
    [
        ("《西安市雁塔区2025年法治政府建设工作要点》", "雁塔区人民政府办公室"),  # the district after its city, in a document's name
        ("《雁塔区2025年法治政府建设工作要点》", "雁塔区人民政府办公室"),
        ("全区法治政府建设工作要点", "区政府办"),  # no district named: no guess; the name as the page writes it
    ],
)
def test_a_district_office_takes_its_district_from_a_document_it_names(plan, issuer):
    m = meta("区政府办2025年度法治政府建设工作报告\n2025年,区政府办深入贯彻习近平法治思想,全面落实" + plan
             + ",扎实推进法治政府建设各项任务,为推进中国式现代化雁塔实践提供了坚实法治保障。现将本年度工作情况报告如下:" + BODY)
    assert (m.issuer, m.level) == (issuer, "department")


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("伊犁州2022年法治政府建设情况报告", "伊犁州"),  # a nationality written without 族 is not part of the short name
        ("巴音郭楞州2022年法治政府建设情况报告", "巴音郭楞州"),
    ],
)
def test_prefectures_whose_names_write_a_nationality_without_zu(title, issuer):
    m = meta(title + "\n2022年,全州坚持以习近平法治思想为指导,法治政府建设各项工作取得明显成效。" + BODY)
    assert (m.issuer, m.level) == (issuer, "city")


def test_the_gazetteers_short_names_are_its_build_tools():
    # the short column is derived from each name by tools/build_gazetteer.py, never typed in by hand
    import importlib.util

    from scorer.document import places

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rows = [r for r in places._rows() if r[2] != "county"]
    assert rows and all(r[5] == build.short_name(r[1]) for r in rows)


@pytest.mark.parametrize(
    "text, issuer, level",
    [
        # a joint signature with no place: 中共 stays before the county the text names as a body
        ("2023年,我县坚持以习近平法治思想为指导,中共平利县委高度重视,全县办理案件12件。现将有关情况报告如下:" + BODY
         + "\n\n中共县委 县人民政府\n2024年1月20日", "中共平利县委、平利县人民政府", "county"),
        # a township's 镇党委、镇政府 takes the town the text names with its organs
        ("镇党委、镇政府关于2023年度法治政府建设情况的报告\n2023年,东庄镇党委坚持以习近平法治思想为指导,东庄镇人民政府"
         "办理案件12件。" + BODY, "东庄镇党委、东庄镇人民政府", "township"),
        ("镇党委、镇政府关于2023年度法治政府建设情况的报告\n2023年,镇党委坚持以习近平法治思想为指导,镇政府办理案件12件。" + BODY,
         "镇党委、镇政府", "township"),
    ],
)
def test_a_joint_issuer_with_no_place_takes_it_from_the_text(text, issuer, level):
    m = meta(text)
    assert (m.issuer, m.level) == (issuer, level)


FLATTENED_FIELDS = ("- 索 引 号:4311230009/2025-00578 分 类:\n-\n发文机关:\n双牌县教育局 发文日期:2025-02-25 15:58 - 名称:\n"
                    "{title} - 文号:\n2024年,双牌县教育局在县委、县政府的正确领导下,坚持以习近平法治思想为指导,让法治政府建设上了新台阶。"
                    "现将有关情况报告如下:")


@pytest.mark.parametrize(
    "title, read",
    [
        # a field table flattened so that each line holds a value and the next field's label (fsc-019)
        ("中共双牌县教育局党组2024年度法治政府建设年度报告", "中共双牌县教育局党组2024年度法治政府建设年度报告"),
        ("", None),  # the label alone is a field line, never a title
    ],
)
def test_a_title_followed_by_the_next_fields_label(title, read):
    m = meta(FLATTENED_FIELDS.format(title=title) + BODY)
    assert m.title == read
    assert (m.issuer, m.report_year, m.publish_date) == ("双牌县教育局", 2024, "2025-02-25")


@pytest.mark.parametrize(
    "title, issuer",
    [
        # a department's party group reports for the department (fsc-019's title)
        ("中共双牌县教育局党组2024年度法治政府建设年度报告", "双牌县教育局"),
        ("中共双牌县委2024年度法治建设工作报告", "中共双牌县委"),  # the county's committee stays the committee
        # a national agency's local office, named after the agency (a site's chrome: 国家税务总局嘉兴市税务局)
        ("国家税务总局嘉兴市税务局2024年法治税务建设情况报告", "国家税务总局嘉兴市税务局"),
        ("国家税务总局2024年法治政府建设情况报告", "国家税务总局"),
        # a bureau under a city department, named for the district it serves, keeps its parent as its prefix
        ("深圳市市场监督管理局龙岗监管局2024年法治政府建设年度报告", "深圳市市场监督管理局龙岗监管局"),
    ],
)
def test_departments_named_with_their_party_group_parent_or_agency(title, issuer):
    m = meta(title + "\n2024年,我局坚持以习近平法治思想为指导,推进法治政府建设。现将有关情况报告如下:" + BODY)
    assert (m.issuer, m.issuer_source) == (issuer, "title")


BUREAU_TEXT = "\n2023年,我局坚持以习近平法治思想为指导,全局办理行政复议案件12件。现将有关情况报告如下:" + BODY


@pytest.mark.parametrize(
    "page, signature, issuer",
    [
        # a title that names the bureau with its unit only; its place from the page's other names of it
        ("来源:平利县司法局 发布时间:2024-01-20\n", "", "平利县司法局"),  # a 来源 field
        ("平利县司法局\n首页 > 政务公开\n", "", "平利县司法局"),  # the site's own name
        ("", "\n\n平利县司法局\n2024年1月20日", "平利县司法局"),  # the signature
        ("", "\n\n平利县公安局\n2024年1月20日", "县司法局"),  # another bureau's name is not this one's
        ("", "", "县司法局"),  # named nowhere: as the title names it
    ],
)
def test_a_generic_title_takes_its_place_from_the_page(page, signature, issuer):
    m = meta(page + "县司法局2023年法治政府建设年度报告" + BUREAU_TEXT + signature)
    assert (m.issuer, m.level) == (issuer, "department")


def test_a_generic_signature_takes_its_place_from_the_sites_name():
    m = meta("东庄镇人民政府\n首页 > 政务公开\n2023年,我镇坚持以习近平法治思想为指导,全镇办理案件12件。现将有关情况报告如下:"
             + BODY + "\n\n镇人民政府\n2024年1月20日")
    assert (m.issuer, m.level) == ("东庄镇人民政府", "township")


def test_a_department_speaking_as_we_never_takes_its_countys_committee_for_itself():
    m = meta("发布机构:县发展和改革委员会 发布时间:2024-01-20\n2023年,我委坚持以习近平法治思想为指导,服务全县经济社会发展,"
             "中共平利县委高度重视。现将有关情况报告如下:" + BODY)
    assert (m.issuer, m.level) == ("平利县发展和改革委员会", "department")


def test_the_first_responsible_rules_every_body_is_no_self_reference():
    # fsc-033: a banner's report quoting "推进本地本部门法治政府建设第一责任人职责" is still the banner's
    m = meta("2022年,旗政府在旗委统一领导下,履行法治政府建设主体责任。各级政府及其部门主要负责人要切实履行推进本地本部门"
             "法治政府建设第一责任人职责。\n一、持续提升科学民主依法决策水平\n旗政府严格执行重大行政决策程序,"
             "制定《2022年度杭锦旗人民政府重大行政决策事项目录》。" + BODY)
    assert (m.issuer, m.level) == ("杭锦旗人民政府", "county")


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("小寨路街道办2024年法治政府建设工作报告", "小寨路街道办事处"),  # 街道办, as people write the 街道办事处
        ("小寨路街道党工委、办事处关于2024年法治政府建设情况的报告", "小寨路街道党工委、小寨路街道办事处"),
        ("东庄镇党委、政府关于2024年法治政府建设情况的报告", "东庄镇党委、东庄镇人民政府"),  # the place named once for both
        ("平利县政府办2024年法治政府建设工作报告", "平利县政府办"),  # a government's 办 is its office, not a 街道's
    ],
)
def test_a_township_named_once_for_both_its_bodies_or_with_jiedaoban(title, issuer):
    m = meta(title + "\n2024年,我街道坚持以习近平法治思想为指导,推进法治政府建设。现将有关情况报告如下:" + BODY)
    assert (m.issuer, m.issuer_source) == (issuer, "title")


@pytest.mark.parametrize(
    "words, issuer",
    [("推进“法治舒桥”建设", "舒桥乡人民政府"), ("推进“法治乡村”建设", None)],  # the quoted slogan, and its pair
)
def test_a_township_named_only_in_its_quoted_rule_of_law_slogan(words, issuer):
    m = meta(TOWNSHIP_OPENING.replace("把法治舒桥建设作为重点任务", words) + BODY)
    assert (m.issuer, m.level) == (issuer, "township")


@pytest.mark.parametrize(
    "chrome",
    ["欢迎访问平利县司法局网站", "平利县司法局欢迎您", "版权所有:平利县司法局 技术支持:某某网络公司"],
)
def test_the_sites_own_name_in_its_greeting_or_copyright_line(chrome):
    m = meta(chrome + "\n首页 > 政务公开\n" + BUREAU_TEXT)
    assert (m.issuer, m.level, m.issuer_source) == ("平利县司法局", "department", "page")


def test_two_bodies_in_the_chrome_are_no_sites_name():
    m = meta("版权所有:平利县司法局 承办:平利县公安局\n首页 > 政务公开\n" + BUREAU_TEXT)
    assert m.issuer is None and m.level == "department"


@pytest.mark.parametrize("field", ["[ 发布机构 ] 平利县司法局 [ 发布日期 ] 2025-01-20", "来源单位:平利县司法局", "发文单位:平利县司法局"])
def test_a_department_named_only_in_a_field_of_the_page(field):
    m = meta(field + "\n" + BUREAU_TEXT)
    assert (m.issuer, m.level, m.issuer_source) == ("平利县司法局", "department", "page")


def test_a_common_word_before_the_field_is_no_place():
    # 平安教育 (safety education) is a word, though 平安区 is a county: a 区教委 does not become 平安区's
    m = meta(COMMISSION_OPENING.replace("县教委", "区教委").replace("我县", "我区").format(place="平安") + BODY)
    assert (m.issuer, m.level) == ("区教委", "department")


@pytest.mark.parametrize("bullet", ["", "• ", "◦ "])
def test_a_field_block_under_the_headline_with_its_own_labels_and_bullets(bullet):
    # a government site's file card under the headline: 发文机构 and 公文时效 are fields too, bulleted or not
    fields = ["索引号:1495410037/gyz1/2022-00021", "发文字号:", "发文机构:gyz1", "名称:2021年法治政府建设工作情况报告",
              "公文时效:", "发布日期:2022-03-31"]
    text = "\n".join(["2021年法治政府建设工作情况报告", ""] + [f"  {bullet}{f}" for f in fields] +
                     ["", "公义镇人民政府", "2021年，我镇深入推进法治政府建设。"]) + BODY
    m = meta(text)
    assert (m.publish_date, m.title) == ("2022-03-31", "2021年法治政府建设工作情况报告")


# ---------------------------------------------------------------- pages-e: names a first reading cut or missed


@pytest.mark.parametrize(
    "title, issuer, level",
    [
        # a zone and a district that are one administration: the second name in brackets (pages-e fse-002)
        ("高新区(新市区)人民政府2024年法治政府建设工作报告", "高新区(新市区)人民政府", "county"),
        ("高新区（新市区）人民政府2024年法治政府建设工作报告", "高新区(新市区)人民政府", "county"),
    ],
)
def test_a_place_with_its_second_name_in_brackets_is_one_place(title, issuer, level):
    m = meta(title + "\n2024年,在区委的坚强领导下,区人民政府坚持以习近平法治思想为指导,深入推进法治政府建设。" + BODY)
    assert (m.issuer, m.level, m.issuer_source) == (issuer, level, "title")


def test_a_list_in_brackets_is_no_second_name():
    from scorer.document import organs

    assert organs.prefix("各县(市、区)人民政府", strict=False) is None
    assert organs.prefix("市司法局(市委依法治市办)", strict=True)[1] == len("市司法局")


# A district bureau that says only 我局 and names its district once, before its own field (pages-e fse-009).
YUNXI = ("在区委区政府的正确领导下,在依法治区办及上级主管部门的具体指导下,我局深入学习贯彻习近平法治思想,落实区委区政府各项决策部署,"
         "大力加强法治政府部门建设。现将2025年度法治部门建设工作情况报告如下。\n一、推进法治政府建设工作主要措施和成效\n"
         "2025年,因云溪区交通运输综合行政执法权整体上收,我局调整工作思路,理顺工作机制,行政执法权重心转为行政检查和行政审批。"
         "2025年全年开展行政检查388余次,对全区20家危险化学品运输企业实现全覆盖检查。")


def test_a_bureau_that_names_its_district_only_before_its_field_of_work():
    m = meta(YUNXI)
    assert (m.issuer, m.level, m.issuer_source) == ("云溪区交通运输局", "department", "inferred")
    # the district named before no field of work: no bureau to build, no guess
    m = meta(YUNXI.replace("云溪区交通运输综合行政执法权", "云溪区机构改革后执法权"))
    assert m.issuer is None


# A bureau's report published with a note that quotes its name (pages-e fse-039); the body says 市文化旅游局.
LINCANG = ("根据按照中共临沧市委全面依法治市委员会办公室《关于报送2025年度法治政府建设工作情况报告的通知》要求,"
           "现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n"
           "2025年,市文化旅游局在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想,紧扣法治政府建设总目标,"
           "严格对标《法治临沧建设规划(2021-2025年)》任务要求,将法治建设贯穿文旅工作全领域、全过程。现将2025年度法治政府建设情况报告如下:")


def test_a_report_named_in_its_publication_note_names_its_issuer():
    m = meta(LINCANG + BODY)
    assert (m.issuer, m.level, m.issuer_source) == ("临沧市文化和旅游局", "department", "opening")


def test_a_bureau_written_without_he_is_the_same_department():
    # without the note, the body's own 市文化旅游局 (文化和旅游局 as people write it), placed by the city it names
    m = meta(LINCANG.split("\n", 1)[1] + BODY)
    assert (m.issuer, m.level) == ("临沧市文化和旅游局", "department")


def test_a_ministry_known_by_the_documents_it_issued():
    # no title, no 我部, no place: the body whose own documents the text says it issued (pages-e fse-042)
    text = ("一、关于履行政府职能\n(一)深入推进文化和旅游领域“放管服”改革。印发《文化和旅游部办公厅关于推进政府职能转变和"
            "“放管服”改革相关工作任务分工方案》,持续优化营商环境。\n(二)加强文化和旅游市场监管。印发《文化和旅游部关于实施旅游"
            "服务质量提升计划的指导意见》,不断增强旅游市场秩序治理能力。印发《游戏游艺设备管理办法》等文件。")
    m = meta(text, as_report=True)
    assert (m.issuer, m.level, m.issuer_source) == ("文化和旅游部", "department", "inferred")
    # one such document is no evidence of who the text is
    m = meta(text.replace("印发《文化和旅游部关于实施", "落实《国务院关于实施"), as_report=True)
    assert m.issuer is None


@pytest.mark.parametrize("byline", ["上海市统计局 2020-06-08", "2020-06-08", "上海市统计局 2020年6月8日"])
def test_a_headline_that_carries_its_issuer_and_date_is_the_title(byline):
    # the title, the issuer and the date on one line, set apart by spaces (pages-e fse-019)
    m = meta(f"上海市统计局2019年度法治政府建设情况报告 {byline}\n\n2019年,我局深入贯彻落实习近平法治思想,推进法治政府建设。"
             + BODY)
    assert (m.title, m.title_line, m.issuer, m.report_year) == ("上海市统计局2019年度法治政府建设情况报告", 1, "上海市统计局", 2019)
    assert m.publish_date == "2020-06-08"


def test_a_headline_with_other_words_after_it_is_not_cut():
    m = meta("上海市统计局2019年度法治政府建设情况报告 点击量 2020-06-08\n\n2019年,我局推进法治政府建设。" + BODY)
    assert m.title is None


# ---------------------------------------------------------------- pages-f: names a first reading missed or rewrote


# A 街道 with no title names itself as the subject of its opening, after a clause that says when (pages-f fsf-015).
LIRANGJIE = ("2024年以来,礼让街街道办事处在区委、区政府的领导下,坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻"
             "习近平法治思想,全面落实《城中区2024年法治政府建设工作要点》的要求,以法治政府建设为引领,扎实推动法治政府建设。"
             "现将2024年度法治政府建设工作汇报如下:")


def test_a_township_whose_name_holds_a_function_word_inside_a_word_of_its_own():
    # 让 is a function word in running text ("让群众…"), but in 礼让 it is part of a verb: the name stands
    m = meta(LIRANGJIE + BODY)
    assert (m.issuer, m.level, m.issuer_source) == ("礼让街街道办事处", "township", "opening")


@pytest.mark.parametrize("opening", [
    "2024年以来,在东庄镇人民政府的领导下,各村认真开展普法工作。",  # 在 opens the clause: no name
    "2024年以来,加强对镇政府工作人员的法治培训,开展学法活动。",  # 强对 is no word: 对 is the preposition
    "2024年以来,积极为镇政府决策提供法律意见,开展学法活动。",  # 极为 is an adverb
])
def test_a_function_word_before_a_township_still_bars_the_name(opening):
    m = meta(opening + BODY)
    assert m.issuer is None or not m.issuer.endswith(("镇人民政府", "镇政府")), m.issuer


def test_own_township_reads_a_street_office_named_with_its_organs():
    from scorer.document.metadata import own_township

    text = "礼让街街道党工委召开专题会议,研究部署法治建设。礼让街街道党工委书记带头讲法治课。"
    assert own_township(text) == "礼让街街道"
    assert own_township(text.replace("礼让街", "在东庄")) == "东庄街道"  # 在 before the name is a preposition


# A town that says only 我镇 and names itself in the documents it issued (pages-f fsf-033).
SHUIKOU = ("2024年,在县委、县政府的领导下,我镇全面贯彻落实《法治政府建设实施纲要(2021—2025年)》等国家、省、市工作部署,"
           "推进法治政府建设纵深发展,取得积极成效。现将有关情况报告如下。\n"
           "一、2024年度推进法治政府建设的主要举措和成效\n(一)党委负责人严格履行法治建设第一责任人职责\n"
           "一是持续深入学习法治思想。多次组织普法活动、廉政教育,结合水口镇的工作特点,以案释法、以法析案。"
           "三是统筹推进法治政府建设工作。镇党代会报告、政府工作报告,专章部署法治建设工作。"
           "出台《水口镇2024年依法治镇工作要点》《水口镇“建五型机关 做担当表率”工作方案》等工作方案,推动法治国家、"
           "法治政府、法治社会一体建设。")


def test_a_town_named_by_the_documents_it_issued():
    # 水口 is a common noun to the dictionary; opening a document's name, it is the town's
    m = meta(SHUIKOU)
    assert (m.issuer, m.level) == ("水口镇人民政府", "township")
    # named only in running text ("结合水口镇的…"), the town is no surer than a word: no guess
    m = meta(SHUIKOU.replace("出台《水口镇2024年依法治镇工作要点》《水口镇“建五型机关 做担当表率”工作方案》等工作方案,", ""))
    assert m.issuer is None
    # a 局 report never takes a town for itself
    m = meta(SHUIKOU.replace("我镇", "我局"))
    assert m.issuer != "水口镇人民政府"


def test_a_department_keeps_the_name_its_page_writes():
    # the title writes 教育体育局 (pages-f fsf-020): the lexicon's 教育和体育局 is a name the page never uses
    m = meta("西山区教育体育局2023年法治政府建设工作报告\n根据要求,现将西山区教育体育局2023年法治政府建设工作情况报告如下:" + BODY)
    assert (m.issuer, m.level, m.issuer_source) == ("西山区教育体育局", "department", "title")
    # a short form completed with its place is the full name: the page wrote neither whole
    m = meta("2021年,市人社局深入学习贯彻习近平法治思想。现将市人社局2021年法治政府建设情况报告如下:"
             "\n一、主要举措\n天津市各级人社部门推进依法行政。天津市人民政府高度重视。" + BODY)
    assert m.issuer in (None, "天津市人力资源和社会保障局")


def test_a_provincial_sasac_is_named_as_the_governments_body():
    # 省国资委 with 广东 named in the text (pages-f fsf-024): 广东省人民政府国有资产监督管理委员会
    m = meta("2024年,在省委、省政府的正确领导下,省国资委坚持以习近平新时代中国特色社会主义思想为指导,根据"
             "《广东省法治政府建设实施纲要》《法治广东建设规划(2021—2025年)》等文件要求,全面推进国资国企各方面工作法治化。"
             "\n一、2024年度法治政府建设主要工作及成效\n一是学深悟透党的创新理论。省国资委党委始终将习近平法治思想作为"
             "委党委理论学习中心组重要学习内容。" + BODY)
    assert (m.issuer, m.level) == ("广东省人民政府国有资产监督管理委员会", "department")
    # the same body as a city writes it: 市政府国资委, the page's own wording with its city
    m = meta("武汉市政府国资委2025年法治政府建设情况报告\n2025年,市政府国资委深入学习贯彻习近平法治思想。" + BODY)
    assert (m.issuer, m.level) == ("武汉市政府国资委", "department")


def test_the_forms_of_a_department_share_one_key_across_years_and_rosters():
    from scorer.round.analyses.followup import issuer_key
    from scorer.round.letters import _same_unit

    assert issuer_key("西山区教育体育局") == issuer_key("西山区教育和体育局") != issuer_key("西山区卫生健康局")
    assert _same_unit("西山区教育和体育局", "西山区教育体育局")
    assert not _same_unit("西山区卫生健康局", "西山区教育体育局")


# pages-g 011: a ministry's report inside a news item, its own title after a three-line lead
NEWS_LEAD = ("3月27日,生态环境部发布2024年法治政府建设情况的报告。\n"
             "报告文件指出,依法加强固体废物和新污染物治理。加快制定废光伏组件污染控制技术规范。\n"
             "详情如下:\n")
MINISTRY_REPORT = ("生态环境部2024年法治政府建设情况的报告\n"
                   "2024年,生态环境部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n"
                   "一、2024年推进法治政府建设情况\n(一)深入学习贯彻落实习近平法治思想\n全年召开专题会议4次。")


def test_a_reports_own_title_after_the_news_lead_that_introduces_it():
    m = meta(NEWS_LEAD + MINISTRY_REPORT)
    assert (m.title, m.title_line, m.issuer, m.report_year, m.is_report) == (
        "生态环境部2024年法治政府建设情况的报告", 4, "生态环境部", 2024, True)
    # a report's own announcement ("现将…报告如下:") is followed by its first heading: no title is taken after it
    own = meta("2024年,生态环境部深入学习贯彻习近平法治思想。现将有关情况报告如下:\n一、2024年推进法治政府建设情况\n全年召开专题会议4次。")
    assert own.title is None and own.is_report is True


def test_a_document_cited_by_name_is_not_the_issuer(score):
    # pages-h tuning (fsh-017): "《浙江省重大建设项目管理办法》" gave the issuer "浙江省重大建设项目管理办"
    text = ("2024年,我局坚持以习近平新时代中国特色社会主义思想为指导,认真做好法治政府建设各项工作。现将相关情况报告如下:\n"
            "一、2024年推进法治政府建设主要举措和成效\n"
            "(一)强化法治思维。组织全局干部职工深入学习《浙江省优化营商环境条例》《浙江省重大建设项目管理办法》等法律法规,"
            "全年举办学法交流会6次。\n")
    assert "管理办" not in (score(text)["document"]["issuer"] or "")


def test_a_bureau_named_with_guanli_is_its_own_name(score):
    # pages-h tuning (fsh-003): 住房和城乡建设管理局 was read as 住房和城乡建设局
    text = ("发文机关:武乡县住房和城乡建设管理局\n标题:武乡县住房和城乡建设管理局关于2025年法治政府建设情况的报告\n"
            "2025年,在县委、县政府的正确领导下,我局深入学习贯彻习近平法治思想,全年审核合同12件。\n")
    assert score(text)["document"]["issuer"] == "武乡县住房和城乡建设管理局"


@pytest.mark.parametrize("verb", ["报送", "呈报", "印发"])
@pytest.mark.parametrize("broken", [False, True])
def test_a_report_carried_by_a_cover_letter_is_scored_as_itself(score, verb, broken):
    # pages-i tuning: "关于报送《…情况报告》的报告", a cover letter over the report, was refused as off topic
    from conftest import corpus_text

    text = corpus_text("seed-003")
    before = score(text)
    title = before["document"]["title"]
    assert title and before["document"]["is_report"]
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip() == title)
    own_title = [title[:-4], title[-4:]] if broken else [title]
    letter = [f"关于{verb}《{title}》的{'通知' if verb == '印发' else '报告'}", "上级机关:",
              f"根据有关工作要求，我们总结了本年度工作，形成《{title}》，请审阅。", f"附件：{title}", "2025年1月20日"]
    after = score("\n".join(lines[:at] + letter + own_title + lines[at + 1:]))
    assert after["document"]["is_report"]
    assert after["document"]["title"] == title
    assert after["document"]["report_year"] == before["document"]["report_year"]
    assert {k: v["present"] for k, v in after["sections"].items()} == {k: v["present"] for k, v in before["sections"].items()}


@pytest.mark.parametrize("opening, level", [
    ("2025年,我县深入贯彻落实市委、市政府工作要求,统筹抓好依法行政。", "county"),
    ("2025年,我鎮深入貫徹落實縣委、縣政府工作要求,統籌抓好依法行政。", "township"),
    ("一年来,本市坚持以习近平法治思想为指导,全市上下协同推进。", "city"),
])
def test_the_level_of_a_report_that_opens_with_our_county_or_town(opening, level):
    # pages-i held, after its clean measurement: "2025年,我縣…" (its one self-reference, beside a 全市) gave no level
    m = meta(opening + "全市开展法治宣传。现将有关情况报告如下:\n一、主要举措及成效\n(一)强化领导。全年召开会议3次。\n")
    assert m.level == level



def test_a_salutation_over_the_opening_is_whom_the_report_goes_to():
    # pages-j tuning (a 公安厅's page): "省政府:" over "2019年,我厅…" made the province's government the issuer
    from pathlib import Path

    from scorer.reading import read_input
    ex = read_input(str(Path(__file__).parent / "firstsight" / "pages-j" / "fsj-001.txt"))
    m = extract(analyse(ex.lines))
    assert (m.issuer, m.level) == ("广东省公安厅", "department")


@pytest.mark.parametrize("opening, level", [
    # pages-k tuning: a published text with the name left out ("xx市人民政府") was read at the level of the
    # province it names in passing (全省排名)
    ("2019年,xx市人民政府坚持以习近平法治思想为指导,法治建设考评全省排名逐年提升,全省第一。", "city"),
    ("2023年,××县深入贯彻习近平法治思想,在全省率先完成改革,全省推广。", "county"),
    ("2024年,某某街道办事处扎实推进法治政府建设,全市领先,全市推广。", "township"),
])
def test_a_speaker_whose_name_is_left_out_keeps_its_level(opening, level):
    assert meta(opening + BODY).level == level


def test_a_title_given_only_in_the_pages_field_table_is_the_title():
    # pages-k held (after its clean measurement): the title stands only as a field of the page's table
    # "| 标题:… | |", among other fields; a field after the title on its line ("… 文号:") is no part of it
    page = ("字体大小:【大】 【中】 【小】\n| 索引号:000014349/2026-02861 | |\n| 发文机关:黎侯镇人民政府 | 主题词: |\n"
            "| 标题:中共黎侯镇委员会 黎侯镇人民政府关于2025年度法治政府建设情况的报告 | |\n| 主题分类: | 发布日期:2025-12-22 |\n")
    m = meta(page + "2025年,黎侯镇深入推进法治政府建设。现将本年度工作情况报告如下。\n" + BODY)
    assert m.title == "中共黎侯镇委员会 黎侯镇人民政府关于2025年度法治政府建设情况的报告"
    inline = meta("发布机构: 泾县林业局\n名称: 泾县林业局2022年法治政府建设情况的报告 文号:\n发布日期: 2023-03-06\n" + BODY)
    assert inline.title == "泾县林业局2022年法治政府建设情况的报告"
    # a breadcrumb put in the field is no title (form set h's index table)
    crumb = meta("索引号：113302820029292/2025-00123　　主题分类：综合政务/其他\n发布机构：政府办公室　　成文日期：2025-02-26\n"
                 "名　　称：首页 > 政务公开 > 年度法治政府建设情况报告\n\n首页 > 政务公开 > 年度法治政府建设情况报告\n"
                 "吉水镇2024年法治政府建设年度报告\n来源:本网  发布日期:2025-01-07 15:15:56\n" + BODY)
    assert crumb.title == "吉水镇2024年法治政府建设年度报告"


def test_a_speaker_whose_name_is_left_out_is_no_issuer_named_after_it():
    # pages-k held: "2020年,xx街道…紧紧围绕街道发展全局" gave the issuer "紧紧围绕街道办事处"
    m = meta("2020年,xx街道法治政府建设工作在区委的领导下,紧紧围绕街道发展全局,推进依法行政。" + BODY)
    assert m.issuer is None and m.level == "township"


def test_a_summary_with_next_year_s_ideas_is_titled_and_a_verb_before_its_unit_is_no_name():
    # pages-l: "2023年镇法治政府建设工作总结及2024年工作思路" was no title, and "…部署,并结合镇中心工作" gave
    # the issuer "并结合镇人民政府"
    opening = ("\n2023年以来,镇以新时代中国特色社会主义思想为指导,现将我镇法治政府建设工作情况总结如下:"
               "\n严格按照全县法治政府建设部署,并结合镇中心工作,有序推进镇法治政府建设。")
    m = meta("2023年镇法治政府建设工作总结及2024年工作思路" + opening + BODY)
    assert m.title == "2023年镇法治政府建设工作总结及2024年工作思路" and m.is_report
    assert m.issuer is None and m.level == "township"
    # a title of next year's ideas alone is a plan's
    plan = meta("新河镇2024年法治建设工作思路" + opening + BODY)
    assert not plan.is_report or plan.not_report_reason


def test_a_department_named_by_its_field_s_rule_of_law_work():
    # pages-l: a 卫生健康局 page that never names itself but says "我局" and "卫生健康法治建设"
    m = meta("2025年是纲要收官之年,也是卫生健康法治建设提质增效的关键一年。我局在市委、市政府的领导下,全面推进依法行政。"
             "\n一、推进法治政府建设的主要举措和成效\n（一）强化组织领导。我局召开专题会议4次,审核规范性文件3件。")
    assert m.level == "department" and (m.issuer or "").endswith("卫生健康局")


def test_a_site_headline_with_another_year_over_the_document_s_title_is_the_page_s():
    # pages-l held: "县 2022 年法治政府建设工作总结" (the site's headline) over "县2019年…工作总结" and a 2019
    # opening was read as a 2022 report
    m = meta("县 2022 年法治政府建设工作总结\n\n县2019年法治政府建设工作总结\n\n2019年,我县法治政府建设工作在市委、市政府的正确领导下,"
             "全面完成了年初确定的各项目标任务。" + BODY)
    assert m.title == "县2019年法治政府建设工作总结" and m.report_year == 2019


def test_the_year_the_announcing_sentence_names_is_the_report_s():
    # pages-n fsn-008: "在2023年工作基础上稳步提升…现将我镇2024年法治政府建设情况报告如下" was read as 2023
    opening = ("在县委、县政府的领导下,我镇持续深化法治政府建设实践,在2023年工作基础上稳步提升。根据《2023年度考核通知》要求,"
               "现将我镇2024年法治政府建设情况报告如下。")
    assert meta(opening + BODY).report_year == 2024
    assert meta("2024年,我镇持续深化法治政府建设实践。现将有关情况报告如下:" + BODY).report_year == 2024


def test_the_plan_s_year_in_the_announcing_sentence_is_not_the_report_s():
    # pages-o fso-015: "…我局认真总结2021年度…;对2022年度推进法治政府建设的主要工作安排进行部署落实,现将工作情况报告如下" read as 2022
    opening = ("按照《关于报送2021年度法治政府建设情况报告的通知》(泸治县办〔2022〕3号)文件要求,我局认真总结2021年度推进法治政府建设的"
               "主要举措和成效;对2022年度推进法治政府建设的主要工作安排进行部署落实,现将工作情况报告如下:")
    assert meta(opening + BODY).report_year == 2021


def test_a_department_speaking_after_the_bodies_it_works_under_is_a_department():
    # pages-p fsp-005: "在市委、市政府的正确领导下,在省人社厅的关心指导下,我局坚持…" read as 广州市人民政府 (city) from a
    # project's name: the speaker stands after the clauses that say whom it works under
    from pathlib import Path

    page = Path(__file__).parent / "firstsight" / "pages-p" / "fsp-005.txt"
    m = meta(page.read_text(encoding="utf-8"))
    assert m.level == "department" and m.issuer != "广州市人民政府"


def test_a_date_labelled_in_the_pages_foot_is_its_publish_date():
    # metadata set d (footer_date_only): 【发布日期：…】【打印】【关闭】 after the text was not read
    m = meta("新河镇人民政府关于2024年法治政府建设情况的报告\n2024年，推进法治政府建设，全年办理案件12件。" + BODY
             + "\n\n【发布日期：2025年3月14日】　【打印】　【关闭】")
    assert (m.publish_date, m.publish_date_source) == ("2025-03-14", "header")


def test_a_rule_of_law_slogan_is_no_township_speaking():
    # metadata set d: "围绕依法治镇、服务大局" was read as a township named 围绕依法治镇 (围绕依法治镇人民政府)
    m = meta("2024年法治政府建设年度报告\n2024年，在镇党委的领导下，我镇坚持以习近平法治思想为指导，围绕依法治镇、服务大局，持续推动法治建设。"
             "现将有关情况报告如下：" + BODY)
    assert m.issuer is None or "依法治" not in m.issuer


@pytest.mark.parametrize("stem, issuer", [("吉水镇人民政府2024年度法治政府建设情况报告", "吉水镇人民政府"),
                                          ("3.泉州市鲤城区金龙街道办事处2024年度法治政府建设情况", "泉州市鲤城区金龙街道办事处")])
def test_a_text_naming_no_issuer_takes_it_from_its_files_name_and_asks_for_a_check(stem, issuer):
    # metadata set d (issuer_filename_only): offices name the files they receive by unit
    text = "关于2024年法治政府建设情况的报告\n2024年，在上级的领导下，推进法治政府建设，全年办理案件12件。" + BODY
    m = meta(text, hints={"file_name": stem})
    assert (m.issuer, m.issuer_source) == (issuer, "file_name")
    assert any("文件名" in n for n in m.review_notes)
    named = meta("新河镇人民政府" + text, hints={"file_name": stem})  # the text's own naming comes first
    assert (named.issuer, named.issuer_source) == ("新河镇人民政府", "title")
    assert meta(text, hints={"file_name": "司法局报告"}).issuer is None  # no place: nobody's in particular


def test_the_scored_files_name_reaches_the_issuer(tmp_path):
    from scorer.scoring.pipeline import score_path

    text = "关于2024年法治政府建设情况的报告\n2024年，在上级的领导下，推进法治政府建设，全年办理案件12件。" + BODY
    p = tmp_path / "1.吉水镇人民政府2024年度法治政府建设情况报告.txt"
    p.write_text(text, encoding="utf-8")
    doc = score_path(str(p))["document"]
    assert (doc["issuer"], doc["issuer_source"], doc["level"]) == ("吉水镇人民政府", "file_name", "township")


@pytest.mark.parametrize("dated", ["（2025年2月28日）", "2025年2月28日", "——二〇二五年二月二十八日"])
def test_a_date_on_its_own_line_under_the_title_dates_the_report(dated):
    # (directly under the title it is the page's header; after the opening paragraph, the preamble's)
    # substance set V (date_line_top): the date moved under the title cost the deadline check its date
    m = meta(f"新河镇人民政府关于2024年法治政府建设情况的报告\n{dated}\n2024年，推进法治政府建设，全年办理案件12件。" + BODY)
    assert m.publish_date == "2025-02-28"
    assert meta("新河镇人民政府关于2024年法治政府建设情况的报告\n2025年2月28日，召开专题会议。" + BODY).publish_date is None


def test_a_date_on_its_own_line_after_the_opening_dates_the_report():
    m = meta("2024年，新河镇推进法治政府建设，全年办理案件12件。\n2025年2月28日" + BODY)
    assert (m.publish_date, m.publish_date_source) == ("2025-02-28", "signature")


def test_a_gongwen_colophon_after_the_signature_leaves_the_signature_and_its_date():
    # form set x (txt_gongwen_chaosong_tail): the 版记 (抄送, XX办公室…印发) after the date hid the signature
    rule = "—" * 22
    m = meta("新河镇人民政府关于2024年法治政府建设情况的报告\n2024年，推进法治政府建设，全年办理案件12件。" + BODY
             + f"\n新河镇人民政府\n2025年2月28日\n{rule}\n抄送：县委办公室，县人大常委会办公室。\n{rule}\n"
             "新河镇党政办公室　　　　　　2025年3月1日印发\n" + rule)
    assert (m.publish_date, m.publish_date_source) == ("2025-02-28", "signature")


def test_a_pages_print_time_is_no_publish_date():
    # form set s (html_related_in_content) after the foot's dates were read: 打印时间：… at the page's foot
    m = meta("新河镇人民政府关于2024年法治政府建设情况的报告\n2024年，推进法治政府建设，全年办理案件12件。" + BODY
             + "\n【打印本页】【关闭窗口】\n打印时间：2025-03-05")
    assert m.publish_date is None


def test_a_title_on_two_consecutive_years_reports_up_to_the_later_one_and_asks_for_a_check():
    # kind set e (keep_two_years_title): "…管理局2023—2024年法治政府建设情况报告" lost issuer, level and year
    m = meta("新河镇人民政府2023—2024年法治政府建设情况报告\n推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.issuer, m.report_year) == ("新河镇人民政府", 2024)
    assert any("两个年度" in n for n in m.review_notes)
    plan = meta("新河镇人民政府2021—2025年法治政府建设情况报告\n推进法治政府建设，全年办理案件12件。" + BODY)
    assert plan.report_year != 2025  # a plan's period names no report year


@pytest.mark.parametrize("title", ["新河镇人民政府关于法治督察反馈问题整改落实情况的报告",
                                   "新河镇司法所关于2024年度法治政府建设年度报告报送情况的公告"])
def test_a_rectification_report_or_a_notice_of_reports_received_is_a_look_alike(title):
    # kind set e (like_zhenggai, like_shoudao_gonggao): read as reports, unflagged
    m = meta(title + "\n2024年，推进法治政府建设，全年办理案件12件。" + BODY)
    assert m.is_report is False or m.review_notes


def test_a_signature_with_its_seal_mark_names_the_issuer():
    # kind set f (keep_seal_luokuan): "…街道办事处（盖章）" as the only naming left the issuer unread
    m = meta("关于2024年法治政府建设情况的报告\n2024年，推进法治政府建设，全年办理案件12件。" + BODY
             + "\n长沙市天心区坡子街街道办事处（盖章）\n2025年3月1日")
    assert (m.issuer, m.issuer_source, m.publish_date) == ("长沙市天心区坡子街街道办事处", "signature", "2025-03-01")


def test_a_prefecture_named_alone_over_a_title_broken_in_three_is_its_issuer():
    # kind set f (keep_title_year_alone): "阿坝州" / "2021年度" / "法治政府建设情况报告" lost 阿坝州 (州 ended no name)
    m = meta("首页 > 政务公开\n阿坝州\n2021年度\n法治政府建设情况报告\n发布时间：2022-03-01\n"
             "为深入推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.title, m.issuer, m.level) == ("阿坝州2021年度法治政府建设情况报告", "阿坝州", "city")


def test_a_title_set_with_a_space_between_every_character_is_read_as_its_words():
    # form set y (html_nbsp_char_headings): "新 浦 镇 人 民 政 府 关 于…" was the title as read
    spaced = "新 浦 镇 人 民 政 府 关 于 2 0 2 4 年 法 治 政 府 建 设 情 况 的 报 告"
    m = meta(spaced + "\n2024年，推进法治政府建设，全年办理案件12件。" + BODY)
    assert m.title == "新浦镇人民政府关于2024年法治政府建设情况的报告"
    parted = meta("新浦镇人民政府 关于2024年法治政府建设情况的报告\n2024年，推进法治政府建设，全年办理案件12件。" + BODY)
    assert parted.title == "新浦镇人民政府 关于2024年法治政府建设情况的报告"  # a space between its parts stays


# ---------------------------------------------------------------- metadata set e (tuning)

LONG_BODY = ("\n一、主要举措和成效\n（一）强化组织领导。成立法治政府建设工作领导小组，由主任任组长，全年召开专题会议4次，"
             "审核合同12份，办理行政复议案件3件，开展执法培训2期，参训120人次，群众满意率达到98%以上。")


@pytest.mark.parametrize("foot", [
    "信息发布时间：2024-02-05 09:30:12　　浏览次数：1696　　【字体：大 中 小】",  # a field line as long as a paragraph
    "分享到：微信　微博　　日期：2024.02.05　　【打印本页】【关闭窗口】",  # a plain 日期 among the page's own links
])
def test_the_publish_date_in_the_pages_foot(foot):
    m = meta("新河镇2023年法治政府建设情况的报告\n2023年，新河镇推进法治政府建设。" + LONG_BODY + "\n\n" + foot)
    assert m.publish_date == "2024-02-05"


def test_a_signature_spaced_out_under_its_seal_mark_names_the_issuer():
    m = meta("2021年度法治政府建设工作报告" + LONG_BODY + "\n　　　　（盖章）\n　　　　七　里　街　道　办　事　处")
    assert (m.issuer, m.level) == ("七里街道办事处", "township")


def test_a_body_renamed_this_year_is_named_by_its_new_name():
    m = meta("城口区（原城口县）2020年度法治政府建设情况报告\n2020年，城口区推进法治政府建设。" + LONG_BODY)
    assert (m.issuer, m.level, m.report_year) == ("城口区", "county", 2020)


@pytest.mark.parametrize("name, level", [("新疆生产建设兵团第七师", "city"), ("新疆生产建设兵团第八师一二一团", "county")])
def test_the_production_and_construction_corps_divisions_and_regiments(name, level):
    m = meta(f"{name}2019年度法治政府建设工作报告\n2019年，{name}推进法治政府建设。" + LONG_BODY)
    assert (m.issuer, m.level) == (name, level)


@pytest.mark.parametrize("published, year", [("2025-12-26", 2025), ("2026-02-10", 2025)])
def test_a_report_without_a_year_published_at_the_years_end_is_on_that_year(published, year):
    m = meta("陕西省人民政府关于本年法治政府建设情况的报告\n发布日期：" + published + "\n本年，全省推进法治政府建设。" + LONG_BODY)
    assert (m.report_year, m.publish_date) == (year, published)


def test_a_title_that_names_its_issuer_twice_names_it_once():
    # pages-t fst-007: "重庆市城市管理局关于市城市管理局2021年度…" read the issuer up to the year
    m = meta("重庆市城市管理局关于市城市管理局2021年度法治政府建设情况的报告\n2021年，市城市管理局推进法治政府建设。" + LONG_BODY)
    assert m.issuer == "重庆市城市管理局"


def test_a_sites_column_name_over_the_title_is_no_part_of_it():
    # pages-t fst-006: "新闻中心" (a mirror site's column) was read into the ministry's title across an empty line
    m = meta("新闻中心\n\n应急管理部2019年法治政府建设年度报告\n\n2019年，应急管理部推进法治政府建设。" + LONG_BODY)
    assert m.title == "应急管理部2019年法治政府建设年度报告"


def test_a_signature_dated_in_yuanyue_is_january():
    # kind h (keep_sign_yuanyue): 二〇二五年元月十五日 under the signature read no date
    m = meta("新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设。" + LONG_BODY + "\n新河镇人民政府\n二〇二五年元月十五日")
    assert (m.publish_date, m.issuer) == ("2025-01-15", "新河镇人民政府")


@pytest.mark.parametrize(("issuer", "level", "standing"), [
    ("新县人民政府", "county", "county_under_city"),
    ("中共新县县委、新县人民政府", "county", "county_under_city"),
    ("西安市雁塔区人民政府", "county", "county_under_city"),
    ("义乌市人民政府", "county", "county"),  # a county-level city: 市 bodies are its own
    ("义乌市人民政府", "city", "city"),
    ("新浦镇人民政府", "township", "township"),
])
def test_who_stands_above_a_county(issuer, level, standing):
    from scorer.document.metadata import Metadata

    meta = Metadata(None, None, issuer, None, None, level, 2024, None, None, None, None, True, None)
    assert meta.standing == standing


@pytest.mark.parametrize(("spoken", "full"), [("新晃县", "新晃侗族自治县"), ("围场县", "围场满族蒙古族自治县"), ("莫力达瓦旗", "莫力达瓦达斡尔族自治旗")])
def test_an_autonomous_county_written_without_its_peoples_is_known(spoken, full):
    # kind k (keep_zhaiyao_box, fsh-043): "新晃县退役军人事务局" under the title was no known body: no issuer at all
    from scorer.document import organs, places

    assert [d.name for d in places.lookup(spoken)] == [full]
    read = organs.prefix(spoken + "司法局", strict=True)
    assert read is not None and read[0][0].name == spoken + "司法局"


def _dev_report(name: str) -> tuple[str, dict]:
    import yaml

    from conftest import corpus_dir

    folder = corpus_dir("dev")
    return (folder / f"{name}.txt").read_text(encoding="utf-8"), yaml.safe_load((folder / f"{name}.labels.yaml").read_text(encoding="utf-8"))


def _without_dates(text: str) -> str:
    """The report with every line that holds a full date dropped (its page header's, its signature's)."""
    import re

    return "\n".join(ln for ln in text.splitlines() if not re.search(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", ln))


def _title_line(text: str, title: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines()) if ln.strip() == title)


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-003"])
def test_dates_written_around_a_title_or_under_a_copy_list(name):
    # metadata k (title_date_same_line, title_quanwen_suffix, header_compact_yyyymmdd, yinfa_only_date): the title was
    # lost to a date or a tag after it on its line, and a date in eight digits or in the 版记's 印发 line went unread
    text, labels = _dev_report(name)
    bare = _without_dates(text)
    lines = bare.splitlines()
    at = _title_line(bare, labels["title"])
    for tail in ("（2025-03-28）", " 2025-03-28", "【全文】"):
        edited = lines[:at] + [labels["title"] + tail] + lines[at + 1 :]
        m = meta("\n".join(edited))
        assert (m.title, m.report_year) == (labels["title"], labels["report_year"]), tail
        assert m.publish_date == (None if tail == "【全文】" else "2025-03-28"), tail
    m = meta("\n".join(lines[: at + 1] + ["发布时间：20250328 08:39"] + lines[at + 1 :]))
    assert (m.title, m.publish_date) == (labels["title"], "2025-03-28")
    if name == "seed-000":  # (the others end in a page's footer: a 版记 under it is no part of the document)
        m = meta("\n".join(lines + ["抄送：县委各部门，县人大常委会办公室。", f"{labels['issuer']}办公室　　2025年3月28日印发"]))
        assert (m.publish_date, m.report_year) == ("2025-03-28", labels["report_year"])


@pytest.mark.parametrize("department", ["文体和旅游局", "农业农村和水利局", "卫生健康和计划生育局", "文化和广电旅游体育局"])
def test_a_department_named_after_two_fields_joined_by_he_is_the_issuer(department):
    # kind p/q (fse-043, fse-044): "明溪县文体和旅游局…" gave 明溪县 (county): 和 was read as joining two bodies
    m = meta(f"明溪县{department}2025年度法治政府建设情况报告\n2025年，我局推进法治政府建设，全年办理案件12件。" + BODY)
    assert (m.issuer, m.level) == (f"明溪县{department}", "department")
    # two bodies joined by 和 stay two bodies: neither is a department named 公安局和交通局
    m = meta("明溪县2025年度法治政府建设情况报告\n2025年，明溪县公安局和交通运输局联合开展执法检查12次。" + BODY)
    assert m.issuer != "明溪县公安局和交通运输局"


@pytest.mark.parametrize("name", ["seed-000", "seed-002", "seed-004"])  # the reports without a page's footer
def test_a_signature_date_with_nian_or_sa_or_broken_over_two_lines(name):
    # metadata l (sig_date_nian_sa, sig_date_wrapped): 二〇二五年三月廿八日 and "2025年" / "3月28日" went unread
    text, labels = _dev_report(name)
    body = _without_dates(text).rstrip()
    for date, want in (("二〇二五年三月廿八日", "2025-03-28"), ("二〇二五年三月卅一日", "2025-03-31"), ("2025年\n3月28日", "2025-03-28"),
                       ("2025年3月\n28日", "2025-03-28")):
        m = meta(body + f"\n{labels['issuer'] or ''}\n{date}")
        assert (m.publish_date, m.report_year) == (want, labels["report_year"]), date


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-003"])
def test_title_labels_dates_in_chinese_numerals_field_tables_in_columns_and_bracketed_signature_dates(name):
    # metadata n (title_label_prefix, header_date_mixed_numerals, header_column_table, sig_date_bracketed)
    text, labels = _dev_report(name)
    bare = _without_dates(text)
    lines = bare.splitlines()
    at = _title_line(bare, labels["title"])
    for label in ("文件名称：", "信息名称："):
        m = meta("\n".join(lines[:at] + [label + labels["title"]] + lines[at + 1 :]))
        assert m.title == labels["title"], label
    m = meta("\n".join(lines[: at + 1] + ["日期：2025年三月二十八日"] + lines[at + 1 :]))
    assert m.publish_date == "2025-03-28"
    for row in (["索引号\t发布机构\t发布日期", "012885583/2025-38242\t某某街道办事处\t2025-04-12"],
                ["| 索引号 | 发布机构 | 发布日期 |", "| 009989314/2026-09277 | 某某局 | 2025-04-12 |"]):
        m = meta("\n".join(lines[: at + 1] + row + lines[at + 1 :]))
        assert (m.title, m.publish_date) == (labels["title"], "2025-04-12"), row[0]
    for date in ("（2025年3月28日）", "〔2025年3月28日〕"):
        m = meta("\n".join(lines).rstrip() + f"\n{labels['issuer'] or ''}\n{date}")
        if name == "seed-000":  # (the others end in a page's footer: a signature under it is no signature)
            assert m.publish_date == "2025-03-28", date
