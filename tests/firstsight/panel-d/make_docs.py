"""Make panel D's 14 documents from the five dev reports (deterministic, no document line hard-coded).

Kinds:
  full    the dev report untouched (5).
  hollow  "skeleton" hollowing: every heading is kept, and every sentence of the four required parts is cut to its
          first clause; a first clause that carries a figure, a count, a named document (《…》), a quoted name
          (“…”) or a reported deed (完成/办理/查处/印发/召开/获评 …) is dropped with its sentence. Nothing is
          added: no stock sentence, no vague quantifier, no topic template. What is left is the report's own
          wording of its aims and intentions, stripped of everything that shows the work was done (4).
  half    one or two parts skeletonised that way, the rest untouched (3).
  padded  the full report plus (a) a paragraph of definitions and theory under every part heading and (b) a
          closing summary after every part that restates the part's own item leads and praises them (2).

Run: python3 make_docs.py  (writes docs/dNN.txt and docs/manifest.yaml).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "corpus" / "dev"
OUT = HERE / "docs"

# 1-based inclusive line spans of each part (panel C's table, read off the dev labels; seed-001's plan ends at 37,
# before its closing paragraph). The narrower span wins where the leaders' part sits inside the measures.
SPANS: dict[str, dict[str, tuple[int, int]]] = {
    "seed-000": {"measures": (7, 40), "leaders": (13, 13), "shortcomings": (41, 44), "plan": (45, 70)},
    "seed-001": {"measures": (10, 25), "leaders": (26, 29), "shortcomings": (30, 33), "plan": (34, 37)},
    "seed-002": {"measures": (3, 22), "leaders": (4, 6), "shortcomings": (23, 26), "plan": (27, 38)},
    "seed-003": {"measures": (10, 39), "shortcomings": (40, 49), "leaders": (50, 59), "plan": (60, 69)},
    "seed-004": {"leaders": (2, 5), "measures": (6, 13), "shortcomings": (14, 15), "plan": (16, 20)},
}

ENUM = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*|\d+、|[一二三四五六七八九十]+、)"
)
ENUM_INSIDE = re.compile(r"(?=[一二三四五六七八九十]+是)")
SENT_END = re.compile(r"(?<=[。；;！!])")
CLAUSE_CUT = re.compile(r"[，,：:]")
COUNT = re.compile(r"[一二两三四五六七八九十百千万余多]+[件次个名人项场期家起条份批户所宗张部幅处栋只例]")
DEED = re.compile(
    r"完成|办结|办理|查处|立案|获评|获得|荣获|入选|被评为|评为|签订|聘请|新聘|下沉|累计|全年|今年|同比|出台|印发|编制|"
    r"发放|举办|召开|共有|共梳理|共受理|共调解|化解了|处置"
)
# A first clause that is only a frame (在…方面, 随着…, 根据…, 以…为契机) or a bare subject (…等一线执法部门) is no
# sentence on its own; it goes with the rest of its sentence.
FRAME = re.compile(r"^(?:在|随着|根据|按照|依托|以|由|通过|针对|结合|一方面|另一方面|对于|对|为|从)|(?:方面|之际|以来|为契机|的要求|进步)$"
                   r"|等[^，,]{0,12}(?:部门|单位|人员)$")
X_SHI = re.compile(r"^[一二三四五六七八九十]+是")
CN_NUM = "一二三四五六七八九十"


def is_heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 60 and "。" not in s and not s.endswith(("；", ";"))


def carries_substance(clause: str) -> bool:
    """A figure, a count, a named document or practice, or a reported deed."""
    return bool(re.search(r"\d", clause) or COUNT.search(clause) or "《" in clause or "“" in clause
                or '"' in clause or DEED.search(clause))


def skeleton_line(line: str, counter: list[int]) -> str:
    """Cut every sentence of a body line to its first clause; drop clauses that carry substance.

    counter[0] carries the 一是/二是 numbering across the lines of one sub-section, so no gap shows where a
    sentence went; it restarts at a (一)-style lead."""
    indent = line[: len(line) - len(line.lstrip())]
    body = line.strip()
    pieces = [p for s in SENT_END.split(body) for p in ENUM_INSIDE.split(s) if p.strip()]
    kept: list[str] = []
    for piece in pieces:
        m = ENUM.match(piece)
        enum = m.group(0) if m else ""
        rest = piece[len(enum):].strip()
        cut = CLAUSE_CUT.search(rest)
        clause = (rest[: cut.start()] if cut else rest).rstrip("。；;！!")
        if len(clause) < 5 or carries_substance(clause) or (not enum and FRAME.search(clause)) \
                or clause.count("(") != clause.count(")") or clause.count("（") != clause.count("）"):
            continue
        kept.append(enum + clause + "。")
    for i, s in enumerate(kept):
        if X_SHI.match(s):
            kept[i] = CN_NUM[counter[0] % 10] + "是" + X_SHI.sub("", s)
            counter[0] += 1
        elif ENUM.match(s):
            counter[0] = 0
    return indent + "".join(kept) if kept else ""


# Padding banks: definitions and theory under part headings; a closing summary restating the part's own leads.
THEORY = {
    "measures": [
        "法治政府，是指政府的一切权力来源于法律、行使受法律约束、运行受法律监督、违法必须担责的政府形态。",
        "建设法治政府，就是要使政府的组织、职能、程序和责任都由法律规定，做到法定职责必须为、法无授权不可为。",
        "依法行政是政府工作的生命线，行政机关只有在法治轨道上开展工作，才能赢得人民群众的信任和支持。",
        "从根本上说，法治政府建设是国家治理体系和治理能力现代化的重要组成部分，是全面依法治国的重点任务和主体工程。",
    ],
    "leaders": [
        "所谓第一责任人，是指党政主要负责人对本地区法治建设负有领导、组织、推动和保障的首要责任。",
        "党政主要负责人是推进法治建设的“关键少数”，其法治意识和法治能力直接决定着一个地方法治建设的成效。",
        "履行第一责任人职责，既是政治责任，也是法定责任，必须做到守土有责、守土负责、守土尽责。",
    ],
    "shortcomings": [
        "查找不足是推动工作的起点，问题导向是马克思主义的鲜明特点，发现问题是解决问题的前提。",
        "任何工作都是在发现问题、解决问题中不断前进的，正视问题体现的是实事求是的态度和担当作为的勇气。",
        "法治政府建设永远在路上，只有以刀刃向内的自觉检视自身，才能把短板变成潜力板。",
    ],
    "plan": [
        "谋划好下一年度工作，是承前启后、继往开来的重要环节，对于推动法治政府建设行稳致远具有重要意义。",
        "凡事预则立，不预则废。科学制定工作安排，就是要把上级部署要求转化为可执行、可检验的具体任务。",
        "新的一年，机遇与挑战并存，必须以更高的站位、更实的举措、更严的作风推动法治政府建设不断取得新进展。",
    ],
}
SUMMARY_OPEN = {
    "measures": ["回顾上述工作，我们", "综上所述，我们"],
    "leaders": ["总结起来，党政主要负责人", "归纳而言，主要负责同志"],
    "shortcomings": ["归纳起来，问题主要在于：", "概括而言，短板主要是："],
    "plan": ["总结起来，新的一年我们将", "归纳而言，下一步我们将"],
}
SUMMARY_CLOSE = {
    "measures": [
        "这些做法充分体现了我们推进法治建设的坚定决心，充分彰显了依法行政的显著成效，为今后工作积累了宝贵经验。",
        "这些工作相互衔接、相互促进，构成了一个有机整体，有力推动了各项事业在法治轨道上健康发展。",
    ],
    "leaders": [
        "实践充分证明，只要坚持党的领导、坚持以上率下、坚持依法办事，法治政府建设就一定能够不断取得新的成绩。",
        "充分发挥了“头雁效应”，形成了一级带一级、一级抓一级的良好局面。",
    ],
    "shortcomings": [
        "对于这些问题，我们高度重视，将以更加务实的作风认真加以解决，切实以问题整改推动工作提升。",
        "这些问题是发展中的问题，也是前进中的问题，必须在今后的工作中下大力气加以解决。",
    ],
    "plan": [
        "上述安排既立足当前又着眼长远，既注重治标又注重治本，必将推动法治政府建设迈上新的台阶。",
        "我们有信心、有决心把各项安排落到实处，以法治政府建设的新成效为经济社会高质量发展保驾护航。",
    ],
}


def leads_of(lines: list[str]) -> list[str]:
    """The part's own item leads: the first clause after each enumerator, without figures or names."""
    out: list[str] = []
    for line in lines:
        body = line.strip()
        for piece in [p for s in SENT_END.split(body) for p in ENUM_INSIDE.split(s)]:
            m = ENUM.match(piece.strip())
            if not m:
                continue
            rest = piece.strip()[len(m.group(0)):]
            cut = re.search(r"[，,：:。；;]", rest)
            clause = rest[: cut.start()] if cut else rest
            if 4 <= len(clause) <= 30 and not carries_substance(clause) and clause not in out:
                out.append(clause)
    return out


def make(seed: str, hollow: set[str], pad: bool, rng: random.Random) -> str:
    lines = (DEV / f"{seed}.txt").read_text(encoding="utf-8").split("\n")
    spans = SPANS[seed]

    def part_of(n: int) -> str | None:
        hits = [(b - a, name) for name, (a, b) in spans.items() if a <= n <= b]
        return min(hits)[1] if hits else None

    # the last non-blank line of each part (the measures end before any nested part that closes them)
    ends = {}
    for name, (a, b) in spans.items():
        last = max((n for n in range(a, b + 1) if lines[n - 1].strip() and part_of(n) == name), default=b)
        ends[name] = last
    out: list[str] = []
    counter = [0]
    for n, line in enumerate(lines, start=1):
        part = part_of(n)
        indent = line[: len(line) - len(line.lstrip())]
        if is_heading(line) or ENUM.match(line.strip() or "x") and not X_SHI.match(line.strip()):
            counter[0] = 0
        elif part not in hollow and X_SHI.match(line.strip()):
            counter[0] = CN_NUM.index(line.strip()[0]) + 1  # an untouched item sets where the run goes on
        if part in hollow and line.strip() and not is_heading(line):
            new = skeleton_line(line, counter)
            if new:
                out.append(new)
            elif out and not out[-1].strip():
                out.pop()  # a paragraph that lost everything goes with the blank before it
            continue
        out.append(line)
        if pad and part and n == spans[part][0]:
            bank = THEORY[part]
            out.extend(([""] if (n < len(lines) and not lines[n].strip()) else [])
                       + [indent + "".join(rng.sample(bank, len(bank)))])
        if pad and part and n == ends[part]:
            a, b = spans[part]
            own = [lines[k - 1] for k in range(a + 1, b + 1) if part_of(k) == part]
            leads = leads_of(own)
            if len(leads) >= 2:
                summary = (rng.choice(SUMMARY_OPEN[part]) + "，".join(leads) + "。" + rng.choice(SUMMARY_CLOSE[part]))
                out.extend(([""] if (n < len(lines) and not lines[n].strip()) else []) + [indent + summary])
    text = "\n".join(out)
    return re.sub(r"\n{4,}", "\n\n\n", text)


ALL = {"measures", "leaders", "shortcomings", "plan"}
PLAN: list[tuple[str, str, str, set[str], bool]] = [
    # (seed, kind, what, skeletonised parts, padded)
    ("seed-000", "full", "untouched", set(), False),
    ("seed-001", "full", "untouched", set(), False),
    ("seed-002", "full", "untouched", set(), False),
    ("seed-003", "full", "untouched", set(), False),
    ("seed-004", "full", "untouched", set(), False),
    ("seed-000", "hollow", "all four parts skeletonised", ALL, False),
    ("seed-001", "hollow", "all four parts skeletonised", ALL, False),
    ("seed-003", "hollow", "all four parts skeletonised", ALL, False),
    ("seed-004", "hollow", "all four parts skeletonised", ALL, False),
    ("seed-004", "half", "measures skeletonised", {"measures"}, False),
    ("seed-003", "half", "leaders + shortcomings skeletonised", {"leaders", "shortcomings"}, False),
    ("seed-000", "half", "leaders + plan skeletonised", {"leaders", "plan"}, False),
    ("seed-002", "padded", "theory under every part heading + a summary restating each part", set(), True),
    ("seed-004", "padded", "theory under every part heading + a summary restating each part", set(), True),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    order = list(range(len(PLAN)))
    random.Random("panel-d-ids").shuffle(order)
    manifest = {}
    for doc_no, plan_no in enumerate(order, start=1):
        seed, kind, what, parts, pad = PLAN[plan_no]
        doc_id = f"d{doc_no:02d}"
        rng = random.Random(f"panel-d-{doc_id}")
        src = (DEV / f"{seed}.txt").read_text(encoding="utf-8")
        text = src if kind == "full" else make(seed, parts, pad, rng)
        (OUT / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        manifest[doc_id] = {"source": seed, "kind": kind, "what": what, "chars": len(text),
                            "ratio_to_source": round(len(text) / len(src), 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
