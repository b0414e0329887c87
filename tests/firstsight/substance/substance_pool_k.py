"""Eleventh substance set (K): every case definition of the set, in variants, and the random split into a
tuning part (substance_edits_k.py) and a held part (substance_edits_k_held.py).

Written from the domain (/work/shared/docs/domain.md, issues 25/26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_j.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each idea has one or two variants (other wordings of the same idea).  SPLIT_SEED fixes the split: for an
idea with two variants, a coin decides which variant is tuning and which is held; the one-variant ideas
(the form-only rewrites) are shuffled and cut in half.  The split was committed before any run of the
tool.  Every wording is new (check_overlap_k.py: no 8-character run shared with sets A, C–J, and none
shared between the tuning and the held variants).

Ideas marked star=True are ideas no earlier set tried (★ in README-k.md).
"""
import random

from edit_lib_c import op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_f import op_plan_pair_tpls
from edit_lib_g import op_strip_figures
from edit_lib_h import op_hollow_report, op_items_kp, op_result_to_process
from edit_lib_i import op_mark_counted
from edit_lib_k import (
    op_enum_circled,
    op_fr_copy_counted,
    op_kp_measures,
    op_md_bullets,
    op_named_docs_generic,
    op_pair_kp_measures,
    op_pct_fullwidth,
    op_recap_counts,
    op_title_summary,
    op_to_wan,
)

SPLIT_SEED = 20261207

IDEAS = {}    # idea -> {"star": bool, "variants": [case, ...]}


def _add(idea, star, case):
    IDEAS.setdefault(idea, {"star": star, "variants": []})["variants"].append(case)


def D(idea, var, star, expected, make, margin=0.5):
    _add(idea, star, (f"{idea}/{var}", "directional", expected, make, margin))


def P(idea, var, star, make, margin=0.5):
    _add(idea, star, (f"{idea}/{var}", "pair", "a_higher", make, margin))


# ================================================================== 1. credited work added (baseline)
D("add_k", "pingcha", False, "higher", lambda d: op_insert(d, "measures",
  "{y}年对{n1}个执法单位的处罚决定书开展交叉评查，抽查{m1}00份，纠正文书瑕疵{n2}处并逐一通报到承办人。"))
D("add_k", "guwen", False, "higher", lambda d: op_insert(d, "measures",
  "{y}年新聘请政府法律顾问{m1}名，为常务会议议题提供书面意见{n1}份，对{m2}个合同文本提出的修改意见均被采纳。"))

# ================================================================== 2. ★ the 不足's own problems claimed solved in the measures
D("claim_solved_k", "genchu", True, "not_higher", lambda d: op_kp_measures(d,
  "<kp>这一问题在{y}年已彻底根除，今后不会再出现。"))
D("claim_solved_k", "daowei", True, "not_higher", lambda d: op_kp_measures(d,
  "经过一年努力，<kp>这一难题已全部解决到位。"))
P("pair_progress_vs_solved_k", "qingdan", True, lambda d: op_pair_kp_measures(d,
  "针对<kp>，{y}年列出问题清单，一项一项落实整改责任人，已办结一部分，剩余部分写明了时限。",
  "针对<kp>，{y}年已一举全部解决，再无任何遗留问题。"))
P("pair_progress_vs_solved_k", "zhuoshou", True, lambda d: op_pair_kp_measures(d,
  "<kp>方面，{y}年已着手整改，目前完成具体事项{m1}项，尚未从根本上扭转。",
  "<kp>方面，{y}年发生根本性转变，相关现象完全消除。"))

# ================================================================== 3. ★ a named law vs "相关法律法规"
P("pair_named_law_vs_generic_k", "shouwei", True, lambda d: op_pair_insert(d, "measures",
  "{y}年依据《行政处罚法》关于首违不罚的规定，对{n1}家头一回轻微违法的个体商户免于罚款。",
  "{y}年依据相关法律法规，对{n1}家头一回轻微违法的个体商户免于罚款。"))
P("pair_named_law_vs_generic_k", "yingshang", True, lambda d: op_pair_insert(d, "measures",
  "按照《优化营商环境条例》第六十三条，{y}年清理涉企规范性文件{n2}件，宣布废止其中{m2}件。",
  "按照上级有关规定，{y}年清理涉企规范性文件{n2}件，宣布废止其中{m2}件。"))

# ================================================================== 4. ★ named documents made generic
D("named_docs_generic_k", "youguan", True, "lower", lambda d: op_named_docs_generic(d, "有关文件"))
D("named_docs_generic_k", "zhidu", True, "lower", lambda d: op_named_docs_generic(d, "相应制度规定"))

# ================================================================== 5. ★ a named case vs "一批案件"
P("pair_named_case_vs_batch_k", "jiancai", True, lambda d: op_pair_insert(d, "measures",
  "{y}年审理某建材公司不服责令停产决定的复议案，经听证撤销原决定，并据此修订了同类案件的办理流程。",
  "{y}年审理了一批有代表性、有影响力的复议案件，法律效果和社会效果俱佳。"))
P("pair_named_case_vs_batch_k", "guoqi", True, lambda d: op_pair_insert(d, "measures",
  "{y}年查处一起超市销售过期奶粉案，罚没{m1}万元，随后把该案编成以案释法材料发给辖区商户。",
  "{y}年查处了多起群众关注度较高的违法案件，以案释法收到较好反响。"))

# ================================================================== 6. ★ the principal's act: a named object vs a generic one
P("pair_fr_named_object_k", "changwu", True, lambda d: op_pair_append(d, FR,
  "{y}年{head}主持政府常务会议{m1}次，审议《{unit}城市管理综合执法实施办法（草案）》等{m2}件规范性文件草案。",
  "{y}年{head}主持政府常务会议{m1}次，对有关方面的事项进行了研究。"))
P("pair_fr_named_object_k", "duca", True, lambda d: op_pair_append(d, FR,
  "{head}带队督查《{unit}行政执法公示实施细则》执行情况，向{m1}个单位下发整改通知书。",
  "{head}带队对有关工作开展督查，向有关单位提出了要求。"))

# ================================================================== 7. ★ counted results turned into agentless passive verdicts
D("passive_verdict_k", "jiaqiang", True, "lower", lambda d: op_result_to_process(d, "<t>工作得到有效加强。"))
D("passive_verdict_k", "buqi", True, "lower", lambda d: op_result_to_process(d,
  "<t>方面的短板得以补齐，成效逐步显现。"))

# ================================================================== 8. ★ padding made of the report's own words
D("pad_recap_counts_k", "huiwang", True, "not_higher", lambda d: op_recap_counts(d,
  "用数字回望这一年：", "，每一个数字都凝结着全{unit}干部的辛勤付出。"))
D("pad_recap_counts_k", "chengjidan", True, "not_higher", lambda d: op_recap_counts(d,
  "盘点{y}年的成绩单，", "，这些数据再次印证了我们的工作成效。"))
D("pad_title_summary_k", "zongshang", True, "not_higher", lambda d: op_title_summary(d,
  "综上，本{unit}在", "等方面均取得了明显成效。"))
D("pad_title_summary_k", "huigu", True, "not_higher", lambda d: op_title_summary(d,
  "一年来，从", "，每一项都有序推进、可圈可点。"))
D("pad_fr_copy_counted_k", "qinzi", True, "not_higher", lambda d: op_fr_copy_counted(d,
  "在{head}的亲自推动下，"))
D("pad_fr_copy_counted_k", "guanzhu", True, "not_higher", lambda d: op_fr_copy_counted(d,
  "{head}对此事始终高度关注，"))

# ================================================================== 9. ★ padding: a chain of generic verbs, a law quoted
D("pad_verb_chain_k", "zhua", True, "not_higher", lambda d: op_insert(d, "measures",
  "全{unit}坚持抓谋划、抓推进、抓督导、抓考核、抓示范、抓宣传、抓保障、抓长效，层层传导、环环相扣。"))
D("pad_verb_chain_k", "zao", True, "not_higher", lambda d: op_insert(d, "measures",
  "各部门做到了早谋划、勤调度、严督办、重考评、强保障、促长效、求实绩、创品牌、树形象。"))
D("pad_law_quote_k", "xuke", True, "not_higher", lambda d: op_insert(d, "measures",
  "《行政许可法》明确，设定和实施行政许可应当遵循公开、公平、公正、非歧视的原则，"
  "行政机关应当依法保护申请人的合法权益。"))
D("pad_law_quote_k", "gaozhi", True, "not_higher", lambda d: op_insert(d, "measures",
  "依照法律规定，行政机关在作出处罚决定之前，须告知当事人拟作出处罚的内容及事实、理由、依据，"
  "并告知其享有陈述、申辩以及要求听证的权利。"))

# ================================================================== 10. ★ last year's plan followed up with counts vs not
P("pair_lastplan_followed_k", "duizhang", True, lambda d: op_pair_insert(d, "measures",
  "对照上年度报告写下的来年打算逐项对账，{m1}项已经办结，另有{m2}项因上位法修订而顺延，重新定了时限。",
  "上年度报告中写下的来年打算，今年总体上都得到了较好的贯彻。"))
P("pair_lastplan_followed_k", "shishi", True, lambda d: op_pair_insert(d, "measures",
  "去年报告承诺的事项，今年逐件倒排工期，其中{m1}件已办成，{m2}件仍在推进，并向社会说明了原因。",
  "去年报告承诺的事项，今年都在按部就班地往前推。"))

# ================================================================== 11. intended acts reported (new wordings of old ideas)
D("intent_counted_k", "dasuan", False, "lower", lambda d: op_mark_counted(d,
  prefix="据初步打算，", suffix="，相关事项待{ny}年再启动"))
D("intent_counted_k", "nibang", False, "lower", lambda d: op_mark_counted(d,
  suffix="（系拟办事项，眼下尚未实施）"))
D("fr_modal_k", "kaichun", False, "lower", lambda d: op_fr_modal(d, suffix="，此事准备明年开春以后再着手"))
D("fr_modal_k", "dasuan", False, "lower", lambda d: op_fr_modal(d, prefix="下一步的打算是："))
P("pair_done_vs_draft_k", "gongshi", False, lambda d: op_pair_insert(d, "measures",
  "{y}年印发实施《{unit}行政执法公示办法》，据此公示执法信息{n1}00条。",
  "{y}年起草了《{unit}行政执法公示办法》初稿，目前仍在征求意见。"))
P("pair_done_vs_draft_k", "jiedai", False, lambda d: op_pair_insert(d, "measures",
  "{y}年建成并启用{unit}级复议接待中心，接待来访群众{n1}0人次。",
  "{unit}级复议接待中心已完成选址论证，建设资金还在争取当中。"))

# ================================================================== 12. the principal's counts made vague
D("fr_strip_figures_k", "duo", False, "lower", lambda d: op_strip_figures(d, FR, "多", min_hits=2))
D("fr_strip_figures_k", "yixie", False, "lower", lambda d: op_strip_figures(d, FR, "一些", min_hits=2))

# ================================================================== 13. the 不足: causes only "客观原因"
D("short_stock_cause_k", "jiaozhi", False, "lower", lambda d: op_items_kp(d, [
    "<kp>的问题，归根结底是受主客观多重因素交织影响。",
    "<kp>方面，客观因素和主观因素兼而有之。"]))
D("short_stock_cause_k", "duofangmian", False, "lower", lambda d: op_items_kp(d, [
    "<kp>仍有欠缺，客观原因是多方面的。",
    "<kp>做得不够，主要是客观条件所致。"]))

# ================================================================== 14. ★ plans: a named regulation vs "相关法律法规"; timeline words
P("pair_plan_named_law_k", "tiaoli", True, lambda d: op_plan_pair_tpls(d,
  ["针对{kp}，对照《重大行政决策程序暂行条例》，{ny}年6月底前由{dept}修订本级配套规则。",
   "针对{kp}，依据新修订的《中华人民共和国行政复议法》，{ny}年三季度前由{dept}完成办案流程再造。"],
  ["针对{kp}，对照相关法律法规，{ny}年6月底前由{dept}修订本级配套规则。",
   "针对{kp}，依据有关规定，{ny}年三季度前由{dept}完成办案流程再造。"]))
P("pair_plan_named_law_k", "gangyao", True, lambda d: op_plan_pair_tpls(d,
  ["关于{kp}，{ny}年由{dept}逐条对照《法治政府建设实施纲要（2021－2025年）》的对应任务列出整改举措。",
   "关于{kp}，{ny}年由{dept}按《行政执法机关移送涉嫌犯罪案件的规定》理顺衔接程序。"],
  ["关于{kp}，{ny}年由{dept}逐条对照上级的要求列出整改举措。",
   "关于{kp}，{ny}年由{dept}按照有关要求理顺衔接程序。"]))
P("pair_plan_timeline_k", "shangbannian", False, lambda d: op_plan_pair_tpls(d,
  ["针对{kp}，由{dept}在{ny}年上半年制定专项方案并抓好落实。",
   "针对{kp}，由{dept}于{ny}年12月底前完成一轮全面自查。"],
  ["针对{kp}，由{dept}制定专项方案并抓好落实。",
   "针对{kp}，由{dept}完成一轮全面自查。"]))
P("pair_plan_timeline_k", "jidu", False, lambda d: op_plan_pair_tpls(d,
  ["就{kp}，{ny}年一季度由{dept}摸清底数，9月底前整改到位。",
   "就{kp}，{dept}在{ny}年10月前拿出制度文本并提请审议。"],
  ["就{kp}，由{dept}摸清底数，整改到位。",
   "就{kp}，{dept}拿出制度文本并提请审议。"]))

# ================================================================== 17. ★ inspecting others vs being inspected; an actor vs the passive
P("pair_inspect_vs_inspected_k", "duzha", True, lambda d: op_pair_insert(d, "measures",
  "{y}年组织本级法治督察，对{m1}个部门逐一过堂，查出问题{n1}个，督促限期整改。",
  "{y}年迎接上级法治督察{m1}次，各项迎检材料准备充分，顺利通过检查。"))
P("pair_inspect_vs_inspected_k", "kaohe", True, lambda d: op_pair_insert(d, "measures",
  "{y}年对下属{m1}个单位的依法行政情况逐项考核，{m2}个单位因案卷不合格被扣分并通报。",
  "{y}年参加上级组织的依法行政考核，本{unit}考核成绩位居前列。"))
P("pair_actor_vs_passive_k", "shenhe", True, lambda d: op_pair_insert(d, "measures",
  "{y}年由{dept}牵头审核规范性文件{n1}件，退回起草单位修改{m1}件。",
  "{y}年规范性文件审核工作得到落实，{n1}件文件被审核，{m1}件被退回修改。"))
P("pair_actor_vs_passive_k", "tiaochu", True, lambda d: op_pair_insert(d, "measures",
  "{y}年{dept}会同各村调解委员会调处邻里纠纷{n2}件，促成调解协议{m2}份。",
  "{y}年纠纷调处工作得以推进，共有{n2}件邻里纠纷被调处，{m2}份调解协议被促成。"))

# ================================================================== 18. ★ padding: a list of the bodies taking part, no act
D("pad_body_list_k", "bumen", True, "not_higher", lambda d: op_insert(d, "measures",
  "参与此项工作的有公安、生态环境、市场监管、自然资源、住房城乡建设、交通运输、农业农村、卫生健康、"
  "应急管理、文化旅游等部门。"))
D("pad_body_list_k", "lianxi", True, "not_higher", lambda d: op_insert(d, "measures",
  "本{unit}法治建设联席会议成员单位涵盖发展改革、财政、人力社保、民政、教育、水利、商务、审计、统计、"
  "信访、医保、林业等{n1}家单位。"))

# ================================================================== 15. a complete but hollow report
HOLLOW_K1 = {
    "measures": ["这一年，法治建设的步子迈得扎实稳健，", "各项举措环环相扣、协同发力，",
                 "法治的底色愈发鲜亮。"],
    FR: ["一把手把法治这件事时时放在心头，", "身体力行、以身作则，",
         "为法治建设掌舵领航。"],
    "shortcomings": ["对标更高要求，工作中还有若干薄弱之处，", "少数方面推进得还不够平衡，",
                     "个别同志的能力素质与任务要求不太匹配。"],
    "next_year": ["来年，全{unit}干部群众将振奋精神、接续奋斗，", "以更饱满的热情、更务实的作风，",
                  "让法治建设迈上更高的台阶。"],
}
HOLLOW_K2 = {
    "measures": ["全体干部凝心聚力、攻坚克难，", "各领域工作齐头并进、亮点频出，",
                 "遇事找法蔚然成风。"],
    FR: ["领导班子高度重视、靠前指挥，", "处处以法为尺、以规为绳，",
         "层层压紧压实工作责任。"],
    "shortcomings": ["与群众的期盼相比还有距离，", "有的工作标准还不够高，",
                     "创新意识还需进一步增强。"],
    "next_year": ["下一阶段，全体干部会锚定目标、持之以恒，", "在法治轨道上砥砺奋进，",
                  "交出一份更加亮眼的答卷。"],
}
D("hollow_report_k", "wenjian", False, "lower", lambda d: op_hollow_report(d, HOLLOW_K1), margin=10.0)
D("hollow_report_k", "ningxin", False, "lower", lambda d: op_hollow_report(d, HOLLOW_K2), margin=10.0)

# ================================================================== 16. ★ form only (one variant each; the four are split in half)
D("same_k_pct_fullwidth", "a", True, "same", lambda d: op_pct_fullwidth(d))
D("same_k_md_bullets", "a", True, "same", lambda d: op_md_bullets(d))
D("same_k_enum_circled", "a", True, "same", lambda d: op_enum_circled(d))
D("same_k_to_wan", "a", True, "same", lambda d: op_to_wan(d))


# ================================================================== the split
def split(seed=SPLIT_SEED):
    """{'tune': [case, ...], 'held': [case, ...]} and the assignment {case name: part}."""
    rng = random.Random(seed)
    parts = {"tune": [], "held": []}
    singles = []
    for idea in sorted(IDEAS):
        vs = IDEAS[idea]["variants"]
        if len(vs) == 2:
            order = [0, 1]
            rng.shuffle(order)
            parts["tune"].append(vs[order[0]])
            parts["held"].append(vs[order[1]])
        else:
            singles.extend(vs)
    rng.shuffle(singles)
    half = len(singles) // 2
    parts["tune"].extend(singles[:half])
    parts["held"].extend(singles[half:])
    return parts


def is_star(case_name):
    return IDEAS[case_name.split("/")[0]]["star"]


def cases(part):
    return split()[part]
