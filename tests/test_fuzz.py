"""Fuzzing in the suite: a few thousand mutated inputs at the readers, a few hundred through the
batch, from a fixed seed (the same inputs on every run; benchmarks/fuzz.py runs longer and
reports). Every input must end in text or a one-line reason, every batch row in a whole scorecard
or a reason, and no summary cell may be a formula."""
from __future__ import annotations

import csv
import io
import json
import random

from scorer.reading import read_input
from scorer.text.errors import InputError

import hostile


def test_mutated_inputs_end_in_text_or_a_reason_at_every_reader(tmp_path):
    rnd = random.Random(15)
    seeds = hostile.seeds()
    names = sorted(seeds)
    path = tmp_path / "input"
    outcomes = {"text": 0, "reason": 0}
    for i in range(4000):
        src = names[i % len(names)]
        path.write_bytes(hostile.mutate(seeds[src], rnd, hostile.FRAGMENTS))
        try:
            ex = read_input(str(path))
        except InputError as err:
            assert err.problem and "\n" not in err.problem
            outcomes["reason"] += 1
            continue
        assert ex.lines and all(isinstance(ln, str) for ln in ex.lines)
        assert not any("\ud800" <= c <= "\udfff" for ln in ex.lines for c in ln), src
        outcomes["text"] += 1
    assert outcomes["text"] > 1000 and outcomes["reason"] > 1000, outcomes  # the mutants exercise both


def test_a_batch_of_mutants_and_odd_names_loses_nothing(tmp_path, contract):
    from openpyxl import load_workbook

    from scorer.round import batch

    rnd = random.Random(1515)
    seeds = hostile.seeds()
    names = sorted(seeds)
    src = tmp_path / "in"
    src.mkdir()
    odd = ["=", "+", "-", "@", "\x1b[1m", "\x07", "报" * 70, ""]
    for i in range(400):
        seed = names[i % len(names)]
        (src / f"{rnd.choice(odd)}{i:03d}{seed[seed.rfind('.'):]}").write_bytes(hostile.mutate(seeds[seed], rnd, hostile.FRAGMENTS))
    out = tmp_path / "out"
    rows = []
    result = batch.run_batch(batch.Options([str(src)], str(out), jobs=2, time_limit=120), on_row=rows.append)
    assert result.exit_code in (batch.EXIT_OK, batch.EXIT_UNSCORED) and len(rows) == 400
    assert not [r for r in rows if "内部错误" in (r.get("reason") or "") or "崩溃" in (r.get("reason") or "")
                or (r.get("reason") or "").startswith("超时")]
    for r in rows:
        if r["status"] in ("scored", "not_report", "needs_review"):
            card = json.loads((out / f"{r['name']}.json").read_text(encoding="utf-8"))
            assert not [e.message for e in contract.iter_errors(card)], r["path"]
            assert (out / f"{r['name']}.html").is_file()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    table = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
    assert len(table) == 401
    assert not [v for row in table for v in row if v[:1] in ("=", "+", "-", "@", "\t", "\r") or any(ord(c) < 32 for c in v)]
    ws = load_workbook(out / "summary.xlsx").active
    assert ws.max_row == 401 and not [c.value for row in ws.iter_rows() for c in row if c.data_type == "f"]
