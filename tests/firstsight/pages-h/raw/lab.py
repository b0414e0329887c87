# Writes every fsh-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-g/raw/lab.py).
import datetime, json, os, re, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
U = json.load(open(D + 'raw/urls.json'))
F = dict(present=False)
def S(line, heading, **kw):
    d = dict(present=True, line=line, heading=heading); d.update(kw); return d
def E(line, heading): return S(line, heading, form='embedded')
def SEC(line, heading): return S(line, heading, form='section')
def R(n, title, issuer, level, year, pub, measures, fr, notes, short=F, nxt=F):
    return n, dict(id='fsh-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsh-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsh-%03d' % n, kind='distractor', type=typ, source_url=U['fsh-%03d' % n], notes=notes)
L = [
R(1, '环翠区卫生健康局2025年度法治政府建设情况报告', ['威海市环翠区卫生健康局', '环翠区卫生健康局'], 'department', 2025, '2026-01-06',
  S(18, '一、2025年推进法治政府建设的主要举措和成效'), F,
  '卫健 (district). Metadata card (索引号, 发布单位, 成文日期 2026-01-06) lines 3-10, title line 12, then "时间:2026/01/06 14:10:49" (the page date with slashes; same day as 成文日期 -> 2026-01-06). The excerpt ends in measures (二) before any 第一责任人 wording.'),
R(2, None, ['天津市人力资源和社会保障局', '天津市人社局', '市人社局'], 'department', 2022, None,
  S(3, '一、主要举措和成效'), F,
  '人社 (直辖市). No title, no date field (URL 20240228 not used: the 2021 and 2022 reports were posted the same day). Opens mid-page with the publication note "现将市人社局2022年法治政府建设情况报告予以公开" and a contents note (line 2 names the four parts incl. 第一责任人 - a list of parts, not the part itself -> first_responsible absent in the excerpt). 天津 only in the contact address and 天津市领导干部网上学法用法考试.'),
R(3, '武乡县住房和城乡建设管理局 关于2025年法治政府建设情况的报告', ['武乡县住房和城乡建设管理局', '武乡县住建局'], 'department', 2025, '2026-01-15',
  S(9, '一、2025年度推进法治政府建设主要举措和成效'), F,
  '住建 (county). Breadcrumb + a pipe-table metadata card: the title exists only as the card field "| 标 题:武乡县住房和城乡建设管理局 关于2025年法治政府建设情况的报告 | |" (line 6; no standalone title line - labelled with the card title, borderline); 发布日期 2026-01-15 (line 7). The body says 我局; 武乡 in "法治武乡". Excerpt ends at (二) before the 第一责任人 text.'),
R(4, None, ['区住房城乡建设局', '区住房和城乡建设局'], 'department', 2025, None,
  S(2, '一、2025年度推進(jìn)法治政府建設(shè)的主要舉措和成效'), F,
  '住建, traditional-script mirror with pinyin glosses after characters (區(qū), 設(shè), 領(lǐng)導(dǎo)): the converter wrote the reading of each polyphonic/rare character in brackets. No URL was returned by the search tool (source_url null). No title, no date; the body says only 區住房城鄉建設局 and 我局; 廣東 appears (省委"1310", 百千萬工程, 對廣東系列重要講話) but no district name -> issuer is the bare 区住房城乡建设局 (a careful reader cannot name the district). probe_t2s.py found no earlier page. Heading line 2 carries glosses too; the label heading is the line as it stands, glosses included.'),
R(5, None, ['房县人民政府', '房县', '十堰市房县人民政府'], 'county', 2024, None,
  S(2, '一、主要工作和成效'), E(5, '2.法治政府建设第一责任全面压实'),
  'County (湖北 十堰, "在市委市政府坚强领导下, 房县…"). No title, no date field (URL 20250326 not used). The duty ("县委副书记、县长杨丹华同志认真履行第一责任人职责, 带头述法") is item 2 under (一), line 5.'),
R(6, '西安市莲湖区住房和城市建设局2024年法治政府建设工作报告', ['西安市莲湖区住房和城市建设局', '莲湖区住房和城市建设局', '区住建局'], 'department', 2024, None,
  S(5, '一、推进法治政府建设的主要举措和成效'), F,
  '住建 (district; the page says 住房和城市建设局). Title line 1; no date field. Items 一是…四是 under 一. No 第一责任人 wording in the excerpt.'),
R(7, None, ['自然资源部', '中华人民共和国自然资源部'], 'department', 2021, None,
  S(2, '一、深入学习宣传贯彻习近平法治思想'), F,
  '自然资源 (ministry), reposted without title or date on a magazine site (peopleweekly.cn, 人民周刊 "文川电讯" column; the site is not the issuer). Opens "2021年,自然资源部坚持…". No 第一责任人 wording in the excerpt (部党组 … 学习 is not the duty).'),
R(10, None, ['康乐县人民政府', '康乐县', '临夏州康乐县人民政府'], 'county', 2024, None,
  S(2, '一、2024年度法治政府建设的主要举措和成效'), E(5, '二是切实履行第一责任人职责'),
  'County in 甘肃 临夏州 ("在州委、州政府的坚强领导下, 康乐县…"), posted in the 司法局 section of the county site (klxsfj; the bureau is not the issuer). No title, no date field. The duty is item 二是 under (一), line 5 (it speaks of 各级党政主要负责同志 and the county\'s 述法; borderline as pages-g 018).'),
R(11, '重庆市渝北区大盛镇人民政府关于2024年法治政府建设情况的报告', ['重庆市渝北区大盛镇人民政府', '渝北区大盛镇人民政府', '大盛镇人民政府', '大盛镇'], 'township', 2024, None,
  S(5, '一、2024年推进法治政府建设的主要举措和成效'), F,
  'Township. Title line 1, repeated split over lines 2-3 (issuer / 关于…报告). No date field (URL 20250326 not used). The excerpt ends in (一) at the 领导小组 (党委书记为组长) without 第一责任人 wording -> absent.'),
R(14, '天津滨海高新区2024年度法治政府建设情况报告', ['天津滨海高新技术产业开发区管理委员会', '天津滨海高新技术产业开发区', '天津滨海高新区', '滨海高新区'], 'county', 2024, '2025-03-26',
  F, SEC(10, '一、法治建设第一责任人职责切实履行'),
  '开发区 (国家级高新区 管委会; level county as earlier sets labelled 开发区/新区). Breadcrumb, title line 3, 发布日期 2025-03-26 (line 4). Part 一 (line 10) is the 第一责任人 part and fills the rest of the excerpt: measures have not started -> absent (as pages-g 023). Indented paragraphs (the file is 1,996 bytes: some indent spaces were probably wider characters).'),
R(15, '经济开发区2024年度法治政府建设情况报告', ['宁河经济开发区', '天津市宁河经济开发区', '宁河经济开发区管理委员会', '天津市宁河区经济开发区'], 'township', 2024, None,
  S(4, '一、上一年度推进法治政府建设的主要举措和成效;'), F,
  '开发区 of a district (天津 宁河区: "在区委、区政府的正确领导下"; its 管委会 functions passed to a state company in 2024). Line 1 is empty, title line 2 names only "经济开发区"; 宁河 in the first sentence. Level township: the zone sits below a county-level district (borderline; earlier sets labelled city-level 开发区 county). No date field (URL 20250228 not used). No 第一责任人 wording.'),
R(16, None, ['东莞滨海湾新区管理委员会', '滨海湾新区管理委员会', '东莞滨海湾新区', '滨海湾新区'], 'county', 2024, None,
  S(2, '一、2024年法治政府建设工作情况'), E(4, '(二)健全完善新区法治制度机制'),
  '新区 管委会 (东莞; level county as page-049, its 2025 report). No title, no date field; "滨海湾新区(以下简称“新区”)" in the first sentence, 东莞 only by the site (bhwxq.dg.gov.cn). The duty ("新区党工委、管委会主要负责人全面落实《党政主要负责人履行推进法治建设第一责任人职责规定》") is inside (二), line 4, which runs on.'),
R(17, None, ['杭州市滨江区发展和改革局', '滨江区发展和改革局', '杭州高新区(滨江)发展和改革局'], 'department', 2024, None,
  S(2, '一、2024年推进法治政府建设主要举措和成效'), F,
  '发改 (district). No title, no date field, no name at all: the body says 我局 and "推动发展改革工作"; the bureau and district come only from the site (hhtz.gov.cn = 杭州高新区(滨江), section art_1229247090) and 浙江 from cited 条例 (issuer inferred, borderline). (二) sets up a 领导小组 (组长由局长担任) without 第一责任人 wording -> absent.'),
R(20, None, ['许昌市人民政府', '许昌市', '市政府'], 'city', 2024, None,
  S(2, '一、强化法治政府建设组织领导。'), E(2, '一、强化法治政府建设组织领导'),
  'City government (河南 许昌), posted under 要闻动态 (ywdt) of the city site. No title, no date field (URL 20250311 not used). Body says 市政府; 许昌 only in 《许昌市2024年度法治政府建设工作要点》 and the site. Headings are top-level sentences that run on into their paragraph ("一、强化法治政府建设组织领导。市政府主要负责人切实履行法治建设第一责任人职责…"): measures start at 一 and the duty is embedded in 一 (a top-level heading that is not a 第一责任人 heading, as pages-g 012).'),
R(21, '重慶市長壽區教育委員會關于2024年法治政府建設情況的報告', ['重庆市长寿区教育委员会', '长寿区教育委员会', '区教委'], 'department', 2024, None,
  S(3, '一、主要措施及成效'), F,
  '教育, traditional-script mirror (contigotg.com) of 重庆市长寿区教委 (path bm/qjw_75248 as on cqcs.gov.cn). Title line 1 in traditional script; no date field (URL 20250124 not used). probe_t2s.py found no earlier page. (一) line 4: 黨政主要負責人帶頭學習… without 第一责任人 wording -> absent.'),
R(22, '重庆市江北区教育委员会2024年法治政府建设情况的报告', ['重庆市江北区教育委员会', '江北区教育委员会', '区教委'], 'department', 2024, '2025-01-15',
  S(13, '一、法治政府建设的主要举措和成效'), F,
  '教育 (district). Chrome (IPV6 notice, breadcrumb, 语音播报 controls lines 5-9), title line 3, 日期 2025-01-15 (line 4). (一) sets up a 领导小组 without 第一责任人 wording -> absent.'),
R(23, '中共重庆市荣昌区委教育工作委员会 重庆市荣昌区教育委员会 关于2024年法治政府建设情况的报告', ['重庆市荣昌区教育委员会', '荣昌区教育委员会', '中共重庆市荣昌区委教育工作委员会', '荣昌区教委', '区教委'], 'department', 2024, '2025-01-15',
  S(31, '一、2024年推进法治建设的主要举措和成效'), E(33, '(一)加强组织领导,落实法治工作责任'),
  '教育, joint report of the party 教育工委 and the 教委. Bulleted metadata card (发文字号 荣教工委发〔2025〕1号, 成文/发布日期 2025-01-15, 发布机构 荣昌区教委) lines 1-16, the joint title on one line (17), then the same title split over lines 23/25/27. The duty ("一是落实党政主要负责人履行推进法治建设第一责任人职责") is in (一), line 33, which runs on.'),
R(24, '鲍沟镇2025年度法治政府建设情况报告', ['鲍沟镇人民政府', '鲍沟镇', '滕州市鲍沟镇人民政府'], 'township', 2025, '2026-01-21',
  S(11, '一、2025年度推进法治政府建设的主要举措和成效'), E(12, '(一)强化政治引领,夯实法治建设根基'),
  'Township (山东 滕州, a 县级市: tengzhou.gov.cn). Dash-list metadata card (发布机构 鲍沟镇, 成文/发文时间 2026年01月21日, 标 题) lines 1-8, title line 9. The duty ("镇党政主要负责人切实履行推进法治建设第一责任人职责") is in (一), line 12, which runs on.'),
R(25, ['中共云阳县凤鸣镇委员会 云阳县凤鸣镇人民政府 关于2025年法治政府建设情况的报告', '云阳县凤鸣镇人民政府关于2025年法治政府建设情况的报告', '关于2025年法治政府建设情况的报告'], ['云阳县凤鸣镇人民政府', '凤鸣镇人民政府', '凤鸣镇', '中共云阳县凤鸣镇委员会'], 'township', 2025, None,
  S(6, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Township, joint report of the 镇党委 and 镇政府 to 县委、县政府 (line 4). The title is split over lines 1-3 (party committee / government / 关于…报告): any of the joined forms or the 关于 line is accepted. No date field (URL 20260128 not used). The intro cites 《云阳县党政主要负责人履行推进法治建设第一责任人职责工作指引》 (a document title, not the duty); (一) line 7 is about decisions -> first_responsible absent in the excerpt.'),
R(26, '中共大马营镇委员会 大马营镇人民政府关于2025年法治政府建设情况的报告', ['大马营镇人民政府', '大马营镇', '山丹县大马营镇人民政府', '中共大马营镇委员会'], 'township', 2025, '2026-01-30',
  S(10, '一、2025年度法治政府建设的主要举措和成效'), E(11, '(一)提升政治站位,压实主体责任'),
  'Township in 甘肃 (山丹县, 张掖), joint report of 镇党委 and 镇政府 addressed to 山丹县人民政府 (line 8). Title line 1, a pipe-table card (生成日期 2026-01-30 09:03:18, the only date) lines 2-5, the title again split over lines 6-7. The duty ("严格落实党政主要负责人法治建设第一责任人职责") is in (一), line 11, which runs on.'),
R(27, None, ['北和镇人民政府', '北和镇', '雷州市北和镇人民政府'], 'township', 2025, None,
  S(2, '一、2025年法治政府建设主要情况'), F,
  'Township of a 县级市 (雷州, 广东: "在市委、市政府的正确领导下", site leizhou.gov.cn). No title, no date field. Item 1 (line 4) "镇党委切实履行法治建设领导职责" has no 第一责任人 wording -> absent.'),
R(28, '王河镇人民政府关于2025年法治政府建设的报告', ['王河镇人民政府', '王河镇', '太湖县王河镇人民政府'], 'township', 2025, '2026-03-06',
  S(10, '一、主要举措和成效'), F,
  'Township (安徽 太湖县: tsqs.gov.cn). The card says 发布机构 王河乡 and 索引号 wanghe/…, the title says 王河镇人民政府 (the town was renamed from a 乡; the title\'s name is the issuer). Title line 5, 发布日期 2026-03-06 (line 6). (二) line 14 sets up a 领导小组 ("党政主要领导挂帅抓") without 第一责任人 wording -> absent.'),
R(29, None, ['深圳市龙岗区教育局', '龙岗区教育局'], 'department', 2025, None,
  S(2, '一、深入学习贯彻党的二十大和二十届历次全会精神,贯彻落实依法行政和法治政府建设各项要求'), SEC(4, '二、2025年度党政主要负责人履行推进法治建设第一责任人职责以及加强法治政府建设情况'),
  '教育 (district), on a mirror domain (tanhuaxl.net) copying the 深圳 site path (xxgk/fzzfjsndbg/lgq). No title, no date; opens "2025年至今" (the year reported is 2025). Part 二 (line 4) is the 第一责任人 part, a top-level section.'),
R(34, '杜桥镇2025年度法治政府建设情况报告', ['杜桥镇人民政府', '杜桥镇', '临海市杜桥镇人民政府'], 'township', 2025, '2026-01-07',
  S(16, '一、2025年推进法治政府建设的主要举措和成效'), F,
  'Township of a 县级市 (临海, 浙江: linhai.gov.cn; "市委、市政府"). Chrome (老年模式, breadcrumb, 索引号, 成文日期 2026-01-07), title line 7, bulleted 日期 2026-01-07 14:17 (line 8). Two intros (lines 12 and 14). (一) line 18 "压实主体责任" speaks of 关键少数 and the 镇党委书记 chairing study without 第一责任人 wording -> absent.'),
R(35, '禄劝彝族苗族自治县云龙水库水源保护区管理局2024年度法治政府建设工作报告', ['禄劝彝族苗族自治县云龙水库水源保护区管理局', '云龙水库水源保护区管理局', '禄劝县云龙水库水源保护区管理局'], 'department', 2024, None,
  S(4, '一、 强化组织领导,落实法治建设责任'), F,
  '水利 (a water-source protection bureau of an 自治县, 云南 昆明: kmlq.gov.cn). Title line 1, repeated line 2; no date field (URL 2025-03-17 not used). Headings have a space after 一、. (一) "主要领导亲自抓、分管领导具体抓" without 第一责任人 wording -> absent.'),
R(36, None, ['许昌市农业农村局', '市农业农村局'], 'department', 2024, None,
  S(2, '一、工作情况'), E(5, '(二)强化组织领导,落实法治建设责任'),
  '农业农村 (city). No title, no date field (URL 20250331 not used); the body says 我局; 许昌 only in cited 《许昌市农业农村系统…》 and the site. The duty ("党组书记是第一责任人", "单位主要负责人进行了法治建设第一责任人年终述法") is in items 1-2 under sub-heading (二) line 5 (labelled at the sub-heading, the pages-g convention).'),
R(37, '霞山区统计局2023年法治政府建设年度报告', ['湛江市霞山区统计局', '霞山区统计局', '区统计局'], 'department', 2023, '2023-12-22',
  S(9, '一、2023年法治政府建设工作情况'), SEC(13, '二、党政主要负责人切实履行推进法治建设第一责任人责任'),
  '统计 (district). Breadcrumb, title line 3, 发布时间 2023-12-22 (published before the year ended). Part 二 (line 13) is a top-level 第一责任人 heading running on into its paragraph -> section.'),
R(40, '噶尔县左左乡2025年法治政府建设工作 年度报告', ['噶尔县左左乡人民政府', '左左乡人民政府', '噶尔县左左乡', '左左乡'], 'township', 2025, '2026-01-21',
  S(11, '一、工作开展情况'), F,
  'Township in 西藏 (阿里 噶尔县). Title line 1 (with a space before 年度报告), a dash-list card (发文机构 噶尔县左左乡, 名 称, 发布日期 2026-01-21) lines 2-7, the title again split over lines 8-9. The excerpt ends in (一) (study) before any 第一责任人 wording.'),
R(41, '碧土乡2024年法治政府建设情况报告', ['碧土乡人民政府', '碧土乡', '左贡县碧土乡人民政府'], 'township', 2024, '2025-03-21',
  S(13, '一、上一年度推进法治政府建设的主要举措和成效'), F,
  'Township in 西藏 (昌都 左贡县). Line 1 is the site banner 左贡县人民政府 (not the issuer), title line 5 and again line 9, 发布时间 2025-03-21 (line 7; the file is 1,994 bytes: some gaps were probably wider spaces). (一) sets up a 领导小组 (乡党委书记为组长) without 第一责任人 wording -> absent.'),
R(42, '济源市人民政府关于2025年度法治政府建设情况的报告', ['济源市人民政府', '济源市', '河南省济源市人民政府'], 'city', 2025, '2026-01-22',
  S(15, '一、加强法治政府建设组织领导'), E(19, '切实履行第一责任人职责'),
  '济源 (河南\'s 省直管 市, with 地级 powers and 区-style wording "全面依法治区"; level city, borderline). Special-column chrome lines 1-4, title line 5, "来源:司法局 发布日期:2026-01-22" (line 6; the 司法局 published it, the 市政府 issued it), title again split over lines 9/11. Paragraphs open with bold-style lead phrases; the duty is the paragraph "切实履行第一责任人职责。" (line 19) inside part 一.'),
R(43, '2024年法治政府建设情况报告', ['新晃县退役军人事务局', '新晃侗族自治县退役军人事务局'], 'department', 2024, '2025-03-06',
  S(7, '一、工作开展情况'), E(8, '1.强化法治工作组织领导'),
  '退役军人事务 (county, 湖南 怀化 新晃侗族自治县). The title names no issuer ("2024年法治政府建设情况报告", line 1 and again line 3); 发布时间 2025-03-06 and 信息来源 新晃县退役军人事务局 (line 2); the issuer line 4 and the document date "(2025年2月20日)" (line 5) follow the repeated title: publish_date is the page date 2025-03-06 (the document date 2025-02-20 is not a publish date, borderline). The duty ("主要领导认真履行推进法治建设第一责任人职责") is in item 1, line 8.'),
R(44, '绿春县林草局2024年度法治政府建设年度报告', ['绿春县林业和草原局', '绿春县林草局'], 'department', 2024, '2025-03-19',
  S(17, '一、2024年度推进法治政府建设的主要举措和成效'), E(23, '(二)坚持高位引领,林业法治建设全面深化'),
  '林草 (county, 云南 红河 绿春县). Bulleted card with values on their own lines (发布机构 绿春县林业和草原局, 发布日期 2025-03-19) lines 1-11, title line 13 (short name 林草局). The duty ("党政主要负责人切实履行推进法治建设第一责任人职责") is in the paragraph (line 25) under sub-heading (二) line 23 (labelled at the sub-heading).'),
R(45, None, ['岳阳市人民政府', '岳阳市', '市政府'], 'city', 2025, None,
  S(2, '一、推进法治政府建设的主要举措和成效'), E(3, '(一)坚持党的领导,扛牢压实法治政府建设责任'),
  'City government (湖南 岳阳), posted without title or date on the 司法局 site (sfj.yueyang.gov.cn: the site is not the issuer). Opens "按照…《法治政府建设与责任落实督察工作规定》…现将2025年度法治政府建设情况报告如下" (no subject named); the body says 市政府, 我市; 岳阳 in cited 条例/目录. The duty ("二是切实履行推进法治建设第一责任人职责") is inside (一) line 3, which runs on.'),
X(8, '政府信息公开工作年度报告', '西藏自治区医疗保障局 2020 政府信息公开工作年度报告 (title line 1, again split lines 5-7; 发布日期 2022-01-17): a 医保 department\'s annual report on information disclosure.'),
X(9, 'news(普法)', 'A 2024 review of 相城区 (苏州) 普法 work ("八五"普法, 法治素养) on a spam mirror (ruixingzhongye.com, a betting ad "买球app" injected into the last line): news about 普法, not a 法治政府建设 report. (009 first held a 金昌 实施方案 that probe.py showed is page-d04/fsb-120; replaced, see b10.py.)'),
X(12, '法治建设(依法治县)报告', '佛坪县 2024: "我县…全面贯彻落实中央、省、市关于法治建设的决策部署…现将工作情况报告如下", part 一 "加强组织领导,完善依法治县工作机制" (县委全面依法治县委员会, 书记述法点评). A county report on 法治建设 as a whole (依法治县, run by the 县委 committee), posted in the 法治政府 column (fzzf). Borderline: the form is a report of the year, but its subject is 依法治县/法治建设, not the government\'s 法治政府建设 - a look-alike of the party-committee kind the brief names.'),
X(13, '法治建设(依法治县)报告', '衡山县 2024 "我县法治建设工作在县委的坚强领导下…现将我县法治建设工作开展情况报告如下" (posted by the 司法局 under 规划计划): a 县委-led 法治建设/依法治县 report (一规划两纲要, 县委依法治县办, 普法). Borderline as 012: a report of the year on 法治建设, not on 法治政府建设.'),
X(18, '普法工作总结', 'A 局 (police: "法治公安" accounts, 基层警务室) 2024 法治宣传教育/普法 work summary ("现将相关情况总结如下") on a content-farm site (cuauto.com.cn): no name, no place; subject 普法 and 依法治理, not 法治政府建设.'),
X(19, 'news(普法)', '抚州市 (江西) 2024 普法依法治理 review "【聚力2024】强化普法宣传教育 提升依法治理水平" on a WeChat-mirror (wxredian.com, "职场 2025-01-07 江西" byline): 普法 news.'),
X(30, '政府信息公开工作年度报告', '温州市医疗保障局 2024 政府信息公开工作年度报告 (title line 1, 发布时间 2025-01-10): 医保 information-disclosure report.'),
X(31, '会议纪要', '厦门市集美区 (iqb.jimei.gov.cn) minutes of the 区政府党组(扩大)会 of 2024-02-29: 廉政 work meeting and the results of the 2023 述责述廉 review; mentions 法治政府 and 第一责任人责任 but is a meeting record.'),
X(32, '工作安排(通知)', '四川省人民政府办公厅 notice 川办发〔2025〕12号 印发《四川省人民政府2025年法治政府建设重点工作安排》: a plan for the year (工作要点 kind), with the notice, signature and date 2025年4月10日 before the plan text.'),
X(33, 'news(traditional)', 'Traditional-script spam mirror (rkyr.com.cn) of a short 本报讯 item: the 省委依法治省办 published 103 重点项目 for county 党政主要负责人 推进法治建设 in 2025 (815 bytes).'),
X(38, '行政执法工作年度报告', '西秀区统计局 (贵州 安顺) 2024 行政执法 annual report (URL section xzzfnb = 行政执法年报), starting mid-page at "一、2024年行政执法基本情况": 执法资格, 三项制度, 执法队伍. An annual report of the year on 行政执法 only, not a 法治政府建设 report (borderline: 行政执法 is part of 法治政府建设, but the genre is the 行政执法年报).'),
X(39, '政府信息公开工作年度报告', 'A city\'s 2024 政府信息公开工作年度报告 (广东: "习近平总书记对广东的系列重要讲话") on a betting-spam mirror (365betchina.com) that replaced the city\'s name with "365bet(中国)官方网站" everywhere, title included. probe.py: 2 of 7 probes shared with page-d10 and fsg-033 (the standard 年报 format sentence), not a repeat.'),
X(46, '职责清单', 'Traditional-script mirror (meifui.com) of 鞍山市党政主要负责人履行推进法治建设第一责任人职责清单 (2023): a list of duties (基本原则, 基本要求), not a report.'),
X(47, 'news(述法)', '黄山市 news (fzahw.com, 2022-04-08): the first 专题述法评议 of county and bureau leaders at the 市委全面依法治市委员会 meeting (948 bytes).'),
]
def home(n):  # after the split (split.py) a page lives in pages-h or pages-h-held
    held = D + '../pages-h-held/'
    return held if os.path.exists(held + 'fsh-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsh-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsh-%03d.txt' % n, encoding='utf-8').read()
    lines = text.split('\n')
    if d['kind'] != 'report':
        continue
    for k, v in d['sections'].items():
        if v.get('present'):
            ln = lines[v['line'] - 1]
            if not squash(ln).startswith(squash(v['heading'])):
                print('MISMATCH', n, k, v['line'], v['heading'][:30], '|', ln[:60]); bad += 1
    titles = d['title'] if isinstance(d['title'], list) else [d['title']] if d['title'] else []
    # a title must equal a line of the first 30 (or, for a card-only title, sit inside one: 003); for a list of
    # accepted forms one match is enough (025)
    if titles and not any(any(squash(l) == squash(t) or (n == 3 and squash(t) in squash(l)) for l in lines[:30]) for t in titles):
        print('TITLE?', n, titles); bad += 1
    if not any(squash(i) in squash(text) for i in d['issuer']):
        print('issuer not in text (by design?)', n, d['issuer'][:2])
    if d['publish_date'] and d['publish_date'].isoformat() not in squash(text) and '%d年%d月%d日' % (d['publish_date'].year, d['publish_date'].month, d['publish_date'].day) not in text and d['publish_date'].strftime('%Y年%m月%d日') not in text and d['publish_date'].strftime('%Y/%m/%d') not in text:
        print('DATE?', n, d['publish_date']); bad += 1
ids = sorted(n for n, _ in L)
assert len(ids) == len(set(ids)) and len(ids) == len(U), (len(ids), len(U))
print('checked, bad =', bad, 'n =', len(L), 'reports =', sum(d['kind'] == 'report' for _, d in L))
