# (pages-x copy of pages-w/raw/lab.py: names and the label list changed)
# Writes every fsx-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fsx-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsx-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsx-%03d' % n, kind='distractor', type=typ, source_url=U['fsx-%03d' % n], notes=notes)
CARD = set()
INLINE = {(2, 'first_responsible'), (9, 'measures')}
L = [
R(1, ['焉耆回族自治县人民政府2022年度法治政府建设工作报告', '2022年度法治政府建设工作报告'], ['焉耆回族自治县人民政府', '焉耆县人民政府', '焉耆回族自治县', '焉耆县'], 'county', 2022, None,
  S(4, '一、任务进展及成效'), F,
  'Autonomous county (焉耆回族自治县, 巴州, 新疆; xjyq.gov.cn 城市综合执法 column, address folder 2023-03): the title is split over two lines (1 "焉耆回族自治县人民政府", 2 "2022年度法治政府建设工作报告") -> listed joined and as its last line; no date. Opening (line 3) "2022年以来,焉耆县坚持…" (short name). Part 一 "任务进展及成效" (line 4) is the review; item (一) (line 5) runs 一是/二是/三是 about learning 习近平法治思想. The only 第一责任人 wording is the name of a document issued under 三是 (《焉耆县党政一把手履行法治建设第一责任人职责清单》), not an account of how the principal leaders performed the duty -> absent (borderline).'),
R(2, '经济技术开发区管理委员会关于 2022年法治政府建设情况报告', ['曲靖经济技术开发区管理委员会', '经济技术开发区管理委员会', '曲靖经济技术开发区', '经开区管委会', '经开区'], 'county', 2022, '2023-02-15',
  S(9, '一、2022年推进法治政府建设的主要举措和成效'), E(11, '二是带头履职。'),
  'Development zone (曲靖经济技术开发区, 云南; qeda.gov.cn 公示公告): page chrome "信息公开" (line 1), the title line 3 names the body only as "经济技术开发区管理委员会" with a space before the year, "发布时间:2023-02-15 14:29:59 索引号: 文号: 来源:" (line 5); the text strips the city name everywhere ("《市法治政府建设实施纲要…》", "法治云南"). Level county (a 开发区 with its own 党工委/管委会, as fss-012 / fsl-008). Part 一 line 9. Inside item (一) (line 11) the run-in "二是带头履职。管委会主要领导带头学法用法,落实法治建设第一责任人职责…四个亲自…" -> embedded, labelled at that sentence (inline).'),
R(3, None, ['上杭县自然资源局', '县自然资源局'], 'department', 2024, None,
  S(2, '一、主要举措和成效'), F,
  'County department (上杭县自然资源局, 龙岩, 福建), served through an IP proxy address (222.178.203.72:19005/…/gtj/…/202501/…): no title, no date. Opens "2024年以来,县自然资源局坚持…" - the county is named only in 《上杭县国土空间总体规划(2021-2035年)》 at the cut (line 7). Part 一 "主要举措和成效" (line 2), then (一) 1./2. Item 2 "充分发挥党组统筹协调作用。主要负责人亲自主持召开会议…四个亲自" describes the principal\'s role without 第一责任人 wording -> absent (convention: the part needs 第一责任人 wording).'),
R(4, '明溪县应急管理局2024年法治政府建设情况报告', ['明溪县应急管理局', '县应急管理局'], 'department', 2024, '2025-01-23',
  S(8, '一、2024年法治政府建设主要举措和成效'), F,
  'County department (明溪县应急管理局, 三明, 福建; fjmx.gov.cn 公告公示): title line 1, "日期:2025-01-23 15:28 来源:明溪县应急管理局" line 3, an empty table row "| | | |" line 4, paragraphs indented and separated by empty lines. Part 一 line 8. Item (二) (line 12) is about 县委县政府 safety meetings and 目标责任书, no 第一责任人 wording -> absent.'),
R(5, '沅陵县应急管理局2024年法治政府建设工作情况报告', ['沅陵县应急管理局', '县应急管理局'], 'department', 2024, '2025-04-17',
  S(5, '一、上一年度推进法治政府建设的主要举措和成效'), F,
  'County department (沅陵县应急管理局, 怀化, 湖南; yuanling.gov.cn): title line 1, "沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2025-04-17 12:23" line 2, addressed "县委、县人民政府:" (line 3). The body never names the year: "现将上一年度法治政府建设工作情况、存在问题及下一年度工作计划报告如下", part 一 "上一年度推进法治政府建设的主要举措和成效" (line 5); the year 2024 comes from the title only. Numbered items "1. " with a space. No 第一责任人 wording -> absent.'),
R(6, None, ['湖南省人民政府', '湖南省政府', '省人民政府', '省政府'], 'province', 2024, None,
  S(2, '一、2024年主要工作'), E(5, '2.切实履行法治建设“第一责任人”职责。'),
  'Province (湖南省人民政府; hunan.gov.cn 省政府文件/通知公告 column, address 2025-03-12): no title, no date; one-sentence opening "根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求,现将省政府2024年度法治政府建设情况报告如下。" - the province is named only in "湖南普法网", "湖南省法治人才库", "来湘". Part 一 "2024年主要工作" (line 2), then (一) 1./2./3. Item 2 "切实履行法治建设“第一责任人”职责。省人民政府省长…" (line 5; 第一责任人 in quotes) -> embedded.'),
R(7, '徐圩乡2023年法治政府建设工作报告', ['徐圩乡人民政府', '徐圩乡', '怀远县徐圩乡人民政府', '怀远县徐圩乡'], 'township', 2023, None,
  F, SEC(3, '一、履行推进法治建设第一责任人职责情况'),
  'Township (徐圩乡, 怀远县, 蚌埠, 安徽; ahhy.gov.cn 信息公开): title line 1, no date; the opening (line 2) "2023年度,我乡…现将一年来的工作总结如下" (a 总结). The report opens with the duty as its own top-level part 一 "履行推进法治建设第一责任人职责情况" (line 3) -> form section; the cut ends inside that part ((二) 学习习近平法治思想情况 is still under part 一), so the measures part is not in the cut -> measures absent (as fsw-006 / page-001). probe.py: 2 probes shared with fsb-121 (a 镇长 述法报告 template built from the same boilerplate: "一是加强党对法治政府建设的领导,成立由…"); a different document.'),
R(8, '古塘街道2020年法治政府建设工作推进情况报告', ['古塘街道办事处', '古塘街道', '慈溪市古塘街道办事处', '慈溪市古塘街道'], 'township', 2020, '2021-01-04',
  S(9, '一、政府职能依法全面履行'), F,
  'Sub-district (古塘街道, 慈溪市, 宁波, 浙江; cixi.gov.cn): title line 1 ("工作推进情况报告"), "发布日期:2021-01-04 14:54 信息来源:古塘街道" line 3, addressed "市人民政府:" (line 5), empty lines between paragraphs. Published on 4 January, right after the year. No 主要举措 heading: part 一 "政府职能依法全面履行" (line 9) is the first topical part (纲要-style headings). No 第一责任人 wording -> absent.'),
R(9, None, ['古美路街道办事处', '古美路街道', '闵行区古美路街道办事处', '闵行区古美路街道'], 'township', 2020, None,
  S(1, '一、法治政府建设主要举措和成效'), F,
  'Sub-district (古美路街道, 闵行区, 上海; zwgk.shmh.gov.cn 规划计划 column): the whole excerpt is ONE line - headings run on after single spaces ("…总结如下: 一、法治政府建设主要举措和成效 (一)加强新冠肺炎疫情防控工作法治保障 全面落实…"). No title, no date. The opening calls it a 总结 ("现将2020年度法治政府建设工作情况总结如下"). Measures: the heading inside line 1 (inline). No 第一责任人 wording -> absent.'),
X(30, '信息公开年报', '台州湾经济技术开发区管委会 2023 政府信息公开工作年度报告 (linhai.gov.cn annual-report module): opens with the boilerplate "本报告依据《中华人民共和国政府信息公开条例》…由台州湾经济技术开发区管委会结合有关统计数据编制" and 总体情况/主动公开 (决策公开…); an information-disclosure report of a development zone, not a report on 法治政府建设.'),
X(31, '信息公开年报', '海门经济技术开发区 2023 政府信息公开工作年度报告 on a hijacked mirror (fjlxjx.com; a gambling brand "UedBet体育" injected into the first sentence) with the start of the 第二十条 table as pipes: an information-disclosure report, not a report on 法治政府建设; no title line.'),
X(32, '安全生产工作汇报', 'A 区应急局 "2023年一季度安全生产工作情况汇报" on a document-sharing site (gongwen.com.cn; title, "标签: #安全生产", the title repeated run-in before the text, excerpt ends "…"): a report on work safety (事故起数, 安全生产责任, "强化依法治安"), not an annual report on 法治政府建设.'),
X(33, '信息公开年报', '通江县交通运输局 2020年政府信息公开工作年度报告 (tjxzf.gov.cn, 2021-01-22): title line, date line, the standard six-part preamble (digits mangled "20201月1日"), 总体情况 and the start of 主动公开 - an information-disclosure report of a county department, not a report on 法治政府建设.'),
]
def home(n):  # after the split (split.py) a page lives in pages-x or pages-x-held
    held = D + '../pages-x-held/'
    return held if os.path.exists(held + 'fsx-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsx-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsx-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-x*/fsx-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
