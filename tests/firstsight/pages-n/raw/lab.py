# Writes every fsn-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-l/raw/lab.py). A heading marked
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
    return n, dict(id='fsn-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsn-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsn-%03d' % n, kind='distractor', type=typ, source_url=U['fsn-%03d' % n], notes=notes)
INLINE = {(5, 'first_responsible'), (6, 'measures'), (6, 'first_responsible')}
CARD = set()
L = [
R(1, '内蒙古自治区卫生健康委2022年法治政府建设工作报告', ['内蒙古自治区卫生健康委员会', '内蒙古自治区卫生健康委', '自治区卫生健康委'], 'department', 2022, None,
  S(3, '一、依法全面履行行政职能,持续优化法治化营商环境'), F,
  '卫生健康 (province-level 委 of 内蒙古) on a gambling-named mirror (macau-casinobet.com) of the 委\'s site: title line 1, no date (URL 202302). No 第一责任人 wording in the excerpt.'),
R(2, '鱼峰区审计局2025年法治政府建设年度报告', ['鱼峰区审计局', '柳州市鱼峰区审计局', '区审计局'], 'department', 2025, None,
  S(3, '一、主要举措和成效'), F,
  '审计 (district, 广西 柳州 鱼峰区; yfq.gov.cn): title line 1, no date (URL 20260116). Sub-headings each followed by a paragraph line. No 第一责任人 wording.'),
R(3, None, ['海口市审计局', '市审计局'], 'department', 2023, None,
  S(2, '一、强化组织领导,落实法治政府建设政治责任'), F,
  '审计 (city, 海南 海口) on a mirror (tjmarcaurele.com, URL 202407): no title, no date; the text says "我局" and calls itself "2023年度法治政府建设工作总结"; the name only in a cited title (《海口市审计局2023年法治建设工作要点》). Part 一 has inline 一是…四是; 二是 names the 单位主要负责人\'s "一把手"责任制 but no 第一责任人 wording -> absent (borderline).'),
R(4, '关于2024年法治政府建设情况的报告', ['大连市司法局', '市司法局'], 'department', 2024, None,
  S(5, '一、2024年主要工作举措和成效'), F,
  '司法行政 (city, 辽宁 大连; sfj.dl.gov.cn): the title line names no body; the opening says "市司法局" (the place only as "大连振兴发展"). Blank lines between paragraphs. No 第一责任人 wording in the excerpt. The 局 also reports on "全市法治政府建设" work (it hosts the 依法治市办), but the report is the 局\'s own.'),
R(5, '广州市司法局关于2024年度法治政府建设情况的报告', ['广州市司法局', '市司法局'], 'department', 2024, None,
  S(5, '一、加强党的领导,压紧压实法治政府建设责任'), E(6, '二是高标准压实责任'),
  '司法行政 (city, 广东 广州): the page opens with the footer chrome (Copyright, 粤ICP备, 粤公网安备 lines 1-2), title line 3, no date. Part 一 has inline 一是/二是/三是 with no sub-headings; 二是 "高标准压实责任。局主要负责同志切实履行推进法治建设第一责任人职责" -> inline heading (fsk-016/fsm-017 convention).'),
R(6, None, ['闵行区司法局', '上海市闵行区司法局', '区司法局'], 'department', 2024, None,
  S(1, '一、主要举措和成效'), E(1, '(二)推动法治建设第一责任人职责切实履行'),
  '司法行政 (district, 上海 闵行): the whole excerpt is ONE line (parts joined by spaces): opening, part 一 and items (一)-(四) inline. No title, no date. Item (二) is headed by the duty. Both headings inline.'),
R(7, None, ['金鸡镇人民政府', '金鸡镇', '忠县金鸡镇人民政府'], 'township', 2024, None,
  S(2, '一、主要成效'), E(3, '(一)加强组织领导,提升法治政府建设动能'),
  'Town (重庆 忠县 金鸡镇) on a mirror (wap2hd.com): no title, no date; the text opens with "? ? ? " (lost non-breaking spaces) before the opening paragraph. Sub-heading (一) (line 3) whose paragraph (line 4) says "党政主要负责人为推进法治建设第一责任人" -> labelled at the sub-heading.'),
R(8, None, ['镇人民政府', '镇'], 'township', 2024, None,
  S(2, '一、压实责任,筑牢法治根基'), E(3, '(一)建立多级联动体系'),
  'An unnamed town of 中牟县 (河南 郑州; public.zhongmu.gov.cn): no title, no date, the text says only "我镇", led by the "中牟新区党工委、管委会" (the leaders, not the issuer); the only place names are 中牟新区 and 中牟县 (a cited notice). Issuer labelled as the bare 镇 (fsm-023 convention for a nameless 街道). Sub-heading (一) runs on in line 3 and holds "严格落实党政主要负责人第一责任人职责" -> labelled at the sub-heading.'),
R(9, '永安市小陶镇人民政府2024年法治政府建设情况报告', ['小陶镇人民政府', '永安市小陶镇人民政府', '小陶镇'], 'township', 2024, None,
  S(3, '一、六项措施推进法治政府建设'), E(4, '(一)加强组织领导,落实法治建设责任'),
  'Town (福建 永安 小陶镇; ya.gov.cn): title line 1, no date (URL 20250225). Item (一) (line 4, run on) is on 落实法治建设责任 and cites the 第一责任人 规定; item (二) repeats "落实党政主要负责人履行推进法治建设第一责任人职责" -> labelled at (一).'),
R(10, '宜昌市人民政府2022年法治政府建设年度报告', ['宜昌市人民政府', '宜昌市', '市政府'], 'city', 2022, '2023-02-27',
  S(8, '一、2022年法治政府建设的主要举措和成效'), F,
  'City (湖北 宜昌) on a document-aggregator (zcbk.cn): login chrome (line 1), title line 2, "栏目:宜昌市人民政府办公室-通知公告 发布时间:2023-02-27" (line 3), a truncated summary of the opening (line 4), then the opening repeated with full-width indents (line 6). No 第一责任人 wording.'),
R(11, None, ['中都街道办事处', '中都街道', '汶上县中都街道办事处'], 'township', 2025, None,
  S(2, '一、上一年度法治建设问题整改“回头看”'), F,
  '街道 (山东 济宁 汶上县 中都街道; wenshang.gov.cn): no title, no date (URL 2026/1/29); written by the "街道领导班子" on its 法治建设 duties ("现将年度法治工作情况报告如下"). Part 一 reports the 2025 rectification of last year\'s problems, part 二 (line 4) the year\'s core work: measures labelled at part 一 (measures spanning several parts; borderline: a reader may take part 二). No 第一责任人 wording in the excerpt.'),
R(12, '2021年里田鄉法治政府建設工作總結', ['里田乡人民政府', '里田乡', '里田鄉人民政府', '里田鄉', '清流县里田乡人民政府'], 'township', 2021, None,
  S(2, '一、工作情況'), F,
  'Township (福建 清流 里田乡) in traditional script on a mirror (xishanhuicai.cn, URL 202302): title line 1 (a 工作總結 of 法治政府建設), then 一、工作情況 with 普法-heavy items. No 第一責任人 wording.'),
R(13, ['塔庄镇2022年法治政府建设工作总结', '塔庄镇2022法治政府建设工作总结'], ['塔庄镇人民政府', '塔庄镇', '闽清县塔庄镇人民政府'], 'township', 2022, '2023-01-12',
  S(10, '一、推进法治政府建设的主要举措和成效'), F,
  'Town (福建 闽清 塔庄镇; fzmq.gov.cn): page title line 1, 来源/发布时间 2023-01-12 (line 3), font/print chrome, the document title again without 年 (line 6, trailing space), full-width indents. A 工作总结 reporting as the annual report ("现将工作情况汇报如下"). No 第一责任人 wording (the 书记 heads the leading group).'),
R(14, ['洞头乡2020年度法治政府建设工作总结', '洞头2020年度法治政府建设工作总结'], ['洞头乡人民政府', '洞头乡', '会昌县洞头乡人民政府'], 'township', 2020, None,
  S(13, '一、精准落实普法工作任务'), F,
  'Township (江西 会昌 洞头乡; huichang.gov.cn) filed under 政务信息公开年报: accessibility chrome, breadcrumb, page title line 5, 访问量, the document title without 乡 (line 9). Titled and opened as the 乡\'s 法治政府建设 summary for 2020 ("现将有关工作情况报告如下") but the excerpt is all 普法 work (borderline report). No 第一责任人 wording.'),
R(15, None, ['沙建镇人民政府', '沙建镇', '华安县沙建镇人民政府'], 'township', 2022, None,
  S(2, '一、主要工作和成效'), F,
  'Town (福建 华安 沙建镇) on an encyclopedia-named mirror (baikedq.com): no title, no date. The opening cites the 2021 普法 要点 of 华安县 (a year that is not the report year). No 第一责任人 wording.'),
R(16, '开江县人民政府2020年度法治政府建设工作报告', ['开江县人民政府', '开江县'], 'county', 2020, '2021-03-19',
  S(8, '一、锐意进取、主动作为,2020年法治开江建设实现新突破'), F,
  'County (四川 达州 开江): title line 1, 来源:县司法局, 发布日期 2021-03-19, 点击数 (lines 2-4). Items run on with 一是…四是. No 第一责任人 wording in the excerpt.'),
R(17, '吴川市教育局2020年法治政府建设工作情况报告', ['吴川市教育局', '市教育局'], 'department', 2020, None,
  S(3, '主要工作举措及成效'), SEC(4, '一、全面落实主要负责人履行第一责任人职责'),
  '教育 (county-level city, 广东 湛江 吴川; gdwc.gov.cn): title line 1, no date. An unnumbered heading "主要工作举措及成效" (line 3) over numbered parts; part 一 (line 4) is the 局长\'s 第一责任人 duty, naming him -> section form (a numbered top-level part of its own).'),
R(18, None, ['苏州工业园区管理委员会', '苏州工业园区管委会', '苏州工业园区', '园区管委会'], 'county', 2022, None,
  S(2, '一、学深悟透把握实质,推动法治政府建设再上新台阶'), E(4, '(二)坚持抓住“关键少数”,党政主要负责人切实履行第一责任人职责'),
  'Development zone (苏州工业园区, county level like fsh-016 滨海湾新区; ywtk.sipac.gov.cn): no title, no date (URL 202303); the text says "园区" and names itself only in a cited title (《苏州工业园区法治政府建设实施方案(2022—2025年)》) and via 园区党工委. Item (二) is headed by the duty.'),
R(19, ['郑州市应急管理局关于2023年度法治政府建设工作的报告', '关于2023年度法治政府建设工作的报告'], ['郑州市应急管理局', '市应急管理局'], 'department', 2023, None,
  S(4, '一、2023年度推进法治政府建设工作情况'), E(5, '(一)加强组织领导,努力推进法治建设'),
  '应急管理 (city, 河南 郑州; public.zhengzhou.gov.cn): the title is split over two lines (issuer line 1, "关于…的报告" line 2), no date. Sub-heading (一) (line 5) runs on and breaks mid-sentence; its continuation (line 6) holds "主要负责人法治建设第一责任人职责" -> labelled at the sub-heading.'),
R(20, ['西安市应急管理局2023年度法治政府建设情况报告', '2023年度法治政府建设情况报告'], ['西安市应急管理局', '市应急管理局'], 'department', 2023, None,
  S(6, '一、主要工作'), E(8, '(一)强化组织领导,严格履行责任'),
  '应急管理 (city, 陕西 西安; yjglj.xa.gov.cn): title split over two lines (issuer line 1, rest line 2), no date. Item (一) (line 8, run on) holds the 第一责任人 规定 and the 局长\'s duties (述法, 一把手跟执法) -> labelled at the item.'),
R(21, '坡头镇人民政府关于2019年度法治政府建设的工作报告', ['坡头镇人民政府', '坡头镇', '湛江市坡头区坡头镇人民政府'], 'township', 2019, '2020-02-21',
  S(7, '一、主要工作措施及成效'), E(9, '(一)党政主要负责人切实履行法治建设第一责任人职责'),
  'Town (广东 湛江 坡头区 坡头镇; ptq.gov.cn): title line 1, 发布时间 2020-02-21 with 字号 chrome (line 3), full-width indents. Item (一) is headed by the duty (the 镇委 and 镇政府; the text says 镇委).'),
R(22, None, ['宅梧镇人民政府', '宅梧镇', '宅梧鎮人民政府', '宅梧鎮', '鹤山市宅梧镇人民政府'], 'township', 2020, None,
  S(2, '一、加強(qiáng)對(duì)法治政府建設(shè)的領(lǐng)導(dǎo),不斷提高執(zhí)政能力和法治水平'), F,
  'Town (广东 鹤山 宅梧镇) in traditional script on a mirror (survivaltruck.com) with pinyin-annotation mojibake ("鎮(zhèn)", "(qiáng)") and broken sub-heading markers ("?。ㄒ唬┏浞..." = (一), line 3). No title, no date. No 第一責任人 wording (the 黨委 leading role only).'),
R(23, None, ['始兴县文化广电旅游体育局', '县文化广电旅游体育局', '始兴县文广旅体局'], 'department', 2022, None,
  S(2, '一、多方式学习贯彻党的二十大精神,深刻领会新时代推进法治中国建设战略部署'), SEC(4, '二、局党组书记积极履行推进法治建设第一责任人职责,推动法治政府建设上新台阶'),
  '文广旅体 (county, 广东 韶关 始兴; gdsx.gov.cn/wgltjxxgk): no title, no date, the text says only "我局" with "法治始兴" and "文旅体市场": the name is from the site column (wgltj), not the text (borderline issuer). Part 二 is headed by the 党组书记\'s duty -> section form.'),
R(24, '重庆市文化和旅游发展委员会关于2022年法治政府建设情况的报告', ['重庆市文化和旅游发展委员会', '重庆市文化旅游委', '市文化旅游委'], 'department', 2022, None,
  S(3, '一、扎实履行第一责任人职责,紧抓“关键少数”不放松'), SEC(3, '一、扎实履行第一责任人职责'),
  '文化和旅游 (province-level 委 of 重庆 municipality; whlyw.cq.gov.cn): title line 1, no date (URL 20230307). Part 一 (line 3, run on with 一是…四是) is both the first part of the measures and the 第一责任人 part (section form).'),
X(30, '政府信息公开工作年度报告(traditional mirror)', '海盐县市场监督管理局 2022 政府信息公开工作年度报告 on a traditional-script mirror (ytjdjzjx.com) with pinyin mojibake and two long runs of "|" table chrome (re-created with an approximate length, see README); 一、總體情況 (一)主動公開情況 inline.'),
X(31, '政务公开工作年度报告(市场监管局)', '黄龙县市场监督管理局 2022 政务公开工作年度报告 (hlx.gov.cn): opens citing the 县政府办公室 notice; 一、总体情况 (一)主动公开情况 …; names the 局长 as head of the 信息公开 leading group.'),
X(32, '政府信息公开工作年度报告(气象局)', '台州市气象局 2024 政府信息公开工作年度报告 on the city portal (zjtz.gov.cn): breadcrumb, 索引号/发布机构/成文日期 card, 信息来源/发布时间 line, 年报图解, then the standard six-part description.'),
X(33, 'news(spam mirror, 百城法治政府评估)', 'A gambling-spam page (zuihao001.com, "kaiyun" and emoji lines) carrying a news text on the 2023 evaluation of 100 cities\' 法治政府 (中国法治政府评估): scores, indicators, weak points ("报告显示/报告还指出").'),
X(34, 'news(区审计局党组会议研究法治建设)', '钢城区审计局 news (jianpian.cn): headline "推动法治政府建设不断取得新成效", a 党组会议 on 12月22日 heard a report on the year\'s 法治建设; the 局长 "亲自部署…亲自督办"; "下一步".'),
X(35, 'news(全国司法厅局长会议)', 'News on the 全国司法厅(局)长会议 (1月13日; chujupifa.com): 司法部 2024 figures and 2025 plans (立法, 公证, 复议, 行政执法监督).'),
X(36, 'news(法治蓝皮书 年度报告发布评估)', '法治日报 news (lawfaq.cn) on the 法治蓝皮书 third-party assessment of how 国务院部门/省级/较大的市 governments published their 2019 法治政府建设年度报告: about the reports, not one.'),
X(37, '第一责任人职责清单(市)', '盘锦市党政主要负责人履行推进法治建设第一责任人职责清单 (panjin.gov.cn news column, 2023-05-19, 来源 盘锦市司法局): 一、基本原则 (一)-(六), 二、一般职责.'),
X(38, '转发通知(镇 转发 省实施办法)', '河市镇 (四川 达州 达川区) notice 河委发〔2017〕70号 forwarding the 四川省党政主要负责人履行推进法治建设第一责任人职责实施办法 to its 村/单位, then the 办法 text (第一条…第四条).'),
X(39, '上半年依法治镇工作总结(镇)', '2020年苍城镇上半年全面依法治镇工作总结 (开平 portal, 2020-06-24): site chrome and breadcrumb, then 社会环境和谐稳定 (矛盾纠纷, 平安创建): a half-year 依法治镇 summary, not the annual 法治政府建设 report.'),
X(40, 'commentary(乡 治理成效 summary)', 'A Q&A-site text (chaxiaohao.com, 2025-07-01) praising 青田县祯旺乡\'s governance with figures (信息公开 362条, 4次专题推进会, 40起合法性审查, 5G覆盖率): a third-party write-up, not a report of the 乡.'),
X(41, 'news(述法工作方案, traditional)', '辽宁 news (本報訊, traditional mirror all-bahamas.com with pinyin mojibake) on the 省委全面依法治省委员会 方案 putting the 第一责任人 duty into year-end 述职 (述法): who 述法 and on what.'),
]
def home(n):  # after the split (split.py) a page lives in pages-n or pages-n-held
    held = D + '../pages-n-held/'
    return held if os.path.exists(held + 'fsn-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsn-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsn-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-n*/fsn-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
