"""The YAML cache gives the same data as YAML, never trusts a folder it does not own, and a
broken cache entry is no cache."""
from __future__ import annotations

import os

from scorer.text import yamlcache


def _fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(yamlcache, "_DIR", [])


def test_cached_data_equals_parsed_data_and_a_corrupt_entry_is_reparsed(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    text = "id: x\nlist: [一, 二]\nnested: {a: 1, b: null}\n"
    first = yamlcache.load_text(text)
    entries = list((tmp_path / f"_fzscore-cache-{os.getuid()}").glob("*.json"))
    assert len(entries) == 1 and yamlcache.load_text(text) == first == {"id": "x", "list": ["一", "二"], "nested": {"a": 1, "b": None}}
    entries[0].write_text("{not json", encoding="utf-8")
    assert yamlcache.load_text(text) == first


def test_data_json_would_change_is_not_cached(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    data = yamlcache.load_text("day: 2025-03-31\n1: one\n")
    assert str(data["day"]) == "2025-03-31" and data[1] == "one"
    assert not list((tmp_path / f"_fzscore-cache-{os.getuid()}").glob("*.json"))


def test_a_folder_others_can_write_is_not_used(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    folder = tmp_path / f"_fzscore-cache-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    assert yamlcache._cache_dir() is None
    assert yamlcache.load_text("a: 1\n") == {"a": 1}


def test_a_kept_table_is_built_once_for_its_inputs_and_rebuilt_when_damaged(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    builds = []

    def build():
        builds.append(1)
        return [[[65, "a"]], [[0, 9]]]

    assert yamlcache.kept("t", ["v1", (1, 2)], build) == build()
    builds.clear()
    assert yamlcache.kept("t", ["v1", (1, 2)], build) == [[[65, "a"]], [[0, 9]]] and builds == []
    yamlcache.kept("t", ["v2", (1, 2)], build)  # other inputs: built anew
    assert builds == [1]
    for entry in (tmp_path / f"_fzscore-cache-{os.getuid()}").glob("t-*.json"):
        entry.write_text("[[", encoding="utf-8")
    assert yamlcache.kept("t", ["v1", (1, 2)], build) == [[[65, "a"]], [[0, 9]]] and builds == [1, 1]


def test_the_kept_nfkc_table_is_the_one_unicodedata_gives(monkeypatch, tmp_path):
    from scorer.text import textnorm

    _fresh(monkeypatch, tmp_path)
    built = textnorm._build_simple_fold()
    textnorm._simple_fold.cache_clear()
    try:
        first = textnorm._simple_fold()
        textnorm._simple_fold.cache_clear()
        again = textnorm._simple_fold()  # from the kept file
    finally:
        textnorm._simple_fold.cache_clear()
    assert list(tmp_path.glob("_fzscore-cache-*/nfkc-simple-*.json"))
    assert first[0] == again[0] == {cp: n for cp, n in built[0]} and first[1].pattern == again[1].pattern
