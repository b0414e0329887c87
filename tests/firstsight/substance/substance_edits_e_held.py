"""Fifth substance set (E), HELD part.  Do not tune rules on these cases.

Same format as substance_edits_e.py.  (a) Other wordings of the tuning ideas; (b) ideas of its own:
credited items not in the tuning part (基层立法联系点, 公职律师, 非现场执法, 行政裁决, 应急预案,
民主法治示范村, 述法 in the 第一责任人 part; 政务公开 and 重大行政决策 removed), a paragraph swapped for
party building, quotations padding the 第一责任人 part, an economic item added to the 不足 list, a plan
of restated duties, and form-only edits of other kinds (hard-wrapped lines, no-break-space indents,
'一．' headings).
"""
from edit_lib import op_items_append, op_replace_part, op_replace_part_paras
from edit_lib_c import op_actor, op_append, op_pair_append
from edit_lib_d import (
    FR,
    op_detail_existing,
    op_fr_modal,
    op_insert,
    op_pad_each_part,
    op_pair_insert,
    op_plan_pair_vs_slogans,
    op_plan_results,
    op_remove_item,
)
from edit_lib_e import (
    op_fr_infix,
    op_hard_wrap,
    op_measures_mark,
    op_nbsp_indent,
    op_pad_within,
    op_swap_offtopic,
    op_top_enum_dot,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
ADD = {
    # items of its own
    "legislation_contact": "{y}年{unit}基层立法联系点就{m1}部法规草案征集群众意见{n1}条，其中{m2}条被立法机关采纳，"
                           "并组织{n2}名群众代表参加座谈。",
    "public_lawyer": "{y}年{unit}政府设立公职律师{m1}名，对重大执法决定提出审核意见{n1}件、出具法律意见书{n2}份，"
                     "代理行政应诉案件{m2}件。",
    "remote_enforce": "{y}年推行非现场执法，通过视频监控和在线监测发现违法线索{n1}条，立案查处{m1}起，"
                      "全部案件均在网上办案平台全程留痕。",
    "admin_ruling": "{y}年依申请办理自然资源权属争议等行政裁决案件{m1}件，当事人不服申请复议{m2}件，复议机关全部维持原裁决。",
    "emergency_plan": "{y}年修订防汛、地质灾害等专项应急预案{m1}个，修订稿均经合法性审查后公布，组织应急演练{n1}场、"
                      "参演群众{n2}00人次。",
    "demo_village": "{y}年新增省级民主法治示范村（社区）{m1}个，对{n1}个已命名示范村开展复核，撤销复核不达标的称号1个。",
    # other wordings of tuned items
    "contract_check": "{y}年法制审核机构对{n1}份拟签合同逐份审查合法性，发现权利义务约定不清等问题{m1}个，"
                      "督促承办科室修改后再行签署。",
    "court_presence": "{y}年{unit}涉诉行政案件{m1}件，政府正职亲自出庭{m2}次，庭后就败诉风险召开专题会议，"
                      "完善了征收补偿的告知程序。",
}
for item, para in ADD.items():
    D(f"add_eh/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
D("add_eh/fr_shufa", "higher", lambda d: op_insert(d, FR,
  "{y}年12月，{head}在{unit}人大常委会组织的评议会上专题述法，就本人推动依法行政的{m1}项具体工作逐项说明，"
  "现场回答代表询问{n1}个。"))
D("detail_eh/reconsideration", "higher", lambda d: op_detail_existing(d, r"复议",
  "此外，{y}年收到复议意见书和建议书{m1}份，承办部门均在30日内书面反馈了整改情况。"))
REMOVE = {
    "open_gov": r"公开",
    "decision": r"重大行政决策|决策事项|决策程序",
}
for item, rx in REMOVE.items():
    D(f"remove_eh/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))
P("pair_figures_vs_bare_eh/cleanup", lambda d: op_pair_insert(d, "measures",
  "{y}年集中清理涉及营商环境的文件{n1}件，废止{m1}件、修订{m2}件，清理情况向社会公告。",
  "集中清理涉及营商环境的文件，对不合法不合理的文件予以废止或修订，清理情况向社会公告。"))

# ================================================================== 2. topic relevance
P("pair_topic_eh/econ", lambda d: op_pair_insert(d, "measures",
  "{y}年审结针对本级部门提起的复议申请{n1}件，调解和解{m1}件，对{m2}个被纠错的行政行为督促重新作出决定。",
  "{y}年接待外地招商考察团{n1}批，签约文旅项目{m1}个，{m2}家农业龙头企业完成扩产，带动当地就业明显增长。"))
P("pair_topic_eh/speech", lambda d: op_pair_insert(d, "measures",
  "{y}年组织{n1}名行政执法人员参加新法新规考试，对{m1}名不及格人员暂停执法活动并安排补考。",
  "{y}年组织{n1}名机关干部参加主题教育读书班，围绕{m1}个专题开展研讨，形成调研报告若干篇。"))
PARTY = ["全年吸收新党员{m1}名，“三会一课”按期召开{n1}次，",
         "组织党员干部赴红色教育基地开展现场教学{m2}批次、{n2}人次，",
         "评出优秀共产党员{n3}名、先进基层党组织{m3}个，",
         "推动{m4}个软弱涣散村党组织完成整顿转化。",
         "主题党日活动举办{n4}场，党员志愿服务时长累计{n5}00小时。"]
D("swap_offtopic_eh/party", "lower", lambda d: op_swap_offtopic(d, PARTY, "party"))

# ================================================================== 3. padding
SLOGANS_H = ["法治兴则民族兴，法治强则国家强。要拿出时不待人的劲头奋力书写法治建设的时代答卷。",
             "让尊法学法守法用法在全社会蔚然成风，让法治阳光照亮每一个角落。",
             "法治建设永远在路上，只有起点没有终点。",
             "我们将始终坚持人民至上，用法治守护万家灯火。"]
D("pad_each_part_eh/slogans", "not_higher", lambda d: op_pad_each_part(d, SLOGANS_H))
WITHIN_H = ["通过这项工作，全体干部依法办事的自觉性进一步增强。",
            "这充分体现了我们依法行政的坚定决心。",
            "实践证明，只有坚持法治思维，才能把各项工作做好。"]
D("pad_within_eh/tihui", "not_higher", lambda d: op_pad_within(d, "measures", WITHIN_H))
QUOTES_FR = ["《党政主要负责人履行推进法治建设第一责任人职责规定》第三条对党政主要负责人提出了明确要求，"
             "即要切实担起对本地区法治工作的领导之责。",
             "习近平法治思想要求，领导干部应当成为尊法学法守法用法模范，牢牢抓住“关键少数”。"]
D("pad_fr_quotes_eh/guiding", "not_higher", lambda d: op_insert(d, FR, "".join(QUOTES_FR)))

# ================================================================== 4. who acted and whether it happened
D("fr_modal_eh/zhengqu", "lower", lambda d: op_fr_modal(d, prefix="争取在{ny}年年底前"))
D("fr_modal_eh/weishi", "lower", lambda d: op_fr_modal(d, suffix="，眼下尚未付诸实施"))
D("fr_infix_eh/youyi", "lower", lambda d: op_fr_infix(d, "有意于{ny}年"))
D("fr_actor_eh/banzi", "lower", lambda d: op_actor(d, "班子全体成员"))
D("fr_actor_eh/dept", "lower", lambda d: op_actor(d, d.dept + "负责人"))
DUTIES_H = ["第一责任人理当把依法治理视为本职，大事要事件件过目、桩桩督办。",
            "党政正职对辖区依法行政工作负有总责，须按时研判其中的重大疑难事项。",
            "主要负责同志须自觉接受法治督察，对督察发现的问题认真组织整改。"]
D("fr_duties_eh/bixu", "lower", lambda d: op_replace_part(d, FR, DUTIES_H, ratio=1.0))
D("measures_mark_eh/zhengqu", "lower", lambda d: op_measures_mark(d, prefix="争取在{ny}年内"))
P("pair_fr_principal_vs_body_eh/a", lambda d: op_pair_append(d, FR,
  "{y}年11月，{lead}亲自协调{unit}自然资源、住建部门，化解{m1}起因征地补偿引发的行政争议。",
  "{y}年11月，{unit}党委政府统一协调{unit}自然资源、住建部门，化解{m1}起因征地补偿引发的行政争议。"))
P("pair_fr_deed_vs_duty_eh/a", lambda d: op_pair_append(d, FR,
  "{y}年3月，{lead}签发{unit}年度法治建设任务分解表，明确{m1}项任务的牵头单位和完成时限。",
  "{lead}要签发{unit}年度法治建设任务分解表，明确各项任务的牵头单位和完成时限，确保责任落实。"))

# ================================================================== 5. causes and problems
D("causes_fixable_eh/yuanyin", "higher", lambda d: op_items_append(d, [
    "原因在于{y}年乡镇行政区划调整后执法职责重新划分，交接清单没有及时制定，{m1}类事项出现管理空档。",
    "原因在于法制审核只有一个兼职岗位，审核人员没有法律专业背景，也缺少外部专家支持。",
    "原因在于普法责任清单没有细化到具体科室，考核时缺少量化标准。"]))
D("causes_moral_eh/yuanyin", "not_higher", lambda d: op_items_append(d, [
    "原因在于一些干部怕担责任，遇到矛盾绕着走。",
    "原因在于个别同志法治观念淡薄，存在重实体轻程序的惯性思维。"]))
D("causes_boast_eh/yuanyin", "not_higher", lambda d: op_items_append(d, [
    "原因在于我们的工作始终走在全市前列，很多做法属于首创，缺少现成经验借鉴。",
    "原因在于群众的期待持续攀升，好上加好的难度很大。"]))
P("pair_causes_fixable_vs_moral_eh/a", lambda d: (
    op_items_append(d, ["原因在于执法车辆和取证设备只有{m1}套，偏远村组的案件难以及时取证。",
                        "原因在于行政调解协议没有统一格式文本，履行情况也缺少回访程序。"]),
    op_items_append(d, ["原因在于少数干部工作作风漂浮，满足于表面文章，攻坚克难的劲头不足。",
                        "原因在于个别同志政治站位偏低，看待依法行政的眼光有偏差。"])) if d.has("shortcomings") else None)
D("short_econ_eh/lvyou", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是全域旅游发展不够充分，{y}年接待游客人次增幅放缓，旅游综合收入未达预期。",
    "二是城乡居民就业结构不够合理，高校毕业生返乡就业比例偏低。",
    "三是村集体增收渠道窄，{m1}个村的经营性收益不到10万元。"]))
D("short_disguised_eh/renwu", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我{unit}作为全市法治建设先行区，各类创建任务叠加，迎检材料准备工作量大。",
    "二是经验做法推广较多，外出介绍经验占用了干部一定的时间。",
    "三是工作成效显著，群众的要求也水涨船高，服务标准需要不断提档。"]))
# an economic item added to an otherwise rule-of-law 不足 list earns nothing
D("short_plus_econ_eh/gongye", "not_higher", lambda d: op_append(d, "shortcomings",
  "此外，工业经济增长后劲不足，{y}年新开工工业项目只有{m1}个，税收贡献有限。"))

# ================================================================== 6. plans
D("plan_results_eh/baochi", "lower", lambda d: op_plan_results(d, "保持", "来年，我们准备着力抓好以下几项工作。"))
D("plan_slogan_eh/yuanjing", "lower", lambda d: op_replace_part(d, "next_year", [
    "展望新一年，我们将守正笃行、踔厉奋发，坚定不移走好法治之路，",
    "用实干实绩诠释初心使命，以更加优异的成绩回报全{unit}人民的信任。"], ratio=0.5))
ANSWER_H = ["就{kp}问题，{ny}年4月底前由牵头科室提出解决办法，报{unit}政府常务会议审定后执行，年底前检查执行效果。",
            "对于{kp}这一短板，{ny}年分两批开展专项整治，6月和10月各复查一次，复查结果在年度报告中说明。"]
DUTY_PLAN = ["坚决扛牢依法治理的各项责任，", "严守法定权限、恪守法定程序，", "自觉接受各方面监督。"]
P("pair_plan_answer_vs_duties_eh/a", lambda d: op_plan_pair_vs_slogans(d, ANSWER_H, DUTY_PLAN))

# ================================================================== 7. form-only edits (same content)
D("same_eh/hard_wrap", "same", lambda d: op_hard_wrap(d))
D("same_eh/nbsp_indent", "same", lambda d: op_nbsp_indent(d))
D("same_eh/top_enum_dot", "same", lambda d: op_top_enum_dot(d))
