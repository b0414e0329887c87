# Writes every fsg-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fsg-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsg-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsg-%03d' % n, kind='distractor', type=typ, source_url=U['fsg-%03d' % n], notes=notes)
L = [
R(1, None, ['西安市莲湖区财政局', '莲湖区财政局', '区财政局'], 'department', 2025, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), F,
  '财政. No title, no date field. The body says only 区财政局/我区; the district is named by the site (lianhu.gov.cn, 西安市莲湖区). The excerpt ends in measures (四) before any 第一责任人 part.'),
R(2, None, ['东莞市财政局', '市财政局'], 'department', 2021, None,
  S(2, '一、2021年推进法治政府建设主要举措和成效'), E(5, '2.切实履行法治政府建设第一责任人职责'),
  '财政. No title, no date field. The body says 我局/市财政局; 东莞 only in cited 《东莞市2021年全面依法治市工作要点》 and the site (czj.dg.gov.cn).'),
R(3, '湖南省财政厅2023年度法治政府建设报告', ['湖南省财政厅', '省财政厅'], 'department', 2023, None,
  S(3, '一、加强组织领导,全面压实法治建设责任'), E(5, '(二)切实履行厅党组推进法治建设领导职责'),
  '财政 (province). Title line 1; no date field (URL 20240311 not used). Measures start at the first top-level theme (line 3); the duty ("厅主要负责人履行推进法治建设第一责任人职责") is sub-heading (二) line 5, which runs on into it.'),
R(4, '广州市公安局增城区分局关于2023年度法治政府建设情况的报告', ['广州市公安局增城区分局'], 'department', 2023, None,
  S(3, '一、2023年主要工作措施和成效'), E(4, '(一)加强党的领导,提高领导干部法治思维和法治能力'),
  '公安 (a district branch of a city bureau, 我分局). Title line 1; no date field. The duty ("切实履行法治政府建设第一责任人职责", "第一责任人述法工作会议") sits in the paragraph under sub-heading (一) line 4 (labelled at the sub-heading, as pages-f 025; borderline: the paragraph is line 5).'),
R(5, '石柱土家族自治县公安局 关于2025年法治政府建设工作情况的报告', ['石柱土家族自治县公安局', '石柱县公安局'], 'department', 2025, None,
  S(2, '一、工作总体完成情况'), F,
  '公安 of an 自治县. Title line 1 (with a space between issuer and 关于); no date field (URL 202601 not used). Part 一 (line 2) sums up results over the 2020-2025 plan ("通过五年的不懈努力"), part 二 (line 6) is 主要举措及成效: measures span both, heading = the first (borderline: 一 reads as a five-year review). No 第一责任人 wording in the excerpt.'),
R(6, None, ['泉溪镇人民政府', '泉溪镇政府', '泉溪镇', '竹溪县泉溪镇人民政府'], 'township', 2023, None,
  S(2, '一、推进法治政府建设的主要举措及成效'), F,
  'Township. No title, no date field (URL 20240529 not used). The body names 泉溪镇政府 and says 我镇; the county (竹溪县) only by the site (zhuxi.gov.cn). Line 4 sets up a 领导小组 ("主要领导亲自抓") without 第一责任人 wording -> absent.'),
R(7, '浙江省市场监督管理局2024年法治政府建设年度报告', ['浙江省市场监督管理局', '省市场监管局'], 'department', 2024, '2025-02-08',
  S(11, '一、2024年度法治政府建设情况'), E(13, '(一)立足“整体市监”,全局化抓强法治市场监管建设'),
  '市场监管 (province). Headline line 1 and the same title again at line 7; 发布日期 "2025- 02- 08 14: 11" (spaces inside). The duty ("“一把手”局长扎实履行推进法治建设第一责任人职责") is inside sub-heading (一) line 13, which runs on into it.'),
R(8, '浙江省商务厅关于2022年法治政府建设工作情况的报告', ['浙江省商务厅', '省商务厅'], 'department', 2022, '2023-02-24',
  S(14, '一、2022年法治政府建设工作基本情况'), F,
  '商务 (province). Metadata card (文件编号 浙商务〔2023〕8号, 生成日期 2023-02-22, 发布机构 省商务厅) then the title (line 8) and 发布日期 2023-02-24 (the page date; 生成日期 is the document date). (一) line 16 says "厅主要负责人高度重视法治政府建设工作 … 带头学法用法" without 第一责任人 wording -> absent (borderline).'),
R(9, '市商务委2023年度法治政府建设工作情况报告', ['上海市商务委员会', '上海市商务委', '市商务委'], 'department', 2023, '2024-03-08',
  S(4, '一、深入学习宣传贯彻习近平法治思想'), F,
  '商务 (直辖市 commission). Title line 1 names only 市商务委; 上海 appears in 《上海法治政府建设规划》 and the site (sww.sh.gov.cn). 发布日期(2024-03-08) line 2. No 第一责任人 part in the excerpt.'),
R(10, '厦门市生态环境局关于2024年法治政府建设情况的报告', ['厦门市生态环境局'], 'department', 2024, None,
  S(4, '一、2024年法治建设工作主要情况'), E(5, '(一)坚持思想引领,加强党对法治工作的领导'),
  '生态环境. Title line 1; no date field (URL 20250120 not used). Line 3 is a results paragraph before the first heading. The duty ("局主要负责人认真履行推进法治建设第一责任人职责") is in the paragraph under (一) line 5.'),
R(11, '生态环境部2024年法治政府建设情况的报告', ['生态环境部', '中华人民共和国生态环境部'], 'department', 2024, None,
  S(6, '一、2024年推进法治政府建设情况'), F,
  'Ministry, wrapped in a news item (nengyuanquan.com, energy news): lines 1-3 are the news lead ("3月27日,生态环境部发布…", "详情如下:"), the report\'s own title is line 4. No year-bearing date field (3月27日 only) -> null. No 第一责任人 wording in the excerpt (部党组书记、部长 … 论述生态环境法治工作 is not the duty).'),
R(12, None, ['乐山市交通运输局', '市交通运输局'], 'department', 2023, None,
  S(2, '一、全面深入贯彻学习习近平法治思想'), E(3, '二、强化法治政府部门建设'),
  '交通运输, on a spam mirror (yuegouguoji.com) and starting mid-page with "现将我局2023年法治政府建设工作情况报告如下。" (no title, no intro). The bureau is named only through 《乐山市交通运输系统推进法治交通建设工作要点》 and "全市交通运输系统" (issuer inferred, borderline). Top-level 二 (line 3) runs on into the duty ("全面落实《乐山市党政主要负责人履行推进法治建设第一责任人职责实施办法》 … “一把手”第一责任人制度"); its heading is not a 第一责任人 heading, so embedded (borderline).'),
R(13, None, ['西宁市城中区应急管理局', '城中区应急管理局'], 'department', 2025, None,
  S(2, '一、落实法治责任,健全法治工作机制'), E(3, '(一)严格履行法治建设第一责任人职责'),
  '应急管理 (district). No title, no date field. Named in the opening sentence; 西宁 only by the site (xncz.gov.cn) and 青海干部 (network college). The duty is sub-heading (一) line 3.'),
R(14, None, ['朝阳市应急管理局', '市应急管理局'], 'department', 2024, None,
  S(2, '一、主要工作开展情况'), F,
  '应急管理 (city). No title, no date field. The body says 市应急管理局/我局; 辽宁省 appears in training platforms; the city only by the site (yjglj.chaoyang.gov.cn, 辽宁省朝阳市). No 第一责任人 part in the excerpt.'),
R(15, '东莞市应急管理局2024年法治政府建设年度报告', ['东莞市应急管理局'], 'department', 2024, '2025-02-07',
  S(21, '一、2024年主要举措和成效'), F,
  '应急管理. Heavy chrome: metadata card (名称 line 8 repeats the title), title line 13, 发布日期 2025-02-07; a results paragraph (line 19) precedes the first heading. Indented paragraphs (ideographic/nbsp-looking spaces reproduced as spaces; the file is 1,980 bytes, others ~2,000, so some spaces may have been wider characters). The excerpt ends before any 第一责任人 wording.'),
R(16, None, ['宁国市应急管理局', '宁国市应急局', '市应急局'], 'department', 2024, None,
  S(2, '一、主要举措和成效'), E(3, '(一)贯彻习近平法治思想,压实法治责任,法治政府建设推进有力'),
  '应急管理 (县级市). No title, no date field. The body says 市应急局; 宁国 only in cited 《宁国市应急管理局行政执法案件查处分离制度》. The duty ("坚决落实主要负责人履行推进法治政府建设第一责任人职责") is in the paragraph under (一) line 3.'),
R(17, None, ['清远市清城区民政局', '清城区民政局'], 'department', 2023, None,
  S(2, '一、2023年工作情况'), E(3, '(一)切实履行推进法治建设第一责任人职责'),
  '民政 (district). No title, no date field. "现将我局2023年法治政府建设工作报告如下". The duty is sub-heading (一) line 3, before the other measures.'),
R(18, None, ['高台县人民政府', '高台县', '张掖市高台县人民政府'], 'county', 2022, None,
  S(2, '坚持高位推动 法治政府建设责任不断强化'), E(4, '压实工作责任'),
  'County (全县, 县委、县政府). No title, no date field; headings are unnumbered phrases ("坚持高位推动 法治政府建设责任不断强化", "深化宣传教育 全民法治意识不断增强"), items open with bold-style lead phrases ("压实工作责任。"). The duty ("推动各级党政主要负责人履行法治建设第一责任人职责落实落地") is the item 压实工作责任 (line 4) (borderline: it speaks of 各级). 高台 is named in 法治高台 and cited documents.'),
R(19, '广州市卫生健康委关于2024年度法治政府建设情况的报告', ['广州市卫生健康委员会', '广州市卫生健康委', '市卫生健康委'], 'department', 2024, None,
  S(3, '一、主要举措及成效'), E(4, '(一)坚持以习近平法治思想为指导,全面履行法治建设工作职责'),
  '卫健. Title line 1 (short name 卫生健康委); no date field. The duty ("二是切实履行推进法治建设第一责任人职责") is inside (一) line 4, which runs on.'),
R(20, None, ['张掖市卫生健康委员会', '张掖市卫生健康委', '市卫生健康委'], 'department', 2025, None,
  S(2, '一、2025年度法治政府建设的主要举措和成效'), E(3, '(一)突出政治引领,切实履行法治政府建设责任'),
  '卫健. No title, no date field (URL 20260204 not used). The body says 市卫生健康委/委党组; 张掖 only by the site (zhangye.gov.cn). The duty ("三是扎实履行法治建设第一责任人职责") is inside (一) line 3.'),
R(21, None, ['巴彦淖尔市文化旅游广电局', '市文化旅游广电局'], 'department', 2024, None,
  S(2, '一、工作完成情况'), F,
  '文旅广电 (自治区 city). No title, no date field; "现将工作开展情况汇报如下". The body says 我局; the name only in cited 清单/学习计划 titles; the site is an unrelated domain (shengjiangche.net). No 第一责任人 wording in the excerpt.'),
R(22, None, ['苏州市文化广电和旅游局', '市文广旅局'], 'department', 2024, None,
  S(2, '一、推进法治政府建设主要举措和成效'), F,
  '文广旅. No title, no date field; the full name in the opening sentence. No 第一责任人 part in the excerpt.'),
R(23, None, ['银杏大街街道办事处', '银杏大街街道', '文峰区银杏大街街道办事处', '安阳市文峰区银杏大街街道办事处'], 'township', 2025, None,
  F, SEC(2, '一、2025年度党政主要负责人履行推进法治建设第一责任人职责情况'),
  '街道. No title, no date field; 文峰区 named in the opening, 安阳 only by the site (wfqzf.gov.cn). The 第一责任人 part is top-level section 一 (line 2) and fills the whole excerpt: the measures part has not started -> measures absent.'),
R(24, None, ['人民街街道办事处', '人民街街道', '城中区人民街街道办事处', '西宁市城中区人民街街道办事处'], 'township', 2025, None,
  S(3, '一、全年工作完成情况'), F,
  '街道, addressed to 城中区委全面依法治区委员会 (line 1); "现将2025年工作情况总结如下". No title, no date field. (一) line 4 sets up the 领导小组 (党工委书记任组长) without 第一责任人 wording -> absent.'),
R(25, None, ['鼓楼街道办事处', '鼓楼街道', '密云区鼓楼街道办事处', '北京市密云区鼓楼街道办事处'], 'township', 2025, None,
  S(2, '一、2025年推进法治政府建设总体情况'), F,
  '街道. No title, no date field; "中央、市、区" and the site (bjmy.gov.cn, 北京市密云区) give the place; 鼓楼 is a common street name. The intro announces 存在不足及下一步安排 but the excerpt ends in part 一. No 第一责任人 wording.'),
R(26, '西翥街道办事处2025年度法治政府建设情况工作报告', ['西翥街道办事处', '西翥街道', '五华区西翥街道办事处', '昆明市五华区西翥街道办事处'], 'township', 2025, None,
  S(3, '一、 主要工作开展情况'), E(4, '(一)加强领导,健全工作机制'),
  '街道. Title line 1 ("…情况工作报告"); no date field; 昆明/五华区 only in cited plans. The duty ("街道党政主要负责人认真履行法治建设第一责任人职责") is inside (一) line 4, which runs on.'),
R(27, '杭州市审计局2024年度法治政府建设年度报告', ['杭州市审计局'], 'department', 2024, '2025-02-12',
  S(10, '一、主要举措和成效'), F,
  '审计. Breadcrumb, title line 4, 发布日期 "2025- 02- 12 16: 05" (spaces inside). No 第一责任人 part in the excerpt.'),
R(28, None, ['审计署', '中华人民共和国审计署'], 'department', 2024, None,
  S(2, '一、聚焦服务审计事业发展大局,统筹谋划开展审计法治建设各项工作任务'), E(4, '(二)坚持对标对表狠抓任务落实'),
  'Ministry-level (审计署) report reposted without title or date on a city audit bureau\'s site (lincang.gov.cn, 临沧市审计局: the site is not the issuer). The only 第一责任人 wording is in (二) line 4 ("将署各单位主要负责人述法工作纳入…强化领导干部履行推进法治建设第一责任人责任的意识") (borderline).'),
R(29, '司法部发布2023年法治政府建设年度报告', ['司法部', '中华人民共和国司法部'], 'department', 2023, '2024-12-21',
  S(7, '一、坚持把党的领导贯穿到法治政府建设全过程各方面'), F,
  'Ministry report reposted as a 中新网 news item on a mirror (tsgdz.com): the headline (line 1, "司法部发布…") is the only title line (accepted as the page title, borderline); 发布时间 2024-12-21 is the mirror\'s date field (used, borderline; the news is dated 3月29日). The only 第一责任人 wording ("督促、指导各地区深入落实法治政府建设第一责任人职责制度规定", line 13) is about the 部 guiding localities, not its own leaders -> absent (borderline).'),
R(30, None, ['南通市机关事务管理局', '市机关事务管理局'], 'department', 2024, None,
  S(3, '一、本年度推进法治政府建设的主要举措和成效'), F,
  '机关事务管理局. The excerpt starts mid-title: line 1 is "情况报告", the tail of a title cut by the page (not accepted as a title -> null). The body says 市机关事务管理局; 南通 only by the site (jgsw.nantong.gov.cn). No date field. No 第一责任人 wording in the excerpt.'),
X(31, '政府信息公开年报解读', '文字解读 of 济南市历城区市场监督管理局 2023 政府信息公开工作年度报告 (编制背景/依据/目的/主要内容): an explanation of an information-disclosure report.'),
X(32, '政府信息公开工作年度报告', '莆田市财政局 2022 政府信息公开工作年度报告 (title line 1, 发布时间 2023-01-13): a 财政 department\'s annual report on information disclosure.'),
X(33, '政府信息公开工作年度报告', '昭化区医疗保障局 2023 政府信息公开工作年度报告, opening at the 编制说明 (no title): a 医保 department\'s annual report on information disclosure.'),
X(34, 'news(年度综述)', 'Traditional-script mirror (skio.cc) of a 2023 review of 全国公安机关 法治公安建设 (公安部 regulations, 执法办案管理中心 counts): a national overview article with no issuer reporting on itself.'),
X(35, 'news(企业)', 'Company news on a betting-spam mirror (roarkautoparts.com, "欧宝ob" chrome): 兵器工业集团 passed the 国资委 法治央企建设 (2015-2020) acceptance with 91.8 points — a company\'s news about 依法治企, not a report.'),
X(36, '依法行政工作报告(多年)', '税务: 武汉市国家税务局 近年来依法行政工作情况的报告 ("本届政府以来", 2012-2015 examples): a multi-year 依法行政 report of a tax bureau (likely to the 人大/政府 at the end of a term), not an annual 法治政府建设 report (borderline).'),
X(37, 'news(述法)', 'Traditional-script spam mirror (feifmx.com, doubled punctuation ",,") of a news feature on 述法 (金山区 区委常委会述法专题会, 2022-01): news about 述法 work, 1,665 bytes.'),
X(38, '工作会议工作报告', '生态环境部部长黄润秋 at the 2024 全国生态环境保护工作会议 (工作报告, 2024-01-23; reposted by 河北省生态环境厅): a minister\'s speech reviewing 2023 and setting 2024 tasks, not a 法治政府建设 report.'),
X(39, '政府信息公开工作年度报告', 'Traditional-script mirror (chinaznjg.com) of 山东省交通运输厅 2023 政府信息公开工作年度报告, opening at the 编制说明.'),
X(40, '范文(工作方案)', 'Template site (xinyuwenchuang.cn): "乡镇2023法治政府建设工作方案【5篇】", a generic 实施方案 text of an unnamed town (我镇, 十七大-era wording), no line breaks.'),
X(41, '范文(工作总结)', 'Template site (xuetengedu.com): several model texts "《法治政府建设工作总结》" (我部门(或本地区), 过去一段时间): a writing template with no issuer or year.'),
X(42, 'news(述责述廉)', '闽清县 news: the 县长 chaired the 2024 述责述廉 meeting of the county government\'s 党组 members (述责述廉报告 are heard and rated): news about 述职述廉, not a report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-f or pages-g-held
    held = D + '../pages-g-held/'
    return held if os.path.exists(held + 'fsg-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsg-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsg-%03d.txt' % n, encoding='utf-8').read()
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
    if d['publish_date'] and d['publish_date'].isoformat() not in squash(text) and '%d年%d月%d日' % (d['publish_date'].year, d['publish_date'].month, d['publish_date'].day) not in text:
        print('DATE?', n, d['publish_date']); bad += 1
ids = sorted(n for n, _ in L)
assert len(ids) == len(set(ids)) and len(ids) == len(U), (len(ids), len(U))
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
