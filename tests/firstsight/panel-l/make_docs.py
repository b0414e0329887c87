"""Make panel L's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused from panels G–K by import (panel K's make_docs and through it J, I, H, G: part spans read off the dev
labels, line/sentence helpers, insert_after, rewrite_measures, topic_of, clause, level, upper, rewrite_items,
measure_topics, name_of). Every hollowing and padding method here is new to panel L (panels G–K's are listed in panel
K's docstring plus K's own: document-says, completion rates, meeting list, lifted 不足, titles plan, the 规定 as the
leaders' account; padding by national events, a headings 总结, a staff 附表, another unit's 典型经验). Near neighbours,
kept apart on purpose: H's P (通知/转发 passed down) vs T here (titles *received* and studied, nothing passed on or done);
I's attended-meetings leaders vs E here (leaders as trainees completing 学时 and tests); J's credit upward (the district
did it) vs A here (the unit joined a superior's campaign and reports the campaign's totals); J's external constraints
vs Q here (no problem named at all, only requests for more resources).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (7):
            T titles received  each measures sentence after its lead becomes a superior document received and studied
                               (收到…印发的《关于…的通知》后，及时组织干部职工传达学习)
            W wider figures    each measures sentence after its lead keeps its topic but its figure is the whole
                               county's / city's (全县累计…N件), not the unit's
            A campaign joined  each measures sentence after its lead becomes the unit's joining a superior's named
                               专项行动, with the campaign's totals as the result
            Q wishes           each 不足 item becomes a wish for more resources (希望上级加大经费投入/增加编制…), no problem
            P superior's plan  the plan's body becomes the superior's plan for next year restated, plus 认真贯彻落实
            E training         each leaders' item after its heading becomes the principals' attendance at training
                               (参加…法治专题培训班，完成学时；参加网上学法考试，成绩合格)
            O praise third     generated opening praise paragraphs after the opening, about half the source's length
                               (one third of the result)
  padded    the complete report plus (3):
            q 问卷     附件：a blank public-satisfaction questionnaire (eight questions with options) after the plan
            h 体会     three paragraphs of generic 工作体会 (我们深刻体会到…) after the leaders' part
            c 编制说明  a 报告编制说明 (basis, data source, period, 报送) after the opening

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


K = _load("panel_k_make_docs", HERE.parent / "panel-k" / "make_docs.py")
J, I, H, G = K.J, K.I, K.H, K.G
SPANS, body_index, sents_of, insert_after, is_heading = G.SPANS, G.body_index, G.sents_of, G.insert_after, G.is_heading
rewrite_measures, topic_of, clause, level, rewrite_items = H.rewrite_measures, H.topic_of, I.clause, I.level, I.rewrite_items
measure_topics, name_of, good, upper = J.measure_topics, K.name_of, K.good, I.upper


def wide(src):
    """全县 / 全区 / 全市: the area one level above the unit."""
    return "全" + upper(src)[-1]


# ---------- T superior documents received and studied ----------
RECV = ["收到{u}印发的《关于进一步做好{c}工作的通知》后，及时组织干部职工传达学习。",
        "收到{u}转来的《{c}工作指导意见》，在干部职工会上进行了通读学习。",
        "收到上级《关于{c}的实施意见》，组织班子成员集中学习文件精神。"]


def method_T(lines, src, rng):
    k0, u = rng.randrange(len(RECV)), upper(src)
    return rewrite_measures(lines, src, lambda s, k, lead: RECV[(k + k0) % len(RECV)].format(u=u, c=good(clause(s), lead)[:14]))


# ---------- W figures of the whole county / city ----------
WIDE = ["{c}，{w}全年累计办理相关事项{n}件。", "据{u}统计，{w}{c}覆盖群众{n}人次。", "{c}，{w}共开展相关活动{n}场次。"]


def method_W(lines, src, rng):
    k0, u, w = rng.randrange(len(WIDE)), upper(src), wide(src)
    return rewrite_measures(lines, src, lambda s, k, lead: WIDE[(k + k0) % len(WIDE)].format(
        c=good(clause(s), lead), u=u, w=w, n=rng.randint(120, 9800)))


# ---------- A a superior's campaign joined ----------
CAMP = ["法治护航", "执法规范提升", "百日攻坚", "法治惠民", "清源行动"]


def method_A(lines, src, rng):
    u, me = upper(src), G.self_word(src)

    def f(s, k, lead):
        return (f"{me}参加{u}统一组织的“{CAMP[k % len(CAMP)]}”专项行动，该行动围绕{good(clause(s), lead)[:12]}，"
                f"{wide(src)}共排查问题{rng.randint(40, 900)}个、整改{rng.randint(30, 800)}个。")
    return rewrite_measures(lines, src, f)


# ---------- Q 不足 as wishes for resources ----------
WISH = ["希望上级进一步加大法治建设专项经费投入。", "希望上级在人员编制上给予倾斜，增加法治工作力量。",
        "希望上级帮助配备执法装备和信息化平台。", "希望上级多安排业务培训名额和专家指导。"]


def method_Q(lines, src, rng):
    k0 = rng.randrange(len(WISH))
    return rewrite_items(lines, src, lambda p, k: WISH[(k + k0) % len(WISH)])


# ---------- P the superior's plan restated ----------
def method_P(lines, src, rng):
    out, u, me = list(lines), upper(src), G.self_word(src)
    ts = measure_topics(lines, src)[:5] or ["法治政府建设"]
    idx = body_index(lines, src, "plan")
    cn = G.CN
    items = "".join(f"{cn[n]}是{u}将统筹推进{t[:12]}。" for n, t in enumerate(ts))
    out[idx[0]] = (f"根据{u}下一年度法治政府建设工作要点，{u}将重点抓好以下工作：" + items
                   + f"{me}将按照{u}的统一部署，认真抓好贯彻落实。")
    for i in idx[1:]:
        out[i] = ""
    return out


# ---------- E leaders' attendance at training ----------
TRAIN = ["党政主要负责人参加{u}委党校举办的领导干部法治专题培训班，按要求完成规定学时。",
         "{m}月，党政主要负责人参加{u}组织的领导干部网上学法用法考试，成绩合格。",
         "党政主要负责人参加{u}举办的法治政府建设专题讲座，认真听讲并做好笔记。",
         "党政主要负责人参加{u}组织的“宪法宣传周”集中学习培训，取得结业证书。"]


def method_E(lines, src, rng):
    out, u = list(lines), upper(src)
    k = rng.randrange(len(TRAIN))
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        out[i] = indent + lead + "".join(TRAIN[(k + n) % len(TRAIN)].format(u=u, m=rng.randint(3, 11)) for n in (0, 1))
        k += 2
    return out


# ---------- O one third opening praise ----------
P_SUBJ = ["一年来", "回首过去的一年", "过去一年里", "这一年", "一年来的实践中"]
P_BODY = ["在上级党委、政府的坚强领导下，全体干部群众同心同德、砥砺奋进", "法治建设的春风吹遍城乡的每一个角落",
          "广大干部群众的法治意识空前高涨，尊法学法守法用法蔚然成风", "各项事业呈现出欣欣向荣、蒸蒸日上的喜人景象",
          "干部队伍精神饱满、作风过硬，展现出奋发有为的良好风貌", "依法行政的理念深入人心，法治政府建设迈上了新台阶",
          "社会大局和谐稳定，人民群众安居乐业，幸福指数节节攀升", "法治的阳光温暖着千家万户，公平正义的旗帜高高飘扬"]
P_END = ["成绩来之不易，令人鼓舞。", "取得了令人瞩目的辉煌成就。", "书写了法治建设的崭新篇章。", "交出了一份人民满意的优异答卷。"]


def praise(rng, target):
    paras, n = [], 0
    while n < target:
        body = rng.sample(P_BODY, 3)
        p = f"{rng.choice(P_SUBJ)}，{body[0]}，{body[1]}，{body[2]}，{rng.choice(P_END)}"
        paras.append(p)
        n += len(p)
    return paras


def method_O(lines, src, rng):
    opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
    n0 = len("\n".join(lines))
    return insert_after(lines, {opening: praise(rng, n0 // 2)}, {})


# ---------- padding ----------
QUEST = ["您对本地政务公开工作是否满意？", "您是否了解本地公共法律服务的办理渠道？", "您认为本地行政执法是否规范文明？",
         "您对本地矛盾纠纷调解工作是否满意？", "您是否参加过本地组织的普法宣传活动？", "您认为本地办事效率如何？",
         "您对本地法治环境总体评价如何？", "您对本地法治建设还有哪些意见和建议？"]
OPTS = "A. 满意  B. 基本满意  C. 不满意  D. 不了解"

TIHUI = [
    "通过一年来的工作实践，我们深刻体会到：坚持党的领导是做好法治政府建设工作的根本保证，只有把党的领导贯穿法治建设全过程，各项工作才能沿着正确方向前进。",
    "我们深刻体会到：坚持以人民为中心是做好法治政府建设工作的出发点和落脚点，只有想群众之所想、急群众之所急，法治建设才能赢得群众的支持和拥护。",
    "我们深刻体会到：抓好队伍建设是做好法治政府建设工作的关键所在，只有打造一支政治过硬、本领高强的干部队伍，各项任务才能落到实处。",
]


def shuomi(src, rng):
    me = G.self_word(src)
    return ["报告编制说明",
            f"本报告依据《法治政府建设与责任落实督察工作规定》关于年度报告的要求编制。报告内容涵盖{me}本年度1月1日至12月31日"
            f"法治政府建设工作情况，相关数据由各有关站所、办公室报送，经汇总整理形成。报告按照“主要举措和成效、存在的不足和原因、"
            f"党政主要负责人履行推进法治建设第一责任人职责情况、下一年度主要安排”的结构编写，统计口径与上年度保持一致，"
            f"如有出入以正式统计数据为准。本报告按规定报送上一级党委和政府，并通过门户网站向社会公开。"]


def method_pad(lines, src, rng, which):
    after = {}
    opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
    last = SPANS[src]["plan"][1] - 1
    if "q" in which:
        rows = ["附件：" + name_of(src) + "法治政府建设群众满意度调查问卷（样表）"]
        rows += ["\n".join([f"{n}. {q}", OPTS if n < len(QUEST) else "____________"]) for n, q in enumerate(QUEST, 1)]
        after.setdefault(last, []).extend(rows)
    if "h" in which:
        end = max(G.span_lines(src, "leaders"))
        after.setdefault(end, []).extend(["工作体会"] + TIHUI)
    if "c" in which:
        after.setdefault(opening, []).extend(shuomi(src, rng))
    return insert_after(lines, after, {})


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "TQ", "measures as superior documents received and studied; 不足 = wishes for resources"),
    ("seed-001", "hollow", "WP", "measures' figures are the whole county's; plan = the superior's plan restated"),
    ("seed-001", "hollow", "ET", "leaders' part = attendance at training; measures as documents received and studied"),
    ("seed-002", "hollow", "AP", "measures as a superior's campaign joined, with its totals; plan = the superior's plan"),
    ("seed-002", "hollow", "QO", "不足 = wishes for resources; opening praise one third of the report (O applied last: it shifts lines)"),
    ("seed-003", "hollow", "EW", "leaders' part = attendance at training; measures' figures are the whole county's"),
    ("seed-004", "hollow", "AE", "measures as a superior's campaign joined; leaders' part = attendance at training"),
    ("seed-000", "padded", "q", "附件: a blank public-satisfaction questionnaire after the plan"),
    ("seed-003", "padded", "h", "three paragraphs of generic 工作体会 after the leaders' part"),
    ("seed-004", "padded", "c", "a 报告编制说明 after the opening"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"T": method_T, "W": method_W, "A": method_A, "Q": method_Q, "P": method_P, "E": method_E, "O": method_O}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-l-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-l-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
