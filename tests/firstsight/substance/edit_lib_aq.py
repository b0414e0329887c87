"""Operations for the forty-third substance set (substance_pool_aq.py): the session's last held-out check
over every part of a report.  Built on edit_lib, edit_lib_ah, edit_lib_ao and edit_lib_ap (imported,
unchanged).  Written without reading fzscore's code or rubric data; every operation takes its wording as an
argument and finds what it edits from the corpus labels and regexes (edit_lib.Doc); no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib_ah import _done
from edit_lib_ao import (_excl, op_counted_to_study_ao, op_pad_after_opening_ao, op_pad_end_ao,  # noqa: F401
                         op_pair_end_ao, op_short_items_denied_ao)
from edit_lib_ap import op_other_section_ap  # noqa: F401


def op_swap_many_aq(doc, keys, pairs, min_hits=1):
    """In the given parts every match of each (rx, repl) of `pairs` substituted in turn (same-meaning
    wordings); None when fewer than min_hits matches in all."""
    rxs = [(re.compile(rx), repl) for rx, repl in pairs]
    lines = list(doc.lines)
    n = 0
    seen = set()
    for key in keys:
        if not doc.has(key):
            continue
        for i, c in doc.paras(key, _excl(key), skip_headings=False):
            if i in seen:
                continue
            seen.add(i)
            t = lines[i][c:]
            for r, repl in rxs:
                t, k = r.subn(repl, t)
                n += k
            lines[i] = lines[i][:c] + t
    return _done(doc, lines) if n >= min_hits else None
