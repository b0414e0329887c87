"""Shared, wording-free machinery for the substance edit sets (pure stdlib).

A Doc holds a real report's lines and the spans of its four required parts, located from the
human labels (line numbers / heading text) and from heading regexes of the text.  The operations
below take the *wording* as an argument; the wordings themselves live in substance_edits.py
(tuning set) and substance_edits_held.py (held-out set).
"""
import hashlib
import os
import random
import re
import unicodedata

# the repo's mirror of the shared corpus (was /work/shared/corpus when written)
CORPUS = os.environ.get("FIRSTSIGHT_CORPUS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus"))
KEYS = ("measures", "first_responsible", "shortcomings", "next_year")

CN_NUM = "一二三四五六七八九十"
RE_ENUM = re.compile(r"(?:[" + CN_NUM + r"]+是|[（(][" + CN_NUM + r"]+[）)]|(?<![\d.])\d{1,2}[、.．](?!\d))")
SUBHEAD_STYLES = [
    re.compile(r"^\s*[" + CN_NUM + r"]+是"),
    re.compile(r"^\s*[（(][" + CN_NUM + r"]+[）)]"),
    re.compile(r"^\s*\d+[、.．]"),
]
TOPHEAD = re.compile(r"^\s*[" + CN_NUM + r"]+、")
TRAILER = re.compile(
    r"^\s*(特此报告|相关(链接|文档)|网站地图|【打印|主办[:：]|扫一扫|"
    r"\S{2,25}(人民政府|委员会|党委|办事处)\s*$|\d{4}年\d{1,2}月\d{1,2}日\s*$)")
SENT = re.compile(r"[^。；;！!]*[。；;！!]?")


# ---------------------------------------------------------------- labels
def _scalar(v):
    v = v.strip()
    if v.startswith('"') and v.endswith('"'):
        return v[1:-1]
    if v in ("true", "false"):
        return v == "true"
    if v in ("null", "~", ""):
        return None
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    return v


def parse_labels(path):
    """Tiny reader for the corpus label files (flow or block maps for sections)."""
    lab = {"sections": {}}
    lines = open(path, encoding="utf-8").read().split("\n")
    cur = None
    for ln in lines:
        m = re.match(r"^(\w+):\s*(.*)$", ln)
        if m:
            cur = None
            if m.group(1) != "sections":
                lab[m.group(1)] = _scalar(m.group(2)) if m.group(2) else None
            continue
        m = re.match(r"^  (\w+):\s*\{(.*)\}\s*$", ln)
        if m:
            d = {}
            for part in re.finditer(r'(\w+):\s*("[^"]*"|[^,]+)', m.group(2)):
                d[part.group(1)] = _scalar(part.group(2))
            lab["sections"][m.group(1)] = d
            cur = None
            continue
        m = re.match(r"^  (\w+):\s*$", ln)
        if m:
            cur = lab["sections"].setdefault(m.group(1), {})
            continue
        m = re.match(r"^    (\w+):\s*(.*)$", ln)
        if m and cur is not None:
            cur[m.group(1)] = _scalar(m.group(2))
    return lab


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\W_]+", "", s)


# ---------------------------------------------------------------- document
class Span:
    def __init__(self, start, end, col, embedded):
        self.start, self.end, self.col, self.embedded = start, end, col, embedded

    def __repr__(self):
        return f"Span({self.start + 1}-{self.end}, col={self.col}, emb={self.embedded})"


class Doc:
    def __init__(self, did, text, labels, kind="dev"):
        self.id = did
        self.kind = kind
        self.text = text
        self.lines = text.split("\n")
        self.labels = labels
        self.year = labels.get("report_year") or self._guess_year()
        self.level = labels.get("level") or "county"
        self.unit = {"township": "镇", "county": "县", "city": "市", "province": "省",
                     "department": "局"}.get(self.level, "县")
        self.lead = {"township": "镇党委书记", "county": "县委书记", "city": "市委书记",
                     "province": "省委书记", "department": "局党组书记"}.get(self.level, "县委书记")
        self.head = {"township": "镇长", "county": "县长", "city": "市长", "province": "省长",
                     "department": "局长"}.get(self.level, "县长")
        self.deputy = {"township": "分管副镇长", "county": "分管副县长", "city": "分管副市长",
                       "province": "分管副省长", "department": "分管副局长"}.get(self.level, "分管副县长")
        self.dept = {"township": "镇司法所", "county": "县司法局", "city": "市司法局",
                     "province": "省司法厅", "department": "局法规科"}.get(self.level, "县司法局")
        self.spans = {}
        self._locate()

    def _guess_year(self):
        m = re.search(r"(20\d\d)年", self.text)
        return int(m.group(1)) if m else 2024

    @property
    def ny(self):
        return self.year + 1

    def rng(self, salt):
        h = hashlib.sha256((self.id + "|" + salt).encode()).hexdigest()
        return random.Random(int(h[:12], 16))

    # -- locating parts
    def _find_heading(self, heading):
        if not heading:
            return None
        h = norm(heading)[:10]
        for i, ln in enumerate(self.lines):
            if h and h in norm(ln)[: len(h) + 6]:
                return i
        return None

    def _heading_col(self, i, heading):
        ln = self.lines[i]
        if not heading:
            return len(ln)
        nh = norm(heading)
        # walk the line until the normalised prefix covers the heading
        acc = ""
        col = None
        for j, ch in enumerate(ln):
            acc += norm(ch)
            if len(acc) >= len(nh) and nh[-4:] in acc[-max(6, len(nh)):] and acc.endswith(nh[-2:]):
                col = j + 1
                break
        if col is None:
            return len(ln)
        while col < len(ln) and ln[col] in "。．.:：，,；; ":
            col += 1
        if len(ln[col:].strip()) <= 2:
            return len(ln)
        return col

    def _locate(self):
        secs = self.labels.get("sections", {})
        starts = {}
        for k in KEYS:
            s = secs.get(k) or {}
            if not s.get("present"):
                continue
            i = None
            if isinstance(s.get("line"), int):
                i = s["line"] - 1
            else:
                i = self._find_heading(s.get("heading"))
            if i is None or i >= len(self.lines):
                continue
            starts[k] = (i, s.get("heading"), s.get("form") == "embedded")
        n = len(self.lines)
        tops = sorted(v[0] for v in starts.values() if not v[2])
        for k, (i, heading, emb) in starts.items():
            cands = [t for t in tops if t > i]
            for j in range(i + 1, n):
                if TRAILER.match(self.lines[j]):
                    cands.append(j)
                    break
            if emb:
                style = next((st for st in SUBHEAD_STYLES if st.match(self.lines[i])), None)
                for j in range(i + 1, n):
                    if (style and style.match(self.lines[j])) or TOPHEAD.match(self.lines[j]):
                        cands.append(j)
                        break
            end = min(cands) if cands else n
            col = self._heading_col(i, heading) if heading else (0 if emb else len(self.lines[i]))
            self.spans[k] = Span(i, end, col, emb)

    def has(self, *keys):
        return all(k in self.spans for k in keys)

    # -- paragraphs (body pieces) of a part
    def paras(self, key, exclude=("first_responsible",), skip_headings=True):
        """[(line_idx, col)] of body text pieces of a part, excluding nested parts."""
        sp = self.spans[key]
        ex = set()
        for e in exclude:
            if e != key and e in self.spans:
                es = self.spans[e]
                if es.start > sp.start or es.embedded:
                    ex.update(range(es.start, es.end))
        out = []
        for i in range(sp.start, sp.end):
            if i in ex:
                continue
            ln = self.lines[i]
            col = sp.col if i == sp.start else 0
            if i == sp.start and col >= len(ln):
                continue
            body = ln[col:]
            if not body.strip():
                continue
            if skip_headings and i != sp.start and len(body.strip()) < 40 and "。" not in body:
                continue
            out.append((i, col))
        return out

    def body_text(self, key, exclude=("first_responsible",)):
        return "\n".join(self.lines[i][c:] for i, c in self.paras(key, exclude, skip_headings=False))

    # -- layout helpers
    def _style(self, key):
        sp = self.spans[key]
        blank = any(not self.lines[i].strip() for i in range(sp.start + 1, max(sp.start + 1, sp.end - 1)))
        indent = ""
        for i in range(sp.start + 1, sp.end):
            if self.lines[i].strip():
                indent = re.match(r"^\s*", self.lines[i]).group(0)
                break
        return blank, indent


# ---------------------------------------------------------------- loading
def load_dev():
    docs = []
    for n in range(5):
        base = f"{CORPUS}/dev/seed-00{n}"
        docs.append(Doc(f"seed-00{n}", open(base + ".txt", encoding="utf-8").read(),
                        parse_labels(base + ".labels.yaml"), "dev"))
    return docs


def load_pages():
    docs = []
    d = f"{CORPUS}/pages"
    for f in sorted(os.listdir(d)):
        if not f.endswith(".labels.yaml"):
            continue
        lab = parse_labels(os.path.join(d, f))
        if lab.get("kind") != "report":
            continue
        txt = os.path.join(d, f.replace(".labels.yaml", ".txt"))
        try:
            text = open(txt, encoding="utf-8").read()
        except UnicodeDecodeError:
            text = open(txt, encoding="utf-8", errors="replace").read()
        doc = Doc(lab.get("id") or f[:-12], text, lab, "page")
        if "measures" in doc.spans:
            docs.append(doc)
    return docs


# ---------------------------------------------------------------- generic operations
def fill(pool, length, rng=None):
    """Concatenate items of pool (cycling) until about `length` characters."""
    out, i = "", 0
    pool = list(pool)
    if rng:
        rng.shuffle(pool)
    while len(out) < length and pool:
        out += pool[i % len(pool)]
        i += 1
        if i > 400:
            break
    return out


def sentences(text):
    return [s for s in SENT.findall(text) if s]


def replace_body(doc, key, paras, exclude=("first_responsible",), lines=None):
    """Replace the body of a part by the given paragraphs; keep its heading and nested parts."""
    lines = list(lines if lines is not None else doc.lines)
    sp = doc.spans[key]
    blank, indent = doc._style(key)
    ex = set()
    for e in exclude:
        if e != key and e in doc.spans:
            es = doc.spans[e]
            if es.start > sp.start or es.embedded:
                ex.update(range(es.start, es.end))
    inline = sp.col < len(doc.lines[sp.start])
    paras = [p for p in paras if p]
    new = {}
    drop = set()
    # last non-empty line of span (keep trailing blanks)
    last = sp.start
    for i in range(sp.start, sp.end):
        if lines[i].strip():
            last = i
    if inline:
        new[sp.start] = lines[sp.start][: sp.col] + "".join(paras)
        rest = []
    else:
        rest = paras
    first_ne = sp.start + 1
    while first_ne <= last and not lines[first_ne].strip():
        first_ne += 1
    body_idx = [i for i in range(first_ne, last + 1) if i not in ex]
    for i in body_idx:
        drop.add(i)
    out = []
    inserted = False
    for i, ln in enumerate(lines):
        if i in new:
            out.append(new[i])
            continue
        if i in drop:
            if not inserted and rest:
                for j, p in enumerate(rest):
                    if blank and j:
                        out.append("")
                    out.append(indent + p)
                inserted = True
            continue
        out.append(ln)
        if i == sp.start and not inline and not body_idx and rest:
            for p in rest:
                if blank:
                    out.append("")
                out.append(indent + p)
            inserted = True
    if rest and not inserted:
        # body was empty after the heading: put paragraphs right after it
        k = out.index(lines[sp.start]) if lines[sp.start] in out else sp.start
        for j, p in enumerate(rest):
            out.insert(k + 1 + j, indent + p)
    return "\n".join(out)


def map_paras(doc, key, fn, exclude=("first_responsible",), lines=None, skip_headings=True):
    """Apply fn(text)->text to each body piece of a part (line tail after col)."""
    lines = list(lines if lines is not None else doc.lines)
    for i, c in doc.paras(key, exclude, skip_headings):
        lines[i] = lines[i][:c] + fn(lines[i][c:])
    return lines


def map_sentences(doc, key, fn, exclude=("first_responsible",), lines=None):
    def per_para(t):
        return "".join(fn(s) for s in sentences(t))
    return map_paras(doc, key, per_para, exclude, lines)


def insert_para(doc, key, para, exclude=("first_responsible",), where="end"):
    """Insert a paragraph at the end (or start) of a part's own body."""
    lines = list(doc.lines)
    ps = doc.paras(key, exclude, skip_headings=False)
    if not ps:
        return None
    blank, indent = doc._style(key)
    i = ps[-1][0] if where == "end" else ps[0][0]
    if where == "end":
        ins = ([""] if blank else []) + [indent + para]
        lines[i + 1:i + 1] = ins
    else:
        ins = [indent + para] + ([""] if blank else [])
        if i == doc.spans[key].start:  # inline body: put at start of tail
            c = ps[0][1]
            lines[i] = lines[i][:c] + para + lines[i][c:]
            return "\n".join(lines)
        lines[i:i] = ins
    return "\n".join(lines)


def append_to_part(doc, key, text, exclude=("first_responsible",)):
    """Append text to the last body piece of a part (same paragraph)."""
    lines = list(doc.lines)
    ps = doc.paras(key, exclude, skip_headings=False)
    if not ps:
        return None
    i = ps[-1][0]
    lines[i] = lines[i].rstrip() + text
    return "\n".join(lines)


def delete_sentences(doc, keys, pattern, exclude=("first_responsible",)):
    """Delete every sentence matching pattern in the given parts. None if nothing matched."""
    rx = re.compile(pattern)
    lines = list(doc.lines)
    hit = [0]
    for key in keys:
        if key not in doc.spans:
            continue

        def fn(s):
            if rx.search(s):
                hit[0] += 1
                return ""
            return s
        lines = map_sentences(doc, key, fn, exclude if key != "first_responsible" else (), lines)
    if not hit[0]:
        return None
    return "\n".join(lines)


def problem_items(body):
    """Split a shortcomings body into problem items [(start, end)] by enumerators, else by sentence."""
    pos = [m.start() for m in RE_ENUM.finditer(body)]
    if len(pos) >= 2:
        return [(p, pos[k + 1] if k + 1 < len(pos) else len(body)) for k, p in enumerate(pos)]
    # no enumerators: every sentence after the first (intro) is an item
    out, off = [], 0
    for k, s in enumerate(sentences(body)):
        if k > 0 or len(sentences(body)) == 1:
            out.append((off, off + len(s)))
        off += len(s)
    return out


def edit_items(doc, fn, key="shortcomings"):
    """Rewrite each problem item of the shortcomings body with fn(item_text, k)->text."""
    ps = doc.paras(key, (), skip_headings=False)
    if not ps:
        return None
    lines = list(doc.lines)
    joined = "\u0000".join(lines[i][c:] for i, c in ps)
    items = problem_items(joined)
    if not items:
        return None
    out, last = [], 0
    for k, (a, b) in enumerate(items):
        out.append(joined[last:a])
        seg = joined[a:b]
        tail = re.search(r"[\s\u0000]*$", seg).group(0)
        out.append(fn(seg[: len(seg) - len(tail)], k) + tail)
        last = b
    out.append(joined[last:])
    parts = "".join(out).split("\u0000")
    if len(parts) != len(ps):
        return None
    for (i, c), t in zip(ps, parts):
        lines[i] = lines[i][:c] + t
    return "\n".join(lines)


def item_keyphrase(item):
    t = RE_ENUM.sub("", item, count=1).strip("：:，,。；; ")
    m = re.split(r"有待|不够|不足|仍需|亟待|偏低|薄弱|尚未|还不|存在|不强|不高|欠缺|[，,。；;：:]", t)
    kp = (m[0] if m and m[0] else t)[:16]
    return kp.strip() or t[:10]


def shortcoming_keyphrases(doc):
    ps = doc.paras("shortcomings", (), skip_headings=False)
    joined = "\u0000".join(doc.lines[i][c:] for i, c in ps)
    return [item_keyphrase(joined[a:b].replace("\u0000", "")) for a, b in problem_items(joined)]


NUM_RX = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(\s*)(%|余?(?:万)?(?:人次|场次|件|次|个|人|场|份|例|项|家|卷|条|元|户|期|起|处|名|台|篇))")


def vague_sentence(s):
    t = s.strip()
    return (len(t) >= 25 and not re.search(r"\d", t) and not RE_ENUM.match(t)
            and not re.search(r"第一责任|主要负责|主要领导|书记|[县镇区市]长|一把手", t)
            and re.search(r"不断|进一步|切实|有效|扎实|全面|积极|持续|大力|努力|营造|良好|着力|稳步", t))


# ---------------------------------------------------------------- idea operations (wording passed in)
def fmt(doc, s, salt=""):
    """Fill {unit} {lead} {head} {y} {ny} {py} and random figures {n1}..{n9} {p1}.. into a wording."""
    r = doc.rng(salt + s[:20])
    vals = {f"n{i}": r.randint(3, 60) for i in range(1, 10)}
    vals.update({f"p{i}": f"{r.uniform(5, 30):.1f}" for i in range(1, 4)})
    vals.update({f"m{i}": r.randint(2, 11) for i in range(1, 6)})
    vals.update(unit=doc.unit, lead=doc.lead, head=doc.head, y=doc.year, ny=doc.ny, py=doc.year - 1,
                deputy=doc.deputy, dept=doc.dept)
    return s.format(**vals)


PRINCIPAL = re.compile(
    r"(?:[县镇区市乡省]委、[县镇区市乡省]政府|[县镇区市乡省]党委、政府|镇党委、政府|党委、政府)?"
    r"(?:党政主要负责同志|党政主要负责人|党政主要领导|党政主职|主要负责同志|主要负责人|主要领导|一把手|"
    r"(?<!副)(?:[县镇区市乡省]委)?书记|(?<!副)[县镇区市乡省]长)")


def op_fr_actor(doc, actor):
    """Attribute the acts of the 第一责任人 part to someone else (actor)."""
    if not doc.has("first_responsible"):
        return None
    n = [0]

    def fn(t):
        t2, k = PRINCIPAL.subn(actor, t)
        n[0] += k
        t2 = re.sub("(" + re.escape(actor) + r")([、和及与]" + re.escape(actor) + ")+", r"\1", t2)
        return t2
    lines = map_paras(doc, "first_responsible", fn, exclude=())
    if not n[0]:
        # no explicit actor named: make the actor the subject of the part
        lines = map_paras(doc, "first_responsible", lambda t: actor + t.lstrip() if t.strip() else t,
                          exclude=(), lines=lines)
    return "\n".join(lines)


DONE = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff\d])|已经|已(?=[\u4e00-\u9fff])|均已|全年|累计")


def op_fr_intent(doc, marker):
    """Rewrite every sentence of the 第一责任人 part as an intention (marker before the predicate)."""
    if not doc.has("first_responsible"):
        return None
    ys = str(doc.year) + "年"

    def fn(s):
        if not s.strip() or len(s.strip()) < 4:
            return s
        s = DONE.sub("", s).replace(ys, str(doc.ny) + "年")
        m = RE_ENUM.match(s.lstrip())
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        if m:
            return lead + body[: m.end()] + marker + body[m.end():]
        return lead + marker + body
    lines = map_sentences(doc, "first_responsible", fn, exclude=())
    return "\n".join(lines)


def op_replace_part(doc, key, pool, ratio=1.0, salt=""):
    """Replace a part's body by text from pool, about ratio x the original body length."""
    if not doc.has(key):
        return None
    exclude = ("first_responsible",) if key == "measures" else ()
    n = len(doc.body_text(key, exclude).replace("\n", ""))
    txt = fmt(doc, fill(pool, max(60, int(n * ratio))), salt)
    return replace_body(doc, key, [txt], exclude=exclude)


def op_replace_part_paras(doc, key, paras):
    if not doc.has(key):
        return None
    exclude = ("first_responsible",) if key == "measures" else ()
    return replace_body(doc, key, [fmt(doc, p) for p in paras], exclude=exclude)


def op_items_append(doc, pool):
    """Append one sentence (cycling through pool) to each problem item."""
    if not doc.has("shortcomings"):
        return None

    def fn(item, k):
        s = fmt(doc, pool[k % len(pool)], str(k))
        it = item.rstrip()
        if it and it[-1] in "；;，,":
            return it[:-1] + "。" + s
        if it and it[-1] not in "。！!":
            return it + "，" + s.lstrip("，")
        return it + s
    return edit_items(doc, fn)


def op_items_rewrite(doc, fn_text):
    if not doc.has("shortcomings"):
        return None

    def fn(item, k):
        m = RE_ENUM.match(item)
        pre = item[: m.end()] if m else ""
        return pre + fmt(doc, fn_text(item, k), str(k))
    return edit_items(doc, fn)


def op_measures_insert(doc, para, where="end"):
    if not doc.has("measures"):
        return None
    return insert_para(doc, "measures", fmt(doc, para), where=where)


def op_plan_copy_measures(doc, pick="first", shift_year=False):
    """Next-year plan replaced by the year's achievements (measures paragraphs, past tense)."""
    if not doc.has("measures", "next_year"):
        return None
    n = len(doc.body_text("next_year", ()).replace("\n", ""))
    ps = [doc.lines[i][c:].strip() for i, c in doc.paras("measures")]
    if pick == "last":
        ps = ps[::-1]
    elif pick == "odd":
        ps = ps[1::2] + ps[0::2]
    out, tot = [], 0
    for p in ps:
        if tot >= n:
            break
        if shift_year:
            p = p.replace(f"{doc.year}年", f"{doc.ny}年")
        out.append(p)
        tot += len(p)
    if pick == "last":
        out = out[::-1]
    return replace_body(doc, "next_year", out, exclude=())


def op_vague_to_figures(doc, figs, k=2):
    """Replace up to k vague (number-free) measures sentences in place by rule-of-law figures."""
    if not doc.has("measures"):
        return None
    cand = []
    for i, c in doc.paras("measures"):
        for s in sentences(doc.lines[i][c:]):
            if vague_sentence(s):
                cand.append(s)
    if not cand:
        return None
    chosen = sorted(cand, key=len, reverse=True)[:k]
    rep = {s: fmt(doc, figs[j % len(figs)], str(j)) for j, s in enumerate(chosen)}
    lines = map_sentences(doc, "measures", lambda s: rep.get(s, s))
    return "\n".join(lines)


def op_adjectives_only(doc, word_count, word_pct):
    """Strip the figures from the measures and leave adjectives."""
    if not doc.has("measures"):
        return None
    n = [0]

    def fn(t):
        def rep(m):
            n[0] += 1
            return word_pct if m.group(3) == "%" else word_count + m.group(3).lstrip("余")[-2:].lstrip("万")
        return NUM_RX.sub(rep, t)
    lines = map_paras(doc, "measures", fn)
    if n[0] < 3:
        return None
    return "\n".join(lines)


def op_plan_year(doc, target):
    """Change the year the plan states to `target` (heading and body)."""
    if not doc.has("next_year"):
        return None
    sp = doc.spans["next_year"]
    lines = list(doc.lines)
    hit = 0
    for i in range(sp.start, sp.end):
        new = lines[i].replace(f"{doc.ny}年", f"{target}年")
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


def opening_index(doc):
    first = min(s.start for s in doc.spans.values())
    for i in range(first - 1, -1, -1):
        if len(doc.lines[i].strip()) > 40:
            return i
    return None


def op_opening_append(doc, sentence):
    i = opening_index(doc)
    if i is None:
        return None
    lines = list(doc.lines)
    lines[i] = lines[i].rstrip() + fmt(doc, sentence)
    return "\n".join(lines)


def op_pair_same_place(doc, a, b, where="end"):
    """Pair: paragraph a vs paragraph b inserted at the same place in the measures (equal length)."""
    if not doc.has("measures"):
        return None
    ta, tb = fmt(doc, a, "pair"), fmt(doc, b, "pair")
    return insert_para(doc, "measures", ta, where=where), insert_para(doc, "measures", tb, where=where)


def op_plan_answer_pair(doc, answer_tpl, unrelated_tpl, topics):
    """Pair: a plan that answers each stated problem vs an equally concrete plan on unrelated topics."""
    if not doc.has("shortcomings", "next_year"):
        return None
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:4]
    if not kps:
        return None
    short = doc.body_text("shortcomings", ())
    tops = [t for t in topics if t not in short and t not in doc.text][: len(kps)]
    if len(tops) < len(kps):
        return None
    cn = "一二三四五六"
    A = [fmt(doc, f"{cn[j]}是" + answer_tpl[j % len(answer_tpl)].replace("{kp}", kp), str(j))
         for j, kp in enumerate(kps)]
    B = [fmt(doc, f"{cn[j]}是" + unrelated_tpl[j % len(unrelated_tpl)].replace("{kp}", tp), str(j))
         for j, tp in enumerate(tops)]
    return replace_body(doc, "next_year", A, exclude=()), replace_body(doc, "next_year", B, exclude=())


def op_hollow(doc, pool, keys=KEYS):
    """Every part reduced to stock phrases of the same length (headings kept)."""
    if not all(doc.has(k) for k in keys):
        return None
    text = doc.text
    # replace parts from the bottom of the document up so that line numbers stay valid
    order = sorted(keys, key=lambda k: -doc.spans[k].start)
    lines = list(doc.lines)
    cur_labels = doc.labels
    for k in order:
        exclude = ("first_responsible",) if k == "measures" else ()
        n = len(doc.body_text(k, exclude).replace("\n", ""))
        txt = fill(pool, n, doc.rng("hollow" + k))
        sub = Doc(doc.id, "\n".join(lines), cur_labels, doc.kind)
        before = len(lines)
        lines = replace_body(sub, k, [txt], exclude=exclude).split("\n")
        delta = len(lines) - before
        s0 = sub.spans[k].start
        secs = {}
        for kk, v in cur_labels["sections"].items():
            v = dict(v)
            if isinstance(v.get("line"), int) and v["line"] - 1 > s0:
                v["line"] += delta
            secs[kk] = v
        cur_labels = dict(cur_labels, sections=secs)
    return "\n".join(lines)
