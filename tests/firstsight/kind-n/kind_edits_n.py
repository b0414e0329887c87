#!/usr/bin/env python3
"""Kind set n: a fresh, larger sample of "does fzscore ever refuse a real annual 法治政府建设 report?".  Kind sets l
and m's generators (imported unchanged) run on documents they did not select, plus four new real-report kinds
(a report made harder the way real pages and files are) and l's / m's look-alike controls.  First sight: written
without reading fzscore's code, rubrics or data.

    python3 kind_edits_n.py --list           # the cases of the stored split's seed
    python3 kind_edits_n.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-l"))
sys.path.insert(0, os.path.join(HERE, "..", "kind-m"))
import kind_edits_l as L  # noqa: E402
import kind_edits_m as M  # noqa: E402

A, B = L.A, L.B
load_docs, core, rng_for, cn_num = L.load_docs, L.core, L.rng_for, L.cn_num
own_sents, _ok, _report_part, sig_name = L.own_sents, L._ok, L._report_part, L.sig_name
_no_dates, _drop_sig, _date, _tx, _ex, _tasks = L._no_dates, L._drop_sig, L._date, L._tx, L._ex, L._tasks

# seeds stated in kind-l's and kind-m's READMEs: the documents their generators select are not used here
SEED_L, SEED_M = 390321, 866667


def used_by_l_m():
    return {c["doc"] for c in L.build_cases(SEED_L)} | {c["doc"] for c in M.build_cases(SEED_M)}


# ================================================================ new keep kinds
PRAISE = [
    "{y}年，{u}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入学习贯彻习近平法治思想，"
    "坚定拥护“两个确立”、坚决做到“两个维护”，以高度的政治自觉、思想自觉和行动自觉扛起法治建设政治责任。",
    "一年来，在{p}的坚强领导下，{u}上下同心同德、攻坚克难、砥砺奋进，各项事业取得了令人瞩目的新成就，经济社会发展呈现稳中有进、"
    "进中向好、好中提质的良好态势，人民群众获得感、幸福感、安全感持续增强，干部群众精气神更加饱满。",
    "我们始终把法治作为{u}发展的核心竞争力和重要软实力，牢固树立“法治是最好的营商环境”理念，坚持高站位谋划、高标准推进、"
    "高质量落实，以“奋勇争先、勇毅前行”的昂扬姿态，奋力谱写法治建设新篇章，全力打造法治建设新高地。",
    "这些成绩的取得，得益于上级的关心支持，得益于广大干部群众的团结拼搏，更得益于我们始终坚持守正创新、实干担当。实践充分证明，"
    "只要我们坚定信心、真抓实干，就没有克服不了的困难，就没有完成不了的任务。",
    "回顾一年来的工作，我们深刻体会到：必须坚持党的全面领导，这是根本保证；必须坚持以人民为中心，这是根本立场；必须坚持改革创新，"
    "这是动力源泉；必须坚持严的基调，这是重要保障。全体干部以“时时放心不下”的责任感，拼出了新气象、干出了新作为。",
    "站在新的历史起点上，我们将以更加坚定的信心、更加昂扬的斗志、更加务实的作风，锚定目标不放松，一张蓝图绘到底，"
    "为奋力谱写中国式现代化{u}新篇章提供坚强法治保障。",
]


def _cn_int(s):
    """一 … 十九 → 1 … 19 (None otherwise)."""
    D = "〇一二三四五六七八九"
    if len(s) == 1 and s in D:
        return D.index(s)
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十" and s[1] in D:
        return 10 + D.index(s[1])
    return None


def k_keep_praise_first(d):
    """The first third of the text is a `一、总体情况` of praise and slogans (generated, about half as long as the
    report's own body, naming the unit and the year), before the report's own text after its title (its top-level
    headings renumbered from 二); lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    body = [l for l in rest if l.strip()]
    n = len("".join(body))
    if n < 500:
        return None
    u = sig_name(d) if d["level"] == "department" else ("我" + L.lw(d))
    p = (L.parent(d) + "党委、政府") if d["level"] != "province" else "党中央、国务院"
    r = rng_for(d, "pf")
    paras, k = [], 0
    order = list(range(len(PRAISE)))
    r.shuffle(order)
    while len("".join(paras)) < n / 2 and k < len(PRAISE):
        paras.append("　　" + PRAISE[order[k]].format(y=d["year"], u=u, p=p))
        k += 1
    out = ["　　一、总体情况"] + paras
    for l in body:
        m = A.TOP.match(l)
        if m and len(l.strip()) < 60:
            v = _cn_int(m.group(1))
            if v:
                l = l[:m.start(1)] + cn_num(v + 1) + l[m.end(1):]
        out.append(l)
    return "\n".join(title + out) + "\n", _ex(d, _tx(d, []))


def k_keep_numbered_oneliners(d):
    """The measures part is a numbered list of one-line items: after the title and the report's first paragraph,
    `一、主要工作` and items `1．…。` each one of the report's own sentences cut to its first clauses (≤ 40
    characters; sentences whose first clause is longer are skipped), then `二、下一步工作` with two of the report's tasks, signed and dated."""
    if not _ok(d, 8) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    first = next((l for l in _no_dates(rest) if len(l.strip()) > 60), None)
    items = []
    for s in own_sents(d)[1:]:
        parts = [p for p in re.split(r"[，,；;]", s.rstrip("。")) if p]
        if not parts or len(parts[0]) > 40:
            continue
        t = parts[0]
        for p in parts[1:]:
            if len(t) >= 14 or len(t) + len(p) + 1 > 40:
                break
            t += "，" + p
        t += "。"
        if len(t) >= 10 and t not in items:
            items.append(t)
        if len(items) >= 12:
            break
    if not first or len(items) < 6:
        return None
    tk = _tasks(d, 2)
    y, m, day = _date(d, "nl1")
    t = title + [first, "　　一、主要工作"] + [f"　　{i + 1}．{s}" for i, s in enumerate(items)] + \
        ["　　二、下一步工作"] + [f"　　{i + 1}．{s}" for i, s in enumerate(tk or ["持续深入推进法治政府建设。"])] + \
        ["", sig_name(d), f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


def k_keep_fujian_table(d):
    """After the report's signature and date an attachment: `附件` / `{unit}{Y}年法治政府建设主要指标统计表`, a
    tab-separated table 序号 / 项目 / {Y}年 / {Y-1}年 / 备注 (the report's own figures, the previous year drawn) and a
    `填报人` line.  Title and body as on the page (cut at the last full stop), lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    figs = B.figures(d, 10)
    if len(figs) < 3:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "fj")
    body = M._cut_full(_drop_sig(_no_dates(rest), d)).split("\n")
    y, m, day = _date(d, "fj")
    rows = [f"序号\t项目\t{d['year']}年\t{d['year'] - 1}年\t备注"]
    for i, (a, b, c) in enumerate(figs):
        try:
            prev = max(0, round(float(b) * r.uniform(0.6, 1.3)))
        except ValueError:
            prev = b
        rows.append(f"{i + 1}\t{a}（{c}）\t{b}\t{prev}\t")
    t = title + body + ["", sig_name(d), f"{y}年{m}月{day}日", "", "附件", "",
                        f"{sig_name(d)}{d['year']}年法治政府建设主要指标统计表"] + rows + \
        [f"填报人：{L.person(d, 'fj')}　　审核人：{L.person(d, 'fj2')}　　填报日期：{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


def k_keep_zongjie_jihua_title(d):
    """The title says `{unit}{Y}年法治政府建设工作总结暨{Y+1}年工作计划` (one line, the other title lines and the lines
    above dropped); the body as on the page.  Expected year: Y (the report's), title the new or a labelled one."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    new = f"{sig_name(d)}{d['year']}年法治政府建设工作总结暨{d['year'] + 1}年工作计划"
    return "\n".join([new] + rest) + "\n", _ex(d, _tx(d, [new]))


# ================================================================ registry
NEW = {
    "keep_praise_first": k_keep_praise_first,
    "keep_numbered_oneliners": k_keep_numbered_oneliners,
    "keep_fujian_table": k_keep_fujian_table,
    "keep_zongjie_jihua_title": k_keep_zongjie_jihua_title,
}
KEEP = {**L.KEEP, **M.KEEP, **NEW}
LIKE = {**L.LIKE, **M.LIKE}
KINDS = {**KEEP, **LIKE}
SRC = {**{k: "l" for k in L.KINDS}, **{k: "m" for k in M.KINDS}, **{k: "n" for k in NEW}}
DOCS_PER_KIND = {**{k: 7 for k in KEEP}, **{k: 3 for k in LIKE}}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among those l's and m's generators did not select; one complete dev
    report first (where the kind accepts one), then the rest."""
    docs = load_docs()
    used = used_by_l_m()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(r for r in docs if r not in used)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        n = 0
        for rel in full[:1] + rest + full[1:]:
            text, exp = _run(kind, docs[rel])
            if text is None or text == docs[rel]["text"]:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "expect": exp})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_text(case, docs=None):
    docs = docs or load_docs()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.environ.get("KIND_N_SPLIT") or os.path.join(HERE, "split-n.json")
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
