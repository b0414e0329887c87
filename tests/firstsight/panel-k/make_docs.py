"""Make panel K's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused from panels G, H, I and J (part spans read off the dev labels, line/sentence helpers, insert_after,
rewrite_measures, topic_of, panel I's clause() and 不足 splitter rewrite_items, panel J's measure_topics); every
hollowing and padding method here is new to panel K (panels G–J used: intentions, credit to others/upward, unmeasured
figures, others' 不足 (re-attributed), a copied plan, stock sentences, templates, skeleton cuts, boasts, slogans,
meetings-only/attended-meetings leaders, principles, rates-only, disguised praise, attitude causes, quotations, mottos,
comparatives without base, work in progress, titles-only leaders, external constraints, a 继续 plan; padding by
formulas, definitions, recaps, profile, the 规定, thanks, 摘要/结语, 法律依据, glossary, policy background, 目录,
repeated opening, 附件 of laws, data table twice, generic 典型案例, political study).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (6):
            D document-says  each measures sentence after its lead becomes what a document requires (按照《…》要求，应当…
                             / 《…》明确规定，…应当…): nothing reported as done
            C completion     each measures sentence after its lead becomes a completion rate of a plan (…完成年度计划的
                             100% / 年度目标任务完成率100%): no count, document or deed
            N meeting list   each measures sentence after its lead becomes a dated meeting name (3月12日召开…工作推进会)
            S lifted 不足     the 不足 part's body replaced word for word by another dev report's 不足 body (self word swapped)
            Y titles plan    the plan's body becomes a list of document titles to be drafted (制定《…实施方案》), no content
            L the 规定        the leaders' part: each item's body becomes what the 第一责任人 规定 requires of principals
                             (应当…), no act, meeting, date or document of this unit
  padded    the complete report plus (4):
            b events        four paragraphs on the year's national events and situation after the opening
            r 总结           the measures' headings repeated as a 总结 after the plan
            f 附表           a 附表 of the unit's staff (序号/姓名/职务/分工), twelve generated rows, after the plan
            x 典型经验        a measures paragraph of another dev report, word for word, as 兄弟单位典型经验 after the measures

Run: python3 make_docs.py   (writes docs/pNN.txt and docs/manifest.yaml)
"""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEV = Path("/work/shared/corpus/dev")
OUT = HERE / "docs"
SOURCES = [f"seed-00{n}" for n in range(5)]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


J = _load("panel_j_make_docs", HERE.parent / "panel-j" / "make_docs.py")
I, H, G = J.I, J.H, J.G
SPANS, body_index, sents_of, insert_after, is_heading = G.SPANS, G.body_index, G.sents_of, G.insert_after, G.is_heading
rewrite_measures, topic_of, clause, level, rewrite_items = H.rewrite_measures, H.topic_of, I.clause, I.level, I.rewrite_items
measure_topics = J.measure_topics


def src_lines(src):
    return (DEV / f"{src}.txt").read_text(encoding="utf-8").split("\n")


def name_of(src):
    """The unit's short name (保和镇, 新浦镇 …) from the issuer in its dev label."""
    issuer = re.sub(r"(人民政府|党委|政府)$", "", G.label(src).get("issuer") or "")
    name = re.split(r"(?<=[市区])(?=.+[镇乡]$)", issuer)[-1]
    return name or G.self_word(src)[1:]


def good(c, lead):
    return c if len(c) >= 4 and c[0] not in "的和与及在了" else topic_of(lead)


# ---------- D what documents say should be done ----------
DOCS = ["《法治政府建设实施纲要（2021－2025年）》", "《法治社会建设实施纲要（2020－2025年）》",
        "《中共中央关于全面推进依法治国若干重大问题的决定》", "上级关于法治政府建设的工作要点"]
SAY = ["按照{d}要求，应当{c}。", "{d}明确规定，基层政府应当{c}。", "根据{d}的部署，{c}应当做到依法规范、有序推进。"]


def method_D(lines, src, rng):
    k0 = rng.randrange(12)

    def f(s, k, lead):
        return SAY[(k + k0) % len(SAY)].format(d=DOCS[(k + k0) // len(SAY) % len(DOCS)], c=good(clause(s), lead))
    return rewrite_measures(lines, src, f)


# ---------- C completion of the plan ----------
DONE = ["{c}，完成年度计划的100%。", "{c}各项任务按计划推进，年度目标任务完成率100%。", "{c}，完成进度达到年度计划的100%。"]


def method_C(lines, src, rng):
    k0 = rng.randrange(len(DONE))
    return rewrite_measures(lines, src, lambda s, k, lead: DONE[(k + k0) % len(DONE)].format(c=good(clause(s), lead)))


# ---------- N a list of meetings ----------
MEET = ["工作推进会", "专题会议", "工作部署会", "调度会", "座谈会"]


def method_N(lines, src, rng):
    def f(s, k, lead):
        t = good(clause(s), lead)[:12]
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，召开{t}{MEET[k % len(MEET)]}。"
    return rewrite_measures(lines, src, f)


# ---------- S 不足 lifted from another dev report ----------
def method_S(lines, src, rng):
    others = [s for s in SOURCES if s != src]
    other = others[rng.randrange(len(others))]
    ol = src_lines(other)
    lifted = [ol[i].replace(G.self_word(other), G.self_word(src)).replace(name_of(other), name_of(src))
              for i in body_index(ol, other, "shortcomings")]
    out = list(lines)
    idx = body_index(lines, src, "shortcomings")
    out[idx[0]] = "\n".join(lifted)
    for i in idx[1:]:
        out[i] = ""
    return out


# ---------- Y a plan of titles to draft ----------
KIND_T = ["实施方案", "工作规则", "管理办法", "考核细则", "工作指引"]
VERB = ["制定", "出台", "修订", "印发"]


def method_Y(lines, src, rng):
    out = list(lines)
    me = G.self_word(src)
    place = name_of(src)
    ts = measure_topics(lines, src)[:6] or ["法治政府建设"]
    idx = body_index(lines, src, "plan")
    cn = G.CN
    items = "".join(f"{cn[n]}是{VERB[n % len(VERB)]}《{place}{t[:10]}{KIND_T[n % len(KIND_T)]}》。" for n, t in enumerate(ts))
    out[idx[0]] = f"下一年度，{me}将重点做好以下文件的起草工作：" + items
    for i in idx[1:]:
        out[i] = ""
    return out


# ---------- L what the 规定 requires of leaders ----------
REQ = ["按照《党政主要负责人履行推进法治建设第一责任人职责规定》，党政主要负责人应当将法治建设纳入发展总体规划和年度工作计划，与经济社会发展同部署、同推进、同督促、同考核、同奖惩。",
       "《规定》要求，党政主要负责人应当带头尊法学法守法用法，对法治建设中的重大问题及时研究解决。",
       "根据《规定》，党政主要负责人应当每年在年终述职时报告履行推进法治建设第一责任人职责情况，并将其作为考核的重要内容。",
       "《规定》明确，党政主要负责人应当加强对法治建设工作的组织领导，为法治建设提供人力、物力、财力保障。"]


def method_L(lines, src, rng):
    out = list(lines)
    k = rng.randrange(len(REQ))
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        out[i] = indent + lead + REQ[k % len(REQ)] + REQ[(k + 1) % len(REQ)]
        k += 2
    return out


# ---------- padding ----------
EVENTS = [
    "这一年，国际形势复杂严峻，世界百年未有之大变局加速演进，外部环境的不稳定性、不确定性明显上升，各种风险挑战交织叠加。",
    "这一年，全国上下坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，国民经济回升向好，高质量发展扎实推进，"
    "科技创新取得一批重大成果，民生保障持续加强，社会大局保持稳定。",
    "这一年，全国人大及其常委会制定和修改了一批重要法律，中央全面依法治国工作会议、全国两会等重要会议相继召开，"
    "一系列重大活动、重大纪念活动成功举办，展现了国家治理体系和治理能力现代化的新气象。",
    "这一年，各地区各部门统筹发展和安全，有效应对自然灾害和各类突发事件，防范化解重大风险取得积极成效，"
    "人民群众获得感、幸福感、安全感不断增强，为全面建设社会主义现代化国家奠定了坚实基础。",
]
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
POST = [("书记", "全面负责"), ("镇长", "全面负责政府工作"), ("副书记", "协助书记"), ("副镇长", "分管司法、信访"),
        ("副镇长", "分管综合执法"), ("党政办主任", "综合协调"), ("司法所所长", "法治建设日常工作"), ("司法所干部", "人民调解"),
        ("综合执法队队长", "行政执法"), ("综治中心主任", "矛盾纠纷化解"), ("党建办干部", "学法用法"), ("财政所所长", "经费保障")]


def staff(src, rng):
    lv = level(src)
    rows = ["附表：" + name_of(src) + "法治建设工作人员名单", "| 序号 | 姓名 | 职务 | 分工 |", "|---|---|---|---|"]
    for n, (p, w) in enumerate(POST, 1):
        p = p.replace("镇", lv) if lv != "镇" else p
        rows.append(f"| {n} | {rng.choice(SURN)}{rng.choice(GIVEN)}{rng.choice(GIVEN)} | {p} | {w} |")
    return rows


def method_pad(lines, src, rng, which):
    after = {}
    me = G.self_word(src)
    opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
    last = SPANS[src]["plan"][1] - 1
    if "b" in which:
        after.setdefault(opening, []).extend(EVENTS)
    if "r" in which:
        ts = [x for x in measure_topics(lines, src) if "成效" not in x]
        after.setdefault(last, []).extend(["总结", f"回顾一年来的工作，{me}主要在以下方面下了功夫：" + "；".join(ts) + "。"
                                           + "这些工作为法治政府建设奠定了良好基础。"])
    if "f" in which:
        rows = staff(src, rng)
        after.setdefault(last, []).extend([rows[0], "\n".join(rows[1:])])
    if "x" in which:
        others = [s for s in SOURCES if s != src]
        other = others[rng.randrange(len(others))]
        ol = src_lines(other)
        para = max((ol[i] for i in body_index(ol, other, "measures")), key=len).strip()
        end = max(body_index(lines, src, "measures"))
        after.setdefault(end, []).extend(["兄弟单位典型经验", para])
    return insert_after(lines, after, {})


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "D", "measures told as what documents require (按照《…》要求，应当…)"),
    ("seed-001", "hollow", "CY", "measures as completion of the plan (100%); plan = titles of documents to draft"),
    ("seed-001", "hollow", "NS", "measures as a list of dated meetings; 不足 lifted word for word from another dev report"),
    ("seed-002", "hollow", "LC", "leaders' part = what the 规定 requires; measures as completion of the plan"),
    ("seed-003", "hollow", "NL", "measures as a list of dated meetings; leaders' part = what the 规定 requires"),
    ("seed-004", "hollow", "DSY", "document-says measures; lifted 不足; plan = titles to draft"),
    ("seed-000", "padded", "b", "four paragraphs on the year's national events after the opening"),
    ("seed-002", "padded", "r", "measures' headings repeated as a 总结 after the plan"),
    ("seed-003", "padded", "f", "附表 of the unit's staff (twelve generated rows) after the plan"),
    ("seed-004", "padded", "x", "another dev report's measures paragraph as 兄弟单位典型经验 after the measures"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"D": method_D, "C": method_C, "N": method_N, "S": method_S, "Y": method_Y, "L": method_L}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-k-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-k-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
