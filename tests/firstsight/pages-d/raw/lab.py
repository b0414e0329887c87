# Writes every fsd-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading and title against the page text.
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsd-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsd-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsd-%03d' % n, kind='distractor', type=typ, source_url=U['fsd-%03d' % n], notes=notes)
L = [
R(1, ['共和乡2022年度法治政府建设工作报告', '海东市乐都区共和乡2022年度法治政府建设 工作报告'], ['共和乡人民政府', '海东市乐都区共和乡人民政府', '共和乡党委'], 'township', 2022, '2022-12-07',
  S(10, '一、总体完成情况'), E(16, '(一)法治政府建设组织领导更加到位'),
  'Hosted on a non-government site (rwldrm.com, 来源:本站). Page headline (line 1, with a stray space) and body title (line 4) differ; either is accepted. Published 2022-12-07, i.e. inside the covered year (时间 field). Measures span 一、总体完成情况 (line 10, an overview of results) and 二、…主要措施和成效 (line 14); labelled at the first (corpus convention). Duty sentence ("党委书记、乡长切实履行第一责任人责任") on line 18 under (一) line 16. 党委、政府 speak jointly.'),
R(2, '中村乡人民政府关于2022年法治政府建设工作情况报告', ['中村乡人民政府', '禄丰市中村乡人民政府'], 'township', 2022, '2023-05-11',
  S(12, '一、2022年度推进法治政府建设的主要举措和成效'), F,
  'Site name 禄丰市人民政府 on line 1 (not the issuer); 作者: 中村乡党政办公室 / 来源: 中村乡; addressee 中共禄丰市委、市人民政府 (not the issuer). 日期 field 2023-05-11. Only a 领导小组 led by 乡长, no 第一责任人 wording -> not present.'),
R(3, ['浙江省卫生健康委关于2023年度法治政府建设情况的报告', '浙江省卫生健康委2023年度法治政府建设情况报告'], ['浙江省卫生健康委员会', '浙江省卫生健康委', '省卫生健康委'], 'department', 2023, '2024-03-08',
  S(10, '一、2023年度法治政府建设主要情况'), E(12, '1.强化党对法治政府建设领导'),
  'Provincial commission (委). Cover letter to 省委、省政府 (lines 2-7) signed 浙江省卫生健康委 / 2024年3月8日 (no page date field, so the signature date is the publish date), then the report title again (line 8). Line 1 is the mirror site headline with 文号. Duty clause "委主要负责人…带头履行推进法治政府建设第一责任人职责" on line 12.'),
R(4, ['2021年法治政府建设工作情况报告', '眉山市彭山区公义镇人民政府2021年法治政府建设工作情况报告'], ['公义镇人民政府', '眉山市彭山区公义镇人民政府'], 'township', 2021, '2022-03-31',
  S(22, '一、坚持强化组织领导认真抓实法机构建设'), F,
  'Title names no issuer ("2021年法治政府建设工作情况报告", also in the 名称 field); the issuer stands alone on line 15 above the repeated title (joined form also accepted); 发文机构 field is a code ("gyz1"). 发布日期 2022-03-31. Heading 一 runs on into its paragraph on the same line. Only "由党委书记主抓" -> no 第一责任人 wording -> not present.'),
R(5, None, ['东溪镇人民政府', '东溪镇'], 'township', 2021, None,
  S(2, '一、主要工作举措和成效'), F,
  'No title; opens with the body. The only 第一责任人 wording is a passing clause in the opening paragraph ("认真落实党政主要负责人推进法治建设第一责任人职责"), not a part of the report -> labelled not present (borderline). No date field (URL 20220401).'),
R(6, '寶山區羅店鎮2020年度法治政府建設情況報告', ['罗店镇人民政府', '羅店鎮人民政府', '宝山区罗店镇人民政府', '寶山區羅店鎮人民政府'], 'township', 2020, None,
  S(5, '一、推進法治政府建設的主要舉措和成效'), F,
  'Traditional-script wiki mirror (newton.com.tw) of a Shanghai township report; wiki chrome (相關詞條/熱門詞條/聯絡我們) after a short excerpt. "一把手负总责" without 第一责任人 wording -> not present.'),
R(7, '昌吉州人民政府2024年度法治政府建设情况报告', ['昌吉州人民政府', '昌吉回族自治州人民政府'], 'city', 2024, None,
  S(4, '一、基本情况和主要做法'), F,
  'Autonomous prefecture (自治州) = city level. Title split over lines 1-2 (joined). No date field (URL 20250228). 州党委、州政府主要负责同志 研究… / 狠抓关键少数, but no 第一责任人 wording -> not present.'),
R(8, '西乌珠穆沁旗人民政府2024年度法治政府建设情况报告', ['西乌珠穆沁旗人民政府', '西乌旗人民政府'], 'county', 2024, None,
  S(7, '一、重点工作开展情况'), F,
  'Banner (旗) = county. Delivered to the 旗人大常委会: line 2-3 is the delivery dateline ("2025年3月17日在…会议上"), not a page date field or a signature -> publish_date null (a reader might accept 2025-03-17). No 第一责任人 wording in the excerpt (党政主要负责人组织召开… only).'),
R(9, '古丈县司法局 关于2024年度法治政府建设情况的报告', ['古丈县司法局'], 'department', 2024, None,
  S(4, '一、工作开展举措和成效'), F,
  'County justice bureau (古丈, 湘西自治州); title has a space after the issuer; addressed to 县委、县人民政府. No date field (URL 20250212). Organises others\' 述法; no 第一责任人 wording about itself -> not present.'),
R(10, '市人力资源社会保障局2020年法治政府建设年度报告', ['上海市人力资源和社会保障局', '上海市人力资源社会保障局', '市人力资源社会保障局', '市人社局'], 'department', 2020, None,
  S(3, '一、主要举措和成效'), F,
  'Shanghai municipal bureau (province-level city); the title says only "市人力资源社会保障局"; line 2 names 上海市人力资源和社会保障局. No date field (URL 20210304). No 第一责任人 wording in the excerpt.'),
R(11, None, ['杭州市人力资源和社会保障局', '杭州市人力社保局'], 'department', 2020, '2021-03-22',
  S(6, '一、2020年度推进法治政府建设的主要举措和成效'), F,
  'Mirror (credit.xhgjzx.net): line 1 is the issuer\'s name where the page title should be, so the text has no title line (title null). 时间 2021-03-22; 来源 杭州市人民政府门户网站 is the publisher, not the issuer. No 第一责任人 wording in the excerpt.'),
R(12, None, ['郑州市人力资源和社会保障局', '市人力资源和社会保障局'], 'department', 2019, None,
  S(2, '一、2019年度法治政府建设主要举措和成效'), E(4, '(一)持续强化党对法治政府建设的领导'),
  'No title; opens "现将市人力资源和社会保障局2019年度法治政府建设工作报告如下". 郑州 named on line 3. Duty clause inside (一) on line 4.'),
R(13, None, ['三张镇人民政府', '三張鎮人民政府', '三张镇'], 'township', 2022, None,
  S(2, '一、深入學習黨的二十大精神,貫徹習近平法治思想'), F,
  'Traditional-script mirror on an unrelated domain; no title; one "?,F將" mojibake (= 现将). Measures span 一 (line 2, study) and 二、推進法治政府建設的主要舉措和成效 (line 5); labelled at the first. 由黨政主要負責同志領銜的宣講團 only -> no 第一责任人 wording.'),
R(14, '东湖街道2024年度法治政府建设情况报告', ['东湖街道办事处', '东湖街道', '北京市朝阳区东湖街道办事处'], 'township', 2024, None,
  S(4, '一、推进法治政府建设情况'), F,
  'Street office (街道) = township. Title printed twice (lines 1-2). 朝阳区 from the body. No date field. No 第一责任人 wording in the excerpt.'),
R(15, None, ['小营街道办事处', '小营街道', '杭州市上城区小营街道办事处'], 'township', 2024, None,
  S(2, '一、2024年主要举措和突出成效'), F,
  'No title; opens with the body ("现将小营街道办事处2024年法治政府建设年度报告如下"). No date field (URL 2025/1/3). 压实领导责任 / 述法 but no 第一责任人 wording -> not present.'),
R(16, None, ['长治市卫生健康委员会', '长治市卫生健康和体育委员会', '市卫生健康委', '市卫生健康委员会'], 'department', 2025, None,
  S(5, '一、工作完成情况'), E(7, '(一)压实组织领导,筑牢法治建设根基'),
  'No title; addressed to 市委、市政府 (not the issuer); the text says only 我委/委党委 and never names the body — the issuer (长治市卫生健康委, cf. 各县区卫体局) is known only from the site (changzhi.gov.cn, path swshjhsywyh). Duty sentence on line 9 under (一) line 7. No date field (URL 20260108).'),
R(17, None, ['龙岩市永定区卫生健康局', '永定区卫生健康局'], 'department', 2025, None,
  S(7, '二、2025年推进法治政府建设的主要举措和成效'), SEC(2, '一、2025年党政主要负责人履行推进法治政府建设第一责任人职责情况'),
  'No title; 我局; the body is named only inside a document title on line 3 (《龙岩市永定区卫生健康局参与…实施方案》). First-responsible section comes BEFORE measures. Published inside the covered year (URL 20251216) but the text has no date field -> null.'),
R(18, '紫金县卫生健康局2025年法治政府建设年度报告', ['紫金县卫生健康局'], 'department', 2025, '2026-01-28',
  S(8, '一、全面贯彻习近平法治思想,深入推进卫生健康领域法治建设'), F,
  'Lines indented with two spaces; 发布时间 2026-01-28, 来源: 本网. No 第一责任人 wording in the excerpt.'),
R(19, '磐安县卫生健康局2022年法治政府建设年度报告', ['磐安县卫生健康局'], 'department', 2022, '2023-11-01',
  S(14, '一、法治政府建设的主要举措和成效'), F,
  'Breadcrumb, 索引号/发布机构/生成日期 block, then title and 发布时间 2023-11-01 (a late publication). No 第一责任人 wording in the excerpt.'),
R(20, '武汉市司法局关于2023年度法治政府建设情况的报告', ['武汉市司法局'], 'department', 2023, None,
  S(3, '一、2023年工作情况'), E(4, '(一)统筹推进法治政府建设'),
  'City justice bureau. Duty clause "局主要领导带头履行法治建设第一责任人职责" inside (一) on line 4. No date field (URL 20240325).'),
R(21, None, ['岳池县人民政府', '岳池县'], 'county', 2023, None,
  S(2, '一、2023年推进法治政府建设主要举措和成效'), F,
  'No title; the county is named in the first sentence. Hosted on a county portal page with no date field. No 第一责任人 wording in the excerpt.'),
R(22, '新华乡2025年法治政府建设工作情况报告', ['新华乡人民政府', '屏边县新华乡人民政府'], 'township', 2025, '2026-01-27',
  S(15, '一、2025年度法治建设的主要措施及成效'), E(16, '(一)压实组织领导责任,筑牢法治建设保障'),
  'Bullet-dash metadata block (发布机构屏边县新华乡人民政府, 发布日期2026-01-27, labels glued to values); addressed to 县委全面依法治县委员会办公室. Duty clause inside (一) on line 16.'),
R(23, None, ['武定县人民政府办公室', '县政府办'], 'department', 2022, None,
  S(3, '一、2022年度推进法治政府建设的主要举措和成效'), E(4, '(一)强化组织领导,完善工作制度'),
  'No title; opens with the addressee "中共武定县委、县人民政府:" which is NOT the issuer; the issuer (武定县人民政府办公室, 县政府办) is named in the first sentence. County government office = department. 第一责任人 clause inside (一) on line 4.'),
R(24, '酉阳土家族苗族自治县林业局2021年度法治政府建设工作报告', ['酉阳土家族苗族自治县林业局', '酉阳县林业局'], 'department', 2021, '2022-01-14',
  S(12, '一、2021年的主要工作'), F,
  'Page headline (line 1) then issuer line 6 and title line 8 split apart. 日期 2022-01-14. Autonomous county (自治县) bureau. No 第一责任人 wording in the excerpt.'),
R(25, None, ['肃南县林草局', '肃南裕固族自治县林业和草原局', '肃南县林业和草原局'], 'department', 2025, '2026-01-16',
  S(7, '一、2025年法治政府建设的主要举措和成效'), E(8, '(一)深入学习贯彻习近平法治思想,加强党对法治政府建设的领导'),
  'Markdown-table metadata; the issuer appears ONLY in the 发布机构 cell ("肃南县林草局") and the 文号 (肃林草发); the body says 我局. No 发布日期, only 生成日期 2026-01-16 (used). No title. Sub-heading (一) itself names "部门主要负责人履行法治建设第一责任人职责" -> embedded at line 8.'),
R(26, None, ['邻水县林业局'], 'department', 2024, None,
  S(2, '一、2024年推进法治政府建设主要举措和成效'), F,
  'No title; 县林业局/我局; the county is named only inside a document title (《邻水县林业局2024年度会前学法工作方案》) on line 3. No date field. No 第一责任人 wording in the excerpt.'),
R(27, '重庆市巫溪县林业局2021年度法治政府建设年度报告', ['巫溪县林业局', '重庆市巫溪县林业局'], 'department', 2021, '2022-01-13',
  S(6, '一、深学笃用习近平法治思想'), E(12, '局党组高度重视林业法治建设工作'),
  'Breadcrumb then title, 日期 2022-01-13. No intro paragraph: the report starts with top-level 一 (measures span 一-三). Duty clause "一是严格履行推进法治建设第一责任人职责" in the paragraph (line 12) directly under top-level 二 (line 10) -> embedded at the paragraph line.'),
R(28, None, ['云南省应急管理厅', '省应急管理厅'], 'department', 2024, None,
  S(2, '一、主要工作情况及成效'), F,
  'Provincial department (厅); no title; "省应急管理厅" + 云南 named via the 委员会 notice in line 1. No date field. No 第一责任人 wording in the excerpt.'),
R(29, ['东安县应急管理局2025年法治政府建设报告', '2025年法治政府建设报告'], ['东安县应急管理局'], 'department', 2025, None,
  S(8, '一、推进法治政府建设的主要举措和成效'), E(9, '(一)强化组织领导'),
  'Table metadata (发文机关 东安县应急管理局; 发文日期 and 名称 empty) -> publish_date null. Title split: issuer line 5 / "2025年法治政府建设报告" line 6 (joined or bare accepted). Duty sentence on line 10 under (一) line 9.'),
R(30, '重庆市应急管理局关于2024年法治政府建设情况的报告', ['重庆市应急管理局', '市应急管理局'], 'department', 2024, None,
  S(4, '一、2024年推进法治政府建设的主要举措和成效'), F,
  'Municipal bureau of a province-level city. No date field (URL 20250206). No 第一责任人 wording in the excerpt (述法 only).'),
R(31, None, ['漳州市应急管理局', '市应急管理局'], 'department', 2024, None,
  S(3, '一、2024年工作开展情况'), F,
  'No title; addressee "市政府并报市委:" (not the issuer); 市应急管理局 in line 2, 漳州 only inside document titles (《漳州市应急管理局…清单》). No date field (URL 2025-02-21). No 第一责任人 wording in the excerpt.'),
R(32, None, ['民政部', '中华人民共和国民政部', '民政部党组', '中共民政部党组'], 'department', 2022, None,
  S(2, '一、深入学习贯彻习近平法治思想'), E(3, '民政部党组将习近平法治思想'),
  'Ministry report on a mirror site; no title; the subject is "民政部党组" (party group) throughout. Measures span top-level 一, 二 …; labelled at 一. Duty clause ("部党组书记、部长…认真履行推进民政法治建设第一责任人职责") in the paragraph on line 3 directly under top-level 一.'),
R(33, ['吴忠市红寺堡区民政局2023年法治政府建设年度总结报告', '2023年法治政府建设年度总结报告'], ['红寺堡区民政局', '吴忠市红寺堡区民政局'], 'department', 2023, None,
  S(4, '一、本年度推进法治政府建设的主要工作开展情况'), E(5, '(一)强化组织保障,明确法治责任'),
  'Title split: issuer line 1 / "2023年法治政府建设年度总结报告" line 2. District bureau of 吴忠 (宁夏). Duty clause ("抓好党政主要负责人履行法治建设第一责任人落实") inside (一) line 5. No date field.'),
R(34, None, ['广东省应急管理厅', '省应急管理厅'], 'department', 2024, None,
  S(2, '一、2024年推进法治政府建设情况'), E(5, '(二)履行推进法治建设第一责任人职责,法治建设主体责任进一步压实'),
  'Provincial department; no title; 广东 named in the first paragraph (平安广东, 全省). The first-responsible part is sub-heading (二) inside top-level 一 -> embedded; the excerpt ends right after it.'),
X(35, '范文', 'Document-sharing site (gaozihui/公文汇) text of a bureau\'s 2022 法治政府建设 report with the place anonymised ("**区", "我局") and watermark lines; structurally a report, but a sample with no real issuer.'),
X(36, '意见', 'Traditional-script essay-site copy of a district government\'s 意见 on strengthening 法治政府 (约2010, 國發〔〕33號 with the year missing); headed as a 范文.'),
X(37, '工作要点', '湖州市卫生健康委 notice issuing the 2023 卫生健康工作要点 (湖卫健发〔2023〕1号), with 时间/发布 fields and a signature; a plan of another field, not a report.'),
X(38, '讲话', 'Anonymised speech "在法治政府建设推进会议上的讲话" from a 范文 site, with placeholders such as "(单字替换)".'),
X(39, '专题工作报告', '温州市中级人民法院 report to the 人大常委会 on administrative adjudication since 2008 (2010): a 报告 about 依法行政, but a court\'s report on its own field, not a 法治政府建设 annual report.'),
X(40, '评论', 'Academic article (马怀德、张泽宇) reviewing China\'s 2023 法治政府建设: author line, 摘要, 关键词.'),
X(41, '研究报告摘要', 'Database abstract (blue book) on 深圳 法治政府建设 2021 with an English abstract; about a city\'s year, but not the city\'s report.'),
X(42, '政府工作报告', '东乌珠穆沁旗 政府工作报告 2022 (delivered by the 代旗长 to the 人代会), 发布日期 2022-02-11; a government work report, not a 法治政府建设 report.'),
X(43, '政府信息公开工作年度报告', '嘉峪关市医疗保障局 2023年政府信息公开工作年度报告: an annual report of a bureau, on information disclosure.'),
X(44, 'news', '夏邑县 news: 创建全省法治政府建设示范县加压推进会召开 (来源 县司法局, 发布时间 2023-11-24).'),
X(45, 'news', '甘南州司法局 news: the 州人大常委会 reviewed the 州政府 2020年法治政府建设 report, with a summary of its four points; about a report, not the report.'),
X(46, '规划', 'Traditional-script mirror: 山东省市场监督管理局 notice issuing the 法治市场监管建设规划(2021—2025年), signed with a date.'),
X(47, '范文', 'Template "法治政府建设年度情况自查报告" with xx placeholders (20xx年, xx镇) from a document-sharing site; one run-on line.'),
X(48, '政府信息公开工作总结', 'Anonymous district 水利局 summary of its 2023 政府信息公开 work (document-sharing site, "正文复制" chrome); short excerpt.'),
]
def home(n):  # after the split (split.py) a page lives in pages-d or pages-d-held
    held = D + '../pages-d-held/'
    return held if os.path.exists(held + 'fsd-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsd-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsd-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = lines[v['line'] - 1]
            if squash(v['heading']) not in squash(ln):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', ln[:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    head = squash(''.join(lines[:20]))
    for t in titles:
        if squash(t) not in head:
            print('TITLE?', n, t); bad += 1
    issuers = d['issuer']
    if not any(squash(i)[:4] in squash(text) for i in issuers):
        print('ISSUER not in text', n, issuers)
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
