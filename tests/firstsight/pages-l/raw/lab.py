# Writes every fsl-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-k/raw/lab.py). A heading marked
# inline (INLINE below) opens a sentence inside its line and is checked as contained in the line; every
# other heading must open its line. A title marked CARD stands only inside a card field of the page
# (| 标题:... |) and is checked as contained in a line of the first 30.
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsl-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsl-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsl-%03d' % n, kind='distractor', type=typ, source_url=U['fsl-%03d' % n], notes=notes)
INLINE = {(2, 'first_responsible'), (6, 'first_responsible')}
CARD = set()
L = [
R(1, ['券桥镇2022年度法治政府建设工作报告', '券桥镇2022年度法治政府建设'], ['券桥镇人民政府', '券桥镇'], 'township', 2022, '2023-02-28',
  S(11, '一、2022年度法治政府建设成效显著'), F,
  'Town on a mirror (oospecies.com, not the issuer): breadcrumb naming "券桥镇人民政府" (line 1), the page title (line 2), 时间 2023-02-28 (line 3), "分享:", the document\'s own title cut short (line 6, "…法治政府建设" without 工作报告; accepted too). A gap in the text ("券桥经济 会发展"). No 第一责任人 wording.'),
R(2, None, ['虹桥街道办事处', '虹桥街道', '上海市长宁区虹桥街道办事处'], 'township', 2021, None,
  S(2, '2021年虹桥街道法治政府建设工作'), E(4, '三是坚持权责一致,严格落实依法决策'),
  '街道 (上海 长宁区 虹桥街道; zwgk.shcn.gov.cn): no title; the opening announces "2021年度法治政府建设工作及2022年工作计划"; line 2 is the heading of the whole 2021 part (parts 一、… under it), so the measures open there (borderline: a reader may take part 一 at line 3). The duty is inline 三是 in the paragraph of part 一 (line 4): "街道党政主要负责人切实履行推进法治建设第一责任人职责" (inline heading, fsk-016 convention). The 2022 plan promised by the opening is beyond the excerpt -> absent.'),
R(3, '汉中市汉台区七里街道办事处2021年度法治政府建设工作报告', ['汉中市汉台区七里街道办事处', '七里街道办事处', '七里街道'], 'township', 2021, None,
  S(5, '一、主要工作情况'), E(7, '(一)加强组织领导,严格履行推进法治建设第一责任人职责'),
  '街道 (陕西 汉中 汉台区). Site navigation (line 1), title line 3, no opening paragraph, no date (URL 202208). Sub-heading (一) (line 7) names the duty itself.'),
R(4, None, ['巴音郭楞蒙古自治州人民政府', '巴州人民政府', '巴州', '巴州黨委', '中共巴音郭楞蒙古自治州委员会'], 'city', 2023, None,
  S(2, '一、主要做法'), F,
  '自治州 (新疆 巴音郭楞, "巴州黨委、政府": a joint report) on a traditional-script mirror (feish-gz.com) with mojibake where punctuation met a character ("法治政府?,F就…報告如下", "同考核?!笆奈濉币巹澮…"). No title, no date (URL 202403). Level city (a prefecture). The only 第一責任人 wording is putting the leaders\' duty into the cadres\' assessment (others\' duty, organised) -> absent.'),
R(5, None, ['文山市人民政府', '文山市', '文山市委', '市人民政府'], 'county', 2022, None,
  S(5, '(一)2022年度推进法治政府建设的主要举措和成效'), F,
  'County-level city (云南 文山州 文山市; "文山市委、市政府"). No title, no date; opens with "根据…通知…现将文山市2022年法治政府建设情况报告如下". Part 一 is an overview of the reporting system, part 二 "需要报告的重点事项" holds (一) "2022年度推进法治政府建设的主要举措和成效" (line 5), labelled as the measures heading (borderline: a reader may take part 一 at line 2 or part 二 at line 4). No 第一责任人 wording in the excerpt.'),
R(6, ['县2019年法治政府建设工作总结', '县 2022 年法治政府建设工作总结'], ['陇县人民政府', '陇县', '县政府', '县人民政府'], 'county', 2019, None,
  S(7, '一、高度重视法治政府建设,夯实法治建设工作基础'), E(9, '一是严格落实《陇县党政主要负责人履行推进法治建设第一责任人职责实施办法》规定'),
  'County (陕西 宝鸡 陇县) on a document site (07608.cn): the page title (line 1) says "县 2022 年…" while the document title (line 3) and the text are 2019 (the year trap). The county is named only in cited titles (《陇县…实施办法》《陇县2019年法治政府建设工作要点》). Part 一 has no sub-headings; its paragraph (line 9) opens with inline 一是 on the 第一责任人 rules and "明确政府主要负责人为推进法治政府建设第一责任人" (inline heading).'),
R(7, None, ['xx镇', 'xx镇人民政府', '镇人民政府', '镇'], 'township', 2019, None,
  S(3, '一、加强组织领导,确保法治创建活动落到实处'), F,
  'An anonymised town ("服务 xx 经济发展") of 广西 河池市宜州区 on a model-text page ("下面是小编为大家整理的…"); no URL was returned by the search tool. The words "乡镇 法治政府建设 工作总结" open line 2 run into the first paragraph: no title line (borderline). Year 2019 ("2019 年以来…现将一年来的工作情况总结如下", 七五普法). Part headings run into their paragraphs on the same line. No 第一责任人 wording.'),
R(8, None, ['十堰经济技术开发区管委会', '十堰经济技术开发区', '十堰经开区', '经开区', '十堰经济技术开发区党工委'], 'county', 2023, None,
  S(2, '一、主要举措和成效'), F,
  'Development zone (湖北 十堰经济技术开发区; "党工委、管委会"), labelled county as fsi-033 (天津滨海高新区). No title, no date (URL 20240226). No 第一责任人 wording in the excerpt.'),
R(9, '重庆市市场监督管理局关于2025年法治政府建设情况的报告', ['重庆市市场监督管理局', '重庆市市场监管局', '市市场监管局', '中共重庆市市场监督管理局党组'], 'department', 2025, '2026-02-25',
  S(15, '一、2025年工作举措及成效'), E(18, '2.严格落实党政主要负责人履行推进法治建设第一责任人职责'),
  '市场监管 (province-level 局 of 重庆 municipality). Twelve lines of card chrome (the card twice, in pipes: 发布机构 市市场监管局, 成文日期 2026-01-30, 发布日期 2026-02-25), title line 13. Item 2. (line 18, its own line under sub-heading (一) line 16) is headed by the duty itself; labelled at the item (its heading is the duty, unlike fsk-018 where the duty closed an item).'),
R(10, '中山市市场监督管理局2025年法治政府建设年度报告', ['中山市市场监督管理局', '中山市市场监管局', '市市场监督管理局'], 'department', 2025, '2026-02-12',
  S(10, '一、推动法治政府建设的举措和成效'), F,
  '市场监管 (city, 广东 中山). Accessibility chrome and breadcrumb (lines 1-2), title line 4, 信息来源 and 发布日期 2026-02-12 (line 6), indented paragraphs with blank lines between. No 第一责任人 wording in the excerpt.'),
R(11, '2023年镇法治政府建设工作总结及2024年工作思路', ['镇人民政府', '镇'], 'township', 2023, None,
  S(3, '一、法治建设工作开展情况'), F,
  'An anonymised town ("镇" without a name) on gongwencankao.com, a model-text site that replaced 习近平 by "A" ("以A新时代中国特色社会主义思想", "《A法治思想学习纲要》"). Title line 1 promises the 2024 思路 (beyond the excerpt -> next_year absent). "实现镇领导干部述法全覆盖" but no 第一责任人 wording -> absent. Bare issuer name as fsk-003.'),
R(12, None, ['天津市文化和旅游局', '市文化和旅游局', '市文旅局'], 'department', 2023, None,
  S(2, '一、2023年推进法治建设的主要举措和成效'), F,
  '文化和旅游 (province-level 局 of 天津 municipality; whly.tj.gov.cn): no title, no date (URL 20240206); the text says "我局" and names the body only in a cited title (《天津市文化和旅游局关于建立权责清单动态管理工作机制的实施意见》). No 第一责任人 wording.'),
R(13, '海盐县民政局2022年度法治政府建设报告', ['海盐县民政局', '县民政局'], 'department', 2022, '2023-02-28',
  S(15, '一、主要举措和成效'), E(19, '1.履行法治建设第一责任人职责'),
  '民政 (county, 浙江 海盐). Card chrome (索引号, 成文日期 2023-02-28, 发布机构 县民政局), title line 5, bullet chrome (发布时间 2023-02-28). Item 1. (line 19, own line under sub-heading (一)履主体责任 line 17) is headed by the duty ("局长对…亲自部署…"); labelled at the item as fsl-009.'),
R(14, None, ['卫生健康局', '市卫生健康局', '县卫生健康局'], 'department', 2025, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), E(3, '(一)强化政治引领,压实法治建设责任'),
  'A 卫生健康 局 ("我局", "省州市委": a city or county in an autonomous 州) on a spam mirror (owenbabies.com) that injected a betting-site name ("省州市委三升体育平台法治政府建设的决策部署"). No title, no name, no date: bare issuer name (fsk-003 convention). Sub-heading (一) (line 3, its text inline) holds 一是 "落实党政主要负责人履行推进法治建设第一责任人职责" -> labelled at the sub-heading.'),
R(15, None, ['上帅镇人民政府', '上帅镇'], 'township', 2020, None,
  S(2, '一、全力做好依法防控新冠肺炎疫情工作'), F,
  'Town (广东 上帅镇; gdls.gov.cn): no title, no date; "我镇" throughout, the name only in "上帅镇人民调解委员会" (line 4). Part 一 is on lawful epidemic control (2020, 纲要 2015-2020). No 第一责任人 wording.'),
R(16, None, ['庆隆镇人民政府', '庆隆镇'], 'township', 2020, None,
  S(2, '一、上半年推进法治政府建设的主要举措和成效'), F,
  'Town (重庆 庆隆镇; cqstl.gov.cn): no title, no date (URL 20210625). The opening says "现将庆隆镇2020年度法治政府建设情况报告如下" but part 一 reads "上半年推进…" (a slip; the items cover the whole of 2020: "2020年全年办理群众反馈事项270件"). No 第一责任人 wording.'),
R(17, None, ['大涌镇人民政府', '大涌镇', '中山市大涌镇人民政府'], 'township', 2020, None,
  S(2, '一、2020年依法行政和法治政府建设工作情况'), F,
  'Town (广东 中山 大涌镇; on the city portal zs.gov.cn/dyz): no title, no date; one long opening paragraph citing the 2015-2020 纲要 and 《大涌镇2020年依法行政工作要点》. Part 一 opens with 依法做好疫情防控. No 第一责任人 wording.'),
R(18, '重庆市长寿区司法局2022年度法治政府建设年度报告', ['重庆市长寿区司法局', '长寿区司法局', '区司法局'], 'department', 2022, None,
  F, SEC(3, '一、党政主要负责人履行推进法治建设第一责任人职责情况'),
  '司法 (district 司法局, 重庆 长寿). Title line 1, no date (URL 20230313). Part 一 (line 3) is the 第一责任人 part and fills the rest of the excerpt: measures absent (as fsk-012).'),
R(19, ['关于2022年度法治政府建设情况的报告', '南岸区司法局关于2022年度法治政府建设情况的报告'], ['南岸区司法局', '重庆市南岸区司法局', '区司法局'], 'department', 2022, None,
  S(4, '一、2022年推进法治政府建设的主要举措和成效'), F,
  '司法 (district 司法局, 重庆 南岸). The issuer is line 1 and the title proper line 2 (either the proper title or the two joined). No date (URL 20230224). No 第一责任人 wording in the excerpt.'),
R(20, '中共沅陵县委 沅陵县人民政府 关于2025年度法治政府建设的报告', ['沅陵县人民政府', '中共沅陵县委', '沅陵县', '县政府'], 'county', 2025, '2026-02-27',
  S(7, '一、2025年度法治政府建设主要工作与成效'), E(9, '(一)加强组织领导,压实法治建设责任'),
  'County (湖南 沅陵); title line 1 names the 县委 and the 县政府 (a joint title) but the text speaks of "沅陵县人民政府"; 发布时间 2026-02-27 (line 3). Sub-heading (一) (line 9) is followed by its paragraph (line 11) "全面落实党政主要负责人履行推进法治建设第一责任人职责要求,县政府主要负责人带头述职述法": labelled at the sub-heading.'),
R(21, '区教委2021年度法治政府建设工作报告', ['重庆市九龙坡区教育委员会', '九龙坡区教育委员会', '九龙坡区教委', '区教委'], 'department', 2021, None,
  S(3, '一、2021年工作主要举措及成效'), F,
  '教育 (district 教委, 重庆 九龙坡). Title line 1 without the place; 九龙坡 only in cited titles ("九龙坡教育工委〔2020〕36号", 《重庆市九龙坡区普惠性民办幼儿园管理办法》). No date (URL 20220217). No 第一责任人 wording.'),
R(22, '嘉兴市应急管理局关于2024年度法治政府建设工作的报告', ['嘉兴市应急管理局', '市应急管理局'], 'department', 2024, None,
  F, SEC(3, '一、局党政主要负责人履行推进法治建设第一责任人职责情况'),
  '应急管理 (city, 浙江 嘉兴). Title line 1, no date (URL 2025/2/20). Part 一 (line 3) is the 第一责任人 part and fills the rest of the excerpt: measures absent (as fsl-018, fsk-012).'),
R(23, None, ['霍邱县应急管理局', '霍邱县应急局', '县应急管理局', '县应急局'], 'department', 2024, None,
  S(2, '一、2024年法治政府建设的主要举措和成效'), E(3, '(一)深入学习贯彻习近平法治思想、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设'),
  '应急管理 (county, 安徽 霍邱): no title, no date, no scene-setting paragraph (line 1 "按照有关要求,现将我局…总结如下"); the name only in cited titles (《2024年度霍邱县应急管理局学法计划》). Sub-heading (一) (line 3) names the duty among three topics and goes on inline ("局党委书记、局长朱余江作为法治政府建设第一责任人").'),
R(24, None, ['区教育局', '区教育体育局', '教育体育局', '教育局'], 'department', 2024, None,
  S(2, '一、加强制度建设、明确法治职责'), F,
  'A district 教育 局 (yunxiqu.gov.cn; "区委、区政府", 局党委, 《教育体育法律法规选编》) that never names itself: no title, no name, no date -> bare issuer names (fsk-003 convention). "牵头成立由主要负责人任组长…的法治建设工作领导小组" but no 第一责任人 wording.'),
X(30, '政府信息公开工作年度报告(spam mirror)', '长沙市卫生健康委员会 2022 政府信息公开工作年度报告 on a spam mirror (ptshed.com): page title with a betting suffix ("_足彩app哪个是正规的"), breadcrumb, 来源/发布时间, the 六个部分 preamble, 一、总体情况.'),
X(31, 'news(法治政府建设考核)', '西藏自治区卫生健康委 news 2023-01-03: the 委 passed the 2022 法治政府建设 on-site assessment (考核组 visited, listened to the 汇报, checked 台账, made three requests).'),
X(32, '实施方案通知(省厅, 2016)', '广东省住房和城乡建设厅 粤建法〔2016〕274号: notice issuing its 实施方案 for the 广东省法治政府建设实施纲要(2016-2020年) and the 法治广东 five-year plan (addressees, 印发给你们, signature and date, then the 方案: 一、总体要求 (一)指导思想). On a 公积金 site (gjj.sg.gov.cn).'),
X(33, '通告(规范性文件备案目录)', '湖北省司法厅 2024-03-04 notice publishing the 2023 备案目录 of 行政规范性文件 (short: two paragraphs, the 附件 title, signature and date).'),
X(34, 'news(述法评议会议)', '合肥市 news (a WeChat copy on freewechat.com, URL with a "{{href}}" template artefact): the 2021 党政主要负责人专题述法评议会议 of 3月4日 (five units 现场述法, six 书面述法, a 民主评议团), with "查看原文/其他/点击查看新闻报道视频" chrome and runs of blank lines.'),
X(35, '政府信息公开工作年度报告(traditional, pdf layout)', '济南市章丘区文化和旅游局 2023 政府信息公开工作年度报告 on a traditional-script mirror with pinyin mojibake ("濟(jì)南", "報(bào)告") and PDF line breaks mid-word (page number "1" on line 1).'),
X(36, '统计公报(文化和旅游发展, traditional)', 'The national 2023 文化和旅游发展统计公报 (opening and 一、藝術創作生產) on a traditional-script mirror (nyfwjg.com) with pinyin mojibake ("領(lǐng)導", "社會(huì )主義").'),
X(37, '政务公开工作总结及计划', '市水利局 2024年度政务公开工作总结及2025年工作计划 (bimoxiezuo.com; 一、工作开展情况 (一)从建章立制入手…): another annual summary of a 局 with a next-year plan in its title.'),
X(38, 'news(群众满意度调查)', '武威市 news (gswwpeace.gov.cn): its 2022 法治建设群众满意度 score (85.51, second in 甘肃) in the 法治甘肃 survey report; three short paragraphs ending with 下一步.'),
X(39, '范文(综治工作汇报)', 'A 范文 page (mksedu.com) titled 法治乡村工作总结范例(12篇); 篇1 is an anonymised 乡\'s 综治 (平安建设) report to visiting leaders (××, 兴文县): 一、基本情况 二、领导重视、责任落实.'),
X(40, '审计工作报告(省级预算执行)', '广东省审计厅厅长 2020-07-28 report to the 省人大常委会 on the 2019 省级预算执行 audit (a county portal copy, jiaoling.gov.cn): a government report on a year to the 人大, but on budget auditing.'),
X(41, 'article(法治政府建设综述)', 'A generated-looking web article (zlipz.com) on 贵州\'s 法治政府建设: 引言, 一、背景 … 五、展望未来 in list form; no issuer, no year.'),
]
def home(n):  # after the split (split.py) a page lives in pages-l or pages-l-held
    held = D + '../pages-l-held/'
    return held if os.path.exists(held + 'fsl-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsl-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsl-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = squash(lines[v['line'] - 1]); h = squash(v['heading'])
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-l*/fsl-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
