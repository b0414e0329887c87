"""Realistic variants found in review: each once misread; each test fails if it is misread again."""
from __future__ import annotations

import pytest

from conftest import check_of, run_cli

HEAD = "南岭县人民政府2024年法治政府建设年度报告\n2024年，南岭县深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
FIRST = "二、党政主要负责人履行推进法治建设第一责任人职责情况\n县委书记、县长带头学法4次，主持专题研究法治政府建设2次。\n"


def test_a_results_heading_with_plan_words_stays_a_result(score):
    card = score(HEAD + "一、聚焦重点任务，推动法治政府建设提质增效\n（一）规范执法。办理案件12件。\n" + FIRST +
                 "三、问题与不足\n执法人员持证率仅为82%，原因是新进人员较多。\n四、下一步打算\n年内组织考试2次。")
    secs = card["sections"]
    assert (secs["measures"]["line"], secs["next_year"]["line"]) == (3, 9)


def test_this_years_work_and_next_years_work(score):
    card = score(HEAD + "一、2024年主要工作\n办理案件12件。\n" + FIRST + "三、存在问题\n持证率仅为82%。\n四、2025年主要工作\n年内组织考试2次。")
    assert (card["sections"]["measures"]["spans"], card["sections"]["next_year"]["line"]) == ([[3, 4]], 9)
    assert check_of(card, "conformity.years")["status"] == "pass"


def test_a_results_paragraph_that_names_this_year_is_no_plan(score):
    card = score(HEAD + "一、严格规范公正文明执法\n办理案件12件。\n二、持续优化法治化营商环境\n县政府将2024年确定为“营商环境提升年”，精简审批事项23项。\n"
                 "三、存在的不足和原因\n持证率仅为82%，原因是新进人员较多。\n四、2025年工作安排\n年内组织考试2次。")
    assert card["sections"]["next_year"]["line"] == 9 and card["sections"]["measures"]["spans"] == [[3, 4], [5, 6]]


def test_a_combined_problems_and_plan_heading_is_split_by_its_sub_headings(score):
    card = score(HEAD + "一、主要工作\n办理案件12件。\n二、存在问题及下一步工作打算\n（一）存在问题。基层执法人员持证率仅为60%。\n"
                 "（二）下一步打算。年内开展执法培训5期，持证率提高到90%。")
    assert card["sections"]["shortcomings"]["spans"] == [[6, 6]] and card["sections"]["next_year"]["spans"] == [[7, 7]]
    plan = check_of(card, "substance.plan_response")
    assert plan["details"]["answered_share"] == 1.0
    assert all(e.get("similarity", 0) < 1.0 for e in plan["evidence"])  # no item matched against itself
    assert check_of(card, "conformity.years")["status"] == "pass"


@pytest.mark.parametrize("title", ["长青镇2024年法治政府建设工作总结和2025年工作计划",
                                   "长青镇2024年法治政府建设工作情况及2025年工作安排",
                                   "长青镇2024年法治政府建设情况报告暨2025年工作要点"])
def test_a_report_with_its_plan_in_the_title_is_a_report(score, title):
    card = score(title + "\n2024年，长青镇推进法治政府建设。\n一、主要举措和成效\n办理案件12件，培训干部300人次，审查合同45件，调解纠纷138件，开展普法活动20场。"
                 "\n二、存在的不足\n持证率偏低。\n三、2025年工作安排\n加强培训。")
    assert card["document"]["is_report"] is True


def test_a_title_with_spaces_is_a_title_not_a_navigation_bar(score):
    card = score("南岭县人民政府 关于2024年 法治政府建设 情况的报告\n" + HEAD.split("\n", 1)[1] + "一、主要举措和成效\n办理案件12件。")
    assert card["document"]["title"] == "南岭县人民政府 关于2024年 法治政府建设 情况的报告"


@pytest.mark.parametrize("ending", ["南岭县人民政府\n2025年3月15日\n（此件公开发布）", "南岭县人民政府      2025年3月15日",
                                    # form set ac: a QR code's placeholder over the footer's 扫一扫 lines
                                    "南岭县人民政府\n2025年3月15日\n[二维码]\n扫一扫在手机打开当前页\n[二维码]\n微信扫一扫　分享到朋友圈"])
def test_signature_and_date_are_found_with_a_note_after_or_on_one_line(score, ending):
    card = score(HEAD + "一、主要举措和成效\n办理案件12件。\n" + ending)
    assert card["document"]["publish_date"] == "2025-03-15"
    assert check_of(card, "conformity.signature")["status"] == "pass"


def test_levels_of_streets_and_their_party_committees():
    from scorer.document.metadata import level_of

    assert level_of("长安街道办事处") == "township" and level_of("长安街道党工委") == "township"


def test_a_chinese_numeral_year_in_the_title(score):
    card = score("平安县人民政府关于二〇二四年度法治政府建设情况的报告\n一、主要举措和成效\n办理案件12件。")
    assert card["document"]["report_year"] == 2024 and card["document"]["report_year_source"] == "title"


def test_a_title_alone_is_not_a_report(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("青石镇人民政府关于2024年法治政府建设情况的报告\n", encoding="utf-8")
    r = run_cli(f, "--no-html")
    assert r.returncode == 3 and "文字过少" in r.stdout


def test_nothing_decided_claims_no_grade(rubric):
    import hashlib

    from scorer.reading import Extracted
    from scorer.scoring.pipeline import score_extracted

    ex = Extracted("s.pdf", "pdf", None, hashlib.sha256(b"").hexdigest(), 1, (HEAD + "一、主要举措和成效\n办理案件12件。").splitlines(),
                   unreliable="扫描件或文字无法可靠提取，需要人工审核")
    card = score_extracted(ex, rubric)
    assert card["grade"] == "需人工审核"


@pytest.mark.parametrize(
    "patch, message",
    [("    due: \"02-29\"\n", "不是每年都有的日期"), ("    full_at: 2\n    zero_at: 2\n", "应小于 full_at")],
)
def test_rubric_values_that_would_crash_scoring_are_refused(tmp_path, patch, message):
    f = tmp_path / "r.yaml"
    check = "conformity.deadline" if "due" in patch else "substance.figures"
    f.write_text(f"id: r\nversion: 1\ntitle: r\nextends: default\nchecks:\n  - id: {check}\n{patch}", encoding="utf-8")
    r = run_cli("rubric", "check", f)
    assert r.returncode == 2 and message in r.stdout and f"{f}:" in r.stdout


def test_extends_must_be_a_name_and_ids_are_required_when_extending(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: r\nversion: 1\ntitle: r\nextends: [default]\n", encoding="utf-8")
    r = run_cli("rubric", "check", bad)
    assert r.returncode == 2 and f"{bad}:4: extends:" in r.stdout and "Traceback" not in r.stderr
    noid = tmp_path / "noid.yaml"
    noid.write_text("id: r\nversion: 1\ntitle: r\nextends: default\ncategories:\n  - {id: substance, basis: 123}\n"
                    "checks:\n  - id: conformity.deadline\n    due: \"02-28\"\n  - points: 3\n  - id: no.such\n    remove: true\n",
                    encoding="utf-8")
    out = run_cli("rubric", "check", noid).stdout
    assert f"{noid}:10: checks[1]: 缺少 id" in out and f"{noid}:11: checks[2].id: 要删除的 no.such" in out
    noid.write_text("id: r\nversion: 1\ntitle: r\nextends: default\ncategories:\n  - {id: substance, basis: 123}\n", encoding="utf-8")
    assert f"{noid}:6: categories[0].basis:" in run_cli("rubric", "check", noid).stdout


def test_batch_names_never_collide_or_overwrite_the_index(tmp_path):
    from pathlib import Path

    from scorer.round.batch import output_names

    files = [Path("a/报告:甲.txt"), Path("a/报告_甲.txt"), Path("a/index.txt"), Path("a/" + "长" * 120 + ".txt")]
    names = output_names(files)
    assert len(set(names.values())) == 4 and "index" not in names.values()
    assert all(len(n) <= 80 for n in names.values())


def test_batch_skips_its_own_output_folder_and_reports_missing_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(HEAD + "一、主要举措和成效\n办理案件12件。\n" + FIRST, encoding="utf-8")
    assert run_cli("batch", src, "-o", src / "out", "-q").returncode == 0
    again = run_cli("batch", src, "-o", src / "out", "-q")
    rows = (src / "out" / "summary.csv").read_text(encoding="utf-8-sig").splitlines()
    assert again.returncode == 0 and len(rows) == 2  # the header and r.txt: not its own scorecards
    assert run_cli("batch", tmp_path / "nothing", "-o", tmp_path / "o", "-q").returncode == 2
    assert run_cli("batch", src, tmp_path / "nothing", "-o", tmp_path / "o2", "-q").returncode == 4


def test_causes_read_through_punctuation(score):
    card = score("南岭县人民政府2024年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n二、存在的问题和不足\n"
                 "一是基层合法性审查力量较为薄弱。分析原因，主要是人员编制调整滞后于事项划转。\n三、2025年工作安排\n加强培训。")
    assert card["sections"]["shortcomings"]["causes"] is True


def test_issuer_from_the_sentence_when_the_preface_names_only_a_year(score):
    card = score("州人民政府：\n2017年，洱源县在州委、州政府和县委的坚强领导下，扎实推进法治政府建设，现将2017年度法治政府建设工作情况报告如下：\n"
                 "一、主要举措和成效\n县人民政府成立了以县长为组长的领导小组，县长认真履行推进法治建设第一责任人职责。")
    assert (card["document"]["issuer"], card["document"]["level"]) == ("洱源县", "county")


def test_level_from_how_the_report_speaks_when_no_issuer_is_found():
    from scorer.document.build import analyse
    from scorer.document.metadata import extract

    text = "2024年，我县深入推进法治政府建设。\n一、主要举措和成效\n我县县长带头学法4次，全县办理案件12件。"
    assert extract(analyse(text.splitlines())).level == "county"


@pytest.mark.parametrize("stock", ["这主要是因为对新形势新任务研究不深，工作方法比较传统。",
                                   "主要原因是对法治建设新进展新要求领会不透，存在畏难情绪。"])
def test_a_stock_cause_is_not_made_specific_by_a_word_inside_another(score, stock):
    # 新任 (newly appointed) is a fixable cause, 新任务 (new tasks) is not; nor is 新进展 (progress)
    base = "南岭县人民政府2024年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n二、存在的问题和不足\n一是执法人员持证率仅为82%。"
    card = score(base + stock + "\n三、2025年工作安排\n年内组织考试2次。")
    assert check_of(card, "completeness.shortcomings")["details"]["causes"]["specific"] == 0
    fixable = score(base + "主要原因是新任执法人员较多、培训不足。\n三、2025年工作安排\n年内组织考试2次。")
    assert check_of(fixable, "completeness.shortcomings")["details"]["causes"]["specific"] == 1
