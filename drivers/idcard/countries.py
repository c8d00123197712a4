"""ISO 3166-1 countries with their Chinese short names: the nationality on foreign permanent resident cards.

The 2017 card stores the nationality as GB/T 2659 (= ISO 3166-1) alpha-3 letters; the numeric code
is kept as well because the 2023 card's number carries the nationality as those three digits.
Generated once from the ISO tables with their zh_CN names, with the names of Hong Kong, Macao and
Taiwan written the way Chinese documents write them. Parsed on first use, not at import.
"""

from __future__ import annotations

from functools import cache

_TABLE = """\
ABW 533 阿鲁巴
AFG 004 阿富汗
AGO 024 安哥拉
AIA 660 安圭拉
ALA 248 奥兰群岛
ALB 008 阿尔巴尼亚
AND 020 安道尔
ARE 784 阿联酋
ARG 032 阿根廷
ARM 051 亚美尼亚
ASM 016 美属萨摩亚
ATA 010 南极洲
ATF 260 法属南半球领地
ATG 028 安提瓜和巴布达
AUS 036 澳大利亚
AUT 040 奥地利
AZE 031 阿塞拜疆
BDI 108 布隆迪
BEL 056 比利时
BEN 204 贝宁
BES 535 博奈尔、圣尤斯特歇斯岛和萨巴
BFA 854 布基纳法索
BGD 050 孟加拉
BGR 100 保加利亚
BHR 048 巴林
BHS 044 巴哈马
BIH 070 波斯尼亚和黑塞哥维那
BLM 652 圣巴泰勒米岛
BLR 112 白俄罗斯
BLZ 084 伯利兹
BMU 060 百慕大
BOL 068 玻利维亚
BRA 076 巴西
BRB 052 巴巴多斯
BRN 096 文莱
BTN 064 不丹
BVT 074 布维群岛
BWA 072 博茨瓦纳
CAF 140 中非共和国
CAN 124 加拿大
CCK 166 科科斯 (基林) 群岛
CHE 756 瑞士
CHL 152 智利
CHN 156 中国
CIV 384 科特迪瓦
CMR 120 喀麦隆
COD 180 刚果民主共和国
COG 178 刚果
COK 184 库克群岛
COL 170 哥伦比亚
COM 174 科摩罗
CPV 132 佛得角
CRI 188 哥斯达黎加
CUB 192 古巴
CUW 531 库拉索
CXR 162 圣诞岛
CYM 136 开曼群岛
CYP 196 塞浦路斯
CZE 203 捷克
DEU 276 德国
DJI 262 吉布提
DMA 212 多米尼克
DNK 208 丹麦
DOM 214 多米尼加共和国
DZA 012 阿尔及利亚
ECU 218 厄瓜多尔
EGY 818 埃及
ERI 232 厄立特里亚
ESH 732 西撒哈拉
ESP 724 西班牙
EST 233 爱沙尼亚
ETH 231 埃塞俄比亚
FIN 246 芬兰
FJI 242 斐济
FLK 238 福克兰群岛 (马尔维纳斯)
FRA 250 法国
FRO 234 法罗群岛
FSM 583 密克罗尼西亚
GAB 266 加蓬
GBR 826 英国
GEO 268 格鲁吉亚
GGY 831 根西岛
GHA 288 加纳
GIB 292 直布罗陀
GIN 324 几内亚
GLP 312 瓜德罗普
GMB 270 冈比亚
GNB 624 几内亚比绍
GNQ 226 赤道几内亚
GRC 300 希腊
GRD 308 格林纳达
GRL 304 格陵兰
GTM 320 瓜地马拉
GUF 254 法属圭亚那
GUM 316 关岛
GUY 328 圭亚那
HKG 344 中国香港
HMD 334 赫德岛与麦克唐纳群岛
HND 340 洪都拉斯
HRV 191 克罗地亚
HTI 332 海地
HUN 348 匈牙利
IDN 360 印度尼西亚
IMN 833 曼岛
IND 356 印度
IOT 086 英属印度洋领地
IRL 372 爱尔兰
IRN 364 伊朗
IRQ 368 伊拉克
ISL 352 冰岛
ISR 376 以色列
ITA 380 意大利
JAM 388 牙买加
JEY 832 泽西岛
JOR 400 约旦
JPN 392 日本
KAZ 398 哈萨克斯坦
KEN 404 肯尼亚
KGZ 417 吉尔吉斯坦
KHM 116 柬埔塞
KIR 296 基里巴斯
KNA 659 圣基茨和尼维斯
KOR 410 韩国
KWT 414 科威特
LAO 418 老挝
LBN 422 黎巴嫩
LBR 430 利比里亚
LBY 434 利比亚
LCA 662 圣卢西亚
LIE 438 列支敦士登
LKA 144 斯里兰卡
LSO 426 莱索托
LTU 440 立陶宛
LUX 442 卢森堡
LVA 428 拉脱维亚
MAC 446 中国澳门
MAF 663 法属圣马丁
MAR 504 摩洛哥
MCO 492 摩纳哥
MDA 498 摩尔多瓦
MDG 450 马达加斯加
MDV 462 马尔代夫
MEX 484 墨西哥
MHL 584 马绍尔群岛
MKD 807 北马其顿
MLI 466 马里
MLT 470 马尔他
MMR 104 缅甸
MNE 499 黑山
MNG 496 蒙古
MNP 580 北马里亚纳群岛
MOZ 508 莫桑比克
MRT 478 毛里塔尼亚
MSR 500 蒙特塞拉特
MTQ 474 马提尼克
MUS 480 毛里求斯
MWI 454 马拉维
MYS 458 马来西亚
MYT 175 马约特
NAM 516 纳米比亚
NCL 540 新喀里多尼亚
NER 562 尼日尔
NFK 574 诺福克岛
NGA 566 尼日利亚
NIC 558 尼加拉瓜
NIU 570 纽埃
NLD 528 荷兰
NOR 578 挪威
NPL 524 尼泊尔
NRU 520 瑙鲁
NZL 554 新西兰
OMN 512 阿曼
PAK 586 巴基斯坦
PAN 591 巴拿马
PCN 612 皮特凯恩
PER 604 秘鲁
PHL 608 菲律宾
PLW 585 帕劳
PNG 598 巴布亚新几内亚
POL 616 波兰
PRI 630 波多黎各
PRK 408 朝鲜
PRT 620 葡萄牙
PRY 600 巴拉圭
PSE 275 巴勒斯坦
PYF 258 法属波利尼西亚
QAT 634 卡塔尔
REU 638 留尼汪
ROU 642 罗马尼亚
RUS 643 俄罗斯
RWA 646 卢旺达
SAU 682 沙特阿拉伯
SDN 729 苏丹
SEN 686 塞内加尔
SGP 702 新加坡
SGS 239 南乔治亚和南桑德韦奇群岛
SHN 654 圣赫勒拿-阿森松-特里斯坦-达库尼亚
SJM 744 斯瓦尔巴和扬马延
SLB 090 所罗门群岛
SLE 694 塞拉利昂
SLV 222 萨尔瓦多
SMR 674 圣马力诺
SOM 706 索马里
SPM 666 圣皮埃尔和密克隆
SRB 688 塞尔维亚
SSD 728 南苏丹
STP 678 圣多美和普林西比
SUR 740 苏里南
SVK 703 斯洛伐克
SVN 705 斯洛文尼亚
SWE 752 瑞典
SWZ 748 斯威士兰
SXM 534 荷属圣马丁
SYC 690 塞舌尔
SYR 760 叙利亚
TCA 796 特克斯和凯科斯群岛
TCD 148 乍得
TGO 768 多哥
THA 764 泰国
TJK 762 塔吉克斯坦
TKL 772 托克劳
TKM 795 土库曼斯坦
TLS 626 东帝汶
TON 776 汤加
TTO 780 特里尼达和多巴哥
TUN 788 突尼斯
TUR 792 土耳其
TUV 798 图瓦卢
TWN 158 中国台湾
TZA 834 坦桑尼亚
UGA 800 乌干达
UKR 804 乌克兰
UMI 581 美国本土外小岛屿
URY 858 乌拉圭
USA 840 美国
UZB 860 乌兹别克斯坦
VAT 336 梵蒂冈
VCT 670 圣文森特和格林纳丁斯
VEN 862 委内瑞拉
VGB 092 英属维尔京群岛
VIR 850 美属维尔京群岛
VNM 704 越南
VUT 548 瓦努阿图
WLF 876 瓦利斯和富图纳
WSM 882 萨摩亚
YEM 887 也门
ZAF 710 南非
ZMB 894 赞比亚
ZWE 716 津巴布韦
"""


@cache
def _by_alpha3() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in _TABLE.splitlines():
        alpha3, numeric, name = line.split(" ", 2)
        out[alpha3] = (numeric, name)
    return out


@cache
def _by_numeric() -> dict[str, str]:
    return {numeric: alpha3 for alpha3, (numeric, _name) in _by_alpha3().items()}


def country_name(alpha3: str) -> str | None:
    """Chinese short name of an alpha-3 code (``USA`` → 美国), None when ISO 3166 has no such code."""
    entry = _by_alpha3().get(alpha3)
    return entry[1] if entry else None


def alpha3_of_numeric(numeric: str) -> str | None:
    """Alpha-3 code of a three-digit numeric code (``840`` → ``USA``), None when unknown."""
    return _by_numeric().get(numeric)
