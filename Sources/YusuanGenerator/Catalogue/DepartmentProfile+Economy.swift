extension DepartmentProfile {
    static let economyProfiles: [DepartmentProfile] = [
        DepartmentProfile(
            suffix: "商务委员会",
            administrationItem: "2011301",
            institutionItem: nil,
            projectItems: ["2011302", "2011308", "2011399"],
            fundItems: [],
            projects: ["招商引资专项经费", "消费促进活动经费", "外贸发展专项", "电子商务发展专项", "商贸流通安全监管经费"],
            duties: [
                "负责拟订全区商贸流通、对外贸易和招商引资的发展规划并组织实施。",
                "负责全区消费促进和市场运行监测工作。",
                "负责商贸流通领域安全生产监督管理工作。",
            ],
            sections: ["办公室", "商贸流通科", "对外贸易科", "招商服务科"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "市场监督管理局",
            administrationItem: "2013801",
            institutionItem: "2013850",
            projectItems: ["2013802", "2013804", "2013805", "2013812", "2013816"],
            fundItems: [],
            projects: ["食品安全抽检经费", "市场秩序执法专项", "药品安全监管经费", "特种设备安全监察经费", "消费者权益保护经费", "市场主体登记服务经费"],
            duties: [
                "负责全区市场综合监督管理，统一登记市场主体。",
                "负责全区食品安全监督管理和药品、医疗器械安全监督管理。",
                "负责组织查处价格收费违法违规、不正当竞争等违法行为。",
            ],
            sections: ["办公室", "登记注册科", "食品安全监管科", "药品监管科", "执法支队"],
            institutions: ["市场监管综合服务中心"]
        ),
        DepartmentProfile(
            suffix: "科学技术局",
            administrationItem: "2060101",
            institutionItem: nil,
            projectItems: ["2060102", "2060199", "2060702", "2060499"],
            fundItems: [],
            projects: ["科技创新券专项", "科普活动经费", "高新技术企业培育经费", "科技成果转化专项", "科技特派员工作经费"],
            duties: [
                "拟订全区科技创新发展规划和政策措施并组织实施。",
                "负责全区科技企业培育和科技成果转移转化工作。",
                "负责全区科学技术普及工作。",
            ],
            sections: ["办公室", "科技规划科", "高新技术科", "科普科"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "交通运输委员会",
            administrationItem: "2140101",
            institutionItem: nil,
            projectItems: ["2140102", "2140104", "2140106", "2140112", "2140199"],
            fundItems: [],
            projects: ["农村公路养护经费", "公路建设前期工作经费", "交通运输安全监管经费", "道路运输管理经费", "交通执法专项"],
            duties: [
                "负责拟订全区综合交通运输发展规划并组织实施。",
                "负责全区公路建设、养护和管理工作。",
                "负责全区道路运输市场监管和交通运输安全生产监督管理。",
            ],
            sections: ["办公室", "规划建设科", "运输管理科", "安全监督科"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "住房和城乡建设委员会",
            administrationItem: "2120101",
            institutionItem: "2120150",
            projectItems: ["2120102", "2120106", "2120199", "2120399"],
            fundItems: ["2120801", "2120802", "2120803"],
            projects: ["建设工程质量安全监督经费", "老旧小区改造前期经费", "物业管理专项", "城市更新专项", "建筑市场监管经费", "住房保障管理经费"],
            duties: [
                "负责全区住房和城乡建设行业管理，拟订相关政策和规划并组织实施。",
                "负责全区建设工程质量安全监督管理工作。",
                "负责全区住房保障和物业管理工作。",
            ],
            sections: ["办公室", "建筑管理科", "住房保障科", "城市建设科"],
            institutions: ["建设工程质量安全监督站", "房屋管理中心"]
        ),
        DepartmentProfile(
            suffix: "城市管理局",
            administrationItem: "2120101",
            institutionItem: "2120150",
            projectItems: ["2120102", "2120104", "2120501", "2120399"],
            fundItems: ["2120803"],
            projects: ["城市道路清扫保洁经费", "城管执法专项", "市政设施维护经费", "城市照明维护经费", "垃圾分类工作经费", "园林绿化养护经费"],
            duties: [
                "负责全区城市管理工作的统筹协调和监督考核。",
                "负责全区市容环境卫生、城市照明和市政设施的管理工作。",
                "负责城市管理综合行政执法工作。",
            ],
            sections: ["办公室", "市容管理科", "环卫管理科", "市政设施科"],
            institutions: ["环境卫生管理所", "城市照明管理所"]
        ),
        DepartmentProfile(
            suffix: "农业农村委员会",
            administrationItem: "2130101",
            institutionItem: "2130104",
            projectItems: ["2130102", "2130108", "2130122", "2130153"],
            fundItems: [],
            projects: ["高标准农田建设专项", "农作物病虫害防治经费", "农业生产发展专项", "乡村振兴示范创建经费", "动物疫病防控经费"],
            duties: [
                "负责统筹推进全区乡村振兴战略实施，拟订农业农村发展规划。",
                "负责全区农业生产发展、农田建设和农产品质量安全监管。",
                "负责全区动植物疫病防控和农业综合执法工作。",
            ],
            sections: ["办公室", "发展规划科", "农田建设科", "乡村产业科"],
            institutions: ["农业技术推广站", "动物疫病预防控制中心"]
        ),
        DepartmentProfile(
            suffix: "林业局",
            administrationItem: "2130201",
            institutionItem: "2130204",
            projectItems: ["2130205", "2130207", "2130234"],
            fundItems: [],
            projects: ["森林防火专项经费", "林业有害生物防治经费", "国土绿化提升专项", "森林资源管理经费"],
            duties: [
                "负责全区林业和草原及其生态保护修复的监督管理。",
                "负责全区森林资源的保护、培育和合理利用。",
                "负责全区森林防火和林业有害生物防治工作。",
            ],
            sections: ["办公室", "生态保护修复科", "森林资源管理科"],
            institutions: ["林业技术推广站"]
        ),
        DepartmentProfile(
            suffix: "水利局",
            administrationItem: "2130301",
            institutionItem: nil,
            projectItems: ["2130302", "2130304", "2130306", "2130310", "2130314", "2130335"],
            fundItems: [],
            projects: ["防汛抗旱专项经费", "水利工程运行维护经费", "河长制工作经费", "农村供水保障专项", "水土保持监督管理经费"],
            duties: [
                "负责保障全区水资源的合理开发利用，拟订水利发展规划。",
                "负责全区水利工程建设与运行管理，指导农村供水工作。",
                "负责全区水旱灾害防御和水土保持工作。",
            ],
            sections: ["办公室", "水资源科", "建设管理科", "河长制工作科"],
            institutions: []
        ),
    ]
}
