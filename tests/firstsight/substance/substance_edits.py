"""Tuning set of directional and pairwise substance edits (CheckList-style) for fzscore.

Each case is (name, kind, expected, make[, margin]):
  name      "idea/wording"
  kind      "directional" (make(doc) -> edited text, compared with the original report)
            "pair"        (make(doc) -> (text_A, text_B))
  expected  lower | not_higher | higher | a_higher   (threshold 0.5 points unless margin given)
  make      returns None when the edit does not apply to that document.
The wordings here are our own; the held-out set (substance_edits_held.py) has other wordings and
whole other ideas and is not to be looked at while tuning.
"""
from edit_lib import (op_fr_actor, op_fr_intent, op_replace_part, op_items_append, op_items_rewrite,
                      op_measures_insert, op_plan_copy_measures, op_vague_to_figures, op_adjectives_only,
                      op_plan_year, op_opening_append, op_pair_same_place, op_plan_answer_pair, op_hollow,
                      append_to_part, delete_sentences, fmt, insert_para)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ------------------------------------------------------------------ 1. 第一责任人: acts -> intentions
for w, mk in [("jiang", "将"), ("ni", "拟"), ("lizheng", "力争"), ("jihua", "计划")]:
    D(f"fr_intent/{w}", "lower", lambda d, mk=mk: op_fr_intent(d, mk))

# ------------------------------------------------------------------ 2. 第一责任人: acts by a deputy / department
D("fr_deputy/deputy", "lower", lambda d: op_fr_actor(d, d.deputy))
D("fr_deputy/dept", "lower", lambda d: op_fr_actor(d, d.dept))
D("fr_deputy/weiyuan", "lower", lambda d: op_fr_actor(d, "分管政法工作的班子成员"))

# ------------------------------------------------------------------ 3. 第一责任人 reduced to restated duties
DUTY_A = [
    "党政主要负责人是推进本地法治建设的第一责任人，对法治建设的重要工作要亲自部署，对重大问题要亲自过问，"
    "对重点环节要亲自协调，对重要任务要亲自督办。",
    "主要负责同志应当把法治建设摆在全局工作的突出位置，与经济社会发展同谋划、同部署、同推进、同考核。",
    "应当带头尊法学法守法用法，自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。",
    "应当督促领导班子其他成员和下级党政主要负责人依法办事，不得违规干预司法活动、插手具体案件处理。",
]
DUTY_B = [
    "按照《党政主要负责人履行推进法治建设第一责任人职责规定》，主要负责人须对本级法治建设负总责，",
    "统筹谋划法治建设的各项任务，定期听取法治建设工作汇报，及时研究解决法治建设中的重大问题；",
    "须严格执行重大行政决策法定程序，支持人大依法监督和政协民主监督，落实行政机关负责人出庭应诉制度；",
    "须将履行推进法治建设第一责任人职责情况列入年终述职内容，接受上级党委和干部群众的监督评议。",
]
DUTY_C = [
    "第一责任人职责主要包括以下方面：加强对法治建设的组织领导，健全法治建设议事协调机制；",
    "坚持依法决策，把合法性审查作为决策的必经程序；推动领导干部学法用法制度化、常态化；",
    "完善法治建设考核评价机制，把法治建设成效作为衡量领导班子和领导干部工作实绩的重要内容；",
    "加强法治工作队伍建设，为法治建设提供人员、经费和工作条件保障。",
]
D("fr_restated/duty_a", "lower", lambda d: op_replace_part(d, "first_responsible", DUTY_A))
D("fr_restated/duty_b", "lower", lambda d: op_replace_part(d, "first_responsible", DUTY_B))
D("fr_restated/duty_c", "lower", lambda d: op_replace_part(d, "first_responsible", DUTY_C))

# ------------------------------------------------------------------ 4a. stock moralising causes appended
STOCK_CAUSES = {
    "renshi": ["究其原因，主要是思想认识不到位，对法治建设的重要性认识不足。",
               "究其原因，主要是重视程度不够，工作摆位不高。"],
    "xuexi": ["原因在于学习不够深入，对法律法规的理解把握不够全面。",
              "原因在于责任意识有待增强，担当作为的劲头还不足。"],
    "zuofeng": ["主要原因是部分干部主观能动性发挥不够，工作标准不高、作风不够扎实。",
                "主要原因是抓落实的韧劲不足，满足于一般化的要求。"],
}
for w, pool in STOCK_CAUSES.items():
    D(f"causes_stock/{w}", "not_higher", lambda d, pool=pool: op_items_append(d, pool))

# ------------------------------------------------------------------ 4b. cause analysis deleted
CAUSE_RX = r"原因|由于|究其|根源|导致|造成|归结|主要是因为|之所以"
D("causes_delete/sentences", "lower",
  lambda d: delete_sentences(d, ["shortcomings"], CAUSE_RX, exclude=()))
CONCRETE_CAUSES = [
    "主要原因是{dept}在编人员仅{m1}名，其中具有法律专业背景的仅1名，审核把关力量不足。",
    "原因在于执法事项下放后配套的办案指引和文书格式标准未及时制定，承接程序不明确。",
    "主要原因是{y}年法治建设专项经费只有{n1}万元，常态化培训和案卷评查难以开展。",
    "原因是村（社区）调解员中专职人员仅占{p1}%，兼职人员流动性大、培训覆盖不全。",
]
# pair: concrete causes present (A) vs the same report without them (B = original text)
P("causes_delete_pair/concrete_vs_none", lambda d: (op_items_append(d, CONCRETE_CAUSES), d.text)
  if d.has("shortcomings") else None)

# ------------------------------------------------------------------ 5. 不足 as disguised achievements
DISGUISED = {
    "yaoqiu": ["一是工作要求高、标准严。上级对法治政府建设的考核标准逐年提高，我们对标对表、从严从实，干部压力持续加大。",
               "二是任务重、工作量大。全{unit}法治建设任务繁重，干部职工经常加班加点，长期超负荷运转。",
               "三是创新要求不断提高，我们始终以最高标准推进各项工作，力求尽善尽美。"],
    "taiyan": ["一是对自身要求过严，部分工作标准高于上级规定，干部工作节奏快、强度大。",
               "二是群众法治需求增长快，我们的法律服务供给虽已大幅增加，仍需持续加码。",
               "三是亮点工作多、经验做法多，总结提炼和宣传推广的任务较重。"],
}
for w, paras in DISGUISED.items():
    D(f"short_disguised/{w}", "lower", lambda d, paras=paras: op_replace_part_paras_(d, "shortcomings", paras))

# ------------------------------------------------------------------ 6. party-building / political study in measures
PARTY = {
    "dangyuan": "加强基层党组织建设，全年发展党员{n1}名，开展主题党日活动{n2}次，新建党群服务中心{m1}个，"
                "组织党员志愿服务{n3}00人次，评选“五星”党支部{m2}个。",
    "zhengdun": "深入推进党建引领基层治理，整顿软弱涣散村党组织{m1}个，选派驻村第一书记{m2}名，"
                "党员干部结对帮扶困难群众{n1}0户，开展“三会一课”{n2}0余次。",
}
for w, p in PARTY.items():
    D(f"measures_partybuild/{w}", "not_higher", lambda d, p=p: op_measures_insert(d, p))
POLSTUDY = {
    "quanhui": "认真组织学习党的全会精神，{unit}党委理论学习中心组开展集中学习{n1}次，举办专题读书班{m1}期，"
               "撰写心得体会{n2}篇，领导班子成员讲专题党课{m2}场。",
    "zhuti": "扎实开展主题教育，组织专题研讨{m1}次，班子成员深入基层开展调查研究，形成调研报告{n1}篇，"
             "召开专题民主生活会{m2}次，检视整改问题{n2}个。",
}
for w, p in POLSTUDY.items():
    D(f"measures_polstudy/{w}", "not_higher", lambda d, p=p: op_measures_insert(d, p))

# ------------------------------------------------------------------ 7. next-year plan = copy of achievements / slogans
D("plan_copy_achievements/first", "lower", lambda d: op_plan_copy_measures(d, "first"))
D("plan_copy_achievements/last", "lower", lambda d: op_plan_copy_measures(d, "last"))
D("plan_copy_achievements/yearshift", "lower", lambda d: op_plan_copy_measures(d, "first", shift_year=True))
SLOGANS = {
    "fenjin": ["坚持以习近平法治思想为指导，不忘初心、牢记使命，以更高的标准、更严的要求、更实的举措，",
               "奋力谱写法治建设新篇章，推动法治政府建设不断迈上新台阶、取得新成效、实现新突破。"],
    "jianding": ["我们将坚定信心、真抓实干、攻坚克难、勇毅前行，",
                 "凝心聚力、砥砺奋进，以钉钉子精神抓好各项工作落实，为建设更高水平的法治{unit}贡献力量。"],
}
for w, pool in SLOGANS.items():
    D(f"plan_slogans/{w}", "lower", lambda d, pool=pool: op_replace_part(d, "next_year", pool, ratio=0.5))

# ------------------------------------------------------------------ 8. vague claims -> rule-of-law figures (in place)
FIGS = {
    "fuyi_yingsu": ["全年办理行政复议案件{n1}件，行政应诉案件{m1}件，行政机关负责人出庭应诉率100%。",
                    "组织行政执法案卷评查{n2}卷，发现问题{m2}个，已督促承办单位全部整改。"],
    "shencha": ["全年合法性审核行政规范性文件{m1}件、合同协议{n1}份，提出修改意见{n2}条。",
                "办理行政复议案件{n3}件，纠错{m2}件，纠错率{p1}%，行政应诉案件{m3}件全部由负责人出庭。"],
    "anjuan": ["评查行政处罚和行政许可案卷{n1}卷，优良率{p2}%，对{m1}卷问题案卷逐一反馈整改。",
               "行政诉讼案件{m2}件，负责人出庭{m2}件，出庭应诉率100%，败诉{m3}件。"],
}
for w, figs in FIGS.items():
    D(f"vague_to_figures/{w}", "higher", lambda d, figs=figs: op_vague_to_figures(d, figs))

# ------------------------------------------------------------------ 9. pair: rule-of-law vs economic figures, same place
ROL_ECON = {
    "a": ("全年办理行政复议案件{n1}件、纠错{m1}件，行政应诉案件{n2}件，负责人出庭应诉率100%，评查执法案卷{n3}卷。",
          "全年完成地区生产总值{n1}.{m1}亿元、增长{m2}.{m3}%，固定资产投资{n2}亿元，一般公共预算收入{n3}亿元。"),
    "b": ("审核行政规范性文件{m1}件、重大行政决策{m2}项，开展行政执法检查{n1}次，办理行政处罚案件{n2}件。",
          "新签约招商引资项目{m1}个、协议资金{n1}亿元，新增规上工业企业{m2}家，社会消费品零售总额{n2}亿元。"),
}
for w, (a, b) in ROL_ECON.items():
    P(f"pair_rol_vs_econ_figures/{w}", lambda d, a=a, b=b: op_pair_same_place(d, a, b))

# ------------------------------------------------------------------ 10. pair: plan answers the problems vs unrelated plan
ANSWER = ["针对{kp}方面的问题，{ny}年6月底前制定专项提升方案，每季度开展1次专题培训，年底前完成对账销号。",
          "聚焦{kp}短板，{ny}年9月底前建立问题台账和责任清单，逐项明确整改时限和责任人，全年督查不少于4次。"]
UNREL = ["围绕{kp}工作，{ny}年6月底前制定专项提升方案，每季度开展1次专题检查，年底前完成对账销号。",
         "聚焦{kp}管理，{ny}年9月底前建立工作台账和责任清单，逐项明确完成时限和责任人，全年督查不少于4次。"]
TOPICS = ["电动自行车充电安全", "古树名木保护", "户外广告设施", "农村集体资产", "校园周边食品安全", "养犬管理"]
P("pair_plan_answers/a", lambda d: op_plan_answer_pair(d, ANSWER, UNREL, TOPICS))
P("pair_plan_answers/b", lambda d: op_plan_answer_pair(d, ANSWER[::-1], UNREL[::-1], TOPICS[::-1]))

# ------------------------------------------------------------------ 11. hollowing: all parts -> stock phrases, same length
HOLLOW = {
    "a": ["坚持高位推动，强化统筹协调，压实工作责任，确保各项任务落地见效。", "法治建设取得明显成效，群众满意度不断提升。",
          "工作机制进一步完善，依法行政水平进一步提高。", "思想认识还需提高，工作力度还需加大。"],
    "b": ["以更高标准、更实举措推动法治建设走深走实。", "各项工作有序推进，整体态势持续向好。",
          "部分工作与上级要求还有一定差距，仍需进一步加强。", "不断开创法治政府建设新局面。"],
}
for w, pool in HOLLOW.items():
    D(f"hollow_all/{w}", "lower", lambda d, pool=pool: op_hollow(d, pool), margin=10.0)
D("hollow_measures/a", "lower", lambda d: op_hollow(d, HOLLOW["a"], keys=("measures",)))

# ================================================================== own ideas (add -> higher, remove -> lower)
ADD_REMOVE = {
    # idea: (paragraph added to the measures, regex of sentences to remove from measures+FR)
    "normdoc_review": (["严格落实行政规范性文件合法性审核和备案审查制度，全年审核以{unit}政府名义制发的行政规范性文件{m1}件，"
                        "提出修改意见{n1}条，报送备案{m1}件，备案率100%。",
                        "开展行政规范性文件专项清理，共清理文件{n2}件，废止{m2}件、修改{m3}件，清理结果向社会公布。"],
                       r"规范性文件"),
    "major_decision": (["严格执行重大行政决策程序，公开年度重大行政决策事项目录{m1}项，每项决策均履行公众参与、专家论证、"
                        "风险评估、合法性审查和集体讨论决定程序，召开听证会{m2}场。",
                        "对{m1}项重大行政决策开展决策后评估，根据评估意见调整政策措施{m2}项。"],
                       r"重大(行政)?决策|三重一大"),
    "three_systems": (["全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，公示执法信息{n1}0条，"
                       "配备执法记录仪{n2}台，法制审核重大执法决定{m1}件。",
                       "推行行政执法三项制度，重大执法决定法制审核率100%，全程音像记录执法活动{n3}次。"],
                      r"三项制度|执法公示|全过程记录|法制审核"),
    "recon_correction": (["全年办理行政复议案件{n1}件，其中维持{n2}件、撤销或确认违法{m1}件，复议纠错率{p1}%，"
                          "对纠错案件逐案分析原因并督促整改。",
                          "行政复议受理{n3}件、审结{n3}件，纠错{m2}件，纠错率{p2}%。"],
                         r"复议"),
    "shufa": (["{y}年12月，{lead}、{head}在年终述职中专题述法，报告履行推进法治建设第一责任人职责情况，"
               "述法报告在全{unit}公开，接受干部群众评议。",
               "组织下属单位党政主要负责人开展现场述法{m1}场，{n1}名主要负责人述法，述法点评实现全覆盖。"],
              r"述法|述职"),
    "rectify_last_year": (["针对{py}年度法治政府建设年度报告查摆的{m1}个问题，逐项制定整改措施，截至{y}年底已整改完成{m1}个。",
                           "对{py}年度法治督察反馈的{m2}个问题建立整改台账，已全部完成整改并对账销号。"],
                          r"整改"),
}
for idea, (paras, rx) in ADD_REMOVE.items():
    where = "first_responsible" if idea == "shufa" else "measures"
    for j, p in enumerate(paras):
        if where == "measures":
            D(f"{idea}_add/w{j + 1}", "higher", lambda d, p=p: op_measures_insert(d, p))
        else:
            D(f"{idea}_add/w{j + 1}", "higher",
              lambda d, p=p: append_to_part(d, "first_responsible", fmt(d, p), exclude=())
              if d.has("first_responsible") else None)
    keys = ["first_responsible"] if idea == "shufa" else ["measures", "first_responsible"]
    D(f"{idea}_remove/all", "lower", lambda d, rx=rx, keys=keys: delete_sentences(d, keys, rx))

# dated, counted leader acts added to the 第一责任人 part
FR_CONCRETE = [
    "{y}年3月，{lead}主持召开专题会议研究法治政府建设工作，全年专题研究法治建设重要事项{m1}次；"
    "6月，{head}带头旁听行政案件庭审；{lead}对{m2}件法治督察反馈问题作出批示并督办落实。",
    "{y}年，{head}亲自出庭应诉行政案件{m1}件，主持政府常务会议会前学法{n1}次，{m2}次听取法治建设工作专题汇报。",
]
for j, p in enumerate(FR_CONCRETE):
    D(f"fr_concrete_add/w{j + 1}", "higher",
      lambda d, p=p: append_to_part(d, "first_responsible", fmt(d, p), exclude=())
      if d.has("first_responsible") else None)

# outdated framing: the expired 2015-2020 纲要 cited as in force / old goal formula
OUTDATED = [
    "全年以落实《法治政府建设实施纲要（2015—2020年）》为主线推进各项工作。",
    "努力建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",
]
for j, s in enumerate(OUTDATED):
    D(f"outdated_framing_add/w{j + 1}", "lower", lambda d, s=s: op_opening_append(d, s))

# adjectives only: the figures of the measures turned into adjectives
D("adjectives_only/duo", "lower", lambda d: op_adjectives_only(d, "大量", "显著提升"))
D("adjectives_only/xuduo", "lower", lambda d: op_adjectives_only(d, "众多", "大幅提高"))

# specific problem added / specific problems turned stock
SPECIFIC = [
    "另外，执法案卷质量仍有短板，{y}年评查的{n1}卷执法案卷中有{m1}卷存在文书不规范、证据链不完整等问题。",
    "另外，{y}年发生的{m2}件行政诉讼案件中有1件败诉，反映出征收补偿程序中告知环节不规范。",
]
for j, s in enumerate(SPECIFIC):
    D(f"specific_problem_add/w{j + 1}", "higher",
      lambda d, s=s: append_to_part(d, "shortcomings", fmt(d, s), exclude=()) if d.has("shortcomings") else None)
D("specific_problem_stockify/all", "lower",
  lambda d: op_items_rewrite(d, lambda it, k: "相关工作还有待进一步加强，与上级要求还有一定差距。")
  if d.has("shortcomings") and (any(ch.isdigit() for ch in d.body_text("shortcomings", ()))
                                 or len(d.body_text("shortcomings", ())) > 200)
  else None)

# concrete causes added (higher) and concrete vs stock causes (pair)
D("causes_concrete/add", "higher", lambda d: op_items_append(d, CONCRETE_CAUSES))
P("pair_causes_concrete_vs_stock/a",
  lambda d: (op_items_append(d, CONCRETE_CAUSES), op_items_append(d, STOCK_CAUSES["renshi"] + STOCK_CAUSES["xuexi"]))
  if d.has("shortcomings") else None)


def op_replace_part_paras_(d, key, paras):
    from edit_lib import op_replace_part_paras
    return op_replace_part_paras(d, key, paras)
