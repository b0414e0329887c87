"""Make panel G's 12 documents from the five dev reports (deterministic; no document line is hard-coded).

Kinds and methods (new to panel G; panels B-E used stock sentences, vague quantifiers, topic templates, skeleton cuts,
generic words, boasts as 不足, slogans, meetings-only leaders, definitions/formulas/restated figures as padding):
  complete  the dev report untouched (4).
  hollow    headings and length kept, substance replaced (5): I intentions, C credited elsewhere, U unmeasured figures,
            O others' shortcomings, Y plan copied from the measures with the year moved on (see each method below).
  padded    the complete report plus (3): f the unit's general profile, r the 规定 restated under every part heading.

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


# ---------- unit names, read off the labels ----------

def label(src: str) -> dict:
    return yaml.safe_load((DEV / f"{src}.labels.yaml").read_text(encoding="utf-8"))


def self_word(src: str) -> str:
    """我镇 / 我县 … from the issuer recorded in the source's label."""
    issuer = re.sub(r"(人民政府|党委|政府)$", "", label(src).get("issuer") or "")
    return "我" + issuer[-1] if issuer and issuer[-1] in "镇县区市乡" else "我们"


def level_word(src: str) -> str:
    return self_word(src)[1:] if self_word(src) != "我们" else "单位"


SELF = re.compile(r"我(?:镇|县|区|市|乡|局)|本(?:镇|县|区|市|乡)|我们")
PAST = re.compile(r"(?<![为除])了(?![解])|已经|已")


def is_sublead(s: str) -> bool:
    """An inner enumerated lead sentence (二是完善政务公开内容。) is kept as it is."""
    return bool(LEAD.match(s)) and len(s) <= 40 and not re.search(r"\d", s)


def sents_of(line: str) -> tuple[str, str, list[str]]:
    indent = line[: len(line) - len(line.lstrip())]
    lead, rest = split_lead(line)
    return indent, lead.strip(), rest


# ---------- hollow methods (new to panel G) ----------
# I  "intentions": every measures sentence after its lead is turned from a deed into an intention (拟/将/计划/准备),
#    past markers (了/已/已经) removed; figures, names and documents kept.
INTENT = ["拟", "将", "计划", "准备", "打算"]


def intend(sent: str, k: int) -> str:
    s = PAST.sub("", sent)
    w = INTENT[k % len(INTENT)]
    m = SELF.match(s) or re.match(r"(?:镇|县|区)?(?:党委|政府|党委、政府|司法所|司法局)", s)
    if m:
        return s[: m.end()] + w + s[m.end():]
    return w + s


def method_I(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(INTENT))
    for i in body_index(lines, src, "measures"):
        indent, lead, rest = sents_of(out[i])
        new = []
        for s in rest:
            if is_sublead(s):
                new.append(s)
                continue
            new.append(intend(s, k))
            k += 1
        out[i] = indent + lead + "".join(new)
    return out


# C  "credited elsewhere": every measures sentence after its lead is credited to a superior or another body
#    (上级部署、…牵头、…具体实施); the unit's own name is replaced by that body; figures kept.
def bodies(src: str) -> list[str]:
    issuer = re.sub(r"(人民政府|党委|政府)$", "", label(src).get("issuer") or "")
    parent = re.findall(r"[^省市区县镇乡]{1,4}(?:市|区|县)", issuer)
    if issuer.endswith(("镇", "乡", "街道")):
        up = parent[-1] if parent else "上级"
    else:
        up = parent[-2] if len(parent) >= 2 else "市"
    return [f"{up}司法局", f"{up}有关部门", "上级工作专班", "驻地派出机构", "第三方服务机构", f"{up}委依法治{up[-1] if up != '上级' else '市'}办"]


CREDIT = ["在{b}统一部署下，由{b}具体承办，", "按照{b}的安排，", "此项工作由{b}牵头完成，", "依托{b}的力量，"]


def method_C(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    bs = bodies(src)
    k = rng.randrange(len(CREDIT))
    for i in body_index(lines, src, "measures"):
        indent, lead, rest = sents_of(out[i])
        new = []
        for s in rest:
            if is_sublead(s):
                new.append(s)
                continue
            b = bs[k % len(bs)]
            m = SELF.match(s)
            new.append(CREDIT[k % len(CREDIT)].format(b=b) + (b + s[m.end():] if m else s))
            k += 1
        out[i] = indent + lead + "".join(new)
    return out


# U  "unmeasured figures": in the measures and leaders' parts each comma clause that carries a figure is cut to a
#    bare verb + the figure (共计/累计达/全年为/涉及 + 52件); what the figure counts is gone.
FIGCL = re.compile(r"\d+(?:\.\d+)?%|\d+(?:\.\d+)?[万亿]?(?:余|多)?[" + UNIT + r"元]?")
BARE = ["共计", "累计达", "全年为", "涉及", "达到", "合计"]


def unmeasure(line: str, k: int) -> tuple[str, int]:
    parts = re.split(r"([，,；;。：:])", line)
    for j in range(0, len(parts), 2):
        c = parts[j]
        if re.search(r"\d{4}年", c) and not re.search(r"\d+(?!\d*年)(?:\.\d+)?[%" + UNIT + "]", c):
            continue
        figs = [m.group(0) for m in FIGCL.finditer(c) if not re.match(r"\d{4}$", m.group(0))
                and c[m.end():m.end() + 1] not in ("年", "月", "日")]
        if figs and not LEAD.match(c):
            parts[j] = BARE[k % len(BARE)] + "、".join(figs)
            k += 1
    return "".join(parts), k


def method_U(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(BARE))
    idx = body_index(lines, src, "measures") + [i for i in span_lines(src, "leaders") if lines[i].strip() and not is_heading(lines[i])]
    for i in sorted(set(idx)):
        out[i], k = unmeasure(out[i], k)
    return out


# O  "others' shortcomings": every 不足 sentence is kept in its wording, but its subject becomes another body
#    (个别村（社区）, 部分上级部门, 辖区少数群众, 部分企业) and a cause outside the unit is added per paragraph.
OTHERS = ["个别村（社区）", "部分上级部门", "辖区少数群众", "部分入驻企业", "少数派驻单位"]
OCAUSE = ["究其原因，主要在于上级任务下达集中、考核频次过多，基层难以兼顾。",
          "原因主要是群众法治意识整体不强、配合度不高，部分单位对相关工作重视不够。",
          "这些问题的根源在外部，受客观条件限制较多，非{me}所能左右。"]


def method_O(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    k = rng.randrange(len(OTHERS))
    me = level_word(src)
    for n, i in enumerate(body_index(lines, src, "shortcomings")):
        indent, lead, rest = sents_of(out[i])
        new = []
        for s in rest:
            if is_sublead(s):
                new.append(s.rstrip("。") + "（主要表现在外部）。")
                continue
            o = OTHERS[k % len(OTHERS)]
            k += 1
            s2 = SELF.sub(o, s)
            if s2 == s:
                m = LEAD.match(s)
                s2 = (s[: m.end()] if m else "") + o + "方面，" + s[m.end() if m else 0:].lstrip("，,")
            new.append(s2)
        new.append(OCAUSE[n % len(OCAUSE)].format(me=me))
        if lead:
            lead = lead.rstrip("。") + "（主要表现在外部）。"
        out[i] = indent + lead + "".join(new)
    return out


# Y  "plan copied from the measures": the plan's body is replaced by the measures' own sentences, in order, with each
#    year moved on by one and past markers removed, until the plan's original length is reached; headings kept.
def method_Y(lines: list[str], src: str, rng: random.Random) -> list[str]:
    out = list(lines)
    year = int(label(src)["report_year"])
    pool = []
    for i in body_index(lines, src, "measures"):
        _, _, rest = sents_of(lines[i])
        pool += [PAST.sub("", s).replace(str(year), str(year + 1)) for s in rest]
    pidx = body_index(lines, src, "plan")
    k = 0
    for i in pidx:
        indent, lead, rest = sents_of(out[i])
        target = sum(len(s) for s in rest)
        new, n = [], 0
        while n < max(target, 1) and pool:
            s = pool[k % len(pool)]
            k += 1
            new.append(s)
            n += len(s)
        out[i] = indent + lead + "".join(new)
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


# ---------- padding (new to panel G) ----------
# Pf "profile": a general profile of the unit (its villages, offices and bodies as named in the report itself, its
#    functions) after the opening and again before the leaders' part; no fact about 法治 work.
# Pr "restated 规定": under every part heading a paragraph restating what the 督察工作规定 / 第一责任人规定 require of
#    that part, in the third person, without saying what the unit did.
PLACE = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:村|社区|街道|司法所|派出所|中心|管理站|办公室)")
FUNC = ["负责辖区经济社会发展的统筹协调", "承担公共服务、社会管理和基层治理等职能", "负责贯彻落实上级各项决策部署",
        "负责辖区安全生产、生态环境和民生保障等事务", "承担群众工作和社会稳定等职责"]


def profile(lines: list[str], src: str, rng: random.Random) -> str:
    me = self_word(src)
    names = []
    for l in lines:
        for m in PLACE.finditer(l):
            n = re.sub(r"^(?:全|各|在|和|与|及|对|由|的|是|了|到|镇|县|区|共|设)", "", m.group(0))
            if len(n) >= 3 and n not in names:
                names.append(n)
    names = names[:6] or ["各村（社区）"]
    fs = rng.sample(FUNC, 3)
    return (f"{me}是一级政府，{'，'.join(fs)}。辖区内有{'、'.join(names)}等单位和组织，机构设置齐全，"
            f"干部队伍结构合理，各项工作有序运转。{me}区位条件和资源禀赋各有特点，经济社会各项事业协调发展。")


RULE = {
    "measures": "按照《法治政府建设与责任落实督察工作规定》，年度报告应当载明上一年度推进法治政府建设的主要举措和成效，"
                "围绕依法全面履行政府职能、健全依法行政制度体系、推进严格规范公正文明执法等方面，全面、客观反映工作情况。",
    "leaders": "按照《党政主要负责人履行推进法治建设第一责任人职责规定》，党政主要负责人应当对法治建设重要工作亲自部署、"
               "重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，并把履行情况列入年终述职内容。",
    "shortcomings": "按照规定，年度报告应当如实反映上一年度推进法治政府建设存在的不足和原因，做到问题找得准、原因析得透，"
                    "不回避矛盾、不避重就轻。",
    "plan": "按照规定，年度报告应当提出下一年度推进法治政府建设的主要安排，做到目标明确、措施具体、责任清晰，"
            "与查找出的不足相对应。",
}


def method_pad(lines: list[str], src: str, rng: random.Random, which: str) -> list[str]:
    after: dict[int, list[str]] = {}
    before: dict[int, list[str]] = {}
    if "f" in which:
        opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
        after.setdefault(opening, []).append(profile(lines, src, rng))
        before.setdefault(SPANS[src]["leaders"][0] - 1, []).append(
            profile(lines, src, rng).replace("是一级政府", "作为基层政府"))
    if "r" in which:
        for p in ("measures", "leaders", "shortcomings", "plan"):
            h = SPANS[src][p][0] - 1
            if is_heading(lines[h]):
                after.setdefault(h, []).append(RULE[p])
            else:
                before.setdefault(h, []).append(RULE[p])
    return insert_after(lines, after, before)


PLAN = [
    # (source, kind, methods, note)
    ("seed-000", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "I", "measures turned into intentions (拟/将/计划), figures kept"),
    ("seed-001", "hollow", "CO", "measures credited to superiors/other bodies; 不足 made other units' problems"),
    ("seed-002", "hollow", "UY", "figures stripped of what they count; plan copied from the measures, year +1"),
    ("seed-003", "hollow", "IOY", "measures as intentions; 不足 of others; plan copied from the measures"),
    ("seed-004", "hollow", "CU", "measures credited elsewhere and figures stripped of what they count"),
    ("seed-001", "padded", "f", "unit profile after the opening and before the leaders' part"),
    ("seed-003", "padded", "r", "the 规定's requirement for each part restated under its heading"),
    ("seed-004", "padded", "fr", "unit profile twice + restated 规定 under every part"),
]


def build(src: str, kind: str, methods: str, rng: random.Random) -> str:
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        # every method addresses the original line numbers (no insertions); Y reads the measures before I/C change them
        if "Y" in methods:
            lines = method_Y(lines, src, rng)
        for m in methods:
            lines = {"I": method_I, "C": method_C, "U": method_U, "O": method_O, "Y": lambda l, s, r: l}[m](lines, src, rng)
        return "\n".join(lines)
    if kind == "padded":
        return "\n".join(method_pad(lines, src, rng, methods))
    raise ValueError(kind)


def main() -> None:
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-g-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-g-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
