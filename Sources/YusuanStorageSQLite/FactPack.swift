import YusuanCore
import YusuanStorage

/// All the facts of one revision in one compact value, the `facts` column of the SQLite `fact_pack` table.
///
/// One row per revision instead of one per fact: inserting some 215 fact rows (two B-tree searches each, ten columns
/// bound) was most of the SQLite writer's time; one blob of about 5 kB is a single insert. The facts are grouped by
/// table, in ascending `TableKind` order, and keep their order within a table, which is the order the queries give.
///
/// Layout (integers are unsigned LEB128 varints, amounts zigzag-encoded first):
///
///     version (1)
///     string count, then each string: byte length, UTF-8 bytes     — every distinct row key, name and column once
///     table count, then each table: table kind, fact count
///     each fact, table after table: row key, row kind, name and column (string indexes; the kind's index in
///         ``rowKinds``), minor units, scale
///
/// A table's facts can be skipped without building their strings, so a rollup of one table decodes only that table.
enum FactPack {
    static let version: UInt64 = 1

    /// The row kinds by their number in a pack. Append only: a pack stores these numbers.
    static let rowKinds: [Fact.RowKind] = [.function, .economic, .procurement, .total, .label, .project]

    /// The packed facts, grouped by table in ascending order.
    static func encode(_ facts: [Fact]) -> [UInt8] {
        var strings = StringTable(capacity: facts.count * 3)
        var byTable: [Int: [Int]] = [:]
        for (ordinal, fact) in facts.enumerated() { byTable[fact.table.rawValue, default: []].append(ordinal) }
        let tables = byTable.keys.sorted()
        var body: [UInt8] = []
        body.reserveCapacity(facts.count * 8)
        for table in tables {
            for ordinal in byTable[table] ?? [] {
                let fact = facts[ordinal]
                appendVarint(strings.index(fact.row), to: &body)
                appendVarint(number(of: fact.rowKind), to: &body)
                appendVarint(strings.index(fact.name), to: &body)
                appendVarint(strings.index(fact.column), to: &body)
                let units = fact.amount.minorUnits
                appendVarint(UInt64(bitPattern: (units << 1) ^ (units >> 63)), to: &body)
                appendVarint(UInt64(fact.amount.scale), to: &body)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.bytes.count + body.count + 8 + tables.count * 4)
        appendVarint(version, to: &bytes)
        appendVarint(UInt64(strings.count), to: &bytes)
        bytes += strings.bytes
        appendVarint(UInt64(tables.count), to: &bytes)
        for table in tables {
            appendVarint(UInt64(table), to: &bytes)
            appendVarint(UInt64(byTable[table]?.count ?? 0), to: &bytes)
        }
        bytes += body
        return bytes
    }

    /// The facts of a pack, those of `tables` only when given.
    /// - Throws: ``StorageError`` `corrupt` when the bytes are not a pack this version wrote.
    static func decode(_ bytes: UnsafeRawBufferPointer, tables wanted: Set<TableKind>? = nil) throws -> [Fact] {
        var reader = Reader(bytes: bytes)
        guard try reader.varint() == version else { throw corrupt("an unknown version") }
        let stringCount = try reader.count()
        var stringRanges: [Range<Int>] = []
        stringRanges.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let length = try reader.count()
            stringRanges.append(try reader.skip(length))
        }
        var strings = [String?](repeating: nil, count: stringCount)
        func string(_ index: Int) throws -> String {
            guard index < stringCount else { throw corrupt("a string index out of range") }
            if let known = strings[index] { return known }
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[stringRanges[index]]), as: UTF8.self)
            strings[index] = text
            return text
        }
        let tableCount = try reader.count()
        var tables: [(kind: TableKind, count: Int)] = []
        for _ in 0..<tableCount {
            let number = try reader.varint()
            guard let kind = Int(exactly: number).flatMap(TableKind.init(rawValue:)) else {
                throw corrupt("an unknown table \(number)")
            }
            tables.append((kind, try reader.count()))
        }
        var facts: [Fact] = []
        for (kind, count) in tables {
            let keeps = wanted?.contains(kind) ?? true
            if keeps { facts.reserveCapacity(facts.count + count) }
            for _ in 0..<count {
                let row = try reader.count()
                let rowKind = try reader.count()
                let name = try reader.count()
                let column = try reader.count()
                let zigzag = try reader.varint()
                let scale = try reader.count()
                guard keeps else { continue }
                guard rowKind < rowKinds.count, scale <= Amount.maximumScale else {
                    throw corrupt("row kind \(rowKind) and scale \(scale)")
                }
                let units = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
                facts.append(
                    Fact(
                        table: kind,
                        row: try string(row),
                        rowKind: rowKinds[rowKind],
                        name: try string(name),
                        column: try string(column),
                        amount: Amount(minorUnits: units, scale: scale)
                    )
                )
            }
        }
        guard reader.isAtEnd else { throw corrupt("bytes after the last fact") }
        return facts
    }

    /// The number of a row kind in a pack: its index in ``rowKinds``.
    static func number(of kind: Fact.RowKind) -> UInt64 {
        switch kind {
        case .function: 0
        case .economic: 1
        case .procurement: 2
        case .total: 3
        case .label: 4
        case .project: 5
        }
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func corrupt(_ detail: String) -> StorageError {
        StorageError(.corrupt, "a stored fact pack is damaged: \(detail)")
    }

    /// Reads varints from the front of a pack.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            throw FactPack.corrupt("a truncated number")
        }

        /// A varint used as a count or an index: at most the pack's size, so that a damaged pack cannot make the
        /// reader allocate or loop without end.
        mutating func count() throws -> Int {
            let value = try varint()
            guard value <= UInt64(bytes.count) else { throw FactPack.corrupt("a count larger than the pack") }
            return Int(value)
        }

        mutating func skip(_ length: Int) throws -> Range<Int> {
            guard length <= bytes.count - offset else { throw FactPack.corrupt("a truncated string") }
            defer { offset += length }
            return offset..<(offset + length)
        }
    }
}
