# Writes every fsk-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-j/raw/lab.py). A heading marked
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
    return n, dict(id='fsk-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsk-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsk-%03d' % n, kind='distractor', type=typ, source_url=U['fsk-%03d' % n], notes=notes)
INLINE = {(16, 'first_responsible')}
CARD = {23}
L = [
R(1, '重庆市生态环境局2023年度法治政府建设情况报告', ['重庆市生态环境局', '市生态环境局'], 'department', 2023, None,
  S(3, '一、2023年主要工作情况'), E(4, '(一)切实履行党政主要负责人推进法治建设第一责任人职责'),
  '生态环境 (province-level 局 of 重庆 municipality). Title line 1, no date (URL 20240307). Item (一) (line 4, the item text inline) is the duty itself.'),
R(2, None, ['应急管理部', '應急管理部'], 'department', 2022, None,
  S(2, '一、全面加強黨對法治政府建設(shè)工作的領(lǐng)導(dǎo)'), E(5, '(三)切實履行法治建設(shè)第一責(zé)任人責(zé)任'),
  'Ministry (应急管理部) on a traditional-script mirror (555qipai.net) with pinyin mojibake after many characters ("應(yīng)急管理部", "第一責(zé)任人"): the name never stands contiguous in the text. No title, no date (URL 202303). Part 一 is the 党 leadership part and opens the measures; item (三) (line 5) is the duty. A different year and text from the ministry\'s 2023 report (fsb-017).'),
R(3, None, ['乡人民政府'], 'township', 2022, None,
  S(1, '一、工作开展情况'), F,
  'A 乡 of 重庆 涪陵区 (fl.gov.cn, path jz/dmx; "乡党委", "市上、区上") whose page opens straight at part 一: no title, no opening paragraph, no name -> bare name (as fsj-027). Year 2022 from "《2022年度党委理论学习中心组学习计划》" (URL 20230111). No 第一责任人 wording in the excerpt.'),
R(4, ['杭州市市场监管局'], ['杭州市市场监督管理局', '杭州市市场监管局', '市市场监管局'], 'department', 2020, '2021-03-22',
  S(6, '一、2020年度推进法治政府建设主要举措和成效'), F,
  '市场监管 (city, 杭州), 2020. The page heading (line 1) is only the body\'s short name "杭州市市场监管局" (accepted as the title the page gives, as fsj-012\'s file name); 时间 2021-03-22 (line 2); 来源 is the city portal (not the issuer). "现将主要工作汇报如下" (汇报). No 第一责任人 wording.'),
R(5, ['金华市教育局关于2023年法治政府建设工作情况的报告', '金华市教育局关于2023年法治政府建设工作情况的报告-和记娱乐国际'], ['金华市教育局', '市教育局'], 'department', 2023, None,
  S(6, '一、2023年主要工作举措与成效'), F,
  '教育 (city, 浙江 金华) on a spam mirror (p1598.com): line 1 is the page title with a gambling-site suffix "-和记娱乐国际", line 2 "朗读", the title proper split over lines 3-4. No date. No 第一责任人 wording.'),
R(6, None, ['枣庄市教育局', '市教育局'], 'department', 2023, None,
  S(2, '一、2023年度全市教育系统法治政府建设举措及成效'), F,
  '教育 (city, 山东 枣庄) on a mirror (5009www.com): no title, opens with "根据…通知,现将2023年度枣庄市教育局法治政府建设工作情况报告如下" (no scene-setting paragraph). No date (URL 20240304). No 第一责任人 wording.'),
R(7, ['中共渠县教育局委员会 渠县教育局 关于2023年法治政府建设情况的报告'], ['渠县教育局', '中共渠县教育局委员会', '县教育局'], 'department', 2023, '2024-01-23',
  S(9, '一、主要举措和成效'), F,
  '教育 (county, 四川 渠县); a joint report of the 局党委 and the 局 (title line 1 names both, separated by spaces); 来源 and 发布日期 2024-01-23 (line 3), addressee 县委、县政府 (line 5), indented lines with blank lines between. No 第一责任人 wording.'),
R(8, '省人民政府关于2020年度推进法治政府建设情况的报告', ['湖北省人民政府', '省人民政府', '湖北省', '省政府'], 'province', 2020, None,
  S(3, '一、2020年度推进法治政府建设的主要成效'), E(4, '(一)学思践悟习近平法治思想,切实履行主体责任'),
  'Province (湖北), 2020, on the 司法厅 site (sft.hubei.gov.cn, not the issuer). The title (line 1) has no province name; 湖北 is only in the opening ("湖北历史上"). No date (URL 20210331). Item (一) (line 4) holds "二是严格落实第一责任。省委书记… 省长…" - the duty, worded 第一责任 without 人 (borderline).'),
R(9, '杜城街道2025年法治政府建设工作总结报告', ['杜城街道办事处', '杜城街道', '西安市雁塔区杜城街道办事处'], 'township', 2025, None,
  S(5, '一、主要做法与成效'), E(7, '(一)强化组织领导,压实法治建设责任'),
  '街道 (西安 雁塔区). Title line 1 ("工作总结报告"), blank lines between paragraphs, no date, no "现将…报告如下". Sub-heading (一) (line 7) is followed by its paragraph (line 9) ending "严格落实党政主要负责人履行推进法治建设第一责任人职责": labelled at the sub-heading.'),
R(10, None, ['鱼复街道办事处', '鱼复街道', '奉节县鱼复街道办事处'], 'township', 2021, None,
  S(2, '一、2021年度推进法治政府建设的主要举措和成效'), F,
  '街道 (重庆 奉节县 鱼复街道; path yfjd): no title, no date (URL 20220331); the text says only "街道" and names the place only in "鱼复法治建设". No 第一责任人 wording.'),
R(11, None, ['xx街道', 'xx街道办事处'], 'township', 2020, None,
  S(2, '一、2020年度法治政府建設(shè)的主要舉措和成效'), E(5, '(二)加強組織領(lǐng)導(dǎo),健全完善了法治建設(shè)的組織架構(gòu)和制度建設(shè)。'),
  'An anonymised 街道 report (xx街道, xx区) on a model-text site (seogis.com) in traditional script with pinyin mojibake ("建設(shè)"): no title, no date; "現就xx街道2020年度法治政府建設情況總結如下" (a full-year report, not a half-year). Sub-heading (二) (line 5) is followed by "落實了黨政主要負責人履行推進法治建設第一責任人職責實施辦法" (line 6; labelled at the sub-heading; borderline: adopting the rules).'),
R(12, '深圳市龙岗区司法局2021年度法治政府建设工作报告', ['深圳市龙岗区司法局', '龙岗区司法局', '区司法局'], 'department', 2021, None,
  F, SEC(7, '一、切实履行法治建设第一责任人职责'),
  '司法 (district 司法局, 深圳 龙岗). Breadcrumb line 1, title line 3, indented lines with blank lines between. No date. Part 一 (line 7) is the 第一责任人 part and fills the rest of the excerpt: the measures have not started -> absent (as fsh-014).'),
R(13, None, ['重庆市江北区司法局', '江北区司法局', '区司法局'], 'department', 2021, None,
  S(2, '一、推动依法治区工作全面提升'), F,
  '司法 (district 司法局, 重庆 江北; the text says only 区司法局 and names 江北区 in cited titles). No title, no date (URL 20220211). The 局 reports its 依法治区办 work; item (二) (line 4) mentions organising "全区党政主要负责人履行推进法治建设第一责任人职责情况年终考核述职" - other leaders\' duty, not the 局\'s own -> absent.'),
R(14, ['关于2023年法治政府建设情况的报告', '重庆市开州区发展和改革委员会关于2023年法治政府建设情况的报告'], ['重庆市开州区发展和改革委员会', '开州区发展和改革委员会', '开州区发改委', '区发展改革委'], 'department', 2023, None,
  S(4, '一、推进法治政府建设的主要举措和成效'), F,
  '发改 (district 发展和改革委员会, 重庆 开州; "我委"). The issuer is line 1 and the title proper line 2 (either the proper title or the two lines joined). No date (URL 20240229). A 领导小组 led by the 主任, no 第一责任人 wording.'),
R(15, None, ['杭州市余杭区林业水利局', '余杭区林水局', '余杭区林业水利局', '区林水局'], 'department', 2024, None,
  S(3, '一、2024年推进法治政府建设的主要举措和突出成效'), F,
  '林业水利 (district, 杭州 余杭) on a spam mirror (qzhoude.com) that injected a betting-site name into the opening ("省、市、区立博体育加强法治政府建设"). No title, no date (URL 2025/3/21). No 第一责任人 wording.'),
R(16, ['泾县林业局2022年法治政府建设情况的报告'], ['泾县林业局', '县林业局'], 'department', 2022, '2023-03-06',
  S(16, '一、深化习近平法治思想学习宣传贯彻'), E(18, '三是进一步落实党政主要负责人履行推进法治建设第一责任人职责规定'),
  '林业 (county, 安徽 泾县). Accessibility chrome, breadcrumb, card (索引号, 发布机构, 名称 = the title, 发布日期 2023-03-06), the title again on lines 9 and 12. Part 一 (line 16) on 学习宣传 has no sub-headings; its paragraph (line 18) holds 一是/二是/三是 inline, 三是 "进一步落实党政主要负责人履行推进法治建设第一责任人职责规定" (inline heading).'),
R(17, '雅安市林业局2022年度法治政府建设工作情况报告', ['雅安市林业局', '市林业局'], 'department', 2022, None,
  S(10, '一、主要举措和成效'), F,
  '林业 (city, 四川 雅安). Title line 1, empty 来源/发布时间 fields, "打印", "【字体:"; two opening paragraphs ("现将…公示如下" then the year\'s summary). No date. No 第一责任人 wording in the excerpt.'),
R(18, '法治政府建设情况年度报告', ['xx市人民政府', 'xx市'], 'city', 2019, None,
  S(3, '一、2019年度工作情况'), E(4, '(一)坚持高位统筹、“三个强化”,全力推动法治政府建设任务落实。'),
  'An anonymised city report (xx市, xx省; "x01x年度", "x013年" - digits replaced by x) on a document site (cailiaogo.com), 2019. Generic title line 1. Item 1. (line 5, its own line under sub-heading (一) line 4) holds "通过强化党政主要负责人履行推进法治建设第一责任人职责": labelled at the sub-heading (convention of fsi-007/039, see pages-j README item 4).'),
R(19, '河東區人民政府2022年法治政府建設情況報告', ['河東區人民政府', '天津市河东区人民政府', '河东区人民政府', '河东区', '河東區'], 'county', 2022, None,
  S(4, '一、2022年度推進法治政府建設的亮點工作'), F,
  'District (天津 河东区) on a traditional-script mirror (pingwi-fi.com). Opens with an empty line; title line 2; "?現將有關情況報告如下" (a stray "?"). No date (URL 20230303). Part 一 is named 亮點工作. No 第一責任人 wording.'),
R(20, ['2022年度法治政府建设情况的报告', '关于2022年度法治政府建设情况的报告', '中共禹王台区委 禹王台区人民政府关于2022年度法治政府建设情况的报告'], ['禹王台区人民政府', '中共禹王台区委', '禹王台区', '开封市禹王台区人民政府'], 'county', 2022, None,
  S(6, '一、强化法治政府建设领导机制'), E(7, '(一)坚持党对法治政府建设的领导,谋划落实好法治政府建设各项任务'),
  'District (河南 开封 禹王台区); a joint report of the 区委 and the 区政府: a short page title (line 1), the issuers (line 2), the title proper (line 3), addressee 市委、市人民政府 (line 4). No date (URL 2023/07-14). Item (一) (line 7) "党政主要负责人认真履行好第一责任人职责". The item numbering restarts at (一) on line 10 (a part heading is missing from the page).'),
R(21, None, ['北京市通州区人民政府', '通州区人民政府', '通州区'], 'county', 2022, None,
  S(2, '一、2022年法治政府建设主要举措和成效'), F,
  'District (北京 通州) on beijing.gov.cn: no title, no date (URL 20230330); the opening names the district ("通州区坚持…"). Items numbered 1./2./3. under (一). No 第一责任人 wording.'),
R(22, None, ['盂县人民政府', '盂县', '县政府', '县人民政府'], 'county', 2020, None,
  S(2, '一、依法防控新冠肺炎疫情,切实保障人民群众生命健康安全'), F,
  'County (山西 盂县), 2020 (2015-2020 纲要 era): no title, no date (URL 20211130); the text says "县政府" and names the county only in "平安盂县、法治盂县". Part 一 is on 依法防控 the epidemic. No 第一责任人 wording.'),
R(23, '中共黎侯镇委员会 黎侯镇人民政府关于2025年度法治政府建设情况的报告', ['黎侯镇人民政府', '中共黎侯镇委员会', '黎侯镇', '黎城县黎侯镇人民政府'], 'township', 2025, '2025-12-22',
  S(8, '一、主要举措及成效'), E(9, '(一)坚持高位推动与全民普法并进,法治信仰根基持续夯实'),
  'Town (山西 黎城县); a joint report of the 镇党委 and the 镇政府. The title stands only in the card\'s 标题 field (line 5, in pipes); 发文时间/发布日期 2025-12-22 (before the year ends). Sub-heading (一) (line 9) is followed by 一是 (line 10) "党政主要负责同志严格履行推进法治建设第一责任人职责": labelled at the sub-heading.'),
R(24, '龙溪镇2024年法治政府建设年度报告', ['龙溪镇人民政府', '龙溪镇', '武冈市龙溪镇人民政府'], 'township', 2024, None,
  S(3, '一、2024年工作开展情况'), F,
  'Town (湖南 武冈市). Title line 1, no date (URL 202504), no "现将…报告如下". Names the 书记 and 镇长 as 双组长; "强化“一把手”履职监督" but no 第一责任人 wording.'),
R(25, ['2025年法治政府建设情况', '通城镇人民政府2025年法治政府建设情况'], ['通城镇人民政府', '通城镇', '巫溪县通城镇人民政府'], 'township', 2025, None,
  S(4, '一、强化政治引领,夯实法治建设组织保障'), E(5, '(一)健全责任体系'),
  'Town (重庆 巫溪县). The issuer (line 1) and a title without 报告 (line 2: "2025年法治政府建设情况"). No date (URL 20260128). Sub-heading (一)健全责任体系 (line 5) is followed by its paragraph (line 6) "严格落实党政主要负责人推进法治建设第一责任人职责".'),
X(30, '审议意见研究处理情况报告(环境保护)', '重庆市人民政府 2018-09-27: how the government handled the 人大常委会\'s 审议意见 on its 2017 环境保护 report (a report, to the 人大, on another subject; title over 4 lines, addressee, 一、(一) structure).'),
X(32, '政府信息主动公开事项目录', 'A district\'s 政府信息主动公开事项目录 (hnhs.gov.cn) whose one row is the item "法治政府建设年度报告" with its contents, basis (督察工作规定 第二十四条) and deadline (每年4月1日之前).'),
X(33, '政府信息公开工作年度报告', '阿拉善盟额济纳旗赛汉陶来苏木人民政府 2022 政府信息公开工作年度报告 (breadcrumb, 一、总体情况, 法治政府 only as a phrase).'),
X(34, 'news(人大常委会会议)', '扎鲁特旗 人大常委会 2022-01-04 news: hears the 七五普法决议执行情况 report, the 八五普法 plan and other items. Opens with an empty line.'),
X(35, '政府信息公开工作年度报告(traditional)', '新荣区交通运输局 2022 政府信息公开工作年度报告 on a traditional-script mirror with pinyin mojibake and flattened table cells ("行政處罰 | 30 |").'),
X(37, 'news(示范创建推进会, traditional)', 'A county\'s 全国法治政府建设示范县创建工作推进会议 (2019-11-01) news in traditional script with a "??" artefact.'),
X(38, '年鉴(政法委及综治)', '道县 yearbook entry (sznianjian.com): 书名/一级目/二级目 furniture, 【概况】 of the 2020 政法 work.'),
X(39, '政府工作报告(国务院 2024, extract)', '2024 国务院政府工作报告, section (十) on 民生 (mirror page titled "全国政府工作报告").'),
X(40, 'news(政协调研)', '东辽县 news: a 市政协 research team surveys the county\'s 法治政府建设 (调研, 座谈). No URL was returned by the search tool.'),
X(41, '政府工作报告(县)', '公安县 政府工作报告 2020-12-28 (代理县长), opening: 2020年主要工作和"十三五"回顾 (疫情). No URL was returned by the search tool.'),
X(42, 'spam(mixed paragraphs)', 'A spam page (gankuaixiu.com) stringing unrelated paragraphs: an essay on 法治宣传教育, then sentences from the 最高检 and 全国人大常委会 work reports.'),
]
def home(n):  # after the split (split.py) a page lives in pages-k or pages-k-held
    held = D + '../pages-k-held/'
    return held if os.path.exists(held + 'fsk-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsk-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsk-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-k*/fsk-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
