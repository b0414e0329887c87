"""Make panel H's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused from panel G (part spans read off the dev labels, line/sentence helpers, insert_after); every
hollowing and padding method here is new (panels B-G used: stock sentences, vague quantifiers, topic templates,
skeleton cuts, generic words, boasts as 不足, slogans, meetings-only leaders, intentions, credit to others, unmeasured
figures, others' 不足, a copied plan; padding by political formulas, definitions, figure recaps, a profile, the 规定).

Kinds:
  complete  the dev report untouched (5).
  hollow    headings kept, substance replaced, one technique family per document (6):
            X timeless    measures lose every year/month/全年 marker and past marker, each sentence after its lead is
                          put as a standing practice (长期以来/多年来始终/一贯), each count becomes 历年累计 (not this year's)
            T non-causes  every 不足 item keeps its problem, its explanation is replaced by a circular cause that
                          restates the problem (之所以…，根本原因在于…还不到位)
            L formula     the leaders' part: each item's body replaced by the 四个亲自 / 第一责任人 formula claimed as
                          done, with no act, count, date or document
            N normative   measures sentences after their lead become directives (要/必须/应当/务必), past markers
                          removed — the report reads as a 工作要点, not an account
            D deputies    the leaders' part: the heads (党委书记/镇长/主要负责人/党政主要负责人) replaced by deputies and
                          staff (分管副镇长/司法所所长/党政办工作人员)
            S stock past  measures sentences after their lead cut to their first clause without figures, names or
                          documents, wrapped in 进一步加强了…/不断完善了…/持续提升了…
            P paperwork   measures sentences after their lead replaced by documents passed down (印发《关于{lead}的通知》,
                          转发上级有关文件, 下发工作提示N份) — paper instead of outcomes
  padded    the complete report plus (4):
            m thanks and 表态: a paragraph of thanks to superiors/bodies and a closing pledge after every top part
            t summary: a 内容摘要 (every heading and each item's lead repeated) after the opening, a 结语 recap at the end
            l legal basis: under every part heading a 法律依据 paragraph listing statutes that govern that part

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

_spec = importlib.util.spec_from_file_location("panel_g_make_docs", HERE.parent / "panel-g" / "make_docs.py")
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)  # type: ignore[union-attr]
G.DEV = DEV
SPANS, body_index, sents_of, is_sublead, insert_after, is_heading = (
    G.SPANS, G.body_index, G.sents_of, G.is_sublead, G.insert_after, G.is_heading)
self_word, PAST, SENT, LEAD = G.self_word, G.PAST, G.SENT, G.LEAD

COUNT = re.compile(r"(?<![\d.年月])(\d+(?:\.\d+)?[万亿]?(?:余|多)?[" + G.UNIT + r"](?:次)?)")
DATE = re.compile(r"(?:20\d\d年(?:度)?|\d{1,2}-\d{1,2}月份?|\d{1,2}月(?:份)?|全年|今年来?|年初|年度|目前)[,，]?")


def rewrite_measures(lines: list[str], src: str, fn) -> list[str]:
    """Apply fn(sentence, k) to every measures sentence after its lead (inner 一是 leads kept)."""
    out = list(lines)
    k = 0
    for i in body_index(lines, src, "measures"):
        indent, lead, rest = sents_of(out[i])
        new = []
        cur = lead
        for s in rest:
            if is_sublead(s) or re.match(r"^\d+、", s):
                new.append(s)
                cur = s
                continue
            new.append(fn(s, k, cur))
            k += 1
        out[i] = indent + lead + "".join(new)
    return out


def topic_of(lead: str) -> str:
    t = re.sub(r"^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*|\d+、)", "", lead)
    t = re.split(r"[，,。；;：:]", t)[0].strip()
    return t or "法治政府建设"


# ---------- X timeless ----------
STANDING = ["长期以来，", "多年来始终", "一贯", "常年"]


def method_X(lines: list[str], src: str, rng: random.Random) -> list[str]:
    def f(s: str, k: int, lead: str) -> str:
        s = DATE.sub("", PAST.sub("", s))
        s = COUNT.sub(lambda m: "历年累计" + m.group(1), s)
        s = re.sub(r"同比(?:下降|增长|上升)[\d.]+%|较去年同期", "", s)
        return STANDING[k % len(STANDING)] + s.lstrip("，,")
    return rewrite_measures(lines, src, f)


# ---------- T non-causes ----------
def method_T(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    frames = ["之所以{p}，根本原因在于{p}的问题还没有得到有效解决。",
              "究其原因，主要是{p}方面的工作还不到位、还有差距。",
              "出现这一问题的原因，归根到底是{p}还不够。"]
    k = rng.randrange(len(frames))
    for i in body_index(lines, src, "shortcomings"):
        text = out[i]
        flat = re.match(r"(.*?(?:主要是|主要表现在|主要体现在)[:：]?)(.*)$", text)
        if flat and not re.search(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]", text):
            probs = [p.strip() for p in re.split(r"[;；。]", re.sub(r"等。?$", "", flat.group(2))) if p.strip()]
            body = []
            for prob in probs:
                body.append(prob.split(",")[0].split("，")[0] + "。" + frames[k % len(frames)].format(p=prob.split(",")[0].split("，")[0]))
                k += 1
            out[i] = flat.group(1) + "".join(body)
            continue
        items = re.split(r"(?=[一二三四五六七八九十]+是)|(?=^\s*[（(][一二三四五六七八九十]+[)）])", text)
        new = []
        for it in items:
            if not it:
                continue
            m = re.match(r"(\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]))([^。；;，,]*)([。；;，,]?)", it)
            if not m:
                new.append(it)
                continue
            prob = m.group(2).strip()
            new.append(m.group(1) + prob + "。" + frames[k % len(frames)].format(p=prob))
            k += 1
        out[i] = "".join(new)
    return out


# ---------- L formula leaders ----------
FORMULA = ["党政主要负责人切实履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
           "主要负责人始终把法治建设摆在全局工作的突出位置，与经济社会发展同部署、同推进、同督促、同考核、同奖惩。",
           "主要负责人以上率下，带头尊法学法守法用法，切实发挥了“头雁”作用。",
           "党政主要负责人自觉扛起第一责任人政治责任，推动法治建设各项任务落地落实。"]


def method_L(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(FORMULA))
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        parts = re.split(r"(?=[一二三四五六七八九十]+是)", out[i])
        new = []
        for p in parts:
            m = re.match(r"([一二三四五六七八九十]+是)([^。；;，,]*)", p)
            if m:
                new.append(m.group(1) + m.group(2) + "，" + FORMULA[k % len(FORMULA)])
                k += 1
            elif new:
                continue
            else:
                sents = [s for s in SENT.split(p) if s]
                new.append(sents[0] if sents else p)
        out[i] = "".join(new)
    return out


# ---------- N normative ----------
MUST = ["要", "必须", "应当", "务必", "要切实"]


def method_N(lines: list[str], src: str, rng: random.Random) -> list[str]:
    k0 = rng.randrange(len(MUST))

    def f(s: str, k: int, lead: str) -> str:
        s = DATE.sub("", PAST.sub("", s))
        s = re.sub(r"^(?:镇党委、政府|镇党委|镇政府|我镇|全镇|我县|县委、县政府)", "", s).lstrip("，,")
        return MUST[(k + k0) % len(MUST)] + s
    return rewrite_measures(lines, src, f)


# ---------- D deputies ----------
DEPUTY = [("镇党委、政府主要负责人", "镇分管副镇长和司法所所长"), ("党政主要负责人", "分管法治工作的副镇长"), ("党委、政府主要负责人", "分管副镇长和司法所所长"),
          ("主要负责人", "司法所所长"), ("党委书记", "党委委员"), ("镇长", "副镇长"), ("镇党委、政府", "镇党政办")]


DEP_RE = re.compile("|".join(re.escape(a) for a, _ in DEPUTY))


def method_D(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    for i in G.span_lines(src, "leaders"):
        if i == SPANS[src]["leaders"][0] - 1 and is_heading(lines[i]):
            continue
        out[i] = DEP_RE.sub(lambda m: dict(DEPUTY)[m.group(0)], out[i])
    return out


# ---------- S stock past ----------
STOCK = ["进一步加强了{c}，", "不断完善了{c}，", "持续提升了{c}，", "扎实推进了{c}，"]
TAIL = ["各项工作取得了新进展。", "工作水平不断提高。", "取得了积极成效。"]


def method_S(lines: list[str], src: str, rng: random.Random) -> list[str]:
    k0 = rng.randrange(len(STOCK))

    def f(s: str, k: int, lead: str) -> str:
        c = re.split(r"[，,；;。：:]", s)[0]
        c = re.sub(r"《[^》]*》|“[^”]*”|\d+(?:\.\d+)?[^，,。；]{0,3}", "", c)
        c = re.sub(r"^(?:坚持|强化|深化|加强|推进|完善|全面|持续|严格|积极|大力|深入|紧扣|聚焦|通过|结合|充分)+", "", c)
        c = c.strip()
        if len(c) < 4 or c[0] in "的和与及在":
            c = topic_of(lead)
        return STOCK[(k + k0) % len(STOCK)].format(c=c) + TAIL[k % len(TAIL)]
    return rewrite_measures(lines, src, f)


# ---------- P paperwork ----------
def method_P(lines: list[str], src: str, rng: random.Random) -> list[str]:
    me = self_word(src)[1:] if self_word(src) != "我们" else ""
    office = {"镇": "镇党政办", "县": "县政府办公室", "区": "区政府办公室"}.get(me, "办公室")

    def f(s: str, k: int, lead: str) -> str:
        t = topic_of(lead)
        n = re.search(r"\d+", s)
        tpl = [f"{office}印发《关于{t}的通知》，对相关工作作出安排，要求各单位结合实际抓好落实。",
               f"转发上级有关{t}的文件，组织传达学习文件精神。",
               f"下发工作提示{int(n.group(0)) % 9 + 2 if n else 3}份，提醒各单位按时报送{t}有关材料。",
               "建立工作台账，明确责任单位和完成时限。"]
        return tpl[k % len(tpl)]
    return rewrite_measures(lines, src, f)


# ---------- padding ----------
THANKS = ["过去一年取得的成绩，得益于上级党委、政府的坚强领导和市、区有关部门的悉心指导，得益于人大、政协的有力监督和社会各界的大力支持，"
          "凝聚着全体干部职工的辛勤汗水。在此，谨向所有关心支持法治政府建设的各级领导、各部门和广大群众表示衷心的感谢！",
          "我们将以更加饱满的热情、更加昂扬的斗志、更加务实的作风，凝心聚力、攻坚克难，奋力谱写法治政府建设新篇章，"
          "以优异成绩向上级党委、政府和广大人民群众交上一份满意的答卷。"]
LAW = {
    "measures": "法律依据：《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国行政许可法》"
                "《中华人民共和国行政处罚法》《中华人民共和国行政强制法》《中华人民共和国政府信息公开条例》《重大行政决策程序暂行条例》"
                "《优化营商环境条例》《法治政府建设实施纲要（2021－2025年）》等。",
    "leaders": "法律依据：《党政主要负责人履行推进法治建设第一责任人职责规定》《中国共产党地方委员会工作条例》"
               "《法治政府建设与责任落实督察工作规定》等。",
    "shortcomings": "法律依据：《法治政府建设与责任落实督察工作规定》《中华人民共和国监察法》《中华人民共和国公务员法》等。",
    "plan": "法律依据：《法治中国建设规划（2020－2025年）》《法治社会建设实施纲要（2020－2025年）》《中华人民共和国行政复议法》"
            "《中华人民共和国行政诉讼法》《中华人民共和国人民调解法》等。",
}


def summary(lines: list[str], src: str) -> tuple[str, str]:
    heads, leads = [], []
    for p in ("measures", "leaders", "shortcomings", "plan"):
        for i in G.span_lines(src, p):
            l = lines[i].strip()
            if not l:
                continue
            if is_heading(l) and len(l) > 4:
                heads.append(re.sub(r"\s+", "", l))
            else:
                for s in [s for s in SENT.split(l) if s]:
                    if is_sublead(s):
                        leads.append(s.rstrip("。；;"))
    seen = []
    for h in heads:
        if h not in seen:
            seen.append(h)
    head = ("内容摘要：本报告共分为以下几个部分：" + "；".join(seen) + "。其中主要包括：" + "；".join(leads[:14]) + "等方面内容。")
    tail = ("结语：综上所述，本报告围绕" + "、".join(re.sub(r"^[一二三四五六七八九十（）()]+[、]?", "", h)[:16] for h in seen[:6])
            + "等方面，全面总结了本年度法治政府建设工作情况，分析了存在的不足，提出了下一年度工作安排。")
    return head, tail


def method_pad(lines: list[str], src: str, rng: random.Random, which: str) -> list[str]:
    after: dict[int, list[str]] = {}
    before: dict[int, list[str]] = {}
    if "m" in which:
        for p in ("measures", "leaders", "shortcomings", "plan"):
            a, b = SPANS[src][p]
            last = max(i for i in range(a - 1, b) if lines[i].strip())
            after.setdefault(last, []).append(THANKS[0] if p == "measures" else THANKS[1] if p == "plan" else
                                               rng.choice(THANKS))
    if "t" in which:
        head, tail = summary(lines, src)
        opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
        after.setdefault(opening, []).append(head)
        last = SPANS[src]["plan"][1] - 1
        after.setdefault(last, []).append(tail)
    if "l" in which:
        for p in ("measures", "leaders", "shortcomings", "plan"):
            h = SPANS[src][p][0] - 1
            (after if is_heading(lines[h]) else before).setdefault(h, []).append(LAW[p])
    return insert_after(lines, after, before)


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "X", "measures made timeless: no dates, standing practice, counts as 历年累计"),
    ("seed-001", "hollow", "TL", "circular causes in the 不足; leaders' items filled with the 四个亲自 formula"),
    ("seed-001", "hollow", "P", "measures replaced by paperwork passed down (通知, 转发, 工作提示)"),
    ("seed-002", "hollow", "N", "measures turned into directives (要/必须/应当)"),
    ("seed-003", "hollow", "DS", "leaders' acts given to deputies and staff; measures as 进一步加强了… stock past"),
    ("seed-004", "hollow", "PT", "measures replaced by paperwork; circular causes"),
    ("seed-000", "padded", "m", "thanks and 表态 after every part"),
    ("seed-002", "padded", "t", "内容摘要 after the opening and 结语 recap at the end"),
    ("seed-003", "padded", "l", "法律依据 statute list under every part heading"),
    ("seed-004", "padded", "mt", "thanks/表态 after every part, 摘要 and 结语"),
]


def build(src: str, kind: str, methods: str, rng: random.Random) -> str:
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"X": method_X, "T": method_T, "L": method_L, "N": method_N, "D": method_D, "S": method_S, "P": method_P}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    if kind == "padded":
        return "\n".join(method_pad(lines, src, rng, methods))
    raise ValueError(kind)


def main() -> None:
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-h-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-h-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
