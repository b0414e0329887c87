"""Third substance set, TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (docs: /work/shared/docs/domain.md, issue 26) without reading the tool's code
or rubric data.  Same case format as substance_edits.py: (name "idea/wording", kind, expected, make,
margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin; measure_c.py).
Wordings are new (none of the phrases of substance_edits.py / substance_edits_held.py); the held part
is substance_edits_c_held.py.
"""
from edit_lib import op_fr_intent, op_items_append, op_measures_insert, op_replace_part, op_replace_part_paras
from edit_lib_c import (
    CAUSE_RX,
    op_actor,
    op_append,
    op_cause_block_pair_deleted,
    op_delete_sentences_in,
    op_heading_words,
    op_hollow_part,
    op_intent_sentences,
    op_pair_append,
    op_pair_insert_measures,
    op_plan_repeat,
    op_punct_width,
    op_renumber,
    op_split_paragraph,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


FR = "first_responsible"

# ================================================================== 1. done acts -> intentions
# 第一责任人 part: new intention markers
for w, mk in [("zhuoli", "着力"), ("zhengqu", "争取")]:
    D(f"fr_intent_c/{w}", "lower", lambda d, mk=mk: op_fr_intent(d, mk))
# measures part: the sentences carrying figures become intentions (year moved forward)
for w, mk in [("dasuan", "打算")]:
    D(f"measures_intent/{w}", "lower", lambda d, mk=mk: op_intent_sentences(d, "measures", mk))
# pair: the same dated, counted acts, done (A) vs intended (B), at the same place
P("pair_done_vs_intended/fr", lambda d: op_pair_append(d, FR,
  "{y}年4月，{lead}主持召开{unit}委全面依法治{unit}委员会会议，审定法治建设年度考核办法；{head}全年带队检查执法单位{m1}次。",
  "{ny}年，{lead}准备主持召开{unit}委全面依法治{unit}委员会会议，审定法治建设年度考核办法；{head}打算带队检查执法单位{m1}次。"))
P("pair_done_vs_intended/measures", lambda d: op_pair_insert_measures(d,
  "{y}年，{unit}政府对{m1}份行政协议和{n1}项拟出台政策措施完成合法性审查，出具书面审查意见{n2}份，退回修改{m2}件。",
  "{ny}年，{unit}政府拟对{m1}份行政协议和{n1}项拟出台政策措施开展合法性审查，争取出具书面审查意见{n2}份。"))

# ================================================================== 2. who acted: '我们' / office / deputy vs principals
D("fr_actor_c/women", "lower", lambda d: op_actor(d, "我们"))
D("fr_actor_c/bangongshi", "lower", lambda d: op_actor(d, "党政综合办公室"))
P("pair_principal_vs_deputy/a", lambda d: op_pair_append(d, FR,
  "{y}年9月，{head}到{unit}行政争议调解中心接待来访群众，现场协调化解征地补偿行政争议{m1}件。",
  "{y}年9月，{deputy}到{unit}行政争议调解中心接待来访群众，现场协调化解征地补偿行政争议{m1}件。"))

# ================================================================== 3. 第一责任人 part = restated duties, new words
D("fr_restated_c/zhize", "lower", lambda d: op_replace_part(d, FR, [
    "主要负责人作为法治建设的第一责任人，必须对法治建设重要工作负总责、抓统筹，",
    "必须把依法办事贯穿决策、执行、监督各环节，做到重要工作亲自谋划、重点任务亲自推动；",
    "必须以身作则、以上率下，当好尊法学法守法用法的表率，带动班子成员和各级干部依法履职；",
    "必须为法治机构和法治队伍建设提供必要保障，对法治工作中的失职失责问题负领导责任。"]))
D("fr_restated_c/yaoqiu", "lower", lambda d: op_replace_part(d, FR, [
    "根据上级要求，党政一把手应切实扛起法治建设主体责任，做到守土有责、守土负责、守土尽责。",
    "应定期听取法治工作汇报，应坚持法治建设与中心工作一起谋划、一起落实、一起检查，",
    "应把法治素养作为选人用人的重要标准，应支持审判机关、检察机关依法独立公正行使职权。"]))

# ================================================================== 4. causes: stock (moralising / boasting) vs fixable
D("causes_stock_c/sixiang", "not_higher", lambda d: op_items_append(d, [
    "分析起来，症结在于少数干部对依法行政的极端重要性体会不深，主动作为的意识淡薄。",
    "分析起来，症结在于纪律观念和规矩意识还不够牢固，攻坚克难的勇气有所欠缺。"]))
D("causes_stock_c/kuakua", "not_higher", lambda d: op_items_append(d, [
    "这是因为我们始终对标一流、自我加压，工作标准远高于上级规定。",
    "这是因为我们各项工作走在全市前列，可资借鉴的现成经验不多。"]))
D("causes_concrete_c/gaizheng", "higher", lambda d: op_items_append(d, [
    "这是因为{unit}法制审核岗位编制{m1}个、实际在岗仅1人，且无专项工作经费，审核只能在下班后集中进行。",
    "这是因为执法信息平台尚未与区级案件系统联通，案件移送仍靠纸质流转，平均耗时{n1}天。",
    "这是因为调解工作缺少统一的受理登记和回访程序，{y}年{n2}件纠纷中有{m2}件未建档。"]))
P("pair_causes_fixable_vs_moral/a", lambda d: (
    op_items_append(d, ["症结在于合法性审核没有书面流程，送审材料清单和审核时限均未明确。",
                        "症结在于{y}年执法人员调整{m1}人，新上岗人员未参加过执法资格培训。"]),
    op_items_append(d, ["症结在于少数同志思想上有松劲懈怠情绪，敢于担当的精神不足。",
                        "症结在于工作作风还不够严实，对上级部署领会不够透彻。"])) if d.has("shortcomings") else None)
# same pair with the marker both sides share being one the tool recognises (原因是…): added after the
# first run showed that 症结在于 is not read as a cause at all, so /a could not test the discrimination
P("pair_causes_fixable_vs_moral/yuanyin", lambda d: (
    op_items_append(d, ["原因是{unit}执法队伍中持有法律职业资格的只有{m1}人，案件审核缺少专业把关。",
                        "原因是行政争议化解没有固定的流转程序，{y}年有{m2}件争议超过法定期限才答复。"]),
    op_items_append(d, ["原因是少数干部思想上重视不够，缺乏攻坚克难的闯劲和韧劲。",
                        "原因是一些同志纪律意识和担当精神还需增强，工作作风不够严实。"])) if d.has("shortcomings") else None)
# cause analysis deleted: directional where the report has causes, pair where we supply them
D("causes_delete_c/all", "lower", lambda d: op_delete_sentences_in(d, ["shortcomings"], CAUSE_RX))
P("pair_causes_vs_deleted/block", lambda d: op_cause_block_pair_deleted(d, "产生上述问题的原因：",
  ["一是由于{unit}司法所只有{m1}名工作人员，同时承担调解、普法、社区矫正等{n1}项任务；",
   "二是由于执法事项赋权后，配套的执法文书和程序规定没有同步下发；",
   "三是由于{y}年法治培训经费未单列预算，专业培训只开展了1次。"]))

# ================================================================== 5. 不足 that are not rule-of-law shortcomings
D("short_disguised_c/gaobiaozhun", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是工作标杆定得高，我们主动对标先进地区，部分指标已超过上级考核要求，持续保持领先的压力较大。",
    "二是承担的试点任务多，全{unit}同时推进多项省市级法治试点，干部经常放弃节假日休息。",
    "三是典型经验多而宣传不够，许多好做法尚未得到充分总结推广。"]))
D("short_economic_c/jingji", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是经济下行压力较大，主导产业链条短，工业增加值增速低于全市平均水平。",
    "二是土地、资金等要素保障趋紧，重点项目开工率不高。",
    "三是消费市场恢复偏慢，外贸出口订单减少，市场主体经营困难。"]))
P("pair_short_rol_vs_econ/a", lambda d: op_pair_append(d, "shortcomings",
  "另外，{y}年行政执法案卷评查发现{m1}卷案卷缺少告知听证权利的记录，程序合法性仍有漏洞。",
  "另外，{y}年规模以上工业产值同比下降{m1}个百分点，招商引资项目落地率仍然偏低。"))

# ================================================================== 6. off-topic paragraphs with figures
OFFTOPIC = {
    "xiangcun": "全面推进乡村振兴，{y}年实施农村人居环境整治项目{m1}个，新建高标准农田{n1}00亩，"
                "发展特色种养产业基地{m2}个，带动脱贫户户均增收{n2}00元。",
    "anquan": "{y}年共排查整治各类安全隐患{n1}0处，开展应急演练{m1}场次，全年发生生产安全事故{m2}起、"
              "同比下降{p1}%，未发生较大以上事故。",
    "dangjian": "扎实推进基层党组织标准化规范化建设，{y}年召开支部委员会{n1}次，组织党员集中学习{n2}次，"
                "收缴党费{n3}万元，表彰优秀共产党员{m1}名。",
}
for w, p in OFFTOPIC.items():
    D(f"offtopic_measures/{w}", "not_higher", lambda d, p=p: op_measures_insert(d, p))
# the principals' acts on economic work, dated and counted, put into the 第一责任人 part
D("offtopic_fr/jingji", "not_higher", lambda d: op_append(d, FR,
  "{y}年，{lead}带队外出招商{m1}次，{head}主持召开项目建设调度会{n1}次，协调解决企业用地用工问题{m2}个。"))
P("pair_rol_vs_offtopic/jiandu", lambda d: op_pair_insert_measures(d,
  "{y}年组织行政执法监督检查{m1}次，抽查执法案卷{n1}卷，纠正违法或不当执法行为{m2}件，通报问题{n2}个。",
  "{y}年组织乡村振兴督导检查{m1}次，走访农户{n1}0户，解决产业发展问题{m2}件，落实帮扶资金{n2}万元。"))

# ================================================================== 7. next-year plan = this year's results / slogans
D("plan_repeat_c/jixu", "lower", lambda d: op_plan_repeat(d, "继续"))
D("plan_slogans_c/gaoqi", "lower", lambda d: op_replace_part(d, "next_year", [
    "站在新的起点上，我们将高举法治旗帜，践行初心使命，鼓足干劲、乘势而上，",
    "以只争朝夕的紧迫感和舍我其谁的责任感，推动法治建设再上新台阶、再创新佳绩、再谱新篇章。"], ratio=0.5))

# ================================================================== 8. present but hollow parts (stock phrases, same length)
HOLLOW_C = ["始终把法治建设放在心上、抓在手上、落实在行动上。", "各项工作稳中有进、进中提质，法治氛围日益浓厚。",
            "对标先进仍有不足，个别方面还需下功夫。", "以更加务实的作风推动各项任务见行见效。"]
for key, w in [(FR, "fr"), ("shortcomings", "short"), ("next_year", "plan")]:
    D(f"hollow_part_c/{w}", "lower", lambda d, key=key: op_hollow_part(d, key, HOLLOW_C))

# ================================================================== 9. reviewer-credited items: added -> higher, removed -> lower
CREDITED = {
    # item: (paragraph added to the measures, regex of the sentences deleted from measures + FR)
    "legality_review": ("{y}年对{unit}政府拟签订的{m1}份合同、{n1}份会议纪要和{m2}件涉企政策开展合法性审查，"
                        "未经审查的文件一律不提交会议研究。", r"合法性审[查核]|法制审核|法律审核"),
    "normdoc_filing": ("{y}年制发的{m1}件行政规范性文件全部在公布后30日内报送备案，上级备案审查未发现问题；"
                       "对{n1}件现行文件开展清理，宣布失效{m2}件。", r"规范性文件"),
    "major_decision": ("{y}年{m1}项重大行政决策事项均在作出前向社会公开征求意见{n1}天以上，"
                       "并经专家论证和政府常务会议集体讨论。", r"重大(行政)?决策|三重一大"),
    "review_litigation": ("{y}年收到行政复议申请{n1}件、被申请复议{m1}件，发生行政诉讼案件{m2}件，"
                          "{m2}件均由机关负责人出庭应诉。", r"复议|应诉|出庭|诉讼"),
    "three_systems": ("{y}年执法公示平台公开行政处罚和行政检查结果{n1}0条，{n2}台执法记录仪全程记录现场执法，"
                      "{m1}件重大执法决定作出前均经法制审核。", r"三项制度|执法公示|全过程记录|法制审核|记录仪"),
    "open_gov": ("{y}年在政府网站主动公开政府信息{n1}0条，办理依申请公开{m1}件，均在法定期限内答复，"
                 "对{m2}项政策文件同步发布解读。", r"政务公开|信息公开|主动公开|依申请公开|公开栏"),
    "legal_adviser": ("{y}年{unit}政府法律顾问列席党政联席会议{n1}次，审查合同{n2}份，"
                      "参与处置信访和征迁法律事务{m1}件。", r"法律顾问|法律工作者|律师"),
    "rectify_prior": ("{py}年度报告所列的{m1}项不足在{y}年逐项整改，已整改{m1}项，"
                      "整改清单报{unit}委依法治{unit}办备案。", r"整改"),
    "shufa": ("{y}年1月，{lead}和{head}在{unit}委全面依法治{unit}委员会会议上当场述法，"
              "接受与会人员测评。", r"述法|述职"),
}
for item, (para, rx) in CREDITED.items():
    if item in ("shufa",):
        D(f"add_{item}/c", "higher", lambda d, para=para: op_append(d, FR, para))
    else:
        D(f"add_{item}/c", "higher", lambda d, para=para: op_measures_insert(d, para))
    D(f"remove_{item}/c", "lower", lambda d, rx=rx: op_delete_sentences_in(d, ["measures", FR], rx))

# ================================================================== 10. invariance: form-only edits
D("same_punct_width/to_half", "same", lambda d: op_punct_width(d, "half"))
D("same_numbering/arabic_dot", "same", lambda d: op_renumber(d, "arabic_dot"))
D("same_heading_words/a", "same", lambda d: op_heading_words(d, [
    (r"主要举措和成效", "主要工作举措及成效"), (r"存在的不足", "存在的问题"), (r"存在不足", "存在问题"),
    (r"存在问题和原因", "存在的问题和原因"), (r"问题和不足", "不足和问题"),
    (r"工作安排", "工作打算"), (r"工作思路", "工作打算"), (r"工作要点", "工作安排")]))
D("same_para_split/measures", "same", lambda d: op_split_paragraph(d, "measures"))
