# Writes every fsq-NNN.labels.yaml (corpus schema + source_url, notes) and checks each labelled
# line/heading, title and publish_date against the page text (as pages-p/raw/lab.py). A heading marked
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
    return n, dict(id='fsq-%03d' % n, kind='report', title=title, issuer=issuer, level=level,
        report_year=year, publish_date=(datetime.date.fromisoformat(pub) if pub else None),
        sections=dict(measures=dict(measures), first_responsible=dict(fr), shortcomings=dict(short), next_year=dict(nxt)),
        source_url=U['fsq-%03d' % n], notes=notes)
def X(n, typ, notes):
    return n, dict(id='fsq-%03d' % n, kind='distractor', type=typ, source_url=U['fsq-%03d' % n], notes=notes)
INLINE = {(3, 'first_responsible'), (5, 'first_responsible'), (8, 'first_responsible'), (12, 'first_responsible'), (14, 'first_responsible')}
CARD = set()
L = [
R(1, ['永嘉镇2019年法治政府建设工作报告', '中共重庆市铜梁区永嘉镇委员会2019年法治政府建设工作报告', '2019年法治政府建设工作报告'],
  ['永嘉镇人民政府', '重庆市铜梁区永嘉镇人民政府', '铜梁区永嘉镇', '永嘉镇', '中共重庆市铜梁区永嘉镇委员会', '永嘉镇党委'], 'township', 2019, '2020-05-07',
  S(18, '一、加强组织领导  构建依法治镇工作新格局'), E(20, '永嘉镇坚持贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》'),
  'Township (重庆 铜梁 永嘉镇; cqstl.gov.cn 法治政府建设年度报告 column): 公开 card as a bullet list (索引号 line 3, 发布机构 "铜梁区永嘉镇" line 6, dates 2020-05-07 lines 7-8), then three title lines: "永嘉镇2019年法治政府建设工作报告" (10), the issuer line "中共重庆市铜梁区永嘉镇委员会" (12) and "2019年法治政府建设工作报告" (14): all three (and the joined 12+14) accepted. Issued in the name of the 镇党委 (joint 党委/政府 body per corpus convention: either name). No 主要举措 heading: the parts 一、二、 are the measures, first at line 18. Line 20 opens part 一 with the 第一责任人职责规定 sentence (the 党委 leads the 领导小组) -> embedded there.'),
R(2, None, ['安康市民政局', '市民政局', '安康市民政局党组'], 'department', 2020, None,
  S(2, '一、加强组织领导,明确责任分工。'), E(3, '一是高度重视,带头上手。'),
  '民政 (city, 陕西 安康; mzj.ankang.gov.cn): no title, no date; "我局", the 局 never named (安康 only in cited titles; issuer from the site and the 民政 wording, borderline). Part 一 line 2; item 一是 (line 3, run on) "局党组书记切实履行党政主要负责人法治建设第一责任人职责" -> labelled at 一是.'),
R(3, '重庆市交通局2019年度法治政府部门建设工作情况', ['重庆市交通局', '市交通局'], 'department', 2019, None,
  S(3, '一、发挥党委核心领导作用,增强推进依法治交政治担当'), E(4, '三是切实履行第一责任人职责。'),
  '交通 (province-level municipality\'s 局, 重庆; jtj.cq.gov.cn 法治政府年度报告 column, posted 2021-12): title line 1 ("…法治政府部门建设工作情况", no 报告 in it). Part 一 line 3; line 4 runs 一是/二是/三是 on one line, 三是 "切实履行第一责任人职责" opens the duty -> labelled at that sentence (inline, line 4).'),
R(4, None, ['交通运输部', '中华人民共和国交通运输部'], 'department', 2018, None,
  S(3, '一、切实加强党对法治政府部门建设的领导'), F,
  'Ministry (交通运输部) 2018 report re-posted on 重庆市交通局\'s site (jtj.cq.gov.cn ... _wap, URL 202004): line 1 is only the 文号 "交法发〔2019〕31号"; no title, no date. Part 一 line 3; (一) speaks of "部主要负责同志负责" - no 第一责任人 wording -> absent.'),
R(5, '红原县人民政府关于2021年度法治政府建设情况的报告', ['红原县人民政府', '红原县', '县政府'], 'county', 2021, '2022-03-18',
  S(12, '一、工作开展情况'), E(14, '二是切实履行职责。'),
  'County (四川 阿坝州 红原; hongyuan.gov.cn): title line 1, "发布时间:2022-03-18" line 3, share chrome, addressee "县人大常委会" line 8. Part 一 line 12; (一) line 14 runs on (heading glued to "一是"), its 二是 "切实履行职责。印发《红原县政府及部门主要负责人履行推进法治建设第一责任人职责实施方案的通知》" -> labelled at that sentence (inline).'),
R(6, None, ['重庆市涪陵区农业农村委员会', '涪陵区农业农村委员会', '涪陵区农业农村委', '区农业农村委'], 'department', 2022, None,
  S(1, '一、基本情况'), F,
  '农业农村委 (district of 重庆, 涪陵; fl.gov.cn/bm/nyncw 法治政府建设年度报告 column, URL 202301): the page opens directly with "一、基本情况"; "我委", "区委农业农村工委", the 委 and the district never named (issuer from the site, borderline). Year from "2022年动态调整…" and 二十大. No 第一责任人 wording -> absent.'),
R(7, '柳城县2023年法治政府建设年度报告', ['柳城县人民政府', '柳城县', '县政府'], 'county', 2023, None,
  S(3, '一、2023年推进法治政府建设主要举措和成效'), E(6, '(二)党政主要负责人履行推进法治建设第一责任人职责情况'),
  'County (广西 柳州 柳城; liucheng.gov.cn, URL t19700101_… i.e. a bogus date in the path): title line 1, no date. Part 一 line 3; sub-heading (二) line 6 is the duty itself -> embedded there.'),
R(8, '江夏区人民政府关于2024年度法治政府建设情况的报告', ['江夏区人民政府', '武汉市江夏区人民政府', '江夏区', '区政府'], 'county', 2024, '2025-03-24',
  S(7, '一、2024年度推进法治政府建设的主要举措和成效'), E(9, '二是切实履行法治建设第一责任人职责。'),
  'District (湖北 武汉 江夏区) -> county level: title line 1, "发布日期:2025-03-24 16:55 文章来源:中共江夏区委全面依法治区委员会办公室" line 3 (a 党委 office as source: not the issuer). Part 一 line 7; (一) line 9 runs on (heading glued to 一是); 二是 opens the duty -> labelled at that sentence (inline).'),
R(9, None, ['新建区人民政府', '南昌市新建区人民政府', '新建区', '区政府'], 'county', 2024, None,
  S(2, '一、2024年法治政府建设主要工作及成效'), E(6, '3.加强法治政府建设督察考核。'),
  'District (江西; "习近平总书记考察江西") on a mirror (pc28forum.com) of a government portal path "xjqrmzf/xjqxxgknb6" (新建区人民政府, 南昌): no title, no date, the text says only "我区" - issuer from the mirrored path, borderline. Part 一 line 2; item 3 (line 6) holds the only 第一责任人 wording ("严格落实《关于党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容工作的实施方案》") -> labelled at item 3 (borderline: a 述职 arrangement).'),
R(10, None, ['鹰潭市人民政府', '鹰潭市', '市政府'], 'city', 2024, '2025-04-02',
  S(3, '一、2024年法治政府建设主要工作及成效'), E(6, '2.抓实关键少数。'),
  'City (江西 鹰潭) report posted on the 司法局 site (sfj.yingtan.gov.cn): no title; "发布日期: 2025年04月02日" line 1; "现将我市2024年法治政府建设情况和2025年工作安排报告如下". Part 一 line 3, (一) line 4, item 2 (line 6, run on) "压实各级党政主要负责人履行法治建设第一责任人职责" -> labelled at item 2.'),
R(11, None, ['深圳市罗湖区司法局', '罗湖区司法局', '区司法局'], 'department', 2021, None,
  S(2, '一、2021年度推进法治政府建设的主要举措和成效'), F,
  '司法局 (district, 深圳 罗湖; sz.gov.cn 法治政府建设年度报告 / 罗湖 column): no title, no date; "区司法局" and "罗湖" named, never together with 深圳. Item 1 (line 4) is about organising 述法 for others - no 第一责任人 wording -> absent.'),
R(12, '昌宁县教育体育局2025年度法治政府建设工作情况报告', ['昌宁县教育体育局', '昌宁县教体局', '县教体局'], 'department', 2025, '2026-03-13',
  S(11, '一、2025年工作举措和成效'), E(15, '二是强化组织统筹。'),
  '教体局 (county, 云南 保山 昌宁; yncn.gov.cn): 公开 card in lines 1-4 (索引号, 发布机构 昌宁县教育体育局, 发布日期 2026-03-13), title line 5; the opening paragraph is broken over lines 7 and 9. Part 一 line 11, (一) line 13; line 15 runs 一是/二是 on, 二是 "局主要领导认真履行“第一责任人”职责" -> labelled at that sentence (inline; the quoted “第一责任人” counts as the wording).'),
R(13, ['汕頭市龍湖區(qū)教育局2022年法治政府建設(shè)年度報告', '汕頭市龍湖區(qū)教育局2022年法治政府建設(shè)'], ['汕頭市龍湖區(qū)教育局', '汕頭市龍湖區教育局', '汕头市龙湖区教育局', '龍湖區(qū)教育局', '龙湖区教育局'], 'department', 2022, '2023-01-03',
  S(11, '一、主要做法'), F,
  '教育局 (district, 广东 汕头 龙湖) on a traditional-script mirror (fordsky.com) with pinyin mojibake inside words ("區(qū)", "建設(shè)"): title split over lines 1-2 (the joined title and line 1 accepted), date line 3, issuer lines 4-5. Part 一 line 11. No 第一责任人 wording in the cut -> absent.'),
R(14, None, ['遂宁市司法局', '市司法局'], 'department', 2022, None,
  S(2, '一、2022年推进法治政府建设的主要举措和成效'), E(3, '全面落实党政主要负责人履行推进法治建设第一责任人职责年终述法工作。'),
  '司法局 (city, 四川 遂宁; ssfj.suining.gov.cn): no title, no date; opens with "全市司法行政系统" (the subject is the whole system) then "我局"; 遂宁 only in cited titles (issuer from the site, borderline). (一) line 3 (run on) has "全面落实党政主要负责人履行推进法治建设第一责任人职责年终述法工作" - the 局 organising the city\'s 述法, labelled present at that sentence (inline; borderline: it is others\' duty).'),
R(15, None, ['綦江区司法局', '重庆市綦江区司法局', '区司法局'], 'department', 2022, None,
  F, SEC(2, '一、党政主要负责人履行推进法治建设第一责任人职责情况'),
  '司法局 (district of 重庆, 綦江; cqqj.gov.cn 年度报告 column, _wap page, URL 202302): no title, no date. Part 一 (line 2) is the 第一责任人 part itself -> section. The 主要举措 part (二) stands past the cut -> measures absent.'),
R(16, '峄城区司法局2022年度法治政府建设情况的报告', ['峄城区司法局', '枣庄市峄城区司法局', '区司法局'], 'department', 2022, None,
  S(3, '一、2022年推进法治政府建设的主要举措和成效'), E(5, '一是始终坚持党对法治政府建设的领导。'),
  '司法局 (district, 山东 枣庄 峄城; ycq.gov.cn 专题 column, URL 20230512): title line 1, no date. Part 一 line 3, (一) line 4; 一是 (line 5, run on) "积极推动党政主要负责人履行推进法治建设第一责任人职责" -> labelled at 一是 (borderline as 014: the 局 promotes others\' duty).'),
R(17, ['北京市西城区人民政府广安门内街道办事处2020年法治政府建设年度情况报告', '2020年法治政府建设年度情况报告'], ['广安门内街道办事处', '北京市西城区人民政府广安门内街道办事处', '西城区广安门内街道办事处', '广安门内街道', '广内街道'], 'township', 2020, None,
  S(5, '一、2020年度本单位推进法治政府建设的主要举措和成效'), F,
  '街道 (北京 西城 广安门内; bjxch.gov.cn): issuer line 1 + title line 2 (joined title and line 2 accepted), addressee "区委、区政府:" line 3, no date; the body says "广内街道". Part 一 line 5. No 第一责任人 wording in the cut -> absent.'),
X(30, '政府信息公开工作年度报告(街道)', '西咸新区 建章路街道 2022 政府信息公开工作年度报告 (tpsnm.com mirror): the 信息公开 annual report (五公开, 依申请公开), not a 法治政府建设 report.'),
X(31, '工作总结范文(上半年, masked)', '777doc template: "市2020年上半年法治政府建设工作总结范文" run together with the body, XX-masked names and impossible years (2021-2021) - a half-year template, not a published annual report.'),
X(32, 'news(省依法行政考核组 考核 省民政厅)', '河南省民政厅 news (mzt.henan.gov.cn, 2021-01-13): the provincial 依法行政 考核组 inspects the 厅\'s 2020 work; reports a 汇报 and an 能力测试.'),
X(33, '政府工作报告(市, 2020)', 'dyhzdl.cn doc page (2020-11-24): a 市\'s 政府工作报告 (绍兴-like figures, names stripped) - "一、2019年主要工作回顾", GDP figures; not 法治政府建设.'),
X(34, 'commentary(统计执法, 十八大以来)', 'gdxk.southcn.com: 广东 statistics-enforcement review since the 18th Congress (统计执法检查工作制度, 执法机构) - a thematic article, no reporting body or year.'),
X(35, '印发通知+意见(府院联动)', '鹤岗 鹤政发〔2025〕4号 (hgds.gov.cn): 市人民政府 and 中级人民法院 issue an 意见 on a 府院联动 mechanism ("为深入推进全面依法治市和法治政府建设…制定本意见").'),
X(36, 'news(六五普法 检查验收) under a 普法工作总结 title', 'huatuo9.cn essay page titled "2023普法工作总结 篇23": the text is a 四川 "六五"普法 inspection news item (省检察长邓川带队…).'),
X(37, '普法工作总结(司法局, traditional template site)', 'ushengzhilian.com (traditional script): "司法局法制教育工作總結", 六五普法 法律六進/八進 - a 普法 work summary from a template site, not a 法治政府建设 report.'),
X(38, 'news(县委依法治县办 法治宣传座谈会, traditional mirror)', 'gzjnd.cn (traditional, pinyin mojibake): 泸县 县委全面依法治县办公室 holds a 法治宣传工作座谈会 (11月9日).'),
X(39, 'news(县法院工作报告 获通过)', '博白县人民法院 site (2024-02-23): the 县人代会 approves the 法院 2023 工作报告 - another kind of annual report, as news.'),
X(40, 'news(省督导组 督查整改 反馈会)', '周口日报 (zhld.com, 2016-11-28): the provincial 懒政怠政为官不为 督导组 checks rectification of 7 督查事项 - a 督查 news item.'),
X(41, '决议(区人大 批准法院工作报告)', '宣州区 人大 resolution (2023-01-07) approving the 区人民法院工作报告: two sentences.'),
]
def home(n):  # after the split (split.py) a page lives in pages-q or pages-q-held
    held = D + '../pages-q-held/'
    return held if os.path.exists(held + 'fsq-%03d.txt' % n) else D
for n, d in L:
    with open(home(n) + 'fsq-%03d.labels.yaml' % n, 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def squash(s): return re.sub(r'\s', '', s)
bad = 0
for n, d in L:
    text = open(home(n) + 'fsq-%03d.txt' % n, encoding='utf-8').read()
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
files = sorted(int(os.path.basename(p)[4:7]) for p in __import__('glob').glob(D + '../pages-q*/fsq-*.txt'))
if ids != files:
    print('IDS?', sorted(set(ids) ^ set(files))); bad += 1
print('mismatches:', bad, '| pages:', len(L), '| reports:', sum(d['kind'] == 'report' for _, d in L))
