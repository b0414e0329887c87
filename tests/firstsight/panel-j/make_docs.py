"""Make panel J's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused from panels G, H and I (part spans read off the dev labels, line/sentence helpers, insert_after,
rewrite_measures, topic_of, COUNT/DATE, panel I's clause() and 不足 item splitter rewrite_items); every hollowing and
padding method here is new to panel J (earlier panels used: stock sentences, vague quantifiers, templates, skeleton
cuts, boasts as 不足, slogans, meetings-only leaders, intentions (拟/将/计划), credit prefixes, unmeasured bare
figures, others' 不足, a copied plan, timeless practice, the 四个亲自 formula, principles, rates-only, attended
meetings, disguised praise, attitude causes, quotations, mottos; padding by formulas, definitions, figure recaps, a
profile, the 规定, thanks, 内容摘要/结语, 法律依据 list, glossary, background, 目录, repeated opening).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (6):
            V comparatives  in the measures and leaders' parts every count, amount and rate is cut and the clause gets
                            a comparative with no base (较上年明显提升 / 同比大幅增长 / 覆盖面显著扩大)
            P in progress   each measures sentence after its lead becomes work under way (正在着力… / …工作已启动、
                            正有序推进 / 目前处于摸底阶段): nothing finished, nothing counted
            T titles        the leaders' part: each item's body becomes the principals' titles and 高度重视 /
                            摆在重要位置 / 扛起职责 with no act, meeting, date or document
            X constraints   each 不足 item becomes an external constraint only (编制核定, 财政, 上级法规配套滞后, 地域与人口)
            K 继续 plan      the plan's body becomes this year's measures headings, each with 继续, nothing new
            U upward credit each measures sentence after its lead becomes the higher levels' work (在上级坚强领导下，
                            上级司法局统筹推进…，相关部门具体实施，取得良好成效)
  padded    the complete report plus (4):
            a 附件           a 附件：相关法律法规目录 of twenty titles of laws and regulations after the plan
            s table twice   a 主要工作数据一览表 built from the report's own figures, after the opening and again after the plan
            e 典型案例        two generic cases (某村村民甲与乙…经调解达成协议…法律效果和社会效果相统一) after the measures
            l study          three paragraphs on studying 习近平法治思想 and the spirit of plenary sessions after the opening

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


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


I = _load("panel_i_make_docs", HERE.parent / "panel-i" / "make_docs.py")
H, G = I.H, I.G
SPANS, body_index, sents_of, is_sublead, insert_after, is_heading = (
    G.SPANS, G.body_index, G.sents_of, G.is_sublead, G.insert_after, G.is_heading)
rewrite_measures, topic_of, COUNT, MONEY, PCT = H.rewrite_measures, H.topic_of, H.COUNT, I.MONEY, I.PCT
clause, level, upper, rewrite_items = I.clause, I.level, I.upper, I.rewrite_items


# ---------- V comparatives without base ----------
WAN = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[万亿]元?")
COMP = ["，较上年明显提升", "，同比大幅增长", "，覆盖面显著扩大", "，数量较往年明显增加", "，质效稳步提高"]


def comp_line(line: str, k: int) -> tuple[str, int]:
    parts = re.split(r"([，,；;。：:])", line)
    for j in range(0, len(parts), 2):
        c = parts[j]
        had = bool(COUNT.search(c) or MONEY.search(c) or PCT.search(c) or WAN.search(c))
        if not had:
            continue
        c2 = PCT.sub("", MONEY.sub("", COUNT.sub("", WAN.sub("", c))))
        c2 = re.sub(r"(?<![年月])\d+(?:\.\d+)?(?![年月日\d])", "", c2)
        c2 = re.sub(r"(?:共计|累计|共有|达到|合计|总计|共|达|计|约|近|超|为|占比|比例|率)+$", "", c2)
        if c2.count("“") == c2.count("”") and c2.count("《") == c2.count("》"):
            c2 = c2 + COMP[k % len(COMP)]
            k += 1
        parts[j] = c2
    return "".join(parts), k


def method_V(lines, src, rng):
    out = list(lines)
    k = rng.randrange(len(COMP))
    idx = body_index(lines, src, "measures") + [i for i in G.span_lines(src, "leaders")
                                                 if lines[i].strip() and not is_heading(lines[i])]
    for i in sorted(set(idx)):
        out[i], k = comp_line(out[i], k)
    return out


# ---------- P in progress ----------
PROG = ["目前正在着力{c}，相关工作正有序推进。", "{c}工作已经启动，目前处于前期摸底阶段。",
        "正积极谋划{c}，力争尽快见到实效。", "{c}正在稳步推进中，各项准备工作正抓紧开展。"]


def method_P(lines, src, rng):
    k0 = rng.randrange(len(PROG))

    def f(s, k, lead):
        c = clause(s)
        if len(c) < 4 or c[0] in "的和与及在了":
            c = topic_of(lead)
        return PROG[(k + k0) % len(PROG)].format(c=c)
    return rewrite_measures(lines, src, f)


# ---------- T titles and 高度重视 ----------
def method_T(lines, src, rng):
    lv = level(src)
    a, b = ("县委书记", "县长") if lv == "县" else ("镇党委书记", "镇长")
    body = [f"{a}作为推进法治建设第一责任人，{b}作为法治政府建设第一责任人，对法治政府建设工作高度重视。",
            f"{a}、{b}始终把法治政府建设摆在全局工作的重要位置，切实扛起第一责任人职责。",
            f"班子其他成员作为分管领域法治建设的直接责任人，对分管领域法治工作同样高度重视。",
            f"{a}、{b}对法治工作高度重视、常抓不懈，以身作则、率先垂范。"]
    out = list(lines)
    k = rng.randrange(len(body))
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        out[i] = indent + lead + body[k % len(body)] + body[(k + 1) % len(body)]
        k += 2
    return out


# ---------- X external constraints ----------
EXT = ["受上级编制核定限制，{t}所需人员无法及时补充到位。",
       "受宏观经济下行和财政收支矛盾影响，{t}所需经费保障客观上存在困难。",
       "上级法律法规更新频繁、配套实施细则出台滞后，{t}缺乏可操作的依据。",
       "辖区地域面积大、人口流动性强，{t}面临的客观条件较为复杂。"]


def method_X(lines, src, rng):
    k0 = rng.randrange(len(EXT))

    def fn(p, k):
        t = I.WEAK.sub("", p).strip() or p
        t = re.sub(r"^(?:部分|个别|少数|我镇|我县)", "", t)
        return EXT[(k + k0) % len(EXT)].format(t=t)
    return rewrite_items(lines, src, fn)


# ---------- K a plan of 继续 + this year's headings ----------
def measure_topics(lines, src):
    ts = []
    for i in G.span_lines(src, "measures"):
        s = lines[i].strip()
        if not s or i in set(G.span_lines(src, "leaders")):
            continue
        if is_heading(s) and re.match(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", s):
            ts.append(topic_of(re.sub(r"^[一二三四五六七八九十]+、", "", s)))
        elif not is_heading(s):
            _, lead, _ = sents_of(lines[i])
            if lead:
                ts.append(topic_of(lead))
    seen, out = set(), []
    for t in ts:
        t = re.sub(r"^(?:继续|持续|进一步)", "", t)
        if len(t) >= 3 and t not in seen and not re.search(r"^\d|举措和成效|主要举措", t):
            seen.add(t)
            out.append(t)
    return out


def method_K(lines, src, rng):
    out = list(lines)
    me = G.self_word(src)
    ts = measure_topics(lines, src)[:7] or ["法治政府建设"]
    idx = body_index(lines, src, "plan")
    cn = G.CN
    items = "".join(f"{cn[n] if n < 10 else n + 1}是继续{t}。" for n, t in enumerate(ts))
    out[idx[0]] = f"下一步，{me}将继续按照既定部署，抓好以下工作：" + items
    for i in idx[1:]:
        out[i] = ""
    return out


# ---------- U credited upward ----------
UP = ["在{up}委、{up}政府的坚强领导下，{up}司法局统筹推进{c}，取得良好成效。",
      "{c}由{up}相关职能部门具体组织实施，成效明显。",
      "{up}委全面依法治{u}办高位推动{c}，形成了上下联动的良好局面。",
      "依托{up}级平台和{up}直部门的力量，{c}得到有力保障。"]


def method_U(lines, src, rng):
    up = upper(src) if level(src) != "县" else "市"
    k0 = rng.randrange(len(UP))

    def f(s, k, lead):
        c = clause(s)
        if len(c) < 4 or c[0] in "的和与及在了":
            c = topic_of(lead)
        return UP[(k + k0) % len(UP)].format(c=c, up=up, u=up[-1])
    return rewrite_measures(lines, src, f)


# ---------- padding ----------
LAWS = ["《中华人民共和国宪法》", "《中华人民共和国行政处罚法》", "《中华人民共和国行政许可法》", "《中华人民共和国行政强制法》",
        "《中华人民共和国行政复议法》", "《中华人民共和国行政诉讼法》", "《中华人民共和国国家赔偿法》", "《中华人民共和国人民调解法》",
        "《中华人民共和国公职人员政务处分法》", "《中华人民共和国民法典》", "《中华人民共和国政府信息公开条例》",
        "《重大行政决策程序暂行条例》", "《优化营商环境条例》", "《信访工作条例》", "《法治政府建设实施纲要（2021－2025年）》",
        "《法治中国建设规划（2020－2025年）》", "《法治社会建设实施纲要（2020－2025年）》",
        "《党政主要负责人履行推进法治建设第一责任人职责规定》", "《法治政府建设与责任落实督察工作规定》",
        "《关于加强社会主义法治文化建设的意见》"]
CASES = [
    "案例一：某村村民甲与村民乙因宅基地边界问题产生纠纷，双方多次发生争执。村调委会接到反映后，第一时间组织调解员上门了解情况，"
    "耐心细致地做双方思想工作，讲解相关法律规定，经过多轮调解，双方最终达成一致意见并签订调解协议，矛盾得到妥善化解，"
    "实现了法律效果和社会效果相统一。",
    "案例二：某企业与部分务工人员因劳动报酬问题产生分歧，务工人员情绪较为激动。相关部门及时介入，组织双方面对面沟通，"
    "依法依规提出解决方案，引导双方理性表达诉求，最终促成双方达成和解，有效防止了矛盾激化，维护了辖区和谐稳定。",
]
STUDY = [
    "一年来，{me}始终把学习贯彻习近平法治思想作为重要政治任务，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、"
    "做到“两个维护”，坚持以习近平新时代中国特色社会主义思想为指导，不断提高运用法治思维和法治方式推动发展的能力。",
    "{me}认真学习贯彻党的二十大和二十届二中、三中全会精神，深刻把握全面依法治国的总目标、总抓手和工作布局，坚持党的领导、"
    "人民当家作主、依法治国有机统一，坚定不移走中国特色社会主义法治道路。",
    "{me}坚持把党的政治建设摆在首位，教育引导广大党员干部自觉在思想上政治上行动上同党中央保持高度一致，"
    "以高度的政治自觉、思想自觉和行动自觉，把党中央关于全面依法治国的决策部署落到实处。",
]


def table(lines, src):
    rows = []
    for i in body_index(lines, src, "measures"):
        for s in re.split(r"[，,；;。]", lines[i]):
            m = COUNT.search(s) or MONEY.search(s) or PCT.search(s)
            if m:
                item = re.sub(r"[“”《》（）()]", "", s[: m.start()]).strip()
                item = re.sub(r"^(?:一是|二是|三是|四是|五是|共|累计|全年|我镇|我县|全镇|全县)+", "", item)[-14:]
                if len(item) >= 4:
                    rows.append(f"| {item} | {m.group(0)} |")
    return ["主要工作数据一览表", "| 项目 | 数据 |", "|---|---|"] + rows[:10]


def method_pad(lines, src, rng, which):
    after, before = {}, {}
    me = G.self_word(src)
    opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
    last = SPANS[src]["plan"][1] - 1
    if "a" in which:
        after.setdefault(last, []).extend(["附件：相关法律法规目录"] + [f"{n}. {t}" for n, t in enumerate(LAWS, 1)])
    if "s" in which:
        t = "\n".join(table(lines, src))
        after.setdefault(opening, []).append(t)
        after.setdefault(last, []).append(t)
    if "e" in which:
        end = max(i for i in body_index(lines, src, "measures"))
        after.setdefault(end, []).extend(["典型案例"] + CASES)
    if "l" in which:
        after.setdefault(opening, []).extend([p.format(me=me) for p in STUDY])
    return insert_after(lines, after, before)


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "V", "every figure in measures and leaders' parts replaced by a comparative without base"),
    ("seed-001", "hollow", "PT", "measures told as work in progress; leaders' part titles and 高度重视 only"),
    ("seed-001", "hollow", "XK", "不足 as external constraints only; plan = this year's measures headings with 继续"),
    ("seed-002", "hollow", "U", "measures' results credited to the higher levels and their departments"),
    ("seed-003", "hollow", "KT", "plan = this year's measures headings with 继续; leaders' part titles and 高度重视 only"),
    ("seed-004", "hollow", "VX", "comparatives without base; 不足 as external constraints only"),
    ("seed-000", "padded", "a", "附件：相关法律法规目录 of twenty titles after the plan"),
    ("seed-002", "padded", "s", "主要工作数据一览表 from the report's own figures, twice"),
    ("seed-003", "padded", "e", "two generic 典型案例 after the measures"),
    ("seed-004", "padded", "l", "three political study paragraphs after the opening"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"V": method_V, "P": method_P, "T": method_T, "X": method_X, "K": method_K, "U": method_U}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-j-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-j-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
