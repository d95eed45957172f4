extension DepartmentProfile {
    /// 街道办事处: named `重庆市XX区<place>街道办事处`, one for each place of ``TextPools/streets``.
    static let streetOffice = DepartmentProfile(
        suffix: "街道办事处",
        administrationItem: "2010301",
        institutionItem: "2010350",
        projectItems: ["2010302", "2010399", "2120102", "2120199", "2120501"],
        fundItems: [],
        projects: ["社区工作经费", "网格化服务管理经费", "城市精细化管理经费", "基层党建工作经费", "民生实事专项", "老旧社区环境整治经费"],
        duties: [
            "负责辖区党的建设、社区建设和基层治理工作，指导社区居民委员会开展工作。",
            "负责辖区城市管理、环境卫生、市容秩序等综合管理工作。",
            "负责辖区社会保障、民政、文化等公共服务工作，做好辖区居民服务。",
        ],
        sections: ["党政办公室", "社区建设办公室", "平安建设办公室", "民生服务办公室", "综合执法大队"],
        institutions: ["社区事务服务中心", "综合行政执法大队"]
    )

    /// 镇人民政府: named `重庆市XX区<place>镇人民政府`, one for each place of ``TextPools/towns``.
    static let townGovernment = DepartmentProfile(
        suffix: "镇人民政府",
        administrationItem: "2010301",
        institutionItem: "2010350",
        projectItems: ["2010302", "2010399", "2130122", "2130153", "2130335"],
        fundItems: [],
        projects: ["乡村振兴专项", "农村人居环境整治经费", "村级组织运转经费", "农田水利设施维护经费", "农村饮水安全保障经费", "基层党建工作经费"],
        duties: [
            "负责全镇经济社会发展规划的制定和实施，推进乡村振兴。",
            "负责全镇农业农村、水利、林业等工作，组织开展农村人居环境整治。",
            "负责全镇社会事务管理，指导村民委员会开展自治工作。",
        ],
        sections: ["党政办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "规划建设管理环保办公室"],
        institutions: ["农业服务中心", "社区事务服务中心"]
    )
}
