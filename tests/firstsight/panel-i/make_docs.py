"""Make panel I's 15 documents from the five dev reports (deterministic; no document line is hard-coded).

Machinery reused from panels G and H (part spans read off the dev labels, line/sentence helpers, insert_after,
rewrite_measures, topic_of); every hollowing and padding method here is new to panel I (panels B-H used: stock
sentences, vague quantifiers, topic templates, skeleton cuts, generic words, boasts as 不足, slogans, meetings-only
leaders, intentions, credit to others, unmeasured figures, others' 不足, a copied plan, timeless practice, circular
causes, the 四个亲自 formula, directives, deputies, stock past, paperwork; padding by political formulas, definitions
inside the text, figure recaps, a profile, the 规定, thanks/表态, a 内容摘要/结语, a 法律依据 list).

Kinds:
  complete  the dev report untouched (5).
  hollow    every required part kept, its substance replaced; one technique family (or pair) per document (6):
            A principles   each measures sentence after its lead becomes a general principle (坚持…的工作理念/
                           始终注重…/注重…) with no figure, name, document or date
            R rates only   in the measures and leaders' parts every count and amount is removed and every rate set to
                           100%; a clause that lost its count gains 实现全覆盖/办结率100%/覆盖率达100% — rates of the
                           whole with no base
            M attended     the leaders' part: each item's body becomes a list of meetings the principal attended,
                           convened by others (出席/参加/列席 …会议, 开班仪式), with months but no decision or act
            H disguised    each 不足 item's problem becomes praise in disguise (X虽已走在前列，但与更高期待相比仍有提升空间;
                           growing demand because of success)
            W attitudes    each 不足 item keeps its problem, its explanation becomes an attitude-only cause
                           (思想认识不够到位、责任意识不够强、工作作风不够扎实)
            Q quotations   each measures item after its lead becomes a long quotation of a national policy document and
                           a line that the unit studied it (认真学习领会)
            E mottos       each plan item after its lead becomes next year's mottos (以更高站位、更实举措…奋力开创新局面)
  padded    the complete report plus (4):
            g glossary     a 附：名词解释 section after the plan defining terms (放管服, 枫桥经验, 合法性审查 …)
            b background   a long 政策背景 passage on national policy after the opening (no fact about the unit)
            c contents     a 目录 listing every heading with page numbers, after the title
            o 总体情况      the opening paragraph repeated as a 总体情况 paragraph at the start of every required part

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


H = _load("panel_h_make_docs", HERE.parent / "panel-h" / "make_docs.py")
G = H.G
G.DEV = DEV
SPANS, body_index, sents_of, is_sublead, insert_after, is_heading = (
    G.SPANS, G.body_index, G.sents_of, G.is_sublead, G.insert_after, G.is_heading)
rewrite_measures, topic_of, COUNT, DATE = H.rewrite_measures, H.topic_of, H.COUNT, H.DATE
SENT, LEAD, PAST = G.SENT, G.LEAD, G.PAST
MONEY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?元")
PCT = re.compile(r"\d+(?:\.\d+)?%")


def level(src: str) -> str:
    w = G.self_word(src)
    return w[1:] if w != "我们" else "镇"


def upper(src: str) -> str:
    issuer = re.sub(r"(人民政府|党委|政府)$", "", G.label(src).get("issuer") or "")
    parent = re.findall(r"[^省市区县镇乡]{1,4}(?:市|区|县)", issuer)
    if issuer.endswith(("镇", "乡")):
        return parent[-1] if parent else "区"
    return "市"


def clause(s: str) -> str:
    c = re.split(r"[，,；;。：:]", DATE.sub("", s))[0]
    c = re.sub(r"《[^》]*》|“[^”]*”|[(（][^)）]*[)）]", "", c)
    c = COUNT.sub("", MONEY.sub("", PCT.sub("", c)))
    c = re.sub(r"(?:共|累计|已|了)?\d+(?:\.\d+)?", "", c)
    c = re.sub(r"(?:这个|这一|的|等|共|中)+$", "", c)
    c = re.sub(r"^(?:我镇|我县|全镇|全县|镇党委、政府|县委、县政府|镇党委|镇政府)", "", c)
    c = re.sub(r"^(?:坚持|强化|深化|加强|推进|完善|全面|持续|严格|积极|大力|深入|紧扣|聚焦|通过|结合|充分|进一步|不断|切实|扎实)+", "", c)
    return c.strip()


# ---------- A principles ----------
PRINCIPLE = ["始终坚持{c}的工作理念，注重系统谋划、整体推进。",
             "坚持把{c}作为一项基础性、经常性工作来抓，始终注重抓常抓长。",
             "注重{c}，坚持问题导向和目标导向相统一。",
             "始终坚持以人民为中心，注重在{c}中体现公平正义。"]


def method_A(lines, src, rng):
    k0 = rng.randrange(len(PRINCIPLE))

    def f(s, k, lead):
        c = clause(s)
        if len(c) < 4 or c[0] in "的和与及在了":
            c = topic_of(lead)
        return PRINCIPLE[(k + k0) % len(PRINCIPLE)].format(c=c)
    return rewrite_measures(lines, src, f)


# ---------- R rates only ----------
RATE = ["，实现全覆盖", "，办结率100%", "，覆盖率达100%", "，群众满意率100%", "，做到应收尽收、应办尽办"]


def rate_line(line: str, k: int) -> tuple[str, int]:
    parts = re.split(r"([，,；;。：:])", line)
    for j in range(0, len(parts), 2):
        c = parts[j]
        had = bool(COUNT.search(c) or MONEY.search(c))
        c2 = MONEY.sub("", COUNT.sub("", c))
        c2 = re.sub(r"(下降|增长|上升|提高|减少|降低)了?\d+(?:\.\d+)?(?:%|个百分点)", r"\1明显", c2)
        c2 = PCT.sub("100%", c2)
        c2 = re.sub(r"(?:共|累计|达|计|约|近|超)(?=$|[，,])", "", c2)
        c2 = re.sub(r"(?:共计|累计|共有|达到|合计|总计)$", "", c2)
        if had and c2.count("“") == c2.count("”") and not re.search(r"率", c2):
            c2 = c2 + RATE[k % len(RATE)]
            k += 1
        parts[j] = c2
    return "".join(parts), k


def method_R(lines, src, rng):
    out = list(lines)
    k = rng.randrange(len(RATE))
    idx = body_index(lines, src, "measures") + [i for i in G.span_lines(src, "leaders")
                                                 if lines[i].strip() and not is_heading(lines[i])]
    for i in sorted(set(idx)):
        out[i], k = rate_line(out[i], k)
    return out


# ---------- M attended meetings ----------
def attended(src: str, k: int) -> str:
    up, lv = upper(src), level(src)
    head = "县委、县政府主要负责同志" if lv == "县" else "镇党委书记、镇长"
    up2 = "市" if lv == "县" else up
    items = [f"{{m1}}月出席{up2}委全面依法治{up2[-1]}委员会会议", f"{{m2}}月参加{up2}法治政府建设工作推进会",
             f"{{m3}}月列席{up2}政府常务会议会前学法活动", f"{{m4}}月出席全{lv}法治教育培训班开班仪式",
             f"{{m5}}月参加{up2}“八五”普法中期评估座谈会", f"{{m6}}月出席“宪法宣传周”启动仪式"]
    r = random.Random(f"panel-i-attend-{src}-{k}")
    ms = sorted(r.sample(range(1, 13), 4))
    pick = r.sample(items, 4)
    pick = [p.format(m1=ms[0], m2=ms[1], m3=ms[2], m4=ms[3], m5=ms[1], m6=ms[3]) for p in pick]
    pick = [re.sub(r"^\d+月", f"{m}月", p) for p, m in zip(pick, ms)]
    return f"{head}" + "，".join(pick) + "，并按要求参加了会议全过程。"


def method_M(lines, src, rng):
    out = list(lines)
    k = 0
    for i in [j for j in G.span_lines(src, "leaders") if lines[j].strip() and not is_heading(lines[j])]:
        indent, lead, rest = sents_of(out[i])
        if not lead:
            sents = [s for s in SENT.split(out[i].strip()) if s]
            m = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+是)[^。]*?。", out[i].strip())
            lead = m.group(0) if m else ""
        out[i] = indent + lead + attended(src, k)
        k += 1
    return out


# ---------- 不足 items (shared splitter for H and W) ----------
def rewrite_items(lines, src, fn):
    """fn(problem, k) -> replacement of the whole item after its marker; flat paragraphs are cut into problems."""
    out = list(lines)
    k = 0
    for i in body_index(lines, src, "shortcomings"):
        text = out[i]
        if not re.search(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]", text):
            head = re.match(r"(.*?(?:主要是|主要表现在|主要体现在|如下|：|:))(.*)$", text)
            pre, body = (head.group(1), head.group(2)) if head else ("", text)
            probs = [p.strip() for p in re.split(r"[;；。]", re.sub(r"等。?$", "", body)) if p.strip()]
            new = []
            for p in probs:
                p = re.split(r"[,，]", p)[0]
                if len(p) >= 4:
                    new.append(fn(p, k))
                    k += 1
            out[i] = pre + "".join(new)
            continue
        items = re.split(r"(?=[一二三四五六七八九十]+是)|(?=^\s*[（(][一二三四五六七八九十]+[)）])", text)
        new = []
        for it in items:
            if not it:
                continue
            m = re.match(r"(\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]))([^。；;，,]*)", it)
            if not m:
                new.append(it)
                continue
            new.append(m.group(1) + fn(m.group(2).strip(), k))
            k += 1
        out[i] = "".join(new)
    return out


WEAK = re.compile(r"(?:还|仍|尚)?(?:尚未(?:完全)?(?:形成|建立|到位)|有待(?:进一步)?(?:加强|提高|提升|夯实|完善|增强)|不够(?:高|强|完善|到位|深入)?|不足|欠缺|不强|不高|较弱|偏弱|薄弱|存在短板)$")


def frame_H(src, rng):
    lv = level(src)
    up = upper(src) if lv != "县" else "市"
    frames = ["{t}虽已走在全{up}前列，但与群众日益增长的期待相比仍有提升空间。",
              "随着{t}成效日益显现，群众和企业的需求快速增长，工作任务成倍增加，现有力量长期满负荷运转。",
              "在{t}方面，我们自我加压、标准定得较高，对标先进地区最好水平，还有进一步提升的空间。"]
    k0 = rng.randrange(len(frames))

    def fn(p, k):
        t = WEAK.sub("", p).strip() or p
        t = re.sub(r"^(?:部分|个别|少数)", "", t)
        return frames[(k + k0) % len(frames)].format(t=t, up=up)
    return fn


def method_H(lines, src, rng):
    return rewrite_items(lines, src, frame_H(src, rng))


def method_HW(lines, src, rng):
    h = frame_H(src, rng)
    k0 = rng.randrange(len(ATT))
    return rewrite_items(lines, src, lambda p, k: h(p, k) + ATT[(k + k0) % len(ATT)])


ATT = ["究其原因，主要是部分干部思想认识不够到位，对法治政府建设的重要性认识不足。",
       "究其原因，主要是责任意识不够强，主动作为的自觉性还不够高。",
       "究其原因，主要是工作作风还不够扎实，抓落实的劲头还有所欠缺。",
       "究其原因，主要是少数同志存在松劲懈怠思想，学法用法的主动性不强。"]


def method_W(lines, src, rng):
    k0 = rng.randrange(len(ATT))
    return rewrite_items(lines, src, lambda p, k: p + "。" + ATT[(k + k0) % len(ATT)])


# ---------- Q quotations ----------
QUOTES = [
    ("普法|宣传|法治文化|法律明白人", "《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）〉的通知》指出：“全民普法是全面依法治国的长期基础性工作，要坚持把全民普法和守法作为依法治国的长期基础性工作，推动全社会尊法学法守法用法。”"),
    ("决策|审查|规范性文件|制度", "《法治政府建设实施纲要（2021－2025年）》明确指出：“坚持科学决策、民主决策、依法决策，着力实现行政决策程序规定严格落实、决策质量和效率显著提高，切实避免因决策失误产生矛盾纠纷、引发社会风险、造成重大损失。”"),
    ("执法|处罚|综合", "《法治政府建设实施纲要（2021－2025年）》强调：“全面推进严格规范公正文明执法，着力提高执法质量和效能，让人民群众在每一个执法行为中都能看到风清气正、从每一项执法决定中都能感受到公平正义。”"),
    ("公开|监督", "《中华人民共和国政府信息公开条例》规定：“行政机关公开政府信息，应当坚持以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则。”"),
    ("矛盾|调解|信访|纠纷|枫桥|网格", "《法治政府建设实施纲要（2021－2025年）》要求：“坚持和发展新时代‘枫桥经验’，加强行政调解工作，推进人民调解、行政调解、司法调解有机衔接，把矛盾纠纷化解在基层、化解在萌芽状态。”"),
    ("营商|放管服|审批|职能|清单|改革", "《优化营商环境条例》规定：“优化营商环境应当坚持市场化、法治化、国际化原则，以市场主体需求为导向，以深刻转变政府职能为核心，创新体制机制、强化协同联动、完善法治保障。”"),
    ("", "习近平总书记指出：“法治政府建设是全面依法治国的重点任务和主体工程，要率先突破，用法治给行政权力定规矩、划界限，规范行政决策程序，加快转变政府职能。”"),
]
STUDY = ["{me}认真学习领会，深刻把握其精神实质和实践要求。", "{me}结合实际抓好贯彻，确保上级部署落地见效。",
         "{me}始终以此为遵循，全面推动各项要求落到实处。"]


def method_Q(lines, src, rng):
    out = list(lines)
    me = G.self_word(src)
    k = rng.randrange(len(STUDY))
    for i in body_index(lines, src, "measures"):
        indent, lead, rest = sents_of(out[i])
        inner = [s for s in rest if is_sublead(s) or re.match(r"^\d+、", s)]
        heads = [lead] if lead else []
        heads += inner or ([] if lead else [rest[0]] if rest else [])
        new = []
        for h in heads:
            t = h + (out[i] if not lead and not inner else "")
            q = next(q for key, q in QUOTES if not key or re.search(key, h))
            new.append((h if h != lead else "") + q + STUDY[k % len(STUDY)].format(me=me))
            k += 1
        out[i] = indent + lead + "".join(new)
    return out


# ---------- E mottos plan ----------
MOTTO = ["以更高站位、更宽视野、更实举措，锐意进取、担当作为，奋力开创{t}新局面。",
         "坚持守正创新、锚定目标任务，以“起步就是冲刺、开局就是决战”的姿态，推动{t}再上新台阶。",
         "对标一流、争先进位，力争{t}走在前列、作出示范，以优异成绩迎接{y}年各项工作。",
         "大力弘扬“马上就办、真抓实干”的作风，凝心聚力、久久为功，全力谱写{t}新篇章。"]


def method_E(lines, src, rng):
    out = list(lines)
    k0 = rng.randrange(len(MOTTO))
    y = int(re.search(r"20\d\d", SPANS and "\n".join(lines[SPANS[src]['plan'][0] - 2: SPANS[src]['plan'][1]]) or "2025").group(0)) \
        if re.search(r"20\d\d", "\n".join(lines[SPANS[src]['plan'][0] - 2: SPANS[src]['plan'][1]])) else 2025
    k = 0
    for i in body_index(lines, src, "plan"):
        indent, lead, rest = sents_of(out[i])
        subs = [s for s in rest if is_sublead(s)]
        if not lead and not subs:
            c = clause(rest[0]) if rest else "法治政府建设"
            out[i] = indent + MOTTO[(k + k0) % len(MOTTO)].format(t="法治政府建设", y=y)
            k += 1
            continue
        t = topic_of(lead) if lead else "法治政府建设"
        out[i] = indent + lead + MOTTO[(k + k0) % len(MOTTO)].format(t=t, y=y)
        k += 1
    return out


# ---------- padding ----------
GLOSS = {
    "放管服": "“放管服”：简政放权、放管结合、优化服务的简称，是深化行政体制改革、转变政府职能的重要举措。",
    "枫桥经验": "“枫桥经验”：20世纪60年代浙江省诸暨市枫桥镇创造的“发动和依靠群众，坚持矛盾不上交，就地解决”的基层社会治理经验。",
    "合法性审查": "合法性审查：行政机关在作出重大行政决策、制定行政规范性文件前，由合法性审查机构对其制定主体、权限、程序和内容是否合法进行审查的制度。",
    "规范性文件": "行政规范性文件：除国务院的行政法规、决定、命令以及部门规章和地方政府规章外，由行政机关依照法定权限、程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文。",
    "三项制度": "行政执法“三项制度”：行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
    "八五": "“八五”普法：全国第八个五年法治宣传教育规划（2021－2025年）的简称。",
    "法律顾问": "法律顾问：为党政机关提供法律咨询、参与重大决策合法性论证、审核合同和规范性文件的专业法律人员。",
    "网格": "网格化管理：按照一定标准将辖区划分为若干网格，配备网格员，实行精细化、动态化服务管理的基层治理方式。",
    "政务公开": "政务公开：行政机关依法将行政权力运行的依据、过程和结果向社会公开的制度。",
    "营商环境": "营商环境：市场主体在准入、生产经营、退出等过程中涉及的政务环境、市场环境、法治环境、人文环境等有关外部因素和条件的总和。",
    "法律明白人": "“法律明白人”：在村（社区）中培养的具有较好法治素养和一定法律知识、能够发挥示范带头作用的群众骨干。",
    "述法": "述法：党政主要负责人在年终述职中报告履行推进法治建设第一责任人职责情况的制度。",
    "综合": "“大综合一体化”：以综合行政执法为核心，推进执法职能、执法力量、执法监管整合的行政执法体制改革。",
}
BACKGROUND = [
    "政策背景：党的十八大以来，以习近平同志为核心的党中央把全面依法治国纳入“四个全面”战略布局，作出一系列重大决策部署，"
    "法治政府建设取得重大进展。党的二十大报告强调，法治政府建设是全面依法治国的重点任务和主体工程，要转变政府职能，"
    "优化政府职责体系和组织结构，推进机构、职能、权限、程序、责任法定化，提高行政效率和公信力。",
    "2021年8月，中共中央、国务院印发《法治政府建设实施纲要（2021－2025年）》，明确提出到2025年政府行为全面纳入法治轨道，"
    "职责明确、依法行政的政府治理体系日益健全，行政执法体制机制基本完善，行政执法质量和效能大幅提升，突发事件应对能力显著增强，"
    "各地区各层级法治政府建设协调并进，更多地区实现率先突破，为到2035年基本建成法治国家、法治政府、法治社会奠定坚实基础。",
    "2019年5月，中共中央办公厅、国务院办公厅印发《法治政府建设与责任落实督察工作规定》，要求县级以上地方各级政府每年第一季度"
    "向同级党委、人大常委会和上一级政府报告上一年度法治政府建设情况，并通过报刊、政府网站等向社会公开。这一制度安排，"
    "对于压实法治建设责任、推动法治政府建设各项任务落地见效具有重要意义。",
]


def headings(lines):
    return [re.sub(r"\s+", "", l) for l in lines if is_heading(l) and LEAD.match(l.strip()) or
            (is_heading(l) and re.match(r"^\s*[一二三四五六七八九十]+、", l))]


def method_pad(lines, src, rng, which):
    after, before = {}, {}
    opening = next(i for i, l in enumerate(lines) if len(l.strip()) > 60)
    if "g" in which:
        text = "\n".join(lines)
        terms = [v for k, v in GLOSS.items() if k in text]
        for v in GLOSS.values():
            if len(terms) >= 8:
                break
            if v not in terms:
                terms.append(v)
        last = SPANS[src]["plan"][1] - 1
        after.setdefault(last, []).extend(["附：名词解释"] + [f"{n}. {t}" for n, t in enumerate(terms[:10], 1)])
    if "b" in which:
        after.setdefault(opening, []).extend(BACKGROUND)
    if "c" in which:
        hs = []
        for l in lines:
            s = l.strip()
            if is_heading(s) and (re.match(r"^[一二三四五六七八九十]+、", s) or re.match(r"^[（(][一二三四五六七八九十]+[)）]", s)):
                hs.append(s)
        toc = ["目  录"] + [("    " if s.startswith(("（", "(")) else "") + s + "……" + str(1 + n // 3)
                            for n, s in enumerate(hs)]
        title = next(i for i, l in enumerate(lines) if "法治政府建设" in l and is_heading(l)) if any(
            "法治政府建设" in l and is_heading(l) for l in lines[:6]) else None
        if title is not None and title < opening:
            after.setdefault(title, []).extend(toc)
        else:
            before.setdefault(opening, []).extend(toc)
    if "o" in which:
        op = lines[opening].strip()
        for p in ("measures", "leaders", "shortcomings", "plan"):
            h = SPANS[src][p][0] - 1
            para = "总体情况：" + op
            (after if is_heading(lines[h]) else before).setdefault(h, []).append(para)
    return insert_after(lines, after, before)


PLAN = [
    ("seed-000", "complete", "", "untouched"),
    ("seed-001", "complete", "", "untouched"),
    ("seed-002", "complete", "", "untouched"),
    ("seed-003", "complete", "", "untouched"),
    ("seed-004", "complete", "", "untouched"),
    ("seed-000", "hollow", "A", "measures told as general principles (坚持/始终/注重), no figure, name or date"),
    ("seed-001", "hollow", "RM", "counts removed, rates of 100%/全覆盖 only; leaders' part a list of meetings attended"),
    ("seed-001", "hollow", "HW", "不足 as praise in disguise; causes attitudes only"),
    ("seed-002", "hollow", "Q", "measures replaced by long quotations of national policy documents"),
    ("seed-003", "hollow", "EM", "plan made of next year's mottos; leaders' part a list of meetings attended"),
    ("seed-004", "hollow", "RW", "counts removed, rates of 100%/全覆盖 only; causes attitudes only"),
    ("seed-000", "padded", "g", "附：名词解释 glossary after the plan"),
    ("seed-002", "padded", "b", "政策背景 passage on national policy after the opening"),
    ("seed-003", "padded", "o", "the opening repeated as 总体情况 at the start of every part"),
    ("seed-004", "padded", "cg", "目录 with page numbers and a 名词解释 glossary"),
]


def build(src, kind, methods, rng):
    text = (DEV / f"{src}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if kind == "complete":
        return text
    if kind == "hollow":
        fns = {"A": method_A, "R": method_R, "M": method_M, "H": method_H, "W": method_W, "Q": method_Q, "E": method_E}
        if "H" in methods and "W" in methods:
            lines = method_HW(lines, src, rng)
            methods = methods.replace("H", "").replace("W", "")
        for m in methods:
            lines = fns[m](lines, src, rng)
        return "\n".join(lines)
    return "\n".join(method_pad(lines, src, rng, methods))


def main():
    ids = [f"p{n:02d}" for n in range(1, len(PLAN) + 1)]
    random.Random("panel-i-ids").shuffle(ids)
    manifest = {}
    for pid, (src, kind, methods, note) in zip(ids, PLAN):
        rng = random.Random(f"panel-i-{pid}")
        text = build(src, kind, methods, rng)
        (OUT / f"{pid}.txt").write_text(text, encoding="utf-8")
        n0 = len((DEV / f"{src}.txt").read_text(encoding="utf-8"))
        manifest[pid] = {"source": src, "kind": kind, "methods": methods or "-", "what": note,
                         "level": "county" if src == "seed-004" else "township",
                         "chars": len(text), "ratio_to_source": round(len(text) / n0, 2)}
    (OUT / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
