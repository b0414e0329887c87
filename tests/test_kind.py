"""Report or look-alike, decided by weighing named features with fitted weights (scorer/document/kind.py)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from scorer.document import kind
from scorer.document.build import analyse
from scorer.document.metadata import extract
from scorer.text.lexicon import load

BODY = ("\n2022年，本县坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）强化组织领导。全年召开专题会议4次，邀请党校专家教授授课2次。\n"
        "二、存在的不足\n力量不足。\n三、2023年工作安排\n加强培训。")
REPORT_TITLE = "清水县人民政府关于2022年度法治政府建设情况的报告"


def meta(text: str):
    return extract(analyse(text.splitlines()))


def test_a_report_title_is_not_overturned_by_a_site_keyword_field_or_a_word_of_its_own_work():
    # a government site's 关键词 field, and 教授 in the report's own account of its training
    m = meta("关键词: 法治政府 年度报告\n" + REPORT_TITLE + BODY)
    assert m.is_report is True and m.review_notes == []


CUE_WORDS = sorted({w for c in load("doc_kinds")["opening_cues"] for w in c["contains"] + c["anywhere"]})


@pytest.mark.parametrize("word", CUE_WORDS)
def test_a_look_alike_word_in_the_report_s_own_account_of_its_work_is_no_cue(word):
    # "制定并推广使用7类行政协议范本": under a heading the report speaks of its work, whatever the word
    title_only = "省新镇2023年法治政府建设年度报告\n2023年，我镇坚持依法行政。\n一、主要开展工作和取得成效\n"
    text = title_only + f"制定并推广{word}材料3类，全年审查政府合同52份。\n二、存在的不足\n力量不足。"
    m = meta(text)
    assert m.is_report is True and m.review_notes == meta(text.replace(f"推广{word}材料", "推广材料")).review_notes


def test_a_look_alike_word_before_the_report_s_headings_still_counts():
    m = meta("下面是小编为大家整理的法治政府建设年度报告范文，仅供参考。\n一、主要开展工作和取得成效\n全年审查政府合同52份。")
    assert m.is_report is False and "范文" in m.not_report_reason


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-002", "seed-003"])  # the reports with a title
def test_a_report_run_into_one_line_after_the_pages_fields_is_still_a_report(name):
    # kind n tuning (keep_one_paragraph@fsi-037): the page's fields ("文件编号 | …号 |发布机构 | 财政局 |") and the
    # whole text after them on one line made one header line: no text left, refused as "标题和正文都未涉及法治政府建设"
    from pathlib import Path

    import yaml

    folder = Path(__file__).parent / "shared/corpus/dev"
    title = yaml.safe_load((folder / f"{name}.labels.yaml").read_text(encoding="utf-8"))["title"]
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    body = text[text.index(title) + len(title):]
    # (its heading lines left out too, as a page that flattened the file may: no heading split off the line)
    rest = "".join(ln.strip() for ln in body.splitlines()
                   if ln.strip() and not re.match(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", ln))
    # (under the letter that sends it up: the title names the report it carries)
    m = meta(f"关于报送《{title}》的报告\n文件编号 | 办〔2025〕1号 |发布机构 | 办公室 |公开类别 | 主动公开 |" + rest)
    assert m.is_report, m.not_report_reason


@pytest.mark.parametrize("name", ["seed-001", "seed-002", "seed-003"])
@pytest.mark.parametrize("bar", ["【打印】 【字体：大 中 小】", "【打印本稿】 【关闭】"])
def test_a_pages_tool_bar_under_the_opening_does_not_end_the_report(name, bar):
    # kind l/m/n held (keep_untitled_diyizeren, keep_newslead_untitled): a tool bar between the opening paragraph
    # and the rest was read as the page's footer: the rest was chrome, the text refused as too short or as news
    from conftest import corpus_dir

    text = (corpus_dir("dev") / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    first = next(i for i, ln in enumerate(lines) if len(ln.strip()) > 60 and "。" in ln)
    whole = meta(text)
    m = meta("\n".join(lines[: first + 1] + [bar] + lines[first + 1 :]))
    assert m.is_report, m.not_report_reason
    assert (m.title, m.issuer, m.report_year) == (whole.title, whole.issuer, whole.report_year)
    # a footer after the text still ends it: its links are no part of the report
    st = analyse((text + "\n" + bar + "\n相关链接：\n版权所有：某某县人民政府办公室").splitlines())
    assert not any("版权所有" in b.k for b in st.body_blocks())


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-003"])
def test_a_report_behind_its_cover_letter_with_the_letters_own_title_is_the_report(name):
    # kind r (keep_rtf_baosong): the cover letter's title (…关于报送…情况报告的报告) was taken as the report's
    import yaml

    from conftest import corpus_dir

    folder = corpus_dir("dev")
    labels = yaml.safe_load((folder / f"{name}.labels.yaml").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    title, unit, year = labels["title"], labels["issuer"], labels["report_year"]
    cover = (f"{unit}关于报送{year}年度法治政府建设情况报告的报告\n县人民政府：\n按照《法治政府建设与责任落实督察工作规定》要求，"
             f"现将《{title}》予以报送。\n特此报告。\n附件：{title}\n{unit}\n{year + 1}年3月20日\n附件\n")
    m = meta(cover + text)
    assert m.is_report and m.title == title


@pytest.mark.parametrize("title, why", [
    ("永安村2022年度法治建设工作总结", "村"), ("青岛市永安社区2023年度法治建设工作总结", "社区"),
    ("鱼峰区国有资本投资运营有限公司2025年度法治建设工作报告", "企业"), ("某某集团2024年法治建设工作报告", "企业"),
    ("禹王台区人民政府关于2022年度法治社会建设情况的报告", "法治社会")])
def test_a_villages_or_a_companys_own_rule_of_law_report_is_no_governments(title, why):
    # kind r (like_cun_fazhi, like_guoqi_fazhi): passed unflagged as reports (probability 1.0)
    m = meta(title + BODY)
    assert not m.is_report or m.review_notes, title
    assert why in (m.not_report_reason or "")
    # the governments and departments that report keep their titles: 梅村街道, 新村乡, 村 in a word of the body
    for report in ("梅村街道2022年法治政府建设年度报告", "新村乡人民政府关于2022年法治政府建设情况的报告"):
        m = meta(report + BODY)
        assert m.is_report and not m.review_notes, report


@pytest.mark.parametrize("name", ["seed-000", "seed-003"])
def test_a_template_with_the_year_left_to_fill_in_its_title_is_refused(name):
    # kind s (like_moban_fanwen): "关于20XX年度法治政府建设工作情况的报告" over a text with XX in it passed unflagged
    import yaml

    from conftest import corpus_dir

    folder = corpus_dir("dev")
    labels = yaml.safe_load((folder / f"{name}.labels.yaml").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    body = text[text.index(labels["title"]) + len(labels["title"]):]
    body = re.sub(r"\d{4}年", "20XX年", body).replace(labels["issuer"], "XX镇")
    m = meta("关于20XX年度法治政府建设工作情况的报告" + body)
    assert not m.is_report or m.review_notes
    assert "模板" in (m.not_report_reason or "")
    # a real title over the same text with a placeholder or two left in it is a report with a draft's flaw
    real = text.replace("全年", "全年XX", 1)
    assert meta(real).is_report


@pytest.mark.parametrize("name", ["seed-000", "seed-001", "seed-003"])
def test_a_report_filed_as_a_later_annex_after_another_document_is_the_report(name):
    # kind r (keep_shufa_merged): the principal's 述法报告 as 附件1 and the report as 附件2: the 述法报告's title was
    # taken, no issuer read, and the file flagged as a 述法报告
    import yaml

    from conftest import corpus_dir

    folder = corpus_dir("dev")
    labels = yaml.safe_load((folder / f"{name}.labels.yaml").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    report = text[text.index(labels["title"]):]
    shufa = (f"附件1\n{labels['issuer']}主要负责人{labels['report_year']}年度履行推进法治建设第一责任人职责情况报告\n"
             "本人认真履行推进法治建设第一责任人职责，全年主持召开专题会议4次。\n一、带头尊法学法守法用法\n全年带头学法6次。\n"
             "二、存在的不足和下一步打算\n对法治建设的研究还不够深入。\n")
    m = meta(shufa + "附件2\n" + report)
    assert m.is_report and m.review_notes == meta(report).review_notes
    assert (m.title, m.issuer, m.report_year) == (labels["title"], meta(report).issuer, labels["report_year"])


def test_a_report_a_site_republishes_under_its_editors_note_is_the_report():
    # kind o tuning (keep_bianzhe_an@fsd-003): a 编者按 of four paragraphs over the report ("本网开设…专栏…本期刊发的是…
    # 的报告") hid the title, and 期刊 read inside 本期刊发 made it a journal article: refused
    note = ("编者按：法治政府建设是全面依法治国的重点任务和主体工程。\n为便于读者了解各地推进法治政府建设的做法，本网开设专栏，"
            "陆续刊发有关单位报送的年度报告。本期刊发的是清水县人民政府的报告。\n欢迎读者通过本网留言板提出意见建议。（本网编辑）\n")
    m = meta(note + REPORT_TITLE + BODY)
    assert m.is_report and m.title == REPORT_TITLE


def test_a_peoples_congress_inspection_of_the_governments_work_is_not_its_report():
    # kind o tuning (like_renda_zhifajiancha): the 人大常委会 执法检查组's report on the government's 法治政府建设,
    # read to 各位委员, was taken for the government's own report (probability 0.96)
    m = meta("清水县人大常委会执法检查组关于清水县人民政府法治政府建设情况的执法检查报告\n主任、各位副主任、秘书长、各位委员：\n"
             "根据常委会年度监督工作计划，执法检查组对县人民政府推进法治政府建设情况开展执法检查。现将检查情况报告如下：" + BODY)
    assert not m.is_report or m.review_notes


@pytest.mark.parametrize("name", [n for n, w in kind.weights()["weights"].items() if w < 0])
def test_no_single_weaker_signal_refuses_a_report_title(name):
    w = kind.weights()["weights"]
    f = {n: 0.0 for n in w}
    f.update(title_report=1.0, opener=1.0, opening_year=1.0, report_headings=1.0)
    f[name] = 1.0
    d = kind.judge(f, {n: "…" for n, x in f.items() if x}, kind.weights())
    if -w[name] < w["title_report"]:
        assert d.is_report, name  # scored, at most flagged for review


def test_a_look_alike_title_is_refused_with_a_sentence_naming_it():
    m = meta("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。")
    assert m.is_report is False
    assert m.not_report_reason.startswith("标题是《某区2020年依法行政工作要点》") and "工作要点" in m.not_report_reason


REPORT_BODY = ("\n2024年，我们深入推进法治建设，全年办理行政复议案件12件。现将有关情况报告如下：\n一、主要举措和成效\n"
               "（一）强化组织领导。全年召开专题会议4次。\n二、存在的不足和原因\n执法力量不足，原因是编制有限。\n"
               "三、2025年工作安排\n一是加强培训。")


@pytest.mark.parametrize("title, refused", [
    ("关于冷水镇法治政府建设情况的调研报告", None),  # a study of the unit by others
    ("沅江路街道2024年政法工作总结", None),  # another field's summary
    ("新浦镇职业技术学校2024年依法行政工作总结", None),  # a school's, not a government's
    ("紫水乡人民政府2024年度法治政府建设考核自查报告", False),  # the assessment's self-check: scored, flagged
    ("中共桃源县委全面依法治县委员会办公室2024年工作总结", None),  # the reviewing office's own summary
    ("包头市人民政府关于2024年优化营商环境工作情况的报告", None),  # another field's report
    ("新浦镇2024年政务服务工作总结", None),
    ("关于进一步提升新浦镇法治政府建设水平的提案", None),  # a 政协 proposal (kind set d)
    ("关于对市人大代表第291号建议的答复", None),  # the unit's reply to a deputy's suggestion
])
def test_look_alike_titles_of_other_kinds_are_refused_or_flagged(title, refused):
    m = meta(title + REPORT_BODY)
    assert m.is_report is False or m.review_notes, title
    if refused is False:
        assert m.is_report and m.review_notes[0].startswith("需人工确认")


# pages-g 018 (高台县 2022): a county's report with no title, a maxim before its review of the year and unnumbered
# phrase headings that state the year's results; the 第一责任人 duty inside an item's paragraph.
COUNTY_NO_TITLE = (
    "法治是安邦治国的基石,更是实现经济社会高质量发展的保证。2022年,在市委、市政府和县委的坚强领导下,全县法治政府建设工作以"
    "习近平法治思想为指引,推动政府各项工作全面纳入法治化轨道,为全县经济社会高质量发展营造了良好的法治环境。\n"
    "坚持高位推动 法治政府建设责任不断强化\n"
    "加强统筹谋划。县委、县政府高度重视法治建设,县委全面依法治县委员会、县委常委会、县政府常务会多次研究法治政府建设工作。\n"
    "压实工作责任。把法治建设任务分解到各镇、各部门单位,确保法治建设任务落实到位。同时把法治建设履职情况纳入年终述职内容,"
    "同绩效考核、评先推优等紧密挂钩,推动各级党政主要负责人履行法治建设第一责任人职责落实落地。\n"
    "强化督察考核。对9个镇、27个重点执法部门的法治建设情况开展了专项督查,切实推动法治政府建设走深走实。\n"
    "深化宣传教育 全民法治意识不断增强\n"
    "发挥“关键少数”学法用法示范带动作用。县政府党组会议、常务会议带头落实学法制度,开展会前学法21次。")


def test_a_close_decision_is_scored_and_flagged_for_review(rubric):
    from scorer.scoring.pipeline import score_text

    # no title and no opener, but headings that state what the year achieved: scored, and a reviewer confirms
    card = score_text(COUNTY_NO_TITLE, rubric)
    doc = card["document"]
    assert doc["is_report"] is True
    assert any("需人工确认" in n for n in doc["review_notes"]) and card["needs_review"] is True
    # the same text headed as a plan ("加强…") has nothing that says it reviews a year
    plan = COUNTY_NO_TITLE.replace("法治政府建设责任不断强化", "强化法治政府建设责任").replace("全民法治意识不断增强", "增强全民法治意识")
    assert kind.features(analyse(plan.splitlines()))[0]["result_headings"] == 0.0


def test_a_report_title_under_a_news_cue_is_scored(rubric):
    from scorer.scoring.pipeline import score_text

    # a ministry's report reposted by a news site: the title holds against one news cue
    text = "应急管理部发布2023年法治政府建设年度报告\n中新网3月29日电 据消息,应急管理部发布2023年法治政府建设年度报告。具体内容如下:\n" \
           "一、加强党对法治政府建设的领导\n(一)坚决贯彻落实党中央全面依法治国决策部署。全年召开会议4次。\n二、存在的不足\n力量不足。"
    assert score_text(text, rubric)["document"]["is_report"] is True


# pages-g 024: a 街道's report addressed to the district's committee, whose announcement names no subject of its own
STREET_TO_COMMITTEE = (
    "城中区委全面依法治区委员会:\n"
    "在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持以习近平法治思想为根本遵循,认真贯彻落实《城中区2025年法治政府建设"
    "工作要点》要求,系统推进法治政府建设,切实将法治优势转化为治理效能。现将2025年工作情况总结如下:\n"
    "一、全年工作完成情况\n"
    "(一)组织保障体系更加健全。2025年,对街道法治政府建设工作领导小组成员实施优化调整,全年召开法治建设专题会议4次。\n"
    "(二)法治学习教育更加深入。将学习贯彻习近平法治思想作为党工委会议“第一议题”,全年落实“第一议题”学习20余次。")
# pages-g 001: no title; the opening sentence names the topic before "现报告如下"
BUREAU_NO_TITLE = (
    "根据中共中央办公厅、国务院办公厅《法治政府建设与责任落实督察工作规定》要求,区财政局认真梳理总结2025年度法治政府建设情况,"
    "现报告如下。\n一、推进法治政府建设的主要举措和成效\n(一)强化制度保障,健全依法理财体系\n"
    "一是持续完善财政管理制度。对预算管理、政府采购、国有资产监管等关键领域的内部规程进行梳理、修订和完善。\n"
    "(二)规范决策程序,提升科学民主法治水平\n一是坚持重大行政决策程序。严格执行公众参与、专家论证、风险评估、合法性审查等法定程序。")


@pytest.mark.parametrize("text", [STREET_TO_COMMITTEE, BUREAU_NO_TITLE])
def test_an_announcement_whose_paragraph_names_the_topic_makes_a_report_without_a_title(text):
    m = meta(text)
    assert m.is_report is True and m.review_notes == []


def test_an_announcement_that_names_another_subject_is_not_the_topic_s():
    # "现将本人2024年述法工作情况报告如下": the clause names what it reports, whatever the sentences before it say
    f, _ = kind.features(analyse(STREET_TO_COMMITTEE.replace("现将2025年工作情况总结如下", "现将本人2025年述法工作情况总结如下").splitlines()))
    assert f["opener_names_topic"] == 0.0
    f, _ = kind.features(analyse(STREET_TO_COMMITTEE.replace("系统推进法治政府建设", "系统推进基层治理")
                                 .replace("《城中区2025年法治政府建设工作要点》", "上级").splitlines()))
    assert f["opener_names_topic"] == 0.0


def test_a_review_of_several_years_is_not_an_annual_report():
    # pages-g 036: a tax bureau's review of the years of a government's term
    m = meta("武汉市国家税务局近年来依法行政工作情况的报告\n本届政府以来,武汉市国家税务局深入推进依法行政,全面建设法治国税。"
             "现将有关工作情况报告如下:\n一、深入推进依法治税,依法履职尽责,法治国税建设迈上新台阶\n(一)依法治税目标日益明确。"
             "2015年我局制定了《武汉市国家税务局关于全面加强法治国税建设的若干意见》。")
    assert m.is_report is False and "多年工作的回顾" in m.not_report_reason


# pages-g 034 (a traditional-script mirror): a news review of a whole sector's year, with no headings, that never
# names 法治政府建设 or 依法行政
SECTOR_REVIEW = (
    "2023年,全國公安機關深入貫徹落實習近平法治思想,按照公安部部署要求,堅持嚴格規范公正文明執法,堅持不懈推進執法規范化建設,"
    "法治公安建設取得積極成效,公安工作法治化水平和執法公信力不斷提高,為推進公安工作現代化提供了堅實法治保障。\n"
    "一年來,公安機關充分發揮法律制度對執法活動的重要引領、規范作用,緊盯執法實踐所需,不斷完善公安執法制度。\n"
    "持續推動執法辦案管理中心提質增效,全力打造一站式辦案的總基地。截至目前,全國公安機關共建成執法辦案管理中心3055個。\n"
    "深化執法主體能力建設,推動提升全警法治素養和執法水平。結合公安工作實際,組織開展多層次、多形式的法制教育培訓。")


def test_a_news_review_of_a_sector_s_year_is_not_passed_as_a_report():
    m = meta(SECTOR_REVIEW)
    assert m.is_report is False or m.review_notes != []
    f, _ = kind.features(analyse(SECTOR_REVIEW.splitlines()))
    assert f["no_headings"] == 1.0 and f["topic_unnamed"] == 1.0
    # the 纲要's task areas as headings name the subject: a report's outline, not an unnamed topic
    outlined = "一、關於行政執法\n" + SECTOR_REVIEW
    assert kind.features(analyse(outlined.splitlines()))[0]["topic_unnamed"] == 0.0


def test_a_report_shaped_text_that_never_names_its_topic_is_not_passed(rubric):
    from scorer.scoring.pipeline import score_text

    # another year-end summary of a bureau (政府信息公开), opened and headed like a report
    text = ("2023年，我局在区委、区政府的正确领导下，不断规范政府信息公开内容。现将我局本年度政府信息公开工作总结如下：\n"
            "一、主动公开政府信息情况\n全年主动公开信息126条，其中规划计划12条。\n二、存在的不足\n栏目更新不及时。")
    card = score_text(text, rubric)
    # never passed as a sure report: at most scored and flagged (refused since pages-g2's weights)
    assert card["document"]["is_report"] is False or card["needs_review"] is True
    on_topic = score_text(text.replace("政府信息公开工作", "法治政府建设工作"), rubric)
    assert on_topic["needs_review"] is False


def test_every_feature_has_a_weight_and_a_chinese_description():
    f, _ = kind.features(analyse(REPORT_TITLE.splitlines() + BODY.splitlines()))
    described = load("doc_kinds")["features"]
    assert set(f) == set(kind.weights()["weights"]) and set(f) <= set(described)


def test_cross_validated_figures_are_kept_with_the_weights():
    cv = kind.weights()["cross_validation"]
    assert cv["report"]["recall"] >= 0.99 and cv["look_alike"]["precision"] >= 0.95


def test_no_machine_learning_library_is_imported_at_run_time():
    code = ("import sys\nfrom scorer.scoring.pipeline import score_text\n"
            f"score_text({(REPORT_TITLE + BODY)!r})\n"
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_report_never_covers_a_year_not_begun_when_it_was_signed():
    # the opening speaks of 2025 (the plan's year); signed December 2024: 2025 had not begun
    text = ("清水县人民政府关于法治政府建设情况的报告\n2025年是“十五五”规划开局之年，本县坚持以习近平法治思想为指导，"
            "全面推进法治政府建设。\n一、2025年工作思路\n加强培训。\n清水县人民政府\n2024年12月20日")
    m = meta(text)
    assert m.report_year == 2024
    assert any("尚未开始" in n for n in m.review_notes)


def test_a_plan_heading_gives_the_year_before_it():
    # no year in the title or opening; the only year is the plan's ("一、2025年工作思路"): the report covers 2024
    text = ("清水县人民政府关于法治政府建设情况的报告\n本县坚持以习近平法治思想为指导，全面推进法治政府建设。\n"
            "一、主要举措和成效\n全年召开专题会议4次。\n二、2025年工作思路\n加强培训。")
    m = meta(text)
    assert (m.report_year, m.report_year_source, m.review_notes) == (2024, "plan", [])
    # a heading of the year's own work is read as it is
    m = meta(text.replace("一、主要举措和成效", "一、2024年主要举措和成效").replace("二、2025年工作思路", "二、下一步工作思路"))
    assert (m.report_year, m.report_year_source) == (2024, "heading")


OPENING_PLAN_YEAR = ("清水县人民政府关于法治政府建设情况的报告\n2025年是“十五五”规划开局之年。一年来，本县坚持以习近平法治思想为"
                     "指导，推进法治政府建设。\n一、主要举措和成效\n全年召开专题会议4次。\n二、2025年工作安排\n加强培训。")


@pytest.mark.parametrize(
    "signed, year",
    [
        ("\n清水县人民政府\n2025年1月20日", 2024),  # written in the plan's year: the report is on the year before
        ("", 2025),  # no date to decide by: the opening's year stays, and a person is asked
    ],
)
def test_an_opening_year_that_is_the_plans_own_is_weighed_and_shown(signed, year):
    m = meta(OPENING_PLAN_YEAR + signed)
    assert m.report_year == year
    assert [n for n in m.review_notes if "计划年份相同" in n]


def test_disagreeing_title_and_opening_years_are_shown_to_the_reviewer():
    m = meta("清水县人民政府关于2022年度法治政府建设情况的报告\n2021年，本县坚持以习近平法治思想为指导，推进法治政府建设。"
             + "\n一、主要举措和成效\n全年召开专题会议4次。")
    assert m.report_year == 2022 and any("标题为2022年，开头为2021年" in n for n in m.review_notes)


# A ministry's report as a mirror site printed it (pages-e fse-042): no title, no opening, no 报告如下; it
# opens at its first 纲要 task area, and the excerpt never says 法治. Traditional script, as printed.
TASK_AREA_REPORT = (
    "一、關於履行政府職能\n"
    "(一)深入推進文化和旅遊領域「放管服」改革。印發《文化和旅遊部辦公廳關於推進政府職能轉變和「放管服」改革相關工作任務分工方案》,"
    "落實國務院關於「放管服」改革電視電話會議精神及行政審批制度、商事制度改革各項工作任務,持續優化營商環境,激勵創業創新。\n"
    "(二)加強文化和旅遊市場監管。清理、廢除妨礙全國統一文化和旅遊市場和公平競爭的各種規定,加強公平競爭審查。"
    "2019年各級文化市場綜合執法機構出動檢查536萬餘人次,檢查各類文化市場經營單位199萬餘次。\n"
    "(三)優化文化和旅遊公共服務。會同中宣部等制定《關於提高基層文化惠民工程覆蓋面和實效性的意見》,完善公共文化服務設施。"
)
# The same shape in a plan (a region's 法治政府建设实施方案 as a newspaper printed it: pages fsb-105).
TASK_AREA_PLAN = (
    "为深入贯彻落实党中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》精神,在新发展阶段持续深入推进依法行政,"
    "全面建设法治政府,结合自治区实际,制定本方案。\n一、健全政府机构职能体系\n(一)推进政府机构职能优化协同高效\n"
    "继续优化政府组织结构,进一步理顺政府各部门职责关系,使政府机构设置更加科学、职能更加优化、权责更加协同。"
)


def test_a_report_that_opens_at_a_task_area_heading_is_scored_and_flagged_never_refused():
    m = meta(TASK_AREA_REPORT)
    assert m.is_report is True and any("需人工确认是否为" in n for n in m.review_notes)
    # the year the account names, for want of any other, shown to the reviewer as such
    assert m.report_year == 2019 and any("正文中出现最多的年份" in n for n in m.review_notes)


def test_the_same_headings_under_a_plan_s_own_words_are_refused_as_a_plan():
    m = meta(TASK_AREA_PLAN)
    assert m.is_report is False and "制定本方案" in m.not_report_reason


def test_a_task_area_named_by_a_single_measure_is_no_task_area_heading():
    # "一是做实矛盾纠纷排查化解": a measure under a part, not the part's 纲要 task area
    text = "2024年,我坚持以习近平法治思想为指导。\n一、履职情况\n一是做实矛盾纠纷排查化解。全年调处纠纷12件。\n"
    f, _ = kind.features(analyse(text.splitlines()))
    assert f["task_area_headings"] == 0.0
    f, seen = kind.features(analyse(text.replace("一、履职情况", "一、依法有效化解社会矛盾纠纷").splitlines()))
    assert f["task_area_headings"] == 1.0 and "矛盾纠纷" in seen["task_area_headings"]


def test_a_look_alike_title_over_a_report_s_body_is_at_most_flagged():
    # however report-like the body (an 印发 notice's title over a report, a 述职 title over an account of a
    # year), the title names another kind of document: never passed without a reviewer
    w = kind.weights()
    f = {n: 0.0 for n in w["weights"]}
    f.update(title_lookalike=1.0, opener=1.0, opener_names_topic=1.0, opening_year=1.0, report_headings=1.0,
             task_area_headings=1.0, speaks_as_body=1.0)
    d = kind.judge(f, {n: "…" for n, x in f.items() if x}, w)
    assert kind.probability(f, w) >= w["thresholds"]["review_below"]  # the body alone would pass
    assert not d.is_report or d.close


def test_a_task_area_outline_with_nothing_against_it_is_never_refused():
    # however little a refit weighs the outline, a text whose headings are the 纲要's task areas and that
    # shows nothing else either way is scored and flagged; a plan's own words refuse it
    w = kind.weights()
    light = dict(w, weights=dict(w["weights"], task_area_headings=0.0))
    f = {n: 0.0 for n in w["weights"]}
    f.update(no_title=1.0, task_area_headings=1.0)
    d = kind.judge(f, {n: "…" for n, x in f.items() if x}, light)
    assert kind.probability(f, light) < w["thresholds"]["refuse_below"]
    assert d.is_report and d.close
    f["cue_plan"] = 1.0
    assert kind.judge(f, {n: "…" for n, x in f.items() if x}, light).is_report is False


def test_a_real_report_on_a_model_text_site_is_scored_and_flagged():
    # pages-l: a township's 工作总结 copied to a 范文 site ("下面是小编为大家整理的…供大家参考"), its title run into
    # its opening and its opening naming the report's subject, was refused; a template with nothing else is
    w = kind.weights()
    f = {n: 0.0 for n in w["weights"]}
    f.update(title_in_text=1.0, opener=1.0, opener_names_topic=1.0, no_title=1.0, cue_template=1.0)
    d = kind.judge(f, {n: "…" for n, x in f.items() if x}, w)
    assert kind.probability(f, w) < w["thresholds"]["refuse_below"]
    assert d.is_report and d.close and "范文" in d.reason
    f["opener_names_topic"] = 0.0
    assert kind.judge(f, {n: "…" for n, x in f.items() if x}, w).is_report is False


def test_a_department_s_excerpt_opening_at_the_party_leadership_area_is_scored_and_flagged():
    # pages-m fsm-017 (a 教委's report, 2019): no title, no opening, every part run on in one line, its first
    # part "加强党对法治政府建设的全面领导" (the 2021 纲要's tenth area) and its second "全面履行部门职能…": refused
    text = ("一、加强党对法治政府建设的全面领导。一是明确领导责任。工委会议研究法治工作2次。二是加强部署推进。印发工作要点，"
            "召开全市教育法治工作会。\n二、全面履行部门职能推进放管服改革。一是规范行政审批工作。全年办理行政审批事项7项。\n")
    m = meta(text)
    assert m.is_report is True and m.review_notes


def test_a_half_year_summary_is_not_passed_as_a_year_s_report():
    # pages-n fsn-039: "2020年苍城镇上半年全面依法治镇工作总结" read as a report, unflagged
    m = meta("2020年苍城镇上半年全面依法治镇工作总结\n2020年,我镇深入贯彻落实党的十九大精神。\n（一）积极化解矛盾纠纷\n调处纠纷12件。")
    assert m.is_report is False or m.review_notes
    assert "半年" in (m.not_report_reason or "")


def test_news_of_an_evaluation_report_is_news():
    # pages-n fsn-033: a news item on the 百城 evaluation ("报告显示", "据介绍"), no headings, accepted as a report
    text = ("在2023年度,被评估的100个城市法治政府水平整体较上一年度稳步提升,有97个城市得分率在60%以上。\n"
            "报告显示,地方政府围绕经济调节、市场监管等职能的履行,不断完善制度。评估采用实地调研方式。")
    assert meta(text).is_report is False


def test_a_cover_letter_before_the_report_is_furniture_not_the_report():
    # pages-o fso-006 (a 交通运输局's letter "现将我局《…工作总结》随文上报。特此报告。", its signature and date, then the
    # summary under a title over two lines) and form set r (cover_letter_before): refused, or read as the letter
    letter = ("中共湖州市委、湖州市人民政府:\n根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,"
              "现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n特此报告。\n湖州市交通运输局\n2025年1月15日\n")
    report = ("2024年度交通运输法治政府建设\n工作总结\n2024年湖州市交通运输局在市委、市政府的坚强领导下,笃学践行习近平法治思想,"
              "推进法治政府建设。\n一、主要举措和成效\n全年办理行政处罚案件52件。\n二、存在的不足\n执法力量不足。")
    m = meta(letter + report)
    assert m.is_report is True and m.title == "2024年度交通运输法治政府建设工作总结" and m.report_year == 2024


def test_a_page_without_a_title_whose_headline_names_another_kind_of_document_is_not_passed():
    # kind set d (like_tian): a 政协 proposal, its headline only in a labelled line (案由：…的提案), passed as a report
    m = meta("提　案\n第79号\n提案人：张秀英\n案由：关于进一步提升清水县法治政府建设水平的提案\n情况分析：" + BODY)
    assert m.is_report is False or m.review_notes


def test_a_courts_white_paper_on_the_governments_cases_is_flagged():
    # kind h (like_baipishu): a court's 行政审判白皮书 passed as a report with no note
    from scorer.scoring.pipeline import score_text

    text = ("某县人民法院行政审判白皮书\n（2024年度）\n一、行政案件收结案基本情况\n2024年，本院共受理一审行政案件320件，审结301件，"
            "行政机关败诉率8.1%。行政机关负责人出庭应诉率达95%。\n二、行政机关依法行政的积极变化\n该县政府推进法治政府建设，"
            "全年审查合同45件，开展执法培训12场。\n三、行政执法中存在的主要问题\n部分行政机关执法程序不规范。\n四、对策建议\n（一）强化程序意识。")
    doc = score_text(text, path="白皮书.txt")["document"]
    assert doc["is_report"] is False or any("法院或检察院" in n for n in doc["review_notes"])


def test_a_bureaus_enforcement_statistics_are_no_report():
    # pages-v (广州市司法局2019年度行政执法数据): a 目录 of 统计表 read as headings, the title lost among the page's
    # furniture; it passed as a report to be reviewed (0.28)
    from pathlib import Path

    page = (Path(__file__).parent / "firstsight" / "pages-v" / "fsv-033.txt").read_text(encoding="utf-8")
    m = meta(page)
    assert m.is_report is False and "统计" in m.not_report_reason
    # a report with its statistics tables in an annex at the end is a report
    annex = "\n附件：1.行政许可实施情况统计表\n2.行政处罚实施情况统计表\n3.行政检查实施情况统计表"
    assert meta(REPORT_TITLE + BODY + annex).is_report is True
