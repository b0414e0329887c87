"""Operations for the forty-ninth substance set (substance_pool_aw.py): hollow writing across the four parts
(主要举措和成效, 存在的不足和原因, 第一责任人, 下一年度主要安排).
Built on edit_lib, edit_lib_ah, edit_lib_au and edit_lib_av (imported, unchanged).  Written without reading
fzscore's code or rubric data; every operation takes its wording as an argument and finds what it edits from
the corpus labels and regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.

As in set AV, added text goes INSIDE the part it belongs to (edit_lib_av.insert_inside_av: after the part's
last body line, cut at the first signature / date / footer line, and checked to lie inside the part's span;
or at the start of the part), and sentence rewrites stay on the part's safe body pieces
(edit_lib_av.sent_map_av / safe_paras_av).
"""
from edit_lib_ah import FR, M, PL, SH  # noqa: F401
from edit_lib_av import (insert_inside_av, op_counted_to_publicity_av, op_pad_inside_av,  # noqa: F401
                         op_pair_inside_av, op_plan_to_honours_av, op_short_items_unnamed_av, safe_paras_av)


# ---------------------------------------------------------------- directional
def op_counted_to_staffing_aw(doc, tpls, min_hits=2):
    """In the measures every counted sentence of 8+ characters replaced (enumerator kept), rotating, by a
    line counting the people put on its first counted activity ({kp}: 安排{m}名工作人员专门负责 / 抽调{m}名业务
    骨干组成工作专班 / 明确{m}名分管领导和{n}名联络员): inputs of staff are counted, nothing done is told.
    (The sentence machinery of edit_lib_av.op_counted_to_publicity_av, with these wordings.)"""
    return op_counted_to_publicity_av(doc, tpls, min_hits)


def op_short_items_to_importance_aw(doc, tpls, min_items=2):
    """Every item of the shortfalls (and causes) part rewritten (enumerator kept), rotating, as a statement
    of how important that area of work is (基础性工作，关系依法行政全局 / 上级督察考核的重点 / 与群众切身利益密切
    相关): no problem and no cause is named.  (edit_lib_av.op_short_items_unnamed_av's item machinery.)"""
    return op_short_items_unnamed_av(doc, tpls, min_items)


def op_plan_to_summaries_aw(doc, tpls, min_hits=2):
    """In the next-year plan every enumerated item replaced, rotating, by a task of writing up its topic
    ({kp}: 总结经验形成书面材料 / 编印经验汇编 / 整理成信息简报报送上级): the plan's work becomes paperwork about
    work.  (edit_lib_av.op_plan_to_honours_av's item machinery.)"""
    return op_plan_to_honours_av(doc, tpls, min_hits)


# ---------------------------------------------------------------- padding
def op_pad_inside_aw(doc, key, para, salt, where="end"):
    """A paragraph (filled) inside a part, at its end (after the last body line) or at its start."""
    return op_pad_inside_av(doc, key, para, "aw|" + salt, where)


# ---------------------------------------------------------------- pairs (same figures in A and B)
def op_pair_inside_aw(doc, key, a, b, salt):
    """Pair: A and B, filled with the same figures, each put inside the part `key`, after its last body line."""
    return op_pair_inside_av(doc, key, a, b, "aw|" + salt)
