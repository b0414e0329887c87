"""Set J's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from
the names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_edits_j*.py and edit_lib_j.py with every string constant of the earlier sets' files
(substance_edits*.py of sets A, C, D, E, F, G, H, I and their edit_lib*.py).  Placeholders ({y}, {unit} …)
count as breaks.  Exit 1 and list the runs if any.

python check_overlap_j.py
"""
import sys

from check_overlap_e import main

OLD = ["substance_edits.py", "substance_edits_held.py", "substance_edits_c.py", "substance_edits_c_held.py",
       "substance_edits_d.py", "substance_edits_d_held.py", "substance_edits_e.py", "substance_edits_e_held.py",
       "substance_edits_f.py", "substance_edits_f_held.py", "substance_edits_g.py", "substance_edits_g_held.py",
       "substance_edits_h.py", "substance_edits_h_held.py", "substance_edits_i.py", "substance_edits_i_held.py",
       "edit_lib.py", "edit_lib_c.py", "edit_lib_d.py", "edit_lib_e.py", "edit_lib_f.py", "edit_lib_g.py",
       "edit_lib_h.py", "edit_lib_i.py"]
NEW = ["substance_edits_j.py", "substance_edits_j_held.py", "edit_lib_j.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))  # the same check and TERMS as set E's, against sets A and C–I
