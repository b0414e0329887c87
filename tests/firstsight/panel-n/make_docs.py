"""Make panel N's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused by import, unchanged: panel M's make_docs (and through it panels G–L's helpers: part spans read off the
dev labels, body_index, sents_of, insert_after, is_heading, rewrite_measures, clause, good, upper, rewrite_items,
measure_topics, name_of, level, M's _topic). Every hollowing and padding method here is new to panel N.
Skipped as already done (panels B–M, see README): everything listed in panel M's docstring, plus M's postponed measures,
media counts, zero-incident claims, 不足 declared fixed, 不足 as 共性问题, ranks-and-honours plan, leaders' CVs; padding
by 倡议书, slogan 附件, off-topic 中心工作. Also skipped: a praising 不足 (加班多, 标准高: panel E's boasts), archives
compiled / 台账 as results (panel H's paperwork), wishes for 经费 (panel L).
Nearest earlier neighbours, kept apart on purpose: L's wishes for 经费 (不足) vs F here (money and staff put in, told as
results); H's paperwork passed down vs O here (inspections received and reports sent up); K's plan-completion rates vs
O; M's 不足 declared fixed vs C here (problems counted, not named, still open); E's boasting 不足 vs P here (genuine but
trivial formal lapses in place of the substantive problem); M's CVs / L's training vs E here (the heads' ratings, no
act); the 继续 / superior's plans vs X here (a plan that only points back to "the above problems") and Q here (the
routine calendar of any year).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (7 documents, 7 methods, each used twice):
            F inputs      each measures sentence after its lead becomes the money, staff or equipment put into that
                          item (…方面全年投入经费N万元，抽调工作人员N名), no result
            O inspected   each measures sentence after its lead becomes the inspections the item received or the
                          reports sent up on it (…工作全年接受上级督查检查N次，均顺利通过)
            C counted     each 不足 item becomes a count of problems or lost points in its topic, none named, no cause
                          (…方面，对照年度考核指标自查，共有N项指标失分)
            P petty       each 不足 item becomes a trivial formal lapse in its topic (会议记录填写不够规范、台账资料归档
                          不够及时), the substantive problem gone, no cause
            E evaluated   each leaders' item after its lead becomes the heads' evaluation results (述法评议被评为“好”等次,
                          测评满意率N%, 考评位列第N名), no act
            X back-ref    the plan's body becomes "针对上述…的问题，认真研究对策，切实加以解决" for each 不足 topic
            Q routine     the plan's body becomes the routine quarterly calendar of any year (第一季度召开年度工作会议…)
  padded    the complete report plus (3), each inside the part it follows:
            q 问答   附: four 法律知识问答 (行政复议, 法律援助 …) at the end of the measures
            d 联系   附: 法律服务联系方式 (12348, 12345, the 司法所) at the end of the plan
            o 誓词   附: the 宪法宣誓誓词 at the end of the leaders' part

Run: /work/team/tools/bin/python make_docs.py   (writes docs/pNN.txt and docs/manifest.yaml)
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


M = _load("panel_m_make_docs", HERE.parent / "panel-m" / "make_docs.py")
L, K, I, G = M.L, M.K, M.I, M.G
SPANS, body_index, sents_of, insert_after, is_heading = M.SPANS, M.body_index, M.sents_of, M.insert_after, M.is_heading
rewrite_measures, clause, rewrite_items, good, upper = M.rewrite_measures, M.clause, M.rewrite_items, M.good, M.upper
measure_topics, name_of, level, _topic = M.measure_topics, M.name_of, M.level, M._topic
CN = G.CN


# ---------- F inputs told as results ----------
INPUT = ["{c}方面全年投入经费{n}万元，抽调工作人员{m}名。", "{c}工作配备专职人员{m}名，落实专项经费{n}万元。",
         "为推进{c}，购置办公设备{m}台（套），投入资金{n}万元。"]


def method_F(lines, src, rng):
    k0 = rng.randrange(len(INPUT))
    return rewrite_measures(lines, src, lambda s, k, lead: INPUT[(k + k0) % len(INPUT)].format(
        c=good(clause(s), lead)[:16], n=round(rng.uniform(1.5, 48), 1), m=rng.randint(2, 12)))


# ---------- O inspections received and reports sent up ----------
INSPECT = ["{c}工作全年接受上级督查检查{n}次，均顺利通过。", "{c}工作迎接{u}专项督查{n}次，准备迎检资料{m}盒。",
           "{c}工作按要求向{u}报送进展情况{n}次。"]


def method_O(lines, src, rng):
    k0, u = rng.randrange(len(INSPECT)), upper(src)
    return rewrite_measures(lines, src, lambda s, k, lead: INSPECT[(k + k0) % len(INSPECT)].format(
        c=good(clause(s), lead)[:16], u=u, n=rng.randint(2, 9), m=rng.randint(3, 20)))


# ---------- C 不足 counted, not named ----------
COUNTED = ["{t}方面，对照年度考核指标自查，共有{n}项指标失分。", "{t}方面，经自查共梳理出问题{n}条，已列入问题清单。"]


def method_C(lines, src, rng):
    k0 = rng.randrange(len(COUNTED))
    return rewrite_items(lines, src, lambda p, k: COUNTED[(k + k0) % len(COUNTED)].format(t=_topic(p)[:16],
                                                                                          n=rng.randint(2, 7)))


# ---------- P 不足 as petty formal lapses ----------
PETTY = ["{t}方面，个别会议记录填写不够规范，部分台账资料归档不够及时。",
         "{t}方面，少数工作信息报送格式不够统一，个别材料装订不够整齐。"]


def method_P(lines, src, rng):
    k0 = rng.randrange(len(PETTY))
    return rewrite_items(lines, src, lambda p, k: PETTY[(k + k0) % len(PETTY)].format(t=_topic(p)[:16]))


# ---------- E leaders' part as the heads' evaluation results ----------
EVAL = ["{sec}在{u}年度述法评议中被评为“好”等次。", "{head}年度考核被确定为“优秀”等次。",
        "党政主要负责人述法现场测评满意率达{p}%。", "{lv}党政领导班子年度综合考评位列全{w}第{r}名。"]


def method_E(lines, src, rng):
    out, lv, u = list(lines), level(src), upper(src)
    sec, head = ("县委书记", "县长") if lv == "县" else ("党委书记", f"{lv}长")
    k = 0
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        body = "".join(EVAL[(k + n) % len(EVAL)].format(sec=sec, head=head, u=u, lv=lv, w=u[-1],
                                                          p=round(rng.uniform(95, 99.6), 1), r=rng.randint(1, 5))
                       for n in (0, 1))
        out[i] = indent + lead + body
        k += 2
    return out


# ---------- X plan that only points back to the 不足 ----------
def shortcoming_topics(src):
    src_lines = (DEV / f"{src}.txt").read_text(encoding="utf-8").split("\n")
    ts = []
    rewrite_items(src_lines, src, lambda p, k: ts.append(_topic(p)[:16]) or p)
    seen, out = set(), []
    for t in ts:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out[:4] or ["上述方面"]


def _replace_plan(lines, src, text):
    out = list(lines)
    idx = body_index(lines, src, "plan")
    out[idx[0]] = text
    for i in idx[1:]:
        out[i] = ""
    return out


def method_X(lines, src, rng):
    me = G.self_word(src)
    items = "".join(f"{CN[n]}是针对{t}的问题，认真研究对策，切实加以解决。" for n, t in enumerate(shortcoming_topics(src)))
    return _replace_plan(lines, src, f"下一年度，{me}将针对上述存在的问题逐项研究解决：" + items
                         + "确保问题得到有效整改。")


# ---------- Q plan as the routine calendar of any year ----------
ROUTINE = ["第一季度，召开年度法治政府建设工作会议，印发年度工作要点", "第二季度，开展法治政府建设年中督查",
           "第三季度，组织领导干部集中学法", "第四季度，开展年度述法评议和考核，按时报送年度报告"]


def method_Q(lines, src, rng):
    me = G.self_word(src)
    return _replace_plan(lines, src, f"下一年度，{me}将按照常规工作节奏推进法治政府建设：" + "；".join(ROUTINE) + "。")


# ---------- padding ----------
QA = ["附：常见法律知识问答",
      "问：什么是行政复议？答：公民、法人或者其他组织认为行政机关的行政行为侵犯其合法权益，可以依法向行政复议机关提出申请，由行政复议机关审查并作出决定。",
      "问：申请行政复议的期限是多久？答：一般应当自知道或者应当知道该行政行为之日起六十日内提出。",
      "问：工资被拖欠怎么办？答：可以向劳动保障监察机构投诉，也可以申请劳动争议仲裁，经济困难的可以申请法律援助。",
      "问：哪些人可以申请法律援助？答：经济困难或者符合法定条件的当事人，可以向法律援助机构申请法律援助。"]
CONTACT = ["附：法律服务联系方式", "1. 公共法律服务热线：12348", "2. 政务服务便民热线：12345",
           "3. {name}司法所：{name}人民政府院内，工作日上午8:30—12:00，下午14:30—17:30", "4. 中国法律服务网（12348中国法网）"]
OATH = ["附：宪法宣誓誓词",
        "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，"
        "为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！"]


def method_pad(lines, src, rng, which):
    after = {}
    nm = name_of(src)
    if "q" in which:
        after.setdefault(max(body_index(lines, src, "measures")), []).extend(QA)
    if "d" in which:
        after.setdefault(SPANS[src]["plan"][1] - 1, []).extend(p.format(name=nm) for p in CONTACT)
    if "o" in which:
        after.setdefault(max(body_index(lines, src, "leaders")), []).extend(OATH)
    return insert_after(lines, after, {})


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "OC", "measures as inspections received / reports sent up; 不足 counted, not named"),
    ("seed-001", "hollow", "FX", "measures as money and staff put in; plan only points back to the 不足"),
    ("seed-001", "hollow", "EQ", "leaders' part as the heads' evaluation results; plan = routine quarterly calendar"),
    ("seed-002", "hollow", "OQ", "measures as inspections received / reports sent up; plan = routine quarterly calendar"),
    ("seed-002", "hollow", "XP", "plan only points back to the 不足; 不足 as petty formal lapses"),
    ("seed-003", "hollow", "FP", "measures as money and staff put in; 不足 as petty formal lapses"),
    ("seed-004", "hollow", "CE", "不足 counted, not named; leaders' part as the heads' evaluation results"),
    ("seed-000", "padded", "q", "附: four 法律知识问答 at the end of the measures"),
    ("seed-003", "padded", "d", "附: 法律服务联系方式 at the end of the plan"),
    ("seed-004", "padded", "o", "附: the 宪法宣誓誓词 at the end of the leaders' part"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"F": method_F, "O": method_O, "C": method_C, "P": method_P, "E": method_E, "X": method_X, "Q": method_Q}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-n-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-n-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
