#!/usr/bin/env python3
"""Kind set h: real reports made unusual (must stay reports, with the right issuer / level / report year and,
where the edit sets it, publishing date) and look-alikes of genres no earlier set used (must be refused or
flagged).  First sight: written without reading fzscore's code, rubrics or data.

Reuses kind set a's loading and helpers, set b's sentence helpers and sets f / g's helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; issuer / level / report_year (/ publish_date) as the case's expectation says
  (a list accepts any of its items; a missing key is not asserted);
- "like": is_report false, or true with at least one entry in document.review_notes.

    python3 kind_edits_h.py --list           # the cases of the stored split's seed
    python3 kind_edits_h.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _s in ("kind-a", "kind-b", "kind-f", "kind-g"):
    sys.path.insert(0, os.path.join(HERE, "..", _s))
import kind_edits_a as A  # noqa: E402
import kind_edits_b as B  # noqa: E402
import kind_edits_f as F  # noqa: E402
import kind_edits_g as G  # noqa: E402

load_docs, issuer, core, lw, parent, rng_for, person = A.load_docs, A.issuer, A.core, A.lw, A.parent, A.rng_for, A.person
body_sentences, heads_of, cn_num, we_to = A.body_sentences, A.heads_of, A.cn_num, A.we_to
own_sents = B.own_sents
_ok, _exp, _cut, _report_part, _ss, _cn_year = F._ok, F._exp, F._cut, F._report_part, F._ss, F._cn_year
DATED, DATE_LINE = F.DATED, F.DATE_LINE
_tasks, _third, _shortfalls, _no_dates = G._tasks, G._third, G._shortfalls, G._no_dates


# ================================================================ keep
def k_keep_sign_yuanyue(d):
    """The page's date lines removed; the text closed by the issuer and `二〇二五年元月十二日` (元月 for January,
    the year after the report year, Chinese numerals)."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    t = _cut("\n".join(_no_dates(above + title + rest)), d).rstrip()
    y1, day = d["year"] + 1, rng_for(d, "yy").randint(6, 28)
    return (t + f"\n\n{F.sig_name(d)}\n{_cn_year(y1)}年元月{cn_num(day)}日\n",
            _exp(d, publish_date=[None, f"{y1}-01-{day:02d}"]))


TRAD = dict(zip("县区镇乡关于设况报务门监场资发为进实执农业环卫计审统财税员会党办处厅总结级划规体广东华苏龙阳宁丰汉兴长庆乐云凤历边沟湾滨济岭峡陕辽吴贵冈张杨刘陈郑黄尔鸡马桥宝义丽开阴庄盐齐临罗随坝头卢邓叶钟铁银铜锡应态产经营营荣温广岛湖泽兰贤",
                "縣區鎮鄉關於設況報務門監場資發為進實執農業環衛計審統財稅員會黨辦處廳總結級劃規體廣東華蘇龍陽寧豐漢興長慶樂雲鳳歷邊溝灣濱濟嶺峽陝遼吳貴岡張楊劉陳鄭黃爾雞馬橋寶義麗開陰莊鹽齊臨羅隨壩頭盧鄧葉鍾鐵銀銅錫應態產經營營榮溫廣島湖澤蘭賢"))


def trad(s):
    return "".join(TRAD.get(c, c) for c in s)


def k_keep_title_traditional(d):
    """The title line(s) in traditional script (縣, 區, 鎮, 關於, 設, 況, 報 …); the body unchanged."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    nt = [trad(l) for l in title]
    if nt == title:
        return None
    names = d["issuers"] + [trad(n) for n in d["issuers"]]
    return "\n".join(above + nt + rest), _exp(d, issuers=names)


def k_keep_two_pages(d):
    """A web page split in two: after about half of the body `第1页／共2页　　下一页`, the second page opening with the
    title again and `（第2页）`, and closing with `上一页　　第2页／共2页`."""
    if not _ok(d, 6):
        return None
    above, title, rest = _report_part(d)
    body = _cut("\n".join(rest), d).split("\n")
    idx = [i for i, l in enumerate(body) if l.strip()]
    if len(idx) < 6:
        return None
    h = idx[len(idx) // 2]
    tl = " ".join(x.strip() for x in title)
    t = ("\n".join(above + title + body[:h]) + "\n\n第1页／共2页　　下一页\n\n" + tl + "（第2页）\n\n"
         + "\n".join(body[h:]).rstrip() + "\n\n上一页　　第2页／共2页\n")
    return t, _exp(d)


_HP = {",": "，", ".": "。", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
HALF = {v: k for k, v in _HP.items()}
HALF.update({"“": '"', "”": '"', "、": ","})


def k_keep_halfwidth_punct(d):
    """Every Chinese full-width punctuation mark turned into its ASCII form (，→, 。→. ：→: （）→() “”→" 、→,), as
    from an input method left in English-punctuation mode."""
    if not _ok(d):
        return None
    return "".join(HALF.get(c, c) for c in d["text"]), _exp(d)


TOPH = re.compile(r"^(\s*)([一二三四五六七八九十]{1,3}[、．.]\s*\S.{1,40})$")


def k_keep_heads_bracketed(d):
    """The top-level headings in black lenticular brackets: `【一、…】`."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    n = 0
    out = []
    for l in rest:
        m = TOPH.match(l)
        if m and not m.group(2).rstrip().endswith("。"):
            out.append(f"{m.group(1)}【{m.group(2).strip()}】")
            n += 1
        else:
            out.append(l)
    if n < 2:
        return None
    return "\n".join(above + title + out), _exp(d)


def k_keep_town_dangwei_zhengfu(d):
    """A town's report whose title names only `党委政府`, no place: `党委政府关于{Y}年度法治政府建设情况的报告`; the
    town is named in the body only."""
    if not _ok(d) or d["level"] != "township":
        return None
    c = core(d)
    above, title, rest = _report_part(d)
    if c not in "\n".join(rest) or c in "\n".join(above):
        return None
    return B._retitle(d, f"党委政府关于{d['year']}年度法治政府建设情况的报告"), _exp(d)


# ================================================================ like
def _court(d):
    if d["level"] == "county":
        return core(d) + "人民法院"
    if d["level"] == "city" and core(d).endswith("市"):
        return core(d) + "中级人民法院"
    p = parent(d)
    return p + "人民法院" if len(p) >= 2 else None


def k_like_sifa_jianyi(d):
    """A court's 司法建议书 to the unit after an administrative case: 本院在审理…中发现, the report's sentences in
    the third person, its shortfalls, 建议, reply within two months, dated."""
    ct = _court(d)
    ss = [_third(s, d) for s in own_sents(d, 4)]
    sf = _shortfalls(d)
    if not ct or len(ss) < 3:
        return None
    r = rng_for(d, "sj")
    y1, sig = d["year"] + 1, F.sig_name(d)
    return (f"{ct}\n司法建议书\n（{y1}）{lw(d)}法司建{r.randint(1, 19)}号\n\n{sig}：\n"
            f"　　本院在审理原告{person(d, 'sj1')}诉被告{sig}行政处罚一案中，对该{lw(d)}依法行政情况进行了了解。"
            + "".join(ss[:3]) + "\n"
            f"　　但本院同时发现以下问题：" + ("".join(sf) or "个别执法人员程序意识不强，告知、送达等环节不够规范。") + "\n"
            "　　为此，根据《中华人民共和国行政诉讼法》相关规定，本院提出如下建议：\n"
            "　　一、进一步规范行政执法程序，严格落实行政执法“三项制度”。\n"
            "　　二、加强执法人员法律知识培训，提升依法行政能力。\n"
            "　　三、认真落实行政机关负责人出庭应诉制度。\n"
            "　　请在收到本司法建议书之日起两个月内将落实情况书面回复本院。\n\n"
            f"{ct}\n{y1}年{r.randint(1, 6)}月{r.randint(1, 28)}日\n")


def k_like_jianbao(d):
    """A 法治政府建设工作简报 issue (第N期, 编 line, dated in the report year): three short news items made of the
    report's sentences, each headed, and a 报 / 送 / 发 distribution line."""
    ss = _ss(d, 9)
    if len(ss) < 6:
        return None
    c, y, r = core(d), d["year"], rng_for(d, "jb")
    items = []
    for i in range(3):
        s = ss[i * 2]
        head = next((x for x in re.split(r"[，,；;。]", s) if 6 <= len(x) <= 24), s[:18])
        items.append(f"【{head}】\n　　近日，" + ss[i * 2] + ss[i * 2 + 1])
    return (f"法治政府建设工作简报\n第{r.randint(3, 12)}期\n\n{c}全面依法治{lw(d) if len(lw(d)) == 1 else '区'}委员会办公室编"
            f"　　　　{y}年{r.randint(7, 11)}月{r.randint(1, 28)}日\n\n本期导读\n"
            + "\n".join(f"{i + 1}．" + it.split("\n")[0].strip("【】") for i, it in enumerate(items)) + "\n\n"
            + "\n\n".join(items) + f"\n\n报：{parent(d)}委依法治{parent(d)[-1:] or '市'}办\n送：{c}领导班子成员\n发：各有关单位\n")


def k_like_xxgk_shenqing(d):
    """A citizen's 政府信息公开申请表 asking for the material behind the report: 申请人 fields, 所需信息 quoting
    three of the report's sentences, 获取方式 boxes, signature and date."""
    ss = [_third(s, d) for s in own_sents(d, 3)]
    if len(ss) < 3:
        return None
    y, r = d["year"], rng_for(d, "xs")
    return (f"{F.sig_name(d)}政府信息公开申请表\n\n申请人信息\n姓名：{person(d, 'xs')}　　证件类型：居民身份证\n"
            f"联系电话：1{r.randint(3, 9)}{r.randint(100000000, 999999999)}　　通讯地址：{parent(d)}人民路{r.randint(1, 200)}号\n\n"
            f"所需政府信息情况\n所需信息名称：{issuer(d)}{y}年度法治政府建设情况及相关佐证材料\n所需信息内容描述：\n"
            + "\n".join(f"　　{i + 1}．贵单位公开称“{s}”，请提供与此相关的文件、台账及数据来源。" for i, s in enumerate(ss))
            + "\n所需信息用途：学术研究\n\n获取信息方式：□邮寄　■电子邮件　□当面领取\n是否申请减免费用：□是　■否\n\n"
            f"申请人签名：{person(d, 'xs')}\n申请时间：{y + 1}年{r.randint(2, 9)}月{r.randint(1, 28)}日\n")


def k_like_jiaoan(d):
    """A 党校 teacher's 教案 on the unit's rule-of-law government work: 课题, 授课对象, 教学目的, 教学重点, 教学过程
    (导入, 讲授 by the report's headings with its sentences as case material, 讨论, 小结), 课时."""
    hs = [re.sub(r"^\s*[一二三四五六七八九十]+\s*[、.．]", "", h) for h in heads_of(d, top_only=True)]
    hs = [h for h in hs if 2 <= len(h) <= 30][:3]
    ss = [_third(s, d) for s in own_sents(d, 6)]
    if len(hs) < 2 or len(ss) < 4:
        return None
    c, y = core(d), d["year"]
    body = "\n".join(f"　　（{cn_num(i + 1)}）{h}\n　　案例材料：{ss[i * 2] if i * 2 < len(ss) else ss[0]}" for i, h in enumerate(hs))
    return (f"教　案\n\n课题：法治政府建设的基层实践——以{c}为例\n授课对象：{parent(d)}委党校{y + 1}年春季主体班学员\n"
            f"授课教师：{person(d, 'ja')}\n课时：2课时（90分钟）\n\n教学目的：使学员了解法治政府建设的主要任务，掌握依法行政的基本要求。\n"
            f"教学重点：{'、'.join(hs)}。\n教学难点：如何把法治要求落实到基层日常工作中。\n\n教学过程：\n"
            f"一、导入（10分钟）\n　　提问：什么是法治政府？请学员结合本单位工作谈谈理解。\n二、讲授（50分钟）\n{body}\n"
            "三、分组讨论（20分钟）\n　　讨论题：结合上述案例，谈谈本单位在依法行政方面还有哪些可以改进之处。\n"
            "四、小结（10分钟）\n　　教师归纳要点，布置课后阅读《法治政府建设实施纲要（2021—2025年）》。\n\n教学反思：\n　　（课后填写）\n")


def k_like_liuyan_huifu(d):
    """A 领导留言板 thread: a citizen's question about a claim in the unit's report (quoted), and the unit's reply
    made of the report's sentences."""
    ss = _ss(d, 6)
    if len(ss) < 4:
        return None
    c, y, r = core(d), d["year"], rng_for(d, "ly")
    q = _third(ss[0], d)
    y1 = y + 1
    return (f"留言板\n\n留言标题：关于{c}{y}年度法治政府建设年度报告有关内容的咨询\n留言对象：{F.sig_name(d)}\n"
            f"留言人：网友{r.randint(100000, 999999)}\n留言时间：{y1}-{r.randint(4, 6):02d}-{r.randint(1, 28):02d} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}\n"
            f"留言内容：\n　　我看到报告里说“{q}”，想问一下具体是怎么做的？普通群众如何参与和监督？\n\n"
            f"回复单位：{issuer(d)}\n回复时间：{y1}-{r.randint(7, 9):02d}-{r.randint(1, 28):02d}\n回复内容：\n　　网友您好！感谢您对我{lw(d)}法治政府建设工作的关注。现答复如下：\n"
            + "\n".join("　　" + s for s in ss[1:4]) + "\n　　欢迎您继续通过本平台提出意见建议。\n\n满意度评价：满意\n")


def k_like_baipishu(d):
    """A court's 行政审判白皮书 for the year: 收结案 figures, the unit (among others) as defendant, 负责人出庭应诉,
    the report's sentences in the third person as 行政机关的进步, shortfalls as 问题, 对策建议."""
    ct = _court(d)
    ss = [_third(s, d) for s in own_sents(d, 4)]
    if not ct or len(ss) < 3:
        return None
    y, r = d["year"], rng_for(d, "bp")
    n = r.randint(120, 600)
    return (f"{ct}行政审判白皮书\n（{y}年度）\n\n一、行政案件收结案基本情况\n"
            f"　　{y}年，本院共受理一审行政案件{n}件，审结{n - r.randint(5, 30)}件，行政机关败诉率{r.randint(3, 15)}.{r.randint(0, 9)}%。"
            f"行政机关负责人出庭应诉率达{r.randint(85, 100)}%。\n二、行政机关依法行政的积极变化\n　　"
            + "".join(ss[:3]) + "\n三、行政执法中存在的主要问题\n　　"
            + ("".join(_shortfalls(d)) or "部分行政机关执法程序不规范，证据收集不充分。")
            + "\n四、对策建议\n　　（一）强化程序意识。\n　　（二）规范行政复议与应诉工作。\n　　（三）深化府院联动机制。\n\n"
            f"{ct}\n{y + 1}年{r.randint(4, 6)}月\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_sign_yuanyue": k_keep_sign_yuanyue,
    "keep_title_traditional": k_keep_title_traditional,
    "keep_two_pages": k_keep_two_pages,
    "keep_halfwidth_punct": k_keep_halfwidth_punct,
    "keep_heads_bracketed": k_keep_heads_bracketed,
    "keep_town_dangwei_zhengfu": k_keep_town_dangwei_zhengfu,
}
LIKE = {
    "like_sifa_jianyi": k_like_sifa_jianyi,
    "like_jianbao": k_like_jianbao,
    "like_xxgk_shenqing": k_like_xxgk_shenqing,
    "like_jiaoan": k_like_jiaoan,
    "like_liuyan_huifu": k_like_liuyan_huifu,
    "like_baipishu": k_like_baipishu,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 5 for k in KINDS}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; one complete dev report first (where the kind accepts one), then the rest."""
    docs = _DOCS()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        n = 0
        for rel in full[:1] + rest + full[1:]:
            text, exp = _run(kind, docs[rel])
            if text is None or text == docs[rel]["text"]:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "expect": exp})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_text(case, docs=None):
    docs = docs or _DOCS()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-h.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = _DOCS()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(_run(kind, docs[rel])[0])
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
