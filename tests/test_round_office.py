"""A round an office can rely on (issue 25): adding reports, mixed years, reviews, removal.

The round is the dev corpus (reports on 2021, 2023, 2024, 2024 and 2025) submitted in two
batches, reviewed, and one report taken out; every output must keep covering the whole round.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import corpus_dir, run_cli

DEV = corpus_dir("dev")


def csv_rows(out: Path) -> dict:
    table = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
    return {row[0]: dict(zip(table[0], row)) for row in table[1:]}


def ranked_scores(out: Path) -> list[float]:
    """The machine scores in the index's main table, in the order the page shows them."""
    page = (out / "index.html").read_text(encoding="utf-8")
    body = page.split('<table id="reports" class="reports">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr data-review.*?</tr>", body, re.S)
    return [float(re.findall(r'<td data-label="机评分" class="num">([\d.]+)</td>', r)[0]) for r in rows]


@pytest.fixture(scope="module")
def two_batches(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("office")
    first, late, out = tmp / "2024年报告", tmp / "补报", tmp / "评审"
    first.mkdir()
    late.mkdir()
    for n in (0, 1, 2):
        shutil.copy(DEV / f"seed-00{n}.txt", first)
    for n in (3, 4):
        shutil.copy(DEV / f"seed-00{n}.txt", late)
    r1 = run_cli("batch", first, "-o", out, "-j", "2")
    r2 = run_cli("batch", late, "-o", out, "-j", "2")
    return out, r1, r2


def test_a_batch_into_an_existing_round_adds_to_it(two_batches):
    out, r1, r2 = two_batches
    assert r1.returncode == 0 and r2.returncode == 0, r2.stderr
    assert set(csv_rows(out)) == {f"seed-00{n}" for n in range(5)}
    page = (out / "index.html").read_text(encoding="utf-8")
    for n in range(5):
        assert f'href="seed-00{n}.html"' in page
    assert "另有 3 份为此前评分，已保留" in r2.stderr and "fzscore remove" in r2.stderr


def test_the_index_keeps_its_stated_order_after_a_review(two_batches, tmp_path):
    out = tmp_path / "评审"
    shutil.copytree(two_batches[0], out)
    before = ranked_scores(out)
    assert before == sorted(before, reverse=True) and len(before) >= 2
    low = min(csv_rows(out).items(), key=lambda kv: float(kv[1]["得分"] or 0) if kv[1]["年度与本轮不符"] == "" else 999)[0]
    r = run_cli("review", out, low, "conformity.title", "--status", "pass", "--reason", "标题规范", "--by", "张三")
    assert r.returncode == 0, r.stderr
    after = ranked_scores(out)
    assert after == sorted(after, reverse=True) == before
    assert "表格按机评分从高到低排列" in (out / "index.html").read_text(encoding="utf-8")


def test_other_years_are_flagged_and_ranked_apart(two_batches):
    out, _r1, r2 = two_batches
    rows = csv_rows(out)
    years = {name: int(row["报告年度"]) for name, row in rows.items()}
    assert sorted(years.values()) == [2021, 2023, 2024, 2024, 2025]
    for name, row in rows.items():
        assert bool(row["年度与本轮不符"]) == (years[name] != 2024), name
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h1>2024年度法治政府建设年度报告评分汇总</h1>" in page
    main_table = page.split('<table id="reports" class="reports">', 1)[1].split("</table>", 1)[0]
    others = page.split('<table id="other-reports" class="reports">', 1)[1].split("</table>", 1)[0]
    assert main_table.count("<tr data-review") == 2 and others.count("<tr data-review") == 3
    assert "2021 年度 1 份" in r2.stderr and "--year" in r2.stderr


def test_year_can_be_given_and_the_notice_says_which_year(two_batches, tmp_path):
    from docx import Document

    out = tmp_path / "评审"
    shutil.copytree(two_batches[0], out)
    r = run_cli("batch", DEV / "seed-003.txt", "-o", out, "--year", "2025")
    assert r.returncode == 0, r.stderr
    rows = csv_rows(out)
    assert [n for n, row in rows.items() if not row["年度与本轮不符"]] == ["seed-003"]
    r = run_cli("letters", out, "--date", "2026-05-01")
    assert r.returncode == 0, r.stderr
    notice = Document(str(out / "评审意见" / "评审情况通报（草稿）.docx"))
    text = "\n".join(p.text for p in notice.paragraphs)
    assert "关于2025年度法治政府建设年度报告评审情况的通报" in text
    assert "其他年度的报告" in text and "不参与排名" in text
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in notice.tables]
    ranking = next(t for t in tables if t[0][0] == "排名")
    assert [row[2] for row in ranking[1:]] == ["2025"]


def test_removing_a_report_is_an_explicit_command(two_batches, tmp_path):
    out = tmp_path / "评审"
    shutil.copytree(two_batches[0], out)
    r = run_cli("remove", out, "seed-001.txt")
    assert r.returncode == 0, r.stderr
    assert "已从本轮去掉：seed-001" in r.stdout
    assert set(csv_rows(out)) == {"seed-000", "seed-002", "seed-003", "seed-004"}
    assert not (out / "seed-001.json").exists() and "seed-001" not in (out / "index.html").read_text(encoding="utf-8")
    r = run_cli("batch", DEV / "seed-000.txt", "-o", out)  # a later batch does not bring it back
    assert "seed-001" not in csv_rows(out)
    r = run_cli("remove", out, "没有这份.txt")
    assert r.returncode == 2 and "没有找到报告" in r.stderr and "Traceback" not in r.stderr


def test_a_failed_file_of_an_earlier_run_does_not_fail_a_later_one(tmp_path):
    bad, good, out = tmp_path / "bad", tmp_path / "good", tmp_path / "out"
    bad.mkdir()
    good.mkdir()
    (bad / "空.txt").write_bytes(b"")
    shutil.copy(DEV / "seed-000.txt", good)
    assert run_cli("batch", bad, "-o", out).returncode == 4
    r = run_cli("batch", good, "-o", out)
    assert r.returncode == 0, r.stderr
    assert set(csv_rows(out)) == {"空", "seed-000"}


def test_letters_say_what_the_scorecards_say(two_batches, tmp_path):
    """A part whose check lost points is 部分写明 (with why) or 未达到要求, never 已写明; reports are
    named by title or year, never file names; the reviewer is the name given, never the login."""
    import json

    from docx import Document

    out = tmp_path / "评审"
    shutil.copytree(two_batches[0], out)
    r = run_cli("review", out, "seed-004", "conformity.title", "--status", "pass", "--reason", "核实", "--by", "王五")
    assert r.returncode == 0 and "复核人：王五" in r.stdout, r.stderr
    assert run_cli("letters", out, "--date", "2026-05-01").returncode == 0
    partial = 0
    for n in range(5):
        card = json.loads((out / f"seed-00{n}.json").read_text(encoding="utf-8"))
        text = "\n".join(p.text for p in Document(str(out / "评审意见" / f"seed-00{n}-评审意见.docx")).paragraphs)
        checks = {c["id"]: c for c in card["checks"]}
        for sec in card["sections"].values():
            check = checks.get(sec.get("check") or "")
            if not sec.get("required", True) or check is None:
                continue
            line = next(t for t in text.splitlines() if t.startswith("（") and f"）{sec['name']}：" in t)
            if check["status"] == "partial":
                partial += 1
                assert "部分写明" in line and check["message"].rstrip("。") in line, line
            if check["status"] in ("partial", "fail"):
                assert "已写明" not in line, line
        assert "seed-00" not in text and ".txt" not in text and card["rubric"]["id"] not in text
        assert "评审人：" + ("王五" if n == 4 else "（未经人工复核）") in text
    assert partial, "the dev round has a part that lost points"


def test_no_message_states_an_empty_value(score):
    bad = re.compile(r"写了 无|：无）|(?<![\d.])0 处")
    for path in sorted(DEV.glob("seed-*.txt")):
        card = score(path.read_text(encoding="utf-8"))
        for c in card["checks"]:
            assert not bad.search(c.get("message") or ""), (path.name, c["id"], c["message"])


def test_a_reviewed_scorecard_shows_the_reviewed_result_with_the_machines_beside(two_batches, tmp_path):
    import json

    out = tmp_path / "评审"
    shutil.copytree(two_batches[0], out)
    machine = json.loads((out / "seed-004.json").read_text(encoding="utf-8"))
    lost = [c for c in machine["checks"] if c["status"] in ("fail", "partial")]
    target = max(lost, key=lambda c: c["max_points"] - c["points"])
    r = run_cli("review", out, "seed-004", target["id"], "--status", "pass", "--reason", "核实原文", "--by", "王五")
    assert r.returncode == 0, r.stderr
    card = json.loads((out / "seed-004.json").read_text(encoding="utf-8"))
    final, grade = card["review"]["score"], card["review"]["grade"]
    assert final > machine["score"]
    page = (out / "seed-004.html").read_text(encoding="utf-8")
    verdict = page.split('id="verdict"', 1)[1].split("</section>", 1)[0]
    assert re.search(rf'id="score-value">{final:.1f}<', verdict) and f'id="grade-value">{grade}<' in verdict
    assert f"（机评 {machine['score']:.1f} 分，{machine['grade']}）" in verdict
    fixes = page.split('id="fix"', 1)[1].split("</section>", 1)[0]
    assert f'data-check="{target["id"]}"' not in fixes  # reviewed to full points: not a fix any more
    assert f'data-check="{target["id"]}"' not in verdict
    assert f"{final:g} 分 {grade}</title>" in page
