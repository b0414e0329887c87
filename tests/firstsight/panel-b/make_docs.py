"""Make panel B's documents: the five dev reports and eleven variants of them, all generated here.

Variants (every required part keeps its heading):
  hollow      all four parts hollowed: figures become vague quantifiers, named documents become
              "有关文件", each item keeps only its lead clause followed by stock sentences; the
              leaders' part states duties, not acts; causes are stock phrases; the plan is slogans.
  half        one or two parts hollowed the same way, the rest untouched.
  padded      the original plus political formulas and two repeated paragraphs.

Run: python3 make_docs.py  (writes docs/*.txt and docs/manifest.yaml; deterministic).
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "corpus" / "dev"
OUT = HERE / "docs"

# 1-based inclusive line spans of each part, read off the dev labels (start lines) and the texts
# (end lines = the line before the next part or the closing matter).
SPANS: dict[str, dict[str, tuple[int, int]]] = {
    "seed-000": {"measures": (7, 40), "first_responsible": (13, 13), "shortcomings": (41, 44),
                 "next_year": (45, 70)},
    "seed-001": {"measures": (10, 25), "first_responsible": (26, 29), "shortcomings": (30, 33),
                 "next_year": (34, 37)},
    "seed-002": {"measures": (3, 22), "first_responsible": (4, 6), "shortcomings": (23, 26),
                 "next_year": (27, 38)},
    "seed-003": {"measures": (10, 39), "shortcomings": (40, 49), "first_responsible": (50, 59),
                 "next_year": (60, 69)},
    "seed-004": {"first_responsible": (2, 5), "measures": (6, 13), "shortcomings": (14, 15),
                 "next_year": (16, 20)},
}

MEASURES_FILL = [
    "坚持把这项工作摆在突出位置，统筹谋划、整体推进，各项任务有序开展。",
    "认真落实上级有关部署要求，结合实际细化工作措施，取得了积极成效。",
    "不断健全完善相关工作机制，推动工作向制度化、规范化、常态化迈进。",
    "干部依法办事的自觉性和主动性明显增强，工作水平得到新的提升。",
    "持续加大工作力度，形成了上下联动、齐抓共管的良好工作格局。",
    "注重抓好日常落实，确保各项工作落地落实、见行见效。",
    "群众法治意识进一步增强，尊法学法守法用法的氛围日益浓厚。",
    "扎实开展了一系列相关工作，群众的获得感和满意度不断提升。",
    "按照职责分工抓好相关工作，较好完成了全年目标任务。",
    "相关工作流程进一步规范，依法履职能力持续增强。",
    "多次组织开展相关活动，覆盖面和影响力不断扩大。",
    "工作稳步推进，总体效果良好，得到了上级和群众的肯定。",
]
LEADER_FILL = [
    "党政主要负责人认真履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
    "始终把法治建设作为事关全局的重要工作来抓，牢固树立法治观念，增强法治思维。",
    "坚持以上率下，带头尊法学法守法用法，充分发挥示范带动作用。",
    "高度重视法治建设工作，将其纳入重要议事日程，与经济社会发展同谋划、同部署、同推进。",
    "认真落实领导干部学法制度，不断提高运用法治思维和法治方式推动工作的能力。",
    "督促领导班子其他成员和各部门负责人依法履职，层层压实法治建设责任。",
    "切实担负起推进法治建设的政治责任，为法治政府建设提供坚强组织保障。",
    "按照有关规定将履行第一责任人职责情况纳入年终述职内容。",
    "支持配合有关部门依法开展工作，自觉接受各方面监督。",
]
PROBLEMS = [
    "法治建设工作水平与上级要求相比还有一定差距，部分工作仍需加强",
    "依法行政能力有待进一步提高，个别工作人员法治意识还不够强",
    "工作创新意识不足，特色亮点还不够突出",
    "法治宣传教育的针对性和实效性有待增强",
    "工作推进还不够平衡，有的工作落实不够到位",
]
CAUSES = [
    "思想认识不到位，对法治政府建设重要性的认识还不够深刻",
    "学习抓得不够紧，理论联系实际还不够",
    "工作统筹还不够有力，推进措施落实不够到位",
    "主观能动性发挥不够充分，工作标准还不够高",
]
SLOGANS = [
    "坚持以习近平法治思想为指导，推动法治政府建设再上新台阶。",
    "进一步提高政治站位，凝心聚力、攻坚克难，确保各项工作取得新突破。",
    "持续加强组织领导，压紧压实工作责任，推动各项工作落地见效。",
    "不断创新工作思路和方法，努力打造法治建设新亮点。",
    "全面提升依法行政水平，为经济社会高质量发展提供有力法治保障。",
    "扎实推进法治宣传教育，营造更加浓厚的法治氛围。",
    "以更高标准、更严要求、更实举措推动各项工作落实。",
    "久久为功、持之以恒，奋力开创法治建设工作新局面。",
]
PADDING = [
    "我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "坚持党的领导、人民当家作主、依法治国有机统一，坚持法治国家、法治政府、法治社会一体建设，坚持依法治国、依法执政、依法行政共同推进。",
    "全面落实职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府建设目标，把法治政府建设作为重大政治任务抓紧抓实。",
    "始终坚持以人民为中心的发展思想，以钉钉子精神抓好各项任务落实，切实把制度优势更好转化为治理效能。",
]

# A kept lead clause: an enumerator and the clause it opens.
ENUM = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*|^\d+、|^[一二三四五六七八九十]+、)")
YEAR = re.compile(r"(?:19|20)\d\d(?=\s*[年\-—–－])")
FIGURE = re.compile(r"(?<![\d.])\d+(?:[.,，]\d+)*\s*(?:%|％)?\s*(?:余|多)?(?![\d、.])")  # "1、" is an enumerator
DOCNAME = re.compile(r"《[^《》]{1,60}》")


def vague(text: str) -> str:
    """Figures to vague quantifiers and named documents to '有关文件'; years stay."""
    text = DOCNAME.sub("有关文件", text)
    years: list[str] = []

    def keep_year(m: re.Match[str]) -> str:
        years.append(m.group(0))
        return chr(0xE000 + len(years) - 1)

    text = YEAR.sub(keep_year, text)

    def figure(m: re.Match[str]) -> str:
        return "较高水平" if "%" in m.group(0) or "％" in m.group(0) else "多"

    text = FIGURE.sub(figure, text)
    text = re.sub(r"多多|多余", "多", text)
    return re.sub("[\ue000-\ue0ff]", lambda m: years[ord(m.group(0)) - 0xE000], text)


def is_heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 60 and not re.search(r"[。；;]$", s) and s.count("。") == 0


def lead_clauses(body: str) -> list[str]:
    """The opening clause of each enumerated item in a paragraph (or of the paragraph)."""
    starts = [m.start() for m in ENUM.finditer(body)]
    if not starts or starts[0] > 0:
        starts = [0] + starts
    leads = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(body)
        item = body[start:end]
        cut = re.search(r"[。，,:：；;]", item)
        lead = item[: cut.end()] if cut else item
        if lead and lead[-1] in "，,:：；;":
            lead = lead[:-1] + "。"
        if 6 <= len(lead) <= 40 and not YEAR.match(lead):
            leads.append(lead)
    return leads


def hollow_paragraph(line: str, bank: list[str], rng: random.Random) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    body = line.strip()
    leads = lead_clauses(body) or [""]
    target = max(60, int(len(body) * 0.45))
    pool = rng.sample(bank, len(bank))  # no sentence twice in one paragraph
    parts: list[str] = []
    for lead in leads:
        n = 1 if len(leads) > 2 else 2
        parts.append(lead + "".join(pool.pop() for _ in range(min(n, len(pool)))))
    text = "".join(parts)
    while len(text) < target and pool:
        text += pool.pop()
    return indent + vague(text)


def hollow_shortcomings(lines: list[str], rng: random.Random) -> list[str]:
    head, body = lines[0], [ln for ln in lines[1:] if ln.strip()]
    indent = body[0][: len(body[0]) - len(body[0].lstrip())] if body else ""
    probs = rng.sample(PROBLEMS, 3)
    causes = rng.sample(CAUSES, 3)
    numerals = "一二三"
    text = ("对照上级要求，我们的工作还存在一些不足，主要表现在："
            + "；".join(f"{numerals[i]}是{p}" for i, p in enumerate(probs)) + "。"
            + "究其原因，主要是" + "；".join(causes) + "。")
    return [head, "", indent + text, ""]


def hollow_span(lines: list[str], part: str, rng: random.Random, skip: range | None) -> list[str]:
    if part == "shortcomings":
        return hollow_shortcomings(lines, rng)
    bank = {"measures": MEASURES_FILL, "first_responsible": LEADER_FILL,
            "next_year": SLOGANS}[part]
    out = []
    for i, line in enumerate(lines):
        if skip is not None and i in skip:
            out.append(line)
        elif not line.strip() or is_heading(line):
            out.append(vague(line))
        else:
            out.append(hollow_paragraph(line, bank, rng))
    return out


def hollow(seed: str, parts: list[str], rng: random.Random) -> str:
    lines = (DEV / f"{seed}.txt").read_text(encoding="utf-8").split("\n")
    spans = SPANS[seed]
    # Hollow the parts from the bottom up so earlier spans keep their line numbers; an embedded
    # leaders' part inside the measures is left to its own treatment (or kept, when not chosen).
    for part in sorted(parts, key=lambda p: -spans[p][0]):
        a, b = spans[part]
        skip = None
        fr = spans["first_responsible"]
        if part == "measures" and a <= fr[0] and fr[1] <= b:
            skip = range(fr[0] - a, fr[1] - a + 1)
            if fr[0] == a:  # the embedded part opens the measures: keep the measures' heading
                skip = range(fr[0] - a + 1, fr[1] - a + 1)
        lines[a - 1 : b] = hollow_span(lines[a - 1 : b], part, rng, skip)
    return "\n".join(lines)


def padded(seed: str, rng: random.Random) -> str:
    lines = (DEV / f"{seed}.txt").read_text(encoding="utf-8").split("\n")
    spans = SPANS[seed]
    body_lines = [i for i in range(spans["measures"][0], spans["measures"][1])
                  if len(lines[i].strip()) > 120]
    repeats = [lines[i] for i in sorted(rng.sample(body_lines, 2))]
    inserts: dict[int, list[str]] = {}
    for n, part in enumerate(["measures", "shortcomings", "first_responsible", "next_year"]):
        a = spans[part][0]
        inserts.setdefault(a, []).append(PADDING[n % len(PADDING)])
    # the repeated paragraphs go at the end of the measures, as a sloppy writer pastes them twice
    end = spans["measures"][1]
    inserts.setdefault(end, []).extend(repeats)
    out: list[str] = []
    for i, line in enumerate(lines, start=1):
        out.append(line)
        for extra in inserts.get(i, []):
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(["", indent + extra] if not line.strip() == "" else [indent + extra])
    return "\n".join(out)


VARIANTS = [
    # (source seed, kind, parts hollowed)
    ("seed-003", "hollow", ["measures", "first_responsible", "shortcomings", "next_year"]),
    ("seed-004", "hollow", ["measures", "first_responsible", "shortcomings", "next_year"]),
    ("seed-000", "hollow", ["measures", "first_responsible", "shortcomings", "next_year"]),
    ("seed-001", "hollow", ["measures", "first_responsible", "shortcomings", "next_year"]),
    ("seed-002", "hollow", ["measures", "first_responsible", "shortcomings", "next_year"]),
    ("seed-003", "half", ["shortcomings", "next_year"]),
    ("seed-004", "half", ["first_responsible", "measures"]),
    ("seed-000", "half", ["measures"]),
    ("seed-003", "half", ["first_responsible"]),
    ("seed-003", "padded", []),
    ("seed-002", "padded", []),
]


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    docs = [(seed, "full", [], (DEV / f"{seed}.txt").read_text(encoding="utf-8"))
            for seed in sorted(SPANS)]
    for k, (seed, kind, parts) in enumerate(VARIANTS):
        rng = random.Random(f"panel-b-{k}")
        text = padded(seed, rng) if kind == "padded" else hollow(seed, parts, rng)
        docs.append((seed, kind, parts, text))
    # ids in a shuffled order so that an id says nothing about its kind
    order = list(range(len(docs)))
    random.Random("panel-b-ids").shuffle(order)
    manifest = {}
    for n, i in enumerate(order, start=1):
        seed, kind, parts, text = docs[i]
        doc_id = f"b{n:02d}"
        (OUT / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        manifest[doc_id] = {"source": seed, "kind": kind, "hollowed": parts, "chars": len(text)}
    (OUT / "manifest.yaml").write_text(
        yaml.safe_dump(dict(sorted(manifest.items())), allow_unicode=True, sort_keys=False),
        encoding="utf-8")


if __name__ == "__main__":
    main()
