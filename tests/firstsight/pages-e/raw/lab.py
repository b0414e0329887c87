# Writes every fse-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading and title against the page text (as pages-d/raw/lab.py).
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fse-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fse-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fse-%03d' % n, kind='distractor', type=typ, source_url=U['fse-%03d' % n], notes=notes)
L = [
R(1, None, ['珠海高新区管委会', '珠海高新技术产业开发区管理委员会', '高新区管委会', '珠海高新区党工委', '高新区党工委', '区管委会'], 'county', 2023, None,
  S(2, '一、全面践行习近平法治思想,统筹推进法治政府建设'), F,
  'No title, no chrome: the page opens with the body. Issuer is a 高新区 (开发区) 管委会, named only as 高新区 / 区党工委、区管委会 in the text and by the site (zhuhai-hitech.gov.cn); 珠海 appears only in 平安珠海/法治珠海. A 开发区 with a township under it (唐家湾镇) is labelled county. 党工委 and 管委会 act together, so both are accepted. The excerpt is cut at line 5 "(三)认真履" -> the 第一责任人 part is not in the text (not present). No date field.'),
R(2, '高新区(新市区)人民政府2024年法治政府建设工作报告', ['高新区(新市区)人民政府', '新市区人民政府', '乌鲁木齐市新市区人民政府', '乌鲁木齐高新区(新市区)人民政府'], 'county', 2024, None,
  S(4, '一、巩固提升依法履职水平'), F,
  'Urumqi 高新区 merged with 新市区 (one government, two names); title line repeated (lines 1-2). Headings run on into their paragraphs. No 第一责任人 wording (区政府领导带头参加培训 only). No date field.'),
R(3, None, ['绍兴市生态环境局', '市生态环境局'], 'department', 2023, None,
  S(2, '一、2023年总体情况'), E(5, '(一)笃学践行习近平法治思想,组织领导不断强化'),
  'No title; the body says only 我局; the issuer is known from the site (sx.gov.cn, 绍兴市政府) and 绍兴 in the body. Measures span 一、2023年总体情况 (results overview) and 二、主要做法及成效; labelled at the first (corpus convention). Duty clause "严格落实法治建设第一责任人职责" on line 6 under (一) line 5. No date field (URL 2024/1/29 not used).'),
R(4, '武汉市市场监管局2022年法治政府建设年度报告', ['武汉市市场监管局', '武汉市市场监督管理局', '市市场监管局'], 'department', 2022, '2023-01-12',
  S(7, '一、2022年法治政府建设工作情况'), E(9, '(一)履行法治第一责任人职责,推进法治政府建设'),
  'Mirror site (zcbk.cn, 栏目:政策文件); title repeated (lines 1, 3); 发布时间 2023-01-12. Sub-heading (一) names the 第一责任人 duty; duty sentence on line 11.'),
R(5, None, ['汤头街道办事处', '河东区汤头街道', '汤头街道', '临沂市河东区汤头街道办事处'], 'township', 2024, '2025-02-14',
  S(5, '一、主要举措和成效'), F,
  'No title line: a 索引号/成文日期/发布日期/发布机构 table in pipes, then the body; issuer in 发布机构 (河东区汤头街道) and the body. 发布日期 2025-02-14. The only 第一责任人 wording is a passing clause in the opening paragraph (line 4) -> not present (pages-d convention, borderline).'),
R(8, None, ['长治市交通运输局', '市交通运输局'], 'department', 2025, None,
  S(2, '一、2025年推进法治政府建设的主要举措和成效'), E(3, '(一)坚持加强组织领导,落实法治建设主体责任'),
  'No title; 我局; 长治 only inside the title of last year\'s report cited on line 6 (《长治市交通运输局关于2024年法治政府建设情况的报告》, a document title, not this page\'s title). First responsible: part (一) on the bureau\'s own responsibility issues a 《党政主要负责人履行推进法治建设第一责任人职责2025年工作清单》 (line 6) -> present, embedded at (一) line 3 (borderline: a list issued, no account of the head\'s acts). No date field.'),
R(9, None, ['岳阳市云溪区交通运输局', '云溪区交通运输局'], 'department', 2025, None,
  S(2, '一、推进法治政府建设工作主要措施和成效'), E(4, '(一)加强组织领导,强化思想引领'),
  'No title; 我局; 云溪区 named only in line 3 ("云溪区交通运输综合行政执法权整体上收") and the site. The year is stated only as "现将2025年度法治部门建设工作情况报告如下" and "2025年,因…". First responsible: line 4 ends "认真落实党政主要负责人履行推进法治建设第" (cut by the excerpt) -> present, embedded at (一) (heading and paragraph share line 4; borderline because cut). No date field.'),
R(10, None, ['杭州市上城区教育局', '上城区教育局', '区教育局'], 'department', 2024, None,
  S(3, '一、2024年推进法治政府建设的主要举措和成效'), F,
  'No title; 区教育局; 上城区 only inside a cited document title (《杭州市上城区2024年法治政府建设工作要点》). No 第一责任人 wording. No date field (URL 2025/1/24).'),
R(11, None, ['益阳市教育局', '市教育局'], 'department', 2025, None,
  S(2, '一、深化思想引领,筑牢法治建设思想根基'), F,
  'No title; only 市教育局 in the text, 益阳 only in the site (edu.yiyang.gov.cn). 领导班子年终述法 but no 第一责任人 wording -> not present. No date field.'),
R(12, None, ['江苏省教育厅', '省教育厅'], 'department', 2024, None,
  S(2, '一、深入践行习近平法治思想'), E(4, '(二)切实履行推进法治政府建设第一责任人职责'),
  'No title; only 省教育厅 in the text, 江苏 only in the site (jyt.jiangsu.gov.cn). Provincial department. Sub-heading (二) names the duty. No date field (URL 2025/3/25).'),
R(13, '呼中区教育局关于2025年度法治政府建设工作报告', ['呼中区教育局', '大兴安岭地区呼中区教育局'], 'department', 2025, '2026-03-17',
  S(10, '一、上一年度推进法治政府建设的主要举措和成效'), F,
  'Posted under 新闻动态 > 基层动态; 日期 2026-03-17 (after the 3月1日 department deadline). Heading 一 says 上一年度 although the body is about 2025. Only a 领导小组 led by the 局长 -> no 第一责任人 wording -> not present.'),
R(14, None, ['北京市教育委员会', '市教委'], 'department', 2022, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), F,
  'No title (Beijing portal column /gongkai/fzzfjsbg/). The only 第一责任人 wording is about others: "压实各区、各校党政主要负责人法治建设第一责任人的职责" (line 5) -> not present (pages-d convention: others\' duty). No date field.'),
R(16, '区卫生健康委关于2025年法治政府建设情况的报告', ['重庆市九龙坡区卫生健康委员会', '九龙坡区卫生健康委员会', '九龙坡区卫生健康委', '区卫生健康委'], 'department', 2025, None,
  S(2, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Title names the body without its place (区卫生健康委); 九龙坡 only in the site (cqjlp.gov.cn). No 第一责任人 wording. No date field.'),
R(18, None, ['河南省统计局', '省统计局'], 'department', 2020, None,
  S(2, '一、依法全面履行统计职能'), F,
  'No title; 省统计局; 河南 named in cited document titles. Report year 2020 under the 2015-2020 纲要 (task-area structure). No 第一责任人 wording (局主要负责人 gives lectures). No date field (URL 2021/01-26).'),
R(19, '上海市统计局2019年度法治政府建设情况报告', ['上海市统计局'], 'department', 2019, '2020-06-08',
  S(5, '(一)认真贯彻落实中央统计工作决策部署'), F,
  'Line 1 holds the title, the issuer and the date on one line. Date 2020-06-08 (late for the first quarter). No top-level heading: measures open at (一) after "2019年我局法治政府建设的主要工作有:". No 第一责任人 wording.'),
R(20, None, ['天津市静海区统计局', '静海区统计局', '区统计局'], 'department', 2020, None,
  S(3, '一、法治政府建设推进和落实情况'), F,
  'Line 1 is empty; no title; 区统计局; 静海区 only in "静海区信用信息共享平台" (line 8) and the site. No 第一责任人 wording. No date field (URL 20210104).'),
R(22, ['金林区卫生健康局2025年度法治政府建设述法报告'], ['伊春市金林区卫生健康局', '金林区卫生健康局'], 'department', 2025, '2025-12-30',
  S(19, '二、推进法治政府建设主要举措及成效'), SEC(15, '一、主要负责人履行推进法治建设第一责任人职责情况'),
  'Titled 述法报告 but it is the bureau\'s annual 法治政府建设 report: part 一 is the head\'s 第一责任人 duty (third person, 局党组书记、局长…), part 二 the measures (borderline kind: labelled report). Empty 索引号 card (lines 1-7), title twice (lines 8, 10). 发布时间 2025-12-30: published inside the covered year. First-responsible section comes before measures.'),
R(25, None, ['巴楚县人民政府', '巴楚县', '中共巴楚县委'], 'county', 2022, None,
  S(2, '一、推进法治政府建设主要举措'), E(3, '(一)提高政治站位,突出党政主要负责人履行推进法治建设第一责任人职责'),
  'No title; "巴楚县…现将2022年度法治建设工作情况报告如下" (法治建设, not 法治政府建设, in the body); 县委、县政府 act together, so 县委 is accepted. Xinjiang county (依法治疆, 地委依法治地委员会). No date field (URL 202301).'),
R(26, None, ['武定县人民政府', '武定县'], 'county', 2022, None,
  S(2, '一、工作情况'), F,
  'No title; the county speaks (我县). Not the same page as pages-d fsd-023 (武定县政府办\'s own report, same county, another URL). No 第一责任人 wording in the excerpt. No date field (URL 2023-0228).'),
R(27, '有庆镇2020年度法治政府建设工作情况报告', ['有庆镇人民政府', '渠县有庆镇人民政府', '有庆镇'], 'township', 2020, '2021-03-30',
  S(7, '一、主要措施和成效'), E(10, '(一)坚持党对法治政府建设的全面领导'),
  'Empty 来源; 发布日期 2021-03-30. Lines indented with spaces. Part (一) (line 10) applies 《党政主要负责人履行推进法治建设第一责任人职责规定》 and describes the 党委书记 chairing the 依法治镇委员会 -> present, embedded.'),
R(29, None, ['市政府办公室', '市人民政府办公室'], 'department', 2023, None,
  S(2, '一、主要工作成效'), E(3, '(一)强化组织领导,压实法治工作责任'),
  'Tender-aggregator mirror (ixbang.com) with words dropped ("全面学法治思想", "(略)"). Issuer only "市政府办公室" of an unnamed city in Jiangxi (总书记考察江西): no place name anywhere. Duty sentence in (一) (line 3): "办公室主要负责人切实履行推进法治政府建设第一责任人职责". No date field.'),
R(30, None, ['深圳市人民政府办公厅', '深圳市政府办公厅'], 'department', 2023, None,
  S(2, '一、深入学习贯彻习近平总书记重要讲话重要指示批示精神,深刻领会党的二十大关于法治建设重大部署'), F,
  'Mirror (zuizhijiaoyu.com) of a 深圳市政府办公厅 page; no title. No 第一责任人 wording. No date field.'),
R(32, ['商洛市2023年度法治政府建设工作总结'], ['商洛市人民政府', '商洛市'], 'city', 2023, '2024-03-29',
  S(9, '一、工作开展情况'), E(13, '(二)高位推进法治政府建设'),
  'Titled 工作总结 (not 报告) but it is the city\'s annual 法治政府建设 report (Shaanxi practice; cf. 清水县 in domain.md §2.4); kind report, a non-standard title. Title on line 2 and in the 名称 field (line 5); 发布机构 市政府办 is the publisher, not the issuer. 发布日期 2024-03-29. Duty sentence "严格落实党政主要负责人履行推进法治建设第一责任人职责" in (二) (line 13).'),
R(34, '古竹乡2025年法治政府年度报告', ['古竹乡人民政府', '永定区古竹乡人民政府', '古竹乡'], 'township', 2025, '2025-12-22',
  S(6, '一、加强组织领导,抓好法治政府责任落实'), E(8, '党委书记白乐巍、乡长卢荣富带头认真学习'),
  'Posted as news (xwzx/xzdt), 时间 2025-12-22: before the covered year ends. Ends its intro with "汇报如下". Part 一 (line 6) is the leaders\' duty: 党委书记、乡长…切实履行依法治乡"重要组织者、推动者和实践者的职责" -- the wording of the 第一责任人 规定 without the word 第一责任人 -> present (borderline), embedded: the paragraph directly under the top-level heading (line 8); measures labelled at line 6 (the first top-level part of the work).'),
R(35, None, ['大桥江乡人民政府', '麻阳县大桥江乡人民政府', '大桥江乡'], 'township', 2025, None,
  S(3, '一、2025年度推进法治政府建设的主要举措和成效'), E(5, '(一)强化思想引领,筑牢法治建设坚实根基'),
  'No title; "2025 年" with a space. (一) (line 5) names the 乡党委书记 as 第一责任人 of 法治建设 and the 乡长 as 法治政府建设第一责任人. No date field (URL 202601).'),
R(37, None, ['宿迁市自然资源和规划局宿城分局', '宿城自然资源和规划分局', '宿城分局'], 'department', 2024, None,
  S(2, '一、2024年度推进法治政府建设的主要举措和成效'), F,
  'No title; 我局 / 分局 only; a 分局 of the city bureau serving 宿城区 (site sqsc.gov.cn). The name is from the site, not the text. "主要领导亲自抓" without 第一责任人 wording -> not present. No date field.'),
R(39, None, ['临沧市文化和旅游局', '市文化旅游局'], 'department', 2025, None,
  S(3, '一、2025年度推进法治政府建设的主要举措及成效'), F,
  'No title line: the report\'s name appears only inside a publication note (line 1: 现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布) -> title null. "一把手负总责" without 第一责任人 wording -> not present. No date field.'),
R(41, '公主岭市文化广播电视和旅游局关于2025年度法治政府建设情况的报告', ['公主岭市文化广播电视和旅游局', '市文广旅局'], 'department', 2025, None,
  S(5, '一、2025年度推进法治政府建设的主要举措和成效'), E(9, '3.压实第一责任人职责'),
  'Title split over lines 1-2 (joined, pages-d convention); addressee 市委、市政府 (line 3, not the issuer). Published under the 长春 portal (公主岭 is 长春-administered). Duty item 3. on line 9 inside (一). No date field.'),
R(42, None, ['文化和旅游部', '文化和旅遊部'], 'department', 2019, None,
  S(1, '一、關於履行政府職能'), F,
  'Traditional-script mirror (ppfocus.com) of the 文化和旅游部 2019 法治政府建设 report; no title, no intro: the page opens at section 一 (task-area structure of the 2015-2020 纲要). Year from "2019年各級文化市場綜合執法機構…". Ministry -> department. No 第一责任人 wording. No date field.'),
R(43, '明溪县文体和旅游局2025年度法治政府建设情况报告', ['明溪县文体和旅游局'], 'department', 2025, None,
  S(3, '一、工作开展情况'), F,
  'Title line 1, no date field (URL 20260113). No 第一责任人 wording.'),
R(44, '重庆市文化和旅游发展委员会关于2024年法治政府建设情况的报告', ['重庆市文化和旅游发展委员会', '市文化旅游委'], 'department', 2024, '2025-02-25',
  S(9, '一、加强组织领导,切实增进法治意识'), E(9, '一、加强组织领导,切实增进法治意识'),
  'Column 法治政府建设年度报告; 日期 2025-02-25. Heading 一 runs on into its paragraph (line 9), which holds the duty: "委主要领导…带头贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》" -> embedded at the paragraph under the top-level heading (same line).'),
X(6, '政策解读(政府工作报告)', '株洲市天元区 portal: 解读《政府工作报告》 (区长 at the 人代会, 2016-12-05): a reading of a government work report, not a 法治政府建设 report.'),
X(7, '执法检查报告', 'Traditional/mojibake mirror (yixinui.com) of the NPC Standing Committee enforcement-inspection report on the 环境保护法 (2022-08-30, 栗战书): a 报告 on a law\'s implementation by the legislature.'),
X(15, '政府信息公开工作年度报告', '重庆市医疗保障局 2020年政府信息公开工作年度报告 (日期 2021-01-29): annual report of a department, on information disclosure.'),
X(17, '政府工作报告', 'Mirror (benet-wh.com.cn) of the 2022 正蓝旗人民政府工作报告 (代旗长, 人代会, 2022-01-07): a 旗 government\'s work report.'),
X(21, 'news(述法)', 'Traditional-script mirror: 张掖市 news on 述法 coverage in 2024 (日期 2025-05-06): about 第一责任人 述法, not a report.'),
X(23, '实施方案(报纸续版)', '辽宁日报 e-paper, "(上接第一版)": the continuation of a provincial 法治辽宁 plan (宪法宣传, 立法工作格局) with numbered tasks; no title, no issuer.'),
X(24, '经验文章', '中共江苏省委全面依法治省委员会办公室 article in 《中国法治》2024年第1期 (on a university site): 强化述法工作 — an experience article by a 依法治省办, not an annual report.'),
X(28, '研究报告', 'University research-institute page: "专题报告 | … 经济技术开发区法律规范现状调查" (2021-09-15), a study of 50 开发区 rules with 摘要/关键词.'),
X(31, 'news', '商丘日报: the 市委全面依法治市委员会 meeting and 2023年度专题述法会议 (1月3日): news about a 依法治市 committee\'s year.'),
X(33, '讲话', '县长在2017年县政府全体会议上的讲话 (an anonymous county, essay site): a speech, not about 法治政府建设 in particular.'),
X(36, '论文', '章志远: 我国行政审判白皮书研究 (law site): an academic article on courts\' administrative-trial white papers.'),
X(38, '政府信息公开工作年度报告', '湖州市水利局2022年度政府信息公开工作报告, with a 索引号/发布机构 card (发布日期 2023-01-30).'),
X(40, '政府信息公开工作年度报告', 'Spam-chromed traditional/mojibake mirror of 文化和旅游部政府信息公开工作2021年度报告 (發布時間 2022-01-29).'),
]
def home(n):  # after the split (split.py) a page lives in pages-e or pages-e-held
    held = D + '../pages-e-held/'
    return held if os.path.exists(held + 'fse-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fse-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fse-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = lines[v['line'] - 1]
            if not squash(ln).startswith(squash(v['heading'])):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', ln[:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    head = squash(''.join(lines[:20]))
    for t in titles:
        if squash(t) not in head:
            print('TITLE?', n, t); bad += 1
    if not any(squash(i) in squash(text) for i in d['issuer']):
        print('issuer not in text (by design?)', n, d['issuer'][:2])
    if d['publish_date'] and d['publish_date'].isoformat() not in text and d['publish_date'].strftime('%Y年%m月%d日') not in text:
        print('DATE?', n, d['publish_date']); bad += 1
ids = sorted(n for n, _ in L)
assert len(ids) == len(set(ids)) and len(ids) == len(U), (len(ids), len(U))
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
