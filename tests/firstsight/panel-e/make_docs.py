"""Make panel E's 14 documents from the five dev reports (deterministic; no document line is hard-coded).

Kinds and methods (new to panel E; panels B-D used stock sentences / vague quantifiers added, topic templates,
skeleton cuts and definitions-plus-summaries padding):
  complete  the dev report untouched (4).
  hollow    every heading kept and the length kept (sentence for sentence), substance replaced (4):
            G  "generic": in the body of every part each figure with its unit, each rate, each 《…》 title and each
               “…” name is replaced in place by a generic word (若干 / 较高水平 / 相关文件 / 相关机制); the sentence count
               does not change.
            A  "achievements as shortcomings": each sentence of the 不足 part is replaced by a 'shortcoming' that is
               really a boast, built from the report's own measure leads (…成效超出预期，但总结宣传还不够及时), and a
               'cause' that is also a boast (工作推进快、标准高).
            S  "slogan plan": each plan sentence after its lead becomes a political slogan around the lead's topic.
            M  "meetings-only leaders": each sentence of the 第一责任人 part after its lead says only that the heads
               held or attended a meeting on 法治建设.
  half      one or two required parts removed with their headings; later top-level headings renumbered (3).
  padded    the complete report plus (3):
            R  after every measures paragraph that has two or more figures, a paragraph restating those figures and
               praising them; and a recap of all figures before the 不足 part;
            F  a paragraph of political formulas under every part heading (from a phrase bank, seeded order);
            P  a 'review' paragraph before the 不足 part that repeats, verbatim, the first sentence of every measures
               paragraph, and the opening paragraph repeated as a closing.

Run: python3 make_docs.py   (writes docs/pNN.txt and docs/manifest.yaml)
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "corpus" / "dev"
OUT = HERE / "docs"

# 1-based inclusive line spans of each part, read off the dev labels (as panel D did). Where the leaders' part sits
# inside the measures, the narrower span wins for the leaders' methods.
SPANS: dict[str, dict[str, tuple[int, int]]] = {
    "seed-000": {"measures": (7, 40), "leaders": (13, 13), "shortcomings": (41, 44), "plan": (45, 70)},
    "seed-001": {"measures": (10, 25), "leaders": (26, 29), "shortcomings": (30, 33), "plan": (34, 37)},
    "seed-002": {"measures": (3, 22), "leaders": (4, 6), "shortcomings": (23, 26), "plan": (27, 38)},
    "seed-003": {"measures": (10, 39), "shortcomings": (40, 49), "leaders": (50, 59), "plan": (60, 69)},
    "seed-004": {"leaders": (2, 5), "measures": (6, 13), "shortcomings": (14, 15), "plan": (16, 20)},
}

SENT = re.compile(r"(?<=[。；！!])")
LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*|\d+、)")
TOP = re.compile(r"^(\s*)([一二三四五六七八九十]+)、")
CN = "一二三四五六七八九十"
UNIT = "件次个名人项场期家起条份批户所宗张部幅处栋只例元册宗期家次口栋户"
FIG_RATE = re.compile(r"\d+(?:\.\d+)?%")
FIG_MONEY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?元|\d+(?:\.\d+)?[万亿](?![余多]?[" + UNIT + r"])")
FIG_COUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?(?:余|多)?[" + UNIT + r"](?:次)?")
FIG_BARE = re.compile(r"(?<![\d年月])\d+(?:\.\d+)?(?![\d年月日])")
BOOK = re.compile(r"《[^》]{1,60}》")
QUOTE = re.compile(r"“[^”]{1,30}”")


def is_heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 60 and "。" not in s and not s.endswith(("；", ";"))


def span_lines(src: str, part: str) -> range:
    a, b = SPANS[src][part]
    return range(a - 1, b)


def body_index(lines: list[str], src: str, part: str) -> list[int]:
    """Body lines (non-empty, not a heading) of a part; for the measures, leaders lines inside are excluded."""
    idx = [i for i in span_lines(src, part) if lines[i].strip() and not is_heading(lines[i])]
    if part == "measures":
        lead = set(span_lines(src, "leaders"))
        idx = [i for i in idx if i not in lead]
    return idx


def split_lead(line: str) -> tuple[str, list[str]]:
    """Return (indent + lead sentence if the line opens with an enumerated short lead, rest sentences)."""
    indent = line[: len(line) - len(line.lstrip())]
    sents = [s for s in SENT.split(line.strip()) if s]
    if sents and LEAD.match(sents[0]) and len(sents[0]) <= 40 and not re.search(r"\d", sents[0]):
        return indent + sents[0], sents[1:]
    return indent, sents


# ---------- hollow methods ----------

def generic(text: str) -> str:
    text = BOOK.sub("相关文件", text)
    text = QUOTE.sub("相关机制", text)
    text = FIG_RATE.sub("较高水平", text)
    text = FIG_MONEY.sub("一定金额", text)
    text = FIG_COUNT.sub("若干", text)
    text = FIG_BARE.sub("若干", text)
    text = re.sub(r"(相关机制)+", "相关机制", text)
    text = re.sub(r"(相关文件)(、?相关文件)+", "相关文件", text)
    return text


def method_G(lines: list[str], src: str) -> list[str]:
    out = list(lines)
    for part in ("measures", "leaders", "shortcomings", "plan"):
        for i in span_lines(src, part):
            if out[i].strip() and not is_heading(out[i]):
                out[i] = generic(out[i])
    return out


def measure_leads(lines: list[str], src: str) -> list[str]:
    leads = []
    for i in span_lines(src, "measures"):
        for m in re.finditer(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*)([^。，,；\n]{4,18})", lines[i]):
            t = m.group(1).strip().rstrip("。")
            if not re.search(r"\d", t):
                leads.append(t)
    return leads


BOAST = [
    "{t}方面，工作成效超出预期、群众评价很高，但经验总结和宣传推广还不够及时。",
    "{t}走在全市前列，但与我们自己定下的更高标准相比，仍有进一步提升的空间。",
    "{t}任务完成得又快又好，部分同志工作节奏快、加班多，劳逸结合还需统筹。",
    "{t}的做法被多方学习借鉴，但典型经验的提炼还不够系统，亮点展示还不够充分。",
]
BOAST_CAUSE = [
    "究其原因，主要是工作推进速度快、标准要求高，总结提炼跟不上实践发展。",
    "原因在于我们始终高标准严要求，对自身工作从不满足。",
]


def method_A(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    leads = measure_leads(lines, src)
    rng.shuffle(leads)
    k = 0
    for i in body_index(lines, src, "shortcomings"):
        indent = out[i][: len(out[i]) - len(out[i].lstrip())]
        n = len([s for s in re.split(r"[。；;！!]", out[i].strip()) if s.strip()])
        new = []
        for j in range(n):
            if j == n - 1 and n > 1:
                new.append(BOAST_CAUSE[k % len(BOAST_CAUSE)])
            else:
                new.append(BOAST[k % len(BOAST)].format(t=leads[k % len(leads)]))
            k += 1
        out[i] = indent + "".join(new)
    return out


SLOGAN = [
    "要牢牢把握{t}这个关键，以钉钉子精神推动各项任务落地见效。",
    "坚持{t}不动摇，久久为功、善作善成，奋力谱写法治建设新篇章。",
    "以更高站位、更实举措、更强担当推进{t}，推动法治政府建设再上新台阶。",
    "把{t}作为重中之重，一以贯之、常抓不懈，确保取得新的更大成效。",
    "在{t}上持续用力、久久为功，努力交出人民满意的法治答卷。",
]


def topic(lead: str, sents: list[str]) -> str:
    if not lead.strip():
        return "法治政府建设"
    s = LEAD.sub("", lead.strip()).rstrip("。；")
    s = re.split(r"[，,：:]", s)[0]
    return s[:14] or "法治政府建设"


def method_S(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(SLOGAN))
    for i in body_index(lines, src, "plan"):
        lead, rest = split_lead(out[i])
        t = topic(lead, rest)
        new = []
        for _ in rest if lead.strip() else rest or [""]:
            new.append(SLOGAN[k % len(SLOGAN)].format(t=t))
            k += 1
        out[i] = lead + "".join(new)
    return out


MEETING = [
    "主要负责人主持召开会议，研究法治建设有关工作。",
    "主要负责人出席相关会议，听取法治建设工作情况汇报。",
    "班子会议对法治建设工作进行了研究部署。",
    "主要负责人参加上级召开的法治建设工作会议，并传达会议精神。",
    "主要负责人召集相关人员开会，对法治工作提出要求。",
]


def method_M(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(MEETING))
    for i in [i for i in span_lines(src, "leaders") if lines[i].strip() and not is_heading(lines[i])]:
        lead, rest = split_lead(out[i])
        new = []
        for _ in rest or [""]:
            new.append(MEETING[k % len(MEETING)])
            k += 1
        out[i] = lead + "".join(new)
    return out


# ---------- half ----------

def drop_parts(lines: list[str], src: str, parts: list[str]) -> list[str]:
    gone = set()
    for p in parts:
        gone.update(span_lines(src, p))
    kept = [l for i, l in enumerate(lines) if i not in gone]
    # renumber top-level headings (一、二、…) in order
    n = 0
    out = []
    for l in kept:
        m = TOP.match(l)
        if m and is_heading(l):
            n += 1
            l = m.group(1) + CN[n - 1] + "、" + l[m.end():]
        out.append(l)
    return out


# ---------- padded ----------

FORMULAS = [
    "我们始终坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想",
    "坚持党的领导、人民当家作主、依法治国有机统一",
    "坚持依法治国、依法执政、依法行政共同推进，坚持法治国家、法治政府、法治社会一体建设",
    "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”",
    "努力建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府",
    "坚持以人民为中心的发展思想，把法治政府建设放在党和国家事业发展全局中来谋划",
    "坚定不移走中国特色社会主义法治道路",
    "切实把思想和行动统一到党中央决策部署上来",
    "推动法治政府建设在更高起点上实现新发展",
    "以法治之力护航经济社会高质量发展",
]


def formula_par(rng: random.Random, n: int = 5) -> str:
    ps = rng.sample(FORMULAS, n)
    return "，".join(ps) + "。"


def figure_snippets(line: str) -> list[str]:
    out = []
    for c in re.split(r"[，,；;。]", line):
        c = LEAD.sub("", c.strip())
        if re.search(r"\d", c) and not re.fullmatch(r".*\d{4}年(度)?", c) and 3 <= len(c) <= 40:
            out.append(c)
    return out


def insert_after(lines: list[str], extra: dict[int, list[str]], before: dict[int, list[str]] | None = None) -> list[str]:
    out = []
    before = before or {}
    for i, l in enumerate(lines):
        for x in before.get(i, []):
            out += [x, ""]
        out.append(l)
        for x in extra.get(i, []):
            out += ["", x]
    return out


def unit_word(src: str) -> str:
    """我镇 / 我县 … from the issuer recorded in the source's label."""
    issuer = yaml.safe_load((DEV / f"{src}.labels.yaml").read_text(encoding="utf-8")).get("issuer") or ""
    issuer = re.sub(r"(人民政府|党委|政府)$", "", issuer)
    return "我" + issuer[-1] if issuer and issuer[-1] in "镇县区市乡" else "我们"


def method_pad(lines: list[str], src: str, rng: random.Random, which: str) -> list[str]:
    after: dict[int, list[str]] = {}
    before: dict[int, list[str]] = {}
    me = unit_word(src)
    mbody = body_index(lines, src, "measures")
    s_first = SPANS[src]["shortcomings"][0] - 1
    if "R" in which:
        allfig = []
        for i in mbody:
            figs = figure_snippets(lines[i])
            allfig += figs
            if len(figs) >= 2:
                after.setdefault(i, []).append(
                    "从数据上看，" + "，".join(figs) + f"。这些数字充分说明，{me}在这一领域的工作扎实有效、成绩显著，"
                    "得到了上级的充分肯定和群众的普遍认可。")
        if allfig:
            before.setdefault(s_first, []).append(
                f"综合以上数据，全年{me}" + "；".join(allfig) + "。各项指标全面完成，法治政府建设取得了令人瞩目的成绩。")
    if "F" in which:
        heads = [SPANS[src][p][0] - 1 for p in ("measures", "shortcomings", "plan")]
        if SPANS[src]["leaders"][0] - 1 not in range(SPANS[src]["measures"][0] - 1, SPANS[src]["measures"][1]):
            heads.append(SPANS[src]["leaders"][0] - 1)
        for h in heads:
            after.setdefault(h, []).insert(0, formula_par(rng))
    if "P" in which:
        firsts = []
        for i in mbody:
            _, sents = split_lead(lines[i])
            if sents:
                firsts.append(sents[0])
        before.setdefault(s_first, []).insert(0, f"回顾一年来的工作，{me}" + "".join(firsts))
    if "P" in which:
        opening = next(l for l in lines if len(l.strip()) > 60)
        after.setdefault(SPANS[src]["plan"][1] - 1, []).append("总之，" + opening.strip())
    return insert_after(lines, after, before)


PLAN = [
    # (source, kind, methods, note)
    ("seed-000", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "G", "every figure, 《》 title and “” name in the four parts made generic"),
    ("seed-001", "hollow", "AMS", "不足 made of boasts, leaders' part only meetings, plan made of slogans"),
    ("seed-003", "hollow", "GMS", "generic figures/names, leaders' part only meetings, slogan plan"),
    ("seed-004", "hollow", "GA", "generic figures/names, 不足 made of boasts"),
    ("seed-001", "half", "-leaders,shortcomings", "第一责任人 and 不足 parts removed"),
    ("seed-002", "half", "-plan", "下一年度安排 removed"),
    ("seed-003", "half", "-leaders", "第一责任人 part removed"),
    ("seed-000", "padded", "RF", "figures restated + political formulas under every part"),
    ("seed-002", "padded", "FP", "political formulas + repeated first sentences + opening repeated"),
    ("seed-004", "padded", "RP", "figures restated + repeated first sentences + opening repeated"),
]


def build(src: str, kind: str, methods: str, rng: random.Random) -> str:
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "half":
        return "\n".join(drop_parts(lines, src, methods[1:].split(",")))
    if kind == "hollow":
        # all methods address the original line numbers (no insertions), so apply in sequence
        for m in methods:
            if m == "G":
                lines = method_G(lines, src)
            elif m == "A":
                lines = method_A(lines, src, rng)
            elif m == "S":
                lines = method_S(lines, src, rng)
            elif m == "M":
                lines = method_M(lines, src, rng)
        return "\n".join(lines)
    if kind == "padded":
        return "\n".join(method_pad(lines, src, rng, methods))
    raise ValueError(kind)


def main() -> None:
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-e-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-e-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
