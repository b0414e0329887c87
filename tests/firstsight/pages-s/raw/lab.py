# Writes every fss-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fss-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fss-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fss-%03d' % n, kind='distractor', type=typ, source_url=U['fss-%03d' % n], notes=notes)
CARD = set()
INLINE = set()
L = [
R(1, '山西省农业农村厅2021年度法治政府建设情况报告', ['山西省农业农村厅', '省农业农村厅'], 'department', 2021, '2022-01-19',
  S(10, '一、坚持高位统筹,全力推动法治政府建设任务落实落细'), E(14, '(二)建立完善法治建设领导机制。'),
  'Provincial department (山西 农业农村厅; nynct.shanxi.gov.cn 专题专栏 > 法治政府建设): menu line 1, breadcrumb line 2, title line 4, "时间:2022年01月19日 来源:法规处" line 6. The opening says "省农业农村认真学习" (厅 missing, as returned). No 主要举措 heading: part 一 (line 10) is the first topical part. (二) line 14 "建立完善法治建设领导机制" holds "层层压实法治建设第一责任人职责" but opens with the leading group -> labelled at the item opening (embedded).'),
R(2, None, ['省交通运输厅'], 'department', 2020, None,
  S(2, '一、交通运输法治政府部门建设持续深化'), E(3, '(一)加强党对交通运输法治建设的领导。'),
  'Provincial department (省交通运输厅) on a mirror (lysjtxh.com page25.html?article_id=833): no title, no date, the province is never named ("我省", "信用交通省"): issuer only as the text names it (borderline). Part 一 line 2 is the first topical part; (一) line 3 holds "贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》" and 主要负责人 述职 but opens with 党的领导 -> labelled at the item opening (embedded).'),
R(3, '高新区2020年法治政府建设工作情况报告', ['珠海高新区', '珠海高新区管委会', '珠海高新技术产业开发区管理委员会', '高新区', '高新区管委会'], 'county', 2020, None,
  S(5, '一、坚持高位推动,夯实法治建设责任'), E(7, '(一)提高政治站位。'),
  '开发区 of a city (珠海高新区; zhuhai-hitech.gov.cn 法治政府建设 column, post_2835782) -> county level as fse-001 / fsj-011 (the 高新区 itself; its 综治局 reports are fsi-032 / fsr-008). Title line 1 names only "高新区", no date. No 主要举措 heading: part 一 (line 5) is the first topical part. (一) line 7 "提高政治站位" holds "坚决扛起推进法治政府建设第一责任人的职责" -> labelled at the item opening (embedded).'),
R(4, None, ['国家税务总局上海市税务局', '上海市税务局', '市局'], 'department', 2020, None,
  S(2, '一、深入学习贯彻习近平法治思想'), E(3, '(一)加强党对法治建设的领导'),
  'Provincial branch of a ministry-level vertical body (国家税务总局上海市税务局; shanghai.chinatax.gov.cn 计划规划 column, URL 202103): no title, no date; the report covers "本市税务系统". No 主要举措 heading: part 一 (line 2) is the first topical part. (一) heading line 3 "加强党对法治建设的领导" with its body line 4 "落实税务系统主要负责人履行推进法治建设第一责任人职责" -> labelled at the (一) heading (embedded; borderline: the body line 4 is the nearest line with the wording).'),
R(5, None, ['云南省卫生健康委员会', '云南省卫生健康委', '省卫生健康委'], 'department', 2019, None,
  S(2, '一、工作情况'), F,
  'Provincial department (云南 卫生健康委; ynswsjkw.yn.gov.cn, URL html/2020/…0207): no title, no date; the first line cites 《云南省法治政府建设年度情况报告工作规定》 and "现将省卫生健康委2019年度法治政府建设工作情况报告如下". Part 一 "工作情况" line 2. No 第一责任人 wording in the cut -> absent.'),
R(6, '重庆市大足区卫生健康委员会 关于2025年法治政府建设情况的报告', ['重庆市大足区卫生健康委员会', '大足区卫生健康委员会', '大足区卫生健康委'], 'department', 2025, '2026-01-13',
  S(28, '一、推进法治政府建设的主要举措及成效'), F,
  '区 department (重庆 大足 卫生健康委; dazu.gov.cn 法治政府建设年度报告 column): heavy chrome (menus lines 1-7, the 公开 card twice: bracketed pairs lines 8-11, then one field a line lines 12-19, 发布日期 2026-01-13), title line 21 (a space between the name and 关于), blank lines 22-25 (one holds a lone space). Part 一 line 28. The leading group (line 32) names no 第一责任人 -> absent.'),
R(7, '贵州省司法厅2020年度法治政府建设情况报告', ['贵州省司法厅', '省司法厅'], 'department', 2020, None,
  S(3, '一、加强统筹协调,积极推动法治贵州建设'), F,
  'Provincial department (贵州 司法厅) on a mirror (zcfgw.org show-9143): title line 1, no date. No 主要举措 heading: part 一 (line 3) is the first topical part (the 厅 acting as 省委依法治省办). Line 4 cites the 省委 实施办法 of 《党政主要负责人履行推进法治建设第一责任人职责规定》 - a province-wide measure, not the 厅\'s own duty, whose part (二、…认真履行法治建设第一责任人职责) stands past the cut -> absent (borderline).'),
R(8, '四川省司法厅2020年推进法治政府建设工作情况', ['四川省司法厅', '省司法厅', '司法厅'], 'department', 2020, '2021-03-03',
  S(9, '一、认真履行推进法治政府建设主体责任'), E(11, '一是强化组织领导。'),
  'Provincial department (四川 司法厅; sft.sc.gov.cn 公示公告): chrome "头部-四川省司法厅" line 1, breadcrumb line 2, title line 3 ("…工作情况", no 报告), "发布日期:2021-03-03 信息来源:四川省司法厅" line 4, the colour picker "保护视力色: 杏仁黄 …" line 5. The text says "司法坚持" / "司法始终" (厅 missing, as returned). Part 一 line 9; 一是 line 11 "强化组织领导" holds "厅主要负责人认真将履行法治建设第一责任人职责落到实处" -> labelled at 一是 (embedded).'),
R(9, ['【法治建设报告】省司法厅2020年法治政府建设年度报告', '省司法厅2020年法治政府建设年度报告'], ['湖北省司法厅', '省司法厅'], 'department', 2020, '2021-02-26',
  S(7, '一、2020年法治政府建设工作情况'), E(8, '(一)坚持党的领导,严格履行法治政府建设职责。'),
  'Provincial department (湖北 司法厅; sft.hubei.gov.cn 法治建设年度报告 column): title line 1 with a bracketed column tag "【法治建设报告】", a pipe-table card (lines 2-5: 发布机构 湖北省司法厅, 发文日期 2021-02-26). Part 一 line 7; (一) line 8 "坚持党的领导,严格履行法治政府建设职责" ends with "主动履行推进法治政府建设第一责任职责" (no 人, as written) -> labelled at the item opening (embedded; borderline wording).'),
R(10, None, ['江苏省市场监督管理局', '江苏省市场监管局', '省市场监督管理局', '省市场监管局'], 'department', 2019, None,
  S(2, '一、全面依法履行部门职能'), F,
  'Provincial department (江苏 市场监督管理局) on a mirror (jsqa.org news_view.asp?id=36813): no title, no date; the text says only "我局", "全省", "我省" and cites 苏依法办〔2019〕5号 (issuer from the text\'s clues, borderline). Part 一 line 2. No 第一责任人 wording in the cut -> absent.'),
R(11, None, ['北京经济技术开发区管理委员会', '北京经济技术开发区管委会', '北京经济技术开发区', '经开区'], 'county', 2021, None,
  S(2, '一、2021年度推进法治政府建设主要举措与成效'), F,
  '开发区 of a province-level city (北京经济技术开发区 / 亦庄; beijing.gov.cn 法治政府建设报告 > 市级部门 > kfqgwh, URL 202203) -> county level (as fsl-008 / fsi-002). No title, no date. Part 一 line 2. No 第一责任人 wording in the cut -> absent.'),
R(12, '2021年天津经济技术开发区法治政府建设情况报告', ['天津经济技术开发区管理委员会', '天津经济技术开发区管委会', '天津经济技术开发区', '经开区管委会'], 'county', 2021, '2022-02-10',
  S(15, '一、经开区推进法治政府建设的主要举措和成效'), F,
  '开发区 (天津经济技术开发区 / TEDA, inside 滨海新区; tjbh.gov.cn kfq): card lines 3-9 ("名  称:" with the title, 发布机构 天津经济技术开发区, 成文/发文日期 2022-02-10), title line 11. Level county (national 开发区 with its own 管委会, as fsh-014; borderline: 宁河经济开发区 fsh-015 was labelled township). Part 一 line 15. No 第一责任人 wording in the cut -> absent.'),
R(13, None, ['池州经济技术开发区管理委员会', '池州经济技术开发区管委会', '池州经开区管委会', '池州经济技术开发区', '池州经开区'], 'county', 2021, None,
  S(1, '一、工作开展情况'), E(4, '二是坚持党的全面领导,切实推进法治政府第一责任人机制。'),
  '开发区 of a city (安徽 池州经开区; czkfq.chizhou.gov.cn OpennessContent): the page text opens directly with part 一 "工作开展情况" (line 1): no title, no opening, no date; the name stands only in line 4 ("2021年池州经开区重点工作责任清单"), the year only there too. Part 一 line 1 is the measures part; 二是 (line 4) is the duty itself -> embedded.'),
X(30, 'news(镇 依法行政工作部署会, 2019)', '凤阳县枣巷镇 (fyxf.gov.cn) news: the town holds its 2019 下半年依法行政工作部署会 - a meeting note, not a report.'),
X(31, '法院工作报告 digest(县级市法院, 2020 回顾 + 2021 任务)', '昆山 (epaper.jrkunshan.cn): newspaper digest of the 市人民法院 report: 2020年工作回顾 with case figures, bullet headings, then 2021年主要任务 - a court\'s year summary, not a 法治政府建设 report.'),
X(32, '法院工作报告(中院, 2020)', 'gongwensou.com copy of 2021年滁州市中级人民法院工作报告(摘要) to the 市人大: 各位代表 address, 2020年主要工作 with case figures.'),
X(33, 'news(基层法院 年度工作总结会)', '宛城法院 (nypubweb.nydt.cn): the court\'s 2021 year-end meeting: 办案标兵, 审判质效 and the president\'s summary with case figures - news.'),
X(34, '政府信息公开年报 目录页(省交通运输厅, 2019)', 'jtt.shandong.gov.cn flip-book page ("Page 2 - 省交通运输厅2019年度政府信息公开工作年度报告", "P. 2"): the table of contents with dot leaders and page numbers.'),
X(35, '政府信息公开年报(市交通运输局, 2020, traditional mirror)', 'szqkhbnox.com: traditional-script mirror with pinyin mojibake of 开平市交通运输局 2020 政府信息公开 annual report (总体情况 + empty table headings).'),
X(36, 'news(全国自然资源法治建设工作会议)', 'ysqgk.ynsyjm.com 产业要闻: the 自然资源部 holds its first system-wide 法治建设工作会议 (12月18日) - news.'),
X(37, '年度十大新闻(检察机关, 2020)', 'jcrb.com 2020 special: numbered list of the procuratorate\'s top news of 2020 (涉疫典型案例, 六稳六保 11条意见, 窨井盖) - a year\'s review of the 检察 system.'),
X(38, 'news(省卫生健康法治建设工作会议, traditional mirror)', 'trainfullbody.com: traditional-script mirror of a 湖南 省卫生健康委 news item: the province\'s 卫生健康法治建设工作会议 sums up 2018 and plans 2019.'),
X(39, '实施方案 范文 document page(traditional mirror)', 'boteman.cn: a document-sharing page "海南省法治政府實施方案" with page links, 下載 chrome and a 1.1/1.1.1 outline - a template, not a report.'),
X(40, '政府信息公开年报(工业园区, 2022)', '白城工业园区 2022 政府信息公开工作报告 (xxgk.jlbc.gov.cn, 发布日期 2023-01-07): the statutory six-part layout - not 法治政府建设.'),
]
def home(n):  # after the split (split.py) a page lives in pages-s or pages-s-held
    held = D + '../pages-s-held/'
    return held if os.path.exists(held + 'fss-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fss-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fss-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-s*/fss-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
