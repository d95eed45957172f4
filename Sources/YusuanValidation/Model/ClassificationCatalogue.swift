import Foundation
import YusuanCore

/// The classification codes known to the validator, by year: 支出功能分类 and 部门预算支出经济分类.
///
/// The standard catalogue is `Catalogue/classification.csv` with the columns
/// `year_from,year_to,system,code,name,parent,aliases,source` (aliases separated by `|`; the `source` column may be
/// left out). `docs/CLASSIFICATION.md` says where each year's codes come from.
public struct ClassificationCatalogue: Sendable, Hashable {
    /// Every entry, in file order.
    public private(set) var entries: [ClassificationEntry]
    /// The budget years each classification has entries for: from the first `yearFrom` to the last `yearTo` (no
    /// upper bound when an entry has none).
    public private(set) var coveredYears: [ClassificationSystem: ClosedRange<Int>]
    /// The entries of each code, in file order, with their accepted names normalized once at load.
    private var index: [Key: [IndexedEntry]]
    /// The same entries for the codes made of digits, by ``digitKey(system:code:)``.
    private var digitIndex: [Int: [IndexedEntry]]

    /// A code of one classification.
    private struct Key: Hashable {
        var system: ClassificationSystem
        var code: String
    }

    /// An entry with its name and aliases as ``normalized(_:)`` gives them.
    struct IndexedEntry: Sendable, Hashable {
        var entry: ClassificationEntry
        /// The name and aliases, normalized.
        var names: [String]

        init(entry: ClassificationEntry, normalizedNames: [String]) {
            self.entry = entry
            names = normalizedNames
        }

        /// Whether a name (already normalized) is the entry's name or one of its aliases.
        func accepts(normalized name: String) -> Bool { names.contains(name) }
    }

    /// Creates a catalogue from entries.
    public init(entries: [ClassificationEntry]) {
        self.entries = entries
        var index: [Key: [IndexedEntry]] = [:]
        var digitIndex: [Int: [IndexedEntry]] = [:]
        for entry in entries {
            let names = ([entry.name] + entry.aliases).map(Self.normalized)
            let indexed = IndexedEntry(entry: entry, normalizedNames: names)
            index[Key(system: entry.system, code: entry.code), default: []].append(indexed)
            if let key = Self.digitKey(system: entry.system, code: entry.code) {
                digitIndex[key, default: []].append(indexed)
            }
        }
        self.index = index
        self.digitIndex = digitIndex
        var coveredYears: [ClassificationSystem: ClosedRange<Int>] = [:]
        for entry in entries {
            let last = max(entry.yearTo ?? Int.max, entry.yearFrom)
            let years = coveredYears[entry.system].map { min($0.lowerBound, entry.yearFrom)...max($0.upperBound, last) }
            coveredYears[entry.system] = years ?? entry.yearFrom...last
        }
        self.coveredYears = coveredYears
    }

    /// Whether the catalogue has entries of the classification for the budget year.
    public func covers(_ system: ClassificationSystem, year: Int) -> Bool {
        coveredYears[system]?.contains(year) ?? false
    }

    /// The years in which the code is in the classification, as ranges in order (empty when it never is).
    public func years(system: ClassificationSystem, code: String) -> [ClosedRange<Int>] {
        merged(candidates(system: system, code: code).map(\.entry).map(Self.years(of:)))
    }

    /// The years in which the code has the name (its official name or an alias), as ranges in order.
    public func years(system: ClassificationSystem, code: String, name: String) -> [ClosedRange<Int>] {
        let wanted = Self.normalized(name)
        let matching = candidates(system: system, code: code).filter { $0.accepts(normalized: wanted) }
        return merged(matching.map(\.entry).map(Self.years(of:)))
    }

    private func candidates(system: ClassificationSystem, code: String) -> [IndexedEntry] {
        if let codeKey = DigitCode.key(code) {
            return digitIndex[Self.digitKey(system: system, codeKey: codeKey)] ?? []
        }
        return index[Key(system: system, code: code)] ?? []
    }

    private static func years(of entry: ClassificationEntry) -> ClosedRange<Int> {
        entry.yearFrom...max(entry.yearTo ?? Int.max, entry.yearFrom)
    }

    /// The ranges sorted, with ranges that overlap or touch joined.
    private func merged(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound || range.lowerBound - 1 == last.upperBound {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Years as the messages write them: `2019—2026年`, `2017年`, `2017—2018年、2020年`, `2019年起`.
    public static func describe(_ ranges: [ClosedRange<Int>]) -> String {
        ranges.map { range in
            if range.upperBound == Int.max { return "\(range.lowerBound)年起" }
            if range.lowerBound == range.upperBound { return "\(range.lowerBound)年" }
            return "\(range.lowerBound)—\(range.upperBound)年"
        }
        .joined(separator: "、")
    }

    /// Years as the English messages write them: `2019–2026`, `2017`, `2017–2018, 2020`, `2019 on`.
    public static func describeInEnglish(_ ranges: [ClosedRange<Int>]) -> String {
        ranges.map { range in
            if range.upperBound == Int.max { return "\(range.lowerBound) on" }
            if range.lowerBound == range.upperBound { return "\(range.lowerBound)" }
            return "\(range.lowerBound)–\(range.upperBound)"
        }
        .joined(separator: ", ")
    }

    /// A code made of digits (``DigitCode/key(_:)``) of one classification as one integer.
    private static func digitKey(system: ClassificationSystem, codeKey: Int) -> Int {
        codeKey &* 2 &+ (system == .function ? 0 : 1)
    }

    private static func digitKey(system: ClassificationSystem, code: String) -> Int? {
        DigitCode.key(code).map { digitKey(system: system, codeKey: $0) }
    }

    /// The entry for a code in a budget year, if the catalogue knows it.
    public func entry(system: ClassificationSystem, code: String, year: Int) -> ClassificationEntry? {
        indexedEntry(system: system, code: code, year: year)?.entry
    }

    /// The entry for a code in a budget year with its normalized names, if the catalogue knows it.
    func indexedEntry(system: ClassificationSystem, code: String, year: Int) -> IndexedEntry? {
        // A digit code equals another code exactly when their keys are (``DigitCode``).
        if let codeKey = DigitCode.key(code) { return indexedEntry(system: system, codeKey: codeKey, year: year) }
        return index[Key(system: system, code: code)]?.first { $0.entry.isValid(in: year) }
    }

    /// What the catalogue says about a code and the name a table gives it (C2).
    enum NameCheck: Equatable {
        /// The code is not in that year's classification.
        case unknownCode
        /// The name is blank, the code's name or one of its aliases.
        case accepted
        /// The name is another; the code's name in that year is `officialName`.
        case rejected(officialName: String)
    }

    /// Checks a code made of digits, given by its ``DigitCode/key(_:)``, and its name in a budget year, as
    /// ``indexedEntry(system:codeKey:year:)`` and ``IndexedEntry/accepts(normalized:)`` would, without copying the
    /// entry.
    func check(system: ClassificationSystem, codeKey: Int, year: Int, name: String) -> NameCheck {
        guard let candidates = digitIndex[Self.digitKey(system: system, codeKey: codeKey)],
            let position = candidates.firstIndex(where: { $0.entry.isValid(in: year) })
        else { return .unknownCode }
        if name.isEmpty { return .accepted }
        // A name with the bytes of the entry's name normalizes as that name does, so it is accepted without
        // normalizing it (the usual case).
        if candidates[position].entry.name.isBytes(name) { return .accepted }
        if candidates[position].accepts(normalized: Self.normalized(name)) { return .accepted }
        return .rejected(officialName: candidates[position].entry.name)
    }

    /// The entry for a code made of digits, given by its ``DigitCode/key(_:)``, in a budget year.
    func indexedEntry(system: ClassificationSystem, codeKey: Int, year: Int) -> IndexedEntry? {
        digitIndex[Self.digitKey(system: system, codeKey: codeKey)]?.first { $0.entry.isValid(in: year) }
    }

    /// Whether the name matches the entry's name or one of its aliases, ignoring spaces and the width of brackets.
    public static func nameMatches(_ name: String, entry: ClassificationEntry) -> Bool {
        let wanted = normalized(name)
        return ([entry.name] + entry.aliases).contains { normalized($0) == wanted }
    }

    /// The name with spaces removed and half-width brackets made full-width (``Labels/normalized(_:)``).
    public static func normalized(_ name: String) -> String { Labels.normalized(name) }

    /// Parses the CSV form: the header line, then one entry a line (`#` lines and blank lines are skipped).
    /// - Throws: ``CatalogueError`` naming the line that is malformed and what was expected.
    public static func parse(csv text: String) throws -> ClassificationCatalogue {
        var entries: [ClassificationEntry] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if offset == 0 || line.isEmpty || line.hasPrefixBytes("#") { continue }
            func failure(_ expected: String) -> CatalogueError {
                CatalogueError(message: "classification.csv:\(offset + 1): expected \(expected), found \"\(line)\"")
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7 || fields.count == 8 else { throw failure("7 or 8 fields") }
            guard let yearFrom = Int(fields[0]) else { throw failure("a year in year_from") }
            var yearTo: Int?
            if !fields[1].isEmpty {
                guard let year = Int(fields[1]), year >= yearFrom else {
                    throw failure("year_to empty or a year not before year_from")
                }
                yearTo = year
            }
            guard let system = ClassificationSystem(rawValue: fields[2]) else {
                throw failure("system function or economic")
            }
            guard !fields[3].isEmpty, !fields[4].isEmpty else { throw failure("a code and a name") }
            let aliases = fields[6].split(separator: "|").map(String.init)
            let source = fields.count == 8 && !fields[7].isEmpty ? fields[7] : nil
            entries.append(
                ClassificationEntry(
                    yearFrom: yearFrom,
                    yearTo: yearTo,
                    system: system,
                    code: fields[3],
                    name: fields[4],
                    parent: fields[5].isEmpty ? nil : fields[5],
                    aliases: aliases,
                    source: source
                )
            )
        }
        return ClassificationCatalogue(entries: entries)
    }
}

/// A catalogue file that cannot be read.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, with the file and line.
    public var message: String
    /// The message.
    public var description: String { message }
}
