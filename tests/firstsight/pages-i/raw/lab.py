# Writes every fsi-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-h/raw/lab.py). A heading marked
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
    return n, dict(id='fsi-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=measures, first_responsible=fr, shortcomings=short, next_year=nxt),
        source_url=U['fsi-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsi-%03d' % n, kind='distractor', type=typ, source_url=U['fsi-%03d' % n], notes=notes)
INLINE = {(1, 'measures'), (1, 'first_responsible'), (9, 'first_responsible'), (46, 'first_responsible')}
L = [
R(1, '六盘水市人民政府关于2024年度法治政府建设情况的报告', ['六盘水市人民政府', '六盘水市', '市政府'], 'city', 2024, None,
  S(2, '一、2024年度法治政府建设情况'), E(2, '三是压实法治建设责任'),
  'City (贵州), posted on the 市审计局 site (sjj.gzlps.gov.cn, 通知公告), not the issuer. Title line 1; the whole body is flattened into line 2 ("市人大常委会: 2024年,…", addressee first), headings inline: measures "一、2024年度法治政府建设情况" and the duty item "三是压实法治建设责任。抓牢党政主要负责人履行推进法治建设第一责任人职责" both inside line 2 (a line that agrees is enough). No date field (URL 20250311 not used).'),
R(2, None, ['广西-东盟经济技术开发区', '广西-东盟经开区', '广西-东盟经济技术开发区管理委员会'], 'county', 2024, None,
  S(2, '一、主要举措和成效'), F,
  '开发区 (国家级 经开区 of 南宁, 广西壮族自治区; 党工委). No title, no date (news section yqdt). Level county as earlier sets labelled a city\'s 开发区 (pages-h convention). The opening paragraph also boasts 园区 awards. No 第一责任人 wording in the excerpt.'),
R(5, None, ['甘肃省人民政府', '甘肃省', '省政府'], 'province', 2023, None,
  S(2, '一、强化思想引领,持续深入学习贯彻习近平法治思想'), E(2, '一、强化思想引领,持续深入学习贯彻习近平法治思想'),
  'Province (甘肃: 省长任振鹤, 《甘肃日报》, 甘肃卫视) reposted without title, date or issuer name on a township section of the 高台县 site (lcz = 临城镇 公共法律服务) - the site is not the issuer. Opens "2023年,全省法治政府建设工作…". Part 一 runs on into "省长任振鹤同志认真履行推进法治政府建设第一责任人职责" (line 2): embedded at the top-level heading that runs on into the duty (pages-h 020 convention).'),
R(7, '罗子山瑶族乡2025年度法治政府建设情况报告', ['罗子山瑶族乡人民政府', '罗子山瑶族乡', '辰溪县罗子山瑶族乡'], 'township', 2025, '2026-02-02',
  S(7, '一、法治政府建设的主要举措和成效'), E(9, '(一)压实法治责任,筑牢建设根基'),
  '民族乡 (瑶族, 湖南 辰溪县). Title line 1, 发布时间 2026-02-02 (line 3). The duty ("压实党政主要负责人第一责任人职责") is in item 1 (line 11) under the sub-heading (一)压实法治责任 (line 9): labelled at the sub-heading (pages-h 036 convention; item 1 would be defensible too).'),
R(8, '虎跳峡镇人民政府2025年法治政府建设工作报告', ['虎跳峡镇人民政府', '虎跳峡镇', '香格里拉市虎跳峡镇人民政府'], 'township', 2025, '2026-02-05',
  S(16, '一、2025年度法治政府建设主要举措和成效'), F,
  'Town of 香格里拉市 (迪庆藏族自治州, 云南; "多语种普法"). Card values on their own lines (lines 1-8: 公开日期 2026-02-05), title line 9, 发布时间 2026-02-05 (line 10). Wide gaps reproduced as ordinary spaces (file 1,985 bytes). 依法治镇委员会 led by the 党委书记, no 第一责任人 wording -> absent.'),
R(9, None, ['双龙乡人民政府', '彭水苗族土家族自治县双龙乡人民政府', '双龙乡'], 'township', 2025, None,
  S(2, '一、强化统筹部署,健全制度体系'), E(3, '党政主要负责人履行第一责任人职责'),
  'Township of 彭水苗族土家族自治县 (重庆; named in the cited 《中共彭水苗族土家族自治县委全面依法治县委员会 2025 年工作要点》). No title, no date (URL 20260202). Spaces around years ("2025 年"). The duty sentence "党政主要负责人履行第一责任人职责" sits inside the paragraph of part 一 (line 3): labelled at that sentence (line 3; the part 一 heading on line 2 would be a defensible answer).'),
R(15, None, ['廉江市民政局'], 'department', 2024, None,
  S(2, '一、深入学习贯彻党的二十大和二十届三中全会关于法治建设重大部署情况。'), F,
  '民政 of a 县级市 (廉江, 湛江). No title, no date; opens "2024年,廉江市民政局民政局…" (the name doubled on the page). 广东 report format (part 一 二十大, part 二 习近平法治思想 …): the measures begin at part 一. No 第一责任人 wording. (Replaced the first 015, a repeat of page-r2-r008.)'),
R(16, '浙江省交通运输厅2024年度法治政府部门建设工作情况', ['浙江省交通运输厅'], 'department', 2024, '2025-03-24',
  S(5, '一、2024年度法治政府部门建设总体情况'), E(6, '(一)全面推进法治政府部门建设'),
  '交通 (province 厅). Pipe card lines 1-2 (成文日期 2025-03-24, the only date; URL 2025/3/24), title line 3 ("法治政府部门建设工作情况", no 报告 word), line 4 glued "访问次数:2024年,…". The duty ("主要负责人履行推进法治建设第一责任人职责") is inside item (一) (line 6).'),
R(17, None, ['重庆市荣昌区生态环境局', '荣昌区生态环境局', '区生态环境局'], 'department', 2022, None,
  S(2, '一、推进法治政府建设的主要措施和成效'), F,
  '生态环境 (district, 重庆 荣昌: "《荣昌区法治政府建设实施方案》", "全区"). No title, no date, the body says 我局; the issuer from the site section (bm/qsthjj) and the text (borderline). Leadership group only, no 第一责任人 wording.'),
R(18, '贵州省生态环境厅2022年度法治政府建设工作情况报告', ['贵州省生态环境厅', '省生态环境厅'], 'department', 2022, '2023-02-28',
  S(13, '一、强化政治担当'), E(17, '(二)持续推进党政主要负责人年终述法'),
  '生态环境 (province 厅). Site chrome lines 1-6, title line 7, 发布时间 2023-02-28 (line 8). Item (二) (line 17) is on the 党政主要负责人 年终述法 and cites 《贵州省贯彻落实<党政主要负责人履行推进法治建设第一责任…》 (cut): labelled as the embedded duty (borderline: the wording is in a cited title).'),
R(21, '西湖区文化广电旅游局2023年法治政府建设年度报告', ['南昌市西湖区文化广电新闻出版旅游局', '西湖区文化广电新闻出版旅游局', '西湖区文化广电旅游局'], 'department', 2023, '2024-03-01',
  S(14, '一、2023年度推进法治政府建设的主要举措和成效'), F,
  '文旅 (district, 南昌 西湖区; ncxh.gov.cn). Breadcrumb + card (发布机构 西湖区文化广电新闻出版旅游局, 生成日期 2024-03-01 - the only date), title line 7 with the short name. Opening says "依法治区工作总结报告". No 第一责任人 wording.'),
R(22, None, ['六盘水市文体广电旅游局'], 'department', 2024, None,
  S(2, '一、主要举措和成效'), F,
  '文体广电旅游 (city department, 贵州; named only inside cited titles 《六盘水市文体广电旅游局2024年法治政府建设工作要点》). Opens mid-page "根据工作安排,现将我局2024年法治政府建设工作情况报告如下:". No title, no date. No 第一责任人 wording.'),
R(23, None, ['威海市文化和旅游局', '市文化和旅游局'], 'department', 2024, None,
  S(2, '一、2024年推进法治政府建设的主要举措和成效'), F,
  '文旅 (city, 山东 威海: "《威海市文化市场综合执法流程》"). No title, no date field (URL 2025/1/13). No 第一责任人 wording.'),
R(24, None, ['福州市鼓楼区文体旅局', '鼓楼区文体旅局', '福州市鼓楼区文化体育和旅游局', '鼓楼区文化体育和旅游局'], 'department', 2024, None,
  S(2, '一、2024年度推进法治政府建设工作情况'), F,
  '文体旅 (district; "鼓楼区文体旅局" + 《福建省法治政府建设实施方案》 -> 福州 鼓楼区, site gl.gov.cn). No title, no date. No 第一责任人 wording.'),
R(25, None, ['深圳市罗湖区应急管理局', '罗湖区应急管理局', '区应急管理局'], 'department', 2024, None,
  S(2, '一、2024年主要工作成效'), F,
  '应急 (district, 深圳 罗湖: "深圳市罗湖区行政机关领导干部学习法律知识若干规定"). No title, no date. Item 1 says "推动党政主要负责人在推进法治建设中各项职责的落实" without 第一责任人 wording -> absent (borderline). Same issuer as 026 (2025), different text.'),
R(26, '罗湖区应急管理局2025年法治政府建设年度报告', ['深圳市罗湖区应急管理局', '罗湖区应急管理局'], 'department', 2025, '2025-12-15',
  S(9, '一、强化政治引领,筑牢法治建设根基'), E(15, '(二)党政主要负责人履行推进法治政府建设第一责任人职责、加强法治政府建设'),
  '应急 (district). Site banner "深圳市罗湖区人民政府" line 1 is chrome; title line 3; 发布时间 2025-12-15 (line 5: published within the year reported on). Indented lines. The duty is sub-heading (二) (line 15) under part 一.'),
R(28, ['中梁山街道关于2025年度法治政府建设情况的报告', '中梁山街道关于2025年法治政府建设情况的报告'], ['中梁山街道办事处', '重庆市九龙坡区中梁山街道办事处', '中梁山街道'], 'township', 2025, None,
  S(4, '一、2025年推进法治政府建设的主要举措和成效'), F,
  '街道 (重庆 九龙坡区, cqjlp.gov.cn). The title is given twice in two forms (lines 1-2, "2025年度" / "2025年"): either form. No date field (URL 20260205). No 第一责任人 wording in the excerpt.'),
R(29, None, ['果园街道办事处', '北京市密云区果园街道办事处', '果园街道'], 'township', 2025, None,
  S(2, '一、2025年推进法治政府建设情况'), F,
  '街道 (北京 密云区, bjmy.gov.cn; "区委全面依法治区委员会", 《北京市法治政府建设实施意见》). No title, no date (URL 20260212). No 第一责任人 wording.'),
R(32, None, ['珠海高新区综治局', '高新区综治局', '珠海高新技术产业开发区综合治理局'], 'department', 2023, None,
  S(2, '一、坚持以习近平法治思想指引,统筹推进法治政府建设'), E(4, '(二)积极履行推进法治建设第一责任人职责'),
  'Department of a 高新区 (珠海高新区 综治局, under 区党工委/区管委会). No title, no date. The duty is item (二) (line 4).'),
R(33, '天津滨海高新区2023年度法治政府建设情况报告', ['天津滨海高新区', '天津滨海高新技术产业开发区', '滨海高新区', '天津滨海高新技术产业开发区管理委员会'], 'county', 2023, '2024-03-27',
  S(16, '二、推进法治政府建设的主要举措和成效'), SEC(12, '一、法治建设第一责任人职责切实履行'),
  '开发区 (国家级高新区 管委会; level county as fsh-014, its 2024 report). Breadcrumb, title line 3 (repeated line 8), 发布日期 2024-03-27 (line 4). Part 一 (line 12) is the 第一责任人 part (section); measures begin at part 二 (line 16). probe.py: 2 of 7 probes shared with fsh-014 (the same zone\'s boilerplate), not a repeat.'),
R(34, None, ['吉林省公安厅', '省公安厅'], 'department', 2024, None,
  S(2, '一、2024年法治政府建设的主要举措和成效'), E(3, '(一)提高政治站位,坚定法治政府建设正确方向'),
  '公安 (province 厅: "省公安厅", "吉林公安"). No title, no date (URL 20250327). The duty ("夯实公安机关主要负责人履行推进法治建设第一责任人职责", in 二是) is inside item (一) (line 3).'),
R(35, None, ['新兴县公安局', '云浮市新兴县公安局'], 'department', 2024, None,
  S(2, '一、加强法治意识,提高执法质素'), F,
  '公安 (county). The page names no body and no place ("我局", "全县", "公安机关"): the issuer is inferred from the site (xinxing.gov.cn/yfxxgaj = 新兴县公安局; borderline). No title, no date. No 第一责任人 wording.'),
R(36, None, ['县人民政府', '縣人民政府'], 'county', 2025, None,
  S(2, '一、主要舉措及成效'), F,
  'County report in traditional script on a mirror domain (e5515c-test.cn, path fzzfjsnb). No title, no date, no name: "我縣", 市委/市政府, "積極對標深圳政務規則規制" (a 广东 county) - the county cannot be known, so the bare name is the label (borderline, as fsh-004). probe_t2s.py found no earlier page. No 第一責任人 wording.'),
R(37, ['浦东新区财政局2023年度法治政府建设情况报告', '关于报送《浦东新区财政局2023年度法治政府建设情况报告》的报告'], ['上海市浦东新区财政局', '浦东新区财政局'], 'department', 2023, '2024-01-28',
  F, F,
  '财政 (浦东新区, 上海). A cover letter (title line 1 "关于报送《…》的报告", card, addressee 区法治政府建设工作领导小组办公室, signature and date 2024年1月28日) followed by the report itself: its title split over lines 13-14 ("…法治政府建设" / "情况报告"), an 引言 listing the parts, and the opening paragraph; the excerpt ends at "现将相关情况报告如下" before the first part -> measures absent (as fsh-014). Title: the report\'s joined title or the page\'s cover title. The 引言 and the letter only list the 第一责任人 part -> absent.'),
R(39, None, ['始兴县林业局'], 'department', 2024, None,
  S(2, '一、2024年度推进法治政府建设的主要措施及成效'), E(3, '(一)健全法治建设责任体系,深化组织保障机制'),
  '林业 (county, 广东 始兴: "始兴林业", 《始兴县林业法治建设2024年工作要点》). No title, no date. The duty is in 一是 (line 4) under (一)健全法治建设责任体系 (line 3): labelled at the sub-heading (as 007; the item would be defensible).'),
R(40, None, ['楚雄市林业和草原局'], 'department', 2024, None,
  S(2, '一、2024年度推进法治政府建设的主要举措和成效'), F,
  '林草 (县级市 楚雄, 楚雄彝族自治州 云南). No title, no date. No 第一责任人 wording.'),
R(41, '关于2022年度法治政府建设情况报告', ['镇人民政府'], 'township', 2022, None,
  S(9, '一、2022年推进法治政府建设的主要举措和成效'), F,
  'A town\'s report reposted on a bidding-news site (bidcenter.com.cn): title without issuer (lines 1 and 3), addressee "县委、县政府:", body "我镇" - no name or place anywhere, so the bare name is the label (borderline). No date. No 第一责任人 wording.'),
R(42, None, ['黄石市人民政府', '黄石市', '市政府'], 'city', 2024, None,
  S(2, '一、2024年法治政府建设的主要做法及成效'), E(3, '(一)扛牢法治政府建设主体责任'),
  'City (湖北 黄石), in the news section (xwdt/rdgz), no title, no date field (URL 20250306). The duty ("市委、市政府主要领导同志严格履行推进法治建设第一责任人责任", 二是) is inside item (一) (line 3).'),
R(45, None, ['蒙城县司法局', '县司法局'], 'department', 2023, None,
  S(2, '一、2023年度法治政府建设的主要举措和成效'), F,
  '司法 (county, 安徽 蒙城) - the office that drafts the county\'s report reports on its own year. No title, no date. No 第一责任人 wording (a cited 述法 rule only).'),
R(46, None, ['漳州市司法局', '市司法局'], 'department', 2023, None,
  S(2, '一、突出政治引领,筑牢法治政府建设阵地'), E(3, '三是全面推进法治政府建设责任落实'),
  '司法 (city, 福建 漳州). No title, no date field (URL 2023-12-27: posted before the year ended). No "现将…报告如下" sentence in the excerpt. Line 3 holds 一是/二是/三是 inline: 二是 mentions the city\'s 第一责任人职责清单 (not the unit\'s duty); 三是 "局党组书记、局长切实履行法治政府建设第一责任人职责" is the duty (inline heading).'),
X(3, 'news(发布会)', '安徽 市场星报 item (ahscb.com, 2023-03-06) on a 省委宣传部 press conference about 全面依法治省 and 法治政府建设 plans (1,289 bytes).'),
X(4, 'summary(English)', 'An English machine-generated summary (reconnectchina.univie.ac.at) of a province\'s 2023 法治政府建设 report ("(1) In 2023, under the correct leadership…"): the report\'s content, but not the Chinese report (borderline).'),
X(6, 'news', '南方周末 article mirrored on news.hot166.com: 司法部 names 行政执法 errors, 库车 行政执法监督 platform (2024-12-02).'),
X(10, 'news(述法)', '全椒县 镇 述法评议 news (fzahw.com, 2023-04-13; 1,348 bytes).'),
X(11, 'news(述法)', '云南 司法厅 site article on 红河州 年度述法 practice (2022-2024).'),
X(12, '政府信息公开工作年度报告', '大连市医疗保障局 2024 政府信息公开工作年度报告 (opens at the format sentence, no title).'),
X(13, '实施方案(fragment)', 'Items 93-95 of a 法治政府建设 implementation plan (示范创建, 考核) on tbccode.com with "Baidu map" chrome; 1,055 bytes.'),
X(14, 'article(traditional)', 'Academic article on 法治政府指标体系 (中共四川省委党校) on a traditional-script mirror with pinyin glosses (zgkjsz.com).'),
X(19, 'article(工作计划)', '"2024年度县法治建设工作计划解析与展望" - a generic content-farm article with bullet lists (paxyq.com).'),
X(20, 'news', '东阳 白云街道 全面依法治街委员会办公室 揭牌 news (tmuyun app, 2023-07-10).'),
X(27, '工作要点', '"2023年依法治镇工作" plan (wnwk.com document site, OCR-like 效劳/根底 typos), a 镇 work plan.'),
X(30, '政府信息公开工作年度报告(traditional)', '西藏自治区人民政府 2023 政府信息公开工作年度报告, traditional-script mirror with pinyin glosses (jyhqs.com).'),
X(31, 'news(政府工作报告)', '西藏日报 2024-01-01: 自治区人民政府 consults on the 《政府工作报告》 draft (1,082 bytes).'),
X(38, 'news', '深圳新闻网 2017-09-27: 大鹏新区 法治政府建设 访谈会 (1,340 bytes).'),
X(43, '行动方案(traditional)', '《广东省自然灾害防治能力建设行动方案》 on a traditional-script mirror with pinyin glosses (lotussunrise.com). (Replaced the first 043, a repeat of page-d01.)'),
X(44, 'news(about the report)', '四川科技报 item: 眉山 人大 调研 of 东坡区 2020 法治政府建设, where 区政府作关于2020年度法治政府建设情况的报告 (1,601 bytes).'),
]
def home(n):  # after the split (split.py) a page lives in pages-i or pages-i-held
    held = D + '../pages-i-held/'
    return held if os.path.exists(held + 'fsi-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsi-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsi-%03d.txt' % n, encoding='utf-8').read()
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
