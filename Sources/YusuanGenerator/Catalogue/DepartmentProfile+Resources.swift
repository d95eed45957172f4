extension DepartmentProfile {
    static let resourceProfiles: [DepartmentProfile] = [
        DepartmentProfile(
            suffix: "生态环境局",
            administrationItem: "2110101",
            institutionItem: nil,
            projectItems: ["2110102", "2110104", "2110199", "2110301", "2110302"],
            fundItems: [],
            projects: ["大气污染防治专项", "水污染防治专项", "生态环境保护宣传经费", "环境监测运行经费", "生态环境执法专项"],
            duties: [
                "负责建立健全全区生态环境基本制度，拟订生态环境保护规划。",
                "负责全区大气、水、土壤等污染防治的监督管理。",
                "负责全区生态环境监测和生态环境保护督察整改工作。",
            ],
            sections: ["办公室", "大气环境科", "水生态环境科", "执法支队"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "规划和自然资源局",
            administrationItem: "2200101",
            institutionItem: "2200150",
            projectItems: ["2200102", "2200104", "2200106"],
            fundItems: [],
            projects: ["国土空间规划编制经费", "不动产登记工作经费", "耕地保护专项经费", "地质灾害防治经费", "自然资源调查监测经费"],
            duties: [
                "负责全区自然资源统一确权登记和国土空间规划工作。",
                "负责全区耕地保护和自然资源资产有偿使用工作。",
                "负责全区地质灾害防治和自然资源调查监测工作。",
            ],
            sections: ["办公室", "国土空间规划科", "耕地保护科", "不动产登记科"],
            institutions: ["不动产登记中心"]
        ),
        DepartmentProfile(
            suffix: "应急管理局",
            administrationItem: "2240101",
            institutionItem: "2240150",
            projectItems: ["2240102", "2240104", "2240106", "2240108", "2240109"],
            fundItems: [],
            projects: ["安全生产监管专项", "应急救援队伍建设经费", "自然灾害风险普查经费", "应急物资储备经费", "安全生产宣传培训经费"],
            duties: [
                "负责全区应急管理工作，指导各部门应对安全生产类、自然灾害类等突发事件。",
                "负责全区安全生产综合监督管理和工矿商贸行业安全生产监督管理。",
                "负责全区应急救援力量建设和应急物资储备工作。",
            ],
            sections: ["办公室", "应急指挥科", "安全生产综合科", "防灾减灾科"],
            institutions: ["应急管理综合服务中心"]
        ),
    ]
}
