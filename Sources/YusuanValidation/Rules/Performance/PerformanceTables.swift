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
        // `Amount(_:)` reads the text's contiguous UTF-8 with this function; called on the bytes directly, in the
        // same pass that finds there is nothing to trim (the usual case).
        var text = value
        let direct: Amount?? = text.withUTF8 { bytes in
            Self.mayHaveSpaceAtEnds(bytes) ? nil : .some(Amount.parsing(utf8: bytes))
        }
        if let direct {
            numericValue = direct
            self.value = value
        } else {
            var trimmedValue = value.trimmingSpaces()
            numericValue = trimmedValue.withUTF8 { Amount.parsing(utf8: $0) }
            self.value = trimmedValue
        }
        indicatorOperator = Self.indicatorOperator(operatorSymbol)
        // The unit's kind read in the same pass that finds there is nothing to trim (the usual case).
        var unitText = unit
        let directKind: UnitKind?? = unitText.withUTF8 { bytes in
            Self.mayHaveSpaceAtEnds(bytes) ? nil : .some(UnitKind.decided(by: bytes))
        }
        if let directKind {
            self.unit = unit
            unitKind = directKind ?? UnitKind(undecided: unit)
        } else {
            self.unit = unit.trimmingSpaces()
            unitKind = UnitKind(self.unit)
        }
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
        ///
        /// The literals' bytes are compared first. A unit with other bytes that is ``ByteKey/isByteComparable(_:)``
        /// equals none of them (they are byte-comparable too), and only another unit is compared as a string.
        init(_ unit: String) {
            var text = unit
            self = text.withUTF8(Self.decided(by:)) ?? Self(undecided: unit)
        }

        /// The kind of a unit of these bytes when they decide it: the bytes of a literal, or other bytes that are
        /// ``ByteKey/isByteComparable(_:)``; nil for a unit left to ``init(undecided:)``.
        static func decided(by bytes: UnsafeBufferPointer<UInt8>) -> UnitKind? {
            switch bytes.count {
            case 1 where bytes[0] == 0x25: return .percent  // %
            case 3:
                switch (bytes[0], bytes[1], bytes[2]) {
                case (0xEF, 0xBC, 0x85): return .percent  // ％
                case (0xE5, 0x88, 0x86): return .points  // 分
                case (0xE4, 0xB8, 0x87): return .tenThousand  // 万
                default: break
                }
            case 6:
                // 万元
                if bytes[0] == 0xE4, bytes[1] == 0xB8, bytes[2] == 0x87, bytes[3] == 0xE5, bytes[4] == 0x85,
                    bytes[5] == 0x83
                {
                    return .tenThousand
                }
            default: break
            }
            return ByteKey.isByteComparable(bytes) ? .other : nil
        }

        /// The kind of a unit whose bytes do not decide it, compared with the literals as a string.
        init(undecided unit: String) {
            self = Self.literals.first { unit == $0.literal }?.kind ?? .other
        }

        /// The literals of each kind (none equals another).
        static let literals: [(literal: String, kind: UnitKind)] = [
            ("%", .percent), ("％", .percent), ("分", .points), ("万", .tenThousand), ("万元", .tenThousand),
        ]
    }

    /// ``StringProtocol/trimmingSpaces()``, without making a new text when there is nothing to trim (the first
    /// and the last byte cannot belong to a space, a tab, U+3000 or a no-break space).
    static func trimmed(_ text: String) -> String {
        var text = text
        // The end bytes read in place (`withUTF8` makes a text contiguous only when it is not, a rare case).
        return text.withUTF8(mayHaveSpaceAtEnds) ? text.trimmingSpaces() : text
    }

    /// Whether the first or the last byte may belong to a space, a tab, U+3000 or a no-break space.
    static func mayHaveSpaceAtEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return first == 0x20 || first == 0x09 || first == 0xC2 || first == 0xE3 || last == 0x20 || last == 0x09
            || last == 0xA0 || last == 0x80
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

    /// ``operatorSymbols`` as words (``operatorKey(_:)``).
    static let operatorKeys: [(key: UInt64, operator: IndicatorOperator)] = operatorBytes.map { entry in
        // Every symbol has 1 to 7 bytes; 0 is the word of no text.
        (entry.bytes.withUnsafeBufferPointer { operatorKey($0) } ?? 0, entry.operator)
    }

    /// The bytes of a text of 1 to 7 bytes packed in a word (the first byte lowest) with their count in the top
    /// byte, so that two such texts have the same word exactly when they have the same bytes; nil for a longer or
    /// empty text (no symbol has more than 7 bytes).
    static func operatorKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count >= 1, bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count) << 56
        for offset in 0..<bytes.count { key |= UInt64(bytes[offset]) << UInt64(8 * offset) }
        return key
    }

    /// ``IndicatorOperator/init(symbol:)``, comparing bytes first: the symbols are in NFC, so a symbol with the same
    /// bytes is that symbol, and an ASCII text (its own NFC) equals one only when its bytes do. Any other text is
    /// left to the initializer.
    static func indicatorOperator(_ symbol: String) -> IndicatorOperator? {
        // A symbol with nothing to trim (the usual case) is compared as its bytes in place, in one pass.
        var text = symbol
        let direct = text.withUTF8 { bytes -> (found: IndicatorOperator?, decided: Bool)? in
            if mayHaveSpaceAtEnds(bytes) { return nil }
            return operatorFromBytes(bytes)
        }
        if let direct { return direct.decided ? direct.found : IndicatorOperator(symbol: symbol) }
        return operatorOfTrimmed(Self.trimmed(symbol))
    }

    /// The operator of a symbol of these bytes, when they decide it (`decided` is false for a text that is left to
    /// the initializer): the symbols are at most 8 bytes long, so a text of at most 8 bytes is compared as one word.
    private static func operatorFromBytes(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (found: IndicatorOperator?, decided: Bool)
    {
        if let key = Self.operatorKey(bytes) {
            for entry in operatorKeys where entry.key == key { return (entry.operator, true) }
        }
        return (nil, bytes.allSatisfy { $0 < 0x80 })
    }

    /// ``indicatorOperator(_:)`` of a trimmed symbol.
    private static func operatorOfTrimmed(_ trimmed: String) -> IndicatorOperator? {
        // Compared as contiguous bytes when the text has them (the usual case); `decided` is false for a text
        // that is left to the initializer.
        let read = trimmed.utf8.withContiguousStorageIfAvailable(operatorFromBytes)
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
