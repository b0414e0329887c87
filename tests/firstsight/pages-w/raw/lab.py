# (pages-w copy of pages-u/raw/lab.py: names and the label list changed)
# Writes every fsw-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-t/raw/lab.py). A heading marked
# inline (INLINE below) opens a sentence inside its line and is checked as contained in the line; every
# other heading must open its line. A title marked CARD stands only inside a card field of the page
# (| 标题:... |) and is checked as contained in a line of the first 30.
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True)  # no line/heading: the section only needs to be found
    if line: d['line'] = line
    if heading: d['heading'] = heading
    d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsw-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsw-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsw-%03d' % n, kind='distractor', type=typ, source_url=U['fsw-%03d' % n], notes=notes)
CARD = set()
INLINE = {(4, 'first_responsible'), (7, 'first_responsible')}
L = [
R(1, None, ['鞍山市教育局', '市教育局'], 'department', 2023, None,
  S(2, '第一部分:主要举措和成效'), F,
  'City department (鞍山市教育局, 辽宁; jyj.anshan.gov.cn): no title, no date in the text; the address puts the page in a 2023-12 folder (published in December of the year reported on; an address date does not count -> null). Opens "2023 年是…" (a space between the year and 年) and "市教育局以习近平…"; the city is named only in "鞍山教育网", "鞍山市政务服务网" and 《鞍山市教育局权责事项目录》 (line 6). The review is "第一部分:主要举措和成效" (line 2), then 纲要 task areas 一、(一)1. No 第一责任人 wording in the cut -> absent.'),
R(2, ['益阳市教育局2023年法治政府建设工作报告', '2023年法治政府建设工作报告'], ['益阳市教育局', '市教育局'], 'department', 2023, '2024-02-01',
  S(10, '一、坚持以党的二十大精神为指引,深入学习宣传习近平法治思想'), F,
  'City department (益阳市教育局, 湖南; edu.yiyang.gov.cn) with page chrome: the title line 1, "发布时间:2024-02-01 11:35 作者: 来源:法宣科 浏览次数: 字体:【大】 【中】 【小】" line 2, then the document title again split over two indented lines (4 "益阳市教育局", 6 "2023年法治政府建设工作报告"), empty lines between paragraphs, paragraphs indented by two spaces. Part 一 (line 10) is the first topical part (学习宣传习近平法治思想). No 第一责任人 wording in the cut (part 二 "加强依法执政" is not in it) -> absent.'),
R(3, None, ['伊犁哈萨克自治州人民政府', '伊犁州人民政府', '伊犁州'], 'city', 2021, None,
  S(2, '一、2021年法治政府建设情况及主要做法'), F,
  'Autonomous prefecture (伊犁哈萨克自治州, 新疆; xjyl.gov.cn; address folder 2022-01): no title, no date; the opening cites the 自治区 notice asking for a "2021年法治政府建设工作总结" and says "伊犁州人民政府高度重视…现将伊犁州2021年度法治政府建设情况报告如下". Part 一 line 2; item (一) runs 一是/二是/三是 in one line (3). "政府主要领导作出指示批示" only, no 第一责任人 wording -> absent. Level: a prefecture-level unit -> city.'),
R(4, '重庆市长寿区长寿湖镇2023年法治政府建设报告', ['长寿湖镇人民政府', '重庆市长寿区长寿湖镇人民政府', '长寿湖镇', '重庆市长寿区长寿湖镇'], 'township', 2023, None,
  S(3, '一、法治政府建设基础牢实'), E(5, '严格执行《党政主要负责人履行推进法治建设第一责任人职责'),
  'Township (长寿湖镇, 长寿区, 重庆; cqcs.gov.cn 法治政府建设年度报告 column): title line 1, no date; the opening (line 2) reviews "过去一年" without naming the year and ends "现将本镇法治政府建设工作开展情况汇报如下". No 主要举措 heading: part 一 "法治政府建设基础牢实" (line 3) is the first topical part; line 4 describes the town (area, villages, staff). The excerpt ends inside run-in item "一是组织机构健全。" (line 5) with the sentence "严格执行《党政主要负责人履行推进法治建设第一责任人职责" (cut mid-title) -> embedded, labelled at that sentence (inline; borderline: the item is about 组织机构 and 党政主要领导负总责).'),
R(5, '贵州省市场监管局2020年度法治政府建设情况报告', ['贵州省市场监督管理局', '贵州省市场监管局', '省市场监管局'], 'department', 2020, None,
  S(2, '一、始终坚持政治统领,强化党对法治建设的领导'), E(4, '(二)认真履行党政主要负责人推进法治建设第一责任人职责'),
  'Provincial department (贵州省市场监督管理局; amr.guizhou.gov.cn 通知公告 column): title line 1 (short name 市场监管局), no date, no opening paragraph: part 一 follows the title at once (line 2, first topical part). Run-in item (二) "认真履行党政主要负责人推进法治建设第一责任人职责。" (line 4) -> embedded at the item.'),
R(6, None, ['许昌市生态环境局', '市生态环境局'], 'department', 2023, None,
  F, SEC(2, '一、切实履行推进法治建设第一责任人职责'),
  'City department (许昌市生态环境局, 河南; sthjj.xuchang.gov.cn 通知公告, address folder 2024-04-01): no title, no date. The report opens with the duty as its own top-level part 一 "切实履行推进法治建设第一责任人职责" (line 2) -> form section; the excerpt ends inside that part (一是/二是/三是 run-in, line 3), so the measures part (later parts) is not in the cut -> measures absent (as page-001 静海区 2023).'),
R(7, '陕西省人民政府关于2021年法治政府建设情况的报告', ['陕西省人民政府', '陕西省政府', '省政府'], 'province', 2021, '2022-03-15',
  S(6, '一、依法全面履行政府职能'), E(6, '一是切实履行法治政府建设职责。'),
  'Province (陕西省人民政府) on a mirror (yanqitong.cn 文件通知): title line 1, "省政府办公厅 2022-03-15" line 2 (header date), empty lines around the indented opening (line 4). Part 一 "依法全面履行政府职能。" is run-in (line 6) and is the first topical part; its first run-in item "一是切实履行法治政府建设职责。" opens with the 《党政主要负责人履行推进法治建设第一责任人职责规定》 and the 省政府主要负责人 -> embedded, labelled at the item (inline in line 6).'),
X(30, '工作规则 (印发通知)', 'Notice of the 巴音郭楞蒙古自治州人民政府 (2022-03-09) issuing its revised 人民政府工作规则 (第一章 总则 …): the rules of procedure of an autonomous prefecture government, naming 法治政府 only as a goal; not a report.'),
X(31, '政府工作报告任务分解', '灵璧县卫生健康委员会 page "县卫健委2021年政府工作报告任务分解" (2021-05-07) with site chrome (breadcrumb, 浏览量, 字体): numbered tasks from the county 政府工作报告, each with 牵头责任单位 and 主要协作单位; a task split, not a report on 法治政府建设.'),
X(32, '普法工作汇报', 'A template-like 情况汇报 (dawenge.com, ☆ placeholders for figures) of a city on the 七五普法 and the "谁执法谁普法" responsibility system: a report on 普法 (legal publicity), not an annual report on 法治政府建设; no year stated.'),
X(33, '普法工作报告 (向人大)', 'A county\'s "全县七五普法工作情况报告" to the 县人大 ("请予审议"), on a doc-sharing mirror (wenke99) with digits mangled ("75" for 七五, "1是", "20xx年"), all in one line: a report on the 七五普法 plan, not an annual report on 法治政府建设.'),
X(34, '信息公开年报', '螺洋街道 (路桥区, 台州) 2021年度 政府信息公开工作年度报告 (luqiao.gov.cn, 2022-01-14): an information-disclosure annual report of a sub-district (总体情况, 主动公开, 依申请公开 …), not a report on 法治政府建设.'),
]
def home(n):  # after the split (split.py) a page lives in pages-w or pages-w-held
    held = D + '../pages-w-held/'
    return held if os.path.exists(held + 'fsw-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsw-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsw-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present') and v.get('line'):
            ln = squash(lines[v['line'] - 1]); h = squash(v.get('heading', ''))
            if not (h in ln if (n, k) in INLINE else ln.startswith(h)):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', lines[v['line'] - 1][:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    ok = (lambda t: any(squash(t) in squash(l) for l in lines[:30])) if n in CARD else (lambda t: any(squash(l) == squash(t) for l in lines[:30]))
    if titles and not any(ok(t) for t in titles):
        print('TITLE?', n, titles); bad += 1
    if not any(squash(i) in squash(text) for i in d['issuer']):
        print('issuer not in text (by design?)', n, d['issuer'][:2])
    if d['publish_date'] and d['publish_date'].isoformat() not in squash(text) and '%d年%d月%d日' % (d['publish_date'].year, d['publish_date'].month, d['publish_date'].day) not in text and d['publish_date'].strftime('%Y年%m月%d日') not in text and d['publish_date'].strftime('%Y/%m/%d') not in text:
        print('DATE?', n, d['publish_date']); bad += 1
    if str(d['report_year']) not in text:
        print('YEAR?', n, d['report_year']); bad += 1
ids = sorted(n for n, _ in L)
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-w*/fsw-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
