"""HTML scorecard: one self-contained page that a reviewer reads, prints and sends back.

`render_html(card)` is a pure function of the scorecard dict (the same dict `--format json`
prints, or that dict loaded back from JSON). The page embeds that dict as JSON in
`<script type="application/json" id="scorecard-data">`, so it can be checked or rendered again
from itself. CSS and JS are inline and nothing is fetched; the page is complete without
JavaScript, which only opens a collapsed check when a link to it is followed.

Everything taken from the report is escaped by Jinja2's autoescape; the few fragments built
here (a text line with its matches marked) are built with markupsafe.escape. jinja2 is imported
lazily, the compiled template is kept per process (and as bytecode in Jinja2's per-user cache
directory), so `import scorer.render.html` costs nothing and a render costs only the loop over the
scorecard.
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from scorer.text.labels import FORM_ZH, ISSUER_SOURCE_ZH, SOURCE_ZH, format_label
from scorer.text.labels import points_text as _num
from scorer.text.labels import score_text as score_text_of

if TYPE_CHECKING:
    from markupsafe import Markup

    from scorer.scoring.card import Scorecard

TEMPLATE = "scorecard.html.j2"
DECIDED = ("pass", "partial", "fail")
# status -> (symbol, label). The symbol is decoration; the label is what a reader relies on.
STATUS = {
    "fail": ("✘", "未通过"),
    "partial": ("◐", "部分得分"),
    "needs_review": ("?", "需人工审核"),
    "pass": ("✔", "通过"),
    "not_applicable": ("–", "不适用"),
}
GROUP_ORDER = ("fail", "partial", "needs_review", "pass", "not_applicable")
GROUP_NOTE = {
    "fail": "这些检查项没有得分。",
    "partial": "这些检查项只得了部分分数。",
    "needs_review": "这些检查项无法自动判断，需由审核人核对原文后决定；未计入得分。",
    "pass": "这些检查项得了满分。",
    "not_applicable": "这些检查项缺少所需的信息或不适用，未计入得分。",
}
# Checklist states of a required part: (css status, symbol, label).
PART_STATE = {
    "found": ("pass", "✔", "已写"),
    "found_lost": ("partial", "◐", "已写，有扣分"),
    "embedded": ("partial", "◐", "嵌入"),
    "missing": ("fail", "✘", "缺失"),
    "optional_found": ("pass", "✔", "已写"),
    "optional_missing": ("not_applicable", "·", "未写"),
}
FIX_EVIDENCE_SHOWN = 3
SHORT_EXCERPT = 60  # characters of an evidence excerpt in "what to fix first"; the line itself is a click away
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")


def render_html(card: Mapping[str, Any], card_json: str | None = None) -> str:
    """The HTML scorecard for `card` (a pure function: same card, same page). `card_json`: the card
    already encoded as compact JSON (the batch has just written it), so it is not encoded twice."""
    return _template().render(**_view(card, card_json))


# Where the card's JSON goes while the rest of a page is rendered (render_html_bytes): a NUL never
# reaches a page from the report's text (shown as ␀), and a page holding this string twice is
# rendered the plain way.
_JSON_SLOT = "\x00fzscore:card-json\x00"
_JSON_SLOT_BYTES = _JSON_SLOT.encode("ascii")


def render_html_bytes(card: Mapping[str, Any], card_json: bytes) -> bytes:
    """render_html(card, card_json.decode("utf-8")).encode("utf-8"), the same bytes, for the batch:
    the card's JSON (most of a page: it holds the report's text) is spliced in as the bytes it was
    written as, instead of being decoded to be embedded and encoded again with the page."""
    if "totals" in card:  # otherwise the page embeds the card completed (_view), not these bytes
        page = _template().render(**_view(card, _JSON_SLOT)).encode("utf-8")
        # the slot's bytes are whole characters (it opens and ends with a NUL), so a match of them in the
        # page's bytes is the slot itself, or the marker written elsewhere on the page
        at = page.find(_JSON_SLOT_BYTES)
        if at >= 0 and page.find(_JSON_SLOT_BYTES, at + len(_JSON_SLOT_BYTES)) < 0:
            view = memoryview(page)
            return b"".join((view[:at], _script_safe_bytes(card_json), view[at + len(_JSON_SLOT_BYTES):]))
    return render_html(card, card_json.decode("utf-8")).encode("utf-8")


def preload() -> None:
    """Load the page's template now (jinja2, the compiled template): a batch does it once before it
    forks its workers, instead of each worker after."""
    _template()


@functools.lru_cache(maxsize=1)
def _template():
    import jinja2

    from scorer.text.resources import resource_dir

    class DictFirst(jinja2.Environment):
        """`c.status` on a view dict reads the key at once: jinja2 tries the attribute first, and the
        AttributeError it raises and catches on every dict cost a fifth of rendering (the views
        are plain dicts whose keys never name a dict method)."""

        def getattr(self, obj, attribute):
            if type(obj) is dict:
                try:
                    return obj[attribute]
                except KeyError:
                    pass
            return super().getattr(obj, attribute)

    env = DictFirst(
        loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
        autoescape=True,
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_bytecode_cache(jinja2),
    )
    env.filters["csp_hash"] = _csp_hash
    template = env.get_template(TEMPLATE)
    # The compiled template escapes each value it writes with the `escape` of its module (markupsafe's),
    # which wraps every result in a Markup only to have it joined into the page: ~1,500 a page, a
    # quarter of rendering. The same text as a plain str (macros and blocks still return Markup).
    template.root_render_func.__globals__["escape"] = _escaper()
    return template


@functools.cache
def _escaper():
    """markupsafe.escape(s) as a str: what has __html__ is already safe, the rest is escaped alike."""
    inner = _escape_str()

    def escaped(s: Any) -> str:
        if type(s) is str:
            return inner(s)
        if hasattr(s, "__html__"):
            return s.__html__()
        return inner(str(s))

    return escaped


def _escape_chain(s: str) -> str:
    """markupsafe's pure-Python escaping, character for character."""
    return s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")


def _bytecode_cache(jinja2, directory: str | None = None):
    """Jinja2's per-user bytecode cache (a private 0700 directory in the temp dir, entries checked
    against the template's checksum): compiling the template costs ~50 ms, loading it ~2 ms.
    A cache that cannot be created or written is no cache; rendering never fails because of it."""

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def get_bucket(self, environment, name, filename, source):
            # Jinja2 keys an entry by the template's name and source only, but the code compiled
            # depends on the environment's options too (escaping, whitespace control): two
            # environments loading one template must not take each other's code.
            escape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
            options = (escape, environment.trim_blocks, environment.lstrip_blocks, environment.keep_trailing_newline,
                       environment.newline_sequence, environment.block_start_string, environment.variable_start_string,
                       environment.comment_start_string, environment.line_statement_prefix,
                       environment.line_comment_prefix, environment.optimized, sorted(environment.extensions))
            return super().get_bucket(environment, name, filename, f"{source}\0{options!r}")

        def dump_bytecode(self, bucket):
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

        def load_bytecode(self, bucket):
            try:
                super().load_bytecode(bucket)
            except Exception:  # unreadable or corrupt: compile again
                bucket.reset()

    try:
        return QuietCache(directory)
    except (OSError, RuntimeError):
        return None


def _csp_hash(source: str) -> str:
    """'sha256-…' of an inline script, for the page's Content-Security-Policy."""
    return _csp_hash_of(str(source))


@functools.lru_cache(maxsize=8)
def _csp_hash_of(source: str) -> str:
    """_csp_hash, kept: every page inlines the same style and script (~40 KB hashed a page)."""
    from markupsafe import Markup

    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return Markup(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")


# ---------------------------------------------------------------------------------------------
# The view: everything the template shows, derived from the card only.


def _view(card: Mapping[str, Any], card_json: str | None = None) -> dict:
    from markupsafe import Markup

    if "totals" not in card:  # saved by a version before the derived fields: complete a copy
        card_json = None
        import copy

        from scorer.scoring.card import derive

        card = derive(cast("Scorecard", copy.deepcopy(card)))
    doc = card.get("document") or {}
    src = card.get("source") or {}
    rubric = card.get("rubric") or {}
    text = list(card.get("text") or [])
    n_lines = len(text)
    checks = list(card.get("checks") or [])
    is_report = doc.get("is_report") is not False

    anchors = _anchors([c.get("id", "") for c in checks])
    cat_names = {c.get("id"): c.get("name", c.get("id")) for c in rubric.get("categories") or []}
    cat_names.update({c.get("id"): c.get("name", c.get("id")) for c in card.get("categories") or []})
    views = [_check_view(c, anchors[i], cat_names, n_lines) for i, c in enumerate(checks)]

    totals = card.get("totals") or {}
    score = card.get("score")
    scored = bool(card.get("scored")) and isinstance(score, (int, float))
    band = card.get("band") or {}
    bands = [b for b in rubric.get("grades") or [] if isinstance(b, dict) and "tone" in b]

    view_of = {v["id"]: v for v in views}
    lost = [view_of[i] for i in card.get("fix_first") or [] if i in view_of]
    final = _final(card, checks, anchors, cat_names, n_lines)
    if final is not None:  # reviewed: the verdict shows the reviewed result, the machine's beside it
        lost = final["lost"]
    groups = []
    for status in GROUP_ORDER:
        members = [v for v in views if v["status"] == status]
        if members:
            sym, label = STATUS[status]
            groups.append({"status": status, "sym": sym, "label": label, "note": GROUP_NOTE[status],
                           "checks": members, "collapsed": status == "pass", "badge": _badge(status, sym, label),
                           "count_badge": _badge(status, sym, f"{label} {len(members)}")})
    known = set(GROUP_ORDER)
    odd = [v for v in views if v["status"] not in known]
    if odd:  # a status this renderer does not know: shown, never dropped
        groups.append({"status": "unknown", "sym": "?", "label": "其他", "note": "", "checks": odd, "collapsed": False,
                       "badge": _badge("unknown", "?", "其他"), "count_badge": _badge("unknown", "?", f"其他 {len(odd)}")})

    review = [v for v in views if v["status"] == "needs_review"]
    excluded = [v for v in views if v["status"] not in DECIDED]
    title = doc.get("title")
    score_text = score_text_of(score) if scored else None
    shown = (final["score_text"], final["grade"]) if final else (score_text, card.get("grade", ""))
    return {
        "card_json": Markup(_script_safe(card_json if card_json is not None else _compact_json(card))),
        "page_title": "评分表 · " + (title or src.get("name") or "未识别标题")
        + (f" · {shown[0]} 分 {shown[1]}" if scored else ""),
        "title": title,
        "who": _who(card, doc, src, rubric, n_lines),
        "is_report": is_report,
        "not_report_reason": doc.get("not_report_reason"),
        "needs_review": bool(card.get("needs_review")),
        "unreliable": src.get("unreliable"),
        "warnings": list(src.get("warnings") or []),
        "review_checks": review,
        "reviewed": _reviewed(card, checks, anchors),  # the reviewer's 复核 block (scorer/review), None if none
        "scored": scored,
        "score": final["score_text"] if final else score_text,
        "machine": {"score": score_text, "grade": card.get("grade") or ""} if final else None,
        "max_score": _num(card.get("max_score", 100)),
        "grade": final["grade"] if final else card.get("grade") or "",
        "tone": (final["tone"] if final else band.get("tone", "na")) if scored else "na",
        "gauge": _gauge((final["score"] if final else score) if scored else 0),
        "bands": _bands(bands, final["grade"] if final else card.get("grade"),
                        (final["score"] if final else score) if scored else None),
        "categories": _categories(card, rubric, checks, bands),
        "formula": _formula(card, totals) if scored else None,
        "excluded": excluded,
        "parts": _parts(card, checks, anchors, n_lines),
        "lost": lost,
        "groups": groups,
        "n_checks": len(views),
        "lines_html": _lines_html(card, text, checks, anchors),
        "n_lines": n_lines,
        "has_chrome": bool((card.get("structure") or {}).get("chrome_lines")),
        "fzscore_version": card.get("fzscore_version") or "",
        "off_topic": [{"line": o.get("line"), "linked": _in_text(o.get("line"), n_lines), "kind": o.get("kind") or "",
                       "text": o.get("text") or ""} for o in card.get("off_topic") or [] if isinstance(o, dict)],
    }


def _final(card: Mapping[str, Any], checks: list[dict], anchors: list[str], cat_names: dict, n_lines: int) -> dict | None:
    """The reviewed result where a reviewer's score stands: score, grade, tone and the checks that
    lose points after review (largest loss first); None for an unreviewed card."""
    block = card.get("review") or {}
    score = block.get("score")
    if not card.get("scored") or not isinstance(score, (int, float)):
        return None
    bands = (card.get("rubric") or {}).get("grades") or []
    grade = block.get("grade") or card.get("grade") or ""
    tone = next((b.get("tone", "na") for b in bands if isinstance(b, dict) and b.get("name") == grade), "na")
    reviewed = {a["check_id"]: a for a in block.get("adjustments") or [] if a.get("applied", True)}
    lost = []
    for i, c in enumerate(checks):
        a = reviewed.get(c.get("id"))
        if a is not None:
            c = dict(c, status=a["status"], points=a["points"] or 0,
                     lost=round(float(c.get("max_points") or 0) - float(a["points"] or 0), 2))
        if c.get("status") in ("fail", "partial"):
            lost.append(_check_view(c, anchors[i], cat_names, n_lines))
    lost.sort(key=lambda v: -v["lost"])
    return {"score": score, "score_text": score_text_of(score), "grade": grade, "tone": tone, "lost": lost}


def _reviewed(card: Mapping[str, Any], checks: list[dict], anchors: list[str]) -> dict | None:
    from scorer.render.review_view import review_view

    return review_view(card, {c.get("id"): a for c, a in zip(checks, anchors)})


def _compact_json(card: Mapping[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False, separators=(",", ":"))


def _script_safe(s: str) -> str:
    """JSON that cannot end its <script> element: <, > and & become \\u escapes
    (JSON.parse reads them back), and so do U+2028/2029. Most cards hold none: looking for each
    is several times faster than replacing it (0.01 against 0.08 ms a card)."""
    if "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s:
        return s
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _script_safe_bytes(s: bytes) -> bytes:
    """_script_safe on the UTF-8 bytes of a str: the same bytes as _script_safe(s.decode()).encode()
    (each character replaced is one whole UTF-8 sequence, and its escape is ASCII)."""
    if b"<" not in s and b">" not in s and b"&" not in s and b"\xe2\x80\xa8" not in s and b"\xe2\x80\xa9" not in s:
        return s
    return (s.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
            .replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029"))


def _anchors(ids: list[str]) -> list[str]:
    """A safe, unique HTML id per check: check-<id>, anything outside [A-Za-z0-9_.-] spelt as _hex_."""
    out, seen = [], set()
    for cid in ids:
        base = "check-" + _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", str(cid))
        a, k = base, 2
        while a in seen:
            a, k = f"{base}-{k}", k + 1
        seen.add(a)
        out.append(a)
    return out




def _tone(value, bands: list[dict]) -> str:
    """Colour family of a value on the 0–100 scale: the tone of the rubric's grade band it falls in."""
    if not isinstance(value, (int, float)):
        return "na"
    for b in bands:  # best first
        if value >= b.get("min", 0):
            return b.get("tone", "na")
    return bands[-1].get("tone", "na") if bands else "na"


def _shown(s) -> str:
    """Report text as shown: control characters become visible symbols (␌), nothing else changes."""
    s = "" if s is None else str(s)
    if _CONTROL.search(s) is None:
        return s
    return _CONTROL.sub(lambda m: "␡" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), s)


def _marked(s: str, matches=(), strong: str | None = None) -> Markup:
    """Escaped text with each occurrence of the matched strings wrapped in <mark>, and the
    heading part of a heading line (when it appears literally) in <strong>."""
    return _markup()(_marked_text(_shown(s), matches, strong))


def _marked_text(s: str, matches, strong: str | None = None) -> str:
    """_marked as a str, for text already _shown (which changes nothing of its own output)."""
    esc = _escape_str()
    if strong and strong in s:
        i = s.index(strong)
        j = i + len(strong)
        return "".join((_marked_text(s[:i], matches), '<strong class="hd">', _marked_text(s[i:j], matches), "</strong>",
                        _marked_text(s[j:], matches)))
    if not matches:
        return esc(s)
    wanted = sorted({m for m in matches if m and m in s}, key=len, reverse=True)
    if not wanted:
        return esc(s)
    if len(wanted) == 1:  # re.split on one literal: str.split's pieces
        return f"<mark>{esc(wanted[0])}</mark>".join(map(esc, s.split(wanted[0])))
    parts = re.split("(" + "|".join(map(re.escape, wanted)) + ")", s)
    return "".join(f"<mark>{esc(p)}</mark>" if i % 2 else esc(p) for i, p in enumerate(parts))


def _badge(status, sym, label) -> Markup:
    """A status badge: symbol and words, never colour alone (the symbol is decoration)."""
    esc = _escaper()
    return _markup()(f'<span class="badge st-{esc(status)}"><span aria-hidden="true">{esc(sym)}</span> {esc(label)}</span>')


@functools.cache
def _markup() -> type[Markup]:
    from markupsafe import Markup

    return Markup


@functools.cache
def _escape_str():
    """markupsafe's escaping of a str, returning a str (its C function where it has one)."""
    import markupsafe

    return getattr(markupsafe, "_escape_inner", None) or _escape_chain


def _who(card: Mapping[str, Any], doc: dict, src: dict, rubric: dict, n_lines: int) -> dict:
    level = doc.get("level")
    pub = doc.get("publish_date")
    pub_src = doc.get("publish_date_source")
    pub_line = doc.get("publish_date_line")
    file_bits = [format_label(src), src.get("encoding") or "", f"{src.get('lines', n_lines)} 行"]
    if isinstance(src.get("size"), int):
        file_bits.append(_size(src["size"]))
    return {
        "issuer": doc.get("issuer"),
        "issuer_source": ISSUER_SOURCE_ZH.get(doc.get("issuer_source") or "", None),
        "forced": bool(doc.get("is_report_forced")),
        "forced_reason": doc.get("not_report_reason") if doc.get("is_report_forced") else None,
        "level": doc.get("level_label") or (level or None),
        "report_year": doc.get("report_year"),
        "publish_date": pub,
        "publish_source": SOURCE_ZH.get(pub_src, pub_src) if pub_src else None,
        "publish_line": pub_line if _in_text(pub_line, n_lines) else None,
        "file_name": src.get("name") or src.get("path") or "",
        "file_stem": PurePath(src.get("name") or src.get("path") or "scorecard").stem or "scorecard",
        "file_path": src.get("path") or "",
        "file_bits": "，".join(b for b in file_bits if b),
        "rubric_title": rubric.get("title") or rubric.get("id") or "",
        "rubric_id": rubric.get("id") or "",
        "rubric_version": "—" if rubric.get("version") is None else rubric["version"],
        "rubric_by_level": rubric.get("selected_by") == "level",
        "sha256": src.get("sha256") or "",
        "generated_at": card.get("generated_at") or "",
        "generated_shown": _when(card.get("generated_at")),
    }


def _in_text(line, n_lines: int) -> TypeGuard[int]:
    return isinstance(line, int) and not isinstance(line, bool) and 1 <= line <= n_lines


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} 字节"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1048576:.1f} MB"


def _when(stamp) -> str:
    """'2026-11-22T01:54:16+00:00' → '2026-11-22 01:54:16（UTC+00:00）'."""
    if not stamp:
        return "未记录"
    try:
        t = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    shown = t.strftime("%Y-%m-%d %H:%M:%S")
    if t.utcoffset() is not None:
        off = t.strftime("%z")
        shown += f"（UTC{off[:3]}:{off[3:5]}）"
    return shown


def _gauge(score) -> dict:
    r = 52.0
    circumference = 2 * 3.141592653589793 * r
    frac = min(max(float(score or 0) / 100.0, 0.0), 1.0)
    return {"r": _num(r), "c": f"{circumference:.2f}", "dash": f"{frac * circumference:.2f}", "frac": frac}


def _bands(bands: list[dict], grade: str | None, score) -> list[dict]:
    """The grade bands, best first, with their score ranges (scores carry one decimal)."""
    out = []
    for i, b in enumerate(bands):
        hi = b.get("max", 100)
        rng = f"{_num(b['min'])}–{_num(hi)}" if i == 0 else f"{_num(b['min'])}–{_num(round(hi - 0.1, 1))}"
        out.append({"name": b.get("name", ""), "range": rng, "tone": b.get("tone", "na"),
                    "current": score is not None and b.get("name") == grade})
    return out


def _categories(card: Mapping[str, Any], rubric: dict, checks: list[dict], bands: list[dict]) -> list[dict]:
    meta = {c.get("id"): c for c in rubric.get("categories") or []}
    out = []
    for c in card.get("categories") or []:
        mx = float(c.get("max_points") or 0)
        pts = float(c.get("points") or 0)
        pct = 100 * pts / mx if mx else None
        mine = [x for x in checks if x.get("category") == c.get("id")]
        out.append({
            "id": c.get("id"),
            "name": c.get("name") or c.get("id"),
            "points": _num(pts),
            "max_points": _num(mx),
            "nominal": _num(c.get("nominal_points", mx)),
            "excluded": _num(c.get("excluded_points") or 0),
            "has_excluded": bool(c.get("excluded_points")),
            "pct": None if pct is None else f"{pct:.0f}",
            "bar": None if pct is None else f"{min(max(pct, 0), 100):.1f}",
            "tone": _tone(pct, bands),
            "description": (meta.get(c.get("id")) or {}).get("description"),
            "basis": (meta.get(c.get("id")) or {}).get("basis"),
            "n_checks": len(mine),
            "n_decided": sum(1 for x in mine if x.get("status") in DECIDED),
        })
    return out


def _formula(card: Mapping[str, Any], totals: Mapping[str, Any]) -> dict:
    cats = card.get("categories") or []
    earned, possible = float(totals.get("earned") or 0), float(totals.get("possible") or 0)
    computed = round(100 * earned / possible, 1) if possible else 0.0
    return {
        "earned": _num(earned),
        "possible": _num(possible),
        "earned_terms": " + ".join(_num(c.get("points")) for c in cats),
        "possible_terms": " + ".join(_num(c.get("max_points")) for c in cats),
        "computed": _num(computed),
        "matches": abs(computed - float(card.get("score") or 0)) < 0.05,
        "nominal": _num(totals.get("nominal")),
        "excluded": _num(totals.get("excluded")),
        "has_excluded": bool(totals.get("excluded")),
    }


def _excerpt(s: str, match: str | None, limit: int) -> str:
    """At most `limit` characters of s, around the match when there is one, with … where cut."""
    s = "" if s is None else str(s)
    if len(s) <= limit:
        return s
    at = s.find(match) if match else -1
    start = 0 if at < 0 else max(0, min(at - limit // 3, len(s) - limit))
    cut = s[start:start + limit]
    return ("…" if start > 0 and not cut.startswith("…") else "") + cut + ("…" if start + limit < len(s) else "")


def _evidence_view(ev: dict, n_lines: int) -> dict:
    line = ev.get("line")
    match = ev.get("match")
    answered = ev.get("answered_by")  # the plan line that answers a shortcoming
    return {
        "line": line if isinstance(line, int) and not isinstance(line, bool) else None,
        "linked": _in_text(line, n_lines),
        "answered_by": answered if _in_text(answered, n_lines) else None,
        "text": ev.get("text") or "",
        "match": match if isinstance(match, str) else None,
        "note": ev.get("note"),
    }


class _Later:
    """HTML made only when the template writes it (escaping calls __html__): a check's evidence list
    is shown in full only for the checks not listed under 最需要改进, and as excerpts only for those."""

    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make

    def __html__(self) -> str:
        return self.make()


def _check_view(c: dict, anchor: str, cat_names: dict, n_lines: int) -> dict:
    status = c.get("status")
    sym, label = STATUS.get(c.get("status", ""), ("?", str(status)))
    shown = status if status in STATUS else "unknown"
    evidence = [e for e in c.get("evidence") or [] if isinstance(e, dict)]
    view = {
        "id": c.get("id", ""),
        "anchor": anchor,
        "name": c.get("name") or c.get("id", ""),
        "status": shown,
        "sym": sym,
        "label": label,
        "badge": _badge(shown, sym, label),
        "decided": status in DECIDED,
        "points": _num(c.get("points")),
        "max_points": _num(c.get("max_points")),
        "lost": float(c.get("lost") or 0),
        "lost_shown": _num(c.get("lost")),
        "category": cat_names.get(c.get("category"), c.get("category") or ""),
        "message": c.get("message") or "",
        "fix": c.get("fix"),
        "basis": c.get("basis"),
        "evidence": evidence,
        "evidence_short_html": _Later(functools.partial(_evidence_html, evidence, n_lines, FIX_EVIDENCE_SHOWN, anchor, short=True)),
    }
    view["article"] = _Later(functools.partial(_check_html, view, n_lines, False))
    view["article_compact"] = _Later(functools.partial(_check_html, view, n_lines, True))
    return view


def _check_html(c: dict, n_lines: int, compact: bool) -> str:
    """A check's article in the list of all checks: badge, name, id, points, category, message; then
    (compact: for a check that 最需要改进 lists with its evidence) a link there, or the fix and the
    evidence; and the basis. Escaped as the template's autoescape escapes; the anchor is safe as made."""
    esc = _escaper()
    status, cid = esc(c["status"]), esc(c["id"])
    out = [f'<article class="check st-{status}" id="{c["anchor"]}" data-check="{cid}" data-status="{status}">\n'
           f'<header class="check-head">\n{c["badge"]}\n'
           f'<h4>{esc(c["name"])}</h4><code class="cid muted small" title="fzscore explain {cid}">{cid}</code>\n<span class="pts">']
    if c["decided"]:
        out.append(f'{esc(c["points"])} / {esc(c["max_points"])} 分')
    else:
        out.append(f'不计分（满分 {esc(c["max_points"])}）')
    if c["lost"] > 0:
        out.append(f'，<span class="minus">扣 {esc(c["lost_shown"])}</span>')
    out.append(f'</span>\n<span class="cat">{esc(c["category"])}</span>\n</header>\n<p class="msg">{esc(c["message"])}</p>\n')
    if compact:
        out.append(f'<p class="small"><a href="#fix-{c["anchor"]}">证据和改法见“最需要改进”</a></p>')
    else:
        if c["fix"]:
            out.append(f'<p class="todo"><span class="lbl">怎么改</span>{esc(c["fix"])}</p>')
        out.append(_evidence_html(c["evidence"], n_lines))
    if c["basis"]:
        out.append(f'<p class="basis"><span class="lbl">依据</span>{esc(c["basis"])}</p>')
    out.append("</article>\n")
    return "".join(out)


def _evidence_html(items: list[dict], n_lines: int, limit: int | None = None, more_anchor: str | None = None,
                   short: bool = False) -> str:
    """A check's evidence as a list: each cited line (linked), its text with the match marked (or
    an excerpt around the match: `short`), the note and the line that answers it; past `limit`
    items, how many more and where to see them. Escaped as the template's autoescape escapes."""
    if not items:
        return ""
    esc = _escaper()
    out = ['<ul class="evidence">\n']
    for ev in items if limit is None else items[:limit]:
        e = _evidence_view(ev, n_lines)
        out.append("<li>")
        if e["linked"]:
            out.append(f'<a class="lineref" href="#L{e["line"]}">第 {e["line"]} 行</a>')  # line numbers: ints
        elif e["line"]:
            out.append(f'<span class="lineref">第 {e["line"]} 行</span>')
        text = e["text"]
        shown = _shown(text)
        if shown:
            matches = [e["match"]] if e["match"] else []
            if short:
                cut = _excerpt(text, e["match"], SHORT_EXCERPT)
                shown = shown if cut == text else _shown(cut)
            out.append(f"<q>{_marked_text(shown, matches)}</q>")
        if e["note"]:
            out.append(f' <span class="note">（{esc(e["note"])}）</span>')
        if e["answered_by"]:
            out.append(f' <a class="lineref" href="#L{e["answered_by"]}">→ 第 {e["answered_by"]} 行</a>')
        out.append("</li>\n")
    if limit is not None and len(items) > limit:
        out.append(f'<li class="more">另有 {len(items) - limit} 处')
        if more_anchor:
            out.append(f'，<a href="#{esc(more_anchor)}">见检查项详情</a>')
        out.append("</li>\n")
    out.append("</ul>\n")
    return "".join(out)


def _part_check(check_id, checks: list[dict], anchors: list[str]) -> dict | None:
    """The check that scores a part (the scorecard links them), if any."""
    for c, a in zip(checks, anchors):
        if check_id is not None and c.get("id") == check_id:
            sym, label = STATUS.get(c.get("status", ""), ("?", str(c.get("status"))))
            return {"anchor": a, "status": c.get("status"), "label": label, "sym": sym,
                    "decided": c.get("status") in DECIDED,
                    "points": _num(c.get("points")), "max_points": _num(c.get("max_points"))}
    return None


def _spans(sec: dict, n_lines: int) -> list[tuple[int, int]]:
    out = []
    for sp in sec.get("spans") or []:
        try:
            a, b = int(sp[0]), int(sp[1])
        except (TypeError, ValueError, IndexError):
            continue
        a, b = max(a, 1), min(b, n_lines)
        if a <= b:
            out.append((a, b))
    return out


def _parts(card: Mapping[str, Any], checks: list[dict], anchors: list[str], n_lines: int) -> list[dict]:
    out = []
    for i, (sid, sec) in enumerate((card.get("sections") or {}).items()):
        required = sec.get("required", True) is not False
        present = bool(sec.get("present"))
        check = _part_check(sec.get("check"), checks, anchors)
        if present:
            state = "embedded" if sec.get("form") == "embedded" else "found" if required else "optional_found"
            if state == "found" and check is not None and check["status"] != "pass":
                state = "found_lost"
        else:
            state = "missing" if required else "optional_missing"
        css, sym, label = PART_STATE[state]
        notes = []
        if sec.get("form") == "embedded":
            notes.append(FORM_ZH.get(sec.get("embedding"), "嵌在其他部分中"))
        if present and sec.get("causes") is False:
            notes.append("未分析原因")
        info = []
        report_year = (card.get("document") or {}).get("report_year")
        if present and sec.get("year"):
            if isinstance(report_year, int) and sec["year"] != report_year + 1:
                notes.append(f"写的是 {sec['year']} 年，应为 {report_year + 1} 年")
            else:
                info.append(f"{sec['year']} 年")
        spans = _spans(sec, n_lines)
        line = sec.get("line")
        out.append({
            "id": sid,
            "anchor": "part-" + _UNSAFE_ID.sub("_", str(sid)),
            "row_id": "row-" + _UNSAFE_ID.sub("_", str(sid)),
            "idx": i % 6,
            "name": sec.get("name") or sid,
            "required": required,
            "present": present,
            "state": state,
            "css": css,
            "sym": sym,
            "label": label,
            "badge": _badge(css, sym, label),
            "line": line if isinstance(line, int) else None,
            "linked": _in_text(line, n_lines),
            "heading": sec.get("heading"),
            "notes": notes,
            "info": info,
            "spans": "、".join(f"{a}–{b}" if a != b else f"{a}" for a, b in spans),
            "check": check,
        })
    return out


def _lines_html(card: Mapping[str, Any], text: list[str], checks: list[dict], anchors: list[str]) -> Markup:
    """The report's text as the page shows it, one block per line: its number, classes, marked text,
    the section labels that open before it, and links back to the checks that cite it. Made here
    rather than in the template (per line, a loop there cost as much as the rest of the page),
    every value escaped as the template's autoescape escapes it."""
    esc = _escaper()
    n = len(text)
    st = card.get("structure") or {}
    chrome = {x for x in st.get("chrome_lines") or [] if isinstance(x, int)}
    titles = {x for x in st.get("title_lines") or [] if isinstance(x, int)}
    closing = {x for x in st.get("closing_lines") or [] if isinstance(x, int)}
    heads = {h.get("line"): h for h in st.get("headings") or [] if isinstance(h, dict)}

    refs: dict[int, list[dict]] = {}
    ref_of: dict[int, dict[str, dict]] = {}  # a line's refs by check anchor
    marks: dict[int, list[str]] = {}
    for c, a in zip(checks, anchors):
        _sym, label = STATUS.get(c.get("status", ""), ("?", str(c.get("status"))))
        head = None  # the start of this check's link, the same on each line it cites
        for ev in c.get("evidence") or []:
            ln = ev.get("line") if isinstance(ev, dict) else None
            if not _in_text(ln, n):
                continue
            if isinstance(ev.get("match"), str):
                marks.setdefault(ln, []).append(ev["match"])
            mine = ref_of.setdefault(ln, {})
            same = mine.get(a)
            if same is None:
                note = ev.get("note") if isinstance(ev.get("note"), str) else None
                if head is None:
                    head = (f'<a class="ref st-{esc(c.get("status"))}" href="#{a}"><span aria-hidden="true">↩</span>'
                            f' {esc(c.get("name") or c.get("id", ""))}（{esc(label)}）')
                mine[a] = {"status": c.get("status"), "head": head, "note": note, "more": 0}
                refs.setdefault(ln, []).append(mine[a])
            else:  # the same check cites this line again: count it, keep the first note
                same["more"] += 1

    labels: dict[int, list[dict]] = {}
    rail: dict[int, int] = {}
    sections = list((card.get("sections") or {}).items())
    # Longer spans first, so an embedded part (shorter, inside another) colours its own lines.
    spans: list[tuple[int, int, str, dict, int, int, int, int]] = []
    for i, (sid, sec) in enumerate(sections):
        own = _spans(sec, n)
        for k, (first, last) in enumerate(own):
            spans.append((last - first, i, sid, sec, k, len(own), first, last))
            labels.setdefault(first, []).append({
                "sec": i,
                "idx": i % 6,
                "name": sec.get("name") or sid,
                "range": f"第 {first}–{last} 行" if first != last else f"第 {first} 行",
                "part": f"第 {k + 1}/{len(own)} 段" if len(own) > 1 else "",
                "embedded": sec.get("form") == "embedded",
                "anchor": "part-" + _UNSAFE_ID.sub("_", str(sid)) if k == 0 else "",
            })
    for _len, i, *_rest, first, last in sorted(spans, key=lambda s: -s[0]):
        for ln in range(first, last + 1):
            rail[ln] = i
    # Where an embedded part ends inside another part, say that the outer part goes on.
    for ln in sorted(rail):
        before = rail.get(ln - 1)
        if before is not None and before != rail[ln] and not any(lab["sec"] == rail[ln] for lab in labels.get(ln, ())):
            sid, sec = sections[rail[ln]]
            labels.setdefault(ln, []).append({
                "sec": rail[ln], "idx": rail[ln] % 6, "name": sec.get("name") or sid, "range": "（续）",
                "part": "", "embedded": False, "anchor": "",
            })

    out: list[str] = []
    for i, raw in enumerate(text):
        ln = i + 1
        cls = []
        if ln in chrome:
            cls.append("chrome")
        strong = None
        if ln in titles:
            cls.append("title")
        elif ln in heads:
            rank = heads[ln].get("rank")
            rank = rank if isinstance(rank, int) else 9
            head = heads[ln].get("text")
            # A heading line may go on with body text: only the heading itself is bold.
            if isinstance(head, str) and head.strip() and head.strip() != str(raw).strip():
                strong = head.strip() if head.strip() in str(raw) else None
            cls.append(f"h h{min(max(rank, 0), 5)}" + (" h-inline" if strong else ""))
        if ln in closing:
            cls.append("closing")
        if ln in refs:
            # Yellow for lines that a deduction or a review cites; a line only a pass cites keeps its tag.
            cls.append("ev" if any(r["status"] not in ("pass", "not_applicable") for r in refs[ln]) else "ev-ok")
        if ln in rail:
            cls.append(f"in s{rail[ln] % 6}")
        if not raw or not str(raw).strip():
            cls.append("blank")
        for lab in labels.get(ln, ()):
            out.append(f'<div class="part-label s{esc(lab["idx"])}"')
            if lab["anchor"]:
                out.append(f' id="{esc(lab["anchor"])}"')
            out.append(f'>{esc(lab["name"])}{"（嵌入）" if lab["embedded"] else ""} <span class="muted">{esc(lab["range"])}')
            if lab["part"]:
                out.append(f'，{esc(lab["part"])}')
            out.append("</span></div>\n")
        # The number and the classes (this function's own words) need no escaping; the text and names do.
        num = str(ln)
        out.append(f'<div class="ln{(" " + " ".join(cls)) if cls else ""}" id="L{num}"><a class="no" href="#L{num}">{num}</a>'
                   '<div class="tx">')
        if ln in chrome:
            out.append('<span class="tag chrome-tag">非正文</span>')
        out.append(_marked_text(_shown(raw), marks.get(ln, ()), strong))
        if ln in refs:
            out.append('<span class="refs">')
            for r in refs[ln]:
                out.append(r["head"])
                if r["note"]:
                    out.append(f'：{esc(r["note"])}')
                if r["more"]:
                    out.append(f' 等 {r["more"] + 1} 处')
                out.append("</a>")
            out.append("</span>")
        out.append("</div></div>\n")
    return _markup()("".join(out))
