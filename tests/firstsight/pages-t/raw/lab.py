# Writes every fst-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-r/raw/lab.py). A heading marked
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
    return n, dict(id='fst-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fst-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fst-%03d' % n, kind='distractor', type=typ, source_url=U['fst-%03d' % n], notes=notes)
CARD = {4}
INLINE = {(3, 'first_responsible')}
L = [
R(1, '郑州市教育局关于2022年法治政府建设工作情况的报告', ['郑州市教育局', '市教育局'], 'department', 2022, '2023-02-16',
  S(8, '一、领导重视,机构健全,责任明确,为做好普法和依法治教工作打下了良好的基础'), F,
  'City department (郑州市教育局; zzjy.zhengzhou.gov.cn 其他信息): title line 1, "来源:郑州市教育局  时间:2023-02-16 17:34:30" line 2; the opening paragraph is broken across lines 4 and 6 ("提高广 / 大干部", as returned). No 主要举措 heading: part 一 (line 8, opens with a space) is the first topical part. The leading group "由局一把手任组长" (line 10) is no 第一责任人 wording -> first_responsible absent (borderline).'),
R(2, ['关于2023年度法治政府建设情况的报告'], ['湖南省生态环境厅', '省生态环境厅'], 'department', 2023, '2024-02-29',
  S(10, '一、工作开展情况'), E(13, '(二)认真落实法治建设第一责任人职责'),
  'Provincial department (湖南省生态环境厅; sthjt.hunan.gov.cn 公开年报 column): a bare title "关于2023年度法治政府建设情况的报告" (line 1, again in the card field "- 名称:" line 8) without the issuer, which stands only in "- 发布机构: 湖南省生态环境厅" (line 4); "- 发文日期: 2024-02-29 20:13" line 5. Part 一 "工作开展情况" line 10 is the review; its (二) line 13 is the duty itself (embedded).'),
R(3, '四川省生态环境厅2023年度法治政府建设工作情况', ['四川省生态环境厅', '省生态环境厅'], 'department', 2023, '2024-02-18',
  S(8, '一、加强组织领导,深化习近平法治思想学习贯彻,统筹抓好全省生态环境系统法治建设'), E(10, '一是加强组织领导。'),
  'Provincial department (四川省生态环境厅; sthjt.sc.gov.cn): title line 1 ends with "工作情况" (no 报告), "分享到:" line 3, "[发布时间:2024-02-18 11:26:36] [来源:法规与标准处]" line 4. No 主要举措 heading: part 一 (line 8) is the first topical part. The duty ("严格落实主要负责人履行推进法治建设第一责任人制度") sits in the run-in item "一是加强组织领导。" inside the body line 10, which opens with another sentence -> labelled at that item (inline in line 10, embedded; borderline: part 一 line 8 also names 加强组织领导).'),
R(4, '沁县文化和旅游局关于2025年度法治政府建设情况的报告', ['沁县文化和旅游局'], 'department', 2025, '2026-03-05',
  S(9, '一、主要举措和成效'), E(12, '2.健全工作机制。'),
  'County department (沁县文化和旅游局, 山西; qinxian.gov.cn 依法行政 > 沁县法治政府建设情况公开): breadcrumb line 1, font-size chrome line 2, a pipe-table card lines 3-7 whose "| 标题:... |" field (line 6) holds the only title (CARD) and "发布日期:2026-03-05" (line 7). Part 一 "主要举措和成效" line 9; item 2 line 12 "健全工作机制" holds "严格落实党政主要负责人履行推进法治建设第一责任人职责" -> labelled at the item opening (embedded).'),
R(5, '广州市应急管理局2022年法治政府建设年度报告', ['广州市应急管理局', '市应急管理局'], 'department', 2022, None,
  S(3, '一、强化思想引领,深入学习贯彻习近平法治思想'), E(6, '一是党政主要负责人切实履行推进法治建设第一责任人职责'),
  'City department (广州市应急管理局; yjglj.gz.gov.cn 法治政府建设 column): title line 1, no date in the text. No 主要举措 heading: part 一 (line 3) is the first topical part. Part 二 (line 5) "加强党的领导" opens with the sub-item "一是党政主要负责人切实履行推进法治建设第一责任人职责。" (line 6), the duty itself (embedded).'),
R(6, '应急管理部2019年法治政府建设年度报告', ['应急管理部', '中华人民共和国应急管理部'], 'department', 2019, None,
  S(7, '一、完善体制机制,推进应急管理改革发展'), F,
  'Ministry (应急管理部) on a mirror (isa-hsse.com 新闻中心): "新闻中心" line 1, title line 3, no date. No 主要举措 heading: part 一 (line 7) is the first topical part. No 第一责任人 wording in the cut -> absent.'),
R(7, '重庆市城市管理局关于市城市管理局2021年度法治政府建设情况的报告', ['重庆市城市管理局', '市城市管理局'], 'department', 2021, None,
  S(3, '一、2021年工作情况'), F,
  'City department (重庆市城市管理局; cgj.cq.gov.cn wap page; its 2022 report is fsm-005): title line 1 names the issuer twice, no date in the text. Part 一 "2021年工作情况" line 3 is the review. No 第一责任人 wording in the cut -> absent.'),
R(8, '饶平县林业局2022年度法治政府建设年度报告', ['饶平县林业局'], 'department', 2022, '2023-01-31',
  S(13, '一、主要工作及成效'), F,
  'County department (饶平县林业局, 广东; raoping.gov.cn 政府工作报告 column): title line 1, printed again on line 7, "2023-01-31 11:14" line 3, "来源:本网" and a font-size widget cut short ("【浏览字体:") lines 4-5, three empty lines before the opening. Part 一 "主要工作及成效" line 13. No 第一责任人 wording in the cut -> absent.'),
R(9, None, ['雅安市林业局', '市林业局'], 'department', 2018, None,
  F, SEC(2, '一、抓住领导干部这个关键少数,全面落实法治第一责任人责任'),
  'City department (雅安市林业局, 四川; lyj.yaan.gov.cn; its 2022 report is fsk-017): no title, no date; the text names "市林业局" and "雅安市法治政府建设工作方案" (the full name 雅安市林业局 is not written; 市林业局 is). Part 一 (line 2) is itself the first-responsible part ("全面落实法治第一责任人责任", form section); the excerpt stops inside it, so the measures part that follows is not in the text -> measures absent (as fsg-023 / fsb-012).'),
R(10, None, ['四川省林业和草原局', '省林草局'], 'department', 2024, None,
  S(2, '一、主动履职担当,统筹推进法治林草建设。'), F,
  'Provincial department (四川省林业和草原局; lcj.sc.gov.cn 公示公告): no title, no date in the text (the address has 2025/3/19). Part 一 line 2 is a run-in heading ("一、主动履职担当,统筹推进法治林草建设。一是…") - the first topical part. "切实履行法治建设主体责任" is no 第一责任人 wording -> absent (borderline).'),
X(30, '检察院工作报告(省检察院, 2021 回顾)', 'rdgb.gsrdw.gov.cn (甘肃人大网 公报): 甘肃省人民检察院工作报告 of 2022年1月18日 to the 省人大: 各位代表 address, 2021年工作回顾 - a procuratorate\'s report, not a 法治政府建设 report.'),
X(31, '政府信息公开年报(市教育局, 2022)', 'wap.taizhou.gov.cn: 泰州市教育局2022年政府信息公开工作年度报告 with 索引号 / 发布机构 card; its 总体情况 item 1 speaks of 合法性审查 of 规范性文件 - an information-disclosure annual report.'),
X(32, '经验交流(省教育厅 高校法治工作)', 'mentorsc.com: a province ("我省"; the province is not named in the cut) reports its 高等教育法治工作 by 抓组织领导 / 抓章程建设 items; names 教育厅主要负责同志 履行第一责任人职责 and 高校 第一责任人 - an experience piece on schools\' 法治 work, not the 厅\'s annual report.'),
X(33, 'news(高校 site relays 国家卫健委 2020 法治政府建设报告)', 'gjzlfzh.hbu.cn 法治资讯: news item "国家卫健委发布2020年度法治政府建设报告" summarising the 《报告》 in the third person - news about a report, not the report.'),
X(34, 'news(第三方 法治政府评估报告, traditional with pinyin mojibake)', 'hegsqy.com mirror: news of the first 法治政府评估报告 by 中国政法大学法治政府研究院 (53 cities ranked, 广州 first) - a third-party evaluation, traditional script with "(xié)"-style pinyin and a "?" slip.'),
X(35, '工作要点 通知(省医疗保障局, 2020)', 'ybj.zj.gov.cn: 浙江省医疗保障局关于印发2020年浙江法治医保建设工作要点的通知 with 索引号 card, 局机关各处室 address and the 工作要点 总体要求 - a plan for the year, not a report on it.'),
X(36, 'news(高校 依法治校工作动态, 2022)', 'yfzx.swu.edu.cn 法治动态: "2022年部分高校依法治校工作动态" - 同济大学 依法治校 news, not a unit\'s 法治政府建设 report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-t or pages-t-held
    held = D + '../pages-t-held/'
    return held if os.path.exists(held + 'fst-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fst-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fst-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-t*/fst-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
