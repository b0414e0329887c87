"""Make panel M's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused by import, unchanged: panel L's make_docs (and through it panels G–K's helpers: part spans read off the
dev labels, body_index, sents_of, insert_after, is_heading, rewrite_measures, topic_of, clause, upper, rewrite_items,
measure_topics, name_of, good, K's SURN/GIVEN name banks). Every hollowing and padding method here is new to panel M.
Skipped as already done (panels B–L): intentions, credit to others/upward, unmeasured figures, others' / lifted 不足,
copied / 继续 / titles / superior's plan, stock sentences, vague quantifiers, templates, skeleton cuts, generic words,
boasts, slogans, meetings-only / attended-meetings / formula / deputies / titles-only / 规定 / training leaders,
timeless, circular / attitude causes, external constraints, wishes, directives, stock past, paperwork passed down,
documents received, principles, rates-only, completion rates, meeting lists, disguised praise, quotations, mottos,
comparatives without base, work in progress, document-says, wider figures, campaign joined, praise third; padding by
formulas, definitions, recaps, profile, the 规定, thanks/表态, 摘要/结语, 法律依据, glossary, background, 目录, repeated
opening, 附件 of laws, data table twice, 典型案例, political study, national events, headings 总结, staff 附表, another
unit's 典型经验, questionnaire, 工作体会, 编制说明.
Nearest earlier neighbours, kept apart on purpose: J's work in progress (正在推进) vs R here (planned, not done, put off to
next year); I's disguised praise (受到好评) vs M here (counts of media reports and 信息 printed); H's timeless 历年累计 vs
N here (nothing bad happened this year); J's external constraints / I's attitude causes vs U here (the problem is
declared a nationwide 共性问题 of the stage of development, not the unit's); L's wishes vs Z here (problems named, then
declared all fixed); G's/L's plans vs K here (ranks and honours to win, no work); K's staff 附表 vs B here (the leaders'
part as the principals' curricula vitae).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced (7 documents, 7 methods, each used twice):
            R postponed   each measures sentence after its lead becomes that item planned but not done this year
                          (原计划…，因工作任务调整，年内暂缓实施，顺延至下一年度)
            M media       each measures sentence after its lead becomes the count of its media reports / 信息 printed
                          (…相关做法被学习强国平台、…融媒体中心等宣传报道N次)
            N none        each measures sentence after its lead becomes a zero-incident claim (…，全年未发生…)
            Z fixed       each 不足 item becomes a weakness declared already rectified (…方面曾存在薄弱环节，已于年内全部
                          整改到位，目前不存在突出问题)
            U universal   each 不足 item becomes a nationwide 共性问题 of the stage of development, not the unit's
            K ranks       the plan's body becomes ranks and honours to win (力争在…考核中进入前三名；争创省级…示范…)
            B CVs         each leaders' item after its lead becomes a principal's curriculum vitae (党委书记王伟，男，汉族，
                          1976年5月出生，…任现职), no act
  padded    the complete report plus (3):
            l 倡议书   a 法治倡议书 to the residents (four paragraphs of 尊法学法守法用法 appeals) after the plan
            s 标语     附件: ten 法治宣传标语 after the plan
            w 中心工作  two paragraphs of off-topic work (森林防灭火、防汛、秸秆禁烧、安全生产) after the measures

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


L = _load("panel_l_make_docs", HERE.parent / "panel-l" / "make_docs.py")
K, J, I, H, G = L.K, L.J, L.I, L.H, L.G
SPANS, body_index, sents_of, insert_after, is_heading = L.SPANS, L.body_index, L.sents_of, L.insert_after, L.is_heading
rewrite_measures, topic_of, clause, rewrite_items = L.rewrite_measures, L.topic_of, L.clause, L.rewrite_items
measure_topics, name_of, good, upper, level = L.measure_topics, L.name_of, L.good, L.upper, I.level


# ---------- R planned but postponed ----------
POST = ["原计划{c}，因工作任务调整，年内暂缓实施，顺延至下一年度。", "{c}一项因配套经费未落实，年内未能如期开展。",
        "年初部署的{c}，受人员变动影响未能启动，顺延至下一年度。"]


def method_R(lines, src, rng):
    k0 = rng.randrange(len(POST))
    return rewrite_measures(lines, src, lambda s, k, lead: POST[(k + k0) % len(POST)].format(c=good(clause(s), lead)[:16]))


# ---------- M media reports ----------
MEDIA = ["{c}相关做法被学习强国平台、{u}融媒体中心等宣传报道{n}次。", "{c}工作经验在{u}政务信息中刊发{n}篇。",
         "{c}工作被{u}电视台专题报道，网络阅读量达{n}次。"]


def method_M(lines, src, rng):
    k0, u = rng.randrange(len(MEDIA)), upper(src)
    return rewrite_measures(lines, src, lambda s, k, lead: MEDIA[(k + k0) % len(MEDIA)].format(
        c=good(clause(s), lead)[:16], u=u, n=rng.randint(1200, 9800) if (k + k0) % 3 == 2 else rng.randint(2, 9)))


# ---------- N nothing bad happened ----------
NONE = ["{c}方面，全年未发生行政复议被纠错和行政诉讼败诉案件。", "{c}方面，全年未发生重大群体性事件和越级上访。",
        "{c}方面，全年未出现被上级通报批评的情况。", "{c}方面，全年未发生因执法不当引发的投诉举报。"]


def method_N(lines, src, rng):
    k0 = rng.randrange(len(NONE))
    return rewrite_measures(lines, src, lambda s, k, lead: NONE[(k + k0) % len(NONE)].format(c=good(clause(s), lead)[:14]))


# ---------- Z 不足 declared fixed ----------
FIXED = ["{t}方面曾存在薄弱环节，已于年内全部整改到位，目前不存在突出问题。",
         "{t}方面的问题在年中自查中已经发现，并已立行立改、整改销号。"]


def _topic(p):
    t = I.WEAK.sub("", p).strip() or p
    return re.sub(r"^(?:部分|个别|少数|我镇|我县|一是|二是|三是)", "", t)


def method_Z(lines, src, rng):
    k0 = rng.randrange(len(FIXED))
    return rewrite_items(lines, src, lambda p, k: FIXED[(k + k0) % len(FIXED)].format(t=_topic(p)))


# ---------- U 不足 as a nationwide 共性问题 ----------
COMMON = ["{t}是当前基层法治政府建设中普遍存在的共性问题，全国各地不同程度存在，是发展阶段所决定的。",
          "{t}的问题并非一地一域所独有，是基层在法治建设起步阶段普遍面临的共性难题。"]


def method_U(lines, src, rng):
    k0 = rng.randrange(len(COMMON))
    return rewrite_items(lines, src, lambda p, k: COMMON[(k + k0) % len(COMMON)].format(t=_topic(p)))


# ---------- K the plan as ranks and honours ----------
def method_K(lines, src, rng):
    out, u, me, lv = list(lines), upper(src), G.self_word(src), level(src)
    ts = measure_topics(lines, src)[:4] or ["法治政府建设"]
    idx = body_index(lines, src, "plan")
    cn = G.CN
    items = "".join(f"{cn[n + 2]}是确保{t[:12]}工作位居全{u[-1]}前列。" for n, t in enumerate(ts))
    out[idx[0]] = (f"下一年度，{me}将紧盯争先创优目标：一是力争在{u}年度法治政府建设考核中进入前三名；"
                   f"二是争创省级法治政府建设示范{lv}。" + items + "以优异成绩向上级党委、政府交出满意答卷。")
    for i in idx[1:]:
        out[i] = ""
    return out


# ---------- B leaders' part as curricula vitae ----------
POSTS = [("党委书记", "主持党委全面工作"), ("{lv}长", "主持政府全面工作"), ("党委副书记", "协助书记抓党建和法治工作"),
         ("人大主席", "主持人大工作")]
EDU = ["大学", "研究生", "中央党校大学", "在职研究生"]


def cv(post, duty, rng):
    name = rng.choice(K.SURN) + rng.choice(K.GIVEN) + (rng.choice(K.GIVEN) if rng.random() < 0.5 else "")
    return (f"{post}{name}，{rng.choice(['男', '女'])}，汉族，{rng.randint(1970, 1985)}年{rng.randint(1, 12)}月出生，"
            f"{rng.choice(EDU)}学历，中共党员，{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月任现职，{duty}。")


def method_B(lines, src, rng):
    out, lv = list(lines), level(src)
    posts = POSTS if lv != "县" else [("县委书记", "主持县委全面工作"), ("县长", "主持县政府全面工作"),
                                      ("县委副书记", "协助书记抓党建和法治工作"), ("县人大常委会主任", "主持人大常委会工作")]
    k = 0
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        ps = [posts[(k + n) % len(posts)] for n in (0, 1)]
        out[i] = indent + lead + "".join(cv(p.format(lv=lv), d, rng) for p, d in ps)
        k += 2
    return out


# ---------- padding ----------
APPEAL = ["致全{lv}广大群众的法治倡议书",
          "广大群众朋友们：法治是治国理政的基本方式，也是每一个人安居乐业的保障。为营造尊法学法守法用法的良好氛围，特向全{lv}群众发出如下倡议：",
          "一、做法治的学习者。主动学习宪法和与日常生活密切相关的法律法规，了解自己的权利和义务，做到知法懂法。",
          "二、做法治的遵守者。自觉遵守法律法规和村规民约，文明出行、诚信经营、和睦邻里，不做违法违规的事。",
          "三、做法治的践行者。遇事找法、解决问题靠法，通过合法途径表达诉求，不信谣、不传谣，理性维护自身合法权益。",
          "让我们携起手来，从我做起、从现在做起，共同建设法治{name}、平安{name}！"]
SLOGANS = ["法治兴则国家兴，法治强则国家强", "尊法学法守法用法，争做守法好公民", "宪法是国家的根本法，是治国安邦的总章程",
           "学法律、讲权利、讲义务、讲责任", "遇事找法，解决问题靠法", "依法行政，执政为民", "法治护航发展，法律守护平安",
           "弘扬法治精神，建设法治社会", "人人学法用法，家家平安和谐", "推进依法治理，建设平安家园"]
CENTRAL = ["此外，{me}全力抓好森林防灭火和防汛工作。严格落实林长制和防汛责任制，在重点时段组织干部开展巡山护林和"
           "河道巡查，及时转移受威胁群众，确保了全年安全度汛、林区安全。",
           "{me}扎实开展秸秆禁烧和安全生产大排查大整治工作，层层签订目标责任书，对辖区企业、人员密集场所和自建房开展"
           "拉网式排查，督促整改安全隐患，安全生产形势持续稳定向好。"]


def method_pad(lines, src, rng, which):
    after = {}
    me, lv, nm = G.self_word(src), level(src), name_of(src)
    last = SPANS[src]["plan"][1] - 1
    if "l" in which:
        after.setdefault(last, []).extend(p.format(lv=lv, name=nm) for p in APPEAL)
    if "s" in which:
        after.setdefault(last, []).extend(["附件：法治宣传标语（参考）"] + [f"{n}. {s}" for n, s in enumerate(SLOGANS, 1)])
    if "w" in which:
        end = max(body_index(lines, src, "measures"))
        after.setdefault(end, []).extend(p.format(me=me) for p in CENTRAL)
    return insert_after(lines, after, {})


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "RZ", "measures planned but postponed to next year; 不足 declared already rectified"),
    ("seed-001", "hollow", "MK", "measures as counts of media reports; plan = ranks and honours to win"),
    ("seed-001", "hollow", "NB", "measures as zero-incident claims; leaders' part = the principals' CVs"),
    ("seed-002", "hollow", "RU", "measures planned but postponed; 不足 as nationwide 共性问题"),
    ("seed-002", "hollow", "NK", "measures as zero-incident claims; plan = ranks and honours to win"),
    ("seed-003", "hollow", "MZ", "measures as counts of media reports; 不足 declared already rectified"),
    ("seed-004", "hollow", "UB", "不足 as nationwide 共性问题; leaders' part = the principals' CVs"),
    ("seed-000", "padded", "l", "a 法治倡议书 to the residents after the plan"),
    ("seed-003", "padded", "s", "附件: ten 法治宣传标语 after the plan"),
    ("seed-004", "padded", "w", "two paragraphs of off-topic work (森林防灭火, 防汛, 秸秆禁烧, 安全生产) after the measures"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"R": method_R, "M": method_M, "N": method_N, "Z": method_Z, "U": method_U, "K": method_K, "B": method_B}
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-m-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-m-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
