// The generator's word tables: real Chinese words for places, organisations, people, actions and
// things, combined at random so that generated text keeps a realistic, growing vocabulary.

const words = (text: string): readonly string[] => text.trim().split(/\s+/u);
const chars = (text: string): readonly string[] => Array.from(text.replace(/\s+/gu, ''));

/** 丽水's nine county-level divisions, as the paper names them. */
export const COUNTIES = words('莲都 龙泉 青田 云和 庆元 缙云 遂昌 松阳 景宁');

/** Real towns and townships of the region, used as datelines' places and in reports. */
export const TOWNS = words(`
碧湖镇 大港头镇 老竹畲族镇 雅溪镇 丽新畲族乡 仙渡乡 峰源乡 太平港乡 紫金街道 岩泉街道 万象街道 白云街道
联城街道 南明山街道 水南街道 剑池街道 西街街道 安仁镇 八都镇 小梅镇 查田镇 屏南镇 宝溪乡 竹垟畲族乡
鹤城街道 温溪镇 船寮镇 仁庄镇 方山乡 阜山乡 章村乡 祯埠镇 山口镇 海口镇 腊口镇 北山镇 崇头镇 赤石乡
安溪畲族乡 松源街道 屏都街道 百山祖镇 竹口镇 荷地镇 左溪镇 五大堡乡 壶镇镇 新建镇 东渡镇 舒洪镇 大洋镇
胡源乡 三溪乡 妙高街道 云峰街道 大柘镇 石练镇 王村口镇 湖山乡 焦滩乡 西屏街道 古市镇 大东坝镇 新兴镇
玉岩镇 枫坪乡 象溪镇 红星街道 渤海镇 东坑镇 英川镇 沙湾镇 鹤溪街道 大均乡 澄照乡 梧桐乡 标溪乡
`);

/** Other cities and provinces that appear in datelines and in stories. */
export const CITIES = words(`
北京 上海 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 义乌 南京 苏州 无锡 合肥 福州 厦门 南昌
广州 深圳 成都 重庆 武汉 长沙 西安 郑州 济南 青岛 天津 沈阳 昆明 贵阳 南宁 海口 兰州 太原 石家庄 哈尔滨
`);

/** Provinces and regions, for 新华社 datelines and partner cities. */
export const PROVINCES = words(
  '浙江 江苏 安徽 福建 江西 广东 四川 湖南 湖北 河南 山东 云南 贵州 广西 陕西 甘肃 新疆 西藏 内蒙古 黑龙江 吉林 辽宁 河北 山西 海南 青海 宁夏',
);

/** First characters of generated village names (石坑村, 龙源村 …): mountain villages of 浙西南. */
export const VILLAGE_FIRST = chars(`
石龙凤黄白青金银高岩双三五九大小东西南北上下前后新老长沙竹杉桃李梅松柏樟枫茶溪源坑岭坪垟口坞岙湾
田塘桥岗林峰麻桐桂兰吴王陈周叶潘季何严徐官塔庙殿仓坛泉岱章蒋沈洪汤毛柳杨朱郑金碧翠丰和平安福瑞
`);

/** Second characters of generated village names. */
export const VILLAGE_SECOND = chars(`
坑源岭坪垟口坞岙湾田塘桥头下上后前山岗林峰溪水塆垄畈圩洋寮岩背底脚门庄家宅里坳坦际垅铺埠渡湖港
`);

/** Suffixes for places below township level. */
export const VILLAGE_SUFFIX = words('村 村 村 村 自然村 社区 行政村');

/** Surnames, roughly by frequency in 浙江. */
export const SURNAMES = chars(`
王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程苏魏吕丁
任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武
戴莫孔向汤季应舒柳鲍翁蓝雷麻钟吕楼留项祝卓练单池包虞俞裘
`);

/** Characters used in given names. */
export const GIVEN_CHARS = chars(`
伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力亮林成斌宇浩凯健俊帆帅旭宁晨阳
佳琪欣怡梓涵子轩雨泽一诺思远博文晓东海波振国志强春燕美玲晶莹雪梅兰芬琴云飞鹏程昊天立新永庆德
胜利荣宏伟光辉金龙凤清泉松柏江河山川峰岚璐瑶琳琦婷婧倩颖蕾薇菲嘉慧聪睿哲铭鑫磊淼焱森垚晟昱炜
翔宸煜彬楠航锋锐骏驰毅诚信义忠孝仁礼智勤俭恒达远卓越晴朗露霜冰洁素雅馨蔚然亦可依依乐天啸真翠迪
壮雄江叶曾郭庄姚汪峰海燕钰珂瑾瑜璋琛珊珍琼妍媛婉娴姝霏霖霄震雷霆宝贵富昌盛兴旺发财禄寿喜福
`);

/** Official titles for signed articles and quotations (丽水市委常委、莲都区委书记 …). */
export const OFFICIAL_TITLES = words(`
市委书记 市长 市委副书记 市委常委 副市长 市人大常委会主任 市政协主席 市委秘书长 市政府秘书长
县委书记 县长 县委副书记 县委常委 副县长 区委书记 区长 镇党委书记 镇长 乡党委书记 乡长 街道党工委书记
局长 党组书记 主任 副局长 副主任 院长 检察长 主席 总经理 董事长 校长 党委书记 村党支部书记 村委会主任
`);

/** Organisations of the city, counties and society. */
export const ORGANISATIONS = words(`
市发改委 市经信局 市教育局 市科技局 市公安局 市民政局 市司法局 市财政局 市人力社保局 市自然资源和规划局
市生态环境局 市住建局 市交通运输局 市水利局 市农业农村局 市商务局 市文广旅体局 市卫生健康委 市应急管理局
市审计局 市市场监管局 市统计局 市医保局 市信访局 市大数据局 市综合行政执法局 市机关事务管理局 市林业局
市中级人民法院 市人民检察院 市总工会 团市委 市妇联 市科协 市侨联 市残联 市红十字会 市文联 市社科联
市委组织部 市委宣传部 市委统战部 市委政法委 市纪委市监委 市委改革办 市委网信办 市委党校 市档案馆
市人民医院 市中心医院 市中医院 市妇幼保健院 丽水学院 丽水职业技术学院 丽水中学 市图书馆 市博物馆 市气象局
国网丽水供电公司 丽水海关 丽水银保监分局 人行丽水市中心支行 丽水经济技术开发区管委会 市城投集团 市交投集团
市消防救援支队 市公安局交警支队 市税务局 市邮政管理局 市供销社 市旅游协会 市青年企业家协会
`);

/** Things organisations build, hold or run, for generated project names. */
export const FACILITIES = words(`
文化礼堂 污水处理厂 安置小区 产业园 游客中心 卫生院 幼儿园 中学新校区 城市综合体 公共停车场 绿道 漂流基地
农贸市场 养老服务中心 便民服务中心 共享法庭 数字乡村馆 研学基地 民宿集聚区 茶叶交易市场 物流园 标准厂房
光伏电站 抽水蓄能电站 水库 堤防 人行天桥 隧道 互通枢纽 高速连接线 智慧停车系统 乡村振兴学院 青年驿站
共富工坊 未来社区 未来乡村 城市书房 文化驿站 体育公园 口袋公园 健身步道 急救站 人才公寓 孵化器 创新中心
`);

/** Industries, for generated company names (丽水华康新材料有限公司 …). */
export const INDUSTRIES = words(`
新材料 科技 智能装备 电子 生物医药 竹木制品 阀门 汽车零部件 食品 茶业 农业开发 文化旅游 光电 精密机械
半导体 不锈钢 铅笔 小家电 服装 鞋业 合成革 电气 能源 环保科技 建设 信息技术 网络科技 医疗器械 菌业
`);

/** Two-character brand syllables for generated company names. */
export const BRAND_CHARS = chars(
  '华康鑫达远恒瑞泰宏兴盛丰源嘉博科创新正德海天宇通联亿晶凯航瓯括苍仙都龙腾浙丽禾谷',
);

/** Company suffixes. */
export const COMPANY_SUFFIX = words(
  '有限公司 有限公司 股份有限公司 集团有限公司 科技有限公司 专业合作社 家庭农场',
);

/** Modifiers that stand before a noun in policy language (高质量, 数字化 …). */
export const MODIFIERS = words(`
高质量 数字化 现代化 生态 绿色 乡村 特色 智慧 共同富裕 山区 基层 城乡 民生 公共 文化 全域 跨区域 一体化
标准化 规范化 精细化 市场化 国际化 系统化 常态化 长效 综合 重点 重大 新型 优质 高效 安全 开放 协同 创新型
农村 城市 社会 产业 营商 法治 平安 健康 清廉 和美 低碳 循环 品质 高端 精品 示范 先行 整体 多元 便民
`);

/** Nouns of policy and administration (发展, 体系, 机制 …). */
export const NOUNS_POLICY = words(`
发展 产业 体系 机制 平台 项目 服务 治理 改革 示范区 样板 格局 环境 品牌 经济 旅游 农业 工业 园区 基础设施
营商环境 公共服务 要素保障 招商引资 人才 科技创新 数字经济 生态产品 价值实现 乡村振兴 共同富裕 城市更新
有机更新 文明创建 网格治理 信用体系 政务服务 民生实事 应急管理 安全生产 防汛防台 森林防火 基层党建 干部队伍
作风建设 项目建设 投资 消费 外贸 就业 社会保障 医疗保障 教育 卫生健康 养老服务 托育服务 住房保障 交通网络
水利工程 能源保障 碳达峰 碳中和 生态修复 河湖治理 垃圾分类 污水治理 山海协作 对口支援 长三角一体化 开放合作
`);

/** Verbs that take a noun phrase (推进, 打造 …). */
export const VERBS = words(`
推进 打造 建设 完善 培育 壮大 深化 优化 落实 构建 提升 探索 实施 开展 加强 健全 创新 拓展 强化 推动 引进
谋划 承办 举办 启动 巩固 夯实 激活 释放 筑牢 织密 擦亮 做强 做优 做大 守牢 升级 改造 整合 串联 盘活 统筹
保障 服务 支持 助力 赋能 聚焦 围绕 对接 融入 破解 突破 补齐 跑出 交出 展现 彰显 凝聚 汇聚 营造 厚植
`);

/** Adverbs of manner (不断, 持续 …). */
export const ADVERBS = words(`
不断 持续 全力 积极 着力 扎实 深入 加快 大力 全面 进一步 切实 率先 主动 稳步 有序 精准 统筹 合力 集中
系统 全方位 高标准 高水平 创造性 坚定不移地 毫不松懈地 一以贯之地 因地制宜地
`);

/** Openers of time (近年来, 今年以来 …); `{m}` and `{y}` are filled with a month and a year. */
export const TIME_OPENERS = words(`
近年来 今年以来 去年以来 {y}年以来 {m}月以来 日前 近日 昨日上午 昨日下午 前天 上周 本周 眼下 当前 如今
截至{m}月底 {y}年 {m}月{d}日 去年{m}月 今年{m}月 “十四五”以来 新冠肺炎疫情发生以来 {y}年上半年 一季度 前三季度
`);

/** Subjects that act in a sentence (我市, 全市 …); `{c}` is a county's short name, `{county}` its full name. */
export const SUBJECTS = words(`
我市 全市 {county} {c} 该县 该市 各地 相关部门 当地 市县两级 全市各级各部门 {county}委{county}政府 市委市政府 {county}各乡镇
广大党员干部 各级党组织 全市上下 这个村 这个镇 企业 园区 该局 该中心 该院 该公司
`);

/** Outcomes and results (取得新成效 …). */
export const RESULTS = words(`
取得新成效 迈上新台阶 跑出加速度 实现新突破 展现新作为 开创新局面 交出高分报表 走在全省前列 形成示范效应
得到群众认可 获得广泛好评 成为全国样板 打响区域品牌 实现量质齐升 呈现良好态势 跑出了加速度 实现开门红
`);

/** Metrics for figures (规上工业产值, 地区生产总值 …). */
export const METRICS = words(`
地区生产总值 规上工业产值 规上工业增加值 固定资产投资 社会消费品零售总额 一般公共预算收入 农村居民人均可支配收入
城镇居民人均可支配收入 外贸进出口总额 实际利用外资 旅游总收入 接待游客 民间投资 高新技术产业增加值 研发经费投入
数字经济核心产业增加值 生态系统生产总值 农产品销售额 网络零售额 新增就业 新设市场主体 存款余额 贷款余额
`);

/** Local products, crafts and places of culture. */
export const PRODUCTS = words(`
龙泉青瓷 龙泉宝剑 青田石雕 缙云烧饼 庆元香菇 松阳银猴茶 景宁惠明茶 遂昌长粽 云和木玩 丽水山耕 处州白莲
缙云爽面 青田田鱼 龙泉灵芝 遂昌菊米 松阳端午茶 莲都红提 云和雪梨 庆元甜橘柚 景宁畲族彩带 黑木耳 高山蔬菜
`);

/** Cultural terms for 文化 and 副刊 pages. */
export const CULTURE = words(`
非物质文化遗产 畲族三月三 古堰画乡 通济堰 瓯江 括苍山 凤阳山 百山祖 仙都 南尖岩 古村落 廊桥 摄影节 书画展
婺剧 越剧 民间故事 剪纸 木偶戏 鼓词 山歌 乡村春晚 读书会 音乐会 文学沙龙 地方志 老照片 家谱 古道 驿站
`);

/** Words for scenes: what a reporter sees on site. */
export const SCENES = words(`
施工现场机器轰鸣 车间里一派繁忙 田间地头一片忙碌 游客络绎不绝 村民们忙着采茶 志愿者穿梭其间 展台前人头攒动
生产线高速运转 工人们正在调试设备 孩子们笑声不断 老人们围坐在一起 集市上人声鼎沸 山坡上茶树成行 溪水清澈见底
塔吊林立 货车往来不停 民宿里住满了游客 大棚里瓜果飘香 会场座无虚席 操场上彩旗飘扬 夜市灯火通明
`);

/** Nature words for 副刊 prose. */
export const NATURE = words(`
山 水 云 雾 雨 风 月 星 溪 江 竹 松 茶 花 鸟 石 桥 路 田 村 屋 炊烟 晨光 夕阳 稻浪 蝉鸣 蛙声 落叶 细雨 白鹭
梯田 山岚 晚霞 朝露 霜花 雪粒 月光 星河 松涛 竹影 溪声 渔火 灯火 瓦檐 青苔 石阶 老井 柴门 篱笆 稻草垛 油菜花
映山红 杜鹃 桂花 栀子 荷塘 柿子树 枇杷 杨梅林 板栗 野菊 芦苇 蒲公英 萤火虫 布谷鸟 喜鹊 燕子 黄牛 水牛 木船 竹筏
`);

/** Things and doings of 副刊 memories. */
export const MEMORIES = words(`
挑水 砍柴 插秧 割稻 晒谷 采茶 炒茶 摘杨梅 捉泥鳅 放牛 打年糕 包粽子 做米粿 酿米酒 腌咸菜 纳鞋底 补渔网 劈竹篾 编竹篮 烤番薯
赶集 看社戏 听鼓词 守岁 贴春联 拜年 走亲戚 踩水车 放风筝 跳房子 滚铁环 抓石子 读连环画 抄课文 打着手电筒夜读
`);

/** Adjectives for 副刊 prose. */
export const PROSE_ADJECTIVES = words(`
清清的 静静的 弯弯的 淡淡的 远远的 高高的 深深的 长长的 暖暖的 湿漉漉的 绿油油的 金灿灿的 雾蒙蒙的 亮晶晶的
`);

/** Column banners printed above a piece (诚信丽水 …). */
export const COLUMNS = words(`
诚信丽水 共同富裕看丽水 聚焦两会 一线走笔 民生关注 乡村振兴进行时 丽水之干 山区样板 基层传真 文明城市创建
健康丽水 法治在线 今日关注 经济观察 瓯江潮 秀山丽水 书香丽水 奋进新征程 项目攻坚进行时 营商环境大家谈
记者蹲点 新春走基层 他们的故事 数字化改革 身边的榜样 清廉丽水 青年说 学习进行时 绿谷评论 百姓话题
`);

/** Meetings and events referred to in reports and subtitles. */
export const MEETINGS = words(`
市第五次党代会 全国两会 省两会 市委全会 市委经济工作会议 市政府常务会议 市人大常委会会议 市政协常委会议
全市项目建设推进会 全市生态工业大会 全市数字化改革推进会 全市人才工作会议 全市乡村振兴工作会议
`);

/** Chinese numerals used in continuation markers, 1..20 → 一..二十. */
export const CHINESE_NUMERALS = words(
  '零 一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十',
);

/** Ordinals for commentary series (四论 …). */
export const SERIES_ORDINALS = words('一 二 三 四 五 六 七 八');

/** Page names by page number for a full eight-page issue. */
export const PAGE_NAMES = words('要闻 综合 经济 社会 文化 副刊 评论 专版');

/** Page names of a four-page (weekend) issue. */
export const SHORT_ISSUE_PAGE_NAMES = words('要闻 综合 社会 副刊');
