/// Names and phrases the narrative and tables are assembled from.
enum TextPools {
    /// Districts of Chongqing (区 only).
    static let districts = [
        "南岸", "渝中", "江北", "沙坪坝", "九龙坡", "大渡口", "渝北", "巴南", "北碚", "长寿", "江津", "合川", "永川", "南川",
        "綦江", "大足", "璧山", "铜梁", "潼南", "荣昌", "开州", "梁平", "武隆", "万州", "涪陵", "黔江",
    ]

    /// Place names of 街道办事处 (every district gets one office of each).
    static let streets = [
        "南坪", "花园路", "铜元局", "弹子石", "南山", "海棠溪", "龙门浩", "长生桥", "涂山", "鸡冠石", "峡口", "天星桥",
        "朝天门", "石油路", "大坪", "化龙桥", "上清寺", "观音岩", "石桥铺", "杨家坪", "谢家湾", "黄桷坪", "石坪桥",
        "中梁山", "渝州路", "二郎", "白市驿", "新山村", "跃进村", "八桥",
    ]

    /// Place names of 镇人民政府 (every district gets one government of each).
    static let towns = [
        "金竹", "走马", "西彭", "铜罐驿", "陶家", "含谷", "巴福", "石板", "华岩", "跳磴", "茶园", "界石", "一品", "姜家",
        "南泉", "木洞", "双河口", "麻柳嘴", "丰盛", "二圣",
    ]

    static let surnames = [
        "张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "何", "罗", "谭", "邓", "冉",
    ]

    static let givenNames = [
        "婷婷", "家敏", "伟", "静", "敏", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚",
        "晓燕", "小红", "建华", "俊", "莉", "雪梅", "丹", "思源", "欣怡",
    ]

    /// Reasons for an increase of basic expenditure.
    static let basicIncreaseReasons = [
        "人员增加相应增加人员工资福利、社会保险缴费及保障单位正常运转的各项商品服务支出",
        "本年新增人员相应增加工资福利等基本支出",
        "按政策调整工资标准，相应增加人员经费",
        "社会保险缴费基数调整，相应增加社会保障缴费支出",
    ]

    /// Reasons for a decrease of basic expenditure.
    static let basicDecreaseReasons = [
        "人员退休、调出，相应减少工资福利支出",
        "严格落实过“紧日子”要求，压减日常公用经费",
        "机构改革划转人员，相应减少人员经费",
    ]

    /// Reasons for an increase of project expenditure.
    static let projectIncreaseReasons = [
        "新增重点工作任务，相应增加专项经费",
        "落实区委、区政府重点工作部署，增加项目经费",
        "信息化系统运维及建设需求增加，相应增加项目经费",
    ]

    /// Reasons for a decrease of project expenditure.
    static let projectDecreaseReasons = [
        "严格落实过“紧日子”要求，压缩专项经费开支",
        "部分一次性项目已完成，相应减少项目经费",
        "优化项目支出结构，压减非急需非刚性支出",
    ]

    /// Reasons for an increase of one item of the “三公” expenditure or of 机关运行经费.
    static let costIncreaseReasons = [
        "业务工作量增加，相应增加支出",
        "本年新增人员，导致办公费等公用经费增加",
        "公务用车使用年限增加，维修维护费用相应增加",
    ]

    /// Reasons for a decrease of one item of the “三公” expenditure or of 机关运行经费.
    static let costDecreaseReasons = [
        "严格落实过“紧日子”要求，厉行节约，减少相关开支",
        "本部门继续厉行节约，从严控制公务活动开支",
        "严格执行中央八项规定精神，压减一般性支出",
    ]

    /// What 机关运行经费 is mainly used for.
    static let operatingUsages = [
        "办公费、水电费、差旅费、会议费、培训费及其他商品和服务支出等",
        "办公费、邮电费、水电费、公务用车运行维护费、福利费、培训费及其他商品和服务支出等",
        "办公费、印刷费、物业管理费、差旅费、维修（护）费及其他商品和服务支出等",
    ]

    /// The fixed 专业性名词解释 paragraphs (without their numbering).
    static let glossary = [
        "财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
        "其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
        "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置费反映单位公务用车购置支出（含车辆购置税）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    ]

    /// Chinese ordinal numerals for `（一）` numbering.
    static let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
}
