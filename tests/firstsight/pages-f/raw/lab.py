# Writes every fsf-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-e/raw/lab.py).
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsf-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsf-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsf-%03d' % n, kind='distractor', type=typ, source_url=U['fsf-%03d' % n], notes=notes)
L = [
R(3, None, ['湖北省人力资源和社会保障厅', '湖北省人社厅', '省人社厅'], 'department', 2024, None,
  S(2, '一、重点工作推进情况'), E(4, '(二)持续加强法治建设组织领导'),
  'No title, no chrome, no date field (URL 20250228 not used). The body says only 省人社厅/我厅; 湖北 appears only in 湖北省博物馆 -> the full name comes from the site (rst.hubei.gov.cn). The opening paragraph also has a passing 第一责任人 clause; the part is sub-heading (二) line 4 ("严格落实党政主要负责人履行推进法治建设第一责任人职责").'),
R(4, None, ['杭州市上城区人力资源和社会保障局', '上城区人力资源和社会保障局', '上城区人力社保局'], 'department', 2023, None,
  S(3, '一、2023年度推进法治政府建设的主要举措和成效'), F,
  'No title, no date field (URL 2024/1/29 not used). The body says 我局; the name appears only inside a document title (《上城区人力社保局行政合法性审查事项目录清单》); site hzsc.gov.cn (杭州市上城区). "进一步明确党委主要领导责任" (line 7) has no 第一责任人 wording -> first_responsible absent.'),
R(5, None, ['汕头市澄海区人力资源和社会保障局', '澄海区人力资源和社会保障局', '澄海区人社局', '区人社局'], 'department', 2024, None,
  S(2, '一、把握正确政治方向,法治政府建设更加扎实有力'), E(3, '我局把学习贯彻习近平新时代中国特色社会主义思想贯穿到人社领域的各方面各环节'),
  'No title, no date field. The body says 区人社局/我局; the district is named only in cited documents (《中共汕头市澄海区委全面依法治区委员会2024年工作要点》) and the site (chenghai.gov.cn). The duty ("三是高效贯彻推进……进一步压实主要负责人法治建设第一责任人职责") sits in the paragraph (line 3) directly under top-level heading 一 -> embedded at that paragraph (pages-d convention).'),
R(6, '宛城区人力资源和社会保障局关于2025年法治政府建设情况的报告', ['宛城区人力资源和社会保障局', '南阳市宛城区人力资源和社会保障局', '宛城区人社局'], 'department', 2025, None,
  S(7, '二、年度推进法治政府建设的主要举措和成效'), SEC(4, '一、党政主要负责人履行法治建设第一责任人职责情况'),
  'Title twice (line 1 with a space after the issuer, line 2 without). No date field (URL 2026/01-13 not used). The 第一责任人 part is a top-level section (一) before measures (二); intro says "现将具体工作情况总结汇报如下".'),
R(7, None, ['长治市城市管理局', '市城市管理局'], 'department', 2023, None,
  S(3, '一、2023年推进法治政府建设的主要举措和成效'), F,
  'No title, no date field (URL 20240102 not used); 城管 bureau, "现将全年工作汇报如下". The only 第一责任人 wording is a passing clause in the opening paragraph (line 1: "认真贯彻落实党政主要负责人履行推进法治建设第一责任人职责") -> absent (pages-d/e convention, borderline).'),
R(8, ['湖南省农业农村厅2023年法治政府建设年度报告', '2023年法治政府建设年度报告'], ['湖南省农业农村厅'], 'department', 2023, '2024-01-31',
  S(6, '一、2023年法治政府建设工作情况'), E(7, '(一)认真履行第一责任人职责,推动各项工作纳入法治化轨道'),
  'Site headline (line 1), then the document\'s own bare title (line 2) with the issuer (line 3) under it -> both titles listed (pages-d convention). publish_date: the document\'s own date "(2024年1月31日)" printed under issuer and title, in place of a signature date (borderline: not a page date field). Duty under sub-heading (一) line 7.'),
R(9, None, ['福建省农业农村厅', '省农业农村厅'], 'department', 2023, None,
  S(2, '一、党对法治政府建设的领导全面加强'), E(4, '(二)全面落实法治建设第一责任人制度'),
  'No title, no date field (URL 20240201 not used). The body says 省农业农村厅/厅党组; 福建 only in 《福建日报》 and the site (nynct.fujian.gov.cn).'),
R(10, '杭州市農業農村局(杭州市鄉村振興局)2023年法治政府建設年度報告',
  ['杭州市農業農村局', '杭州市农业农村局', '杭州市鄉村振興局', '杭州市乡村振兴局', '杭州市農業農村局(杭州市鄉村振興局)', '杭州市农业农村局(杭州市乡村振兴局)'], 'department', 2023, '2024-03-26',
  S(4, '一、2023年推進法治政府建設的主要舉措和突出成效'), F,
  'Traditional-script mirror (shangkeht.com) of a bureau with a second name in brackets (杭州市乡村振兴局); 發布日期 2024-03-26. The 第一责任人 part is not in the excerpt.'),
R(11, '退役军人事务部2021年法治政府建设年度报告', ['退役军人事务部'], 'department', 2021, None,
  S(7, '一、加强党的领导,法治建设更有力'), E(13, '(三)坚决履行推进法治政府建设第一责任人职责'),
  'Spam mirror (yyhb029.com): line 1 is a betting brand and every 习近平 in the text is replaced by "betway必威体育". A ministry (部党组 speaks in the parts). No date field (URL 202203 not used).'),
R(12, '东源县退役军人事务局2025年法治政府建设年度报告', ['东源县退役军人事务局', '河源市东源县退役军人事务局'], 'department', 2025, '2026-01-05',
  S(9, '一、2025年法治政府建设工作主要举措及成效'), F,
  'Breadcrumb chrome; 来源 东源县退役军人事务局, 时间 2026-01-05. Sub-heading (一) (line 11) has a 领导小组 led by the 党组书记 but no 第一责任人 wording -> absent.'),
R(13, None, ['区退役军人事务局'], 'department', 2024, None,
  S(2, '一、2024年度推进法治政府建设的主要举措和成效'), F,
  'No title, no date field. The body says only 区退役军人事务局 (no place anywhere; site ql.gov.cn, district not named on the page). Line 6 is cut at "局主要负责人严格落实《党政主要负" before any 第一责任人 wording -> absent (borderline: the cited 规定 is recognisable).'),
R(14, '五华区退役军人事务局2025年法治政府建设工作情况', ['五华区退役军人事务局', '昆明市五华区退役军人事务局'], 'department', 2025, None,
  S(11, '一、完成情况'), E(13, '深入贯彻落实《五华区法治政府建设实施方案'),
  'Title without 报告 ("…工作情况"), in a 通知公告 column; no date field (URL 2026-02-02 not used). Only one top-level heading (一、完成情况); the duty ("局领导班子切实履行推进法治建设第一责任人职责") is in the paragraph (line 13) directly under it -> embedded at that paragraph.'),
R(15, None, ['礼让街街道办事处', '城中区礼让街街道办事处', '西宁市城中区礼让街街道办事处', '礼让街街道'], 'township', 2024, None,
  S(2, '一、法治建设工作开展情况'), F,
  'No title, no date field; "现将2024年度法治政府建设工作汇报如下". Only 党政主要负责人……学法守法用法情况纳入个人年终述职报告 (no 第一责任人 wording) -> absent.'),
R(16, '诸暨市气象局关于2024年度法治政府建设工作的报告', ['诸暨市气象局'], 'department', 2024, None,
  S(3, '一、2024年法治政府主要工作情况'), E(6, '(二)全面落实主要责任人履行推进法治建设第一责任人职责'),
  'A department of a 县级市 (诸暨市, 绍兴) under dual leadership (市委市政府 and 省市气象局). No date field (URL 2025/2/7 not used).'),
R(17, '巫山县气象局2021年度法治政府建设工作情况报告', ['巫山县气象局', '重庆市巫山县气象局'], 'department', 2021, '2022-04-15',
  S(10, '一、强化制度建设'), E(12, '我局高度重视依法行政工作'),
  'Site header "重庆市气象局" (line 1) is the site, not the issuer; breadcrumb names 巫山县气象局. 发布时间 2022-04-15. Duty ("主要负责人切实履行法治第一责任人责任") in the paragraph (line 12) directly under heading 一.'),
R(18, '山东省气象局2023年度法治政府建设工作情况的报告', ['山东省气象局'], 'department', 2023, '2024-02-27',
  S(6, '一、强化气象法治工作的组织领导'), E(6, '一、强化气象法治工作的组织领导'),
  '索引号/发布机构/发布日期 card (2024-02-27), title line 4. Heading 一 runs on into its paragraph, which holds the duty ("局党组书记、局长认真履行推进法治政府建设第一责任人职责") -> embedded, same line (as pages-e 044).'),
R(19, None, ['江南区退役军人事务局', '南宁市江南区退役军人事务局'], 'department', 2025, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), F,
  'No title, no date field; 南宁 only in the site (nnjn.gov.cn). No 第一责任人 wording in the excerpt ("局班子充分发挥领导核心作用") -> absent.'),
R(20, '西山区教育体育局2023年法治政府建设工作报告', ['西山区教育体育局', '昆明市西山区教育体育局'], 'department', 2023, None,
  S(3, '一、工作情况'), F,
  'Title line 1; a merged 教育体育局. No date field (URL 2024-03-28 not used). No 第一责任人 wording ("加强单位法治建设的组织领导" only) -> absent.'),
R(21, '西安市高陵区教育局关于2025年法治政府建设情况的报告', ['西安市高陵区教育局', '高陵区教育局'], 'department', 2025, None,
  S(19, '二、法治政府建设的主要举措和成效'), SEC(5, '一、落实第一责任人法治建设职责'),
  'Title line 1; no date field. The 第一责任人 part is top-level section 一 before measures (二, line 19).'),
R(22, ['融水苗族自治县水利局2024年度法治政府建设年度报告', '2024年度法治政府建设年度报告'], ['融水苗族自治县水利局', '融水县水利局'], 'department', 2024, None,
  S(5, '一、主要举措和成效'), F,
  'A department of an 自治县. Site headline (line 1), then the issuer (line 2) over a bare title (line 3) -> both titles listed. Intro ends "现述法报告如下" (the body still is the annual report with its parts). No date field (URL 20250306 not used). The 第一责任人 part is not in the excerpt.'),
R(23, None, ['武汉市人民政府国有资产监督管理委员会', '武汉市政府国资委', '武汉市国资委', '市政府国资委'], 'department', 2025, None,
  S(2, '一、2025年推进法治政府建设的主要举措和成效'), E(3, '(一)强化组织领导,压实法治建设第一责任'),
  'No title, no date field (URL 20260206 not used). The body says 市政府国资委/我委; 武汉 only in a cited 清单 title and the site.'),
R(24, None, ['广东省人民政府国有资产监督管理委员会', '广东省国资委', '省国资委'], 'department', 2024, None,
  S(2, '一、2024年度法治政府建设主要工作及成效'), E(5, '二是全面落实法治建设第一责任人职责'),
  'No title, no date field. The body says 省国资委 (委党委 speaks); 广东 only in 《广东省法治政府建设实施纲要》/对广东…讲话. The part is the item "二是全面落实法治建设第一责任人职责" (line 5) under (一).'),
R(25, ['湖南省气象局2021年度法治政府年度报告', '2021年度法治政府建设报告'], ['湖南省气象局'], 'department', 2021, None,
  S(15, '一、深入学习贯彻习近平法治思想,加强党对法治政府建设的领导'), E(17, '(一)加强党对法治政府建设的领导'),
  'Metadata card with empty 发布机构 and 发布日期 -> publish_date null; 文号 湘气函〔2022〕1号. Site headline (line 5), then issuer (line 8) over a bare title (line 10) -> both listed. Duty ("省气象局主要负责人切实履行推进本部门法治政府建设第一责任人职责") under (一) line 17.'),
R(33, None, ['水口镇人民政府', '江华瑶族自治县水口镇人民政府', '水口镇'], 'township', 2024, None,
  S(2, '一、2024年度推进法治政府建设的主要举措和成效'), E(3, '(一)党委负责人严格履行法治建设第一责任人职责'),
  'No title, no date field. The body says 我镇; the town is named only in "结合水口镇的工作特点" and cited 工作要点; the county (江华瑶族自治县) only in the site path (jhskz).'),
R(35, None, ['伊犁州水利局', '伊犁哈萨克自治州水利局'], 'department', 2023, None,
  S(2, '一、工作开展情况及主要成效'), E(3, '(一)加强组织领导,健全依法行政体制机制'),
  'No title, no date field; a department of an 自治州 (州党委、政府). Duty ("切实履行推进法治建设第一责任人职责") on line 4 under (一) line 3.'),
X(1, '政府信息公开工作年度报告', '路桥区医疗保障局 2024 政府信息公开工作年度报告 (opening at the 编制说明, no title): annual report of a department, on information disclosure.'),
X(2, '政府信息公开工作年度报告', '安庆市医疗保障局 2021 政府信息公开工作年度报告 (opening at the 编制说明, no title).'),
X(26, '范文', 'Essay/template site (zuowenba.net): "教育体育局2023年度法治政府建设报告 篇1" with blanked years and names (20__年, ____思想): a template, not a published report of any body.'),
X(27, '依法治校自评报告', 'Document-sharing site (renrendoc): 依法治校工作自评与改进报告 of an unnamed school (我校); a school\'s self-assessment, not a government report.'),
X(28, '工作汇报', '城管综合执法局\'s briefing to visiting 市纪委 leaders (关于我市城市管理环境问题的汇报), essay site: a situation briefing, not a 法治政府建设 report.'),
X(29, '写作提纲(述职/工作报告)', 'Writing outline and opening/closing lines for a 气象局 2024 工作汇报 (m.1566.cn, 述职 column), then a template start with blanks (20__年).'),
X(30, '工作总结', '气象局年度工作总结 (2009, an unnamed district 气象局): a work summary on weather services.'),
X(31, 'news', '井研县司法局 news: the 2019 法治政府建设年度报告 报备 and 公开 work has started (lists the five required contents of such reports).'),
X(32, '审计工作报告', '潮阳区审计局局长\'s report to the 区人大常委会 on the 2022 budget-execution audit (2023-09-28).'),
X(34, '普法工作总结', 'Generic 普法工作总结 of an unnamed unit (我单位, 2024) with a results table, problems and next-year plan — a 普法 summary, not a 法治政府建设 report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-f or pages-f-held
    held = D + '../pages-f-held/'
    return held if os.path.exists(held + 'fsf-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsf-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsf-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = lines[v['line'] - 1]
            if not squash(ln).startswith(squash(v['heading'])):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', ln[:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    for t in titles:
        if not any(squash(l) == squash(t) for l in lines[:20]):
            print('TITLE?', n, t); bad += 1
    if not any(squash(i) in squash(text) for i in d['issuer']):
        print('issuer not in text (by design?)', n, d['issuer'][:2])
    if d['publish_date'] and d['publish_date'].isoformat() not in text and '%d年%d月%d日' % (d['publish_date'].year, d['publish_date'].month, d['publish_date'].day) not in text:
        print('DATE?', n, d['publish_date']); bad += 1
ids = sorted(n for n, _ in L)
assert len(ids) == len(set(ids)) and len(ids) == len(U), (len(ids), len(U))
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
