# Writes every fsj-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-i/raw/lab.py). A heading marked
# inline (INLINE below) opens a sentence inside its line (flattened pages, paragraphs holding 一是…三是) and is
# checked as contained in the line; every other heading must open its line.
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsj-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsj-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsj-%03d' % n, kind='distractor', type=typ, source_url=U['fsj-%03d' % n], notes=notes)
INLINE = {(3, 'first_responsible'), (5, 'measures'), (12, 'measures'), (12, 'first_responsible'), (15, 'measures')}
L = [
R(1, '关于2019年度法治政府建设工作情况的报告', ['广东省公安厅', '省公安厅'], 'department', 2019, '2020-01-21',
  S(12, '一、依法全面履行政府职能'), F,
  '公安 (province 厅), an older year (2019, 2015-2020 纲要 era, parts named after the 纲要: 依法全面履行政府职能 …). Breadcrumb line 1, title line 3 without the issuer (the issuer is the 来源 on line 5: 广东省公安厅), 时间 2020-01-21 (line 5), addressee 省政府: (line 8), indented lines. No 第一责任人 wording in the excerpt.'),
R(2, '湖南省人民政府公布2017年度法治政府建設情況', ['湖南省人民政府', '湖南省', '省政府'], 'province', 2017, None,
  S(6, '一、依法全面履行政府職能'), F,
  'Province, 2017, traditional script on a wiki mirror (newton.com.tw). Title line 1 is the wiki entry name (the report as published: 公布…情況); line 3 is the wiki description, which calls it a 通知 "是2018年湖南省人民政府發布的通知" (wrong, but only furniture). "現將有關情況公布如下" (公布, not 报告). No date (2018 only as a year). probe_t2s.py: no earlier page. No 第一責任人 wording.'),
R(3, None, ['县人民政府'], 'county', 2023, None,
  S(2, '一、法治政府建设工作情况'), E(3, '三是固化法治责任'),
  'County (我县; site scgw.gov.cn, a 四川 county I could not name with certainty): no title, no date, no name -> bare name (as fsi-036). Line 3 holds (一) with 一是/二是/三是 inline; 三是固化法治责任 "严格落实党政主要负责人法治首责,制定《党政主要负责人履行推进法治建设第一责任人职责述法清单》" is the duty (inline heading; the wording sits in a cited title - borderline).'),
R(4, None, ['开阳县人民政府', '开阳县', '县人民政府', '县政府'], 'county', 2023, None,
  S(2, '一、2023年法治政府建设工作推进情况'), E(3, '(一)加强党的全面领导,履行推进法治建设第一责任人职责'),
  'County (贵阳 开阳县: "开阳县中青年干部培训班", "全省法治政府建设示范县"). No title, no date (URL 20240229). The duty is sub-heading (一) (line 3) under part 一.'),
R(5, None, ['xx区教育局', '区教育局', 'XX区教育局'], 'department', 2022, None,
  S(2, '一、主要工作及成效'), F,
  '教育 (district 教育局, name anonymised as xx区/XX区) on a document-sharing site (taowenge.com): line 1 is the site blurb quoting the file name, line 2 "1、区教育局2022年法治政府建设情况报告2022年,xx区教育局…" glues the page number, the title and the body (no title line -> null), line 3 "2、落实。…" continues mid-sentence (page 2 of the docx). Part 一 inline in line 2. A 领导小组 led by 局党组书记、局长, no 第一责任人 wording. No URL was returned by the search tool.'),
R(6, None, ['长治市人民政府', '长治市', '市政府'], 'city', 2024, None,
  S(3, '一、2024年主要举措及成效'), E(5, '(一)坚持党的全面领导,确保法治政府建设始终沿着正确方向推进'),
  'City (山西 长治). No title, no date field (URL 20250411). Item (一) (line 5) holds 一是 (党委 leadership) and 二是认真履行推进法治建设第一责任人职责: labelled at the item (pages-i 016/034/042 convention). Names the 市委书记 and 市长.'),
R(7, '镇江市2024年度法治政府建设情况报告', ['镇江市人民政府', '镇江市', '市政府'], 'city', 2024, None,
  S(3, '一、主要举措和成效'), E(6, '二是强化统筹推进'),
  'City (江苏 镇江), posted on the 市司法局 site (sfj.zhenjiang.gov.cn, 通知公告), which is not the issuer. Title line 1, no date field (URL 202502). 二是强化统筹推进 (line 6, its own line under (一)) holds "带头履行推进法治建设第一责任人职责".'),
R(8, None, ['武汉市人民政府', '武汉市', '市政府'], 'city', 2024, None,
  S(2, '一、2024年法治政府建设的主要举措和成效'), E(3, '(一)压紧压实法治政府建设责任'),
  'City (湖北 武汉; the 2022 report of the same city is page-r2-r089, different text). No title, no date (URL 20250310). Item (一) (line 3) holds "市委、市政府主要负责同志严格履行第一责任人职责".'),
R(9, '黄桑乡2025年度法治政府建设报告', ['黄桑乡人民政府', '黄桑乡', '麻阳苗族自治县黄桑乡人民政府'], 'township', 2025, None,
  S(3, '一、2025年度推进法治政府建设的主要举措和成效'), E(4, '一是强化思想引领,筑牢领导根基'),
  'Township of 麻阳苗族自治县 (湖南; mayang.gov.cn). Title line 1, no date (URL 202601). Part 一 is written as 一是/二是… paragraphs; 一是 (line 4) holds "严格落实第一责任人职责". ASCII double quotes around 职能科学….'),
R(10, '关于2022年法治政府建设情况的报告', ['阿拉善高新技术产业开发区', '内蒙古阿拉善高新技术产业开发区管理委员会', '阿拉善高新技术产业开发区管理委员会', '阿拉善高新区', '高新区'], 'county', 2022, '2023-02-27',
  S(12, '一、工作开展情况'), E(14, '(一)强化领导责任,切实提供有力保障'),
  '开发区 (阿拉善高新区 管委会, 内蒙古; reports jointly for 高新区、示范区; 依法治盟). Breadcrumb and card (发布机构, 成文时间 2023-02-27 - the only date), title line 8 without issuer. Level county as the earlier sets label a 开发区. Item (一) (line 14) puts "党政主要负责人履行推进法治建设第一责任人职责情况" into the year-end 述职 review (borderline: the wording is there, the duty is the zone leaders\' own).'),
R(11, None, ['珠海高新区', '珠海高新技术产业开发区', '高新区', '珠海高新技术产业开发区管理委员会'], 'county', 2022, None,
  S(3, '一、2022年度推进法治政府建设的主要举措和成效'), F,
  '开发区 (珠海高新区 itself, 区党工委; not its 综治局 as fsi-032/044). Addressee "市委、市政府:" line 1, no title, no date. 广东 format: item (一) is the 二十大 part; the 第一责任人 wording is only in the opening paragraph (line 2: "聚焦落实党政主要负责人推进法治建设第一责任人职责") -> absent (opening-only, as fsi-037).'),
R(12, ['海滨街2020年法治政府建设情况.docx'], ['海滨街道办事处', '海滨街', '海滨街道'], 'township', 2020, None,
  S(2, '一、2020 年推进法治政府建设的主要举措和成效'), E(2, '(一)加强组织领导,奠定依法行政基础'),
  '街道 (海滨街, a district\'s 街道; "72 个网格", 疫情防控) on a docx-sharing site (keke.chddh.cn): line 1 is the file name shown as the page title (accepted as the title as the page gives it), line 2 holds the whole docx flattened with spaces around numbers ("2020 年"), the report title glued to the body. Part 一 and (一) inline; (一)加强组织领导 holds "认真履行党政主要负责人推进法治建设第一责任人职责" (inline headings).'),
R(13, None, ['六安市农业农村局', '市农业农村局'], 'department', 2021, None,
  S(2, '一、2021年度推进法治政府建设的主要举措和成效'), F,
  '农业农村 (city, 安徽 六安), mirrored on cgjd.org.cn. No title, no date. "不断强化法治建设第一责任人职责" only in the opening paragraph (line 1) -> absent (opening-only).'),
R(14, None, ['江门市农业农村局', '市农业农村局'], 'department', 2019, None,
  S(2, '一、主要工作和成效'), F,
  '农业农村 (city, 广东 江门), 2019 (2015-2020 纲要 era), mirrored on rajayuj.com (a copy of the jiangmen.gov.cn path). No title, no date. 依法行政工作领导小组 only, no 第一责任人 wording.'),
R(15, None, ['海宁市卫生健康局', '市卫生健康局'], 'department', 2024, None,
  S(1, '一、2024年推进法治政府建设的主要举措和成效'), F,
  '卫健 (县级市 海宁, 浙江 嘉兴). The whole excerpt is one line (paragraphs joined by spaces): opening, part 一 and items inline. No title, no date (URL 2025/2/17). No 第一责任人 wording.'),
R(16, None, ['象山县卫生健康局', '县卫生健康局'], 'department', 2024, None,
  S(2, '一、主要举措和成效'), F,
  '卫健 (county, 浙江 象山: 《2024年度法治象山建设工作要点》). The text says only "县卫生健康局". No title, no date. No 第一责任人 wording.'),
R(17, None, ['东里镇人民政府', '雷州市东里镇人民政府', '东里镇'], 'township', 2025, None,
  S(3, '一、提高政治站位,健全法治政府建设体制机制'), F,
  'Town of 雷州市 (湛江, 广东). Line 1 is the document number 雷东府〔2025〕26号 (no title), no date. "我镇政府", 法治东里. A 领导小组 (书记 组长, 镇长 副组长), no 第一责任人 wording.'),
R(18, '中共白城市委 白城市人民政府2022年度法治政府建设工作报告', ['白城市人民政府', '中共白城市委', '白城市委', '白城市', '市政府'], 'city', 2022, None,
  S(3, '一、坚持从严务实,以学习宣传贯彻党的二十大精神和习近平法治思想为契机提升党对法治建设工作的绝对领导'), F,
  'City (吉林 白城): a joint report of the 市委 and the 市政府 (title line 1 names both). No date field (URL 20230403). Part 一 on the 党 leading 法治建设 (学习宣讲); no 第一责任人 wording in the excerpt.'),
R(19, '上海市嘉定区人民政府2022年度法治政府建设情况报告', ['上海市嘉定区人民政府', '嘉定区人民政府', '嘉定区'], 'county', 2022, '2023-02-08',
  S(6, '一、推进法治政府建设的主要举措和成效'), F,
  'District (上海 嘉定). Title line 1, 发布日期 2023-02-08 (line 2), blank lines between paragraphs. No 第一责任人 wording.'),
R(20, None, ['东城街道办事处', '清远市清城区东城街道办事处', '东城街道', '东城街'], 'township', 2022, None,
  S(2, '一、2022年主要工作成效'), F,
  '街道 (清远 清城区, 广东). No title, no date. Items numbered 1./2./3. under (一)依法全面履行政府职能. 依法治街工作委员会 only, no 第一责任人 wording.'),
R(21, None, ['黄石街道办事处', '广州市白云区黄石街道办事处', '黄石街', '黄石街道'], 'township', 2022, None,
  S(2, '一、2022年推进法治政府建设的主要举措和成效'), F,
  '街道 (广州 白云区 黄石街; "黄石街党工委、办事处"). No title, no date. (一) on 党 leadership: 领导小组 led by the 书记, no 第一责任人 wording.'),
R(22, None, ['珠吉街道办事处', '广州市天河区珠吉街道办事处', '珠吉街', '珠吉街道'], 'township', 2022, None,
  S(2, '一、2022年推进法治政府建设的主要举措和成效'), E(3, '(一)加强领导压实责任,严格落实第一责任人职责'),
  '街道 (广州 天河区 珠吉街; thnet.gov.cn). No title, no date. The duty is sub-heading (一) (line 3).'),
R(23, None, ['友谊路街道办事处', '上海市宝山区友谊路街道办事处', '友谊路街道'], 'township', 2022, None,
  S(2, '一、推进法治政府建设的主要举措'), F,
  '街道 (上海 宝山区: 区委 "一规划两行动方案"), page on a bare IP address. No title, no date. No 第一责任人 wording.'),
R(24, None, ['南星街道办事处', '杭州市上城区南星街道办事处', '南星街道'], 'township', 2022, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), F,
  '街道 (杭州 上城区; hzsc.gov.cn). No title, no date (URL 2023/2/7). Opening without "现将…报告如下". No 第一责任人 wording ("全面压实法治责任").'),
R(25, ['关于2025年度法治政府建设情况的报告', '中共重庆市开州区大进镇委员会重庆市开州区大进镇人民政府关于2025年度法治政府建设情况的报告'], ['重庆市开州区大进镇人民政府', '大进镇人民政府', '开州区大进镇人民政府', '中共重庆市开州区大进镇委员会', '大进镇'], 'township', 2025, None,
  S(6, '一、2025年推进法治政府建设的主要举措和成效'), E(7, '(一)坚持政治引领,全力夯实法治政府建设责任'),
  'Town of 重庆 开州区; a joint report of the 镇党委 and the 镇政府: the issuers on lines 1-2, the title proper on line 3 (either the proper title or the joined heading), addressee 区委、区政府 (line 4). No date (URL 20260107). Item (一) (line 7) holds 一是 "严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》".'),
R(26, '区司法局关于2025年法治政府建设情况的报告', ['重庆市九龙坡区司法局', '九龙坡区司法局', '区司法局'], 'department', 2025, None,
  S(4, '一、2025年推进法治政府建设的主要举措和成效'), F,
  '司法 (district 司法局, 重庆 九龙坡 - from the site cqjlp.gov.cn; the text says only 区司法局). Title given twice (lines 1-2). No date (URL 20260204). No 第一责任人 wording in the excerpt.'),
R(27, None, ['镇人民政府'], 'township', 2025, None,
  S(1, '一、2025年主要工作及成效'), F,
  'A town of 重庆 涪陵区 (fl.gov.cn, path jz/ltz; "我镇", "区交巡警支队、马武公巡大队") whose page opens straight at part 一: no title, no opening paragraph, no name -> bare name (the town cannot be named from the text). No date (URL 20260119). No 第一责任人 wording.'),
R(44, '高新区综治局2022年法治政府建设年度报告', ['珠海高新区综治局', '高新区综治局', '珠海高新技术产业开发区综合治理局'], 'department', 2022, None,
  S(5, '一、2022年度推进法治政府建设的主要举措和成效'), E(11, '(二)坚持政治引领,落实法治建设第一责任人职责'),
  'Department of a 高新区 (珠海高新区 综治局, under 区党工委/区管委会); the same body\'s 2023 report is fsi-032 (different text; probe.py: 1 boilerplate hit with fsa-002). Title line 1 (short name), indented lines, no date. The duty is item (二) (line 11).'),
X(28, '述法报告(范文)', 'A 2025 镇党委主要负责人 述法 report ("履行推进法治建设第一责任人职责情况的报告", first person, 一、工作情况 …) on a model-text site (laobiganer.com) with * placeholders: a leader\'s 述法 report, not the body\'s annual report.'),
X(29, '半年工作报告(范文)', '"2021年上半年法治政府建设工作情况报告(乡镇版)": a half-year model text (x镇, "开头部分已省略650字", "仅展示628字"), with 存在的问题及原因. No URL was returned by the search tool.'),
X(30, '政府信息公开工作年度报告', '国家卫生健康委 2024 政府信息公开工作年度报告, mirrored on nmgyyxh.org.cn.'),
X(31, 'news(督察)', '新华网 2021-10-12: 中央依法治国办 法治政府建设督察组 sets off to 8 provinces (the paragraph given twice; 3 probes).'),
X(32, '政府信息公开工作年度报告', '重庆市市场监督管理局机关 2023 政府信息公开工作年度报告.'),
X(33, '普法工作总结(content farm)', '"2024普法工作总结": a generic content-farm summary (成绩/问题/2025年展望 with numbered lists), no issuer.'),
X(34, 'news(普法责任制评议)', '西藏司法 2024-10-25: 自治区 "谁执法谁普法" 普法责任制 现场履职评议会 (12 units reported).'),
X(35, '行政执法数据年报', '庆元县 2024年度行政执法数据 (目录, 统计表 with pipes, 说明).'),
X(36, '行政执法数据年报(traditional)', '大同市文物局 2024年度行政执法数据表 on a traditional-script mirror (a-water.cn) with mojibake pinyin glosses (執(zhí)法), card lines one per line, 填报说明 only.'),
X(37, '工作计划(范文)', '"2024年度法治建设工作计划" on a document site (360docs.net): 总体目标/重点任务 lists, no issuer.'),
X(38, 'news(常务会议听取报告起草)', '钢城区 区政府常务会议 (2026-02-03) news: among other items 听取《关于2025年度法治政府建设工作情况的报告》起草情况的汇报.'),
X(39, 'news(依法治市委员会会议)', '国际在线 2023-05-11: 无锡市委全面依法治市委员会第五次会议暨专题述法会议 (审议 2023年工作要点, 2022年工作总结报告).'),
X(40, '法治建设工作汇报(上半年)', '"关于2023年上半年全区法治建设工作情况的汇报" page 2 of 2 on sucai198.com: the plan items 四是/五是 only (a district\'s half-year 法治建设 report, its end).'),
X(41, 'news(人大审议报告)', '甘肃人大 2025-04-11: 省人大常委会 hears and reviews 甘肃省人民政府关于2024年法治政府建设情况的报告 (the members\' views, then the report\'s points). Opens with an empty line.'),
X(42, 'news(督察)', '谢家集区委依法治区办 专项督察 of the 乡镇街道\' 2023 法治建设 (news, 淮南).'),
X(43, 'translation(Japanese)', 'Baidu machine translation into Japanese of 山西省统计局 2023 法治政府建设 report (translate.baiducontent.com): the report\'s content, but not a Chinese report (borderline, as fsi-004\'s English summary).'),
]
def home(n):  # after the split (split.py) a page lives in pages-i or pages-j-held
    held = D + '../pages-j-held/'
    return held if os.path.exists(held + 'fsj-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsj-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsj-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = squash(lines[v['line'] - 1]); h = squash(v['heading'])
            if not (h in ln if (n, k) in INLINE else ln.startswith(h)):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', lines[v['line'] - 1][:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    # a title must equal a line of the first 30 (for a list of accepted forms one match is enough)
    if titles and not any(any(squash(l) == squash(t) for l in lines[:30]) for t in titles):
        print('TITLE?', n, titles); bad += 1
    if not any(squash(i) in squash(text) for i in d['issuer']):
        print('issuer not in text (by design?)', n, d['issuer'][:2])
    if d['publish_date'] and d['publish_date'].isoformat() not in squash(text) and '%d年%d月%d日' % (d['publish_date'].year, d['publish_date'].month, d['publish_date'].day) not in text and d['publish_date'].strftime('%Y年%m月%d日') not in text and d['publish_date'].strftime('%Y/%m/%d') not in text:
        print('DATE?', n, d['publish_date']); bad += 1
ids = sorted(n for n, _ in L)
assert len(ids) == len(set(ids)) and len(ids) == len(U), (len(ids), len(U))
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
