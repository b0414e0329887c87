#!/usr/bin/env python3
"""Kind set m: does fzscore ever refuse a real annual 法治政府建设 report?  Real reports made harder in ways a real
page or file is (must stay reports, with the right title / issuer / level / report year where the edit keeps
them) and two look-alike controls (must be refused or flagged).  First sight: written without reading fzscore's
code, rubrics or data.

Reuses kind set l's helpers (and through them sets a / b / f / g / i / j / k), imported, not edited.  Every case
is built in code from a real labelled report.

    python3 kind_edits_m.py --list           # the cases of the stored split's seed
    python3 kind_edits_m.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-l"))
import kind_edits_l as L  # noqa: E402

K, A, J, B = L.K, L.A, L.J, L.B
load_docs, core, lw, parent, rng_for, person = L.load_docs, L.core, L.lw, L.parent, L.rng_for, L.person
cn_num, we_to, norm = L.cn_num, L.we_to, L.norm
own_sents, _ok, _exp, _report_part = L.own_sents, L._ok, L._exp, L._report_part
sig_name, _third, _no_dates, _tasks, _paras, _date = L.sig_name, L._third, L._no_dates, L._tasks, L._paras, L._date
_tx, _ex, _drop_sig, _body_lines = L._tx, L._ex, L._drop_sig, L._body_lines
pw = B.pw


def _cut_full(lines):
    """The lines joined and cut after the last full stop (pages are often cut mid-sentence)."""
    t = "\n".join(l for l in lines if l.strip())
    i = t.rfind("。")
    return t[: i + 1] if i > 0 else t


def _clean_body(d):
    """The body after the title: dated and signature lines dropped, cut at the last full stop."""
    return _cut_full(_body_lines(d))


def _names(d):
    return sorted({n for n in d["issuers"] + [core(d), sig_name(d)] if len(n) >= 2}, key=len, reverse=True)


# ================================================================ keep
def k_keep_newslead_untitled(d):
    """No title and nothing above it: the page opens with a two-sentence news lead (`本网讯　…近日，{unit}向社会公开
    了{Y}年度法治政府建设工作情况。…`), then the report's body.  Title not asserted."""
    if not _ok(d, 6):
        return None
    body = _clean_body(d)
    if len(body) < 400:
        return None
    r = rng_for(d, "nl")
    lead = (f"　　本网讯（通讯员　{person(d, 'nl')}）近日，{sig_name(d)}在门户网站向社会公开了{d['year']}年度法治政府建设"
            f"工作情况。{r.choice(['一年来', '过去一年', '据悉'])}，各项工作稳步推进，全文如下。")
    return lead + "\n" + body + "\n", _exp(d)


def k_keep_one_paragraph(d):
    """The title on its own line, then the whole body (headings included) run together into one paragraph with no
    line breaks, as a careless copy from a PDF gives it; lines above the title dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    body = "".join(l.strip() for l in _drop_sig(_no_dates(rest), d) if l.strip())
    if len(body) < 400:
        return None
    return "\n".join(title + [body]) + "\n", _ex(d, _tx(d, []))


def k_keep_no_headings(d):
    """Every heading line (一、… / （一）… / short lines with no full stop) removed: only paragraphs remain after the
    title; lines above the title dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    lines = [l for l in _no_dates(rest) if l.strip()]
    kept = [l for l in lines if not (A.is_head(l.strip()) or (len(l.strip()) < 30 and "。" not in l))]
    if len(kept) == len(lines) or len("".join(kept)) < 400:
        return None
    return "\n".join(title + kept) + "\n", _ex(d, _tx(d, []))


def k_keep_measures_only(d):
    """The parts on shortfalls (存在的问题 / 不足) and on next year's plan (下一步 / 工作打算) removed: the text stops
    before the first such top-level heading; only measures remain.  Lines above the title dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    rest = _no_dates(rest)
    cut = next((i for i, l in enumerate(rest) if A.TOP.match(l) and len(l.strip()) < 60
                and (A.SHORT_HEAD.search(l) or A.PLAN_HEAD.search(l))), None)
    if cut is None:
        return None
    kept = _cut_full(rest[:cut])
    if len(kept) < 400:
        return None
    return "\n".join(title + [kept]) + "\n", _ex(d, _tx(d, []))


def k_keep_township_short(d):
    """A township's short report: title + the body cut at the last full stop within about 600 characters, signed
    by the township and dated; lines above the title dropped."""
    if d["level"] != "township" or not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    body = "\n".join(l for l in _drop_sig(_no_dates(rest), d) if l.strip())
    if len(body) < 700:
        return None
    cut = body[:600]
    cut = cut[: cut.rfind("。") + 1]
    if len(cut) < 350:
        return None
    y, m, day = _date(d, "ts")
    return "\n".join(title + [cut, "", sig_name(d), f"{y}年{m}月{day}日"]) + "\n", _ex(d, _tx(d, []))


PREAMBLE = [
    "　　党的二十大报告指出：“扎实推进依法行政。法治政府建设是全面依法治国的重点任务和主体工程。转变政府职能，优化政府职责"
    "体系和组织结构，推进机构、职能、权限、程序、责任法定化，提高行政效率和公信力。”",
    "　　党的二十届三中全会《决定》提出：“深入推进依法行政。推进政府机构、职能、权限、程序、责任法定化，促进政务服务标准化、"
    "规范化、便利化。完善重大决策、规范性文件合法性审查机制。加强政府立法审查。深化行政执法体制改革，完善基层综合执法体制机制，"
    "健全行政执法监督体制机制。”",
    "　　《中华人民共和国宪法》第五条规定：“一切国家机关和武装力量、各政党和各社会团体、各企业事业组织都必须遵守宪法和法律。"
    "一切违反宪法和法律的行为，必须予以追究。任何组织或者个人都不得有超越宪法和法律的特权。”",
    "　　《法治政府建设与责任落实督察工作规定》明确，县级以上地方各级政府每年第一季度要向同级党委、人大常委会和上一级政府报告"
    "上一年度法治政府建设情况，政府部门每年第一季度要向本级党委和政府、上一级政府有关部门报告上一年度法治政府建设情况。",
]


def k_keep_policy_preamble(d):
    """Under the title, four paragraphs quoting policy texts (the 二十大 report, the 三中全会 决定, the Constitution's
    article 5, the 督察工作规定 on annual reports; ~600 characters, fixed), then the report as on the page after its
    title.  Lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    return "\n".join(title + PREAMBLE + rest) + "\n", _ex(d, _tx(d, []))


def k_keep_reply_notice(d):
    """Framed as the reply to a superior's notice: under the title the addressee (`{parent}全面依法治X委员会办公室：`)
    and `根据《关于做好{Y}年度法治政府建设年度报告工作的通知》要求，现将{unit}{Y}年度法治政府建设情况报告如下：`,
    then the body; signed and dated.  Lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    p = parent(d)
    to = f"{p}全面依法治{pw(d)}委员会办公室：" if d["level"] != "province" else "中央全面依法治国委员会办公室："
    lead = (f"　　根据《关于做好{d['year']}年度法治政府建设年度报告工作的通知》要求，现将{sig_name(d)}{d['year']}年度"
            f"法治政府建设情况报告如下：")
    y, m, day = _date(d, "rn")
    t = title + ["", to, lead, _clean_body(d), "", sig_name(d), f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


MEET = ["{m}月{day}日，{lead}{name}主持召开{unit}常务会议，专题听取法治政府建设工作汇报，研究部署重点任务。",
        "{m}月{day}日，副{lead}{name}带队深入基层，督导检查行政执法和依法行政工作落实情况。",
        "{m}月{day}日，邀请{school}{name}教授作专题法治讲座，班子成员和中层干部参加学习。",
        "{m}月{day}日，司法所所长{name}列席会议，对重大事项作合法性审查说明。",
        "{m}月{day}日，法律顾问{name}律师参与审核合同，提出修改意见。",
        "{m}月{day}日，{lead}{name}带头讲法治课，{name2}、{name3}等同志作交流发言。"]
SCHOOLS = ["省委党校", "市委党校", "政法大学", "师范大学法学院", "财经大学"]


def k_keep_names_dates(d):
    """Written like a meeting record: before up to six of the body's paragraphs a sentence with a date and one or
    two people's names (`3月12日，县长王建国主持召开…`), generated; title kept, lines above dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    lines = [l for l in _drop_sig(_no_dates(rest), d) if l.strip()]
    paras = [i for i, l in enumerate(lines) if len(l.strip()) > 60]
    if len(paras) < 3:
        return None
    r = rng_for(d, "nd")
    lead = A.leader(d)
    for k, i in enumerate(paras[:6]):
        s = MEET[k % len(MEET)].format(m=r.randint(1, 12), day=r.randint(1, 28), lead=lead, unit=lw(d) if A.is_gov(d) else "局",
                                       name=person(d, f"nd{k}"), name2=person(d, f"nd{k}b"), name3=person(d, f"nd{k}c"),
                                       school=r.choice(SCHOOLS))
        lines[i] = "　　" + s + lines[i].strip()
    return "\n".join(title + lines) + "\n", _ex(d, _tx(d, []))


def k_keep_we_only(d):
    """The body never names the unit: every labelled name of it (and 我X / 本X) becomes 我们; the title keeps the
    name; signature lines dropped, lines above the title dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    body = _clean_body(d)
    for n in _names(d):
        body = body.replace(n, "我们")
    body = re.sub(r"[我本](镇|乡|县|区|市|省|局|委|厅|办|街道|旗|州|院|署|中心)", "我们", body)
    body = re.sub(r"(我们){2,}", "我们", body)
    if len(body) < 400 or body == _clean_body(d):
        return None
    return "\n".join(title + [body]) + "\n", _ex(d, _tx(d, []))


def _yifa(s):
    s = re.sub(r"法治政府建设(工作)?", "依法行政工作", s)
    s = s.replace("法治政府", "依法行政").replace("依法行政工作工作", "依法行政工作")
    return s


def k_keep_yifa_only(d):
    """A department's report that says 依法行政 and never 法治政府: 法治政府建设 → 依法行政工作, 法治政府 → 依法行政
    everywhere, the title included (the new title is the expected one, the labelled ones accepted too); lines above
    the title dropped."""
    if d["level"] != "department" or not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    if "法治政府" not in "".join(title):
        return None
    t = _yifa("\n".join(title + rest))
    new = t.split("\n")[: len(title)]
    return t + "\n", _ex(d, _tx(d, ["".join(new)] + new))


# ================================================================ like (controls)
def k_like_notice_tongzhi(d):
    """The superior's notice asking for the reports (not a report): `关于做好{Y}年度法治政府建设年度报告工作的通知`
    from `{parent}全面依法治X委员会办公室` to the units under it: content required (the report's own topics as a
    list: the report's own top-level headings), deadline, 联系人 with a phone number."""
    ss = [re.sub(r"^[一二三四五六七八九十]+[、.．]\s*", "", h).strip("。：: ") for h in A.heads_of(d, top_only=True)]
    ss = [h for h in ss if 4 <= len(h) <= 40][:4]
    if len(ss) < 2 or d["level"] == "province":
        return None
    p = parent(d)
    off = f"{p}全面依法治{pw(d)}委员会办公室"
    r = rng_for(d, "tz")
    y = d["year"]
    t = [f"关于做好{y}年度法治政府建设年度报告工作的通知", "",
         f"各{'乡镇人民政府、街道办事处' if d['level'] == 'township' else '有关单位'}，{p}政府各部门：",
         f"　　为贯彻落实《法治政府建设与责任落实督察工作规定》，做好{y}年度法治政府建设年度报告工作，现将有关事项通知如下：",
         "　　一、报告内容",
         "　　年度报告应当包括上一年度推进法治政府建设的主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人"
         "职责情况、下一年度工作打算等内容。可参考以下方面撰写：",
         ] + [f"　　{i + 1}．{s}" for i, s in enumerate(ss)] + [
         "　　二、报送要求",
         f"　　请于{y + 1}年2月{r.randint(10, 25)}日前将年度报告电子版及盖章扫描件报送{off}，并于3月31日前通过门户网站向社会公开。",
         f"　　联系人：{person(d, 'tz')}，电话：0{r.randint(300, 999)}-{r.randint(2000000, 8999999)}。", "",
         off, f"{y}年12月{r.randint(5, 28)}日"]
    return "\n".join(t) + "\n"


def k_like_changwu_jiyao(d):
    """A government / bureau 常务会议 (办公会议) 纪要 with three 议题, one of which hears the 法治政府建设 report: 时间,
    地点, 主持, 出席 (names), 列席, 记录; per 议题 `会议听取了…` + `会议要求` (the 法治 议题 uses the report's sentences
    in the third person), 分送 line."""
    ss = [_third(s, d) for s in own_sents(d, 4)]
    if len(ss) < 3:
        return None
    c = sig_name(d)
    r = rng_for(d, "jy")
    y = d["year"] + 1
    gov = A.is_gov(d)
    mt = "常务会议" if gov else "局长办公会议"
    names = "、".join(person(d, f"jy{k}") for k in range(5))
    t = [f"{c}{mt}纪要", f"第{r.randint(1, 6)}次", "",
         f"　　时间：{y}年{r.randint(1, 2)}月{r.randint(3, 27)}日上午", f"　　地点：{core(d)}{'政府' if gov else ''}三楼会议室",
         f"　　主持：{person(d, 'jyz')}", f"　　出席：{names}", (f"　　列席：{core(d)}司法{'所' if d['level'] == 'township' else '局'}、办公室负责同志" if gov else "　　列席：政策法规科、办公室负责同志"),
         f"　　记录：{person(d, 'jyj')}", "",
         "　　一、研究春季安全生产工作",
         "　　会议听取了安全生产工作情况汇报。会议要求，各单位要压实责任，开展隐患排查整治，确保节日期间安全形势稳定。",
         "　　二、审议法治政府建设年度情况",
         "　　会议听取了" + c + "上一年度法治政府建设情况的汇报。" + "".join(ss[:2]),
         "　　会议原则同意所报材料，要求按程序报送并向社会公开。" + "".join(ss[2:3]),
         "　　三、研究其他事项",
         f"　　会议研究了项目资金拨付等事项，同意按程序办理。", "",
         f"　　分送：{core(d)}领导班子成员，各{'股室' if not gov else '部门'}。"]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_newslead_untitled": k_keep_newslead_untitled,
    "keep_one_paragraph": k_keep_one_paragraph,
    "keep_no_headings": k_keep_no_headings,
    "keep_measures_only": k_keep_measures_only,
    "keep_township_short": k_keep_township_short,
    "keep_policy_preamble": k_keep_policy_preamble,
    "keep_reply_notice": k_keep_reply_notice,
    "keep_names_dates": k_keep_names_dates,
    "keep_we_only": k_keep_we_only,
    "keep_yifa_only": k_keep_yifa_only,
}
LIKE = {
    "like_notice_tongzhi": k_like_notice_tongzhi,
    "like_changwu_jiyao": k_like_changwu_jiyao,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 6 for k in KINDS}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; one complete dev report first (where the kind accepts one), then the rest."""
    docs = load_docs()
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
    docs = docs or load_docs()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.environ.get("KIND_M_SPLIT") or os.path.join(HERE, "split-m.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(_run(kind, docs[rel])[0])
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
