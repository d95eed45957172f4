import YusuanCore

/// The 其他重要事项 and 绩效 statements of a 决算 narrative: 政府采购 with the small firms' part, 国有资产, and the
/// 预算绩效管理 statement.
extension FinalAccountNarrativeReader {
    /// `政府采购金额（以合同签订为准）为 X 万元，其中：货物采购金额 a 万元、工程采购金额 b 万元、服务采购金额 c 万元`, or
    /// `政府采购支出总额 X 万元…授予中小企业合同金额 Y 万元，占政府采购支出总额的 R%，其中授予小微企业合同金额 Z 万元，
    /// 占授予中小企业合同金额的 S%`, and the Shanghai `面向中小企业预留…预算金额` / `由中小企业供应商中标或成交的，采购
    /// 金额 …`.
    static func procurement(in text: FinalAccountText) -> FinalAccountProcurement? {
        var result = FinalAccountProcurement()
        func first(_ labels: [String], slack: Int = 12, from start: Int = 0) -> FinalAccountFigure? {
            for label in labels {
                for offset in text.offsets(of: label) where offset >= start {
                    if let (figure, _) = Self.figure(label, at: offset, in: text, slack: slack) { return figure }
                }
            }
            return nil
        }
        result.total = first(["政府采购支出总额", "政府采购金额", "政府采购支出"])
        let after = result.total.flatMap { total in text.find(total.label, from: 0) } ?? 0
        result.goods = first(["货物采购金额", "货物采购支出", "政府采购货物支出"], from: after)
        result.works = first(["工程采购金额", "工程采购支出", "政府采购工程支出"], from: after)
        result.services = first(["服务采购金额", "服务采购支出", "政府采购服务支出"], from: after)
        result.smallAndMediumFirms = first(["授予中小企业合同金额"], slack: 1)
        result.smallFirms = first(["授予小微企业合同金额"], slack: 1)
        result.reservedForSmallAndMediumFirms = first(["面向中小企业预留政府采购项目预算金额"], slack: 1)
        result.reservedForSmallFirms = first(["面向小微企业预留政府采购项目预算金额"], slack: 1)
        var awarded: [FinalAccountFigure] = []
        for offset in text.offsets(of: "由中小企业供应商中标或成交的") {
            let label = "由中小企业供应商中标或成交的"
            let labelEnd = offset + label.unicodeScalars.count
            guard let at = text.find("采购金额", from: labelEnd, to: labelEnd + 8),
                let (figure, _) = Self.figure("采购金额", at: at, in: text, slack: 1)
            else { continue }
            var labelled = figure
            labelled.label = label
            awarded.append(labelled)
        }
        if !awarded.isEmpty { result.awardedToSmallAndMediumFirms = awarded }
        return result == FinalAccountProcurement() ? nil : result
    }

    /// `截至2024年12月31日，…共有车辆 N 辆…单价100万元（含）以上设备（不含车辆）M 台（套）`.
    static func assets(in text: FinalAccountText) -> FinalAccountAssets? {
        var result = FinalAccountAssets()
        if let offset = text.find("共有车辆", from: 0),
            let found = text.count(after: offset + 4, slack: 0, units: ["辆"])
        {
            result.vehicles = StatedCount(label: "共有车辆", count: found.value, sentence: text.sentence(at: offset))
            let from = text.sentenceStart(before: offset)
            if let at = text.findFirst(["截至", "截止"], from: from, to: offset) {
                result.asOfYear = text.year(in: at.offset..<offset)
            }
        }
        for offset in text.offsets(of: "单价") {
            guard let threshold = text.amount(after: offset + 2, slack: 0, limit: offset + 14),
                let device = text.find("设备", from: threshold.end, to: threshold.end + 12),
                let found = text.count(after: device + 2, slack: 8, units: ["台", "套"])
            else { continue }
            result.equipmentThreshold = threshold.amount
            result.costlyEquipment = StatedCount(
                label: text.written(offset..<device + 2),
                count: found.value,
                sentence: text.sentence(at: offset)
            )
            break
        }
        return result == FinalAccountAssets() ? nil : result
    }

    /// The 预算绩效管理 statement: the three stages with their projects and amounts, the average score, the grades and
    /// the problems found and fixed.
    static func performance(in text: FinalAccountText) -> PerformanceManagementStatement? {
        guard let anchor = text.findFirst(["编报绩效目标的", "绩效自评的", "开展绩效自评"], from: 0)?.offset else {
            return nil
        }
        let start = text.sentenceStart(before: anchor)
        // The statement runs to the next heading (it may span several sentences).
        let end = text.text.boundary(after: anchor)
        var statement = PerformanceManagementStatement(sentence: text.sentence(from: anchor, to: anchor))
        func stage(_ words: [String]) -> PerformanceStage? {
            guard let at = text.findFirst(words, from: start, to: end) else { return nil }
            let from = at.offset + at.word.unicodeScalars.count
            guard let projects = text.find("项目", from: from, to: from + 12),
                let count = text.count(after: projects + 2, slack: 0, units: ["个"], limit: end)
            else { return nil }
            var result = PerformanceStage(projects: count.value, amount: nil)
            if let money = text.find("金额", from: count.end, to: count.end + 10),
                let found = text.amount(after: money + 2, slack: 1, limit: end)
            {
                result.amount = found.amount
                result.unit = found.unit
            }
            return result
        }
        statement.targets = stage(["编报绩效目标的", "编报绩效目标"])
        statement.tracking = stage(["绩效跟踪评价的", "绩效跟踪的", "绩效运行监控的", "绩效监控的"])
        statement.selfEvaluation = stage(["绩效自评的", "开展绩效自评的"])
        if let at = text.find("平均得分", from: start, to: end),
            let (score, after) = StatementNumbers.number(in: text.text, at: at + 4), text.matches("分", at: after)
        {
            statement.averageScore = score
        }
        func grade(_ word: String) -> Int? {
            for offset in text.offsets(of: word) where offset >= start && offset < end {
                // `合格` is not the end of `不合格`.
                if word.hasPrefix("合格") || word.hasPrefix("“合格") {
                    if text.matches("不", at: offset - 1) { continue }
                }
                let from = offset + word.unicodeScalars.count
                let afterWords =
                    text.matches("的项目", at: from) ? from + 3 : (text.matches("项目", at: from) ? from + 2 : from)
                if let found = text.count(after: afterWords, slack: 0, units: ["个"], limit: end) { return found.value }
            }
            return nil
        }
        statement.excellent = grade("“优”") ?? grade("优")
        statement.good = grade("“良”") ?? grade("良")
        statement.pass = grade("“合格”") ?? grade("“中”") ?? grade("合格")
        statement.fail = grade("“不合格”") ?? grade("“差”") ?? grade("不合格")
        func problems(_ words: [String]) -> Int? {
            guard let at = text.findFirst(words, from: start, to: end) else { return nil }
            return text.count(after: at.offset + at.word.unicodeScalars.count, slack: 1, units: ["个"], limit: end)?
                .value
        }
        statement.problemsFound = problems(["共发现问题", "发现问题"])
        statement.problemsFixed = problems(["已经完成整改的", "已完成整改的", "已完成整改", "已整改的", "已整改"])
        statement.problemsBeingFixed = problems(["正在整改的", "正在整改"])
        let hasFigures =
            statement.targets != nil || statement.tracking != nil || statement.selfEvaluation != nil
            || statement.averageScore != nil || statement.grades.contains { $0 != nil }
        guard hasFigures else { return nil }
        statement.sentence = Sentence(
            text: text.written(start..<min(end, text.sentenceEnd(from: max(start, end - 1)) + 1)),
            line: text.text.line(at: anchor)
        )
        return statement
    }
}
