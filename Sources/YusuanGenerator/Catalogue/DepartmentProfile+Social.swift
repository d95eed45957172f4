extension DepartmentProfile {
    static let socialProfiles: [DepartmentProfile] = [
        DepartmentProfile(
            suffix: "教育委员会",
            administrationItem: "2050101",
            institutionItem: nil,
            projectItems: ["2050102", "2050199", "2050201", "2050202", "2050203"],
            fundItems: [],
            projects: ["学前教育普惠发展专项", "义务教育学校运转保障经费", "教师培训专项经费", "校园安全保障经费", "教育信息化建设专项", "学生资助管理经费"],
            duties: [
                "负责贯彻执行国家和市的教育方针政策，拟订全区教育发展规划并组织实施。",
                "负责全区各级各类教育的统筹规划和协调管理。",
                "负责全区教师队伍建设和教育督导工作。",
            ],
            sections: ["办公室", "基础教育科", "人事科", "计划财务科", "安全稳定科"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "文化和旅游发展委员会",
            administrationItem: "2070101",
            institutionItem: "2070104",
            projectItems: ["2070102", "2070108", "2070109", "2070111", "2070112", "2070113"],
            fundItems: [],
            projects: ["公共文化服务专项", "非物质文化遗产保护经费", "群众文化活动经费", "文化旅游市场执法经费", "旅游宣传推广专项"],
            duties: [
                "负责拟订全区文化和旅游发展规划并组织实施。",
                "负责全区公共文化服务体系建设和文物、非物质文化遗产保护工作。",
                "负责全区文化和旅游市场综合执法工作。",
            ],
            sections: ["办公室", "公共服务科", "产业发展科", "市场管理科"],
            institutions: ["图书馆", "文化馆"]
        ),
        DepartmentProfile(
            suffix: "人力资源和社会保障局",
            administrationItem: "2080101",
            institutionItem: "2080150",
            projectItems: ["2080102", "2080106", "2080199", "2080705"],
            fundItems: [],
            projects: ["就业创业服务专项", "职业技能培训经费", "劳动保障监察经费", "人事考试工作经费", "公益性岗位补贴"],
            duties: [
                "负责拟订全区人力资源和社会保障事业发展规划和政策并组织实施。",
                "负责促进就业工作，统筹城乡就业发展和职业技能培训。",
                "负责劳动保障监察和劳动人事争议调解仲裁工作。",
            ],
            sections: ["办公室", "就业促进科", "职业能力建设科", "劳动关系科"],
            institutions: ["就业和人才中心", "劳动人事争议仲裁院"]
        ),
        DepartmentProfile(
            suffix: "民政局",
            administrationItem: "2080201",
            institutionItem: nil,
            projectItems: ["2080202", "2080208", "2080299", "2081002", "2081006"],
            fundItems: ["2296002"],
            projects: ["社区治理专项经费", "养老服务体系建设经费", "社会组织培育经费", "婚姻登记服务经费", "殡葬管理工作经费"],
            duties: [
                "负责拟订全区民政事业发展规划并组织实施。",
                "负责全区社会救助、养老服务和社会福利工作。",
                "负责全区社会组织登记管理和基层政权建设、社区治理工作。",
            ],
            sections: ["办公室", "社会救助科", "养老服务科", "基层政权科"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "退役军人事务局",
            administrationItem: "2082801",
            institutionItem: "2082850",
            projectItems: ["2082802", "2082804"],
            fundItems: [],
            projects: ["拥军优属专项经费", "退役军人就业创业服务经费", "烈士纪念设施维护经费", "退役军人服务站建设经费"],
            duties: [
                "负责拟订全区退役军人思想政治、管理保障等工作政策并组织实施。",
                "负责全区退役军人移交安置和就业创业扶持工作。",
                "负责全区拥军优属和烈士褒扬工作。",
            ],
            sections: ["办公室", "移交安置科", "就业创业科", "拥军优抚科"],
            institutions: ["退役军人服务中心"]
        ),
        DepartmentProfile(
            suffix: "卫生健康委员会",
            administrationItem: "2100101",
            institutionItem: "2100401",
            projectItems: ["2100102", "2100199", "2100408", "2100409", "2100410"],
            fundItems: [],
            projects: ["基本公共卫生服务专项", "重大公共卫生服务经费", "突发公共卫生事件应急处置经费", "卫生监督执法经费", "健康促进专项经费"],
            duties: [
                "负责拟订全区卫生健康事业发展规划并组织实施。",
                "负责全区疾病预防控制和突发公共卫生事件应急处置工作。",
                "负责全区基本公共卫生服务和医疗机构监督管理。",
            ],
            sections: ["办公室", "医政医管科", "疾病预防控制科", "基层卫生科"],
            institutions: ["疾病预防控制中心", "卫生健康综合行政执法支队"]
        ),
        DepartmentProfile(
            suffix: "司法局",
            administrationItem: "2040601",
            institutionItem: "2040650",
            projectItems: ["2040602", "2040604", "2040605", "2040607", "2040610"],
            fundItems: [],
            projects: ["普法宣传专项经费", "公共法律服务体系建设经费", "社区矫正工作经费", "人民调解工作经费", "法律援助专项"],
            duties: [
                "负责全区法治建设的统筹规划和综合协调。",
                "负责全区普法宣传和公共法律服务体系建设。",
                "负责全区社区矫正、人民调解和法律援助工作。",
            ],
            sections: ["办公室", "普法与依法治理科", "公共法律服务科", "社区矫正科"],
            institutions: ["公共法律服务中心"]
        ),
    ]
}
