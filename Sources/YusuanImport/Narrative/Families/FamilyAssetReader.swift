import Foundation
import YusuanCore

/// Reads 国有资产占有使用情况 as every family writes it: `截至2025年12月，所属各预算单位共有车辆46辆，其中…执法执勤用车0辆…`,
/// `共有车辆56台`, `车辆7辆（一般公务用车3辆，执法执勤用车4辆…）`, `2026年部门预算安排购置车辆0辆`,
/// `2026年计划购置车辆0辆、0万元`, `2024年无购置车辆的预算安排`, and the kinds of vehicles to buy where the sentence breaks
/// them down (`购置车辆1辆，其中，一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆`).
///
/// The Chongqing ``AssetReader`` stays as it is; this one also reads `执法执勤用车`, counts in brackets and vehicles
/// counted in 台.
enum FamilyAssetReader {
    /// Whether a paragraph speaks of the department's vehicles (not of the vehicles a “三公” figure pays for).
    static func speaksOfVehicles(_ text: String) -> Bool {
        text.contains("共有车辆") || text.contains("购置车辆")
            || (text.contains("车辆") && (text.contains("截至") || text.contains("截止")))
    }

    /// The facts of one paragraph, merged into `facts` (the first statement of each fact is kept).
    static func read(_ text: String, line: SourceLine?, into facts: inout AssetFacts) {
        if facts.asOfYear == nil, let (year, month) = asOf(in: text) {
            facts.asOfYear = year
            facts.asOfMonth = month
        }
        for clause in NarrativeClauses.clauses(of: text) {
            let sentence = Sentence(text: clause.text, line: line)
            // Brackets split here: `车辆7辆（一般公务用车3辆，…）` holds a count before and inside them.
            let pieces = clause.text.split { "，、：:,（）()；".contains($0) }.map { String($0).trimmingSpaces }
            // After the count of vehicles to buy, the kinds counted are those bought (`购置车辆1辆，其中，一般公务用车
            // 0辆、执法执勤用车0辆、特种专业技术用车1辆`), not those held.
            var afterPurchases = false
            for piece in pieces {
                if piece.contains("无购置") || piece.contains("未安排购置") || piece.contains("无车辆购置") {
                    if facts.plannedPurchases == nil {
                        facts.plannedPurchases = StatedCount(label: piece, count: 0, sentence: sentence)
                    }
                    continue
                }
                guard let (label, count) = count(in: piece) else { continue }
                let stated = StatedCount(label: label, count: count, sentence: sentence)
                let isLawEnforcement = label.contains("执勤执法") || label.contains("执法执勤")
                if label.contains("购置") {
                    if facts.plannedPurchases == nil {
                        facts.plannedPurchases = stated
                        afterPurchases = true
                    }
                } else if afterPurchases {
                    if isLawEnforcement, facts.plannedLawEnforcementVehicles == nil {
                        facts.plannedLawEnforcementVehicles = stated
                    } else if label.contains("一般公务用车"), facts.plannedGeneralVehicles == nil {
                        facts.plannedGeneralVehicles = stated
                    }
                } else if isLawEnforcement {
                    if facts.lawEnforcementVehicles == nil { facts.lawEnforcementVehicles = stated }
                } else if label.contains("一般公务用车") {
                    if facts.generalVehicles == nil { facts.generalVehicles = stated }
                } else if label.hasSuffix("车辆") {
                    if facts.vehicles == nil { facts.vehicles = stated }
                }
            }
        }
    }

    /// `截至2025年12月` / `截止2018年底` → (2025, 12) / (2018, nil).
    static func asOf(in text: String) -> (Int, Int?)? {
        guard let range = text.range(of: "截至") ?? text.range(of: "截止") else { return nil }
        let after = text[range.upperBound...].drop { $0 == " " }
        guard let (year, rest) = NumberScanning.leadingInteger(in: after), rest.hasPrefixBytes("年"), year >= 1900
        else { return nil }
        if let (month, afterMonth) = NumberScanning.leadingInteger(in: rest.dropFirst()),
            afterMonth.hasPrefixBytes("月"),
            (1...12).contains(month)
        {
            return (year, month)
        }
        return (year, nil)
    }

    /// `共有车辆8辆` → (`共有车辆`, 8); `共有车辆56台` → (`共有车辆`, 56) (台 only after 车辆).
    static func count(in piece: String) -> (String, Int)? {
        var body = Substring(piece.filter { $0 != " " })
        let unit: Character
        if body.hasSuffix("辆") {
            unit = "辆"
        } else if body.hasSuffix("台") {
            unit = "台"
        } else {
            return nil
        }
        // `dropLast(1)`, not `dropLast()`: without an argument it is Collection's, which counts every character first.
        body = body.dropLast(1)
        let digits = body.reversed().prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, let value = Int(String(digits.reversed())) else { return nil }
        var label = body.dropLast(digits.count)
        label = label.dropping(prefix: "其中") ?? label
        if unit == "台" && !label.hasSuffix("车辆") { return nil }
        return (String(label), value)
    }
}
