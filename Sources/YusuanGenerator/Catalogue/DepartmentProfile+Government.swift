extension DepartmentProfile {
    static let governmentProfiles: [DepartmentProfile] = [
        DepartmentProfile(
            suffix: "人民政府办公室",
            administrationItem: "2010301",
            institutionItem: "2010350",
            projectItems: ["2010302", "2010306", "2010399"],
            fundItems: [],
            projects: ["政府政务专项", "政务信息专项", "综合信息平台专项", "政务公开建设工作", "行政中心互联网统一接入", "值班应急保障经费"],
            duties: [
                "负责区政府会议的准备工作，协助区政府领导组织实施会议决定事项。",
                "协助区政府领导审核或组织起草以区政府、区政府办公室名义发布的公文。",
                "督促检查区政府各部门和各镇人民政府、街道办事处对区政府文件、会议决定事项的执行情况。",
                "负责推进、指导、协调、监督全区的政府信息公开工作。",
            ],
            sections: ["综合科", "秘书科", "督查科", "信息科", "政务科"],
            institutions: ["政务信息中心", "行政服务中心"]
        ),
        DepartmentProfile(
            suffix: "政务服务管理办公室",
            administrationItem: "2010301",
            institutionItem: "2010350",
            projectItems: ["2010306", "2010399"],
            fundItems: [],
            projects: ["区行政服务中心运行维护费", "公共资源交易中心运行维护费", "全科窗口及网上行政审批系统运维费", "数据中心机房租赁运维费", "政务服务评价专项"],
            duties: [
                "负责统筹推进“放管服”工作，统筹推进审批服务便民化改革。",
                "负责推进“互联网+政务服务”，指导、监督区政务服务管理网络系统运行。",
                "负责公共资源交易平台服务流程、服务质量等日常管理工作。",
            ],
            sections: ["综合科", "政务服务科", "监督管理科"],
            institutions: ["公共资源交易中心", "行政服务中心"]
        ),
        DepartmentProfile(
            suffix: "机关事务管理局",
            administrationItem: "2010301",
            institutionItem: "2010350",
            projectItems: ["2010302", "2010303"],
            fundItems: [],
            projects: ["行政中心物业管理费", "公务用车服务保障经费", "机关食堂运行经费", "行政中心设施设备维修费", "节约型机关建设专项"],
            duties: [
                "负责区级机关事务工作的统筹规划和管理，拟订机关事务管理制度并组织实施。",
                "负责行政中心的物业管理和后勤服务保障工作。",
                "负责推进区级公共机构节约能源资源工作。",
            ],
            sections: ["办公室", "财务资产科", "公务用车管理科", "节能科"],
            institutions: ["机关后勤服务中心"]
        ),
        DepartmentProfile(
            suffix: "人大常委会办公室",
            administrationItem: "2010101",
            institutionItem: nil,
            projectItems: ["2010102", "2010104", "2010108", "2010199"],
            fundItems: [],
            projects: ["人大会议经费", "代表履职服务经费", "立法调研及执法检查经费", "人大信息化建设专项", "代表之家建设经费"],
            duties: [
                "负责区人民代表大会及其常务委员会会议的筹备和服务工作。",
                "负责联系和服务区人大代表，组织代表开展视察、调研活动。",
                "负责人大常委会执法检查、专题询问等监督工作的组织协调。",
            ],
            sections: ["办公室", "研究室", "代表人事工作室", "法制工作室"],
            institutions: []
        ),
        DepartmentProfile(
            suffix: "发展和改革委员会",
            administrationItem: "2010401",
            institutionItem: "2010450",
            projectItems: ["2010402", "2010404", "2010408", "2010499"],
            fundItems: [],
            projects: ["国民经济和社会发展规划编制经费", "重大项目前期工作经费", "价格监测专项经费", "社会信用体系建设经费", "粮食安全保障专项"],
            duties: [
                "拟订并组织实施全区国民经济和社会发展战略、中长期规划和年度计划。",
                "负责全区重大建设项目的统筹协调和前期工作。",
                "负责全区价格监测和社会信用体系建设工作。",
            ],
            sections: ["办公室", "规划科", "投资科", "价格科", "社会信用科"],
            institutions: ["经济信息中心", "价格认证中心"]
        ),
        DepartmentProfile(
            suffix: "统计局",
            administrationItem: "2010501",
            institutionItem: "2010550",
            projectItems: ["2010502", "2010505", "2010507", "2010508"],
            fundItems: [],
            projects: ["经济普查专项经费", "统计执法检查经费", "住户收支调查经费", "统计信息化建设经费", "专项统计调查经费"],
            duties: [
                "负责组织领导和协调全区统计工作，确保统计数据真实、准确、及时。",
                "负责组织实施全区重大国情国力普查和专项统计调查。",
                "负责全区统计执法检查和统计信息发布工作。",
            ],
            sections: ["办公室", "综合统计科", "国民经济核算科", "统计执法科"],
            institutions: ["统计普查中心"]
        ),
        DepartmentProfile(
            suffix: "财政局",
            administrationItem: "2010601",
            institutionItem: "2010650",
            projectItems: ["2010602", "2010607", "2010608", "2010699"],
            fundItems: [],
            projects: ["预算管理一体化系统运维经费", "财政投资评审经费", "财政监督检查经费", "政府采购管理经费", "会计管理工作经费"],
            duties: [
                "负责编制年度区级预决算草案并组织执行。",
                "负责管理区级各项财政收支，完善财政资金绩效管理制度。",
                "负责全区政府采购、会计管理和财政监督工作。",
            ],
            sections: ["办公室", "预算科", "国库科", "政府采购科", "会计科"],
            institutions: ["财政投资评审中心", "财政国库支付中心"]
        ),
        DepartmentProfile(
            suffix: "审计局",
            administrationItem: "2010801",
            institutionItem: nil,
            projectItems: ["2010802", "2010804"],
            fundItems: [],
            projects: ["审计业务经费", "政府购买审计服务经费", "审计信息化建设经费", "经济责任审计专项"],
            duties: [
                "负责对区级预算执行情况和其他财政收支情况进行审计监督。",
                "负责对领导干部实施经济责任审计和自然资源资产离任审计。",
                "负责对政府投资和以政府投资为主的建设项目进行审计监督。",
            ],
            sections: ["办公室", "财政审计科", "经济责任审计科", "投资审计科"],
            institutions: []
        ),
    ]
}
