"""A file's SHA-256 in its card is the same whichever implementation computed it: OpenSSL's (taken
once the process has loaded it, as a batch has) or CPython's own (a one-report run)."""
from __future__ import annotations

import hashlib
import sys

import scorer.reading as reading
from scorer.text.yamlcache import sha256_hex

from conftest import corpus_dir


def test_the_digest_is_the_files_sha256_with_and_without_openssl_loaded(monkeypatch, tmp_path):
    files = sorted(corpus_dir("dev").glob("*.txt"))[:5]
    assert files
    samples = [p.read_bytes() for p in files] + [b"x", bytes(range(256)) * 700]  # a PDF's size too
    import _hashlib  # noqa: F401  (loaded: the batch's way)

    for data in samples:
        want = hashlib.sha256(data).hexdigest()
        assert reading._sha256_hex(data) == want == sha256_hex(data)
    monkeypatch.delitem(sys.modules, "_hashlib")  # not loaded: a one-report run's way
    for data in samples:
        assert reading._sha256_hex(data) == hashlib.sha256(data).hexdigest()
    path = tmp_path / "r.txt"
    path.write_bytes(samples[0])
    assert reading.read_input(str(path)).sha256 == hashlib.sha256(samples[0]).hexdigest()
