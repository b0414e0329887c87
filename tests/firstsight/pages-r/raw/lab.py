# Writes every fsr-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-q/raw/lab.py). A heading marked
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
    return n, dict(id='fsr-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsr-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsr-%03d' % n, kind='distractor', type=typ, source_url=U['fsr-%03d' % n], notes=notes)
CARD = set()
INLINE = {(2, 'first_responsible'), (3, 'first_responsible'), (10, 'first_responsible')}
L = [
R(1, '徐家湾街道2025年法治政府建设报告', ['徐家湾街道办事处', '西安市未央区徐家湾街道办事处', '未央区徐家湾街道办事处', '徐家湾街道'], 'township', 2025, None,
  S(7, '一、法治建设工作情况'), E(11, '(二)压紧压实责任,切实履行第一责任人职责。'),
  '街道 (陕西 西安 未央区 徐家湾; weiyang.gov.cn 年度法治建设情况报告 column): the title stands twice (lines 1 and 3), no date. No 主要举措 heading: part 一 "法治建设工作情况" (line 7) is the first topical part. Sub-heading (二) (line 11) is the duty itself -> embedded there.'),
R(2, None, ['兴国县人民政府', '江西省兴国县人民政府', '兴国县', '县政府'], 'county', 2024, None,
  S(2, '一、主要举措及成效'), E(3, '二是组织开展述法考核。'),
  'County (江西 赣州 兴国; xingguo.gov.cn 法治政府建设年报 column, URL 202501): no title, no date, the text says only "我县" and "习近平总书记考察江西" (issuer from the site, borderline). Part 一 line 2; (一) line 3 runs 一是/二是/三是 on one line; 二是 "组织开展述法考核" holds the only 第一责任人 wording ("全面落实党政主要负责人履行推进法治建设第一责任人职责规定") -> labelled at that item (inline; borderline: the county organising others\' 述职).'),
R(3, '2022年度法治政府建设工作报告', ['岳阳市退役军人事务局', '市退役军人事务局'], 'department', 2022, None,
  S(3, '一、组织领导强起来,着力提高依法行政能力。'), E(4, '一是严格落实局领导班子责任。'),
  '退役军人事务局 (city, 湖南 岳阳) on a mirror (sxobhb.com/tyjrswj/…): title line 1 without any name; "市退役军人事务局" and "法治岳阳" in the first paragraph. No 主要举措 heading: part 一 (line 3) is the first topical part. Line 4 runs on; its 一是 "严格落实局领导班子责任" opens the duty ("…《党政主要负责人履行推进法制建设第一责任人职责规定》精神…局长李力之亲自负责") -> labelled at 一是 (inline).'),
R(4, None, ['杭州市退役軍人事務局', '杭州市退役军人事务局', '市退役军人事务局'], 'department', 2022, None,
  S(2, '一、2022年度法治政府建設情況'), E(3, '(一)建體係強機製,健全法治政府建設製度保障。'),
  '退役军人事务局 (city, 浙江 杭州) on a traditional-script mirror (shangkeht.com, hangzhou-style art_ path, URL 2023/3/6) with odd conversions (全麵, 製度, 體係): no title, no date; "我局", "我市退役軍人事務領域", "杭州擔當" (issuer from the text, borderline). Part 一 line 2; (一) line 3 holds "持續落實黨政主要負責人履行法治政府建設第一責任人職責" but opens with 制度 -> labelled at the item opening (embedded).'),
R(5, None, ['杭州市上城区退役军人事务局', '上城区退役军人事务局', '区退役军人事务局'], 'department', 2022, None,
  S(2, '第一、 2022年度推进法治政府建设的主要举措和成效:'), F,
  '退役军人事务局 (district, 杭州 上城; hzsc.gov.cn, URL 2023/2/8): no title, no date; "我局", "法治上城", "退役军人2022年法治政府建设工作要点" (issuer from site and text, borderline). The 主要举措 part is headed "第一、" (line 2), then "一、强化规范运作" (line 3). "党组书记、局长负总责" but no 第一责任人 wording in the cut -> absent.'),
R(6, ['廣州市海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報告'], ['廣州市海珠區(qū)人民政府', '廣州市海珠區人民政府', '广州市海珠区人民政府', '海珠區(qū)人民政府', '海珠区人民政府', '海珠区政府', '海珠区'], 'county', 2023, None,
  S(3, '一、加強(qiáng)黨對法治建設(shè)的領(lǐng)導(dǎo),突出政治引領(lǐng)筑根基'), E(4, '一是深入踐行習(xí)近平法治思想'),
  'District of 广州 (海珠区) -> county level, on a traditional-script mirror (qhpw.cn) with pinyin mojibake inside words ("區(qū)", "關(guān)", "責(zé)"): title line 1, no date. No 主要举措 heading: part 一 (line 3) is the first topical part. Item 一是 (line 4) "區(qū)黨政主要負(fù)責(zé)人扎實(shí)履行推進(jìn)法治建設(shè)第一責(zé)任人職責(zé)" - the wording broken by mojibake but plain to a reader; the item opens with 习近平法治思想 -> labelled at 一是 (embedded).'),
R(7, ['中共重庆市荣昌区新区建设工作委员会 重庆市荣昌区新区建设管理委员会关于2021年度法治政府建设情况的报告'], ['重庆市荣昌区新区建设管理委员会', '荣昌区新区建设管理委员会', '荣昌新区建设管委会', '中共重庆市荣昌区新区建设工作委员会', '荣昌区新区建设工作委员会'], 'township', 2021, '2022-01-24',
  S(25, '一、2021年开展工作'), E(29, '(二)落实第一责任人职责。'),
  '管委会 of a new area under a county-level district (重庆 荣昌区 新区建设管委会; rongchang.gov.cn, breadcrumb "部门 > 新区建设管委会"): 公开 card as a bullet list (lines 2-15: 索号, 成文/发布日期 2022-01-24, 发布机构 荣昌新区建设管委会), joint 党工委 + 管委会 title line 16, "日期:2022-01-24" line 17, addressee "区委、区政府:" line 21. Level township by the fsh-015 convention (a zone below a county-level district; borderline: the site files it under 部门). Part 一 line 25; sub-heading (二) line 29 is the duty -> embedded.'),
R(8, '高新区综治局2021年法治政府建设年度报告', ['高新区综治局', '珠海高新区综治局', '珠海高新技术产业开发区综治局'], 'department', 2021, None,
  S(5, '一、2021年推进法治政府建设的主要举措和成效'), E(9, '一是坚持政治引领。'),
  'Department of a 高新区 (珠海高新区 综治局, under 区党工委/区管委会; zhuhai-hitech.gov.cn post_3049815). Its 2023 report is fsi-032 (a different text). Title line 1 (short name), indented lines, no date. Part 一 line 5; 一是 (line 9) "坚持政治引领。认真落实党政主要负责人履行推进法治建设第一责任人职责" -> labelled at 一是 (embedded; the line opens with it).'),
R(9, '麻章区森工产业园区管委会2021年法治政府建设年度报告', ['湛江市麻章区森工产业园区管理委员会', '麻章区森工产业园区管理委员会', '麻章区森工产业园区管委会'], 'township', 2021, '2022-01-11',
  S(17, '一、加强组织领导,提高思想认识'), F,
  '园区管委会 under a county-level district (广东 湛江 麻章区 森工产业园区): heavy chrome (IPv6 line, doubled menu items lines 2-7, breadcrumb line 9), title line 11, "时间:2022-01-11 11:06:31 来源:湛江市麻章区森工产业园区管理委员会" line 13. Level township as 007 (borderline). No 主要举措 heading: part 一 (line 17) is the first topical part. The leading group has "主要领导负责抓" but no 第一责任人 wording -> absent.'),
R(10, '重庆市武隆区工业园区管理委员会关于2020年度法治政府建设情况的报告', ['重庆市武隆区工业园区管理委员会', '武隆区工业园区管理委员会', '武隆区工业园区管委会'], 'township', 2020, '2021-05-31',
  S(11, '一、2020年度法治政府建设工作推进情况'), E(13, '一是强化领导'),
  '园区管委会 under a county-level district (重庆 武隆区 工业园区; cqwl.gov.cn bm/gyyqwyh, URL 202203): breadcrumb line 1, title line 3, "日期:2021-05-31" line 5, addressee "区政府:" line 7. Level township as 007 (borderline). Part 一 line 11; (一) line 13 runs on (heading glued to the body); its 一是 "强化领导建立“工业园区普法工作领导小组”,党政主要负责人履行推进法治政府建设第一责任人职责" -> labelled at 一是 (inline).'),
R(11, '陶家镇关于2025年法治政府建设情况的报告', ['陶家镇人民政府', '重庆市九龙坡区陶家镇人民政府', '九龙坡区陶家镇', '陶家镇'], 'township', 2025, None,
  S(3, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Town (重庆 九龙坡区 陶家镇; cqjlp.gov.cn 法治政府建设年度报告 / 镇街 column, URL 20260212): title line 1, one-line opening, no date. Part 一 line 3. No 第一责任人 wording in the cut -> absent.'),
R(12, '滑县万古镇人民政府关于2025年法治政府建设情况的报告', ['滑县万古镇人民政府', '万古镇人民政府', '万古镇'], 'township', 2025, '2026-03-04',
  S(8, '一、2025年法治政府建设主要工作及成效'), E(12, '3.压实第一责任人职责。'),
  'Town (河南 安阳 滑县 万古镇; portal on a bare IP address 61.54.6.141:10082): title line 1, field lines "发布时间:" / "2026-03-04" (lines 2-3), "来源:" / "万古镇人民政府" (lines 5-6). Part 一 line 8; item 3 (line 12) is the duty -> embedded.'),
R(13, '上海市生态环境局关于2021年度法治政府建设情况的报告', ['上海市生态环境局', '市生态环境局'], 'department', 2021, '2022-01-21',
  F, F,
  '生态环境局 (province-level municipality\'s 局, 上海; sthj.sh.gov.cn 法治建设年报 column): a cover letter to 生态环境部 (lines 1-4) signed "上海市生态环境局" / "2022年1月21日" (lines 5-6), then "附件" and the report title (line 8) and its opening paragraph. The cover letter lists the report\'s four parts (incl. "党政主要负责人履行推进法治建设第一责任人职责加强法治政府建设的有关情况", line 3) but the parts themselves stand past the cut -> measures and first_responsible absent.'),
R(14, None, ['青岛市生态环境局', '市生态环境局'], 'department', 2021, None,
  S(3, '一、推进法治政府建设工作情况'), E(6, '2.加强党对法治政府的领导。'),
  '生态环境局 (city, 山东 青岛; qingdao.gov.cn sthj 规划计划 column, URL 202311): line 1 empty, no title, no date, "市生态环境局" never named with 青岛 (issuer from the site, borderline). Part 一 line 3; item 2 (line 6) "局主要负责同志严格履行推进法治建设第一责任人职责" opens with 党的领导 -> labelled at item 2 (embedded).'),
X(30, '政府信息公开工作年度报告(开发区)', '西宁经济技术开发区 2022 政府信息公开 annual report (jkq.xining.gov.cn): 主动公开 / 依申请公开 figures - not a 法治政府建设 report.'),
X(31, '政府信息公开工作年度报告(工业集中区管委会, 2017)', '桃源县工业集中区管理委员会 2017 政府信息公开 annual report (taoyuan.gov.cn), opening with the date line "2018年3月18日" and the zone\'s 概述.'),
X(32, '政府信息公开工作年度报告(林业局, 2020)', '临江市林业局 2020 政府信息公开 annual report (login chrome, 发布日期 2021-01-05): 五公开, 政策解读 - not 法治政府建设.'),
X(33, '工作总结及工作计划范文(区林业局, masked)', 'e.wenmi.ren template: "区林业局2019年林业建设工作总结及2020年工作计划" with xx-masked figures, site chrome (投稿人, 全文9296字) - a sector work summary, not a 法治政府建设 report.'),
X(34, 'news(县司法局 党建+普法)', '昌宁 (yncn.gov.cn) news: the 县司法局 lists five 普法 priorities (干部学法, 校园普法, 双语普法 …) - a 普法 news item.'),
X(35, 'news(八五普法 新闻发布会)', '蒙城县 (mengcheng.gov.cn, 2025-11-18): a press conference on five years of 八五普法 - news, not a report.'),
X(36, '印发通知+工作要点(政务公开, 2023)', '新余市人民政府办公室 (2023-08-07) issues 《2023年新余市政务公开工作要点》 ("助力法治政府、服务型政府建设"): a 工作要点, not a report.'),
X(37, 'news(区人大常委会 评议部门年度工作)', 'cfe2021.org.cn mirror of a 新区 news item: the 区人大常委会 hears 26 departments\' 2021 work reports and evaluates them.'),
X(38, '重点工作完成情况(县交通运输局, 2021)', '襄城县 交通运输局 (xiangchengxian.gov.cn): completion of the 11 tasks of the 政府工作报告 in 2021 (roads, buses, projects) - not 法治政府建设.'),
X(39, 'news(市生态环境局 年度工作总结大会)', 'sd-xs.com mirror (江门-like path jmssthjj): the 市生态环境局 holds its 2021 工作总结大会 - news.'),
X(40, '生态环境状况公报(traditional mirror, 2021)', 'dacobj.cn: traditional-script mirror with pinyin mojibake of 《2021年度杭州市生态环境状况公报》 (water and air figures).'),
]
def home(n):  # after the split (split.py) a page lives in pages-r or pages-r-held
    held = D + '../pages-r-held/'
    return held if os.path.exists(held + 'fsr-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsr-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsr-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-r*/fsr-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
