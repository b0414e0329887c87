#!/usr/bin/env python3
"""Kind set p: does fzscore ever refuse a real annual 法治政府建设 report?  Six new real-report kinds made harder the
way real pages and files are (must stay reports) and two new look-alikes (must be refused or flagged).  First sight:
written without reading fzscore's code, rubrics or data.  Set o's module (and through it l's / m's / n's helpers) is
imported unchanged; documents are drawn among the labelled reports that sets l, m, n and o did not select (their
generators run with the seeds their READMEs state), and a document is reused by a second kind of set p only when no untaken one fits.

    python3 kind_edits_p.py --list           # the cases of the stored split's seed
    python3 kind_edits_p.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-o"))
import kind_edits_o as O  # noqa: E402

L = O.L
A = O.A
load_docs, core, rng_for, cn_num, person = O.load_docs, O.core, O.rng_for, O.cn_num, O.person
own_sents, _ok, _report_part, sig_name, _third = O.own_sents, O._ok, O._report_part, O.sig_name, O._third
_date, _tx, _ex, _is_heading = O._date, O._tx, O._ex, O._is_heading
FAZHI = O.FAZHI

SEED_O = 268164  # stated in kind-o's README


def used_by_l_m_n_o():
    return O.used_by_l_m_n() | {c["doc"] for c in O.build_cases(SEED_O)}


def _exp(d):
    return _ex(d, _tx(d, []))


# ================================================================ keep
def k_keep_line_numbers(d):
    """Text copied from a viewer that shows line numbers: every line after the title's lines prefixed with its
    number and two spaces (`1  `, `2  ` …, blank lines numbered too); title lines and lines above kept as they are."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    out = [f"{i + 1}  {l.strip()}" for i, l in enumerate(rest)]
    return "\n".join(above + title + out) + "\n", _exp(d)


def k_keep_running_header(d):
    """A Word file saved to PDF and extracted: a running header (the unit's name and `法治政府建设情况报告`) and a
    footer `第N页 共M页` repeated every 12 lines of the body; title kept, lines above dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    # pages of ~500 characters, cut at line ends (long lines cut after a full stop)
    pieces = []
    for l in rest:
        while len(l) > 500 and "。" in l[200:500]:
            i = l.index("。", 200) + 1 if "。" in l[200:500] else len(l)
            pieces.append(l[:i])
            l = l[i:]
        pieces.append(l)
    pages, cur, n = [], [], 0
    for l in pieces:
        cur.append(l)
        n += len(l)
        if n >= 500:
            pages.append(cur)
            cur, n = [], 0
    if cur:
        pages.append(cur)
    if len(pages) < 2:
        return None
    hdr = f"{sig_name(d)}　法治政府建设情况报告"
    out = []
    for p, pg in enumerate(pages):
        out += pg + [f"第{p + 1}页 共{len(pages)}页"] + ([hdr] if p < len(pages) - 1 else [])
    return "\n".join(title + out) + "\n", _exp(d)


OCR = [("已", "己"), ("日", "曰"), ("人", "入"), ("0", "O"), ("。", "."), ("末", "未")]


def k_keep_ocr_noise(d):
    """A scanned report run through OCR: in the body (not the title lines) about one in four of 已 / 日 / 人 / 0 / 。 / 末
    swapped for a look-alike character (己, 曰, 入, O, ., 未), and one body line in six spaced out character by
    character; lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "ocr")
    out = []
    for l in rest:
        s = "".join((dict(OCR).get(ch, ch) if ch in dict(OCR) and r.random() < 0.25 else ch) for ch in l)
        if len(s.strip()) > 20 and r.random() < 1 / 6:
            s = " ".join(s.strip())
        out.append(s)
    return "\n".join(title + out) + "\n", _exp(d)


LAWS = ["《中华人民共和国行政许可法》", "《中华人民共和国行政处罚法》", "《中华人民共和国行政复议法》",
        "《重大行政决策程序暂行条例》", "《法治政府建设实施纲要（2021—2025年）》", "《优化营商环境条例》",
        "《法治政府建设与责任落实督察工作规定》", "《中华人民共和国行政诉讼法》"]
CIRC = "①②③④⑤⑥⑦⑧"


def k_keep_footnotes(d):
    """A report with footnotes: circled markers ①… after up to eight body sentences carrying a 法治 word, and a closing
    `注释：` block of as many notes citing laws (`①参见《…》第N条。`); lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "fn")
    laws = r.sample(LAWS, len(LAWS))
    out, k = [], 0
    for l in rest:
        if k < 8 and not _is_heading(l) and FAZHI.search(l) and "。" in l:
            i = l.index("。")
            l, k = l[:i] + CIRC[k] + l[i:], k + 1
        out.append(l)
    if k < 3:
        return None
    notes = [f"{CIRC[i]}参见{laws[i]}第{r.randint(2, 60)}条。" for i in range(k)]
    return "\n".join(title + out + ["", "注释："] + notes) + "\n", _exp(d)


CAPTIONS = ["图为{u}召开法治政府建设工作专题会议", "图为{u}组织开展领导干部学法活动", "图为执法人员开展行政执法检查",
            "图为工作人员在公共法律服务窗口解答群众咨询", "图为{u}开展“八五”普法宣传进社区活动",
            "图为{u}召开重大行政决策听证会"]


def k_keep_image_captions(d):
    """A page with photographs in the body: after every second body line an image placeholder `[图片]` and a caption
    `图为{unit}…` (generated, up to six); lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "img")
    caps = r.sample(CAPTIONS, len(CAPTIONS))
    out, k = [], 0
    for i, l in enumerate(rest):
        out.append(l)
        if (i + 1) % 2 == 0 and len(l.strip()) > 20 and k < 6 and i < len(rest) - 2:
            out += ["[图片]", caps[k].format(u=sig_name(d))]
            k += 1
    if k < 2:
        return None
    return "\n".join(title + out) + "\n", _exp(d)


def k_keep_html_residue(d):
    """A page copied with HTML residue: body lines wrapped in `<p style="text-indent:2em;">…</p>`, 　 written
    `&nbsp;&nbsp;`, Chinese quotation marks as `&ldquo;` / `&rdquo;`, and a `<br/>` between paragraphs; title lines as
    plain text, lines above dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    out = []
    for l in rest:
        s = l.replace("　", "&nbsp;&nbsp;").replace("“", "&ldquo;").replace("”", "&rdquo;")
        out.append(f'<p style="text-indent:2em;">{s}</p><br/>' if s.strip() else s)
    return "\n".join(title + out) + "\n", _exp(d)


# ================================================================ look-alikes
NJ = ["依法决策", "行政执法", "监督制约", "矛盾化解", "法治宣传"]


def k_like_nianjian(d):
    """A 年鉴 entry on the unit's 法治政府建设 (county / city / province / township governments; no departments): `{c}年鉴（{Y+1}）`,
    a section path, `【概况】` and up to five `【…】` entries, each one of the report's sentences in the third person, and the
    entry's author `（撰稿：…）` — the year's facts as a yearbook prints them, no report."""
    if d["level"] == "department" or not _ok(d):
        return None
    ss = [_third(s, d) for s in own_sents(d)][:6]
    if len(ss) < 4:
        return None
    c, y = core(d), d["year"]
    t = [f"{c}年鉴（{y + 1}）", "政治 · 法治建设", "", "法治政府建设", "", f"【概况】{y}年，" + ss[0]]
    for h, s in zip(NJ, ss[1:]):
        t.append(f"【{h}】{s}")
    t += ["", f"（撰稿：{person(d, 'nj')}　审稿：{person(d, 'nj2')}）"]
    return "\n".join(t) + "\n"


def k_like_jiedu_wenda(d):
    """A question-and-answer 解读 of the report published by the 司法局 (any level): `《{unit}{Y}年度法治政府建设情况
    报告》解读`, four `问：` / `答：` pairs answered with the report's sentences in the third person, and the 解读
    机关 and contact line."""
    if not _ok(d):
        return None
    ss = [_third(s, d) for s in own_sents(d)][:6]
    if len(ss) < 4:
        return None
    ss += ss[3:4]
    u, y = sig_name(d), d["year"]
    qs = ["问：报告公开的背景和依据是什么？", "问：报告主要包括哪些内容？", f"问：{y}年法治政府建设取得了哪些成效？",
          "问：下一步有哪些工作安排？"]
    ans = ["答：根据《法治政府建设与责任落实督察工作规定》，县级以上政府部门每年要向社会公开上一年度法治政府建设情况。"
           f"{u}按要求编制并公开了{y}年度报告。",
           "答：报告分为主要举措和成效、存在的不足、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度工作打算等部分。",
           "答：" + ss[0] + ss[1] + ss[2], "答：" + ss[3] + (ss[4] if ss[4] != ss[3] else "")]
    t = [f"《{u}{y}年度法治政府建设情况报告》解读", ""]
    for q, a in zip(qs, ans):
        t += ["　　" + q, "　　" + a]
    yy, mm, dd = _date(d, "jd")
    t += ["", f"解读机关：{u}", f"{yy}年{mm}月{dd}日"]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_line_numbers": k_keep_line_numbers,
    "keep_running_header": k_keep_running_header,
    "keep_ocr_noise": k_keep_ocr_noise,
    "keep_footnotes": k_keep_footnotes,
    "keep_image_captions": k_keep_image_captions,
    "keep_html_residue": k_keep_html_residue,
}
LIKE = {
    "like_nianjian": k_like_nianjian,
    "like_jiedu_wenda": k_like_jiedu_wenda,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {**{k: 13 for k in KEEP}, **{k: 3 for k in LIKE}}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among those l's, m's, n's and o's generators did not select and no earlier
    kind of set p took (documents already taken only after the others); one complete dev report first (where the kind accepts one), then the rest."""
    docs = load_docs()
    used = set(used_by_l_m_n_o())
    taken = set()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(r for r in docs if r not in used)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        order = full[:1] + rest + full[1:]
        order = [r for r in order if r not in taken] + [r for r in order if r in taken]
        n = 0
        for rel in order:
            text, exp = _run(kind, docs[rel])
            if text is None or text == docs[rel]["text"]:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "expect": exp})
            taken.add(rel)
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_text(case, docs=None):
    docs = docs or load_docs()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.environ.get("KIND_P_SPLIT") or os.path.join(HERE, "split-p.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(_run(kind, docs[rel])[0])
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
