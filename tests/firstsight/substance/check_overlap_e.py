#!/usr/bin/env python3
"""Set E's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from
the names of rules and terms (TERMS).  Compares every string constant of substance_edits_e*.py with
every string constant of the earlier sets' files (substance_edits*.py of sets A, C, D and their
edit_lib*.py).  Placeholders ({y}, {unit} …) count as breaks.  Exit 1 and list the runs if any.

python check_overlap_e.py
"""
import ast
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
N = 8
OLD = ["substance_edits.py", "substance_edits_held.py", "substance_edits_c.py", "substance_edits_c_held.py",
       "substance_edits_d.py", "substance_edits_d_held.py", "edit_lib.py", "edit_lib_c.py", "edit_lib_d.py"]
NEW = ["substance_edits_e.py", "substance_edits_e_held.py", "edit_lib_e.py"]
# names of rules and terms of the domain, which any wording may use
TERMS = ["党政主要负责人履行推进法治建设第一责任人职责规定", "推进法治建设第一责任人职责", "法治政府建设实施纲要",
         "行政规范性文件", "重大行政决策", "中华人民共和国", "民主法治示范村（社区）", "行政机关负责人出庭应诉",
         "行政执法三项制度", "习近平法治思想", "尊法学法守法用法", "法治政府建设", "村（社区）",
         "《中华人民共和国宪法》", "社会稳定风险评估", "规模以上工业企业", "社会消费品零售总额", "居民人均可支配收入",
         "地区生产总值", "党委理论学习中心组", "“三会一课”", "主题党日活动", "软弱涣散村党组织", "优秀共产党员",
         "人大常委会", "重大执法决定",
         "《党政主要负责人履行推进法治建设第一责任人职责规定》", "一般公共预算收入"]


def strings(path):
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def runs(s):
    for piece in re.split(r"\{[a-z0-9_]+\}", s):
        for i in range(len(piece) - N + 1):
            yield piece[i:i + N]


def in_term(run):
    return any(run in t for t in TERMS)


def main(old_files=OLD, new_files=NEW):
    old = set()
    for f in old_files:
        for s in strings(HERE / f):
            old.update(runs(s))
    bad = []
    for f in new_files:
        for s in strings(HERE / f):
            # wordings only: docstrings and comments (English) and regexes are no wordings
            if not re.search(r"[\u4e00-\u9fff]", s) or re.search(r"[A-Za-z]{3}", s) or "|" in s:
                continue
            for r in runs(s):
                if r in old and not in_term(r) and re.search(r"[\u4e00-\u9fff]", r):
                    bad.append((f, r, s[:40]))
    for f, r, s in bad:
        print(f"{f}: {r!r}  in  {s}")
    print(f"{len(bad)} shared runs")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
