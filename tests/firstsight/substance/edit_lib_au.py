"""Operations for the forty-seventh substance set (substance_pool_au.py): hollow writing in the measures part
(主要举措和成效).
Built on edit_lib, edit_lib_ah and edit_lib_ao (imported, unchanged).  Written without reading fzscore's code
or rubric data; every operation takes its wording as an argument and finds what it edits from the corpus
labels and regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, fmt, map_paras
from edit_lib_ah import DATE_RX, ENUM_LEAD, M, _done, _excl, _sent_map, _tail  # noqa: F401
from edit_lib_ao import op_pad_end_ao, op_pair_end_ao  # noqa: F401

_SPLIT = r"[，,。；;：:！!]"
_LEADIN_RX = re.compile(r"^(?:在|于)?(?:\d{4}年(?:度|以来|中)?|今年(?:以来)?|全年|一年来|年初以来|本年度|同时|此外|其中|"
                        r"[一-龥]{0,4}(?:方面|上))$")
_QTY_RX = re.compile(r"(?:共计|总计|累计|合计|共|达到|达|约|超过|逾|近)?" + NUM_RX.pattern)
_QTY_END_RX = re.compile(_QTY_RX.pattern + r"(?=[，,。；;、）)：:\s]|$)")   # a count closing its clause
WIDER = {"镇": "县", "县": "市", "市": "省"}


def _counted(s, lo=8):
    b = s.strip()
    return len(b) >= lo and NUM_RX.search(b) is not None


def topic_phrase(body, cap=16):
    """The first phrase of 4+ characters of a sentence (after its enumerator), figures and their
    quantity words taken out, not a bare time / connective phrase."""
    lead = ENUM_LEAD.match(body).group(0)
    rest = _QTY_RX.sub("", body[len(lead):])
    rest = re.sub(r"\d+(?:\.\d+)?", "", rest)
    for x in re.split(_SPLIT, rest):
        x = x.strip().strip("、（）()“”")
        if len(x) >= 4 and not _LEADIN_RX.match(x):
            return x[:cap]
    return ""


def counted_clauses(body, cap=20, dates=False):
    """The clauses of a sentence carrying a count (not a bare percentage; or, with dates, a date), each with its figures, their
    quantity words, bracketed asides and a leading 了/共 taken out: the activities the sentence counts."""
    lead = ENUM_LEAD.match(body).group(0)
    out = []
    for x in re.split(_SPLIT, body[len(lead):]):
        counts = [m for m in NUM_RX.finditer(x) if m.group(3) != "%"]
        if not (counts or (dates and DATE_RX.search(x))):
            continue
        x = DATE_RX.sub("", x) if dates else x
        x = re.sub(r"[（(][^）)]*[）)]", "", re.sub(_QTY_RX.pattern + "的?", "", x))
        x = re.sub(r"\d+(?:\.\d+)?", "", x).strip().strip("、“”")
        x = re.sub(r"^(?:共|累计|全年|先后|了)+", "", x).rstrip("的了共达约为是")
        if len(x) >= 4 and not _LEADIN_RX.match(x):
            out.append(x[:cap])
    return out


# ---------------------------------------------------------------- directional
def op_counts_to_change_au(doc, count_tpls, pct_tpl, min_hits=3):
    """In the measures every count closing its clause (figure + unit, NUM_RX, before a stop, a comma or a
    closing bracket; not one followed by its noun such as 5项必经程序) written, rotating, as a change against last year
    only (同比增长{p1}% / 全市排名较上年前移{m1}位 …) and every percentage as a change in points: the year's
    own counts are gone, only relative figures are left."""
    if not doc.has(M):
        return None
    n = [0]

    def rep(m):
        n[0] += 1
        salt = f"chg{n[0]}"
        if m.group(3) == "%":
            return fmt(doc, pct_tpl, salt)
        return fmt(doc, count_tpls[n[0] % len(count_tpls)], salt)

    def fn(t):
        return _QTY_END_RX.sub(rep, t)
    lines = map_paras(doc, M, fn, _excl(M))
    return _done(doc, lines) if n[0] >= min_hits else None


def op_wider_unsplit_au(doc, notes, min_hits=2):
    """In the measures every counted sentence of 8+ characters told as the total of the wider area (我镇 /
    本镇 / 全镇 written 全县 in a township's report, 全市 in a county's, 全省 in a city's) and closed, rotating,
    by a note that the unit's own share was not counted apart: the figures are the wider area's."""
    wider = WIDER.get(doc.unit)
    if wider is None:
        return None
    own = re.compile(r"[我本全该]" + doc.unit + r"(?!委|长|政府|人大|党委)")

    def fn(s, k):
        if not _counted(s):
            return s
        body = s.rstrip()
        end = _tail(body)
        core = body[: len(body) - len(end)].rstrip("，,、 ")
        lead = ENUM_LEAD.match(core).group(0)
        rest = core[len(lead):]
        if own.search(rest):
            rest = own.sub("全" + wider, rest)
        else:
            rest = "全" + wider + rest.lstrip()
        note = fmt(doc, notes[k % len(notes)].replace("{w}", wider))
        return lead + rest + note + (end or "。") + s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


def op_counted_to_deng_au(doc, tpls, min_hits=2):
    """In the measures every counted sentence of 8+ characters replaced (enumerator kept), rotating, by a
    line listing its counted activities ({kp}: up to 4 counted clauses with their figures taken out, joined
    by 、; else its first phrase) closed by 等 and no number: activities listed, none counted."""
    def fn(s, k):
        if not _counted(s):
            return s
        body = s.rstrip()
        lead = ENUM_LEAD.match(body).group(0)
        acts = counted_clauses(body)[:4]
        kp = "、".join(acts) if acts else topic_phrase(body)
        if len(kp) < 4:
            return s
        return lead + tpls[k % len(tpls)].replace("{kp}", kp) + (_tail(body) or "。") + s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


def op_prior_year_stopgap_au(doc, notes, min_hits=2):
    """In the measures every counted sentence of 8+ characters has its report year written as the year
    before and is closed, rotating, by a note that this year's data are not compiled and last year's stand
    in for them: the year's work is told as last year's."""
    y, py = f"{doc.year}年", f"{doc.year - 1}年"

    def fn(s, k):
        if not _counted(s):
            return s
        body = s.rstrip()
        end = _tail(body)
        core = body[: len(body) - len(end)].rstrip("，,、 ").replace(y, py)
        return core + fmt(doc, notes[k % len(notes)]) + (end or "。") + s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


def op_acts_to_outcomes_au(doc, tpls, min_hits=2):
    """In the measures every sentence of 8+ characters carrying a count or a date replaced (enumerator
    kept), rotating, by an outcome claim on its topic ({kp}: its first counted or dated clause with the figures
    and the date taken out; else its first phrase): results claimed, no act told."""
    def fn(s, k):
        b = s.strip()
        if len(b) < 8 or not (NUM_RX.search(b) or DATE_RX.search(b)):
            return s
        body = s.rstrip()
        lead = ENUM_LEAD.match(body).group(0)
        acts = counted_clauses(body, dates=True)
        kp = acts[0] if acts else topic_phrase(body)
        if len(kp) < 4:
            return s
        return lead + fmt(doc, tpls[k % len(tpls)].replace("{kp}", "{{kp}}")).replace("{kp}", kp) + (_tail(body) or "。") + \
            s[len(body):]
    return _sent_map(doc, M, fn, min_hits)


# ---------------------------------------------------------------- padding
def op_pad_laws_dated_au(doc, lead, laws, salt):
    """At the end of the measures a list of laws studied, each with its date of effect and its number of
    articles (only laws in force by the report year): dates and counts that count nothing done."""
    items = [f"《{name}》（{eff}起施行，共{arts}条）" for name, eff, arts, since in laws if since <= doc.year]
    if len(items) < 3:
        return None
    return op_pad_end_ao(doc, M, lead + "、".join(items) + "。", salt)
