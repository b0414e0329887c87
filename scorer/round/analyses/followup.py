"""Year over year: each report against its issuer's report of last year (`fzscore batch --previous`).

Last year's side is either a batch output folder (its scorecards: text, parts, score, grade) or a
folder of reports, read and built into Documents (scorer.reading, scorer.document.build) but not
scored. Reports are matched by normalised issuer name. For a matched report:

- plan follow-through: each of last year's plan items is kept when an item of this year's measures
  is similar to it, dropped otherwise;
- repeated shortcomings (整改不力): this year's shortcomings similar to last year's;

which parts hold the plan, the measures and the shortcomings is the rubric's: the `section` and
`answered_by` of its round_finding checks (`Parts.of`), never ids written here;
- reused text: the share of this year's letters and digits in passages copied from last year's
  report (copying.shared_passages), boilerplate left out: the rubric's own wording and the
  passages many of LAST year's reports share (fingerprints held by more than boilerplate_df(n) of
  its n reports, `LastYear.learned`) — text a unit shares with many others is not its own, and
  both are known before this year's reports are scored, so that each report is compared in the
  worker that scores it;
- score and grade change, when last year's report was scored.

Items are the part's sentences (split at 。；), compared by TF-IDF cosine on character bigrams
(scorer.text.matching, as plan_response does).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from scorer.round.analyses.copying import common_fingerprints, covered, shared_passages
from scorer.round.analyses.sketch import ReportText, body_lines, card_text, fingerprints, read_sketch, report_text
from scorer.round.outputs import card_from_json

KEPT_AT = 0.3  # cosine at which a measure this year answers a plan item of last year
REPEATED_AT = 0.5  # cosine at which a shortcoming this year repeats one of last year
MIN_ITEM = 8  # characters of an item (shorter pieces are headings' tails, not items)
_SENTENCE = re.compile(r"[^。；;！!？?]+")
# at least MIN_ITEM letters or digits (what `re.sub(r"[\W_]+", "", text)` keeps), found without
# building the stripped text: the match stops at the MIN_ITEM-th
_LONG_ENOUGH = re.compile(rf"(?:[\W_]*[^\W_]){{{MIN_ITEM}}}")


@dataclass(frozen=True)
class Parts:
    """The section ids the comparison reads, as the rubric names them (None: that comparison is not made)."""
    plan: str | None = None
    measures: str | None = None
    problems: str | None = None

    @classmethod
    def of(cls, checks: list[dict]) -> Parts:
        """From a rubric's checks (data): its round_finding checks say which parts they compare."""
        found = {c.get("finding"): c for c in checks if c.get("kind") == "round_finding"}
        plan = found.get("plan_followthrough") or {}
        problems = found.get("repeated_shortcomings") or {}
        return cls(plan.get("section"), plan.get("answered_by"), problems.get("section"))


@dataclass
class Previous:
    name: str
    issuer: str
    lines: list[str]
    sections: dict  # section id -> {"present", "line", "spans"}
    body: list[int]
    score: float | None = None
    grade: str | None = None
    report_year: int | None = None
    path: str | None = None
    _items: dict = field(default_factory=dict, repr=False, compare=False)
    _tokens: dict = field(default_factory=dict, repr=False, compare=False)

    # Last year's report is compared with every report of its issuer in the round (and again in
    # each round grown): its text and its parts' items are made once per process, not per comparison.
    @cached_property
    def text(self) -> ReportText:
        return report_text(self.lines, self.body)

    def items(self, sid: str | None) -> list[tuple[int, str, str]]:
        if sid not in self._items:
            self._items[sid] = items(self.lines, _part(self.sections, sid))
        return self._items[sid]

    def tokenizer(self, tokens: Callable[[str], Counter], sids: tuple[str | None, ...]) -> Callable[[str], Counter]:
        """`tokens`, answering for the items of these parts of last year's report from what it gave
        them before (the same Counters: nothing reads them but to count)."""
        known = self._tokens.setdefault(tokens, {})
        for sid in sids:
            for _, _, text in self.items(sid):
                if text not in known:
                    known[text] = tokens(text)

        def memo(text: str) -> Counter:
            found = known.get(text)
            return found if found is not None else tokens(text)

        return memo

    @cached_property
    def digest(self) -> str:
        """What a comparison with this report reads of it, hashed: a row keeps it (through
        LastYear.key), so that a card compared with another version of last year's report is compared again."""
        h = hashlib.sha256(json.dumps([self.name, self.issuer, self.score, self.grade, self.report_year, self.path,
                                       self.body, self.sections, [len(x) for x in self.lines]],
                                      sort_keys=True, default=str).encode("ascii"))
        h.update("\x00".join(self.lines).encode("utf-8", "surrogatepass"))
        return h.hexdigest()


@dataclass
class LastYear:
    """Last year's round as the comparison reads it: each issuer's latest report, the files that could
    not be read, and the boilerplate learned from it (`learned`: fingerprints held by more than
    boilerplate_df(n) of its n reports). `boilerplate` is what a comparison leaves out of the reused
    passages (sorted, unique): `learned` and the rubric's own wording (set by the stage)."""
    reports: dict[str, Previous]
    problems: list[str]
    learned: np.ndarray
    counted: int  # last year's reports whose fingerprints were counted
    boilerplate: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))

    _keys: dict = field(default_factory=dict, repr=False, compare=False)

    def key(self, prev: Previous) -> str:
        """What a card's comparison was made against (last year's report and the boilerplate left out),
        kept in its row: the round compares again a card whose key is not the current one."""
        found = self._keys.get(id(prev))
        if found is None:
            if "boilerplate" not in self._keys:
                self._keys["boilerplate"] = hashlib.sha256(self.boilerplate.tobytes()).hexdigest()
            found = self._keys[id(prev)] = hashlib.sha256(f"{self._keys['boilerplate']}:{prev.digest}".encode("ascii")).hexdigest()[:16]
        return found


@lru_cache(maxsize=4096)  # a round has a few hundred issuers, each asked for by every report and row of theirs
def issuer_key(issuer: str | None) -> str:
    """An issuer's name for matching across years: normalised, without 人民政府/政府 after it."""
    if not issuer:
        return ""
    from scorer.document.organs import full_name
    from scorer.text.textnorm import make_key

    # a department writes its name in more than one form (教育体育局, 教育和体育局): the report shows the
    # page's own, the key is the full one
    key = full_name(re.sub(r"[\W_]+", "", make_key(issuer).text))
    for suffix in ("人民政府", "政府"):
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    return key


# ---------------------------------------------------------------- last year's reports


def load_previous(folder: Path, discover) -> LastYear:
    """Last year's reports by issuer key, the one-line problems (files that could not be read) and
    the boilerplate learned from them."""
    cards = [p for p in folder.glob("*.json") if not p.name.startswith(".") and p.name != "run-info.json"]
    if (folder / ".fzscore-round.jsonl").exists() or (folder / ".fzscore-manifest.jsonl").exists():
        return _from_cards(cards, str(folder))
    return _from_reports(folder, discover)


def _from_cards(paths: list[Path], sketches: str | None = None) -> LastYear:
    """From a batch output's cards; each report's fingerprints from the sketch file its worker wrote
    beside it (in `sketches`), or made from its text where there is none."""
    out: dict[str, Previous] = {}
    problems = []
    fps: list[np.ndarray] = []
    for p in sorted(paths):
        try:
            data = p.read_bytes()
            card = card_from_json(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
        except (OSError, ValueError) as exc:
            problems.append(f"{p}: 无法读取上年评分表（{exc}）")
            continue
        if not isinstance(card, dict) or "text" not in card:
            continue
        doc = card.get("document") or {}
        if doc.get("is_report") is False:
            continue
        got = read_sketch(sketches, p.stem) if sketches else None
        fps.append(got[1] if got is not None else fingerprints(card_text(card)))
        prev = Previous(p.stem, doc.get("issuer") or "", card["text"], card.get("sections") or {}, body_lines(card),
                        card.get("score") if card.get("scored", True) else None, card.get("grade"), doc.get("report_year"),
                        (card.get("source") or {}).get("path"))
        _keep(out, prev)
    return LastYear(out, problems, common_fingerprints(fps), len(fps))


def _from_reports(folder: Path, discover) -> LastYear:
    """Last year's reports read and built (not scored); `discover` finds the files (the batch's)."""
    from scorer.document.build import build
    from scorer.reading import read_input
    from scorer.rubric import for_level
    from scorer.text.errors import FzscoreError

    files, _skipped = discover([str(folder)])
    out: dict[str, Previous] = {}
    problems = []
    fps: list[np.ndarray] = []
    for path in files:
        try:
            ex = read_input(path)
            doc = build(ex.lines, lambda meta: for_level(meta.level, meta.report_year).recognisers)
        except FzscoreError as err:
            problems.append(str(getattr(err, "problem", err)))
            continue
        except Exception as exc:  # one bad file of last year costs only itself
            problems.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        if not doc.metadata.is_report:
            continue
        st = doc.structure
        skip = {b.line for b in st.blocks if b.role in ("chrome", "meta", "title_repeat")} | set(st.title_lines)
        body = [i for i in range(1, len(ex.lines) + 1) if i not in skip]
        sections = {sid: part.as_dict() for sid, part in doc.parts.items()}
        prev = Previous(Path(path).stem, doc.metadata.issuer or "", ex.lines, sections, body,
                        report_year=doc.metadata.report_year, path=path)
        fps.append(fingerprints(report_text(ex.lines, body)))  # not prev.text: kept only where compared
        _keep(out, prev)
    return LastYear(out, problems, common_fingerprints(fps), len(fps))


def _keep(out: dict[str, Previous], prev: Previous) -> None:
    key = issuer_key(prev.issuer)
    if not key:
        return
    old = out.get(key)
    if old is None or (prev.report_year or 0) > (old.report_year or 0):
        out[key] = prev  # several reports of one issuer: the latest year is "last year's"


# ---------------------------------------------------------------- comparing


def items(lines: list[str], section: dict | None) -> list[tuple[int, str, str]]:
    """(line, raw sentence, normalised sentence) of a part, without its heading line."""
    if not section or not section.get("present"):
        return []
    from scorer.text.textnorm import make_keys

    heading = section.get("line")
    numbers = [n for s, e in section.get("spans") or [] for n in range(s, e + 1) if n != heading and 0 < n <= len(lines)]
    out = []
    for n, key in zip(numbers, make_keys([lines[n - 1] for n in numbers])):
        raw = lines[n - 1].strip()
        for m in _SENTENCE.finditer(key.text):
            text = m.group(0)
            if _LONG_ENOUGH.match(text):
                out.append((n, raw if len(raw) <= 120 else text, text))
    return out


def _best(queries: list[str], pool: list[str], tokens) -> list[tuple[int | None, float]]:
    from scorer.round.analyses.similarity import best_matches  # matching.best_matches, with arrays

    if not queries:
        return []
    if not pool:
        return [(None, 0.0)] * len(queries)
    return best_matches(queries, pool, tokens)


def _part(sections: dict, sid: str | None) -> dict | None:
    return sections.get(sid) if sid else None


def compare(card: dict, prev: Previous, boiler: np.ndarray, parts: Parts, vocabulary: tuple[str, ...] = (),
            now_text: ReportText | None = None) -> dict:
    """facts.round.previous of one report against last year's; `now_text`: the card's text as
    sketch.card_text gives it, when the caller has it (the worker's sketch file holds it)."""
    from scorer.text.matching import bigram_terms

    tokens = prev.tokenizer(bigram_terms(vocabulary), (parts.plan if parts.measures else None, parts.problems))
    lines = card.get("text") or []
    sections = card.get("sections") or {}
    plan_before = prev.items(parts.plan) if parts.measures else []
    measures_now = items(lines, _part(sections, parts.measures))
    kept, dropped = [], []
    for (pline, praw, _), (j, score) in zip(plan_before, _best([i[2] for i in plan_before], [m[2] for m in measures_now], tokens)):
        if j is not None and score >= KEPT_AT:
            kept.append({"previous_line": pline, "previous_text": praw, "line": measures_now[j][0], "text": measures_now[j][1],
                         "similarity": round(score, 3)})
        else:
            dropped.append({"previous_line": pline, "previous_text": praw, "similarity": round(score, 3)})
    problems_before = prev.items(parts.problems)
    problems_now = items(lines, _part(sections, parts.problems))
    repeated = []
    for (line, raw, _), (j, score) in zip(problems_now, _best([i[2] for i in problems_now], [p[2] for p in problems_before], tokens)):
        if j is not None and score >= REPEATED_AT:
            repeated.append({"line": line, "text": raw, "previous_line": problems_before[j][0],
                             "previous_text": problems_before[j][1], "similarity": round(score, 3)})
    if now_text is None:
        now_text = report_text(lines, body_lines(card))
    before_text = prev.text
    reused = shared_passages(now_text, before_text, boiler)
    share = covered([(s, e) for s, e, _ in reused], len(now_text)) / max(len(now_text), 1)
    score_now = card.get("score") if card.get("scored") else None
    return {
        "matched": True,
        "previous": prev.name,
        "previous_issuer": prev.issuer,
        "previous_year": prev.report_year,
        "previous_path": prev.path,
        "previous_score": prev.score,
        "previous_grade": prev.grade,
        "score_change": round(score_now - prev.score, 1) if score_now is not None and prev.score is not None else None,
        "grade_change": None if prev.grade is None else f"{prev.grade} → {card.get('grade')}",
        "plan_kept": kept,
        "plan_dropped": dropped,
        "previous_shortcomings": len(problems_before),
        "repeated": repeated,
        "reused_share": round(share, 3),
        "reused_lines": _lines_of(now_text, before_text, reused, lines),
    }


def _lines_of(now: ReportText, before: ReportText, spans: list[tuple[int, int, int]], lines: list[str]) -> list[dict]:
    out: list[dict] = []
    seen: set[int] = set()
    for s, e, sb in spans:
        for n in dict.fromkeys(now.line_of[s:e].tolist()):
            if n not in seen and len(out) < 200:
                seen.add(n)
                out.append({"line": n, "text": lines[n - 1].strip()[:200],
                            "other_line": int(before.line_of[sb]) if sb >= 0 else None})
    return out


def same_file(a: str | None, b: str | None) -> bool:
    return bool(a and b) and os.path.abspath(str(a)) == os.path.abspath(str(b))
