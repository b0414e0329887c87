"""Fourth substance set (D), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issue 26) without reading fzscore's code or
rubric data.  Case format as in substance_edits_c.py: (name "idea/wording", kind, expected, make,
margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: none of the phrases of substance_edits*.py / substance_edits_c*.py comes back.
The held part is substance_edits_d_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import fmt, op_items_append, op_replace_part, op_replace_part_paras
from edit_lib_c import op_actor, op_intent_sentences, op_pair_append
from edit_lib_d import (
    FR,
    has_figure,
    op_dates_next_year,
    op_detail_existing,
    op_fr_modal,
    op_indent_fullwidth,
    op_insert,
    op_merge_paragraphs,
    op_pad_each_part,
    op_pair_insert,
    op_plan_pair_vs_results,
    op_plan_pair_vs_slogans,
    op_plan_results,
    op_remove_item,
    op_strip_sentences,
    op_traditional,
    op_wrap_headings,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work
# 1a. a done, dated, counted paragraph of credited work added to the measures -> higher
ADD = {
    "court_appearance": "{y}年{unit}本级作为被告的行政案件开庭审理{m1}次，每次均有行政机关负责人到庭应诉并当庭陈述意见，"
                        "另有{m2}件经庭前协调由原告撤回起诉。",
    "recon_correction": "{y}年上级复议机关审结以{unit}政府及其部门为被申请人的复议案件{n1}件，其中变更或撤销{m1}件，"
                        "对被纠错的案件逐案召开分析会，相关执法人员参加了复训。",
    "normdoc_filing": "{y}年印发的{m1}件行政规范性文件在起草阶段均经合法性审核，公布后均在15日内报上级政府备案，"
                      "审核中删改不当条款{n1}处。",
    "decision_catalogue": "{y}年3月向社会公布年度重大行政决策事项目录，列入事项{m1}项；其中{m2}项涉及群众切身利益的事项"
                          "举行了听证会，{n1}名群众代表到会发表意见。",
    "case_review": "{y}年组织交叉评查行政许可、行政处罚案卷{n1}卷，评出优秀案卷{m1}卷，对{m2}卷不合格案卷退回原承办单位"
                   "重新整理归档。",
    "pufa_cases": "{y}年组织法官、律师以案释法{m1}场，选取本地真实行政案件编印普法案例读本{n1}00册，在{m2}个村（社区）"
                  "开展法治宣讲。",
    "mediation": "{y}年全{unit}人民调解组织排查受理矛盾纠纷{n1}0件，除{m1}件引导诉讼外均调解成功；行政调解处理劳资、"
                 "邻里类纠纷{m2}件，签订书面协议{m2}份。",
    "proof_pledge": "{y}年对{m1}类证明事项实行告知承诺制，办理承诺事项{n1}0件，事后核查{n2}件，发现虚假承诺{m2}件并依法"
                    "撤销相关决定。",
}
for item, para in ADD.items():
    D(f"add_d/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
# 述法 by the principals, added to the 第一责任人 part
D("add_d/shufa_fr", "higher", lambda d: op_insert(d, FR,
  "{y}年年底，{lead}、{head}分别向上级党委提交书面述法报告，并在全{unit}干部大会上口头述法，"
  "接受{n1}名干部群众代表现场评议。"))

# 1b. more detail (dated, counted) on an item the report already names -> higher
D("detail_d/litigation", "higher", lambda d: op_detail_existing(d, r"复议|应诉|诉讼",
  "其中被诉案件均在法定期限内提交答辩状和证据材料，庭审结束后由法制机构逐案撰写案件分析报告{m1}份。"))
D("detail_d/pufa", "higher", lambda d: op_detail_existing(d, r"普法|法治宣传|以案释法|宪法",
  "{y}年宪法宣传周期间发放宣传资料{n1}00份，组织机关干部{m1}批次{n2}人到法院旁听庭审。"))

# 1c. every sentence about one credited item removed from the reported work -> lower
REMOVE = {
    "court_appearance": r"出庭|应诉",
    "pufa": r"普法|法治宣传|以案释法|宪法宣传|法治文化",
    "mediation": r"调解|调处|矛调",
    "case_review": r"评查|案卷",
}
for item, rx in REMOVE.items():
    D(f"remove_d/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))

# 1d. pairs: the same item with figures vs without; rule-of-law vs economic / party-building
#     paragraphs of the same length and the same number of figures
P("pair_figures_vs_bare/coord_supervision", lambda d: op_pair_insert(d, "measures",
  "{y}年{unit}政府开展行政执法协调监督检查{m1}次，抽查{n1}个执法主体，下发督促整改通知{m2}份，{m2}个问题均按期整改。",
  "{unit}政府开展行政执法协调监督检查，抽查执法主体，下发督促整改通知，发现的问题均按期整改。"))
P("pair_rol_vs_econ_d/xuke", lambda d: op_pair_insert(d, "measures",
  "{y}年办理行政许可{n1}0件均在承诺时限内办结，撤销违法许可{m1}件，清理行政裁量权基准{m2}轮，修订基准条目{n2}条。",
  "{y}年签约产业项目{n1}个、总投资{m1}0亿元，新增规上企业{m2}家，技改投资增长{p1}%，实现工业税收{n2}亿元。"))
P("pair_rol_vs_party_d/jiancha", lambda d: op_pair_insert(d, "measures",
  "{y}年对{m1}项涉企行政检查事项逐项确定检查频次，入企检查次数同比减少{p1}%，对{n1}起轻微违法行为依法不予处罚。",
  "{y}年新建党员活动室{m1}个，开展党员承诺践诺活动{n1}场，党员亮身份参与志愿服务{n2}0人次，评选红旗支部{m2}个。"))

# ================================================================== 2. padding
PRAISE = ["{unit}法治建设工作思路清晰、举措有力、成效明显，广大干部群众的法治获得感持续增强。",
          "全{unit}上下以高度的政治自觉扛起法治建设责任，法治理念深入人心、蔚然成风。",
          "回顾过去，我们更加坚定了依法行政的信心和决心，法治之路越走越宽。",
          "展望未来，我们将始终保持奋发有为的精神状态，一张蓝图绘到底。"]
DUTIES = ["依法全面履行政府职能是法治政府建设的首要任务，各级各部门必须严格按照法定权限和程序行使权力。",
          "政府主要负责人须对辖区法治政府建设负首要责任，重要事项由其统筹研究。",
          "查找出的问题必须坚持问题导向，按照边查边改、立行立改的要求加以解决。",
          "今后必须坚持依法决策、严格执法、公正司法、全民守法一体推进。"]
D("pad_each_part/praise", "not_higher", lambda d: op_pad_each_part(d, PRAISE))
D("pad_each_part/duties", "not_higher", lambda d: op_pad_each_part(d, DUTIES))
# substance gone, padding kept: every dated or counted sentence of the measures and FR parts deleted
D("strip_substance/figures", "lower", lambda d: op_strip_sentences(d, has_figure))
# pair: a counted rule-of-law paragraph vs a hollow paragraph of the same length
P("pair_rol_vs_hollow/pingcha", lambda d: op_pair_insert(d, "measures",
  "{y}年对{m1}个执法单位的{n1}卷处罚案卷开展评查，发现程序瑕疵{n2}处，约谈案卷质量靠后的执法单位负责人{m2}人。",
  "我们坚持把规范执法作为法治政府建设的重要抓手，执法质量稳步提升，执法形象明显改善，群众认可度越来越高。"))

# ================================================================== 3. who acted and whether it happened
# 3a. the 第一责任人 part's acts turned into intentions (new markers) -> lower
D("fr_modal_d/jihuayu", "lower", lambda d: op_fr_modal(d, prefix="计划于{ny}年一季度"))
D("fr_modal_d/choubei", "lower", lambda d: op_fr_modal(d, suffix="，此项工作目前尚在筹备"))
# 3b. the acts attributed to a deputy or an office -> lower
D("fr_actor_d/changwu", "lower", lambda d: op_actor(d, "常务副" + d.head))
D("fr_actor_d/fazhiban", "lower", lambda d: op_actor(d, fmt(d, "依法治{unit}办")))
# 3c. the 第一责任人 acts dated next year (completion marks kept) -> lower
D("fr_next_year_d/dates", "lower", lambda d: op_dates_next_year(d, FR))
# 3d. the measures' counted sentences as intentions -> lower
D("measures_modal_d/jihua_xia", "lower", lambda d: op_intent_sentences(d, "measures", "计划于下一年度"))
# 3e. pairs
P("pair_fr_done_vs_planned/d", lambda d: op_pair_append(d, FR,
  "{y}年6月，{head}主持召开专题会议，听取{unit}司法所关于行政执法协调监督工作的汇报，现场交办问题{m1}个。",
  "{head}计划于{ny}年6月主持召开专题会议，听取{unit}司法所关于行政执法协调监督工作的汇报，预定交办问题{m1}个。"))
P("pair_fr_principal_vs_changwu/d", lambda d: op_pair_append(d, FR,
  "{y}年8月，{lead}到{unit}综合行政执法队检查执法记录仪使用情况，抽看执法视频{m1}段并逐段点评。",
  "{y}年8月，常务副" + d.head + "到{unit}综合行政执法队检查执法记录仪使用情况，抽看执法视频{m1}段并逐段点评。"))
P("pair_fr_counted_vs_bare/d", lambda d: op_pair_append(d, FR,
  "{y}年2月、7月和12月，{head}三次主持召开政府常务会议集体学法，学习《中华人民共和国行政复议法》等法律{m1}部。",
  "{head}主持召开政府常务会议集体学法，学习《中华人民共和国行政复议法》等法律。"))

# ================================================================== 4. causes and problems
D("causes_fixable_d/chengyin", "higher", lambda d: op_items_append(d, [
    "成因在于{unit}法制审核岗只有{m1}名兼职人员，审核台账和送审流程都没有建立。",
    "成因在于{y}年行政执法培训经费没有列入预算，新取得执法证的{m2}名人员未接受岗前实操训练。"]))
D("causes_fixable_d/fenxi", "higher", lambda d: op_items_append(d, [
    "分析原因，{unit}综合执法队{m1}名队员中仅1人取得法律职业资格，执法文书无人把关。",
    "分析原因，行政调解没有统一的受理、告知、回访程序，台账靠手工登记。"]))
D("causes_moral_d/chengyin", "not_higher", lambda d: op_items_append(d, [
    "成因在于个别干部法治信仰不够坚定，遇事习惯于凭经验拍板。",
    "成因在于少数同志进取心不强，满足于完成上级交办的任务。"]))
D("causes_boast_d/chengyin", "not_higher", lambda d: op_items_append(d, [
    "成因在于我们承担的改革创新任务多、起点高，先行先试难免出现不足。",
    "成因在于全{unit}法治工作长期处于上级考核第一方阵，群众期望值随之水涨船高。"]))
P("pair_causes_fixable_vs_moral_d/fenxi", lambda d: (
    op_items_append(d, ["分析原因，{unit}综合执法队{m1}名队员中仅1人取得法律职业资格，执法文书无人把关。",
                        "分析原因，行政调解没有统一的受理、告知、回访程序，台账靠手工登记。"]),
    op_items_append(d, ["分析原因，部分干部对依法行政缺少敬畏之心，工作中图省事、怕麻烦。",
                        "分析原因，少数同志安于现状、不思进取，对自身要求有所放松。"])) if d.has("shortcomings") else None)
D("short_econ_d/shuiyuan", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是税源结构单一，{y}年房地产相关税收下滑明显，财政收支矛盾突出。",
    "二是民营企业融资难问题仍然存在，新增市场主体数量低于预期。",
    "三是农村居民增收渠道偏窄，特色农业规模效益尚未显现。"]))
D("short_disguised_d/shifan", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我{unit}获评的各级示范称号较多，迎接检查验收的频次高，干部精力较为分散。",
    "二是法治工作成绩突出，各地来访学习交流活动密集，接待任务重。",
    "三是群众对我们依法行政工作的满意度已很高，进一步提升的空间有限。"]))
P("pair_short_rol_vs_disguised/d", lambda d: op_pair_append(d, "shortcomings",
  "此外，{y}年有{m1}件行政处罚决定因未履行事先告知程序被复议机关撤销，执法程序意识仍有欠缺。",
  "此外，{y}年我们的法治工作获得{m1}项上级表彰，保持先进的压力越来越大，干部工作强度较高。"))

# ================================================================== 5. plans
D("plan_slogan_d/zhengcheng", "lower", lambda d: op_replace_part(d, "next_year", [
    "新征程上，我们将胸怀大局、把握大势，以法治之笔书写发展答卷，",
    "以昂扬姿态和务实作风奋楫扬帆、行稳致远，让法治成为{unit}最亮丽的名片。"], ratio=0.5))
D("plan_results_d/gonggu", "lower", lambda d: op_plan_results(d, "巩固", "{ny}年，重点抓好以下工作。"))
ANSWER_D = ["围绕{kp}方面的不足，{ny}年3月底前制定专项工作方案，配备专人负责，6月和11月各开展1次落实情况检查。",
            "就{kp}问题，{ny}年上半年完成问题清单梳理，下半年逐项落实措施，年底前书面报告整改结果。"]
SLOGANS_D = ["坚持守正创新、久久为功，", "以法治建设新成效展现新担当新作为，", "奋力开创各项事业发展新局面。"]
P("pair_plan_answer_vs_slogan_d/a", lambda d: op_plan_pair_vs_slogans(d, ANSWER_D, SLOGANS_D))
P("pair_plan_answer_vs_results_d/a", lambda d: op_plan_pair_vs_results(d, ANSWER_D[::-1], "巩固"))

# ================================================================== 6. form-only edits (same content)
D("same_d/md_bold_headings", "same", lambda d: op_wrap_headings(d, "**", "**"))
D("same_d/merge_paragraphs", "same", lambda d: op_merge_paragraphs(d, "measures"))
D("same_d/traditional_measures", "same", lambda d: op_traditional(d, ["measures"]))
D("same_d/fullwidth_indent", "same", lambda d: op_indent_fullwidth(d))
