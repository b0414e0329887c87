"""Operations for the twenty-eighth substance set (substance_pool_ab.py, substance_edits_ab*.py): the whole
report as a blind reviewing office reads it -- the principal's part (第一责任人), the shortfalls and their
causes (不足和原因), the plan (下一年度安排) and the measures (主要举措和成效) -- under the three CheckList
test types (directional, padding, invariance) and pairs.  Built on edit_lib, edit_lib_l, edit_lib_q,
edit_lib_z and edit_lib_aa (unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an argument
and finds what it edits from the corpus labels and regexes (edit_lib.Doc): no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, edit_items, insert_para, item_keyphrase, sentences, shortcoming_keyphrases
from edit_lib_aa import CLAUSE, STOP, _close
from edit_lib_l import _excl, _split_head
from edit_lib_q import fmt_q
from edit_lib_z import _part_sents

M = "measures"
FR = "first_responsible"
SH = "shortcomings"
PL = "next_year"

DATE = re.compile(r"在?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:份|上旬|中旬|下旬|初|底)?|在?\d{4}年(?=[，,])")
COUNT_FR = re.compile(r"(?:(?<![\d.])\d+|[两二三四五六七八九十])\s*(?:次|场次|场|轮)(?!数)")
LEAN = re.compile(r"^(?:其中|占|同比|环比|较|比|分别|均|并|且|有|共|累计|合计|达|增|减|下降|上升|提高|降低|以上|这)")


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _paras(doc, key):
    if not doc.has(key):
        return []
    return doc.paras(key, _excl(key), skip_headings=True)


# ---------------------------------------------------------------- directional (lower)
def op_fr_habit_ab(doc, habits, min_hits=1):
    """In the principal's part: every date (年/月/日) written as a habit word (rotating: 每年, 定期 …) and
    every count of sessions (N次, N场) dropped: the principal's dated, counted deeds become routines."""
    if not doc.has(FR):
        return None
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return habits[(k[0] - 1) % len(habits)]
    for i, c in doc.paras(FR, (), skip_headings=True):
        t = DATE.sub(rep, lines[i][c:])
        t, n = COUNT_FR.subn("", t)
        k[0] += n
        lines[i] = lines[i][:c] + t
    return _done(doc, lines) if k[0] >= min_hits else None


def op_explanation_restated_ab(doc, tpls, min_rest=12):
    """Every shortfall item that has an explanation after its heading (the text after its first full stop,
    or after its first comma when it has none) keeps its heading, and the explanation is replaced by a
    sentence (rotating tpls, {kp} = the item's key phrase) that only says the problem again."""
    if not doc.has(SH):
        return None
    k = [0]

    def fn(item, _):
        ends = [m.end() for m in re.finditer(r"[。；;]", item) if len(item[m.end():].strip()) >= min_rest]
        commas = [6 + m.end() for m in re.finditer(r"[，,]", item[6:])]
        if not ends and not commas:
            return item
        cut = ends[0] if ends else commas[0]
        if len(item[cut:].strip()) < min_rest:
            return item
        head = item[:cut].rstrip("，,")
        head = head if STOP.search(head) else head + "。"
        r = head + tpls[k[0] % len(tpls)].replace("{kp}", item_keyphrase(item))
        k[0] += 1
        return r
    r = edit_items(doc, fn)
    return None if r is None or r == doc.text or k[0] < 1 else r


def op_causes_restated_ab(doc, tpls, cue):
    """In the shortfalls part: every sentence that gives a cause (cue: a regex, e.g. 原因|由于) replaced by a
    sentence (rotating tpls, {kp} = a shortfall's key phrase in turn) that only says the problem again."""
    if not doc.has(SH):
        return None
    kps = [k for k in shortcoming_keyphrases(doc) if k] or ["相关工作"]
    rx = re.compile(cue)

    def fn(s, k):
        if not rx.search(s):
            return s
        lead, head, _ = _split_head(s)
        return lead + head + tpls[k % len(tpls)].replace("{kp}", kps[k % len(kps)])
    return _part_sents(doc, SH, fn, min_hits=1)


# ---------------------------------------------------------------- padding (not higher)
def op_pad_para_ab(doc, key, para, salt="pd"):
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_q(doc, para, salt + key), exclude=_excl(key))


def op_items_tautology_ab(doc, tpl):
    """Every shortfall item closed with a 'cause' that is the item again ({kp} = its key phrase)."""
    if not doc.has(SH):
        return None

    def fn(item, k):
        return _close(item) + tpl.replace("{kp}", item_keyphrase(item))
    r = edit_items(doc, fn)
    return None if r is None or r == doc.text else r


def op_double_count_ab(doc, lead_in, min_len=14):
    """The first counted sentence of the measures (a NUM_RX figure, >= min_len characters, enumerator and
    heading stripped) put again at the end of the measures under a lead-in that files it under another
    heading: one act counted twice."""
    for i, c in _paras(doc, M):
        for s in sentences(doc.lines[i][c:]):
            _, _, body = _split_head(s)
            body = body.strip()
            if NUM_RX.search(body) and len(body) >= min_len and not re.match(r"[^。]{0,24}[：:]$", body):
                return insert_para(doc, M, fmt_q(doc, lead_in, "dc") + _close(body))
    return None


# ---------------------------------------------------------------- invariance (same)
HANZI = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
SMALL = re.compile(r"(?<![\d.])(10|[2-9])(次|场|项|个|件|条|篇|名|轮)(?![\d])")


def op_small_counts_hanzi_ab(doc, keys=(M, FR, SH, PL), min_hits=2):
    """Small counts (2..10 with 次/场/项/个/件/条/篇/名/轮) written in Chinese numerals (两次, 三项 …) in the
    report's parts: the same counts."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return HANZI[int(m.group(1))] + m.group(2)
    for key in keys:
        for i, c in (doc.paras(key, _excl(key), skip_headings=True) if doc.has(key) else []):
            lines[i] = lines[i][:c] + SMALL.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


YEAR_LEAD = re.compile(r"(?<!在)(\d{4}年(?:以来|全年|度)?)[，,]?((?:我|本|全)[省市县区镇乡州旗])")


def op_year_after_subject_ab(doc, keys=(M, FR), min_hits=1):
    """A year phrase that opens a clause before the subject (2023年，我县…) moved after it (我县2023年…)."""
    lines = list(doc.lines)
    k = [0]

    def rep(m):
        k[0] += 1
        return m.group(2) + m.group(1)
    for key in keys:
        for i, c in _paras(doc, key) if key == M else (doc.paras(key, (), skip_headings=True)
                                                        if doc.has(key) else []):
            lines[i] = lines[i][:c] + YEAR_LEAD.sub(rep, lines[i][c:])
    return _done(doc, lines) if k[0] >= min_hits else None


VERB_LEAD = re.compile(r"^(?:\d{4}年)?(?:全年|年内)?(?:共|累计)?(?:开展|办理|发放|举办|组织|调解|化解|受理|审查|审核|培训|"
                       r"召开|出动|检查|查处|印发|制定|发布|接待|提供|处理|完成|办结|立案|作出|评查|清理|征求|"
                       r"推送|审结|出具|聘请|备案|公开|答复|培养|录入|新增|修订|废止|签订|走访|排查|解答)")


def op_swap_counted_clauses_ab(doc):
    """Every sentence of the measures whose last two clauses both carry a counted figure, both open with an
    act verb (开展, 办理, 发放 … after an optional year/全年/共) and stand on their own (neither leans on what
    comes before: 占, 同比 …; no 其中 clause in the sentence): the two clauses swapped."""
    def fn(s, _):
        lead, head, body = _split_head(s)
        m = STOP.search(body)
        if not m:
            return s
        core, stop = body[: m.start()], body[m.start():]
        cls = [x for x in CLAUSE.findall(core) if x]
        if len(cls) < 2:
            return s
        a, b = cls[-2], cls[-1]
        if not a.endswith(("，", ",")) or not NUM_RX.search(a) or not NUM_RX.search(b):
            return s
        a0 = a.rstrip("，,")
        if not (VERB_LEAD.match(a0) and VERB_LEAD.match(b)) or any(c.startswith("其中") for c in cls):
            return s
        if LEAN.match(a0) or LEAN.match(b) or len(a0) < 6 or len(b) < 6 or "、" in b[-1:]:
            return s
        return lead + head + "".join(cls[:-2]) + b + "，" + a0 + stop
    return _part_sents(doc, M, fn, min_hits=1)


# ---------------------------------------------------------------- pairs
def op_pair_ab(doc, key, a, b, salt="pr", need=()):
    """Pair: paragraph a vs paragraph b at the end of a part, same figures on both sides ({kp} = the first
    shortfall's key phrase when the report has one)."""
    if not doc.has(key, *need):
        return None
    kps = [k for k in shortcoming_keyphrases(doc) if k] if doc.has(SH) else []
    kp = kps[0] if kps else ""
    if ("{kp}" in a or "{kp}" in b) and not kp:
        return None
    a, b = a.replace("{kp}", kp), b.replace("{kp}", kp)
    ex = _excl(key)
    return (insert_para(doc, key, fmt_q(doc, a, salt), exclude=ex),
            insert_para(doc, key, fmt_q(doc, b, salt), exclude=ex))
