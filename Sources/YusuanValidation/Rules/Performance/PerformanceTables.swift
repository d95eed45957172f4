import YusuanCore

/// The performance tables seen uniformly: a label, the indicators and where they are.
struct PerformanceTableView {
    var kind: TableKind
    var name: String
    var header: TableHeader
    let indicators: [PerformanceIndicator]
    var line: SourceLine?
    var budget: Amount?
    /// What each indicator's cells read as, in the order of ``indicators``.
    let readings: [IndicatorReading]

    init(
        kind: TableKind,
        name: String,
        header: TableHeader,
        indicators: [PerformanceIndicator],
        line: SourceLine?,
        budget: Amount?
    ) {
        self.kind = kind
        self.name = name
        self.header = header
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

    func location(_ indicator: PerformanceIndicator? = nil, column: String? = nil) -> FindingLocation {
        FindingLocation(
            table: kind,
            caption: header.caption ?? kind.caption,
            row: indicator?.name ?? name,
            column: column,
            line: indicator?.line ?? line ?? header.line
        )
    }

    /// `表十一“项目名”` / `table 11 "name"`.
    var describe: LocalizedText {
        LocalizedText(zh: "\(kind.caption)“\(name)”", en: "table \(kind.rawValue) \"\(name)\"")
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

    init(_ indicator: PerformanceIndicator) {
        self.init(value: indicator.value, operatorSymbol: indicator.operatorSymbol, unit: indicator.unit)
    }

    /// Reads an indicator's 指标值, 指标性质 and 计量单位.
    init(value: String, operatorSymbol: String, unit: String) {
        self.value = Self.trimmed(value)
        numericValue = Amount(self.value)
        indicatorOperator = Self.indicatorOperator(operatorSymbol)
        self.unit = Self.trimmed(unit)
    }

    /// ``StringProtocol/trimmingSpaces()``, without making a new text when there is nothing to trim (the first
    /// and the last byte cannot belong to a space, a tab, U+3000 or a no-break space).
    static func trimmed(_ text: String) -> String {
        // The end bytes read from the contiguous bytes when the text has them (the usual case).
        let ends: (first: UInt8, last: UInt8)?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? nil : (bytes[0], bytes[bytes.count - 1])
        }
        guard let (first, last) = ends ?? text.utf8.first.flatMap({ first in text.utf8.last.map { (first, $0) } })
        else { return text }
        let mayStartWithSpace = first == 0x20 || first == 0x09 || first == 0xC2 || first == 0xE3
        let mayEndWithSpace = last == 0x20 || last == 0x09 || last == 0xA0 || last == 0x80
        return mayStartWithSpace || mayEndWithSpace ? text.trimmingSpaces() : text
    }

    /// The symbols ``IndicatorOperator/init(symbol:)`` accepts, each with its operator.
    static let operatorSymbols: [(symbol: String, operator: IndicatorOperator)] = [
        ("≥", .atLeast), (">=", .atLeast), ("＞＝", .atLeast), ("≧", .atLeast),
        ("≤", .atMost), ("<=", .atMost), ("＜＝", .atMost), ("≦", .atMost),
        ("=", .equal), ("＝", .equal), (">", .greaterThan), ("＞", .greaterThan),
        ("<", .lessThan), ("＜", .lessThan), ("定性", .qualitative),
    ]

    /// ``operatorSymbols`` as UTF-8 bytes.
    static let operatorBytes: [(bytes: [UInt8], operator: IndicatorOperator)] = operatorSymbols.map {
        (Array($0.symbol.utf8), $0.operator)
    }

    /// ``IndicatorOperator/init(symbol:)``, comparing bytes first: the symbols are in NFC, so a symbol with the same
    /// bytes is that symbol, and an ASCII text (its own NFC) equals one only when its bytes do. Any other text is
    /// left to the initializer.
    static func indicatorOperator(_ symbol: String) -> IndicatorOperator? {
        let trimmed = Self.trimmed(symbol)
        // Compared as contiguous bytes when the text has them (the usual case); `decided` is false for a text
        // that is left to the initializer.
        let read = trimmed.utf8.withContiguousStorageIfAvailable {
            bytes -> (found: IndicatorOperator?, decided: Bool) in
            for entry in operatorBytes where entry.bytes.count == bytes.count {
                if entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return (entry.operator, true) }
            }
            return (nil, bytes.allSatisfy { $0 < 0x80 })
        }
        if let read {
            return read.decided ? read.found : IndicatorOperator(symbol: trimmed)
        }
        let count = trimmed.utf8.count
        for entry in operatorBytes where entry.bytes.count == count && trimmed.utf8.elementsEqual(entry.bytes) {
            return entry.operator
        }
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        return IndicatorOperator(symbol: trimmed)
    }
}

extension ValidationContext {
    /// 表十 and every 表十一 (built once per document).
    var performanceTables: [PerformanceTableView] { index.performanceTables }
}

extension PerformanceTableView {
    /// 表十 and every 表十一 of the tables, with their indicators read.
    static func all(in tables: DisclosureTables) -> [PerformanceTableView] {
        var result: [PerformanceTableView] = []
        if let overall = tables.overallPerformance {
            result.append(
                PerformanceTableView(
                    kind: .overallPerformance,
                    name: overall.departmentLabel,
                    header: overall.header,
                    indicators: overall.indicators,
                    line: overall.line,
                    budget: overall.budget
                )
            )
        }
        for project in tables.projectPerformance {
            result.append(
                PerformanceTableView(
                    kind: .projectPerformance,
                    name: project.name,
                    header: project.header,
                    indicators: project.indicators,
                    line: project.line,
                    budget: project.budget
                )
            )
        }
        return result
    }
}
