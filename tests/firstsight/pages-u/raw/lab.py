# (pages-u copy of pages-t/raw/lab.py: names and the label list changed)
# Writes every fsu-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fsu-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsu-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsu-%03d' % n, kind='distractor', type=typ, source_url=U['fsu-%03d' % n], notes=notes)
CARD = set()
INLINE = {(1, 'first_responsible'), (3, 'first_responsible')}
L = [
R(1, '广东省交通运输厅2023年度法治政府建设年度报告', ['广东省交通运输厅', '省交通运输厅'], 'department', 2023, '2024-01-22',
  S(12, '一、2023年工作情况'), E(14, '二是厅主要负责同志切实履行推进法治建设第一责任人职责'),
  'Provincial department (广东省交通运输厅; td.gd.gov.cn 公开年报 column): site chrome lines 1-3 (links, breadcrumb), title line 5, "发布时间: 2024-01-22 14:00 来源:广东省交通运输厅" line 7, "【打印】 -" line 8; paragraphs open with two spaces and are separated by empty lines. Part 一 "2023年工作情况" line 12 is the review. The duty is the run-in item "二是厅主要负责同志切实履行推进法治建设第一责任人职责。" inside body line 14, which opens with item (一) -> inline, embedded. The excerpt stops inside that item.'),
R(2, ['苏州市交通运输局2023年度法治政府建设工作报告', '2023年度法治政府建设工作报告'], ['苏州市交通运输局'], 'department', 2023, None,
  S(4, '一、2023年度推进法治政府建设的主要举措和成效'), F,
  'City department (苏州市交通运输局) on a mirror (madallc.com): the title is split over lines 1-2 ("苏州市交通运输局" / "2023年度法治政府建设工作报告"); no date in the text. Part 一 line 4. No 第一责任人 wording in the cut -> absent (the excerpt stops inside item 1 of (一)).'),
R(3, None, ['西宁市城中区人民政府', '城中区人民政府', '城中区'], 'county', 2025, None,
  S(2, '一、工作进展情况'), E(3, '二是强化法治督察。'),
  'District of 西宁 (城中区, 青海; xncz.gov.cn): no title, no date; the text names "城中区" and "区委区政府". Part 一 "工作进展情况" line 2 is the review. "全面落实党政主要负责人履行推进法治建设第一责任人职责" closes the run-in item "二是强化法治督察。" inside body line 3 (which opens with item (一)) -> labelled at that item, inline, embedded (borderline: the item is about 督察 and 述法).'),
R(4, ['中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告', '关于2022年法治政府建设情况的报告'], ['海南省人民政府', '中共海南省委', '海南省委', '海南省'], 'province', 2022, '2023-03-27',
  S(11, '一、提高政治站位,牢牢把握法治政府建设正确方向'), F,
  'Province, joint report of 省委 and 省政府 (hainan.gov.cn): the two-line title (issuers / "关于2022年法治政府建设情况的报告") stands at lines 1-2 and again at lines 5-6; "2023-03-27 17:05 来源: 海南省人民政府网 【字体:   打印" line 3. No 主要举措 heading: part 一 (line 11) is the first topical part. No 第一责任人 wording in the cut -> absent.'),
R(5, '北京市2022年法治政府建设年度情况报告', ['北京市人民政府', '北京市'], 'province', 2022, None,
  S(3, '一、 主要举措和成效'), F,
  'Province-level city (北京市) relayed on the 教委 site (jw.beijing.gov.cn 法治资讯): title line 1, no date in the text; part 一 heading "一、 主要举措和成效" has a space after 、 (line 3). No 第一责任人 wording in the cut -> absent.'),
R(6, None, ['東城區人民政府', '北京市東城區人民政府', '東城區政府', '东城区人民政府', '北京市东城区人民政府'], 'county', 2022, None,
  S(2, '一、2022年法治政府建設的主要舉措和成效'), F,
  'District of 北京 (東城區) on the big5 gate of beijing.gov.cn (traditional script): no title, no date; opens "2022年,東城區政府堅持…". Part 一 line 2. No 第一责任人 wording in the cut -> absent. The 2024 report of the same district is page-r2-r088 (different text; two boilerplate probes shared).'),
R(7, '北京市朝陽區人民政府2022年法治政府建設年度情況報告', ['北京市朝陽區人民政府', '朝陽區人民政府', '北京市朝阳区人民政府', '朝阳区人民政府'], 'county', 2022, '2023-03-31',
  S(10, '一、推進法治政府建設情況'), F,
  'District of 北京 (朝陽區) on the big5 gate of beijing.gov.cn (traditional script): title line 1, "日期:2023-03-31 10:00    來源:北京市朝陽區人民政府" line 3, "分享:" / "字號:" chrome lines 5-6, paragraphs open with two spaces. Part 一 "推進法治政府建設情況" line 10. No 第一责任人 wording in the cut -> absent.'),
R(8, None, ['北京市密云区人民政府', '密云区人民政府', '密云区政府'], 'county', 2022, None,
  S(2, '一、2022年推进法治政府建设情况'), F,
  'District of 北京 (密云区; beijing.gov.cn 法治政府建设报告 column): no title, no date; opens "2022年,在市委、市政府和区委坚强领导下,密云区政府…" and ends the opening with the slip "现在有关情况报告如下". Part 一 line 2. No 第一责任人 wording in the cut -> absent.'),
R(9, '2021年上海市法治政府建设情况报告', ['上海市人民政府', '上海市'], 'province', 2021, None,
  S(7, '一、深入学习贯彻习近平法治思想,切实履行推进法治政府建设工作职责'), F,
  'Province-level city (上海市; shanghai.gov.cn): title line 1 puts the year first, "字号:" line 3, no date; paragraphs open with two spaces. Part 一 line 7 is the first topical part (no 主要举措 heading). Its heading names "切实履行推进法治政府建设工作职责" but not the 第一责任人 -> first_responsible absent (borderline).'),
R(10, '南昌县政府2020年度法治政府建设工作报告', ['南昌县人民政府', '南昌县政府', '南昌县'], 'county', 2020, '2021-03-15',
  S(12, '一、2020年度法治政府建设主要举措及成效亮点'), F,
  'County (南昌县, 江西) on a mirror of ncx.nc.gov.cn (saintpaulhem.com): "分享到:" line 1, a key-value card lines 2-5 ("发布机构: 南昌县人民政府 生成日期: 2021-03-15"), title line 6, "  • 浏览量:" / "  • 字体【      】" chrome lines 7-8. Part 一 line 12. No 第一责任人 wording in the cut -> absent. Its 2021 report is fsu-011 (same layout).'),
R(11, '南昌县政府2021年度法治政府建设工作报告', ['南昌县人民政府', '南昌县政府', '南昌县'], 'county', 2021, '2022-02-20',
  S(12, '一、主要举措和成效'), F,
  'County (南昌县, 江西; ncx.nc.gov.cn): same layout as fsu-010 - card lines 2-5 ("生成日期: 2022-02-20"), title line 6, chrome lines 7-8. Part 一 "主要举措和成效" line 12. No 第一责任人 wording in the cut -> absent.'),
R(12, ['中共重庆市江津区四屏镇委员会 重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告', '关于2025年法治政府建设情况的报告'], ['重庆市江津区四屏镇人民政府', '四屏镇人民政府', '四屏镇', '中共重庆市江津区四屏镇委员会'], 'township', 2025, '2026-01-19',
  S(7, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Township (四屏镇, 江津区, 重庆), joint report of 镇党委 and 镇政府: "发布日期:2026-01-19 11:09:04 大 中 小" line 1, the title over three lines 2-4 (党委 / 政府 / "关于2025年法治政府建设情况的报告"), the address "区委,区政府:" line 5. Part 一 line 7. No 第一责任人 wording in the cut -> absent.'),
R(13, None, ['汕尾市公安局', '市公安局'], 'department', 2019, None,
  S(2, '一、法治政府建设工作情况'), F,
  'City department (汕尾市公安局; shanwei.gov.cn 工作报告 column): no title, no date; the opening cites the 督察工作规定 and says "现将我局法治政府建设年度情况报告如下"; the year stands only in "2019年度为全面推进法治政府建设工作" (line 4); the issuer in "市公安局" and "汕尾市公安上新台阶行动计划" is cut off, so "汕尾市公安局" is inferred from the 市公安局 and the site (borderline). Part 一 line 2. A 法治政府建设工作领导小组 led by the 局长, but no 第一责任人 wording -> absent.'),
R(14, None, ['荷城街道办事处', '荷城街道'], 'township', 2022, None,
  S(2, '一、2022年度法治政府建设工作的基本情况'), F,
  'Sub-district (荷城街道; gzzs.gov.cn 公示公告 column): no title, no date (the address has 20230221); the opening cites "相关文件要求" and names the unit only in "结合荷城街道实际" and the names of its rules ("《荷城重大事项集体决策制度》"). Part 一 "2022年度法治政府建设工作的基本情况" line 2. No 第一责任人 wording in the cut -> absent.'),
R(15, '墊江縣教育委員會(huì)2024年法治政府建設(shè)情況報(bào)告', ['墊江縣教育委員會', '墊江縣教委', '垫江县教育委员会', '垫江县教委'], 'department', 2024, None,
  S(3, '一、主要舉措和成效'), E(4, '(一)強(qiáng)化組織保障,,全面發(fā)揮法治引領(lǐng)作用'),
  'County department (垫江县教育委员会, 重庆) on a mirror (m.dgheli123.com): traditional script with "(huì)"-style pinyin after some characters, doubled commas (",,") and "?" slips - all as returned; the title (line 1) itself carries "委員會(huì)" and "建設(shè)". No date. Part 一 "主要舉措和成效" line 3. Item (一) line 4 ("強化組織保障") opens with the paragraph "認(rèn)真落實(shí)法治政府建設(shè)第一責(zé)任人職責(zé)" (line 5) -> labelled at the item opening, embedded (as pages-t fst-004; borderline: line 5 is the sentence itself).'),
X(30, '学术论文(乡镇法治政府的制度建设, 2019)', 'm.fx361.cc: journal article "浅析我国乡镇法治政府的制度建设" (山东省委党校 authors, affiliations line) - an academic paper on township 法治政府, not a report.'),
X(31, '讲话(农业农村部副部长, 农业综合行政执法改革现场会, 2019)', 'nzgx.org: speech of 韩俊 (农业农村部党组副书记、副部长) of 2019年6月25日, "同志们:" address, "我讲三点意见" - a speech on 农业农村法治 and 执法改革, not a report.'),
X(32, 'news(省人大常委会副主任 调研 永新县 法治建设挂点联系)', 'rddy.org.cn: news of 江西省人大常委会副主任 胡世忠 visiting 永新县 (乡村振兴 and 法治建设挂点联系指导) - news, third person.'),
X(33, '总结评估报告(市机关事务服务中心, 十三五规划)', 'xgj.xiangyang.gov.cn: 襄阳市机关事务服务中心 "关于贯彻落实《机关事务工作“十三五”规划》总结评估报告" (2020) with a pipe-table card and "一、工作开展情况" - a plan review of 机关事务, not a 法治政府建设 report.'),
X(34, '政府信息公开年报(省交通运输厅, 2023)', 'jtyst.jiangsu.gov.cn: 江苏省交通运输厅2023年政府信息公开工作年度报告 (总体情况 / 主动公开) - an information-disclosure annual report.'),
X(35, '实施意见 通知(上海市人民政府 政务诚信, 2017; traditional with pinyin mojibake)', 'htgfsre.cn mirror of shanghai.gov.cn: 滬府發(fā)〔2017〕92號, 上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知 - traditional script with "(fā)"-style pinyin after characters; an 实施意见, not a report.'),
X(36, '实施方案 通知(海南省法治政府建设实施方案 2021—2025)', 'e-gov.org.cn: 琼发〔2021〕22号, 中共海南省委 海南省人民政府 印发《海南省法治政府建设实施方案(2021—2025年)》的通知 and the 方案 (一、总体要求) - a five-year plan, not an annual report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-u or pages-u-held
    held = D + '../pages-u-held/'
    return held if os.path.exists(held + 'fsu-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsu-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsu-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-u*/fsu-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
