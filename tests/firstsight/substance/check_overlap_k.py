"""Set K's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from
the names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_k.py and edit_lib_k.py with every string constant of the earlier sets' files
(substance_edits*.py of sets A, C–J and their edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Then the tuning variants against the held variants of substance_pool_k.py (the string
constants inside each variant's D(...)/P(...) call and the constants it names): no shared run either.
Exit 1 and list the runs if any.

python check_overlap_k.py
"""
import ast
import re
import sys

from check_overlap_e import HERE, in_term, main, runs

OLD = ["substance_edits.py", "substance_edits_held.py", "substance_edits_c.py", "substance_edits_c_held.py",
       "substance_edits_d.py", "substance_edits_d_held.py", "substance_edits_e.py", "substance_edits_e_held.py",
       "substance_edits_f.py", "substance_edits_f_held.py", "substance_edits_g.py", "substance_edits_g_held.py",
       "substance_edits_h.py", "substance_edits_h_held.py", "substance_edits_i.py", "substance_edits_i_held.py",
       "substance_edits_j.py", "substance_edits_j_held.py",
       "edit_lib.py", "edit_lib_c.py", "edit_lib_d.py", "edit_lib_e.py", "edit_lib_f.py", "edit_lib_g.py",
       "edit_lib_h.py", "edit_lib_i.py", "edit_lib_j.py"]
NEW = ["substance_pool_k.py", "edit_lib_k.py"]


def _wording(s):
    return re.search(r"[\u4e00-\u9fff]", s) and not re.search(r"[A-Za-z]{3}", s) and "|" not in s


def variant_strings():
    """{case name: [string constants]} of substance_pool_k.py's D/P calls (names resolved one level)."""
    tree = ast.parse((HERE / "substance_pool_k.py").read_text(encoding="utf-8"))
    consts = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            consts[node.targets[0].id] = [c.value for c in ast.walk(node.value)
                                          if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    out = {}
    for node in tree.body:
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") in ("D", "P")):
            continue
        args = node.value.args
        name = f"{args[0].value}/{args[1].value}"
        ss = []
        for c in ast.walk(node.value):
            if isinstance(c, ast.Constant) and isinstance(c.value, str):
                ss.append(c.value)
            elif isinstance(c, ast.Name) and c.id in consts:
                ss.extend(consts[c.id])
        out[name] = [s for s in ss if _wording(s)]
    return out


def tune_vs_held():
    sys.path.insert(0, str(HERE))
    from substance_pool_k import split
    parts = split()
    vs = variant_strings()
    tune = {c[0] for c in parts["tune"]}
    old = set()
    for name in tune:
        for s in vs[name]:
            old.update(runs(s))
    bad = []
    for c in parts["held"]:
        for s in vs[c[0]]:
            for r in runs(s):
                if r in old and not in_term(r) and re.search(r"[\u4e00-\u9fff]", r):
                    bad.append((c[0], r, s[:40]))
    for name, r, s in bad:
        print(f"held {name}: {r!r}  in  {s}")
    print(f"{len(bad)} runs shared between tuning and held")
    return 1 if bad else 0


if __name__ == "__main__":
    rc = main(OLD, NEW)  # the same check and TERMS as set E's, against sets A and C–J
    sys.exit(rc | tune_vs_held())
