# (pages-v copy of pages-u/raw/lab.py: names and the label list changed)
# Writes every fsv-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fsv-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsv-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsv-%03d' % n, kind='distractor', type=typ, source_url=U['fsv-%03d' % n], notes=notes)
CARD = set()
INLINE = {(1, 'first_responsible'), (3, 'first_responsible'), (4, 'measures'), (13, 'first_responsible')}
L = [
R(1, '中共楠木铺乡党委楠木铺乡人民政府关于2024年法治政府建设工作的报告', ['楠木铺乡人民政府', '中共楠木铺乡党委', '楠木铺乡党委', '楠木铺乡', '沅陵县楠木铺乡人民政府'], 'township', 2024, '2025-04-03',
  S(4, '一、主要举措和成效'), E(6, '乡党委书记切实履行推进法治建设第一责任人职责'),
  'Township (楠木铺乡, 沅陵县, 湖南), joint report of the 乡党委 and the 乡人民政府 (yuanling.gov.cn): title line 1 (the two issuers run together without a space), "沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2025-04-03 15:22" line 2 (the page sits in a 2025-10 folder of the address; the header date counts). Part 一 line 4. The duty is the second sentence of the paragraph of item (一) "健全组织领导" (line 6): "乡党委书记切实履行推进法治建设第一责任人职责" -> embedded, labelled at that sentence (inline; the item heading at line 5 is about 组织领导, borderline). The excerpt stops at the heading of item (二).'),
R(2, ['中共宣州区新田镇委员会 宣州区新田镇人民政府关于2021年度法治政府建设情况的报告', '宣州区新田镇人民政府关于2021年度法治政府建设情况的报告'], ['新田镇人民政府', '宣州区新田镇人民政府', '中共宣州区新田镇委员会', '新田镇党委', '新田镇'], 'township', 2021, '2022-03-31',
  S(24, '一、工作开展情况'), E(28, '1.落实法治建设第一责任人责任'),
  'Township (新田镇, 宣州区, 安徽), joint report of the 镇委 and the 镇人民政府 (xuanzhou.gov.cn 政府信息公开, 组配分类 政府工作报告): chrome lines 1-4, a key-value card printed twice (lines 5-8 in rows, 9-16 one field a line; "名称:" holds the title, "生成日期/发布日期: 2022-03-31"), the title itself line 17 (the two issuers separated by a space), "发布时间:2022-03-31 10:11 来源:新田镇人民政府" line 18, the addressee "宣州区委、区政府" line 20. Part 一 "工作开展情况" line 24; sub-item "1.落实法治建设第一责任人责任。" opens line 28 (run-in) -> embedded. The excerpt stops inside that item.'),
R(3, None, ['银川市人民政府', '银川市'], 'city', 2024, None,
  S(2, '一、主要工作落实情况'), E(3, '三是压实工作责任。'),
  'City (银川市, 宁夏; yinchuan.gov.cn 法治政府建设年报 column): no title, no date; opens "2024年,银川市坚持…". Part 一 "主要工作落实情况" line 2. Item (一) (line 3) runs 一是/二是/三是 inline; "三是压实工作责任。严格落实党政主要负责人法治建设第一责任人职责…" is the last sentence group of line 3 -> embedded, labelled at "三是压实工作责任。" (inline). The excerpt stops there.'),
R(4, None, ['闵行区人民政府', '上海市闵行区人民政府', '闵行区'], 'county', 2021, None,
  S(1, '一、法治政府建设主要措施和成效'), F,
  'District of 上海 (闵行区; zwgk.shmh.gov.cn 法治政府建设情况年度报告 column): the whole excerpt is ONE line - the page flattened its paragraphs into spaces, so the opening, "现将2021年法治政府建设工作情况总结如下:", part 一 "一、法治政府建设主要措施和成效", item (一) and sub-item 1. all stand in line 1 (measures labelled at line 1, heading inline). No title, no date. The opening calls the report a 总结 ("情况总结如下") but it is the district\'s annual report in the 年度报告 column. No 第一责任人 wording in the cut -> absent.'),
R(5, None, ['清镇市人民政府', '清镇市'], 'county', 2022, None,
  S(2, '一、2022年法治政府建设情况'), F,
  'County-level city (清镇市, under 贵阳) on a mirror (nmdbkk.com, an unrelated 养殖 path): no title, no date; opens "2022年,清镇市坚持…". Part 一 line 2. Item (一) line 3, run-in 一是/二是 paragraphs lines 4-5. "市委、市政府主要领导坚持重要工作亲自部署、重大问题亲自过问…" (line 5) uses the 第一责任人 formula without the words -> first_responsible absent (borderline; the next paragraph, not in the cut, names the 第一责任人职责清单).'),
R(6, None, ['镇宁布依族苗族自治县人民政府', '镇宁自治县人民政府', '镇宁自治县', '镇宁县人民政府'], 'county', 2022, None,
  S(2, '一、工作开展情况及成效'), F,
  'County (镇宁自治县, 安顺, 贵州; gzzn.gov.cn 法治规划 column): no title, no date; opens "2022年在县委、县政府的坚强领导下,…镇宁自治县坚持…" and lists the county\'s awards before part 一 (line 2). No 第一责任人 wording in the cut -> absent.'),
R(7, None, ['龙岩市司法局', '市司法局'], 'department', 2023, None,
  S(2, '一、主要举措和成效'), F,
  'City department (龙岩市司法局, 福建; lysfj.longyan.gov.cn 规划计划 column): no title, no date; opens "2023年,市司法局在市委、市政府的坚强领导和省司法厅精心指导下…" (the city is named in the 实施方案 titles). As the 司法局 it reports on 全面依法治市 too. Part 一 line 2. Only 述法 wording, no 第一责任人 -> absent.'),
R(8, None, ['丽水市文化和广电旅游体育局', '市文化和广电旅游体育局', '丽水市文广旅体局'], 'department', 2020, None,
  S(2, '一、贯彻法治精神,切实压实法治政府建设政治责任'), F,
  'City department (丽水市文化和广电旅游体育局, 浙江) on a mirror of lishui.gov.cn (bjlbwl.com): no title, no date; the opening ends "现将2020年度法治政府建设工作及2021年工作思路报告如下" (the 2021 plan is not in the cut -> next_year absent). No 主要举措 heading: part 一 (line 2) is the first topical part. "一把手负总责" (line 3) without 第一责任人 wording -> absent (borderline).'),
R(9, '黑龙江省司法厅关于2023年法治政府建设情况的报告', ['黑龙江省司法厅', '省司法厅'], 'department', 2023, '2024-03-04',
  S(15, '一、坚持以习近平法治思想为引领,着力夯实法治政府建设责任'), E(19, '(二)认真履行法治政府建设职责'),
  'Provincial department (黑龙江省司法厅; sft.hlj.gov.cn): chrome lines 1-5 (the title also as the last bullet of the card at line 6), title line 8, "日期:2024-03-04 15:06 来源:厅法治督察处 访问量:" line 10, "【字体:" line 11; paragraphs separated by empty lines. Part 一 line 15 is the first topical part. Item (二) "认真履行法治政府建设职责。" (line 19, run-in) opens with "厅主要负责同志切实履行推进法治建设第一责任人职责" -> embedded at the item\'s heading.'),
R(10, '广州市公安局增城区分局关于2024年度法治政府建设情况的报告', ['广州市公安局增城区分局', '增城区分局', '增城区公安分局'], 'department', 2024, None,
  S(3, '一、2024年主要工作措施和成效'), F,
  'District police branch (广州市公安局增城区分局; zc.gov.cn 部门法治政府建设报告 column): title line 1, no date. Part 一 line 3. The cut ends with "二是明确工作目标和任务分工。" (line 5), just before the sentence on the 第一责任人职责; the only wording inside is a meeting "所队第一责任人述法工作会议" of the branch\'s units -> first_responsible absent (borderline).'),
R(11, ['关于夏铎铺镇2020年度法治政府建设工作情况的报告', '宁乡市夏铎铺镇2020年度法治政府建设工作情况的报告'], ['夏铎铺镇人民政府', '中共夏铎铺镇党委', '夏铎铺镇', '宁乡市夏铎铺镇人民政府'], 'township', 2020, '2020-12-30',
  S(20, '一、法治建设开展情况及特点'), F,
  'Township (夏铎铺镇, 宁乡市, 湖南), joint report of the 镇党委 and the 镇人民政府 (nxcity.gov.cn): the page title with " - 规划计划 - 宁乡市政府门户网站" line 1, breadcrumb line 2, the plain title line 4, "发布时间 : 2020-12-30 来源:夏铎铺镇人民政府" line 6, issuers on lines 8 and 10, the document title "关于夏铎铺镇2020年度法治政府建设工作情况的报告" line 12, addressee "中共宁乡市委、宁乡市人民政府:" line 16. Published in December of the year reported on. The opening writes the year in Chinese numerals ("二〇二〇年") and ends "现将我镇2020年法治政府建设工作总结如下". Part 一 line 20. The opening names the duty garbled as "推进法治建设第一人" -> no 第一责任人 wording, absent (borderline).'),
R(12, None, ['上海市人民政府', '上海市政府', '上海市'], 'province', 2020, None,
  S(2, '一、2020年法治政府建设主要工作举措及成效'), F,
  'Province-level city (上海市; shanghai.gov.cn): no title, no date; opens "2020年,上海市政府坚持…". Part 一 line 2. No 第一责任人 wording in the cut -> absent. The 2021 report of the same city is fsu-009 (different text).'),
R(13, None, ['重庆市荣昌区司法局', '荣昌区司法局', '区司法局'], 'department', 2022, None,
  S(2, '一、深学笃用习近平法治思想,全力推动法治政府建设'), E(3, '二是严格落实党政主要负责人履行推进法治建设第一责任人职责规定。'),
  'District department (荣昌区司法局, 重庆; rongchang.gov.cn 法治政府年度报告 column): no title, no date; opens "2022年,我局坚持…"; the text names "区司法局" and "荣昌区" (in a 实施方案 title) only. Part 一 line 2 is the first topical part. Run-in items in line 3; "二是严格落实党政主要负责人履行推进法治建设第一责任人职责规定。" -> embedded, inline.'),
X(30, '工作要点 (通知)', 'Notice of the 江西省应急管理厅 issuing its 2023 应急管理工作要点 (2023-02-28) on a mirror (gmzcc.com), traditional script with pinyin mojibake ("(fā)", "(qū)"): a plan for the year, not a report on 法治政府建设.'),
X(31, '信息公开年报说明', 'A note (无锡经济开发区 政法和应急管理局, 2022-12-13) explaining what the 政府信息公开工作年度报告 is and that the new bureau will publish one: about an annual report, not a report on 法治政府建设.'),
X(32, '述职报告', 'A 述职报告 of the 湖北省司法厅 厅长 to the provincial 人大常委会 (2005-07-27) on his term since 2003: personal 述职 on 学法用法 and 执法, not an annual report on 法治政府建设.'),
X(33, '行政执法数据 (统计年报)', '广州市司法局 2019 行政执法数据: the table of contents and the notes of the statistical tables of its administrative enforcement (许可/处罚/强制…): a 行政执法统计年报, not a report on 法治政府建设.'),
X(34, '署名文章', 'A signed article by a deputy director of the 宁夏 司法厅 (fx361.cc, a journal mirror) on 法治政府建设示范创建 in 宁夏: commentary, not an annual report.'),
X(35, '信息公开年报', 'The 国家税务总局 2010 政府信息公开年度报告 on a baike-style page (zjtcn.com): an information-disclosure annual report, not a report on 法治政府建设.'),
X(36, '制度 (规范性文件)', '大同市行政执法统计年报制度 (2021-07-27, 大同经开区 site): rules (第一条…) on publishing the yearly enforcement statistics, not a report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-v or pages-v-held
    held = D + '../pages-v-held/'
    return held if os.path.exists(held + 'fsv-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsv-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsv-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-v*/fsv-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
