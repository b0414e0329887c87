"""Third substance set, HELD-ASIDE part.  Do not tune rules on these cases.

Same format as substance_edits_c.py.  (a) other wordings of the tuning ideas; (b) a few ideas of
their own: credited items not in the tuning part (执法监督, 府院联动, 法治督察), duties restated in the
measures, generic praise, a concrete plan vs a slogan plan, more form-only edits.
"""
from edit_lib import fmt, op_fr_intent, op_items_append, op_measures_insert, op_replace_part, op_replace_part_paras, replace_body
from edit_lib_c import (
    op_actor,
    op_append,
    op_blank_lines,
    op_cause_block_pair_deleted,
    op_delete_sentences_in,
    op_heading_words,
    op_hollow_part,
    op_intent_sentences,
    op_pair_append,
    op_plan_repeat,
    op_punct_width,
    op_renumber,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


FR = "first_responsible"

# ================================================================ (a) other wordings of tuned ideas
D("fr_intent_c/zhunbei", "lower", lambda d: op_fr_intent(d, "准备"))
D("measures_intent/yuji", "lower", lambda d: op_intent_sentences(d, "measures", "预计"))
P("pair_done_vs_intended/fr_b", lambda d: op_pair_append(d, FR,
  "{y}年7月，{head}主持政府常务会议专题学习行政复议法，会上审议通过{unit}行政复议案件办理规程。",
  "{ny}年，{head}将适时主持政府常务会议专题学习行政复议法，并推动审议{unit}行政复议案件办理规程。"))
D("fr_actor_c/fushuji", "lower", lambda d: op_actor(d, "分管法治工作的党委副书记"))
D("fr_actor_c/keshi", "lower", lambda d: op_actor(d, "各职能科室"))
P("pair_principal_vs_deputy/b", lambda d: op_pair_append(d, FR,
  "{y}年11月，{lead}带队到{unit}司法所调研，现场研究解决调解员配备不足问题，新增专职调解员{m1}名。",
  "{y}年11月，{unit}委办公室带队到{unit}司法所调研，现场研究解决调解员配备不足问题，新增专职调解员{m1}名。"))
D("fr_restated_c/guiding", "lower", lambda d: op_replace_part(d, FR, [
    "党政主要负责人履行推进法治建设第一责任人职责，就是要把推进法治建设作为分内之事、应尽之责，",
    "做到法治建设重要工作有人抓、重大问题有人管、重点任务有人督，",
    "在决策时首先考虑合法性，在执行中坚守程序正当，在监督上敢于动真碰硬。"]))
D("causes_stock_c/jingshen", "not_higher", lambda d: op_items_append(d, [
    "深层次看，是一些同志精神状态不够饱满，满足于过得去、差不多。",
    "深层次看，是对法治工作的规律性认识还不够深刻，创新意识有待增强。"]))
D("causes_concrete_c/tiaojian", "higher", lambda d: op_items_append(d, [
    "深层次看，是{unit}至今没有专门的法制审核机构，审核工作由{m1}名兼职人员承担，缺乏审核台账。",
    "深层次看，是{y}年执法事项新增{n1}项而执法人员未增加，人均办案量比上年多{m2}件。"]))
P("pair_causes_fixable_vs_moral/b", lambda d: (
    op_items_append(d, ["背后的原因是执法文书没有统一的格式审查环节，文书由承办人自行把关。",
                        "背后的原因是{unit}行政调解没有纳入财政预算，调解场所靠临时借用。"]),
    op_items_append(d, ["背后的原因是部分干部担当意识不强，存在多一事不如少一事的想法。",
                        "背后的原因是对工作的高标准严要求坚持得还不够。"])) if d.has("shortcomings") else None)
P("pair_causes_vs_deleted/block_b", lambda d: op_cause_block_pair_deleted(d, "问题产生的根源在于：",
  ["第一，缘于执法力量配置不均，{m1}个村（社区）没有专职网格法治员；",
   "第二，缘于合法性审核缺乏配套的时限规定和退回机制；",
   "第三，缘于信息系统分散，执法、复议、诉讼数据无法共享比对。"]))
D("short_disguised_c/xuqiu", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是群众对我们的服务越来越认可，办事需求随之快速增长，窗口人员应接不暇。",
    "二是我们的创新做法受到各地关注，接待考察交流任务较多，牵扯了一定精力。",
    "三是法治建设成效显著，继续保持先进位次的难度越来越大。"]))
D("short_economic_c/chanye", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是产业结构偏重传统行业，新兴产业培育缓慢，经济增长新动能不足。",
    "二是村级集体经济薄弱，{m1}个村年经营性收入不足10万元。",
    "三是城镇化进程偏慢，基础设施欠账较多，公共服务供给不足。"]))
D("offtopic_measures/jingji", "not_higher", lambda d: op_measures_insert(d,
  "{y}年完成财政总收入{n1}.{m1}亿元、同比增长{p1}%，新增市场主体{n2}0户，完成重点项目投资{n3}亿元，城镇新增就业{m2}00人。"))
D("offtopic_measures/wenming", "not_higher", lambda d: op_measures_insert(d,
  "深入开展文明城市创建和环境卫生整治，{y}年清理卫生死角{n1}0处，改造公厕{m1}座，植树{n2}00株，"
  "评选文明家庭{n3}户、最美庭院{m2}个。"))
D("offtopic_fr/xiangcun", "not_higher", lambda d: op_append(d, FR,
  "{y}年，{lead}{m1}次深入联系村调研乡村振兴工作，{head}主持召开农业产业发展推进会{n1}次，落实产业扶持资金{n2}0万元。"))
D("plan_repeat_c/baochi", "lower", lambda d: op_plan_repeat(d, "保持"))
D("plan_slogans_c/zhiqi", "lower", lambda d: op_replace_part(d, "next_year", [
    "我们将以时不我待、只争朝夕的精神，撸起袖子加油干，",
    "推动法治政府建设在新的一年里开好局、起好步，交出一份人民满意的法治答卷。"], ratio=0.5))
D("hollow_part_c/fr_b", "lower", lambda d: op_hollow_part(d, FR, [
    "主要负责同志高度重视，亲自谋划、统筹推进。", "以上率下、以身作则，发挥了示范带动作用。",
    "法治建设责任层层压实，工作合力不断增强。"]))
# credited items of the tuning part, other wordings (add only)
D("add_legality_review/h", "higher", lambda d: op_measures_insert(d,
  "{y}年起以{unit}政府名义签订的合同一律先经司法所合法性审查，全年审查合同{n1}份，发现并纠正条款风险{m1}处。"))
D("add_review_litigation/h", "higher", lambda d: op_measures_insert(d,
  "{y}年本{unit}作为被告的行政诉讼案件{m1}件、作为被申请人的行政复议案件{m2}件，全部按期答复，"
  "{m1}件诉讼案件的庭审均有机关负责人到庭。"))
D("add_shufa/h", "higher", lambda d: op_append(d, FR,
  "{y}年12月底，{head}向{unit}委书面述法，述法报告列明全年推进法治建设的{m1}项具体工作和{m2}个待改进问题。"))

# ================================================================ (b) ideas of their own
# credited items kept out of the tuning part: added -> higher, removed -> lower
OWN = {
    "enforce_supervision": ("{y}年开展行政执法监督专项检查{m1}轮，评查执法案卷{n1}卷，"
                            "向{m2}个执法单位制发行政执法监督意见书。", r"执法监督|案卷评查|评查"),
    "court_gov_link": ("{y}年与人民法院召开府院联动联席会议{m1}次，就{m2}类行政审判中发现的问题"
                       "接收司法建议并完成整改。", r"府院|府检|司法建议"),
    "fazhi_ducha": ("{y}年接受市级法治督察1次，对督察指出的{m1}个问题制定整改方案，"
                    "{m1}个问题均已整改到位。", r"督察"),
}
for item, (para, rx) in OWN.items():
    D(f"add_{item}/h", "higher", lambda d, para=para: op_measures_insert(d, para))
    D(f"remove_{item}/h", "lower", lambda d, rx=rx: op_delete_sentences_in(d, ["measures", FR], rx))
# duties restated in the measures: every measures paragraph replaced by requirements that name
# credited items (重大行政决策, 合法性审查, 三项制度, 复议) but report no act, date or count
MEASURES_DUTIES = [
    "应当严格落实重大行政决策程序，坚持公众参与、专家论证、风险评估、合法性审查和集体讨论决定。",
    "应当全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度，规范执法行为。",
    "应当发挥行政复议化解行政争议的主渠道作用，支持行政机关负责人出庭应诉。",
    "应当加强行政规范性文件制定和监督管理，落实备案审查制度。",
]
D("measures_restated/yingdang", "lower", lambda d: op_replace_part(d, "measures", MEASURES_DUTIES))
# generic praise with no fact: must earn nothing
D("generic_praise_add/a", "not_higher", lambda d: op_measures_insert(d,
  "一年来，{unit}法治政府建设工作多次得到上级领导的充分肯定，社会各界广泛赞誉，"
  "群众获得感、幸福感、安全感显著增强，形成了一批可复制可推广的经验做法。"))
# pair: a plan of concrete rule-of-law tasks vs a slogan plan of the same length


def _plan_concrete_vs_slogan(d):
    if not d.has("next_year"):
        return None
    a = ["一是{ny}年6月底前出台{unit}合法性审核工作规程，明确送审材料和10个工作日审核时限。",
         "二是{ny}年对全部执法案卷开展两轮评查，问题案卷整改率达到100%。",
         "三是{ny}年新增专职人民调解员{m1}名，村（社区）法律顾问每月坐班不少于2次。"]
    b = ["一是坚定不移走中国特色社会主义法治道路，以更高标准谋划推进法治建设。",
         "二是凝心聚力、真抓实干，奋力推动法治政府建设各项工作再上新台阶。",
         "三是守正创新、勇毅前行，为高质量发展提供更加坚实有力的法治保障。"]
    A = [fmt(d, p, str(k)) for k, p in enumerate(a)]
    B = [fmt(d, p, str(k)) for k, p in enumerate(b)]
    return replace_body(d, "next_year", A, exclude=()), replace_body(d, "next_year", B, exclude=())


P("pair_plan_concrete_vs_slogan/a", _plan_concrete_vs_slogan)

# ================================================================ invariance: form-only edits
D("same_punct_width/to_full", "same", lambda d: op_punct_width(d, "full"))
D("same_numbering/arabic_paren", "same", lambda d: op_renumber(d, "arabic_paren"))
D("same_numbering/cn_paren", "same", lambda d: op_renumber(d, "cn_paren"))
D("same_heading_words/b", "same", lambda d: op_heading_words(d, [
    (r"主要举措和成效", "主要做法和成效"), (r"存在的不足", "存在的短板"), (r"存在不足", "存在短板"),
    (r"存在的问题和不足", "存在的短板和不足"), (r"工作安排", "工作计划"), (r"工作思路", "工作计划"),
    (r"工作要点", "工作计划")]))
D("same_blank_lines/add", "same", lambda d: op_blank_lines(d, "add"))
D("same_blank_lines/remove", "same", lambda d: op_blank_lines(d, "remove"))
