"""Make panel C's 14 documents from the five dev reports (deterministic).

Kinds:
  full    the dev report untouched (5).
  hollow  every required part keeps its heading and each item its lead clause; every other sentence is replaced
          by generic sentences that name the same topics the item was about (topic words are read from the item
          with a fixed lexicon), so topic words remain while figures, named documents, cases and dates go. The
          leaders' part becomes duties restated around its topics; the shortcomings become generic problems that
          mention the report's real topics; the plan becomes intentions naming topics, with no target, owner or
          time (4).
  half    some parts hollowed that way, the rest untouched (3).
  padded  the full report with a generic paragraph, built from the neighbouring paragraph's topics, added after
          paragraphs of every part ("overlong") (2).

Run: python3 make_docs.py  (writes docs/cNN.txt and docs/manifest.yaml).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "corpus" / "dev"
OUT = HERE / "docs"

# 1-based inclusive line spans of each part, read off the dev labels and texts. "leaders" may sit inside the
# measures span (seed-000 line 13, seed-002 lines 4-6): the narrower span wins.
SPANS: dict[str, dict[str, tuple[int, int]]] = {
    "seed-000": {"measures": (7, 40), "leaders": (13, 13), "shortcomings": (41, 44), "plan": (45, 70)},
    "seed-001": {"measures": (10, 25), "leaders": (26, 29), "shortcomings": (30, 33), "plan": (34, 38)},
    "seed-002": {"measures": (3, 22), "leaders": (4, 6), "shortcomings": (23, 26), "plan": (27, 38)},
    "seed-003": {"measures": (10, 39), "shortcomings": (40, 49), "leaders": (50, 59), "plan": (60, 69)},
    "seed-004": {"leaders": (2, 5), "measures": (6, 13), "shortcomings": (14, 15), "plan": (16, 20)},
}

# Topic words a reviewer would recognise as 纲要 task areas; longest first so a longer term wins.
TOPICS = sorted(
    """合法性审查 合法性审核 重大行政决策 规范性文件 备案审查 法律顾问 政务公开 信息公开 综合行政执法 行政执法监督
    行政执法 执法队伍 执法人员 执法检查 三项制度 行政复议 行政应诉 出庭应诉 矛盾纠纷 人民调解 信访 诉源治理 枫桥经验
    营商环境 政务服务 行政审批 放管服 普法 法治宣传 法治文化 民主法治 学法 法治培训 法治队伍 基层治理 社会治理 网格化
    安全生产 应急管理 应急演练 防汛 公共法律服务 法律援助 述法 理论学习中心组 习近平法治思想 科学决策 民主决策 权力监督
    履职事项清单 法治思维 法治素养 法治意识 执法证 法律服务 专业人才 监督 决策 调解 执法""".split(),
    key=len,
    reverse=True,
)
FALLBACK_TOPIC = "法治政府建设"
# A bare short term reads badly in a template ("持续推进决策"): say what it is.
SHOWN = {"监督": "监督工作", "决策": "决策工作", "调解": "调解工作", "执法": "执法工作"}
# Framing words that every report names; a problem or plan about them says nothing about the report's topics.
FRAMING = {"习近平法治思想", "理论学习中心组", FALLBACK_TOPIC}

MEASURE_BANK = [
    "持续加强{t}，{t}规范化水平进一步提升。",
    "围绕{t}细化工作举措，推动各项要求落到实处。",
    "健全{t}相关工作机制，工作成效逐步显现。",
    "把{t}作为全年重点工作来抓，做到常抓不懈。",
    "{t}各环节更加规范，群众认可度稳步提高。",
    "统筹做好{t}工作，相关任务均按要求完成。",
    "注重{t}与中心工作有机结合，形成工作合力。",
    "{t}工作扎实开展，总体运行情况良好。",
    "对照上级要求查漏补缺，{t}质量有了新的提高。",
    "坚持问题导向抓好{t}，工作短板逐步补齐。",
]
LEADER_BANK = [
    "党政主要负责人把{t}作为履行第一责任人职责的重要内容，亲自研究、推动落实。",
    "主要负责同志坚持带头学法用法，重视{t}，注意及时研究有关问题。",
    "领导班子按照职责分工抓好{t}，层层传导工作责任。",
    "主要负责人对{t}定期听取情况汇报，对有关工作提出明确要求。",
    "坚持把{t}与经济社会发展统筹考虑、一体推进。",
    "主要负责人注重发挥示范作用，推动{t}各项要求落实到位。",
    "对{t}中遇到的困难，主要负责人主动过问、协调推进。",
]
PROBLEM_BANK = [
    "{t}工作与上级要求和群众期待相比还有一定差距。",
    "{t}的精细化程度还不够高，个别环节仍需规范。",
    "{t}方面创新办法不多，工作亮点还不够突出。",
    "{t}的工作力量与任务要求相比还不够匹配。",
    "{t}推进还不够平衡，有的方面落实不够有力。",
]
CAUSE = "究其原因，主要是对{t}的研究还不够深入，推进措施还不够有力。"
PLAN_BANK = [
    "进一步做好{t}工作，不断提升工作质量。",
    "持续推进{t}，完善相关制度机制。",
    "着力加强{t}，推动{t}工作更加规范。",
    "认真抓好{t}各项任务，确保取得实效。",
    "更加注重{t}，努力在重点环节上有新的进展。",
    "坚持高标准抓好{t}，推动工作持续向好。",
]
PAD_BANK = [
    "在此基础上，我们更加注重{t}的系统性、整体性和协同性，坚持统筹兼顾、协调推进，推动各项工作相互衔接、相互促进。",
    "实践表明，抓好{t}必须坚持目标导向和问题导向相统一，既要立足当前、又要着眼长远，不断巩固和扩大已有工作成果。",
    "同时，我们深刻认识到{t}是一项长期性、系统性工作，必须保持定力、久久为功，以钉钉子的韧劲推动各项任务落地生根。",
    "围绕{t}，各部门各负其责、密切配合，形成了上下贯通、左右协同、运转顺畅的工作链条，为全局工作提供了有力支撑。",
    "下一步，我们还将在{t}上继续用心用力，在总结经验中不断完善思路举措，推动工作从“有没有”向“好不好”转变。",
    "总的来看，{t}呈现出稳中有进、进中向好的良好态势，为推进法治政府建设打下了较为坚实的基础。",
]

ENUM = re.compile(r"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]\s*|(?<![\d.])\d+、|^[一二三四五六七八九十]+、)")
DOCNAME = re.compile(r"《[^《》]{1,60}》")
DIGIT = re.compile(r"\d")


def topics_in(text: str, limit: int = 2) -> list[str]:
    """The lexicon's topic words in the order they first occur; a shorter term inside a found one is skipped."""
    taken = [False] * len(text)
    found: list[tuple[int, str]] = []
    for term in TOPICS:
        for m in re.finditer(re.escape(term), text):
            if not any(taken[m.start() : m.end()]):
                for i in range(m.start(), m.end()):
                    taken[i] = True
                if term not in [t for _, t in found]:
                    found.append((m.start(), term))
    found.sort()
    return [SHOWN.get(t, t) for _, t in found][:limit] or [FALLBACK_TOPIC]


def main_topics(text: str) -> list[str]:
    """The report's most frequent topic words (ties: first occurrence), framing words and bare short terms left out."""
    counts = {t: len(re.findall(re.escape(t), text)) for t in TOPICS if len(t) >= 3 and t not in FRAMING}
    ranked = sorted((t for t in counts if counts[t]), key=lambda t: (-counts[t], text.find(t)))
    return ranked[:6] or [FALLBACK_TOPIC]


def is_heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 60 and "。" not in s and not s.endswith(("；", ";"))


def split_items(body: str) -> list[str]:
    starts = [m.start() for m in ENUM.finditer(body)]
    if not starts or starts[0] > 0:
        starts = [0] + starts
    return [body[s : (starts[i + 1] if i + 1 < len(starts) else len(body))] for i, s in enumerate(starts)]


def lead_of(item: str) -> str:
    """The item's enumerator and its lead clause, when that clause carries no figure or named document."""
    m = ENUM.match(item)
    enum = m.group(0) if m else ""
    rest = item[len(enum):]
    cut = re.search(r"[。；;：:]", rest)
    lead = rest[: cut.start()] if cut else rest
    if len(lead) > 30:  # a long opening sentence: keep its first clause only
        comma = re.search(r"[，,]", lead)
        lead = lead[: comma.start()] if comma else ""
    if DIGIT.search(lead) or DOCNAME.search(lead) or len(lead) < 4:
        lead = ""
    return enum + (lead + "。" if lead else "")


class Filler:
    """Draws sentences from a bank in a shuffled rotation, so adjacent sentences differ."""

    def __init__(self, bank: list[str], rng: random.Random) -> None:
        self.bank, self.rng, self.queue = bank, rng, []  # type: ignore[var-annotated]

    def take(self, topic: str) -> str:
        if not self.queue:
            self.queue = self.rng.sample(self.bank, len(self.bank))
        return self.queue.pop().format(t=topic).replace("工作工作", "工作")


def hollow_paragraph(line: str, filler: Filler, least: int = 1) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    out = []
    for item in split_items(line.strip()):
        topics = topics_in(item)
        n = max(least, min(4, round(len(item) / 70)))
        sentences: list[str] = []
        for i in range(n):
            sentence = filler.take(topics[i % len(topics)])
            while sentence in sentences:  # never the same sentence twice in one item
                sentence = filler.take(topics[i % len(topics)])
            sentences.append(sentence)
        out.append(lead_of(item) + "".join(sentences))
    return indent + "".join(out)


def hollow_shortcomings(lines: list[str], report_topics: list[str], rng: random.Random, causes: bool) -> list[str]:
    filler = Filler(PROBLEM_BANK, rng)
    out = []
    for line in lines:
        if not line.strip() or is_heading(line):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        items = split_items(line.strip())
        if ENUM.match(line.strip()) and len(items) == 1:
            # a numbered one-sentence problem item (seed-003): one generic problem in its place
            topics = [t for t in topics_in(line) if t not in FRAMING] or report_topics[:1]
            enum = ENUM.match(line.strip())
            out.append(indent + (enum.group(0) if enum else "") + filler.take(topics[0]))
            continue
        parts = ["我们也清醒地看到，工作中还存在一些不足："]
        own = [t for t in topics_in(line, 4) if t not in FRAMING and t not in SHOWN.values()]
        topics = own + [t for t in report_topics if t not in own]
        for i, word in enumerate(["一是", "二是", "三是"]):
            parts.append(word + filler.take(topics[i % len(topics)]).rstrip("。") + ("；" if i < 2 else "。"))
        out.append(indent + "".join(parts))
    if causes:
        out.append("")
        out.append(CAUSE.format(t=report_topics[0]))
    return out


def make(seed: str, hollow: set[str], pad: bool, rng: random.Random) -> str:
    lines = (DEV / f"{seed}.txt").read_text(encoding="utf-8").split("\n")
    spans = SPANS[seed]
    report_topics = main_topics("\n".join(lines))

    def part_of(n: int) -> str | None:
        hits = [(b - a, name) for name, (a, b) in spans.items() if a <= n <= b]
        return min(hits)[1] if hits else None

    fillers = {
        "measures": Filler(MEASURE_BANK, rng),
        "leaders": Filler(LEADER_BANK, rng),
        "plan": Filler(PLAN_BANK, rng),
        "pad": Filler(PAD_BANK, rng),
    }
    out: list[str] = []
    if "shortcomings" in hollow:
        a, b = spans["shortcomings"]
        short = hollow_shortcomings(lines[a - 1 : b], report_topics, rng, causes="原因" in lines[a - 1])
    for n, line in enumerate(lines, start=1):
        part = part_of(n)
        if part == "shortcomings" and "shortcomings" in hollow:
            if n == spans["shortcomings"][0]:
                out.extend(short)
            continue
        text_line = line.strip()
        if part in hollow and text_line and not is_heading(line):
            out.append(hollow_paragraph(line, fillers[part], least=2 if part == "leaders" else 1))
        else:
            out.append(line)
        if pad and part and text_line and not is_heading(line):
            topics = topics_in(line)
            indent = line[: len(line) - len(line.lstrip())]
            blank = [""] if (n < len(lines) and not lines[n].strip()) else []
            out.extend(blank + [indent + fillers["pad"].take(topics[0]) + fillers["pad"].take(topics[-1])])
    return "\n".join(out)


ALL = {"measures", "leaders", "shortcomings", "plan"}
PLAN: list[tuple[str, str, str, set[str], bool]] = [
    # (seed, kind, what, hollowed parts, padded)
    ("seed-000", "full", "untouched", set(), False),
    ("seed-001", "full", "untouched", set(), False),
    ("seed-002", "full", "untouched", set(), False),
    ("seed-003", "full", "untouched", set(), False),
    ("seed-004", "full", "untouched", set(), False),
    ("seed-000", "hollow", "all four parts hollowed", ALL, False),
    ("seed-002", "hollow", "all four parts hollowed", ALL, False),
    ("seed-003", "hollow", "all four parts hollowed", ALL, False),
    ("seed-004", "hollow", "all four parts hollowed", ALL, False),
    ("seed-003", "half", "measures hollowed", {"measures"}, False),
    ("seed-004", "half", "leaders + plan hollowed", {"leaders", "plan"}, False),
    ("seed-000", "half", "shortcomings + plan hollowed", {"shortcomings", "plan"}, False),
    ("seed-000", "padded", "generic paragraph after paragraphs of every part", set(), True),
    ("seed-004", "padded", "generic paragraph after paragraphs of every part", set(), True),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    order = list(range(len(PLAN)))
    random.Random("panel-c-ids").shuffle(order)
    manifest = {}
    for doc_no, plan_no in enumerate(order, start=1):
        seed, kind, what, parts, pad = PLAN[plan_no]
        doc_id = f"c{doc_no:02d}"
        rng = random.Random(f"panel-c-{doc_id}")
        if kind == "full":
            text = (DEV / f"{seed}.txt").read_text(encoding="utf-8")
        else:
            text = make(seed, parts, pad, rng)
        (OUT / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        manifest[doc_id] = {"source": seed, "kind": kind, "what": what, "chars": len(text)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
