"""Fourth substance set (D), HELD part.  Do not tune rules on these cases.

Same format as substance_edits_d.py.  (a) Other wordings of the tuning ideas; (b) ideas of its own:
credited items not in the tuning part (法律顾问, 三项制度, 执法监督, 政务公开, 府院联动, 整改上年问题;
述法 and 执法监督 removed), policy quotations as padding, credited-item sentences stripped, the
measures' dated results moved to next year, a 不足 part made of the year's results, a plan whose
deadlines had already passed, and other form-only edits.
"""
import re

from edit_lib import fmt, op_items_append, op_plan_answer_pair, op_replace_part, op_replace_part_paras
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import (
    FR,
    op_detail_existing,
    op_double_blank_lines,
    op_fr_modal,
    op_fullwidth_numbering,
    op_insert,
    op_measures_dates_next_year,
    op_pad_each_part,
    op_pair_insert,
    op_plan_pair_deadline_year,
    op_plan_results,
    op_remove_item,
    op_strip_sentences,
    op_traditional,
    op_wrap_headings,
    year_results,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work (items of its own)
ADD = {
    "legal_adviser": "{y}年{unit}政府与{m1}家律师事务所续签法律顾问服务协议，顾问律师出具书面法律意见书{n1}份，"
                     "参与重大信访化解{m2}次。",
    "three_systems": "{y}年行政执法主体、人员、职责和依据在门户网站全部公示，现场执法{n1}0余次全部使用音像记录，"
                     "作出{m1}件较大数额罚款决定前由法制审核人员出具审核意见。",
    "enforce_supervision": "{y}年聘请行政执法社会监督员{m1}名，组织执法监督“回头看”{m2}次，通过随机抽查发现并纠正"
                           "执法不规范问题{n1}个。",
    "open_gov": "{y}年更新政务公开专栏{n1}0次，公开财政预决算、重大建设项目等重点领域信息{n2}0条，组织政府开放日活动{m1}场。",
    "court_gov_link": "{y}年{unit}政府与基层人民法院建立行政争议诉前协调机制，召开联席会商会议{m1}次，诉前化解行政争议{m2}件。",
    "rectify_prior": "针对{py}年度报告所列执法人员不足、案卷不规范等{m1}个问题，{y}年新增执法编制{m2}名、修订案卷归档标准1项，"
                     "{m1}个问题整改完成后报上级销号。",
}
for item, para in ADD.items():
    D(f"add_dh/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
D("detail_dh/legal_adviser", "higher", lambda d: op_detail_existing(d, r"法律顾问",
  "顾问律师每周二到{unit}政府坐班，{y}年登记审阅文件{n1}件，出具修改意见{m1}条均被采纳。"))
REMOVE = {
    "legal_adviser": r"法律顾问|顾问律师|法律工作者",
    "shufa": r"述法",
    "enforce_supervision": r"执法监督|协调监督|监督检查",
}
for item, rx in REMOVE.items():
    D(f"remove_dh/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))
P("pair_figures_vs_bare/mediation", lambda d: op_pair_insert(d, "measures",
  "{y}年{unit}行政调解委员会受理征收补偿、劳动报酬纠纷{n1}件，调解成功{m1}件，{m1}份调解协议均已自动履行。",
  "{unit}行政调解委员会受理征收补偿、劳动报酬纠纷，调解成功一批，达成的调解协议均已自动履行。"))
P("pair_rol_vs_econ_d/zhengming", lambda d: op_pair_insert(d, "measures",
  "{y}年清理涉企收费和证明材料{m1}项，取消无法定依据的证明事项{m2}项，企业投诉的{n1}件执法问题全部办结。",
  "{y}年引进外资项目{m1}个，新增出口企业{m2}家，电商交易额突破{n1}亿元，全部完成市里下达的招商任务。"))
P("pair_rol_vs_party_d/renqian", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}名新任科级干部开展任前法律知识考试，{m1}名首次未通过人员补考合格后方才任职。",
  "{y}年对{n1}名入党积极分子开展集中培训，{m1}名发展对象经支部大会讨论通过后接收为预备党员。"))

# ================================================================== 2. padding
ZHONGSHI = ["我们始终高度重视、精心组织，层层传导压力、逐级压实责任，推动各项部署落地落细。",
            "各项工作扎实推进、亮点纷呈，法治建设的根基更加牢固。",
            "我们将坚持目标不变、标准不降、力度不减，持续用力、久久为功。",
            "这些都需要我们在今后的工作中认真加以研究解决。"]
QUOTES = ["正如《法治政府建设实施纲要（2021—2025年）》所强调的，法治政府建设是全面依法治国的重点任务和主体工程。",
          "习近平总书记指出，法治是最好的营商环境。",
          "党的二十大报告明确要求，扎实推进依法行政，转变政府职能，优化政府职责体系和组织结构。",
          "《党政主要负责人履行推进法治建设第一责任人职责规定》明确，党政主要负责人要履行推进法治建设第一责任人职责。"]
D("pad_each_part/zhongshi", "not_higher", lambda d: op_pad_each_part(d, ZHONGSHI))
D("pad_each_part/quotes", "not_higher", lambda d: op_pad_each_part(d, QUOTES))
CREDIT_RX = re.compile(r"复议|应诉|出庭|诉讼|合法性审|备案|规范性文件|重大行政决策|决策事项|法律顾问|三项制度|执法|评查|"
                       r"普法|法治宣传|调解|公开|述法|整改|听证")
D("strip_substance/credited", "lower", lambda d: op_strip_sentences(d, lambda s: bool(CREDIT_RX.search(s))))

# ================================================================== 3. who acted and whether it happened
D("fr_modal_d/yuding", "lower", lambda d: op_fr_modal(d, prefix="预定于{ny}年"))
D("fr_modal_d/dai", "lower", lambda d: op_fr_modal(d, prefix="待上级方案下发后，"))
D("fr_actor_d/zhifadui", "lower", lambda d: op_actor(d, fmt(d, "{unit}综合行政执法队")))
D("fr_actor_d/fuzhi", "lower", lambda d: op_actor(d, "分管司法行政的副职领导"))
D("measures_next_year_d/dates", "lower", lambda d: op_measures_dates_next_year(d))
P("pair_fr_principal_vs_office/dh", lambda d: op_pair_append(d, FR,
  "{y}年10月，{lead}召集{unit}信访、司法、执法部门负责人专题研究{m1}件重复信访事项的法律处置意见。",
  "{y}年10月，{unit}政府办公室召集{unit}信访、司法、执法部门负责人专题研究{m1}件重复信访事项的法律处置意见。"))
P("pair_fr_counted_vs_bare/dh", lambda d: op_pair_append(d, FR,
  "{y}年{head}对{m1}份法治督察反馈意见逐件签批，并于4月、9月两次带队回访整改单位。",
  "{head}对法治督察反馈意见作出签批，并带队回访整改单位。"))
P("pair_measures_done_vs_planned/dh", lambda d: op_pair_insert(d, "measures",
  "{y}年已对{m1}个村（社区）的村规民约开展合法性审查，修改违法条款{n1}条。",
  "待{ny}年经费落实后，预定对{m1}个村（社区）的村规民约开展合法性审查，修改违法条款{n1}条。"))

# ================================================================== 4. causes and problems
D("causes_fixable_d/qiyin", "higher", lambda d: op_items_append(d, [
    "其成因是执法办案平台与审批系统尚未对接，{y}年有{n1}件案件信息需人工重复录入。",
    "其成因是{y}年机构改革后执法职责划转，{m1}名执法人员转岗，新手比例偏高、办案经验不足。",
    "其成因是受{y}年汛期抢险影响，下半年原定的{m2}次执法培训未能如期举办。"]))
D("causes_moral_d/qiyin", "not_higher", lambda d: op_items_append(d, [
    "其成因是个别同志宗旨意识有所淡化，为民服务的热情不够高。",
    "其成因是少数干部纪律规矩意识松弛，对自身要求不严。"]))
P("pair_causes_fixable_vs_boast_d/qiyin", lambda d: (
    op_items_append(d, ["其成因是司法所仅有{m1}名在编人员，同时承担{n1}项职能。",
                        "其成因是合同审查没有规定时限，送审材料经常不全。"]),
    op_items_append(d, ["其成因是我们工作标准定得太高，始终追求一流业绩。",
                        "其成因是我们创新力度大，走在了全市的前面。"])) if d.has("shortcomings") else None)
D("short_econ_d/nongye", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是农业产业链条短、附加值低，农产品精深加工企业数量少。",
    "二是园区基础设施配套滞后，落地的大项目、好项目不多。",
    "三是居民消费意愿偏弱，商贸服务业恢复不及预期。"]))
D("short_disguised_d/lingxian", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我们的改革举措在全市领先，部分做法没有先例可循，需要花更多时间论证。",
    "二是工作人员普遍主动加班、放弃休假，长期高负荷运转。",
    "三是法治成效被多家媒体报道，社会关注度高，工作压力随之增大。"]))
# the 不足 part made of the year's own results (past tense, with figures) -> lower
D("short_as_results_d/results", "lower", lambda d: op_replace_part_paras(
    d, "shortcomings", year_results(d, "", 3)) if d.has("measures", "shortcomings") and len(year_results(d, "", 3)) == 3
  else None)

# ================================================================== 5. plans
D("plan_slogan_d/chengfeng", "lower", lambda d: op_replace_part(d, "next_year", [
    "在新的一年里，我们将乘风破浪、笃行不怠，",
    "以更加饱满的热情、更加坚定的信心，在法治轨道上阔步前进，不负时代、不负人民。"], ratio=0.5))
D("plan_results_d/jinyibu", "lower", lambda d: op_plan_results(d, "进一步", "{ny}年工作打算如下。"))
P("pair_plan_answer_vs_unrelated_d/a", lambda d: op_plan_answer_pair(d,
  ["对{kp}问题，{ny}年5月底前出台具体措施，明确牵头人和完成时限，三季度末组织一次评估。"],
  ["对{kp}工作，{ny}年5月底前出台具体措施，明确牵头人和完成时限，三季度末组织一次评估。"],
  ["农村自建房安全", "河道采砂管理", "殡葬改革", "燃气管道巡检", "水库移民后扶", "学校课后服务"]))
P("pair_plan_deadline_year/dh", lambda d: op_plan_pair_deadline_year(d, [
    "{ny}年4月底前修订{unit}行政执法案卷归档标准，并组织执法人员全员培训。",
    "{ny}年9月底前完成{m1}个村（社区）法律顾问服务台账的全面更新。",
    "{ny}年11月底前对全部行政规范性文件开展一次集中清理。"]))

# ================================================================== 6. form-only edits (same content)
D("same_dh/bracket_headings", "same", lambda d: op_wrap_headings(d, "【", "】"))
D("same_dh/fullwidth_numbering", "same", lambda d: op_fullwidth_numbering(d))
D("same_dh/traditional_short_plan", "same", lambda d: op_traditional(d, ["shortcomings", "next_year"]))
D("same_dh/double_blank_lines", "same", lambda d: op_double_blank_lines(d))
