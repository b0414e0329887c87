"""Kind `round_finding`: what only a whole round shows (copying between reports, last year's follow-through).

Its input is not the document but the facts a round-level analysis (scorer.round.analyses) folds
into the scorecard under `facts.round`. A report scored on its own has none: the check is then
not_applicable, never a silent pass. The weight is the rubric's (default 0: the office decides
whether copying or 整改不力 costs points); the finding is shown either way.

    facts.round.copying   = {"pairs": [{"other_report": name, "issuer": …, "share": 0.3, "lines": [..]}, …]}
    facts.round.previous  = {"matched": bool, "repeated": [{"line", "text", "previous_line", "previous_text"}],
                             "plan_kept": [...], "plan_dropped": [...], "reused_share": 0.6, ...}
"""
from __future__ import annotations

from typing import Any

from scorer.checks.base import SECTION, SHARE, Option, Result, ev, kind, say

FINDINGS = ("copying", "repeated_shortcomings", "plan_followthrough", "self_reuse")


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


@kind(
    "round_finding",
    summary="跨报告比对的结论（同轮雷同、与上年报告对照）：由批量评分在全轮比对后写入评分表",
    options=(
        Option("finding", {"enum": list(FINDINGS)},
               "哪一项比对：copying（与同轮其他单位报告雷同）、repeated_shortcomings（上年的不足今年重复出现）、"
               "plan_followthrough（上年工作安排今年有无落实）、self_reuse（照搬本单位上年报告）"),
        Option("at_least", SHARE, "copying、self_reuse：雷同（照搬）文字占本报告的比例达到这一值才扣分；"
               "repeated_shortcomings、plan_followthrough：重复的不足（未落实的安排）占上年条目的比例达到这一值才扣分", 0.1),
        Option("section", SECTION, "repeated_shortcomings：存在的不足所在的部分；plan_followthrough：上年工作安排所在的部分"
               "（sections 中的 id；批量评分的上年对照按它取条目）", None, section=True),
        Option("answered_by", SECTION, "plan_followthrough：今年落实上年安排的举措所在的部分（sections 中的 id）", None,
               section=True),
    ),
    messages={"pass": ("share", "others", "count", "total", "listed"), "fail": ("share", "others", "count", "total", "listed"),
              "not_applicable": ()},
)
def check_round_finding(check: dict, ctx: Any) -> Result:
    facts = getattr(ctx, "round_facts", None)
    finding = check["finding"]
    key = "copying" if finding == "copying" else "previous"
    found = (facts or {}).get(key)
    if not found or (key == "previous" and not found.get("matched")):
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    return _JUDGES[finding](check, found)


def _verdict(check: dict, bad: bool, fields: dict, evidence: list[dict], details: dict) -> Result:
    status = "fail" if bad else "pass"
    points = 0.0 if bad else float(check["points"])
    return Result(status, points, say(check, status, **fields), evidence, details)


def _copying(check: dict, found: dict) -> Result:
    pairs = found.get("pairs") or []
    share = max((p["share"] for p in pairs), default=0.0)
    others = "、".join(f"{p.get('issuer') or p['other_report']}（{_pct(p['share'])}）" for p in pairs[:5])
    evidence = [ev(line["line"], line["text"], note=f"与{p.get('issuer') or p['other_report']}第 {line.get('other_line')} 行雷同",
                   other_report=p["other_report"])
                for p in pairs[:5] for line in p.get("lines", [])[:20]]
    return _verdict(check, share >= check["at_least"], {"share": _pct(share), "others": others or "无", "count": len(pairs)},
                    evidence, {"pairs": [{k: v for k, v in p.items() if k != "lines"} for p in pairs]})


def _repeated(check: dict, found: dict) -> Result:
    repeated = found.get("repeated") or []
    total = found.get("previous_shortcomings") or 0
    if not total:  # last year listed none (or the rubric names no part for them): nothing to compare, not a pass
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    share = len(repeated) / total
    evidence = [ev(r["line"], r["text"], note=f"上年报告第 {r['previous_line']} 行：{r['previous_text'][:40]}") for r in repeated]
    listed = "；".join(r["text"][:30] for r in repeated[:3])
    return _verdict(check, bool(repeated) and share >= check["at_least"],
                    {"count": len(repeated), "total": total, "share": _pct(share), "listed": listed or "无"}, evidence,
                    {"repeated": len(repeated), "previous_shortcomings": total})


def _followthrough(check: dict, found: dict) -> Result:
    kept, dropped = found.get("plan_kept") or [], found.get("plan_dropped") or []
    total = len(kept) + len(dropped)
    if not total:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    share = len(dropped) / total
    evidence = ([ev(d["previous_line"], d["previous_text"], note="上年安排，今年报告中没有对应的举措") for d in dropped]
                + [ev(k["line"], k["text"], note=f"落实上年安排：{k['previous_text'][:30]}") for k in kept])
    return _verdict(check, share >= check["at_least"],
                    {"count": len(dropped), "total": total, "share": _pct(share),
                     "listed": "；".join(d["previous_text"][:30] for d in dropped[:3]) or "无"},
                    evidence, {"kept": len(kept), "dropped": len(dropped)})


def _self_reuse(check: dict, found: dict) -> Result:
    share = float(found.get("reused_share") or 0.0)
    evidence = [ev(r["line"], r["text"], note=f"与上年报告第 {r.get('other_line')} 行相同") for r in (found.get("reused_lines") or [])[:20]]
    return _verdict(check, share >= check["at_least"], {"share": _pct(share), "listed": "", "count": 0, "total": 0},
                    evidence, {"reused_share": share})


_JUDGES = {"copying": _copying, "repeated_shortcomings": _repeated, "plan_followthrough": _followthrough,
           "self_reuse": _self_reuse}
