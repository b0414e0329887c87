"""Stage 2a: the page around a report: site chrome and page-header fields before it, footers after
it, the title, and the closing (特此报告, signature, date).

Works on the blocks of scorer.structure; the heading tree of the body is built there.
"""
from __future__ import annotations

import re

from .structure import Block, Structure, is_paragraph

DOC_TYPE_END = re.compile(r"(报告|总结|通知|方案|要点|解读|安排|细则|意见|办法|规划|计划|标准)[)）]?$")
TITLE_HINT = re.compile(r"法治|依法行政|报告|总结")

DATE_CN = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
DATE_ISO_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$")

# Page chrome: short lines carrying these words are navigation, page tools or footers.
CHROME_WORDS = (
    "首页", "无障碍", "简体", "繁体", "长者模式", "当前位置", "现在的位置", "打印", "关闭", "字号", "字体",
    "分享", "搜索", "热搜", "浏览次数", "浏览量", "点击率", "点击数", "访问量", "阅读次数", "相关链接", "相关文档",
    "相关阅读", "相关新闻", "网站地图", "使用帮助", "关于我们", "设为首页", "收藏本站", "加入收藏", "主办", "承办",
    "协办", "技术支持", "ICP备", "icp备", "公网安备", "网站标识码", "网站识别码", "联系电话", "服务热线",
    "热线", "版权所有", "copyright", "Copyright", "点击收起", "扫一扫", "微信", "微博", "上一篇", "下一篇",
    "责任编辑", "编辑:", "索引号", "发布机构", "发文机关", "文号", "主题分类", "主题词", "分类:", "有效性",
    "成文日期", "发布日期", "发布时间", "生成日期", "来源:", "信息来源", "浏览", "招标采购", "官方",
    "纠错", "返回顶部", "sitemap",
)
# From one of these on, the rest of the page is footer (once the report has started).
FOOTER_START = re.compile(
    r"^(?:相关链接|相关文档|相关文件|相关阅读|相关新闻|推荐阅读|相关附件|附件下载|网站地图|【打印|打印本页|【关闭|关闭窗口|主办[:单]|"
    r"扫一扫|版权所有|点击收起|上一篇|下一篇|分享到)"
)
META_DATE = re.compile(
    r"(?:发布日期|发布时间|公文生成日期|生成日期|成文日期|印发日期|日期|时间)[:：]?\s*(?P<d>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})"
)
# Keys have no spaces, so "2026-02-10 00:00" reads "2026-02-1000:00": allow a glued time.
ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?!\d)|(?=\d{1,2}:))")
CN_DATE = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
# "县委、县政府:" — an addressee list ending in an organ, not a sentence ending in a colon.
SALUTATION = re.compile(r"^[^。;；:：]{2,60}(委|政府|办|局|厅|部|单位|部门|委员会|管委会|办事处|常委会|同志|领导)[:：]$")
CLOSING = re.compile(r"^(?:特此报告|特此汇报|以上报告|专此报告)")
ANNOTATION = re.compile(r"^(?:\(此件[^)]*\)|此件[^,。]*公开|抄送|抄报|附件|联系人|联系电话|\(联系人)")
SIGNED_AND_DATED = re.compile(r"^[^。,;:]{2,40}?(人民政府|政府|办事处|委员会|管委会|局|委|办公室|办|厅|部|镇|乡|街道)(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
ORG_SUFFIX = re.compile(r"(人民政府|政府|办事处|委员会|管委会|管理委员会|局|委|办公室|办|厅|部|署|中心|镇|乡|街道|县|区|市)$")


def is_chrome(key: str, raw: str) -> bool:
    if not key:
        return True
    if re.fullmatch(r"[|\-_=*·•>»/\\.。,、:;()\[\]【】]+", key):
        return True
    if len(key) > 60 or "。" in key:
        return False
    if any(w in key for w in CHROME_WORDS):
        return True
    if ">" in key and ("首页" in key or key.count(">") >= 2):
        return True
    if "星期" in key and re.search(r"\d{4}年", key):
        return True  # a site's clock, not a publish date
    tokens = [t for t in re.split(r"[\s|｜]+", raw.strip()) if t]
    if len(tokens) >= 4 and max(len(t) for t in tokens) <= 10 and not re.search(r"[，,。；;]", raw):
        # a navigation bar, unless the words spell a title ("南岭县人民政府 关于2024年 法治政府建设 情况的报告")
        return not looks_like_title(key)
    return False


def is_meta(key: str) -> bool:
    if META_DATE.search(key) or DATE_ISO_LINE.match(key) or key.startswith(("来源", "信息来源")):
        return True
    # "浙江/丽水-2026-02-10 00:00:00": a short line around an ISO date is a page header.
    return len(key) <= 40 and bool(ISO_DATE.search(key) or CN_DATE.search(key)) and not re.search(r"[。,;]", key)


def looks_like_title(key: str) -> bool:
    if not key or len(key) > 90 or "。" in key or key.endswith((":", ",")):
        return False
    return bool(DOC_TYPE_END.search(key)) and bool(TITLE_HINT.search(key) or len(key) <= 40)


def find_start(st: Structure, blocks: list[Block]) -> int:
    """Index of the first block of the report text; sets the title when one is found."""
    limit = min(len(blocks), 40)
    for i in range(limit):
        b = blocks[i]
        k = b.k
        pair = _title_pair(blocks, i)
        if pair or (looks_like_title(k) and not is_chrome(k, b.raw)):
            title_blocks = [b, blocks[i + 1]] if pair else [b]
            st.title = "".join(x.raw.strip() for x in title_blocks)
            st.title_lines = [x.line for x in title_blocks]
            st.title_key = "".join(x.k for x in title_blocks)
            for x in title_blocks:
                x.role = "title"
            j = i + len(title_blocks)
            _mark_repeats(blocks, j, st.title_key)
            while j < len(blocks) and (blocks[j].role == "title_repeat" or _header_line(blocks[j])):
                j += 1
            return j
        if _header_line(b):
            continue
        if b.shape or is_paragraph(k) or SALUTATION.match(k):
            return i
    return 0


def _header_line(b: Block) -> bool:
    return is_meta(b.k) or is_chrome(b.k, b.raw)


def _title_pair(blocks: list[Block], i: int) -> bool:
    """A title broken over two short lines: "大河乡人民政府" / "关于法治政府建设的情况报告"."""
    if i + 1 >= len(blocks):
        return False
    a, b = blocks[i].k, blocks[i + 1].k
    if not a or not b or len(a) > 50 or len(b) > 40 or "。" in a + b or a.endswith((":", ",")):
        return False
    if DOC_TYPE_END.search(a) or not DOC_TYPE_END.search(b) or is_chrome(a, blocks[i].raw):
        return False
    if blocks[i].shape or is_meta(a):
        return False
    joined = a + b
    return bool(re.search(r"法治|依法行政", joined)) and (b.startswith("关于") or ORG_SUFFIX.search(a) or len(b) <= 8 or "法治" in a)


def _mark_repeats(blocks: list[Block], start: int, title_key: str) -> None:
    """Pages often print the title twice (page header and article); later copies are chrome."""
    for b in blocks[start : start + 8]:
        if b.k == title_key or (len(b.k) >= 8 and b.k in title_key and not is_paragraph(b.k)):
            b.role = "title_repeat"
        elif is_paragraph(b.k) or b.shape:
            break


def find_end(blocks: list[Block], start: int) -> int:
    """Index after the last block of the report: footers and related links are cut."""
    last_content = start
    for i in range(start, len(blocks)):
        k = blocks[i].k
        if i > start and FOOTER_START.match(k) and _seen_body(blocks, start, i):
            return i
        if is_paragraph(k) or blocks[i].shape:
            last_content = i
    end = len(blocks)
    for i in range(last_content + 1, len(blocks)):
        b = blocks[i]
        if is_chrome(b.k, b.raw) and not _closing_like(b.k):
            end = i
            break
    return end


def _seen_body(blocks: list[Block], start: int, i: int) -> bool:
    return any(is_paragraph(b.k) for b in blocks[start:i])


def _closing_like(key: str) -> bool:
    return bool(DATE_CN.match(key) or CLOSING.match(key) or (len(key) <= 30 and ORG_SUFFIX.search(key)))


def strip_closing(st: Structure, body: list[Block]) -> list[Block]:
    """Take 特此报告, the signature and the date off the end of the body."""
    i = len(body)
    while i > 0:
        b = body[i - 1]
        k = b.k
        if DATE_CN.match(k) or DATE_ISO_LINE.match(k):
            b.role = "date"
        elif ANNOTATION.match(k) and len(k) <= 40:
            b.role = "annotation"  # （此件公开发布）, 抄送…, 附件… after the date
        elif SIGNED_AND_DATED.match(k):
            b.role = "signature"  # "南岭县人民政府 2025年3月15日" on one line
        elif CLOSING.match(k) and len(k) <= 12:
            b.role = "closing"
        elif len(k) <= 40 and ORG_SUFFIX.search(k) and not re.search(r"[。,;:]", k) and not b.shape:
            b.role = "signature"
        else:
            break
        i -= 1
    st.closing = body[i:]
    body = body[:i]
    # Salutation ("县委、县政府:") right at the start.
    for b in body[:3]:
        if SALUTATION.match(b.k) and not b.shape:
            b.role = "salutation"
    return [b for b in body if b.role == "body"]
