"""Fifth substance set (E), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issue 26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_d.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C, D),
apart from names of rules and terms (checked by check_overlap_e.py).
The held part is substance_edits_e_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_items_append, op_replace_part, op_replace_part_paras
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import (
    FR,
    op_detail_existing,
    op_fr_modal,
    op_insert,
    op_pad_each_part,
    op_pair_insert,
    op_plan_pair_vs_results,
    op_plan_pair_vs_slogans,
    op_plan_results,
    op_remove_item,
)
from edit_lib_e import (
    op_crlf,
    op_fr_infix,
    op_fullwidth_digits,
    op_measures_mark,
    op_pad_within,
    op_page_numbers,
    op_swap_offtopic,
    op_trailing_spaces,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
# 1a. a done, dated, counted paragraph of credited work added to the measures -> higher
ADD = {
    # 重大行政决策: 风险评估, 专家论证, 公众参与 (domain §3.2 row 3)
    "decision_risk": "{y}年出台的{m1}项重大行政决策，出台前都开展了社会稳定风险评估并请{n1}名专家出具书面论证意见，"
                     "其中{m2}项决策草案在政府网站公开征求意见满30日。",
    # 行政规范性文件 清理 (§3.2 row 2)
    "normdoc_cleanup": "{y}年将现行有效行政规范性文件{n1}件逐件清理，宣布废止{m1}件、修改{m2}件，清理目录在门户网站公布。",
    # 行政协议 / 合同 合法性审查 (§3.2 row 3, 法律顾问)
    "contract_review": "{y}年{unit}政府签订的{m1}份行政协议和经济合同，签署前全部送法律顾问审查，提出修改意见{n1}条，"
                       "{m2}份合同据此重新协商条款。",
    # 执法证件管理 (§3.2 row 4)
    "enforce_cert": "{y}年组织{n1}名执法人员参加行政执法资格考试，{n2}人合格后申领执法证件，对调离执法岗位的{m1}人"
                    "及时注销证件。",
    # 政务公开: 依申请公开 (§3.2 row 7)
    "disclosure_request": "{y}年受理政府信息公开申请{n1}件，每件都在法定时限内答复，其中予以公开{n2}件，因申请内容不明确"
                          "书面告知补正{m1}件。",
    # 负责人出庭 (§3.2 row 6)
    "appear_rate": "{y}年以{unit}政府为被告的{m1}起行政诉讼案件开庭时，主要负责人或分管负责人均亲自出庭，出庭比例达100%，"
                   "{m2}起败诉案件逐案复盘。",
    # 包容审慎监管 / 轻微违法不罚 (§3.2 row 4)
    "lenient_list": "{y}年公布轻微违法行为不予行政处罚事项清单{n1}项，据此对{n2}家经营主体免予处罚，同时开展说理式"
                    "执法教育{m1}场。",
    # 矛盾化解: 信访纳入法治轨道 (§3.2 row 6)
    "petition_law": "{y}年把{m1}件涉法涉诉信访事项导入复议、诉讼、仲裁等法定途径办理，化解信访积案{m2}件，{n1}名信访人"
                    "签字息诉罢访。",
}
for item, para in ADD.items():
    D(f"add_e/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
# a principal's own dated, counted act added to the 第一责任人 part (旁听庭审, §3.2 row 6; §1.1 item 3)
D("add_e/fr_hearing", "higher", lambda d: op_insert(d, FR,
  "{y}年5月，{lead}率{unit}领导班子成员{n1}人到人民法院旁听一起行政诉讼案件庭审，会后召集座谈，"
  "梳理出执法短板{m1}个并逐项明确责任人。"))

# 1b. more detail on an item the report already names -> higher
D("detail_e/normdoc", "higher", lambda d: op_detail_existing(d, r"规范性文件|合法性审核|合法性审查",
  "同年为每件送审文件建立审核意见台账，退回补正材料{m1}件，平均审核用时{m2}个工作日。"))

# 1c. every sentence naming a credited item removed from the reported work -> lower
REMOVE = {
    "reconsideration": r"复议",
    "normdoc": r"规范性文件|合法性审核|合法性审查|备案审查",
}
for item, rx in REMOVE.items():
    D(f"remove_e/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))

# 1d. the same item with data vs without
P("pair_figures_vs_bare_e/cert", lambda d: op_pair_insert(d, "measures",
  "{y}年{unit}换发行政执法证件{n1}本，对{m1}名执法人员开展年度资格复核，{m2}名考核不合格者暂停执法资格。",
  "{unit}换发行政执法证件，对执法人员开展年度资格复核，考核不合格的人员暂停执法资格，严格持证上岗。"))

# ================================================================== 2. topic relevance
# rule-of-law work vs political study / clean-government work, same length and same figure slots
P("pair_topic_e/study", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}件行政处罚案件开展法制审核，纠正证据不足、适用法条错误等问题{m1}个，{m2}件案件退回重新调查。",
  "{y}年召开党委理论学习中心组集体学习会{n1}次，交流研讨发言{m1}篇，撰写心得体会文章{m2}篇，学习气氛浓厚。"))
P("pair_topic_e/clean", lambda d: op_pair_insert(d, "measures",
  "{y}年对{m1}个行政执法单位开展执法案卷专项检查，抽查卷宗{n1}份，纠正文书不规范问题{n2}处，全部限期整改。",
  "{y}年对{m1}个村级党组织开展党风廉政专项检查，谈话提醒{n1}人次，发放廉政提醒信{n2}封，签订廉政承诺书。"))
# the report's most figure-rich measures paragraph replaced by economic results of the same length
ECON = ["地区生产总值全年达到{n1}亿元、同比增长{p1}%，",
        "固定资产投资完成{n2}亿元，新签约招商项目{m1}个、协议引资{n3}亿元，",
        "规模以上工业企业净增{m2}家；社会消费品零售总额比上年增长{p2}%，",
        "农村居民人均可支配收入升至{n4}000余元。",
        "全年新建改建农村公路{n5}公里，建成高标准农田{n6}00亩，粮食总产量保持稳定。"]
D("swap_offtopic_e/econ", "lower", lambda d: op_swap_offtopic(d, ECON, "econ"))

# ================================================================== 3. padding
QUOTES_E = ["《中华人民共和国宪法》规定，一切国家机关和武装力量、各政党和各社会团体、各企业事业组织都必须遵守宪法和法律。",
            "中央全面依法治国工作会议强调，要坚持在法治轨道上推进国家治理体系和治理能力现代化。",
            "法治政府建设是一项长期的系统工程，正所谓“奉法者强则国强，奉法者弱则国弱”。",
            "上级反复强调，推进法治建设必须坚持依宪施政、依法行政，把权力关进制度的笼子里。"]
D("pad_each_part_e/quotes", "not_higher", lambda d: op_pad_each_part(d, QUOTES_E))
# a stock clause appended to every measures paragraph
WITHIN_T = ["该项工作得到了上级领导和社会各界的充分肯定。",
            "这一举措有力提升了依法行政水平，为经济社会发展营造了良好氛围。",
            "此项工作亮点突出、特色鲜明，取得了较好的社会效果和法律效果。"]
D("pad_within_e/praise", "not_higher", lambda d: op_pad_within(d, "measures", WITHIN_T))
P("pair_rol_vs_stock_e/xieyi", lambda d: op_pair_insert(d, "measures",
  "{y}年审查{unit}政府拟签订的招商引资协议{m1}份，删除违规承诺税收返还等条款{n1}处，{m2}份协议暂缓签订。",
  "我们始终坚持以法治思维谋划工作，以法治方式推动落实，依法行政意识全面增强，法治政府建设迈出了坚实步伐。"))

# ================================================================== 4. who acted and whether it happened
# 4a. the 第一责任人 part's acts as intentions (markers at the front, after the subject, at the end)
D("fr_modal_e/niyu", "lower", lambda d: op_fr_modal(d, prefix="拟于{ny}年上半年"))
D("fr_modal_e/qicao", "lower", lambda d: op_fr_modal(d, suffix="，相关方案仍在起草之中"))
D("fr_infix_e/zhunbei", "lower", lambda d: op_fr_infix(d, "准备在{ny}年"))
# 4b. the acts given to a deputy or an office
D("fr_actor_e/fushuji", "lower", lambda d: op_actor(d, "分管政法的党委副书记"))
D("fr_actor_e/zongheban", "lower", lambda d: op_actor(d, "党政综合办公室"))
# 4c. the 第一责任人 part reduced to restated duties (same length)
DUTIES_E = ["党政主要负责人身为推进法治建设第一责任人，对本地法治工作中的要事须亲自谋划、难事须亲自协调。",
            "主要负责同志理应率先垂范学法用法，将依法办事落实到决策和管理的全过程。",
            "各级领导干部肩负着推动依法治理的政治担子，在其位就要谋其政、尽其责。",
            "党政正职应当按季度听取依法行政情况汇报，对存在的难点堵点及时作出安排。"]
D("fr_duties_e/yingdang", "lower", lambda d: op_replace_part(d, FR, DUTIES_E, ratio=1.0))
# 4d. the measures' counted sentences as intentions (suffix marker)
D("measures_mark_e/qidong", "lower", lambda d: op_measures_mark(d, suffix="，该项安排拟于{ny}年启动"))
# 4e. pairs
P("pair_fr_deed_vs_duty_e/a", lambda d: op_pair_append(d, FR,
  "{y}年7月，{head}主持召开{unit}政府常务会议，逐条审议{m1}件规范性文件送审稿，否决了其中1件。",
  "{head}应当亲自主持召开{unit}政府常务会议，认真审议规范性文件送审稿，对不合法的文件坚决不予通过。"))
P("pair_fr_principal_vs_deputy_e/a", lambda d: op_pair_append(d, FR,
  "{y}年9月，{lead}带队走访{m1}个基层执法站所，听取一线执法人员意见并现场解决执法车辆短缺问题。",
  "{y}年9月，" + d.deputy + "带队走访{m1}个基层执法站所，听取一线执法人员意见并现场解决执法车辆短缺问题。"))
P("pair_measures_done_vs_intended_e/a", lambda d: op_pair_insert(d, "measures",
  "{y}年完成{m1}个村（社区）公共法律服务工作室标准化改造，驻点律师接待群众咨询{n1}0人次。",
  "{ny}年打算开展{m1}个村（社区）公共法律服务工作室标准化改造，驻点律师拟接待群众咨询{n1}0人次。"))

# ================================================================== 5. causes and problems
D("causes_fixable_e/jiuqi", "higher", lambda d: op_items_append(d, [
    "究其根源，{unit}司法所现有在编人员{m1}名，同时承担人民调解、社区矫正和普法等多项职能，精力难以兼顾。",
    "究其根源，行政执法案件没有实行网上流转，审核环节无法留痕，{y}年案件平均办理周期长达{n1}天。"]))
D("causes_fixable_e/zhuyao", "higher", lambda d: op_items_append(d, [
    "主要原因是每年用于法治建设的专门经费仅{m1}万元，聘请第三方开展评估和培训的费用无法保障。",
    "主要原因是培训执法人员时以集中授课为主，缺少案例实训和考核环节，学用脱节。"]))
D("causes_moral_e/jiuqi", "not_higher", lambda d: op_items_append(d, [
    "究其根源，是少数干部把法治当作软任务，思想上没有真正重视起来，缺乏迎难而上的劲头。",
    "究其根源，是部分同志理想信念有所动摇，自我要求不够严格。"]))
D("causes_boast_e/jiuqi", "not_higher", lambda d: op_items_append(d, [
    "究其根源，是我们始终瞄准全省一流标准，自我加压、追求卓越，对工作的要求远高于一般地区。",
    "究其根源，是近年来我{unit}发展速度快、改革力度大，新情况新问题层出不穷。"]))
P("pair_causes_fixable_vs_boast_e/zhuyao", lambda d: (
    op_items_append(d, ["主要原因是每年用于法治建设的专门经费仅{m1}万元，聘请第三方开展评估和培训的费用无法保障。",
                        "主要原因是培训执法人员时以集中授课为主，缺少案例实训和考核环节，学用脱节。"]),
    op_items_append(d, ["主要原因是我们始终瞄准全省乃至全国一流标准，自我加压、追求卓越，工作要求远高于一般地区。",
                        "主要原因是近年来我{unit}发展速度快、改革力度大，各项工作始终走在全市前列。"])) if d.has("shortcomings") else None)
D("short_econ_e/zhaoshang", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是招商引资成效不够明显，{y}年新落地亿元以上项目仅{m1}个，产业带动能力偏弱。",
    "二是一般公共预算收入增幅回落，可用财力与刚性支出之间缺口较大。",
    "三是规上工业增加值增幅落后于周边县区，新兴产业占比不高。"]))
D("short_disguised_e/biaogan", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我{unit}法治工作标杆作用明显，承担的上级试点任务多，工作节奏快、标准高。",
    "二是干部队伍工作热情高涨，常常超负荷运转，需要注意劳逸结合。",
    "三是各项法治指标已处于全市前列，想要继续保持领先地位已愈发不易。"]))
P("pair_short_specific_vs_stock_e/a", lambda d: op_pair_append(d, "shortcomings",
  "另外，{y}年抽查的{n1}卷处罚案卷中有{m1}卷缺少听证告知书，{m2}份执法文书引用法条不准确。",
  "另外，依法行政工作与上级的要求和群众的期待相比还有一定差距，有些方面还需进一步加强和完善。"))

# ================================================================== 6. plans
D("plan_results_e/chixu", "lower", lambda d: op_plan_results(d, "持续", "来年主要打算如下。"))
D("plan_slogan_e/kaichuang", "lower", lambda d: op_replace_part(d, "next_year", [
    "下一步，我们将锚定目标、勇毅前行，咬定青山不放松，一锤接着一锤敲，",
    "为在法治轨道上续写发展新篇贡献更多智慧和力量，以优异成绩回应群众期盼。"], ratio=0.5))
ANSWER_E = ["针对{kp}的问题，{ny}年二季度拿出具体整改清单，指定责任科室，9月底前逐项对账销号。",
            "聚焦{kp}方面的短板，{ny}年内制定专项提升计划，每季度通报一次进展，年底组织第三方评估成效。"]
SLOGANS_E = ["以更硬的举措、更足的干劲、更优的作风，", "让法治成色在各项工作中愈加鲜明，", "书写依法治理的崭新篇章。"]
P("pair_plan_answer_vs_results_e/chixu", lambda d: op_plan_pair_vs_results(d, ANSWER_E, "持续"))
P("pair_plan_answer_vs_slogan_e/a", lambda d: op_plan_pair_vs_slogans(d, ANSWER_E[::-1], SLOGANS_E))

# ================================================================== 7. form-only edits (same content)
D("same_e/crlf", "same", lambda d: op_crlf(d))
D("same_e/trailing_spaces", "same", lambda d: op_trailing_spaces(d))
D("same_e/fullwidth_digits", "same", lambda d: op_fullwidth_digits(d))
D("same_e/page_numbers", "same", lambda d: op_page_numbers(d))
