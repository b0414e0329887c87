# Writes every fsp-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-o/raw/lab.py). A heading marked
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
    return n, dict(id='fsp-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsp-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsp-%03d' % n, kind='distractor', type=typ, source_url=U['fsp-%03d' % n], notes=notes)
INLINE = set()
CARD = set()
L = [
R(1, None, ['湖南省人民政府', '湖南省', '省政府'], 'province', 2022, None,
  S(2, '一、2022年主要工作'), E(4, '1.加强党对法治政府建设的领导。'),
  'Province (湖南) on a mirror of the provincial portal path (zwzzts.com/www/hnszf/..., URL 202303): no title, no date; opens "现将省政府2022年度法治政府建设情况报告如下", the province named only in "法治湖南" (line 5). Part 一 line 2, (一) line 3; item 1 (line 4, run on) holds "省长毛伟明带头履行推进法治建设第一责任人职责" -> labelled at item 1, the nearest heading.'),
R(2, None, ['湖南省人民政府', '湖南省', '省政府'], 'province', 2021, None,
  S(2, '一、2021年主要工作'), E(4, '1.坚持党对法治政府建设的领导。'),
  'Province (湖南, the year before 001) re-posted on an association site (hnlx.org.cn): no title, no date, the text never names the province (省长毛伟明, 市州; issuer borderline, from the report itself known to be 湖南\'s). Same layout as 001: item 1 (line 4, run on) holds the 第一责任人 sentence -> labelled at item 1.'),
R(3, None, ['拱市乡人民政府', '渠县拱市乡人民政府', '拱市乡'], 'township', 2024, None,
  S(3, '一、2024年度推进法治政府建设主要举措和成效'), E(4, '(一)强化组织领导,健全法治建设机制。'),
  'Township (四川 达州 渠县; quxian.gov.cn): opens with the salutation "中共渠县委员会、渠县人民政府:", no title, no date; the text says only "我乡" (the name 拱市乡 stands later in the search excerpt, past the cut: issuer borderline). Item (一) (line 4, run on): "党、政领导切实履行推进法治建设第一责任人职责" -> labelled at (一).'),
R(4, ['广元市人力资源和社会保障局2023年法治政府建设工作年度报告', '2023年法治政府建设工作年度报告'], ['广元市人力资源和社会保障局', '广元市人社局', '市人力资源和社会保障局'], 'department', 2023, '2023-12-29',
  S(12, '一、工作开展情况'), F,
  '人社 (city, 四川 广元; mobile page): title line 1, "政策法规科 2023-12-29" line 2 (published in the report year itself), then the title again split over lines 5 and 7 (issuer line, blank, title line): joined title and the title line accepted. Part 一 line 12. Only "主要领导任组长" and 述法 - no 第一责任人 wording.'),
R(5, None, ['广州市人力资源和社会保障局', '广州市人社局', '市人力资源和社会保障局', '市人社局'], 'department', 2023, None,
  S(2, '一、深入学习贯彻党的二十大精神和习近平总书记重要讲话精神,深刻领会法治政府建设要求'), F,
  '人社 (city, 广东 广州; rsj.gz.gov.cn 法治政府建设 column): no title, no date; "我局", the 局 never named (广州 only in a project name; issuer from the site, borderline). The opening cites "局2022年度法治政府建设情况报告获评全市优秀" and "2022年度、2023年度" awards: the report year is 2023. Part 一 line 2 (学习贯彻). No 第一责任人 wording.'),
R(6, None, ['昌吉州人民政府', '昌吉回族自治州人民政府', '昌吉州', '州人民政府'], 'city', 2023, None,
  S(2, '一、2023年工作开展情况'), E(3, '(一)坚持党的领导,统筹推进法治政府建设开创新局面。'),
  '自治州 (新疆 昌吉; cj.gov.cn, URL 20240301) -> city level (prefecture). No title, no date. Item (一) (line 3, run on): 三是 "制定全州各级各类履行推进法治建设第一责任人职责清单" -> labelled at (一). (The 2024 report of the same 州 is pages-d/fsd-007; texts differ.)'),
R(7, None, ['鄂尔多斯市人民政府', '鄂尔多斯市', '市政府'], 'city', 2023, None,
  S(3, '一、深入贯彻习近平法治思想,加快建设人民满意的法治政府'), E(7, '(二)推动责任落实。'),
  'City (内蒙古 鄂尔多斯) on an association site (ordoszxqy.org.cn): no title, no date, blank lines between paragraphs; report made "在市人大及其常委会的监督指导下". Item (二) (line 7, run on) "推动责任落实。认真落实党政主要负责人履行推进法治建设第一责任人职责" -> labelled there. Line 9 names 旗区 (乌审旗 etc.): not issuers.'),
R(8, None, ['乌审旗人民政府', '乌审旗', '旗政府'], 'county', 2024, None,
  S(2, '一、工作开展情况'), E(3, '(一)加强党对法治政府建设的领导。'),
  '旗 (county level, 内蒙古 鄂尔多斯 乌审旗; wsq.gov.cn 工作报告 column): no title, no date; opens "今年以来,我旗" and "现将2024年度我旗法治政府建设工作情况总结和2025年法治政府工作计划如下" (report 2024, plan 2025). Item (一) (line 3, run on): "旗政府主要领导坚决落实推进法治建设第一责任人职责" -> labelled at (一).'),
R(9, None, ['十堰市自然资源和规划局', '市自然资源和规划局'], 'department', 2023, None,
  S(2, '一、推进法治建设工作的主要措施和成效'), F,
  '自然资源和规划 (city, 湖北 十堰; gtzy.shiyan.gov.cn, URL 20240119): no title, no date; "市自然资源和规划局" (十堰 from the site). Part 一 line 2, (一) line 3, items 1. 2. - item 2 has "一把手负总责" only: no 第一责任人 wording -> absent.'),
R(10, ['垡头街道2023年度法治政府建设情况报告', '垡头街道2023年法治政府建设工作报告'], ['垡头街道办事处', '垡头街道', '朝阳区垡头街道办事处', '北京市朝阳区垡头街道办事处', '垡头街道工委办事处'], 'township', 2023, None,
  S(4, '一、推进法治政府建设情况'), E(6, '1.全面落实街道党政主要负责人履行推进法治政府建设第一责任人职责。'),
  '街道 (北京 朝阳 垡头; bjchy.gov.cn 法治政府建设报告 column): two title lines (the page title, then the document title "…工作报告"): both accepted. No date. Part 一 line 4, (一) line 5, item 1 (line 6) headed by the duty -> labelled there.'),
R(11, None, ['三明市卫生健康委员会', '三明市卫健委', '市卫健委', '市卫生健康委员会'], 'department', 2022, None,
  S(2, '一、2022年工作情况'), E(3, '(一)加强组织领导,建立健全工作机制。'),
  '卫健 (city, 福建 三明; wjw.sm.gov.cn 专题 column, URL 20230113): no title, no date; "市卫健委"/"我委", 三明 only in a cited title. Item (一) (line 3, run on): 一是 "落实第一责任人职责。…委主要领导为第一责任人" -> labelled at (一).'),
R(12, '叶城县2023年度法治政府建设工作报告', ['叶城县人民政府', '叶城县', '县政府'], 'county', 2023, '2025-09-05',
  S(8, '一、2023年度推进法治政府建设的主要措施和成效'), F,
  'County (新疆 喀什地区 叶城; xjyc.gov.cn): title line 1, "来源:叶城县司法局 … 发布时间 2025年09月05日" line 3 (posted in 2025 about 2023), blank lines between paragraphs; "在地委、行署的坚强领导下". The 述法 / 第一责任人 item (四是) stands past the cut: absent.'),
X(30, '述法报告(镇党政主要负责人履职情况)', '平江县 余坪镇 principal\'s 履职 report (pingjiang.gov.cn): "一、履职情况", "主持召开专题会议4次", "签署《依法履职承诺书》", "(三)严格履行法治建设第一责任人职责" - one leader\'s 述法, not the 镇\'s 法治政府建设 report.'),
X(31, 'news(市委依法治市办 述法+督察)', '南通 市司法局 item on a mirror (wuxianai.org/ntssfj): how 南通 joins 法治督察 and 专题述法 ("一是严督实察…", 2023年底 督察组 figures) - a work-method news item.'),
X(32, 'news(县人大常委会 调研 八五普法)', '宝丰 county news (bfkb.v0375.cn, 2023-10-30): the 县人大常委会副主任 visits the 县司法局 on 八五普法 mid-term work; signed (张钰鹏).'),
X(33, '年度工作总结(县司法局, 范文)', 'Template site (70edu.com): "xx县司法局 … 现将xxxx年工作总结如下" with masked names and years (xxxx), 公证 / 依法治县 / 规范性文件 items - a 司法局 general annual summary with masks.'),
X(34, 'news(市政府常务会议 立法计划)', '济南日报 (news.e23.cn, 2024-03-16): 市长于海田主持市政府常务会议 on the 2024 立法计划 and 重大行政决策事项目录 - a meeting report.'),
X(35, '政府工作报告(镇, 印发通知)', '重庆 巴南 木洞镇 (cqbn.gov.cn): pipe card, notice 木洞府发〔2024〕2号 印发 the 2024年政府工作报告, then the 镇长\'s report to the 镇人大 ("各位代表:", "一、2023年工作回顾").'),
X(36, '年度工作计划(自治区 法治政府建设)', '内蒙古 司法厅 column page (sft.nmg.gov.cn/zzb/fzzfjs/): the 自治区\'s 法治政府建设 plan for the year ("结合自治区实际,制定本计划", citing the 人大 审议意见 on the 2023 report), items 一、(一)(二) as tasks.'),
X(37, '整改进展通报(省卫健委 巡视整改, traditional spam mirror)', '湖北省卫健委 巡视整改进展 (2023-06-24) on a traditional-script expo-company spam page (puupupc.cn) with spam keywords first and pinyin mojibake: a 巡视 rectification notice, not a 法治政府建设 report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-p or pages-p-held
    held = D + '../pages-p-held/'
    return held if os.path.exists(held + 'fsp-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsp-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsp-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-p*/fsp-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
