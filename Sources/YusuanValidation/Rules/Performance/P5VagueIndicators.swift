import YusuanCore

/// P5: no vague or void indicators: values such as 改善/提高/不涉及/无, weight 0, the same indicator twice in
/// one table.
public struct P5VagueIndicators: ValidationRule {
    public static let id = "P5"

    static let vagueValues: Set<String> = ["改善", "提高", "提升", "不涉及", "无", "/", "-", "—"]

    public init() {}

    /// Whether a (trimmed) value is one of ``vagueValues``. Those are at most 9 bytes long and their characters have
    /// no canonical decomposition, so a longer value cannot equal one of them and is not looked up. They are in
    /// NFC, so a value in NFC (``ByteKey/isByteComparable(_:)``) equals one exactly when its bytes do.
    ///
    /// A value with the bytes of one of them is that value; one with other bytes that is byte-comparable equals none,
    /// and so does one starting with a digit.
    static func isVague(_ value: String) -> Bool {
        let count = value.utf8.count
        guard count <= 16 else { return false }
        var bytes = value
        let decided: Bool? = bytes.withUTF8 { bytes in
            // A value starting with an ASCII digit (most of them) equals none: a digit has no decomposition and
            // composes with no mark, so every text equal to it starts with that digit, and no vague value does.
            if let first = bytes.first, first &- 0x30 < 10 { return false }
            // Compared as words: no array of bytes is read (or retained) for each value.
            if let key = vagueKey(bytes), vagueKeys.contains(where: { $0 == key }) { return true }
            return ByteKey.isByteComparable(bytes) ? false : nil
        }
        return decided ?? vagueValues.contains(value)
    }

    /// The bytes of a text of 1 to 15 bytes packed in two words (the first byte lowest) with their count in the
    /// top byte of the second, so that two such texts have the same key exactly when they have the same bytes; nil
    /// for a longer or empty text (none of ``vagueValues`` has more than 9 bytes).
    static func vagueKey(_ bytes: UnsafeBufferPointer<UInt8>) -> VagueKey? {
        guard bytes.count >= 1, bytes.count <= 15 else { return nil }
        var low: UInt64 = 0
        var high = UInt64(bytes.count) << 56
        for offset in 0..<bytes.count {
            if offset < 8 {
                low |= UInt64(bytes[offset]) << UInt64(8 * offset)
            } else {
                high |= UInt64(bytes[offset]) << UInt64(8 * (offset - 8))
            }
        }
        return VagueKey(low: low, high: high)
    }

    /// A text's bytes packed by ``vagueKey(_:)``.
    struct VagueKey: Equatable {
        var low: UInt64
        var high: UInt64
    }

    /// ``vagueValues`` packed by ``vagueKey(_:)`` (each has 1 to 9 bytes, so each has a key).
    static let vagueKeys: [VagueKey] = vagueValues.compactMap { value in
        Array(value.utf8).withUnsafeBufferPointer { vagueKey($0) }
    }

    /// Up to this many indicators, a table's duplicate names are found by comparing each name with the earlier
    /// ones rather than through a set.
    static let pairwiseLimit = 48

    public func evaluate(_ context: ValidationContext) -> RuleOutcome {
        context.eachPerformanceTable(Self.id) { table, reporter in
            // The names as normalized; compared by bytes when that gives the same answer (the usual case).
            // By position: iterating the indicators would copy each one.
            // Plain names (``ByteKey/isPlainName(_:)``, the usual case) are their own normalized form and are
            // compared by bytes: they are read once, not once to normalize and once to test the bytes.
            let allPlain = table.indicators.indices.allSatisfy { ByteKey.isPlainName(table.indicators[$0].name) }
            let normalizedNames =
                allPlain
                ? table.indicators.indices.map { table.indicators[$0].name }
                : table.indicators.indices.map { ClassificationCatalogue.normalized(table.indicators[$0].name) }
            let byBytes = allPlain || normalizedNames.allSatisfy(ByteKey.isByteComparable)
            let pairwise = byBytes && normalizedNames.count <= Self.pairwiseLimit
            var names: Set<String> = []
            var nameKeys: Set<ByteKey> = []
            if byBytes && !pairwise { nameKeys.reserveCapacity(normalizedNames.count) }
            for position in table.indicators.indices {
                let value = table.readings[position].value
                if Self.isVague(value) {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”的指标值“\(value)”含糊或无效，请设定可衡量的目标值。",
                            en: "Indicator \(indicator.name) of \(table.describe.en) has the vague value \(value): set "
                                + "a measurable target."
                        ),
                        at: table.location(indicator, column: "指标值")
                    )
                }
                if let weight = table.indicators[position].weight, weight.isZero {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”权重为 0，无效指标应删除或赋予权重。",
                            en:
                                "Indicator \(indicator.name) of \(table.describe.en) has weight 0: remove it or weight it."
                        ),
                        at: table.location(indicator, column: "指标权重")
                    )
                }
                let name = normalizedNames[position]
                let isNew: Bool
                if pairwise {
                    isNew = !normalizedNames[..<position].contains { ByteKey.sameBytes($0, name) }
                } else {
                    isNew = byBytes ? nameKeys.insert(ByteKey(text: name)).inserted : names.insert(name).inserted
                }
                if !isNew {
                    let indicator = table.indicators[position]
                    reporter.report(
                        LocalizedText(
                            zh: "\(table.describe.zh)指标“\(indicator.name)”重复出现，请删除重复指标。",
                            en:
                                "Indicator \(indicator.name) appears twice in \(table.describe.en): remove the duplicate."
                        ),
                        at: table.location(indicator)
                    )
                }
            }
        }
    }
}
