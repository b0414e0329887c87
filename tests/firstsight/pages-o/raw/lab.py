# Writes every fso-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-n/raw/lab.py). A heading marked
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
    return n, dict(id='fso-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fso-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fso-%03d' % n, kind='distractor', type=typ, source_url=U['fso-%03d' % n], notes=notes)
INLINE = set()
CARD = set()
L = [
R(1, '西藏自治区藏语委办(编译局)2025年度法治政府建设工作报告', ['西藏自治区藏语委办(编译局)', '西藏自治区藏语委办', '区藏语委办(编译局)', '藏语委办(编译局)', '藏语委办', '西藏自治区藏语言文字工作委员会办公室'], 'department', 2025, '2026-01-09',
  S(9, '一、2025年法治建设情况'), F,
  'Province-level 办 of 西藏 (藏语委办 / 编译局; zyw.xizang.gov.cn): chrome (无障碍, breadcrumb), title line 5, "作者: 来源: 发布时间:2026-01-09" line 7, blank lines between lines. Part 一 "2025年法治建设情况" (line 9) then item (一) with inline 二是/三是. The only leader wording is a "一把手"和班子成员监督的责任清单 -> no 第一责任人 wording, absent.'),
R(2, None, ['生态环境部', '中华人民共和国生态环境部'], 'department', 2023, None,
  S(4, '一、2023年推进法治政府建设情况'), F,
  'Ministry (生态环境部) report re-posted in a provincial 厅\'s "省部要闻" column (hbepb.hebei.gov.cn, wap page): line 1 is the column name (chrome, not a title), no title, no date (URL id only). Lines indented with full-width spaces. No 第一责任人 wording in the excerpt.'),
R(3, None, ['梧州市人民政府', '梧州市', '市政府'], 'city', 2018, None,
  S(3, '一、依法全面履行政府职能'), F,
  'City (广西 梧州) on an encyclopedia-style aggregator (zjtcn.com): line 1 is a one-sentence description naming the report in 《》 ("…是2019年梧州市人民政府发布的通知") - not a title line, so title null (borderline: a reader may take the 《》 name). Opening paragraph line 2 ("我市政府"), then part 一 (line 3). No 第一责任人 wording.'),
R(4, '桂林市2018年度法治政府建设情况报告', ['桂林市人民政府', '桂林市', '市政府'], 'city', 2018, '2019-09-06',
  S(9, '一、2018年度法治政府建设的主要措施和取得的成效'), F,
  'City (广西 桂林) report posted by the 自治区 司法厅 site in its 法治政府建设年度报告 column (sft.gxzf.gov.cn): chrome, title line 4, "2019-09-06 15:46 来源:自治区党委依法治区办秘书处" line 6 (the poster, not the issuer). No opening paragraph: part 一 line 9. No 第一责任人 wording.'),
R(5, ['重庆市开州区紫水乡人民政府关于2020年度法治政府建设情况的报告', '关于2020年度法治政府建设情况的报告'], ['紫水乡人民政府', '重庆市开州区紫水乡人民政府', '开州区紫水乡人民政府', '紫水乡'], 'township', 2020, None,
  S(4, '一、2020年推进法治政府建设的主要举措和成效'), F,
  'Township (重庆 开州 紫水乡; cqkz.gov.cn, URL 202211): title split over lines 1-2 (issuer line, then 关于… line): the joined title and line 2 accepted. One-line opening (line 3), part 一 (line 4) opens with a paragraph. No date. No 第一责任人 wording.'),
R(6, ['2024年度交通运输法治政府建设工作总结', '2024年度交通运输法治政府建设'], ['湖州市交通运输局', '市交通运输局'], 'department', 2024, '2025-01-27',
  S(None, None), F,
  '交通运输 (city, 浙江 湖州): pipe card (索引号, 成文日期 2025-01-27, 发布机构) lines 1-3, then a covering letter to 中共湖州市委、湖州市人民政府 (lines 4-8, signed 湖州市交通运输局 2025年1月15日) sending the 局\'s "2024年度交通运输法治政府建设工作总结", whose title is split over lines 9-10. publish_date: the card\'s 成文日期 (borderline: the letter is dated 2025-01-15). The excerpt stops in the summary paragraphs (lines 11-12) before part 一: measures labelled present with neither line nor heading (only needs to be found: the summary of the year\'s work, lines 11-12, is all the excerpt holds of it). No 第一责任人 wording.'),
R(7, None, ['晋江市交通运输局', '市交通运输局', '交通运输局'], 'department', 2024, None,
  S(2, '一、围绕规范权力,多措并举,依法决策能力再提升'), F,
  '交通运输 (county-level city 晋江, 福建; jinjiang.gov.cn 法治政府建设年度报告公示 column): no title, no date, the text names no body (only "市委、市政府" and 交通运输): issuer from the site column (borderline, as fsn-023). Part 一 line 2 with items (一)-(三). No 第一责任人 wording.'),
R(8, None, ['四川省交通运输厅', '省交通运输厅', '交通运输厅'], 'department', 2024, None,
  S(2, '一、2024年主要工作举措及成效'), E(3, '(一)持续深化交通运输法治政府部门建设'),
  '交通运输 (province, 四川; jtt.sc.gov.cn): no title, no date; the text says "我厅" and never names the province (issuer from the site, borderline). Item (一) (line 3, run on) holds "推动落实主要负责人法治建设第一责任人、年度述法等制度" -> labelled at the sub-heading.'),
R(9, None, ['东莞市交通运输局', '市交通运输局'], 'department', 2024, None,
  S(2, '一、全面加强党的领导,推动法治政府全过程建设'), F,
  '交通运输 (city, 广东 东莞; jtj.dg.gov.cn): no title, no date; "我局"; the name only in a cited title (《东莞市交通运输局领导干部应知应会…清单》) and "法治东莞". No 第一责任人 wording in the excerpt.'),
R(10, ['济宁市交通运输局关于2024年法治政府建设情况的报告', '关于2024年法治政府建设情况的报告'], ['济宁市交通运输局', '市交通运输局'], 'department', 2024, None,
  S(5, '一、2024年推进法治政府建设的主要举措和成效'), E(6, '(一)坚持政治引领,深化交通法治政府建设'),
  '交通运输 (city, 山东 济宁): title line 1, repeated split over lines 2-3; no date (URL 2025/2/10). Item (一) (line 6, run on): 一是 学习, 二是 "扛牢第一责任。局主要负责同志切实履行法治建设第一责任人职责" -> labelled at (一).'),
R(11, None, ['东疆综保区', '东疆综合保税区', '天津东疆综合保税区', '东疆综合保税区管理委员会', '东疆'], 'county', 2024, None,
  S(2, '一、主要举措和成效'), F,
  'Special customs zone of 天津 (东疆综保区; dongjiang.gov.cn): no title, no date; opening names 东疆综保区; development zone -> county (fsh-016 convention). "东疆党委" leads. No 第一责任人 wording.'),
R(12, '奉节县吐祥镇2025年法治政府建设情况报告', ['吐祥镇人民政府', '奉节县吐祥镇人民政府', '吐祥镇', '奉节县吐祥镇'], 'township', 2025, '2026-03-12',
  S(6, '一、法治建设的主要举措和成效'), E(8, '(一)压实法治责任,筑牢建设根基'),
  'Town (重庆 奉节 吐祥镇; cqfj.gov.cn): title line 1, "日期:2026-03-12" line 2, blank lines between paragraphs. Sub-heading (一) (line 8) whose 一是 paragraph (line 10) says "严格落实党政主要负责人为法治建设第一责任人职责" -> labelled at the sub-heading. (Replaces the first pick for this id, see README.)'),
R(13, None, ['云南省人民政府', '云南省', '中共云南省委', '云南省委、省政府', '省政府'], 'province', 2024, None,
  S(2, '一、主要举措和成效'), E(3, '(一)坚持党的领导,把牢法治政府建设正确方向'),
  'Province (云南; joint report of 省委、省政府, posted by the 司法厅 sft.yn.gov.cn): no title, no date. Item (一) (line 3, run on): 二是 "全面落实法治建设责任。省委、省政府主要负责同志带头履行推进法治建设第一责任人职责" -> labelled at (一).'),
R(14, None, ['东区街道办事处', '东区街道', '中山市东区街道办事处', '中山市东区街道'], 'township', 2020, None,
  S(2, '一、2020年度推进法治政府建设的主要举措和成效'), E(3, '(一)党政主要负责人积极履行推进法治建设第一责任人职责。'),
  '街道 (广东 中山 东区街道; zs.gov.cn news column of the 街道): no title, no date (URL post id). Item (一) (line 3) is headed by the duty; its paragraph line 4.'),
R(15, None, ['泸西县市场监督管理局', '泸西县市场监管局', '县市场监督管理局', '县市场监管局'], 'department', 2021, None,
  S(2, '一、2021年度推进法治政府建设的主要举措和成效'), F,
  '市场监管 (county, 云南 红河 泸西; hhlx.gov.cn): no title, no date; opens citing the 县 notice (泸治县办〔2022〕3号) and "我局"; the 局 is never named (泸西县 only in cited titles; 市场监管 from the content: 企业登记, "省局") - issuer borderline. Part 一 line 2, (一) line 3, 1、 line 4. The opening promises 不足和原因 and 2022 安排 but the excerpt stops in part 一.'),
R(16, None, ['吉林省人民政府', '吉林省', '省政府'], 'province', 2023, None,
  S(2, '一、全省法治政府建設情況'), E(3, '(一)學思想、落責任,黨的領導全面加強'),
  'Province (吉林) in traditional script with pinyin mojibake on a mirror (4m8.net, URL 20240315): no title, no date. Item (一) (line 3, run on) "學思想、落責任": "各級政府及其部門主要負責人全面履行推進法治政府建設第一責任人職責" -> labelled at (一).'),
R(17, ['长春市人民政府关于2023年度法治政府建设情况的报告', '2023年度法治政府建设情况的报告'], ['长春市人民政府', '长春市', '市政府'], 'city', 2023, '2024-04-01',
  S(20, '一、2023年法治政府建设主要举措和成效'), F,
  'City (吉林 长春; changchun.gov.cn 通知公告): long chrome (lines 1-11, blank lines), title split over lines 13-14 (joined title and line 14 accepted), "时间:2024-04-01 15:02" line 16, body indented with full-width spaces. No 第一责任人 wording in the excerpt.'),
R(18, None, ['宝城镇人民政府', '渠县宝城镇人民政府', '宝城镇', '中共渠县宝城镇委员会'], 'township', 2025, None,
  S(3, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Town (四川 达州 渠县 宝城镇; quxian.gov.cn): no title, no date; opens with the salutation "中共渠县县委、渠县人民政府:" (line 1); the town is named only in "现将宝城镇2025年度…报告如下" and line 4. (一) line 5 speaks of 党委 leadership, no 第一责任人 wording.'),
R(19, '丰都县树人镇人民政府2025年法治政府建设情况报告', ['树人镇人民政府', '丰都县树人镇人民政府', '树人镇'], 'township', 2025, '2026-02-11',
  S(15, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Town (重庆 丰都 树人镇; cqfd.gov.cn): a pipe card (索引号, 发布机构 丰都县树人镇人民政府, 成文日期/发布日期 2026-02-11) printed twice (lines 1-12), title line 13. Excerpt stops at item (一) (line 16). No 第一责任人 wording.'),
R(20, ['中共重庆市荣昌区吴家镇委员会重庆市荣昌区吴家镇人民政府关于2025年法治政府建设情况的报告', '关于2025年法治政府建设情况的报告'], ['吴家镇人民政府', '重庆市荣昌区吴家镇人民政府', '荣昌区吴家镇人民政府', '中共重庆市荣昌区吴家镇委员会', '吴家镇党委', '吴家镇'], 'township', 2025, None,
  S(5, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Town (重庆 荣昌 吴家镇; rongchang.gov.cn): joint report of the 镇党委 and 镇政府, title over lines 1-3 (two issuer lines, then 关于… line): the joined title and line 3 accepted; no date (URL 20260119). No 第一责任人 wording in the excerpt.'),
X(30, '人大常委会工作报告(省)', '云南省人大常委会 2025 工作报告 to the 省人民代表大会 (yndaily.yunnan.cn, 2026-02): speaker line, "各位代表:", "过去一年的主要工作" - a 人大 report, not a government 法治 report.'),
X(31, 'speech(市生态环境局 会议讲话, template site)', 'Fragment of a speech on a template/tag site (jinshuazi.cn): "刚才,会议传达学习了…请大家认真抓好贯彻落实" and the 市生态环境保护局\'s work this year, names masked with ** and *.'),
X(32, '实施意见(省政府, 依法行政)', '桂政发〔2015〕2号 关于深入推进依法行政加快建设法治政府的实施意见 on a consultancy portal (gecc.net.cn): login chrome, addressee line, then the background paragraph on 依法行政 since 2004.'),
X(33, 'news(市法制办 督查 法治政府建设)', '雅安 市司法局 site news (2018): the 市政府法制办 inspected the 8 县(区)\'s 法治政府建设 mid-term progress (督查组听取…报告, 要求…).'),
X(34, 'news(依法治藏, traditional mirror)', '中國西藏網 article "依法治藏是西藏高質量發展建設的保障" (2024-02-01) on a traditional-script mirror (tyjgjz.com): commentary on 普法, 依法治理 in 西藏.'),
X(35, 'news(述评, 自然资源 治理能力)', '自然资源部 series review "智治 法治 善治——2022年自然资源工作系列述评之治理能力篇" re-posted by 广东 自然资源厅 (nr.gd.gov.cn, 2023-01-17): journalistic review of the year, not a report.'),
X(36, '年度工作总结(区水利局, 全面工作)', '岳阳楼区水利局2022年工作总结 (yueyang.gov.cn): the 局\'s general annual work summary (意识形态, 宣传, 党建 first; 依法治水管水 one item among many), not its 法治政府建设 report.'),
X(37, '政府信息公开工作年度报告(海关系统, traditional mirror)', '海关总署 2020 年度海关系统政府信息公开工作年度报告 on a traditional-script spam mirror (59xl.com) with a company address header and pinyin mojibake; 一、總體情況 inline.'),
X(38, '政府信息公开工作年度报告(自治区气象局)', '新疆维吾尔自治区气象局2024年政府信息公开工作年度报告 (xj.cma.gov.cn): title line 1, the standard description of the 年报 and 一、总体情况.'),
X(39, 'news(司法厅 十四五 五年 成就)', '青海 government portal feature (2026-01-27) on the 司法厅\'s 十四五 achievements ("五年,…" figures, 法治青海 一体建设): a feature story, not an annual report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-o or pages-o-held
    held = D + '../pages-o-held/'
    return held if os.path.exists(held + 'fso-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fso-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fso-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-o*/fso-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
