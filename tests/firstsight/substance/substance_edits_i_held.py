"""Ninth substance set (I), HELD part: other wordings of the tuning part's ideas, and ideas of its own
(the 第一责任人's acts dated in an earlier year; a list of honours received; circular causes appended to
each problem; quotes dropped, years of account and months in Chinese numerals as form-only edits).
Do not tune on it.

Same format and expectations as substance_edits_i.py; every wording differs from sets A, C, D, E, F, G, H
and from the tuning part (check_overlap_i.py).
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_items_append, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_e import op_fr_infix
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import op_hollow_report, op_items_kp, op_pair_who, op_result_to_process
from edit_lib_i import op_mark_counted, op_months_cn, op_pair_cause_kp, op_unquote, op_year_du

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work added (baseline)
ADD = {
    # 政府法律顾问 (§3.2 chapter 3)
    "guwen": "{y}年请法律顾问参加重大事项研究{m1}次，提交书面法律建议{n1}份，帮着改正招商合同条款{n2}处。",
    # 行政执法监督 (§3.2 chapter 7)
    "jiandu": "{y}年随机调取{n1}个部门的执法音像记录，发现录像缺失等问题{m1}个，{m2}个部门被约谈后补齐了制度。",
    # 行政复议 调解和解 (§3.2 chapter 6)
    "tiaojie": "{y}年在复议办案中促成和解{m1}件，申请人主动撤回申请{n1}件，未发生一起因复议引发的上访。",
}
for item, para in ADD.items():
    D(f"add_i/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
D("add_fr_i/chuting", "higher", lambda d: op_insert(d, FR,
  "{y}年，{head}{m1}次走上被告席出庭应诉，庭后召集承办部门复盘，补上了{m2}个执法程序漏洞。"))

# ================================================================== 2. who acted; deeds turned into intentions
D("fr_actor_i/dangzhengban", "lower", lambda d: op_actor(d, "党政办一名工作人员"))
D("fr_modal_i/liudai", "lower", lambda d: op_fr_modal(d, suffix="，此项安排留到{ny}年再视情况推动"))
D("fr_infix_i/youxu", "lower", lambda d: op_fr_infix(d, "等到明年有空再"))
P("pair_who_i/keyuan", lambda d: op_pair_who(d, FR,
  "{y}年8月，对于{m1}份行政复议纠错决定，由{who}逐一批转相关部门，要求限期说明原因并写出书面检讨。",
  "{head}", "政府办一名科员"))

# ================================================================== 3. ★ targets stated as if they were results
D("target_counted_i/kaohe", "lower", lambda d: op_mark_counted(d, prefix="上级下达的考核指标要求"))
P("pair_target_vs_result_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年实际办结群众投诉的执法类事项{n1}件，按时办结{m1}0件，回访满意{m2}0件。",
  "{y}年计划书里写明要办结群众投诉的执法类事项{n1}件，争取按时办结{m1}0件。"))

# ================================================================== 4. ★ figures of the higher level claimed
D("province_figs_i/quanshi", "lower", lambda d: op_mark_counted(d, suffix="（系全市各地合计的数字）"))
P("pair_own_vs_province_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年本级开展执法卷宗交叉评查，抽评{n1}卷，退回补正{m1}卷，问题在月底前整改完毕。",
  "{y}年全市开展执法卷宗交叉评查，抽评{n1}00卷，退回补正{m1}0卷，问题在月底前整改完毕。"))
P("pair_gov_vs_court_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年本级政府收到检察建议{m1}份，逐条核查后修改了{n1}项执法制度，并书面回复了办理结果。",
  "{y}年{unit}人民检察院起诉刑事案件{n1}0件，批捕犯罪嫌疑人{m1}0人，公益诉讼立案数居全市首位。"))

# ================================================================== 5. ★ the 第一责任人 part made of the leader's titles
FR_TITLES_B = ["{head}作为本级政府的法定代表人，", "兼任{unit}全面依法治理领导机构的副组长，",
               "又是本级法治督察工作的牵头领导，", "同时挂帅普法领导小组，", "身上担着多项法治建设头衔。"]
D("fr_titles_only_i/b", "lower", lambda d: op_replace_part(d, FR, FR_TITLES_B, ratio=1.0))
P("pair_fr_acts_vs_titles_i/b", lambda d: op_pair_append(d, FR,
  "{y}年{head}亲自批办{m1}件涉法信访积案，推动化解{m2}件，其余的落实专人跟进。",
  "{head}兼任依法治{unit}委员会办公室负责人，同时分管{m1}个部门，身兼数职、任务繁重。"))

# ================================================================== 6. ★ documents received, not made
D("docs_received_i/b", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年累计接收省、市转发的法治类文件{n1}份，收文后第一时间分送经办人员，办毕及时清退并立卷归档。"))
P("pair_issued_vs_received_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年自行修订了{m1}项执法工作制度，新建执法人员考核办法，已在全系统施行。",
  "{y}年先后收到上级发来的{m1}项执法工作制度，拿到后已转给系统内各单位阅知。"))

# ================================================================== 7. ★ the 纲要's own wording copied
GANGYAO_B = ["坚持用法治给行政权力定规矩、划界限，规范行政决策程序；",
             "健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义；",
             "全面建设数字法治政府，依法依规推进技术应用、流程优化和制度创新；",
             "加强党的领导，完善法治政府建设推进机制。"]
D("gangyao_copy_i/b", "lower", lambda d: op_replace_part(d, "measures", GANGYAO_B, ratio=1.0))
D("pad_gangyao_i/b", "not_higher", lambda d: op_insert(d, "measures",
  "一年来，数字法治政府加快建设，社会矛盾纠纷行政预防调处化解体系日益健全，"
  "行政权力制约和监督体系进一步完善，法治政府建设推进机制不断完善。"))

# ================================================================== 8. ★ numbers without a base; changes without a level
P("pair_base_vs_rate_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年委托第三方随机回访办事群众{n1}0人，对执法服务表示满意的{m1}0人，满意率{p1}%。",
  "{y}年群众对执法服务满意率高达{p1}%，比往年提升{m1}个点，口碑越来越好。"))
P("pair_level_vs_yoy_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年受理公民法律咨询{n1}0件次，其中转为法援案件{m1}件，代写法律文书{m2}份。",
  "{y}年公民法律咨询件次同比增长{p1}%，转为法援的案件数增幅{m1}成，势头喜人。"))
P("pair_year_vs_cumulative_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年组织{m1}个村（社区）修订村规民约，删除与法律相抵触的条款{n1}条。",
  "十多年来前后组织{m1}0个村（社区）修订村规民约，删除与法律相抵触的条款{n1}0条。"))

# ================================================================== 9. ★ plans written as done acts
D("done_planning_i/bushu", "lower", lambda d: op_result_to_process(d,
  "对<t>，已经列出了推进路线图和时间表，各责任单位都已明确。"))
P("pair_result_vs_planning_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}个执法岗位逐一核定裁量基准，统一了{m1}类常见违法行为的处罚幅度。",
  "{y}年对{n1}个执法岗位的裁量基准工作拟定了推进步骤，并已召开动员会作出安排。"))

# ================================================================== 10. ★ recognition and context instead of work
P("pair_media_vs_work_i/b", lambda d: op_pair_insert(d, "measures",
  "{y}年对已公布的{n1}项行政许可事项逐项压减办理时限，平均提速{m1}个工作日。",
  "{y}年本{unit}法治工作获省级表彰{m1}项，在全市交流会上作典型发言{n1}次。"))
D("pad_award_list_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年本{unit}先后荣获法治宣传先进集体、平安建设优秀单位、依法行政考核优秀等称号{m1}项，"
  "另有{n1}名干部受到上级通报嘉奖。"))
D("pad_staffing_i/b", "not_higher", lambda d: op_insert(d, "measures",
  "本{unit}下辖{n1}个行政村、{m1}个社区，总面积{n2}0平方公里，政府机关设综合办、经发办等{m2}个内设机构。"))
P("pair_nonlaw_i/agri", lambda d: op_pair_insert(d, "measures",
  "{y}年组织新法新规专题讲座{m1}场，随后对{n1}名执法人员进行闭卷测试，不及格的{m2}人补考过关。",
  "{y}年建成高标准农田{n1}00亩，粮食产量达{m1}万吨，培育家庭农场{n2}家，农民收入稳步提高。"))

# ================================================================== 11. ★ the 不足 part denying or deflecting the problems; circular causes
D("short_no_problem_i/b", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，经逐项对照检查，全年未出现差错。",
    "<kp>方面，整体情况良好，目前看不出有什么薄弱点。"]))
D("short_request_i/b", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，盼望市里尽快配齐专职力量、划拨工作经费。",
    "<kp>方面，请求上级出台配套文件并加大资金扶持。"]))
P("pair_short_own_vs_request_i/b", lambda d: op_pair_append(d, "shortcomings",
  "同时，{y}年抽查发现{m1}个部门的执法音像资料残缺不全，个别现场检查没有留存影像。",
  "同时，恳切希望上级在项目安排和资金分配上对本{unit}多予关照，以利于工作开展。"))
P("pair_cause_fixable_vs_circular_i/b", lambda d: op_pair_cause_kp(d, "剖析成因：",
  ["一是全{unit}仅{m1}名公职律师，重大决策法律论证常常排不过来；",
   "二是执法部门之间信息不互通，同一企业一年被检查多次；",
   "三是法制审核的流程没有写成制度，审核时限全凭经办人把握。"],
  ["<kp>这一情况，归根到底是由于<kp>没有做好；",
   "之所以出现<kp>，主要是<kp>工作还有欠缺；"]))
D("causes_circular_i/a", "not_higher", lambda d: op_items_append(d, [
    "出现这种情况，主要还是因为这项工作本身没有抓到位。",
    "追根溯源，是这方面的事情没有办好所致。"]))

# ================================================================== 12. plans
D("plan_schedule_only_i/b", "lower", lambda d: op_replace_part(d, "next_year", [
    "{ny}年上半年，重在打基础、搭框架，", "下半年，重在见成效、出亮点，",
    "年中要有小结，年末要有总结，", "每个月都排出时间表、挂出作战图。"], ratio=1.0))
P("pair_plan_owner_i/b", lambda d: op_plan_pair_tpls(d,
  ["关于{kp}，{ny}年4月底前由{dept}拟出方案报{head}审定，10月底前办完，由督查室跟踪问效。",
   "关于{kp}，{ny}年由分管副职牵头、{dept}具体承办，三季度末验收。"],
  ["关于{kp}，{ny}年4月底前由各有关方面拿出想法报请研究，10月底前尽量办好，适时跟踪。",
   "关于{kp}，{ny}年由相关单位共同推进、协同配合，三季度末看看进展。"]))
D("plan_slogan_i/b", "lower", lambda d: op_replace_part(d, "next_year", [
    "迈上新起点，我们要鼓起迈进新征程的精气神，", "铆足劲头往前冲，",
    "确保法治建设跑出加速度、干出新气象，", "让法治之光照亮发展之路。"], ratio=1.0))

# ================================================================== 13. ★ the 第一责任人's acts of an earlier year
P("pair_fr_year_i/a", lambda d: op_pair_append(d, FR,
  "{head}到{m1}个基层执法队蹲点调研、现场解决执法车辆不足等问题{n1}个，时间是{y}年5月。",
  "{head}到{m1}个基层执法队蹲点调研、现场解决执法车辆不足等问题{n1}个，时间是{py}年5月。"))

# ================================================================== 14. padding and a hollow report
D("pad_formula_i/b", "not_higher", lambda d: op_insert(d, "measures",
  "我们深悟“两个结合”的重大意义，自觉用党的创新理论武装头脑，"
  "不断提高政治判断力、政治领悟力、政治执行力。"))
HOLLOW_IB = {
    "measures": ["一年里，依法行政的各项要求贯穿到了方方面面，成效有目共睹。",
                 "各单位各司其职，一盘棋推进，法治的根基扎得更深。",
                 "遇事找法、办事依法的风尚在基层渐成气候。"],
    FR: ["党政一把手对法治工作一向放在心上、挂在嘴上，",
         "带着班子成员一道抓、一起扛，",
         "当好了依法治理的排头兵和顶梁柱。"],
    "shortcomings": ["客观地讲，工作中还有不尽如人意的地方，",
                     "有些环节衔接得还不够紧，有些同志的法治素养还有提升空间，",
                     "根本原因在于重视程度和工作力度还不够匹配。"],
    "next_year": ["来年，我们要坚定不移往前走，", "把法治建设放到更加突出的位置，",
                  "一步一个脚印把各项工作抓紧抓好。"],
}
D("hollow_report_i/b", "lower", lambda d: op_hollow_report(d, HOLLOW_IB), margin=10.0)

# ================================================================== 15. ★ form only: the same substance in other shapes
D("same_i/unquote", "same", lambda d: op_unquote(d))
D("same_i/year_du", "same", lambda d: op_year_du(d))
D("same_i/months_cn", "same", lambda d: op_months_cn(d))
