"""`fzscore review`: the reviewer's decisions beside the machine's scores, kept in an append-only store.

A round is scored, reviewed (several adjustments, one report marked done), rescored with a changed
rubric (the reviews it touches are flagged 待重新复核 everywhere), and the store survives a killed
writer and concurrent writers.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

SAMPLE = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")
STORE = "review.sqlite"


def make_round(root: Path) -> Path:
    """Three reports (one of them under a second folder with the same file name), a bad file."""
    (root / "甲").mkdir(parents=True)
    (root / "乙").mkdir()
    (root / "甲" / "青石镇.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "乙" / "白沙镇.txt").write_text(SAMPLE.replace("青石镇", "白沙镇").replace("XX名", "12名"), encoding="utf-8")
    (root / "乙" / "司法局.txt").write_text(SAMPLE.replace("青石镇人民政府", "某县司法局").replace("青石镇", "本局"), encoding="utf-8")
    (root / "乙" / "空文件.txt").write_bytes(b"")
    return root


def card(out: Path, name: str) -> dict:
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))


def csv_rows(out: Path) -> dict:
    table = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
    return {row[0]: dict(zip(table[0], row)) for row in table[1:]}


def formula(checks: list[dict]) -> float:
    """scorer/scoring/scorecard.py's formula, written out again: 100 × Σ points ÷ Σ max over decided checks."""
    decided = [c for c in checks if c["status"] in ("pass", "partial", "fail")]
    return round(100 * sum(c["points"] for c in decided) / sum(c["max_points"] for c in decided), 1)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A round scored and reviewed through the command line, as an office would."""
    tmp = tmp_path_factory.mktemp("round")
    inputs, out = make_round(tmp / "in"), tmp / "out"
    r = run_cli("batch", inputs, "-o", out, "--jobs", "2", "-q")
    assert r.returncode == 4, r.stderr  # the empty file cannot be scored
    before = {n: card(out, n) for n in ("青石镇", "白沙镇", "司法局")}
    steps = [
        # by file name and check id
        ("青石镇.txt", "conformity.deadline", "--points", "3", "--reason", "页面注明3月28日发布，机评读到的是更新日期", "--by", "张三"),
        # by output name and the check's Chinese name
        ("青石镇", "覆盖纲要任务领域", "--status", "pass", "--reason", "数字政府一节写在其他部分", "--by", "张三"),
        ("白沙镇", "substance.self_critique", "--status", "partial", "--points", "4", "--reason", "问题多为套话", "--by", "李四"),
        ("司法局.txt", "conformity.placeholders", "--status", "fail", "--reason", "占位符不止一处", "--by", "李四"),
    ]
    outputs = [run_cli("review", out, *step) for step in steps]
    done = run_cli("review", out, "青石镇", "--done", "--by", "张三")
    return {"tmp": tmp, "inputs": inputs, "out": out, "before": before, "outputs": outputs, "done": done}


def test_adjustments_are_recorded_and_reviewed_scores_follow_the_machine_formula(reviewed):
    out = reviewed["out"]
    for r in reviewed["outputs"] + [reviewed["done"]]:
        assert r.returncode == 0, r.stderr
    assert "已记录复核" in reviewed["outputs"][0].stdout and "复核得分" in reviewed["outputs"][0].stdout
    assert "已标记复核完成" in reviewed["done"].stdout
    for name, adjusted in (("青石镇", {"conformity.deadline": 3.0, "substance.coverage": None}),
                           ("白沙镇", {"substance.self_critique": 4.0}), ("司法局", {"conformity.placeholders": 0.0})):
        c = card(out, name)
        machine = reviewed["before"][name]
        assert c["score"] == machine["score"] and c["grade"] == machine["grade"]  # the machine's score is kept
        expected = []
        for ch in machine["checks"]:
            if ch["id"] in adjusted:
                pts = ch["max_points"] if adjusted[ch["id"]] is None else adjusted[ch["id"]]
                ch = dict(ch, points=pts, status="pass" if pts == ch["max_points"] else "fail" if pts == 0 else "partial")
            expected.append(ch)
        rv = c["review"]
        assert rv["score"] == formula(expected)
        assert rv["machine_score"] == machine["score"]
        assert {a["check_id"] for a in rv["adjustments"]} == set(adjusted)
        assert all(a["reason"] and a["by"] in ("张三", "李四") and not a["recheck"] for a in rv["adjustments"])
    assert card(out, "青石镇")["review"]["state"] == "done" and card(out, "白沙镇")["review"]["state"] == "in_progress"
    assert "review" not in json.dumps(card(out, "青石镇")["checks"])  # the machine's checks are untouched


def test_reviewed_cards_still_meet_the_contract(reviewed, contract):
    for name in ("青石镇", "白沙镇", "司法局"):
        errors = list(contract.iter_errors(card(reviewed["out"], name)))
        assert not errors, errors[0].message


def test_every_output_shows_machine_and_reviewed_scores(reviewed):
    out = reviewed["out"]
    html = (out / "青石镇.html").read_text(encoding="utf-8")
    c = card(out, "青石镇")
    assert 'id="review"' in html and "人工复核" in html and "页面注明3月28日发布" in html and "张三" in html
    # scores are shown as every output shows a score: one decimal (90.0, 83.6)
    assert f'id="review-score">{c["review"]["score"]:.1f}<' in html and f'id="machine-score">{c["score"]:.1f}<' in html
    assert "复核完成" in html
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "机评分" in index and "复核分" in index and "复核状态" in index and 'id="rv"' in index
    assert index.count('data-review="done"') == 1 and index.count('data-review="in_progress"') == 2
    rows = csv_rows(out)
    assert rows["青石镇"]["复核状态"] == "复核完成" and float(rows["青石镇"]["复核得分"]) == c["review"]["score"]
    assert rows["白沙镇"]["复核状态"] == "复核中"
    assert rows["空文件"]["复核状态"] == "" and rows["空文件"]["状态"] == "无法评分"  # unscorable files stay listed
    from openpyxl import load_workbook

    wb = load_workbook(out / "summary.xlsx", read_only=True)
    assert wb.sheetnames == ["评分汇总", "复核调整"]
    head, *adjustments = list(wb["复核调整"].values)
    assert "理由" in head and "复核人" in head and len(adjustments) == 4
    main_head = next(wb["评分汇总"].values)
    assert "复核得分" in main_head and "复核状态" in main_head


def test_list_and_history(reviewed):
    out = reviewed["out"]
    r = run_cli("review", out, "--list")
    assert r.returncode == 0, r.stderr
    assert "复核完成 1 份" in r.stdout and "待复核 2 份" in r.stdout and "空文件" not in r.stdout
    h = run_cli("review", out, "青石镇", "--history")
    assert h.returncode == 0, h.stderr
    assert h.stdout.count("调整 ") == 2 and "标记复核完成" in h.stdout and "数字政府一节写在其他部分" in h.stdout
    assert "当前：复核完成" in h.stdout


def test_render_and_text_show_the_review(reviewed, tmp_path):
    out = reviewed["out"]
    r = run_cli("render", out / "白沙镇.json", "-o", tmp_path / "again.html")
    assert r.returncode == 0, r.stderr
    assert "问题多为套话" in (tmp_path / "again.html").read_text(encoding="utf-8")
    from scorer.render.text import render

    text = render(card(out, "白沙镇"))
    assert "复核：复核中" in text and "问题多为套话" in text and "李四" in text


@pytest.mark.parametrize("args, says", [
    (("青石镇", "conformity.deadline", "--points", "4", "--reason", "x"), "0 到 3 之间"),
    (("青石镇", "conformity.deadline", "--points", "-1", "--reason", "x"), "0 到 3 之间"),
    (("青石镇", "conformity.deadline", "--points", "2"), "理由"),
    (("青石镇", "conformity.deadline", "--points", "2", "--reason", "  "), "理由"),
    (("青石镇", "conformity.deadline", "--status", "partial", "--reason", "x"), "部分得分"),
    (("青石镇", "conformity.deadline", "--status", "pass", "--points", "2", "--reason", "x"), "矛盾"),
    (("青石镇", "no.such.check", "--points", "1", "--reason", "x"), "没有检查项"),
    (("没有这份报告", "conformity.deadline", "--points", "1", "--reason", "x"), "没有找到报告"),
    (("青石镇", "--history", "--done"), "不能同时使用"),
])
def test_bad_reviews_are_one_line_errors_and_write_nothing(reviewed, args, says):
    out = reviewed["out"]
    before = len(_events(out))
    r = run_cli("review", out, *args)
    assert r.returncode == 2 and says in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert len(_events(out)) == before


def test_a_missing_folder_is_named(tmp_path):
    r = run_cli("review", tmp_path / "nope", "--list")
    assert r.returncode == 2 and "nope" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def _events(out: Path) -> list:
    with sqlite3.connect(out / STORE) as db:
        return db.execute("SELECT * FROM events ORDER BY id").fetchall()


# ---------------------------------------------------------------- rescoring with a changed rubric


def test_rescoring_with_a_changed_rubric_flags_reviews_whose_machine_result_changed(reviewed, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    (tmp_path / "late.yaml").write_text(textwrap.dedent("""\
        id: late-province
        version: 2
        title: 某省法治政府建设年度报告评分细则
        extends: township
        checks:
          - id: conformity.deadline
            due: "05-01"
        """), encoding="utf-8")
    r = run_cli("batch", reviewed["inputs"], "-o", out, "--jobs", "2", "-q", "--rubric", tmp_path / "late.yaml")
    assert r.returncode == 4, r.stderr
    assert "1 份报告的机评结果在复核后有变化，待重新复核（青石镇）" in r.stderr
    qs = card(out, "青石镇")
    assert qs["rubric"]["id"] == "late-province"
    flags = {a["check_id"]: a for a in qs["review"]["adjustments"]}
    assert flags["conformity.deadline"]["recheck"] and "机评结果已变" in flags["conformity.deadline"]["recheck_reason"]
    assert not flags["substance.coverage"]["recheck"]  # its machine result did not change
    assert qs["review"]["state"] == "recheck" and qs["review"]["state_zh"] == "待重新复核"
    assert qs["review"]["done"] is not None  # the earlier 复核完成 is kept, not lost
    bs = card(out, "白沙镇")
    assert bs["review"]["state"] == "in_progress"  # its reviewed check did not move
    assert "待重新复核" in (out / "青石镇.html").read_text(encoding="utf-8")
    assert 'data-review="recheck"' in (out / "index.html").read_text(encoding="utf-8")
    assert csv_rows(out)["青石镇"]["复核状态"] == "待重新复核"
    lst = run_cli("review", out, "--list")
    assert "待重新复核 1" in lst.stdout
    # the report cannot be marked done until the flagged check is reviewed again
    r = run_cli("review", out, "青石镇", "--done")
    assert r.returncode == 2 and "待重新复核" in r.stderr
    r = run_cli("review", out, "青石镇", "conformity.deadline", "--status", "pass", "--reason", "新细则下按时", "--by", "张三")
    assert r.returncode == 0, r.stderr
    assert run_cli("review", out, "青石镇", "--done").returncode == 0
    assert card(out, "青石镇")["review"]["state"] == "done"
    assert len(_events(out)) == len(_events(reviewed["out"])) + 2  # nothing rewritten, two rows added


def test_reviews_survive_a_rerun_and_follow_content_not_names(reviewed, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    inputs = tmp_path / "in"
    shutil.copytree(reviewed["inputs"], inputs)
    r = run_cli("batch", inputs, "-o", out, "--jobs", "2", "-q")  # nothing changed: reused
    assert r.returncode == 4
    assert card(out, "青石镇")["review"]["state"] == "done"
    # a revised draft is a different report: the old review no longer applies to it
    (inputs / "乙" / "白沙镇.txt").write_text(SAMPLE.replace("青石镇", "白沙镇"), encoding="utf-8")
    run_cli("batch", inputs, "-o", out, "--jobs", "2", "-q")
    assert "review" not in card(out, "白沙镇")
    assert csv_rows(out)["白沙镇"]["复核状态"] == "未复核"
    h = run_cli("review", out, "白沙镇", "--history")
    assert "旧版本另有 1 条复核记录" in h.stdout


# ---------------------------------------------------------------- the store itself


def test_the_store_is_append_only_and_versioned(tmp_path):
    from scorer.round.review.store import SCHEMA_VERSION, ReviewError, ReviewStore

    path = tmp_path / STORE
    with ReviewStore(path) as s:
        s.append([_row(0)])
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    for sql in ("UPDATE events SET reviewed_points = 1", "DELETE FROM events"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute(sql)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(ReviewError, match="更新版本"):
        ReviewStore(path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ReviewError, match=r"bad\.sqlite"):
        ReviewStore(bad)
    with pytest.raises(ReviewError, match="不符合要求"):  # the schema refuses a row without a reason
        ReviewStore(tmp_path / "other.sqlite").append([_row(0) | {"reason": " "}])


def _row(i: int, who: str = "测试") -> dict:
    return {"kind": "adjust", "sha256": f"{i % 7:064x}", "report": f"报告{i % 7}", "check_id": f"check.{i}",
            "rubric_id": "default", "rubric_version": "1", "machine_status": "fail", "machine_points": 0.0,
            "max_points": 6.0, "reviewed_status": "pass", "reviewed_points": 6.0, "reason": f"理由 {i}", "reviewer": who}


WRITER = """
import sys, time
sys.path.insert(0, {root!r})
from scorer.round.review.store import ReviewStore
s = ReviewStore({path!r})
s.db.execute("BEGIN IMMEDIATE")
for i in range(50):
    s.db.execute("INSERT INTO events (kind, sha256, report, check_id, rubric_id, rubric_version, machine_status, "
                 "machine_points, max_points, reviewed_status, reviewed_points, reason, reviewer, at) "
                 "VALUES ('adjust', ?, 'x', 'c', 'r', '1', 'fail', 0, 6, 'pass', 6, '中途', '被杀', 'now')", ("f" * 64,))
print("inside", flush=True)
time.sleep(60)
"""


def test_a_writer_killed_mid_transaction_leaves_the_store_consistent(tmp_path):
    from scorer.round.review.store import ReviewStore

    path = tmp_path / STORE
    with ReviewStore(path) as s:
        s.append([_row(i) for i in range(3)])
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), path=str(path))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "inside"  # 50 rows written, not committed
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    with ReviewStore(path) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = s.events()
        assert [e.reason for e in events] == ["理由 0", "理由 1", "理由 2"]  # the earlier rows, none of the killed ones
        s.append([_row(3)])  # the killed writer's lock is gone
        assert len(s.events()) == 4


CONCURRENT = """
import sys
sys.path.insert(0, {root!r})
from scorer.round.review.store import ReviewStore
sys.path.insert(0, {tests!r})
from test_review import _row
s = ReviewStore({path!r})
for i in range(40):
    s.append([_row(i, {who!r})])
"""


def test_concurrent_writers_lose_nothing(tmp_path):
    from scorer.round.review.store import ReviewStore

    path = tmp_path / STORE  # not there yet: the writers race to create and migrate it too
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT.format(root=str(ROOT), tests=str(ROOT / "tests"),
                                                                       path=str(path), who=f"复核人{k}")],
                              stderr=subprocess.PIPE, text=True) for k in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with ReviewStore(path) as s:
        events = s.events()
    assert len(events) == 160 and len({e.id for e in events}) == 160
    for k in range(4):
        mine = [e.reason for e in events if e.reviewer == f"复核人{k}"]
        assert mine == [f"理由 {i}" for i in range(40)]  # each writer's rows, all there, in its order


def test_concurrent_review_commands_all_reach_the_summaries(reviewed, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    jobs = [("白沙镇", "conformity.deadline", "--status", "not_applicable", "--reason", "并发一"),
            ("司法局", "conformity.deadline", "--status", "not_applicable", "--reason", "并发二"),
            ("白沙镇", "conformity.title", "--points", "1.5", "--reason", "并发三"),
            ("司法局", "conformity.title", "--points", "1", "--reason", "并发四")]
    procs = [subprocess.Popen([sys.executable, "-m", "scorer", "review", str(out), *j], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for j in jobs]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    reasons = {a["reason"] for n in ("白沙镇", "司法局") for a in card(out, n)["review"]["adjustments"]}
    assert {"并发一", "并发二", "并发三", "并发四"} <= reasons
    from openpyxl import load_workbook

    sheet = list(load_workbook(out / "summary.xlsx", read_only=True)["复核调整"].values)
    assert {"并发一", "并发二", "并发三", "并发四"} <= {row[9] for row in sheet[1:]}


# ---------------------------------------------------------------- deriving the state from the history


def _event(i: int, kind: str, check_id: str | None = None, machine=("fail", 0.0, 6.0), reviewed=("pass", 6.0)):
    from scorer.round.review.store import Event

    return Event(i, kind, "a" * 64, "报告", "报告.txt", check_id, check_id, "default", "1", machine[0], machine[1],
                 machine[2], reviewed[0], reviewed[1], "理由", "张三", f"2025-05-0{i}T10:00:00+08:00")


def test_the_latest_decision_wins_and_a_later_change_reopens_a_done_review(score):
    from scorer.round.review.state import review_block

    card = score(SAMPLE, published="2025-04-08")
    dl = next(c for c in card["checks"] if c["id"] == "conformity.deadline")
    machine = (dl["status"], dl["points"], dl["max_points"])
    first = _event(1, "adjust", "conformity.deadline", machine, ("partial", 1.5))
    second = _event(2, "adjust", "conformity.deadline", machine, ("pass", 3.0))
    done = _event(3, "done")
    block = review_block(card, [first, second, done])
    assert block["state"] == "done" and [a["points"] for a in block["adjustments"]] == [3.0]
    assert block["score"] == round(card["score"] + 100 * 3 / 100, 1)  # every check decided: Σmax = 100
    reopened = review_block(card, [first, second, done, _event(4, "adjust", "conformity.deadline", machine, ("partial", 1.5))])
    assert reopened["state"] == "in_progress" and reopened["done"] is None
    assert reopened["score"] == round(card["score"] + 1.5, 1)


def test_a_review_can_decide_a_check_the_machine_left_out_or_take_one_out(score):
    from scorer.round.review.state import review_block

    card = score(SAMPLE)  # the publish date is read from the page; make the deadline undecided by hand
    checks = [dict(c, status="needs_review", points=0.0) if c["id"] == "conformity.deadline" else c for c in card["checks"]]
    card = dict(card, checks=checks)
    base = formula(checks)
    decided = review_block(card, [_event(1, "adjust", "conformity.deadline", ("needs_review", 0.0, 3.0), ("pass", 3.0))])
    assert decided["score"] == formula([dict(c, status="pass", points=3.0) if c["id"] == "conformity.deadline" else c
                                        for c in checks]) and decided["score"] > base
    title = next(c for c in checks if c["id"] == "conformity.title")
    excluded = review_block(card, [_event(1, "adjust", "conformity.title", (title["status"], title["points"], title["max_points"]),
                                          ("not_applicable", 0.0))])
    assert excluded["score"] == formula([c for c in checks if c["id"] != "conformity.title"])


def test_a_review_of_a_check_the_rubric_dropped_is_kept_flagged_and_not_counted(score):
    from scorer.round.review.state import review_block

    card = score(SAMPLE)
    block = review_block(card, [_event(1, "adjust", "conformity.gone", ("fail", 0.0, 6.0), ("pass", 6.0))])
    a = block["adjustments"][0]
    assert a["recheck"] and "已没有这个检查项" in a["recheck_reason"] and not a["applied"]
    assert block["score"] == card["score"] and block["state"] == "recheck"


@pytest.mark.parametrize("delta", [-2.0, -0.5, 0.0, 0.5, 2.0])
def test_reviewed_points_move_the_reviewed_score_the_same_way(score, delta):
    """Directional: raising a check's points raises the reviewed score, lowering lowers it, none keeps it."""
    from scorer.round.review.state import review_block

    card = score(SAMPLE)
    c = next(c for c in card["checks"] if c["id"] == "substance.self_critique")
    new = min(c["max_points"], max(0.0, c["points"] + delta))
    block = review_block(card, [_event(1, "adjust", c["id"], (c["status"], c["points"], c["max_points"]), ("partial", new))])
    moved = block["score"] - card["score"]
    assert (moved > 0) == (new > c["points"]) and (moved < 0) == (new < c["points"])


def test_an_unreadable_store_costs_the_reviews_not_the_round(reviewed, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    for suffix in ("", "-wal", "-shm"):
        (out / (STORE + suffix)).unlink(missing_ok=True)
    (out / STORE).write_bytes(b"this is not a SQLite database " * 200)
    r = run_cli("batch", reviewed["inputs"], "-o", out, "--jobs", "2", "-q")
    assert r.returncode == 4  # as before: only the empty file is unscorable
    assert "review.sqlite" in r.stderr and "复核结果未更新" in r.stderr
    assert card(out, "青石镇")["review"]["state"] == "done"  # as the last run showed it
    assert csv_rows(out)["青石镇"]["复核状态"] == "复核完成" and (out / "index.html").exists()
    r = run_cli("batch", reviewed["inputs"], "-o", out, "--jobs", "2", "-q", "--force")
    assert r.returncode == 4 and "复核结果未更新" in r.stderr
    assert "review" not in card(out, "青石镇") and csv_rows(out)["青石镇"]["复核状态"] == "未复核"
    r = run_cli("review", out, "--list")
    assert r.returncode == 2 and "review.sqlite" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_report_is_found_by_path_and_a_shared_file_name_asks_for_the_output_name(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    for town in ("甲", "乙"):
        (inputs / town).mkdir(parents=True)
        (inputs / town / "报告.txt").write_text(SAMPLE.replace("青石镇", f"{town}镇"), encoding="utf-8")
    assert run_cli("batch", inputs, "-o", out, "-q", "-j", "2").returncode == 0
    args = ("conformity.deadline", "--points", "3", "--reason", "已核实")
    r = run_cli("review", out, "报告.txt", *args)
    assert r.returncode == 2 and "甲__报告" in r.stderr and "乙__报告" in r.stderr and "输出名" in r.stderr
    r = run_cli("review", out, inputs / "乙" / "报告.txt", *args, "--by", "张三")
    assert r.returncode == 0, r.stderr
    assert "review" in card(out, "乙__报告.txt") and "review" not in card(out, "甲__报告.txt")


def test_a_decision_committed_but_never_written_out_reaches_the_outputs_on_the_next_command(reviewed, tmp_path):
    """A `fzscore review` killed between its commit and its refresh: the store has the decision;
    the next review command (here --list) brings the cards and summaries up to it."""
    import shutil

    from scorer.round.review.store import ReviewStore

    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    c = card(out, "司法局")
    ch = next(x for x in c["checks"] if x["id"] == "conformity.title")
    with ReviewStore(out / STORE) as s:  # what the killed command committed
        s.append([{"kind": "adjust", "sha256": c["source"]["sha256"], "report": "司法局", "check_id": ch["id"],
                   "check_name": ch["name"], "rubric_id": c["rubric"]["id"], "rubric_version": c["rubric"]["version"],
                   "machine_status": ch["status"], "machine_points": ch["points"], "max_points": ch["max_points"],
                   "reviewed_status": "fail", "reviewed_points": 0.0, "reason": "中断前已提交", "reviewer": "王五"}])
    assert "中断前已提交" not in json.dumps(card(out, "司法局"), ensure_ascii=False)
    assert run_cli("review", out, "--list").returncode == 0
    assert "中断前已提交" in {a["reason"] for a in card(out, "司法局")["review"]["adjustments"]}
    assert "中断前已提交" in (out / "司法局.html").read_text(encoding="utf-8")
    before = (out / "summary.csv").stat().st_mtime_ns
    assert run_cli("review", out, "--list").returncode == 0  # in step now: nothing rewritten
    assert (out / "summary.csv").stat().st_mtime_ns == before
