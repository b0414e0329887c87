"""Sixth substance set (F), HELD part.  Do not tune rules on these cases.

Same format as substance_edits_f.py.  (a) Other wordings of the tuning ideas; (b) ideas of its own:
credited items not in the tuning part (决策后评估, 权责清单, 行政调解, 一网通办, 领导干部学法考试, 证明事项
告知承诺; the principals' 听取汇报 and 督察整改 in the 第一责任人 part; a self-check against the 示范指标体系;
more detail on training; 法律顾问 and 合法性审查 removed), rural-economy results as the off-topic
paragraph, a 纪委书记 or the other members of the leadership as actors, 表态 padding of the 第一责任人
part, and form-only edits of other kinds (a byte-order mark, whitespace-only lines, ASCII double quotes).
"""
from edit_lib import op_items_append, op_plan_copy_measures, op_replace_part, op_replace_part_paras, op_vague_to_figures
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import (
    FR,
    op_detail_existing,
    op_fr_modal,
    op_insert,
    op_pad_each_part,
    op_pair_insert,
    op_remove_item,
)
from edit_lib_e import op_fr_infix, op_measures_mark, op_pad_within, op_swap_offtopic
from edit_lib_f import (
    op_ascii_quotes,
    op_bom,
    op_pair_problem_cause_fix,
    op_plan_copy_pair,
    op_plan_pair_tpls,
    op_space_lines,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
ADD = {
    # 决策后评估 (§3.2 row 3)
    "post_eval": "{y}年对实施满一年的{m1}项重大决策进行实施效果评估，委托第三方走访群众{n1}0户，"
                 "根据评估报告调整了{m2}项决策的执行方式。",
    # 权责清单动态调整 (§3.2 row 1)
    "power_list": "{y}年对{unit}级权责清单作动态调整，新增事项{n1}项、取消{m1}项、变更{m2}项，调整后的清单"
                  "在政务服务网同步更新。",
    # 行政调解 (§3.2 row 6)
    "admin_mediation": "{y}年各行政部门受理行政调解申请{n1}件，调解成功{n2}件，所签调解协议全部履行，"
                       "{m1}件未调成的案件告知当事人复议或诉讼途径。",
    # 一网通办 / 数字法治政府 (§3.2 row 8)
    "digital": "{y}年{unit}政务服务事项网上可办率达到{p1}0%以上，新增“一件事”集成办理场景{m1}个，"
               "线上办件{n1}00件，平均办理时限压缩{m2}个工作日。",
    # 领导干部学法考试 (§3.2 row 0)
    "law_exam": "{y}年组织{n1}名科级以上领导干部参加年度学法用法考试，参考率100%，对{m1}名成绩不合格者"
                "安排补考并在单位内部通报。",
    # 证明事项告知承诺 (§3.2 row 1)
    "notify_commit": "{y}年公布实行告知承诺制的证明事项{n1}项，群众少跑腿{n2}0余次，对{m1}件承诺不实的申请依法撤销并记入信用记录。",
}
for item, para in ADD.items():
    D(f"add_fh/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
ADD_FR = {
    # 听取法治工作汇报 (§3.2 row 0a)
    "tingqu": "{y}年{lead}先后{m1}次主持会议听取法治建设工作汇报，当场协调解决执法力量下沉、法律顾问经费等"
              "{m2}个具体问题。",
    # 督察反馈问题整改 (§3.2 row 9)
    "ducha": "{y}年8月，{head}牵头整改上级法治督察反馈的{m1}个问题，逐项签字确认整改措施，年底前已销号{m2}个。",
}
for item, para in ADD_FR.items():
    D(f"add_fr_fh/{item}", "higher", lambda d, para=para: op_insert(d, FR, para))
D("indicator_fh/selfcheck", "higher", lambda d: op_insert(d, "measures",
  "{y}年对照市县法治政府建设示范指标体系开展逐项自评，{n1}项三级指标达到要求，{m1}项未达标的指标"
  "制定了补短板措施并明确到责任部门。"))
D("detail_fh/training", "higher", lambda d: op_detail_existing(d, r"培训|学法|普法",
  "当年举办专题培训班{m1}期、参训{n1}0人次，培训后闭卷测试合格率{p1}0%以下的单位被要求重新组织学习。"))
REMOVE = {
    "advisor": r"法律顾问|公职律师",
    "review": r"合法性审查|合法性审核|法制审核",
}
for item, rx in REMOVE.items():
    D(f"remove_fh/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))
FIGS_H = ["{y}年审查各类规范性文件和合同{n1}件，提出法律意见{m1}条，均被采纳。",
          "{y}年一审行政诉讼案件{n2}件，主要负责人出庭{m2}次，败诉{m3}件均已整改。"]
D("vague_to_figures_fh/two", "higher", lambda d: op_vague_to_figures(d, FIGS_H, k=2))
P("pair_figures_vs_bare_fh/exam", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}名新进执法人员开展岗前法律培训{m1}期，考试合格{n2}人后才安排上岗执法。",
  "对新进执法人员开展岗前法律培训，坚持先培训、后考试、再上岗，确保执法人员具备法律素养。"))

# ================================================================== 2. topic relevance
P("pair_topic_fh/study", lambda d: op_pair_insert(d, "measures",
  "{y}年为{n1}个执法岗位修订执法流程图，统一文书样式{m1}种，上线执法记录仪{m2}台。",
  "{y}年为{n1}个党支部配发学习书目，开展读书分享会{m1}场，评选学习标兵{m2}名。"))
P("pair_topic_fh/rural", lambda d: op_pair_insert(d, "measures",
  "{y}年对{m1}个村的集体经济合同开展合法性审核，审出违法条款{n1}处，督促{m2}个村重新签订合同。",
  "{y}年{m1}个村的集体经济收入全部超过{n1}万元，建成特色产业基地{m2}个，乡村面貌明显改观。"))
D("offtopic_add_fh/party", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年{unit}党委新建党员活动室{m1}个，开展“双报到”活动{n1}次，党员认领微心愿{n2}个，"
  "选树身边先进典型{m2}名，基层党组织凝聚力不断增强。"))
RURAL_H = ["全年粮食播种面积稳定在{n1}万亩，", "新建设施农业大棚{m1}座，", "培育农民专业合作社{m2}家，",
           "村集体经营性收入平均增长{p1}%，", "整治村容村貌的村庄{n2}个，", "新增农村电商网点{m3}个。",
           "茶叶、水果等特色产业种植面积扩大到{n3}00亩，", "带动{n4}0户农户户均增收{m4}千元。",
           "新建冷链仓储设施{m5}处，", "农产品线上销售额突破{n5}00万元。",
           "乡村民宿接待游客{n6}万人次。", "返乡创业人员新办经营主体{n7}家，", "主要农作物耕种收综合机械化率再创新高。"]
D("swap_offtopic_fh/rural", "lower", lambda d: op_swap_offtopic(d, RURAL_H, "rural"))

# ================================================================== 3. padding
STATE_H = ["实践反复证明，法治兴则事业兴，依法办事是推动发展的根本遵循。",
           "我们坚信，在上级的坚强领导下，法治之花必将在这片土地上绚丽绽放。",
           "大家一致认为，依法行政只有进行时，没有完成时。"]
D("pad_each_part_fh/xinnian", "not_higher", lambda d: op_pad_each_part(d, STATE_H))
WITHIN_H = ["这一做法受到了广大群众的交口称赞。", "各项工作呈现出蓬勃向上的良好态势。",
            "法治的力量在基层得到了充分彰显。"]
D("pad_within_fh/chengzan", "not_higher", lambda d: op_pad_within(d, "measures", WITHIN_H))
LONG_H = ("过去一年，面对复杂多变的形势和艰巨繁重的任务，我们以高度的责任自觉肩负依法治理使命，"
          "以一抓到底的作风推进各项任务，以敢为人先的勇气推动改革创新，以久久为功的韧劲补齐短板弱项，"
          "法治政府建设呈现出全面推进、重点突破、整体提升的良好局面。这些成绩的取得，根本在于"
          "上级党委政府的坚强领导和科学指导，得益于各部门的密切配合、通力协作，离不开全体干部的"
          "辛勤付出、默默奉献，更离不开广大人民群众的理解支持、积极参与。")
D("pad_long_fh/chengji", "not_higher", lambda d: op_insert(d, "measures", LONG_H))
D("pad_fr_fh/biaotai", "not_higher", lambda d: op_insert(d, FR,
  "{lead}多次在会上表示，法治是党政一把手的必修课，要当好法治建设的领头雁、排头兵，"
  "以身作则、率先垂范，在全{unit}形成抓法治、促发展的浓厚氛围。"))
P("pair_rol_vs_stock_fh/biaozhun", lambda d: op_pair_insert(d, "measures",
  "{y}年编制执法事项清单{n1}项，为每项事项配套检查标准和文书范本，{m1}个部门据此重新核定执法岗位。",
  "我们坚持把依法行政贯穿到工作的全过程、各方面，做到有法必依、执法必严，工作质效稳步提升。"))

# ================================================================== 4. who acted and whether it happened
D("fr_modal_fh/wuqiu", "lower", lambda d: op_fr_modal(d, prefix="务求在{ny}年"))
D("fr_infix_fh/zhuoli", "lower", lambda d: op_fr_infix(d, "{ny}年着力"))
D("fr_modal_fh/chengshu", "lower", lambda d: op_fr_modal(d, suffix="，待条件成熟后再行推进"))
D("fr_infix_fh/yuding", "lower", lambda d: op_fr_infix(d, "预定{ny}年"))
D("fr_actor_fh/jiwei", "lower", lambda d: op_actor(d, "镇纪委书记" if d.level == "township" else "纪委书记"))
D("fr_actor_fh/qita", "lower", lambda d: op_actor(d, "班子其他成员"))
DUTIES_H = ["一把手对辖区内法治政府建设负有领导之责，应当把握方向、统筹协调、督促检查。",
            "主要负责人须把依法行政作为履职的基本准则，自觉运用法治方式开展工作。",
            "党政主要领导每年应对法治建设作出专门部署，并如实报告履责情况。"]
D("fr_duties_fh/lingdao", "lower", lambda d: op_replace_part(d, FR, DUTIES_H, ratio=1.0))
SLOGAN_FR_H = ["坚持一级带着一级干、一级做给一级看，", "把法治的种子播撒到每一寸土地，",
               "以担当作为诠释对法治的忠诚。"]
D("fr_hollow_fh/diaochang", "lower", lambda d: op_replace_part(d, FR, SLOGAN_FR_H, ratio=1.0))
D("fr_intent_add_fh/zhunbei", "not_higher", lambda d: op_insert(d, FR,
  "展望{ny}年，{head}打算每季度主持一次依法行政专题会，并有意邀请{m1}名法学专家担任顾问，"
  "争取把述法评议结果运用到干部考核之中。"))
D("measures_intent_add_fh/jihua", "not_higher", lambda d: op_insert(d, "measures",
  "新一年，本{unit}计划推出{m1}项涉企柔性执法措施，预计为{n1}家企业减免轻微违法处罚，"
  "并准备建立执法协调监督的工作机制。"))
D("measures_mark_fh/wuqiu", "lower", lambda d: op_measures_mark(d, suffix="（此项务求{ny}年落实）"))
P("pair_fr_principal_vs_deputy_fh/a", lambda d: op_pair_append(d, FR,
  "{y}年4月，{lead}主持专题会议审定{unit}重大行政决策事项目录{m1}项，并对每项决策指定合法性审查责任人。",
  "{y}年4月，常务副职领导主持专题会议审定{unit}重大行政决策事项目录{m1}项，并对每项决策指定合法性审查责任人。"))
P("pair_fr_dated_vs_undated_fh/pangting", lambda d: op_pair_append(d, FR,
  "{y}年9月，{head}带领{n1}名执法骨干到法院旁听土地行政案件庭审，庭后整理出{m1}条改进意见。",
  "{head}带领执法骨干到法院旁听土地行政案件庭审，庭后整理改进意见，收到了较好的警示教育效果。"))
P("pair_measures_done_vs_intended_fh/a", lambda d: op_pair_insert(d, "measures",
  "{y}年完成{m1}个执法部门的执法全过程记录设备配备，调取记录资料{n1}次用于案件复核。",
  "{ny}年预计完成{m1}个执法部门的执法全过程记录设备配备，务求各部门全部按要求调取记录资料。"))

# ================================================================== 5. causes and problems
D("causes_fixable_fh/yiban", "higher", lambda d: op_items_append(d, [
    "从根子上看，{unit}综合执法队{y}年新增执法事项{n1}项，但执法人员只增加了{m1}人，案多人少。",
    "从根子上看，规范性文件报备没有固定流程，起草科室常常直接印发而不送审核。",
    "从根子上看，人民调解员每人每件补贴仅{m2}0元，难以留住有经验的调解员。"]))
D("causes_stock_fh/zhengzhi", "not_higher", lambda d: op_items_append(d, [
    "从根子上看，还是少数干部对法治重要性的理解不深，主动学法的意愿不强。",
    "从根子上看，还是一些同志重业务轻法治的观念根深蒂固，依法办事的自觉没有真正树牢。"]))
D("causes_boast_fh/lingxian", "not_higher", lambda d: op_items_append(d, [
    "从根子上看，是我们各项工作一直位居全市第一方阵，可资借鉴的先例很少。",
    "从根子上看，是我{unit}改革步伐太大太快，制度供给难免一时跟不上发展的速度。"]))
P("pair_causes_fixable_vs_stock_fh/a", lambda d: (
    op_items_append(d, ["从根子上看，执法案件从立案到审核全靠纸质流转，{y}年平均每件在途{m1}天。",
                        "从根子上看，法律顾问合同只约定每月到岗两天，急事难以及时得到法律意见。"]),
    op_items_append(d, ["从根子上看，还是一些干部满足于过得去，思想上缺乏干事创业的紧迫感。",
                        "从根子上看，还是个别同志主观能动性没有充分发挥，责任意识有待强化。"])) if d.has("shortcomings") else None)
P("pair_problem_cause_fix_fh/a", lambda d: op_pair_problem_cause_fix(d,
  "另外，{y}年有{m1}件行政处罚决定未按期送达当事人。",
  "原因是送达依靠执法人员上门，节假日和外出务工人员难以联系。",
  "针对处罚决定送达不及时，{ny}年上半年推行电子送达确认书，并对逾期送达逐件登记通报。",
  "围绕提升普法宣传覆盖面，{ny}年上半年拍摄法治微视频，并在各村文化广场轮流巡回放映。"))
D("short_econ_fh/xiangmu", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是重大项目储备不足，{y}年开工的省市重点项目只有{m1}个，投资增长乏力。",
    "二是房地产市场持续低迷，土地出让收入大幅减少。",
    "三是中小企业贷款门槛高，{m2}家企业资金链偏紧。"]))
D("short_disguised_fh/kuaisu", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我{unit}法治建设成效显著，前来考察学习的单位较多，接待任务较重。",
    "二是干部依法办事标准高于上级要求，部分同志加班较多。",
    "三是创新做法层出不穷，上报经验材料的频次偏高。"]))
D("short_hollow_fh/chaju", "lower", lambda d: op_replace_part(d, "shortcomings", [
    "回顾一年来的工作，虽然取得了一些成绩，", "但与上级的要求相比仍有提升空间，",
    "个别环节的工作还需进一步抓细抓实，", "整体水平还有待不断提高。"], ratio=1.0))

# ================================================================== 6. plans
D("plan_copy_fh/last", "lower", lambda d: op_plan_copy_measures(d, pick="last", shift_year=True))
PLAN_DATED_H = ["就{kp}，{ny}年5月底前由{unit}政府办公室拿出解决方案，明确两名责任人，10月底前验收并通报结果。",
                "聚焦{kp}，{ny}年内分三步推进，每步完成后由法治督察人员实地核验，结果写入下一年度报告。"]
PLAN_BARE_H = ["就{kp}，要进一步提高思想认识，强化责任担当，切实采取有力措施，推动问题得到有效解决。",
               "聚焦{kp}，坚持目标导向和问题导向相统一，统筹兼顾、综合施策，全面提升工作质量和水平。"]
P("pair_plan_dated_vs_undated_fh/a", lambda d: op_plan_pair_tpls(d, PLAN_DATED_H, PLAN_BARE_H))
P("pair_plan_answer_vs_copy_fh/a", lambda d: op_plan_copy_pair(d, PLAN_DATED_H, prefix="继续"))

# ================================================================== 7. form-only edits (same content)
D("same_fh/bom", "same", lambda d: op_bom(d))
D("same_fh/space_lines", "same", lambda d: op_space_lines(d))
D("same_fh/ascii_quotes", "same", lambda d: op_ascii_quotes(d))
