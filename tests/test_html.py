"""The HTML scorecard without a browser: a pure function of the card that embeds it, is complete
and self-contained, escapes everything from the report, and links every claim to its line."""
from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from scorer.text.labels import points_text, score_text

from conftest import ROOT, check_of

SAMPLE = ROOT / "docs" / "sample-report.txt"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


# --- a small DOM, enough to ask the page questions ----------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def text(self, skip=lambda n: False):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not skip(c):
                out.append(c.text(skip))
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent


class Dom(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#document", {}, None)
        self.raw_scripts = []  # (attrs, raw text) of every <script>, as the browser would see it
        self._script = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag == "script":
            self._script = (dict(attrs), [])
            self.raw_scripts.append(self._script)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        self.cur.children.append(data)
        if self._script is not None:
            self._script[1].append(data)

    def by_id(self, id_):
        found = [n for n in self.root.iter() if n.attrs.get("id") == id_]
        assert len(found) <= 1, f"id {id_!r} is not unique"
        return found[0] if found else None

    def all(self, tag=None, cls=None, **attrs):
        return self.root.find_all(tag, cls, **attrs)


def render(card):
    from scorer.render.html import render_html

    return render_html(card)


def line_text(dom: Dom, n: int) -> str:
    """What the reader sees as the text of line n (without the 非正文 tag and the check links)."""
    tx = dom.by_id(f"L{n}").find_all("div", cls="tx")[0]
    return tx.text(skip=lambda c: bool(c.classes & {"refs", "chrome-tag"}))


@pytest.fixture(scope="module")
def sample_card(rubric):
    from scorer.scoring.pipeline import score_path

    return score_path(str(SAMPLE), rubric)


@pytest.fixture(scope="module")
def sample(sample_card):
    html = render(sample_card)
    return sample_card, html, Dom(html)


def embedded(dom: Dom) -> str:
    data = [raw for attrs, raw in dom.raw_scripts if attrs.get("id") == "scorecard-data"]
    assert len(data) == 1 and dom.by_id("scorecard-data").attrs.get("type") == "application/json"
    return "".join(data[0])


def links_resolve(dom: Dom):
    ids = {n.attrs["id"] for n in dom.root.iter() if "id" in n.attrs}
    hrefs = [n.attrs["href"] for n in dom.all("a") if "href" in n.attrs]
    assert hrefs and all(h.startswith("#") for h in hrefs), [h for h in hrefs if not h.startswith("#")]
    missing = sorted({h for h in hrefs if h[1:] not in ids})
    assert not missing, f"links to nothing: {missing[:5]}"


# --- the template and its cost -------------------------------------------------------------------

def test_template_ships_in_templates_and_autoescape_is_on():
    from scorer.render.html import TEMPLATE, _template
    from scorer.text.resources import resource_dir

    assert (resource_dir("templates") / TEMPLATE).is_file()
    tpl = _template()
    assert tpl.environment.autoescape is True
    assert tpl.render.__self__ is tpl  # a compiled Template, cached
    assert _template() is tpl


def test_a_corrupt_or_unwritable_template_cache_is_no_cache(tmp_path, sample_card):
    import jinja2

    from scorer.render.html import TEMPLATE, _bytecode_cache, _csp_hash, render_html
    from scorer.text.resources import resource_dir

    expected = render_html(sample_card)

    def fresh(cache):
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource_dir("templates"))), autoescape=True,
                                 trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
                                 bytecode_cache=cache)
        env.filters["csp_hash"] = _csp_hash
        return env.get_template(TEMPLATE)

    cache = _bytecode_cache(jinja2, str(tmp_path))
    fresh(cache)
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1  # compiled once, stored
    entries[0].write_bytes(b"garbage")
    from scorer.render.html import _view

    assert fresh(cache).render(**_view(sample_card)) == expected
    gone = tmp_path / "missing"  # a directory that cannot be written
    assert fresh(_bytecode_cache(jinja2, str(gone))).render(**_view(sample_card)) == expected


def test_importing_the_renderer_does_not_import_jinja2():
    code = "import sys, scorer.render.html; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


# --- a pure function that embeds its input -------------------------------------------------------

def test_embeds_exactly_the_card_it_was_rendered_from(sample):
    card, html, dom = sample
    raw = embedded(dom)
    assert "</" not in raw and "<!--" not in raw
    assert json.loads(raw) == card


def test_is_a_pure_function_of_the_card(sample):
    card, html, _ = sample
    before = copy.deepcopy(card)
    assert render(copy.deepcopy(card)) == html
    assert render(json.loads(json.dumps(card, ensure_ascii=False))) == html  # from the saved JSON, the same page
    assert card == before  # the card is not touched
    changed = copy.deepcopy(card)
    changed["generated_at"] = "2030-01-02T03:04:05+08:00"
    assert "2030-01-02 03:04:05" in render(changed) and "2030-01-02" not in html


def test_the_batchs_page_bytes_are_the_pages_utf8(sample):
    """render_html_bytes (the batch's: the card's JSON spliced in as written) gives render_html's page
    encoded, byte for byte: with characters a script must not hold in the JSON, with the slot's own
    marker in the card (rendered the plain way), and for a card saved before the derived fields."""
    from scorer.render.html import _JSON_SLOT, render_html, render_html_bytes
    from scorer.round.outputs import card_json

    card, html, _ = sample
    odd = copy.deepcopy(card)
    odd["text"] = list(odd["text"]) + ["a<b>&c\u2028d\u2029e </script><!--"]
    marked = copy.deepcopy(card)
    marked["document"]["title"] = f"x{_JSON_SLOT}y"
    old = copy.deepcopy(card)
    del old["totals"]
    for c in (card, odd, marked, old):
        encoded = card_json(c)
        assert render_html_bytes(c, encoded) == render_html(c, encoded.decode("utf-8")).encode("utf-8")
    assert render_html_bytes(card, card_json(card)) == html.encode("utf-8")


# --- one self-contained file, readable offline --------------------------------------------------

def test_self_contained_no_external_request(sample):
    card, html, dom = sample
    head = html.split('<script type="application/json"')[0]
    assert html.startswith("<!DOCTYPE html>")
    assert dom.all("html")[0].attrs["lang"] == "zh-CN"
    assert dom.all("meta", charset="utf-8")
    for n in dom.root.iter():
        for attr in ("src", "srcset", "poster", "data", "action", "formaction", "background"):
            assert attr not in n.attrs, (n.tag, attr)
        assert n.tag != "link", "no <link>: styles are inline"
        assert n.tag not in ("iframe", "object", "embed", "img", "form", "base")
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(|@font-face", head, re.I)
    links_resolve(dom)


def test_content_security_policy_allows_exactly_the_inline_style_and_script(sample):
    _, html, dom = sample
    csp = dom.all("meta", http_equiv="Content-Security-Policy")[0].attrs["content"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp

    def h(s):
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    styles = [n.text() for n in dom.all("style")]
    scripts = ["".join(raw) for attrs, raw in dom.raw_scripts if "type" not in attrs]
    assert len(styles) == 1 and len(scripts) == 1
    assert re.search(r"style-src " + re.escape(h(styles[0])), csp)
    assert re.search(r"script-src " + re.escape(h(scripts[0])), csp)
    assert not any("style" in n.attrs for n in dom.root.iter()), "style attributes would be blocked by the CSP"


def test_offline_cjk_fonts_and_a4_print_stylesheet(sample):
    _, _, dom = sample
    css = dom.all("style")[0].text()
    for font in ('"Noto Sans CJK SC"', '"Source Han Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', "sans-serif"):
        assert font in css
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", css)
    print_css = css[css.index("@media print"):]
    assert "#text" in print_css and ".group-collapsed" in print_css  # full text and collapsed passes dropped
    assert "overflow-wrap: anywhere" in css and ".table-wrap { overflow-x: auto" in css


# --- who and what, the verdict and how it is computed -------------------------------------------

def test_who_and_what(sample):
    card, html, dom = sample
    top = dom.all("header", cls="top")[0].text()
    for want in ("青石镇人民政府关于2024年法治政府建设情况的报告", "青石镇人民政府", "乡镇（街道）级", "2024 年",
                 "2025-04-08", "来源：页面", "第 3 行"):
        assert want in top, want
    # the file facts follow the verdict (issue 16: the verdict comes first)
    about = dom.by_id("about").text()
    for want in ("sample-report.txt", card["rubric"]["title"], str(card["rubric"]["version"]),
                 f"fzscore {card['fzscore_version']}", card["source"]["sha256"]):
        assert want in about and want not in top, want
    assert html.index('id="verdict"') < html.index('id="about"')
    t = dom.all("time")[0]
    assert t.attrs["datetime"] == card["generated_at"] and card["generated_at"][:10] in t.text()
    assert dom.all("title")[0].text().endswith(f"{score_text(card['score'])} 分 {card['grade']}")


def test_verdict_gauge_grade_bands_and_formula(sample):
    card, html, dom = sample
    assert dom.by_id("score-value").text() == score_text(card["score"]) and float(dom.by_id("score-value").text()) == card["score"]
    assert dom.by_id("grade-value").text() == card["grade"]
    assert dom.all("svg", cls=None) and dom.all("circle", cls="gauge-arc")
    bands = [li.text() for li in dom.all("ol", cls="bands")[0].find_all("li")]
    names = [g["name"] for g in sorted(card["rubric"]["grades"], key=lambda g: -g["min"])]
    assert len(bands) == len(names) and all(b.startswith(n) for b, n in zip(bands, names))
    current = dom.all("li", cls="current")
    assert len(current) == 1 and current[0].text().startswith(card["grade"]) and "本报告" in current[0].text()
    assert "80–89.9" in bands[1] and "90–100" in bands[0]
    rows = {tr.attrs["data-category"]: tr for tr in dom.all("tr") if "data-category" in tr.attrs}
    assert list(rows) == [c["id"] for c in card["categories"]]
    for c in card["categories"]:
        cells = [td.text() for td in rows[c["id"]].find_all("td")]
        assert cells[0] == f"{points_text(c['points'])}" and cells[1] == f"{points_text(c['max_points'])}", cells
    eq = dom.all("p", cls="eq")[0].text()
    x, y, z = re.search(r"= 100 × ([\d.]+) ÷ ([\d.]+) = ([\d.]+)$", eq).groups()
    assert round(100 * float(x) / float(y), 1) == float(z) == card["score"]


def test_excluded_points_are_shown_and_left_out_of_the_sum(score):
    card = score(SAMPLE_TEXT.replace("发布日期：2025-04-08\n", "").replace("2025年4月3日", ""))
    deadline = check_of(card, "conformity.deadline")
    assert deadline["status"] == "not_applicable"
    out = deadline["max_points"]
    dom = Dom(render(card))
    row = next(tr for tr in dom.all("tr") if tr.attrs.get("data-category") == deadline["category"])
    cat = next(c for c in card["categories"] if c["id"] == deadline["category"])
    assert [td.text() for td in row.find_all("td")][2] == f"{points_text(cat['excluded_points'])} 分" and cat["excluded_points"] >= out
    decided = sum(c["max_points"] for c in card["checks"] if c["status"] in ("pass", "partial", "fail"))
    assert dom.by_id("sum-max").text() == f"{points_text(decided)}"
    method = dom.by_id("verdict").text()
    assert f"{deadline['name']}（不适用，{points_text(out)} 分）" in method and "未计入分子和分母" in method
    eq = dom.all("p", cls="eq")[0].text()
    x, y, z = re.search(r"= 100 × ([\d.]+) ÷ ([\d.]+) = ([\d.]+)$", eq).groups()
    assert float(y) == decided and float(z) == card["score"]


# --- the required parts, what to fix first, all checks -------------------------------------------

def part_rows(dom):
    return {tr.attrs["data-section"]: tr for tr in dom.all("tr") if "data-section" in tr.attrs}


def test_checklist_has_a_row_per_part_with_its_line(sample):
    card, _, dom = sample
    rows = part_rows(dom)
    assert list(rows) == list(card["sections"])
    for sid, sec in card["sections"].items():
        row = rows[sid]
        assert sec["name"] in row.text()
        assert row.find_all("a", href=f"#L{sec['line']}"), sid
        assert sec["heading"] in row.text()
    assert rows["measures"].attrs["data-state"] == "found" and "已写" in rows["measures"].text()
    assert rows["other"].attrs["data-required"] == "false" and "选填" in rows["other"].text()


def test_checklist_states_missing_embedded_optional(sample_card):
    card = copy.deepcopy(sample_card)
    gone = dict(present=False, line=None, heading=None, form=None, embedding=None, spans=[], end_line=None)
    card["sections"]["shortcomings"].update(gone, causes=False)
    card["sections"]["other"].update(gone)
    card["sections"]["first_responsible"].update(form="embedded", embedding="paragraph")
    card["sections"]["next_year"]["causes"] = False  # only said of a part that has causes to give
    dom = Dom(render(card))
    rows = part_rows(dom)
    r = rows["shortcomings"]
    assert r.attrs["data-state"] == "missing" and "缺失" in r.text() and "未找到" in r.text() and not r.find_all("a", cls="lineref")
    assert not dom.by_id("text").find_all("div", cls="part-label") or all(
        "存在的不足" not in lab.text() for lab in dom.by_id("text").find_all("div", cls="part-label"))
    r = rows["other"]
    assert r.attrs["data-state"] == "optional_missing" and "选填" in r.text() and "缺失" not in r.text()
    r = rows["first_responsible"]
    assert r.attrs["data-state"] == "embedded" and "嵌入" in r.text() and "嵌在其他部分的段落中" in r.text()
    assert "未分析原因" in rows["next_year"].text()  # a present part with causes: false
    assert "未分析原因" not in rows["measures"].text()


def test_fix_first_lists_deductions_by_points_lost_with_fix_and_evidence(score):
    card = score(SAMPLE_TEXT.replace("青石镇人民政府\n2025年4月3日", "").rstrip() + "\n")
    lost = [c for c in card["checks"] if c["status"] in ("fail", "partial")]
    assert len(lost) >= 3
    dom = Dom(render(card))
    items = dom.by_id("fix").find_all("li", cls="fix-item")
    assert [li.attrs["data-check"] for li in items] == [c["id"] for c in sorted(lost, key=lambda c: -c["lost"])]
    for li, c in zip(items, sorted(lost, key=lambda c: -c["lost"])):
        t = li.text()
        assert f"−{points_text(c['lost'])} 分" in t and c["message"] in t and c["name"] in t
        if c["fix"]:
            assert c["fix"] in t
        for e in c["evidence"][:3]:
            assert li.find_all("a", href=f"#L{e['line']}")
    links_resolve(dom)


def test_all_checks_grouped_by_outcome_passes_collapsed(sample_card):
    card = copy.deepcopy(sample_card)
    passed = [c for c in card["checks"] if c["status"] == "pass"]
    passed[0].update(status="not_applicable", points=0.0, lost=0.0, message="缺少发布日期")
    passed[1].update(status="needs_review", points=0.0, lost=0.0, message="需人工核对")
    passed[2].update(status="fail", points=0.0, lost=passed[2]["max_points"], message="未通过", fix="改")
    passed[3].update(status="partial", points=passed[3]["max_points"] / 2, lost=passed[3]["max_points"] / 2)
    dom = Dom(render(card))
    groups = [n for n in dom.by_id("checks").iter() if (n.attrs.get("id") or "").startswith("group-")]
    order = [g.attrs["id"][6:] for g in groups]
    assert order == ["fail", "partial", "needs_review", "pass", "not_applicable"]
    for g in groups:
        assert (g.tag == "details") == (g.attrs["id"] == "group-pass")
        assert "open" not in g.attrs
    for c in card["checks"]:
        art = dom.by_id(f"check-{c['id']}")
        assert art is not None and art.attrs["data-status"] == c["status"]
        assert art.find_all("h4")[0].text() == c["name"] and c["message"] in art.text()
        assert c["basis"] in art.text()
        group = next(a for a in art.ancestors() if (a.attrs.get("id") or "").startswith("group-"))
        assert group.attrs["id"] == f"group-{c['status']}"


# --- the report text ------------------------------------------------------------------------------

def test_text_lines_sections_chrome_and_evidence_links(sample):
    card, _, dom = sample
    text = card["text"]
    lines = dom.by_id("text").find_all("div", cls="ln")
    assert [n.attrs["id"] for n in lines] == [f"L{i}" for i in range(1, len(text) + 1)]
    for i, raw in enumerate(text, 1):
        assert line_text(dom, i) == raw
    for n in card["structure"]["chrome_lines"]:
        assert "chrome" in dom.by_id(f"L{n}").classes and "非正文" in dom.by_id(f"L{n}").text()
    labels = dom.by_id("text").find_all("div", cls="part-label")
    for sid, sec in card["sections"].items():
        for a, b in sec["spans"]:
            assert [lab for lab in labels if sec["name"] in lab.text() and f"第 {a}–{b} 行" in lab.text()], sid
            assert all("in" in dom.by_id(f"L{n}").classes for n in range(a, b + 1))
    placeholder = check_of(card, "conformity.placeholders")
    ln = dom.by_id(f"L{placeholder['evidence'][0]['line']}")
    assert "ev" in ln.classes
    assert [m.text() for m in ln.find_all("mark")] == ["XX名"]
    assert ln.find_all("a", href="#check-conformity.placeholders")
    for c in card["checks"]:  # every cited line links back to its check
        for e in c["evidence"]:
            assert dom.by_id(f"L{e['line']}").find_all("a", href=f"#check-{c['id']}"), (c["id"], e["line"])


def test_nested_part_is_labelled_and_the_outer_part_continues(sample_card):
    card = copy.deepcopy(sample_card)
    card["sections"]["first_responsible"].update(form="embedded", embedding="subheading", line=11, spans=[[11, 11]])
    dom = Dom(render(card))
    labels = [lab.text() for lab in dom.by_id("text").find_all("div", cls="part-label")]
    i = next(k for k, t in enumerate(labels) if "第一责任人" in t and "嵌入" in t)
    assert "主要举措和成效" in labels[i + 1] and "续" in labels[i + 1]


# --- safety ---------------------------------------------------------------------------------------

EVIL = ["<script>alert(1)</script>", "</textarea><u>underlined</u>", "{{ 7*7 }}", "{% if true %}yes{% endif %}",
        "javascript:alert(2)", '<a href="javascript:alert(3)">x</a>', "</script><img src=x onerror=alert(4)>",
        "<!-- comment", "&amp; &lt;", "\u2028"]


@pytest.fixture(scope="module")
def evil(rubric):
    from scorer.scoring.pipeline import score_text

    text = SAMPLE_TEXT
    text = text.replace("2024年，青石镇坚持", "2024年，" + "".join(EVIL) + "青石镇坚持")
    text = text.replace("三、存在的不足和原因", "三、存在的不足和原因" + EVIL[6])
    text = text.replace("“法律明白人”XX名。", "“法律明白人”XX名。" + EVIL[0] + EVIL[2])
    card = score_text(text, rubric)
    # Strings that reach the header, the messages and the ids come from the card too.
    card["document"]["title"] = "标题" + EVIL[0] + EVIL[1]
    card["document"]["issuer"] = EVIL[5]
    card["document"]["not_report_reason"] = EVIL[6]
    card["source"]["name"] = 'a"b<i>.txt'
    card["checks"][0]["message"] += EVIL[6] + EVIL[3]
    card["checks"][0]["fix"] = EVIL[4]
    card["rubric"]["title"] = EVIL[2]
    html = render(card)
    return text, card, html, Dom(html)


def test_report_text_renders_as_plain_text(evil):
    text, card, html, dom = evil
    scripts = dom.all("script")
    assert len(scripts) == 2 and {s.attrs.get("type") for s in scripts} == {None, "application/json"}
    assert not dom.all("img") and not dom.all("textarea") and not dom.all("u") and not dom.all("i")
    for n in dom.root.iter():
        assert not any(k.startswith("on") for k in n.attrs), (n.tag, n.attrs)
        for v in n.attrs.values():
            assert "javascript:" not in (v or "").lower()
    for i, raw in enumerate(card["text"], 1):  # each line reads exactly as written
        assert line_text(dom, i) == raw
    assert "49" not in dom.by_id("L5").text() and "{{ 7*7 }}" in dom.by_id("L5").text()
    assert dom.by_id("doc-title").text() == card["document"]["title"]
    assert dom.by_id("who-issuer").text().startswith(card["document"]["issuer"])
    assert card["checks"][0]["message"] in dom.by_id(f"check-{card['checks'][0]['id']}").text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    raw = embedded(dom)
    assert "</" not in raw and "<!--" not in raw and "<script" not in raw.lower()
    assert json.loads(raw) == card
    links_resolve(dom)


def test_values_are_escaped_as_markupsafe_escapes_them(evil):
    """The page writes values through a faster escape than markupsafe's Markup-returning one: the
    same characters, quotes included (an attribute holding a file name with " stays one attribute)."""
    from markupsafe import escape

    _, card, html, dom = evil
    name = card["source"]["name"]
    assert str(escape(name)) == "a&#34;b&lt;i&gt;.txt"
    assert str(escape(name)) in html and dom.by_id("who-file").find_all("span")[0].text() == name


def test_not_a_report_banner_and_no_score_claim(evil, score):
    card = score("关于印发2025年法治政府建设工作要点的通知\n\n各科室：\n现将《2025年法治政府建设工作要点》印发给你们，请认真贯彻落实。\n\nXX局\n2025年3月1日\n")
    assert card["document"]["is_report"] is False
    dom = Dom(render(card))
    banner = dom.by_id("not-report")
    assert "不是法治政府建设年度报告" in banner.text() and card["document"]["not_report_reason"] in banner.text()
    assert dom.by_id("score-value").text() == "未评分"
    assert not dom.all("circle", cls="gauge-arc") and not dom.all("p", cls="eq") and not dom.all("ol", cls="bands")
    assert "/ 100" not in dom.by_id("verdict").text()
    assert "分 " not in dom.all("title")[0].text()
    _, bad, _, _ = evil
    bad = copy.deepcopy(bad)
    bad["document"]["is_report"] = False
    evil_dom = Dom(render(bad))
    assert evil_dom.by_id("not-report").find_all("p")[0].text() == bad["document"]["not_report_reason"]


def test_needs_review_banner(rubric):
    import hashlib as h

    from scorer.reading import Extracted, split_lines
    from scorer.scoring.pipeline import score_extracted

    lines = split_lines(SAMPLE_TEXT)
    ex = Extracted("scan.pdf", "pdf", None, h.sha256(b"x").hexdigest(), 1, lines,
                   warnings=["第 2 页没有文字层"], unreliable="PDF 是扫描件，文字识别不可靠")
    card = score_extracted(ex, rubric)
    assert card["needs_review"]
    dom = Dom(render(card))
    banner = dom.by_id("needs-review")
    assert "需人工审核" in banner.text() and "PDF 是扫描件，文字识别不可靠" in banner.text()
    review = [c for c in card["checks"] if c["status"] == "needs_review"]
    assert review
    for c in review:
        assert banner.find_all("a", href=f"#check-{c['id']}")
    assert "第 2 页没有文字层" in dom.by_id("read-warnings").text()
    assert not any(c["status"] in ("pass", "partial", "fail") for c in card["checks"])  # nothing decided …
    assert dom.by_id("score-value").text() == "未评分" and card["grade"] == "需人工审核"  # … so no score is claimed
    links_resolve(dom)


def test_check_anchors_are_safe_and_unique(sample_card):
    card = copy.deepcopy(sample_card)
    card["checks"][0]["id"] = 'x"><script>alert(1)</script>'
    card["checks"][1]["id"] = "同 名 检查"
    card["checks"][2]["id"] = "conformity.title"  # a duplicate of a later id
    dom = Dom(render(card))
    anchors = [a.attrs["id"] for a in dom.all("article", cls="check")]
    assert len(anchors) == len(set(anchors)) == len(card["checks"])
    assert all(re.fullmatch(r"check-[A-Za-z0-9_.-]+", a) for a in anchors), anchors
    assert not dom.all("script", cls=None)[2:]
    links_resolve(dom)


def test_control_characters_are_shown_not_swallowed(score):
    card = score(SAMPLE_TEXT.replace("无。", "无。\x0c\x07"))
    n = card["text"].index("无。\x0c\x07") + 1
    assert line_text(Dom(render(card)), n) == "无。␌␇"


def test_a_minimal_contract_card_renders():
    card = {"schema_version": 1, "source": {"path": "r.txt", "format": "txt"},
            "document": {"is_report": True, "title": None, "issuer": None, "level": None, "report_year": None,
                         "publish_date": None},
            "sections": {"measures": {"present": False, "line": None, "heading": None, "form": None}},
            "score": 50.0, "grade": "合格",
            "checks": [{"id": "a", "status": "fail", "points": 0, "max_points": 1, "message": "m"},
                       {"id": "b", "status": "pass", "points": 1, "max_points": 1, "message": "n",
                        "evidence": [{"line": 99, "text": "不在文中"}]}]}
    dom = Dom(render(card))
    assert dom.by_id("score-value").text() == "50.0"
    assert part_rows(dom)["measures"].attrs["data-state"] == "missing"
    assert "第 99 行" in dom.by_id("check-b").text() and not dom.by_id("check-b").find_all("a")
    links_resolve(dom)
