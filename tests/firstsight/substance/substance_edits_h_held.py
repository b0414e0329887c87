"""Eighth substance set (H), HELD part: other wordings of the tuning part's ideas, and ideas of its own
(the work of a superior body claimed as the report's own; counts of documents sent out as results; a plan
answering every problem against one answering only the first; counts written as ranges; years in Chinese
numerals; the 第一责任人 part and the 不足 items re-ordered or repeated).  Do not tune on it.

Same format and expectations as substance_edits_h.py; every wording differs from sets A, C, D, E, F, G
and from the tuning part (check_overlap_h.py).
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_items_append, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_e import op_fr_infix, op_measures_mark
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import (
    op_cn_numerals,
    op_cn_year,
    op_hollow_report,
    op_items_kp,
    op_merge_headings,
    op_pair_cause_blocks,
    op_pair_who,
    op_plan_all_vs_one,
    op_plan_from_problems,
    op_preamble,
    op_repeat_part,
    op_result_to_process,
    op_reverse_blocks,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work added (baseline)
ADD = {
    # 法律援助 (§3.2 公共法律服务)
    "legal_aid": "{y}年为困难群众办理法援案件{n1}件，指派律师{m1}名，为困难群众挽回经济损失{m2}0万元，受援人满意率{p1}%以上。",
    # 重大行政决策 目录管理 (§3.2 决策 chapter)
    "decision_list": "{y}年首次把{m1}项重大决策列成目录向社会公开，每项都走完听取意见、专家把关和风险评估程序后才上会。",
    # 行政执法案卷 评查 (§3.2 执法 chapter)
    "file_review": "{y}年抽取执法案卷{n1}宗交由律师和专家交叉评阅，评出优秀卷{m1}宗、不合格卷{m2}宗，并在全{unit}通报。",
}
for item, para in ADD.items():
    D(f"add_h/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
D("add_fr_h/shufa", "higher", lambda d: op_insert(d, FR,
  "{y}年12月，{lead}在党委全会上专题述法，点名通报{m1}个执法不规范单位，会后逐一督办整改到位。"))

# ================================================================== 2. acts given to the wrong actor
D("fr_actor_h/shangji", "lower", lambda d: op_actor(d, "上级督导组"))
D("fr_actor_h/zhucun", "lower", lambda d: op_actor(d, "驻村干部"))
D("fr_actor_h/lianluo", "lower", lambda d: op_actor(d, "各科室法治联络员"))
P("pair_who_h/banzi", lambda d: op_pair_who(d, FR,
  "{y}年3月，{who}召集{m1}个执法部门负责人当面听取整改情况，对进度滞后的单位限期交账。",
  "{lead}", "分管政法的班子成员"))
# held-only: the work of a superior body reported as the report's own result
D("claim_superior_h/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年上级法治督察组到我{unit}开展实地督察，调阅案卷{n1}本，走访群众{m1}0人，对我{unit}工作给予肯定。"))

# ================================================================== 3. deeds turned into intentions
D("fr_modal_h/wancheng", "lower", lambda d: op_fr_modal(d, suffix="，力求在{ny}年8月前全部落实"))
D("measures_mark_h/lizheng", "lower", lambda d: op_measures_mark(d, prefix="力争在{ny}年"))
D("fr_infix_h/choubei", "lower", lambda d: op_fr_infix(d, "正着手筹备"))
P("pair_fr_done_vs_listed_h/b", lambda d: op_pair_append(d, FR,
  "{y}年9月，{lead}主持召开专题会解决{m1}个乡村执法难点，{n1}天内均已落地见效。",
  "{lead}打算下一年专题研究{m1}个乡村执法难点，争取{n1}天内落地见效。"))

# ================================================================== 4. results turned into processes
D("process_h/bushu", "lower", lambda d: op_result_to_process(d, "对<t>进行了动员部署，强调务必高度重视。"))
P("pair_result_vs_meeting_h/b", lambda d: op_pair_insert(d, "measures",
  "{y}年开展证明事项清理，取消{n1}项、改为告知承诺{m1}项，群众少跑腿{m2}00余次。",
  "{y}年为证明事项清理工作开了{n1}次碰头会、{m1}次调度会，逐项明确了责任分工。"))
# held-only: counts of documents sent out presented as results
D("docs_sent_h/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年以{unit}委{unit}政府名义转发各类法治文件{n1}份，编发工作简报{m1}期，印制宣传折页{n2}00份。"))

# ================================================================== 5. figures that are no rule-of-law results
P("pair_nonlaw_h/population", lambda d: op_pair_insert(d, "measures",
  "{y}年开展执法监督检查{m1}轮，纠正不当行政行为{n1}件，追究执法过错责任{m2}人。",
  "{y}年末户籍人口{n1}万人，新生儿{m1}00名，迁入人口{m2}00余人，城镇化率提高{p1}个百分点。"))
P("pair_nonlaw_h/headcount", lambda d: op_pair_insert(d, "measures",
  "{y}年通过诉前调解化解行政争议{n1}件，行政机关主动纠错{m1}件，原告撤诉{m2}件。",
  "{y}年召开各类法治会议参会{n1}00人次，线上答题参与{m1}万人次，宣讲受众{m2}千人次。"))
D("add_econ_h/renkou", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年全{unit}地方生产总值增长{p1}%，外贸进出口额{n1}亿元，农村居民收入增长{p2}%，新建高标准农田{n2}万亩。"))

# ================================================================== 6. figures in Chinese numerals, ranges
D("same_h/cn_numerals_all", "same", lambda d: op_cn_numerals(d, ("measures", FR, "shortcomings", "next_year")))
D("same_h/cn_year", "same", lambda d: op_cn_year(d))
P("pair_range_vs_vague_h/a", lambda d: op_pair_insert(d, "measures",
  "{y}年每个村聘请法律顾问一至两名，全年为村级组织审查合同三十至四十份，出具法律意见二十余条。",
  "本年度各村普遍聘请了法律顾问，为村级组织审查了大量合同，出具法律意见的数量也相当可观。"))

# ================================================================== 7. the 不足 part: boasts and outside causes
D("short_boast_h/guotou", "lower", lambda d: op_items_kp(d, [
    "<kp>上我们的短板在于干得太快太好，兄弟单位一时跟不上我们的节奏。",
    "<kp>上唯一的遗憾是获得的荣誉还不够多，尚未拿到国家级表彰。",
    "<kp>上的问题主要是工作创新过多，经验总结提炼跟不上实践。"]))
D("short_external_h/tianzai", "not_higher", lambda d: op_items_append(d, [
    "归结起来是受今年洪涝灾害和上级考核指标变动的拖累，不在我们可控范围之内。",
    "归结起来是外部大环境使然，上级要求一年一变，基层难以适应。"]))
P("pair_cause_fixable_vs_external_h/b", lambda d: op_pair_cause_blocks(d, "细查背后的症结，",
  ["一是{m1}个村的人民调解员都是兼职，每月补贴不到两百元；",
   "二是执法文书还用纸质模板，没有统一的网上办案流程；",
   "三是合法性审查缺少办理时限，送审件常在科室里一压就是几周。"],
  ["一是上级下达的任务变化太快，今天布置明天又变；",
   "二是这两年外部经济形势严峻，社会矛盾随之增多；",
   "三是辖区正赶上大规模拆迁，群众情绪普遍比较大。"]))
P("pair_short_concrete_vs_boast_h/b", lambda d: op_pair_append(d, "shortcomings",
  "另有{m1}个部门的行政执法公示信息超过二十个工作日才上网，公示不及时的情况比较突出。",
  "另有一些工作我们标准定得太高，干部们常常自我加压，群众都说我们太认真了。"))

# ================================================================== 8. plans
PLAN_ANS_HH = ["就<kp>，{ny}年5月前修订相关工作规程，由{unit}法治办每季度抽查一次，年底前完成复核。",
               "关于<kp>，{ny}年增配专职人员{m1}名，由组织人事部门在上半年招录到岗。"]
PLAN_SLOGAN_HH = ["坚持问题导向，补齐短板弱项，不断开创工作新局面。",
                  "一年接着一年干，推动各项工作全面进步。"]
P("pair_plan_all_vs_one_h/a", lambda d: op_plan_all_vs_one(d, PLAN_ANS_HH, PLAN_SLOGAN_HH))
P("pair_plan_answer_vs_names_h/b", lambda d: op_plan_pair_tpls(d,
  [t.replace("<kp>", "{kp}") for t in PLAN_ANS_HH],
  ["就{kp}，{ny}年务必下大力气加以改进，力争有一个根本性的转变。",
   "关于{kp}，{ny}年要进一步引起重视，推动相关工作取得更大突破。"]))
D("plan_slogan_repeat_h/b", "lower", lambda d: op_replace_part(d, "next_year", [
    "走进新一年，我们仍将沿用往年行之有效的做法，",
    "坚持稳中求进，守正创新，", "咬定目标不放松，", "以时不我待的紧迫感，",
    "奋力开创依法治理工作新局面。"], ratio=1.0))
D("plan_echo_problems_h/b", "lower", lambda d: op_plan_from_problems(d, [
    "<kp>这方面，下一年度一定想办法改变现状。",
    "<kp>这一块，明年要拿出更好的精神状态来抓。"]))

# ================================================================== 9. the 第一责任人 part: attendance vs acts
P("pair_fr_acts_vs_study_h/b", lambda d: op_pair_append(d, FR,
  "{y}年，{lead}批示督办历史遗留执法积案{m1}件，主持审议规范性文件{n1}件，对其中{m2}件提出修改后才同意印发。",
  "{y}年，{lead}列席上级法治工作视频会议{m1}次，收看法治讲座录像{n1}场，并把学习体会发表在内部刊物上。"))
D("fr_study_only_h/b", "lower", lambda d: op_replace_part(d, FR, [
    "{lead}带头参加理论学习中心组集体学习，", "准时收听收看上级法治工作会议，",
    "认真阅读法治读本和辅导材料，", "积极参加网上学法考试并取得合格成绩。"], ratio=1.0))

# ================================================================== 10. padding
D("pad_preamble_h/shidai", "not_higher", lambda d: op_preamble(d, [
    "法治是治国理政的基本方式，是国家治理的重要依托。回望历史，法治兴则国兴，法治强则国强；"
    "放眼当下，法治在推进中国式现代化中的地位更加凸显。",
    "身处基层一线，我们深感责任重大、使命光荣，必须以更加坚定的决心推动法治落地生根。"]))
D("pad_repeat_h/fr", "not_higher", lambda d: op_repeat_part(d, FR, "概括起来，"))
D("pad_keyword_list_h/b", "not_higher", lambda d: op_insert(d, "measures",
  "这一年，权责清单、双随机一公开、包容审慎监管、告知承诺制、府院联动、诉源治理、"
  "法治乡村、公共法律服务、八五普法、智慧司法等重点工作齐头并进、全面开花。"))
D("pad_formula_h/b", "not_higher", lambda d: op_insert(d, "measures",
  "全{unit}上下始终胸怀“国之大者”，坚持以人民为中心，践行全过程人民民主，牢牢把握法治建设的正确政治方向。"))

# ================================================================== 11. named documents: issued vs studied
P("pair_docs_issued_vs_studied_h/b", lambda d: op_pair_insert(d, "measures",
  "{y}年新印发《{unit}行政执法全过程记录办法》《{unit}规范性文件管理办法》《{unit}法律顾问工作规则》并组织实施。",
  "{y}年集中学习《民法典》《行政许可法》《国家赔偿法》《行政强制法》并组织全员闭卷测试。"))

# ================================================================== 12. the year of the figures
P("pair_year_h/b", lambda d: op_pair_insert(d, "measures",
  "{y}年实现村级法律服务室全覆盖，值班律师接待咨询{n1}0人次。",
  "{py}年实现村级法律服务室全覆盖，值班律师接待咨询{n1}0人次。"))

# ================================================================== 13. a complete but hollow report
HOLLOW_HH = {
    "measures": ["一年来，在上面的正确指引下，我们依法行政的各项工作都迈出了新步伐、取得了新进展。",
                 "工作机制日趋完善，队伍素质不断提高，服务水平明显改善。",
                 "社会大局和谐稳定，群众安全感获得感持续提升，各项事业呈现出蓬勃发展的生动局面。"],
    FR: ["党政一把手高度重视法治工作，坚持把它作为一项政治任务来抓，",
         "常讲常抓、紧抓不放，真正把第一责任扛起来、落下去，",
         "为全面依法治理提供了有力的组织保障。"],
    "shortcomings": ["回顾一年，成绩来之不易，但也要清醒看到不足：",
                     "有的工作离群众期盼还有一定距离，有的环节衔接还不够顺畅，",
                     "这些既有客观方面的因素，也有主观努力还不够的原因。"],
    "next_year": ["下一年度，我们要保持战略定力，", "发扬钉钉子精神，", "坚持问题导向和目标导向相统一，",
                  "推动全{unit}法治建设迈上新的更高台阶。"],
}
D("hollow_report_h/b", "lower", lambda d: op_hollow_report(d, HOLLOW_HH), margin=10.0)

# ================================================================== 14. form only: order and headings
D("same_h/reverse_fr", "same", lambda d: op_reverse_blocks(d, FR))
D("merge_parts_h/b", "same", lambda d: op_merge_headings(d, "问题短板和{ny}年努力方向"))
