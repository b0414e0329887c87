"""Make panel O's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused by import, unchanged: panel N's make_docs (and through it panels G–M's helpers: part spans read off the
dev labels, body_index, sents_of, insert_after, is_heading, rewrite_measures, clause, good, upper, rewrite_items,
measure_topics, name_of, level, M's _topic, N's _replace_plan and shortcoming_topics). Every hollowing and padding
method here is new to panel O.
Skipped as already done (panels B–N, see README): everything listed in panel N's docstring plus N's own (inputs as
results, inspections received / reports sent up, 不足 counted, 不足 as petty lapses, leaders' ratings, a plan that only
points back, the routine calendar; padding by 法律知识问答, a hotline directory, the 宪法宣誓誓词). Also dropped while
designing, as too close: 不足 put on the public (群众法治意识淡薄 — panel G's others' 不足 and external causes),
hours/overtime as measures (N's inputs), a plan of 100% rate targets (K's completion rates / rates-only).
Nearest earlier neighbours, kept apart on purpose: G's credit to others (由上级…牵头完成) vs A here (the unit's own
internal division of responsibility, nobody doing anything); N's inspections received vs V here (the unit went out to
learn from others); I's external constraints / M's 共性问题 vs R here (a hypothetical future risk, no present problem);
the stock-sentence 不足 vs Y here (the 不足 as an open question "to be explored"); M's CVs / N's ratings vs S here (the
heads' signed pledges and 承诺书); N's back-reference / the intentions plans vs U here (a plan that only studies) and
L's wishes for 经费 / N's inputs vs D here (a plan that is only a budget allocation).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (7 documents, 7 methods, each used twice):
            A assigned    each measures sentence after its lead becomes the division of responsibility for the item
                          (明确由党政办牵头负责，确定分管领导1名、联络员N名 / 纳入年度职责清单 / 责任到人), no deed
            V visits      each measures sentence after its lead becomes study visits to or from others
                          (赴周边先进地区考察学习N次，学习借鉴先进经验做法), no deed of its own
            R risk        each 不足 item becomes a hypothetical future risk in its topic (今后可能面临一定的工作压力)
            Y open        each 不足 item becomes an open question in its topic (怎样做到…还需要在实践中进一步摸索)
            S pledges     each leaders' item after its lead becomes pledges signed (签订《法治建设第一责任人承诺书》,
                          表态承诺, 责任状N份, 承诺书公示), no act
            U study       the plan's body becomes a list of topics to research (围绕…开展专题调研，摸清底数，形成调研报告)
            D budget      the plan's body becomes a budget allocation per topic (计划安排专项经费N万元，其中…方面N万元)
  padded    the complete report plus (3), each inside the part it follows:
            p 图片   附: 工作图片说明 (four captions, 图片略) at the end of the measures
            f 防诈   附: 防范电信网络诈骗温馨提示 at the end of the plan
            b 书目   附: 领导干部学法推荐书目 at the end of the leaders' part

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


N = _load("panel_n_make_docs", HERE.parent / "panel-n" / "make_docs.py")
M, G = N.M, N.G
SPANS, body_index, sents_of, insert_after, is_heading = N.SPANS, N.body_index, N.sents_of, N.insert_after, N.is_heading
rewrite_measures, clause, rewrite_items, good, upper = N.rewrite_measures, N.clause, N.rewrite_items, N.good, N.upper
measure_topics, name_of, level, _topic = N.measure_topics, N.name_of, N.level, N._topic
_replace_plan, CN = N._replace_plan, N.CN


# ---------- A measures as the division of responsibility ----------
ASSIGN = ["{c}工作明确由{o}牵头负责，确定分管领导1名、具体联络员{m}名。",
          "{c}工作已纳入{lv}年度职责清单，逐项明确责任领导和责任股室。",
          "{c}工作建立“主要领导负总责、分管领导具体抓、责任股室抓落实”的分工机制，责任到人。"]
OFFICE = ["党政办", "司法所", "综治中心"]


def method_A(lines, src, rng):
    k0, lv = rng.randrange(len(ASSIGN)), level(src)
    return rewrite_measures(lines, src, lambda s, k, lead: ASSIGN[(k + k0) % len(ASSIGN)].format(
        c=good(clause(s), lead)[:16], o=("县司法局" if lv == "县" else rng.choice(OFFICE)), lv=lv, m=rng.randint(1, 4)))


# ---------- V measures as study visits to and from others ----------
VISIT = ["{c}方面，组织相关人员赴{place}考察学习{n}次，学习借鉴先进经验做法。",
         "围绕{c}，先后{n}次到兄弟{peer}交流学习，进一步开阔了工作思路。",
         "{c}方面，邀请{place}同行来{lv}座谈交流{n}次，互相取长补短。"]
PLACE = ["周边先进地区", "省内先进地区", "沿海发达地区"]


def method_V(lines, src, rng):
    k0, lv = rng.randrange(len(VISIT)), level(src)
    return rewrite_measures(lines, src, lambda s, k, lead: VISIT[(k + k0) % len(VISIT)].format(
        c=good(clause(s), lead)[:16], place=rng.choice(PLACE), peer=("县区" if lv == "县" else "乡镇"), lv=lv,
        n=rng.randint(2, 6)))


# ---------- R 不足 as a hypothetical future risk ----------
RISK = ["{t}方面，随着新法规新要求陆续出台，今后可能面临一定的工作压力。",
        "{t}方面，预计下一步工作量还会有所增加，存在一定的潜在风险。"]


def method_R(lines, src, rng):
    k0 = rng.randrange(len(RISK))
    return rewrite_items(lines, src, lambda p, k: RISK[(k + k0) % len(RISK)].format(t=_topic(p)[:16]))


# ---------- Y 不足 as an open question ----------
OPEN = ["{t}方面，怎样做到既依法规范又便民高效，还需要在实践中进一步摸索。",
        "{t}方面，如何找准工作切入点、形成自身特色，仍是一个有待研究的课题。"]


def method_Y(lines, src, rng):
    k0 = rng.randrange(len(OPEN))
    return rewrite_items(lines, src, lambda p, k: OPEN[(k + k0) % len(OPEN)].format(t=_topic(p)[:16]))


# ---------- S leaders' part as pledges signed ----------
PLEDGE = ["{sec}、{head}年初签订《法治建设第一责任人承诺书》，向全体干部公开作出书面承诺。",
          "党政主要负责人在{lv}干部大会上作出履行法治建设第一责任人职责的表态承诺。",
          "{sec}、{head}分别签订履行推进法治建设第一责任人职责责任状{n}份。",
          "党政主要负责人的法治建设承诺书在{lv}政务公开栏公示。"]


def method_S(lines, src, rng):
    out, lv = list(lines), level(src)
    sec, head = ("县委书记", "县长") if lv == "县" else ("党委书记", f"{lv}长")
    k = 0
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        body = "".join(PLEDGE[(k + n) % len(PLEDGE)].format(sec=sec, head=head, lv=lv, n=rng.randint(2, 3))
                       for n in (0, 1))
        out[i] = indent + lead + body
        k += 2
    return out


# ---------- U plan that only studies ----------
def _plan_topics(lines, src):
    ts = []
    for t in measure_topics(lines, src):
        t = re.split(r"[，,。；;：:]", t)[0][:14]
        if len(t) >= 4 and t not in ts:
            ts.append(t)
    return ts[:4] or ["法治政府建设"]


def method_U(lines, src, rng):
    me = G.self_word(src)
    items = "".join(f"{CN[n]}是围绕{t}开展专题调研，摸清底数，形成调研报告。" for n, t in enumerate(_plan_topics(lines, src)))
    return _replace_plan(lines, src, f"下一年度，{me}将围绕以下课题开展调查研究：" + items
                         + "在调研基础上，再研究提出具体工作措施。")


# ---------- D plan that is only a budget allocation ----------
def method_D(lines, src, rng):
    me = G.self_word(src)
    ts = _plan_topics(lines, src)
    parts = [round(rng.uniform(2, 15), 1) for _ in ts]
    items = "；".join(f"{CN[n]}是{t}方面安排{a}万元" for n, (t, a) in enumerate(zip(ts, parts)))
    return _replace_plan(lines, src, f"下一年度，{me}计划安排法治政府建设专项经费{round(sum(parts), 1)}万元，其中：" + items
                         + "。")


# ---------- padding ----------
PHOTO = ["附：工作图片说明", "图1：{nm}法治宣传进村入户活动现场", "图2：{nm}召开法治政府建设专题会议",
         "图3：{nm}司法所工作人员为群众提供法律咨询", "图4：{nm}“宪法宣传周”主题活动合影", "（图片略）"]
FRAUD = ["附：防范电信网络诈骗温馨提示", "1. 不轻信陌生来电，公检法机关不会通过电话办案，不存在所谓“安全账户”。",
         "2. 不点击陌生链接，不下载来历不明的软件，不向陌生人透露验证码。", "3. 网上“刷单返利”“高额投资回报”都是诈骗。",
         "4. 遇到可疑情况，请及时拨打110或96110咨询。"]
BOOKS = ["附：领导干部学法推荐书目", "1.《习近平法治思想学习纲要》", "2.《中华人民共和国宪法》", "3.《中华人民共和国民法典》",
         "4.《中华人民共和国行政处罚法》", "5.《法治政府建设实施纲要（2021－2025年）》"]


def method_pad(lines, src, rng, which):
    after = {}
    nm = name_of(src)
    if "p" in which:
        after.setdefault(max(body_index(lines, src, "measures")), []).extend(p.format(nm=nm) for p in PHOTO)
    if "f" in which:
        after.setdefault(SPANS[src]["plan"][1] - 1, []).extend(FRAUD)
    if "b" in which:
        after.setdefault(max(body_index(lines, src, "leaders")), []).extend(BOOKS)
    return insert_after(lines, after, {})


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "AR", "measures as the division of responsibility; 不足 as hypothetical future risks"),
    ("seed-001", "hollow", "VU", "measures as study visits; plan = topics to research"),
    ("seed-001", "hollow", "SD", "leaders' part as pledges signed; plan = a budget allocation"),
    ("seed-002", "hollow", "AD", "measures as the division of responsibility; plan = a budget allocation"),
    ("seed-002", "hollow", "UY", "plan = topics to research; 不足 as open questions"),
    ("seed-003", "hollow", "VY", "measures as study visits; 不足 as open questions"),
    ("seed-004", "hollow", "RS", "不足 as hypothetical future risks; leaders' part as pledges signed"),
    ("seed-000", "padded", "p", "附: 工作图片说明 (captions, 图片略) at the end of the measures"),
    ("seed-003", "padded", "f", "附: 防范电信网络诈骗温馨提示 at the end of the plan"),
    ("seed-004", "padded", "b", "附: 领导干部学法推荐书目 at the end of the leaders' part"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"A": method_A, "V": method_V, "R": method_R, "Y": method_Y, "S": method_S, "U": method_U, "D": method_D}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-o-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-o-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
