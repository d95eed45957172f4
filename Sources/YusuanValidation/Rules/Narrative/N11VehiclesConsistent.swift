import YusuanCore

/// N11: 一般公务用车 + 执勤执法用车 ≤ 车辆总数; no vehicles ⇒ no 公务用车运行维护费; no planned purchase ⇒ no
/// 公务用车购置费; a planned purchase of 公务用车 (一般公务用车 and 执法执勤用车 where the narrative breaks the purchases
/// down, else every vehicle) ⇒ a 公务用车购置费.
public struct N11VehiclesConsistent: ValidationRule {
    public static let id = "N11"

    public init() {}

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        guard let assets = context.facts.assets else {
            return .insufficientData(
                Self.id,
                LocalizedText(zh: "情况说明未陈述国有资产占有使用情况。", en: "The narrative states no asset figures.")
            )
        }
        var reporter = context.reporter(for: Self.id)
        if let vehicles = assets.vehicles {
            let listed = (assets.generalVehicles?.count ?? 0) + (assets.lawEnforcementVehicles?.count ?? 0)
            if listed > vehicles.count {
                reporter.report(
                    LocalizedText(
                        zh: "一般公务用车与执勤执法用车共 \(listed) 辆，多于车辆总数 \(vehicles.count) 辆，请核对车辆数。",
                        en: "General and law-enforcement vehicles add up to \(listed), more than the \(vehicles.count) "
                            + "vehicles in total: check the counts."
                    ),
                    at: .narrative(vehicles.sentence)
                )
            }
        }
        guard let table = context.tables.threePublicExpenditure else { return reporter.outcome }
        let name = context.tableName(.threePublicExpenditure)
        let tableLocation = FindingLocation(
            table: .threePublicExpenditure,
            caption: name.caption,
            row: table.yearLabel,
            line: table.line
        )
        if let vehicles = assets.vehicles, vehicles.count == 0, let operation = table.amounts.vehicleOperation,
            !operation.isZero
        {
            reporter.report(
                LocalizedText(
                    zh: "情况说明称共有车辆 0 辆，\(name.zh)却安排公务用车运行费 \(operation.plainText) 万元，请核对。",
                    en: "The narrative states no vehicles, yet \(name.en) budgets \(operation.plainText) for vehicle "
                        + "operation: check both."
                ),
                at: .narrative(vehicles.sentence),
                related: tableLocation.withColumn("公务用车运行费"),
                actual: operation
            )
        }
        if let planned = assets.plannedPurchases {
            let purchase = table.amounts.vehiclePurchase
            let budgeted = !(purchase?.isZero ?? true)
            if planned.count == 0 && budgeted {
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称无购置车辆的预算安排，\(name.zh)却安排公务用车购置费 \(Describe.value(purchase).zh) 万元，请核对。",
                        en:
                            "The narrative plans no vehicle purchase, yet \(name.en) budgets \(Describe.value(purchase).en) "
                            + "for purchases: check both."
                    ),
                    at: .narrative(planned.sentence),
                    related: tableLocation.withColumn("公务用车购置费"),
                    actual: purchase
                )
            } else if Self.officialVehiclesPlanned(assets) > 0 && !budgeted {
                let count = Self.officialVehiclesPlanned(assets)
                reporter.report(
                    LocalizedText(
                        zh: "情况说明称计划购置\(Self.isBrokenDown(assets) ? "公务用车" : "车辆") \(count) 辆，"
                            + "\(name.zh)未安排公务用车购置费，请核对。",
                        en: "The narrative plans to buy \(count) \(Self.isBrokenDown(assets) ? "official " : "")"
                            + "vehicles but \(name.en) budgets no purchase: check both."
                    ),
                    at: .narrative(planned.sentence),
                    related: tableLocation.withColumn("公务用车购置费")
                )
            }
        }
        return reporter.outcome
    }

    /// Whether the narrative breaks the planned purchases down into 一般公务用车, 执法执勤用车 and the others
    /// (`一般公务用车0辆、执法执勤用车0辆、特种专业技术用车1辆、其他用车0辆`). A breakdown by the other kinds
    /// (`部级领导干部用车…机要通信用车…应急保障用车…`) names no 一般公务用车 and is not read so.
    static func isBrokenDown(_ assets: AssetFacts) -> Bool {
        assets.plannedGeneralVehicles != nil
    }

    /// The planned purchases the “三公” 公务用车购置费 pays for: the 一般公务用车 and 执法执勤用车 when the sentence
    /// breaks the purchases down so (a 特种专业技术用车 is bought from other money), else all of them.
    static func officialVehiclesPlanned(_ assets: AssetFacts) -> Int {
        guard isBrokenDown(assets) else { return assets.plannedPurchases?.count ?? 0 }
        return (assets.plannedGeneralVehicles?.count ?? 0) + (assets.plannedLawEnforcementVehicles?.count ?? 0)
    }
}
