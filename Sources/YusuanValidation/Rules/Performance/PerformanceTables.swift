import YusuanCore

/// The performance tables seen uniformly: a label, the indicators and where they are.
///
/// The fields are kept in one shared box, so that each copy a rule makes of a table retains one reference.
struct PerformanceTableView {
    /// The fields of a table.
    private final class Storage: Sendable {
        let kind: TableKind
        let name: String
        let header: TableHeader
        let tableName: TableName
        let indicators: [PerformanceIndicator]
        let line: SourceLine?
        let budget: Amount?
        let readings: [IndicatorReading]

        init(
            kind: TableKind,
            name: String,
            header: TableHeader,
            followsTemplate: Bool,
            indicators: [PerformanceIndicator],
            line: SourceLine?,
            budget: Amount?
        ) {
            self.kind = kind
            self.name = name
            self.header = header
            tableName = TableName(kind, header: header, followsTemplate: followsTemplate)
            self.indicators = indicators
            self.line = line
            self.budget = budget
            // By position: iterating the indicators would copy each one.
            readings = indicators.indices.map {
                IndicatorReading(
                    value: indicators[$0].value,
                    operatorSymbol: indicators[$0].operatorSymbol,
                    unit: indicators[$0].unit
                )
            }
        }
    }

    private let storage: Storage

    var kind: TableKind { storage.kind }
    var name: String { storage.name }
    var header: TableHeader { storage.header }
    /// How findings name the table (``TableName``).
    var tableName: TableName { storage.tableName }
    var indicators: [PerformanceIndicator] { storage.indicators }
    var line: SourceLine? { storage.line }
    var budget: Amount? { storage.budget }
    /// What each indicator's cells read as, in the order of ``indicators``.
    var readings: [IndicatorReading] { storage.readings }

    /// A table; `followsTemplate` (the document follows the Chongqing district template) names it as ``TableName``
    /// does.
    init(
        kind: TableKind,
        name: String,
        header: TableHeader,
        followsTemplate: Bool = true,
        indicators: [PerformanceIndicator],
        line: SourceLine?,
        budget: Amount?
    ) {
        storage = Storage(
            kind: kind,
            name: name,
            header: header,
            followsTemplate: followsTemplate,
            indicators: indicators,
            line: line,
            budget: budget
        )
    }

    func location(_ indicator: PerformanceIndicator? = nil, column: String? = nil) -> FindingLocation {
        FindingLocation(
            table: kind,
            caption: tableName.caption,
            row: indicator?.name ?? name,
            column: column,
            line: indicator?.line ?? line ?? header.line
        )
    }

    /// `表十一“项目名”` / `table 11 "name"`.
    var describe: LocalizedText {
        LocalizedText(zh: "\(tableName.ofZh)“\(name)”", en: "\(tableName.en) \"\(name)\"")
    }
}

/// An indicator's cells as the rules read them: trimmed, parsed and interpreted once.
struct IndicatorReading {
    /// 指标值 without surrounding spaces.
    var value: String
    /// 指标值 as a number, when it is one (``PerformanceIndicator/numericValue``).
    var numericValue: Amount?
    /// 指标性质 interpreted (``PerformanceIndicator/indicatorOperator``).
    var indicatorOperator: IndicatorOperator?
    /// 计量单位 without surrounding spaces.
    var unit: String
    /// Which of the units the rules test for ``unit`` is (``UnitKind/init(_:)``).
    var unitKind: UnitKind

    init(_ indicator: PerformanceIndicator) {
        self.init(value: indicator.value, operatorSymbol: indicator.operatorSymbol, unit: indicator.unit)
    }

    /// Reads an indicator's 指标值, 指标性质 and 计量单位.
    init(value: String, operatorSymbol: String, unit: String) {
        self.value = value.trimmingSpaces()
        numericValue = Amount(self.value)
        indicatorOperator = IndicatorOperator(symbol: operatorSymbol)
        self.unit = unit.trimmingSpaces()
        unitKind = UnitKind(self.unit)
    }

    /// The units P6 tests an indicator's 计量单位 for, each as `==` compares the unit with its literals.
    enum UnitKind: Equatable {
        /// `%` or `％`.
        case percent
        /// `分`.
        case points
        /// `万` or `万元`.
        case tenThousand
        /// Any other unit.
        case other

        /// The kind of a unit: the one whose literal the unit equals (`==`, canonical equivalence).
        init(_ unit: String) {
            self = Self.literals.first { $0.literal == unit }?.kind ?? .other
        }

        /// The literals of each kind (none equals another).
        static let literals: [(literal: String, kind: UnitKind)] = [
            ("%", .percent), ("％", .percent), ("分", .points), ("万", .tenThousand), ("万元", .tenThousand),
        ]
    }
}

extension ValidationContext {
    /// 表十 and every 表十一 (built once per document).
    var performanceTables: [PerformanceTableView] { index.performanceTables }
}

extension PerformanceTableView {
    /// 表十 and every 表十一 of the tables, with their indicators read.
    static func all(in tables: DisclosureTables, followsTemplate: Bool = true) -> [PerformanceTableView] {
        var result: [PerformanceTableView] = []
        result.reserveCapacity(1 + tables.projectPerformance.count)
        if let overall = tables.overallPerformance {
            result.append(
                PerformanceTableView(
                    kind: .overallPerformance,
                    name: overall.departmentLabel,
                    header: overall.header,
                    followsTemplate: followsTemplate,
                    indicators: overall.indicators,
                    line: overall.line,
                    budget: overall.budget
                )
            )
        }
        for project in tables.projectPerformance {
            result.append(PerformanceTableView(project: project, followsTemplate: followsTemplate))
        }
        return result
    }

    /// The view of one 项目绩效目标表 (表十一).
    init(project: ProjectPerformanceTable, followsTemplate: Bool) {
        self.init(
            kind: .projectPerformance,
            name: project.name,
            header: project.header,
            followsTemplate: followsTemplate,
            indicators: project.indicators,
            line: project.line,
            budget: project.budget
        )
    }
}
