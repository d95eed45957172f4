/// The wording pools of a generated 部门决算: reasons why the 决算 differs from the 年初预算, what a 项 paid for, and
/// the 26 numbered 功能 类 lines of the two 总表 (national order).
enum FinalAccountTexts {
    static let lowerReasons = [
        "人员进出及退休变化，减少人员经费开支",
        "预算按充分保障预估，实际执行基本贴合预期",
        "严格落实过“紧日子”要求，压减一般性支出",
        "部分项目按合同进度支付，剩余资金按规定收回",
        "个别项目经评审调减实施内容，相应减少支出",
        "政府采购节约资金按规定收回",
    ]

    static let higherReasons = [
        "年中追加人员调资经费",
        "年中追加专项工作经费",
        "根据工作需要年中调整预算，增加相关支出",
    ]

    static let threePublicReasons = [
        "严格执行中央八项规定精神，厉行节约，压减公务接待和公务用车支出",
        "公务用车按需使用，运行维护费支出减少",
        "严格控制因公出国（境）团组和人数，相关支出减少",
    ]

    static let basicUsages = ["在职人员工资福利及社会保障缴费等基本支出", "退休人员经费支出", "保障机构正常运转的公用经费支出"]

    static let projectUsages = ["部门专项业务工作支出", "信息化系统运行维护支出", "委托第三方开展专业服务支出"]

    static let totalChangeReasons = [
        "基本支出中人员进出及退休变化，以及项目支出中合同支付进度等原因",
        "项目支出按年度工作安排调整",
        "人员经费调整及专项工作任务变化",
    ]

    static let operatingChangeReasons = ["办公设备更新及日常运转支出变化", "严格落实过“紧日子”要求，压减日常公用经费"]

    /// The 26 numbered 类 lines of 收入支出决算总表 and 财政拨款收入支出决算总表: code and name.
    static let classLines: [(code: String, name: String)] = [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"), ("205", "教育支出"),
        ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"),
        ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"), ("219", "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
        ("224", "灾害防治及应急管理支出"), ("229", "其他支出"), ("231", "债务还本支出"), ("232", "债务付息支出"),
        ("234", "抗疫特别国债安排的支出"),
    ]

    /// `一`, `二`, … `二十六`.
    static func numeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 1...9: return digits[number]
        case 10: return "十"
        case 11...19: return "十" + digits[number - 10]
        default: return digits[number / 10] + "十" + digits[number % 10]
        }
    }
}
