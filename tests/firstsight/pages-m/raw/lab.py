# Writes every fsm-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
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
    return n, dict(id='fsm-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsm-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsm-%03d' % n, kind='distractor', type=typ, source_url=U['fsm-%03d' % n], notes=notes)
INLINE = {(11, 'measures'), (11, 'first_responsible'), (17, 'first_responsible'), (23, 'measures')}
CARD = set()
L = [
R(1, None, ['梧州市人力资源和社会保障局', '梧州市人社局', '市人力资源和社会保障局'], 'department', 2021, None,
  S(2, '一、2021年度法治政府建设的主要措施和取得的成效'), F,
  '人社 (city, 广西 梧州; rsj.wuzhou.gov.cn): no title, no date; the name opens the first paragraph. No 第一责任人 wording in the excerpt.'),
R(2, None, ['东莞市人力资源和社会保障局', '东莞市人社局', '市人力资源和社会保障局', '人力资源和社会保障局'], 'department', 2021, None,
  S(2, '一、加强组织领导,法治政府建设主体责任全面夯实'), E(3, '局主要负责人切实履行推进法治建设第一责任人职责'),
  '人社 (city, 广东 东莞; dghrss.dg.gov.cn): no title, no date, the text says only "我局"; the place is named only in a cited title (《东莞市中介服务事项清单》) and the body only by "省人力资源和社会保障厅…人社". Part 一 is headed 主体责任; its first paragraph (line 3, no sub-heading) opens with the 局主要负责人\'s 第一责任人 duty, then 一是/二是/三是 on study: labelled at that sentence (borderline: a reader may take part 一 at line 2).'),
R(3, None, ['汕尾市退役军人事务局', '市退役军人事务局'], 'department', 2025, None,
  S(2, '一、2025年法治政府建设主要工作及成效'), E(5, '(三)以落实第一责任人推动法治建设'),
  '退役军人事务 (city, 广东 汕尾): no title, no date; opens citing the 依法治市办 notice (汕法治办﹝2025﹞8号). Item (三) (line 5) is headed by the duty itself.'),
R(4, '重庆市江津区城市管理局关于2025年法治政府建设情况的报告', ['重庆市江津区城市管理局', '江津区城市管理局', '区城市管理局'], 'department', 2025, '2026-02-28',
  S(14, '一、主要做法和成效'), E(16, '(一)深入贯彻落实习近平法治思想,认真履行推进法治政府建设职责'),
  '城市管理 (district, 重庆 江津). Site name, breadcrumb, title (line 5), 发布日期 2026-02-28, then the addressee "区委、区政府:" (line 10). Sub-heading (一) (line 16) holds 三是 "严格履行党政主要负责人推进法治建设第一责任人职责" in its paragraph -> labelled at the sub-heading (fsk convention).'),
R(5, '重庆市城市管理局关于 2022年度法治政府建设情况的报告', ['重庆市城市管理局', '市城市管理局'], 'department', 2022, '2023-03-09',
  S(13, '一、2022年法治政府建设工作情况'), F,
  '城市管理 (province-level 局 of 重庆 municipality). Breadcrumb and a bracketed card (索引号, 发布机构 市城市管理局, 成文日期 2023-03-03, 发布日期 2023-03-09), title line 7 with a stray space before the year, 日期 line. No 第一责任人 wording in the excerpt.'),
R(6, '黑龙江省2024年度法治政府建设情况报告', ['黑龙江省人民政府', '黑龙江省', '省政府', '中共黑龙江省委'], 'province', 2024, '2025-04-27',
  S(7, '一、坚持政治站位,坚决扛牢法治政府建设政治责任'), F,
  'Province (黑龙江) on a county portal (suibin.gov.cn) reposting it: title line 1, "2025-04-27 10:14 黑龙江省人民政府网" (line 3). The text speaks of "黑龙江省" and the 省委/省政府. No 第一责任人 wording in the excerpt (the 主体责任 item names the 省委书记 chairing meetings).'),
R(7, '哈尔滨市双城区2021年度法治政府建设情况报告', ['哈尔滨市双城区人民政府', '双城区人民政府', '双城区政府', '双城区'], 'county', 2021, '2022-03-10',
  S(9, '一、健全政府机构职能情况'), F,
  'District (黑龙江 哈尔滨 双城区). Title line 1, 作者/来源/更新时间 2022-03-10 (line 3), addressee "哈尔滨市人民政府:" (line 5: the recipient, not the issuer). Full-width indents. No 第一责任人 wording.'),
R(8, None, ['乌鲁木齐市人民政府', '乌鲁木齐市', '市人民政府'], 'city', 2024, None,
  S(2, '一、坚持政治引领,压紧压实法治政府建设责任'), F,
  'City (新疆 乌鲁木齐; wlmq.gov.cn): no title, no date (URL 202503). Part headings run into their paragraphs on the same line. 述法 and 考法 but no 第一责任人 wording -> absent.'),
R(9, '托克逊县2024年度法治政府建设工作报告', ['托克逊县人民政府', '托克逊县'], 'county', 2024, '2025-03-12',
  S(17, '一、工作开展情况'), E(19, '(一)加强党对法治政府建设的全面领导'),
  'County (新疆 吐鲁番 托克逊). Site chrome with an empty card (索引号/发布机构/文号 〔〕号), title line 10, 发布时间 2025-03-12. The opening paragraph lacks its final stop. Sub-heading (一) (line 19, text run on) "明确党政主要负责人为…法治政府建设的第一责任人" -> labelled at the sub-heading.'),
R(10, ['重庆市渝北区城市管理局关于2022年度法治政府建设情况的报告', '关于2022年度法治政府建设情况的报告'], ['重庆市渝北区城市管理局', '渝北区城市管理局', '区城管局', '区城市管理局'], 'department', 2022, '2023-01-28',
  S(14, '一、2022年推进法治政府建设的主要举措和成效'), F,
  '城市管理 (district, 重庆 渝北). Breadcrumb, the page title (line 3), 日期 2023-01-28, then the document\'s issuer line (line 7) and title line (line 9), a one-line opening, and the part 一 heading before the real opening paragraph (line 16). No 第一责任人 wording in the excerpt.'),
R(11, None, ['丽水市商务局', '市商务局', '商务局'], 'department', 2020, None,
  S(1, '一、推进法治政府建设的主要措施和成效'), E(1, '(一)强化组织保障,落实党政主要负责人履行法治政府建设第一责任人'),
  '商务 (city, 浙江 丽水; sswj.lishui.gov.cn): the whole excerpt is ONE line (paragraphs joined by spaces): opening, part 一 and items (一)-(三) inline. No title, no date; the text says "我局", the place only in "丽水市普法责任单位…" (a cited column). Item (一) is headed by the duty. Both headings inline.'),
R(12, None, ['江门市商务局', '市商务局'], 'department', 2020, None,
  S(3, '一、法治政府建设情况'), E(4, '(一)党政主要负责人履行推进法治建设第一责任人情况'),
  '商务 (city, 广东 江门) on a mirror (rajayuj.com). Addressee "市委、市政府:" (line 1), a one-line opening, no title, no date; the name only in cited titles (《江门市商务局党组理论学习中心组学习计划》). Sub-heading (一) (line 4) is the 第一责任人 part, with items 1.-3. under it.'),
R(13, None, ['增福镇人民政府', '增福镇', '涪陵区增福镇人民政府'], 'township', 2022, None,
  S(1, '一、主要举措和成效'), E(2, '(一)强化组织领导,狠抓责任落实'),
  'Town (重庆 涪陵 增福镇; fl.gov.cn): the excerpt opens at part 一 (no title, no opening, no date; URL 202301). The name appears only inside items ("2022年增福镇组织开展…", "增福镇公共服务中心"). Sub-heading (一) (line 2) holds "党政主要负责人切实履行法治政府建设第一责任人责任" in its paragraph (line 3) -> labelled at the sub-heading.'),
R(14, '海关总署党委 海关总署关于2022年度推进法治政府建设情况的报告', ['海关总署', '海关总署党委', '中华人民共和国海关总署'], 'department', 2022, '2023-03-27',
  S(5, '一、全面学习把握落实党的二十大精神,不断强化政治机关建设'), F,
  'Ministry-level (海关总署) on a mirror (lncbe.com): joint title line 1 ("海关总署党委 海关总署关于…"), 作者/发布时间 2023-03-27 (line 2), 文号 署党发〔2023〕19号 (line 3). Part 一 is on studying the 二十大 (the measures start there). No 第一责任人 wording in the excerpt.'),
R(15, None, ['海关总署', '海关总署党委', '中华人民共和国海关总署'], 'department', 2024, None,
  S(2, '一、坚持党对法治建设的领导,不断推进海关法治建设'), F,
  'Ministry-level (海关总署) on a tax-refund wiki (baike.taxrefund.com.cn): no title, no date (the URL says 2025-03-31). No 第一责任人 wording in the excerpt. Same body as fsm-014, two years later, different page layout.'),
R(16, None, ['武清区教育局', '天津市武清区教育局', '区教育局'], 'department', 2019, None,
  S(4, '一、依法行政方面'), E(5, '1.建立领导机构,强化组织保障'),
  '教育 (district, 天津 武清; tjwq.gov.cn): the text starts with an empty line; no title, no date (URL 202012). The opening calls it "2019年度法治政府建设工作情况总结" for the 依法治区 assessment. Item 1. (line 5): the 局长 "法治建设第一责任人" heads the 依法行政 leading group that directs, supervises and meets on 法治建设 -> labelled present at the item (borderline: the duty is named as the leader\'s title, not reported as a duty).'),
R(17, None, ['重庆市教育委员会', '重庆市教委', '市教委', '中共重庆市委教育工作委员会', '市委教育工委'], 'department', 2019, None,
  S(1, '一、加强党对法治政府建设的全面领导'), E(1, '一是明确领导责任'),
  '教育 (province-level 委 of 重庆 municipality; jw.cq.gov.cn): no title, no opening, no date (URL 20200328): the excerpt opens at part 一 and every part runs on in one line. Year 2019 from 《2019年重庆市教育政策法治工作要点》 and "全年…" items. Inline 一是 "明确领导责任。明确党政主要负责人履行法治政府建设第一责任人职责" in part 一 (inline heading, fsk-016 convention).'),
R(18, None, ['上海市教育委员会', '上海市教委', '市教委', '上海市教育系统'], 'department', 2019, None,
  S(2, '一、本单位2019年度法治政府建设的主要举措和成效'), F,
  '教育 (province-level 委 of 上海; edu.sh.gov.cn): no title, no date (URL 20210305); the opening speaks of "上海市教育系统" and "本单位"; 市教卫工作党委 appears in an item. No 第一责任人 wording in the excerpt.'),
R(19, '北京市海淀區人民政府2020年法治政府建設年度情況報告', ['北京市海淀区人民政府', '海淀区人民政府', '海淀区', '北京市海淀區人民政府', '海淀區人民政府', '海淀區'], 'county', 2020, '2021-03-31',
  S(10, '一、推進法治政府建設情況'), F,
  'District (北京 海淀) in traditional script on the official big5 gateway (beijing.gov.cn/gate/big5), clean (no mojibake): title line 1, 日期 2021-03-31 and 來源, 分享/字號 chrome, full-width indents. No 第一責任人 wording in the excerpt.'),
R(20, '澧浦镇2023年度法治政府建设工作报告', ['澧浦镇人民政府', '澧浦镇', '金东区澧浦镇'], 'township', 2023, '2024-01-31',
  S(31, '一、主要举措与成效'), F,
  'Town (浙江 金华 金东区 澧浦镇; jindong.gov.cn). 24 lines of bulleted card chrome (信息索引号, 发布机构 澧浦镇, 发布日期 2024-01-31 on its own line), title line 25, 发布时间 line, an opening that begins "今年以来" (the year only in the title and card), items 一是/二是 under part 一. No 第一责任人 wording.'),
R(21, '冷水镇人民政府关于2023年度法治政府建设工作的报告', ['冷水镇人民政府', '冷水镇'], 'township', 2023, None,
  S(3, '一、2023年度推进法治政府建设的主要举措和成效'), E(4, '(一)完善体制机制,切实推进法治政府建设'),
  'Town (湖南 永州 宁远 冷水镇; an admin mirror of yzcity.gov.cn on port 8888): title line 1, no date (URL 202403). Part 一 heading ends with a full stop. Sub-heading (一) (line 4, text run on) "落实主要负责人为第一责任人的法治政府建设领导协调机制" -> labelled at the sub-heading.'),
R(22, '眉山市东坡区崇礼镇人民政府2023年法治政府建设工作报告', ['眉山市东坡区崇礼镇人民政府', '崇礼镇人民政府', '崇礼镇'], 'township', 2023, None,
  S(3, '一、深入学习贯彻习近平法治思想,坚持以习近平法治思想持续引领法治政府建设'), F,
  'Town (四川 眉山 东坡区 崇礼镇) on a spam mirror (shchangye.com) that injected a betting-site name into the first sentence ("习近平新时代雷速体育_中国足彩网¥在线直播特色社会主义思想"). Title line 1, no date. The 第一责任人 duty is claimed only in the opening paragraph (line 2), not in a part -> absent (borderline). The opening promises "2024工作计划", beyond the excerpt -> next_year absent.'),
R(23, None, ['街道办事处', '街道', '*街道'], 'township', 2022, None,
  S(2, '一、依法行政和法治政府建设工作亮点'), F,
  'An anonymised 街道 ("*街道", "我街道") on a document site (m.yzwku.com): a header sentence naming the .docx, then numbered page chunks ("1、", "2、", "3、") with the title glued to the opening and part 一 glued inside line 2 (no title line; measures heading inline). The text says 2022 throughout but cites the 十八届四中全会 and "深圳东进" (an old text relabelled: report_year taken as stated, 2022). No 第一责任人 wording.'),
R(24, None, ['郑州市卫生健康委员会', '郑州市卫生健康委', '市卫生健康委'], 'department', 2025, None,
  S(2, '一、主要举措和成效'), E(5, '(三)坚持依法决策,健全权力运行制约机制'),
  '卫生健康 (city, 河南 郑州; wjw.zhengzhou.gov.cn): no title, no date. Item (三) (line 5, text run on) opens "严格落实党政主要负责人履行推进法治建设第一责任人职责制度" -> labelled at the item heading.'),
X(30, '人大评议调查报告(交通运输局)', 'A 范文 page (koomao.com, "第1篇") with a 区人大常委会 调查考评组\'s report on the 区交通运输局\'s three years of work (工作评议): 一、主要工作及成效 (一)贯彻交通法规,严格依法行政 — a report by the 人大 about a 局, not a 局\'s annual 法治政府建设 report.'),
X(31, 'news(考核优秀单位)', '湖南省林业厅 news 2017-05-02: the 厅 was rated 2016年度法治政府建设优秀单位 in the provincial assessment; two paragraphs, the title repeated at the end, a stray number.'),
X(32, '人大执法检查报告(森林法)', 'The 全国人大常委会执法检查组 report on the 森林法 (2025-10-26, 李鸿忠) on npc.gov.cn: a report to the 常委会 on a law\'s implementation, with 来源 chrome and the addressee "全国人民代表大会常务委员会:".'),
X(33, '普法工作小结(法律七进)', 'A town\'s (大石镇, lzq.gov.cn) short 2021 summary of 法律七进 普法 work: opening plus three numbered points (组织领导, 工作任务, 信息报送).'),
X(34, '立法说明(人大法工委)', '安徽省人大 法工委 2026-01-04 article on the 《安徽省实施〈统计法〉办法》: title twice, 来源/发布日期, 一、《办法》制定背景 (一)-(三).'),
X(35, '政府工作报告(县)', '尉犁县 政府工作报告 2025-01-06 (县长 木合塔尔·丝迪克) to the 县人民代表大会: "2024年工作回顾" with economic figures — a government\'s annual report, not on 法治政府建设.'),
X(36, 'news(水政工作座谈会)', '松辽委 news: the 2023 松辽流域水政工作座谈会 (11月16日, 营口): 会上 / 会议指出 / 会议强调 on 水利依法行政 and 执法.'),
X(37, 'article(年度报告制度研究)', 'Academic article (方学勇, 理论与改革 2021年6期, on m.fx361.cc): "法治政府建设年度报告制度:生成逻辑、实践图景与未来展望——基于324个地方政府年度报告样本的实证考察", APP chrome, 引言 — about the reports, not one of them.'),
X(38, 'news(纲要全文, traditional)', 'Traditional-script mirror (guc884.cn) with pinyin-code mojibake ("建設(shè)") of the 新华社 item publishing the full 法治政府建设实施纲要(2021-2025年): the 纲要\'s preamble and 一、 — a plan for all governments, no issuer\'s year.'),
X(39, '人大调研报告(八五普法中期)', 'A 范文 page (gongwenbao.net) with breadcrumb and blurb: a 县人大常委会 调研组\'s report on the county\'s 八五普法 mid-term (X placeholders), 一、基本情况 (一)… — a 人大 report on 普法.'),
X(40, 'news(谁执法谁普法履职报告评议会)', '张家港市 news 2022-11 (frjs.jschina.com.cn): the 法宣办\'s 评议会 on 53 units\' "谁执法谁普法" 履职报告 (15 units evaluated on site); signed by the 司法局普治科.'),
X(41, '普法工作总结(范文)', 'A 范文 page (92read.com): "县区\'八五\'普法工作总结" of an unnamed 某县: 一、强化组织领导,落实普法责任 (一)科学规划普法工作 1./2. — a 普法 summary, not a 法治政府建设 report.'),
]
def home(n):  # after the split (split.py) a page lives in pages-m or pages-m-held
    held = D + '../pages-m-held/'
    return held if os.path.exists(held + 'fsm-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsm-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsm-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-m*/fsm-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
