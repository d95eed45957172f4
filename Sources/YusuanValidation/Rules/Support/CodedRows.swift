import YusuanCore

/// The rows of a coded table (without its 合计 row): the codes, names and lines are read in place from the model's
/// rows; the key and level of each row's code and the amounts of all rows are read once, into two flat arrays.
///
/// Making the rows allocates two arrays per table, none per row, and copies no text; a row (``CodedRowView``) is the
/// rows' storage and a position.
struct CodedRows: RandomAccessCollection, Sendable {
    /// What is read once from a row besides its amounts (plain values, copied without retaining anything).
    struct Fields: Sendable {
        /// The code as an integer key (``DigitCode/key(_:)``) when it is made of digits.
        let codeKey: Int?
        /// The level the code implies.
        let level: ClassificationLevel?
        /// Where the row's amounts start in ``Storage/amounts``, and how many there are.
        let columnStart: Int
        let columnCount: Int

        init(code: String, columnStart: Int, columnCount: Int) {
            self.columnStart = columnStart
            self.columnCount = columnCount
            codeKey = DigitCode.key(code)
            level = codeKey == nil ? nil : Fields.level(digitCount: code.utf8.count)
        }

        /// ``ClassificationLevel/init(code:)`` gives a level exactly to the codes of 3, 5 or 7 digits.
        private static func level(digitCount: Int) -> ClassificationLevel? {
            switch digitCount {
            case 3: .category
            case 5: .section
            case 7: .item
            default: nil
            }
        }
    }

    /// The model's rows of a table and its 合计 row (kept at position ``rowCount``, after the rows), with the fields
    /// and amounts read from them, shared by the rows and every copy.
    final class Storage: Sendable {
        /// Which of the model's row types the rows are.
        private enum Source {
            /// 表二/五/八.
            case function
            /// 表三.
            case economic
            /// 表七/九.
            case sources
        }

        private let source: Source
        private let functionRows: [FunctionRow]
        private let economicRows: [EconomicRow]
        private let sourceRows: [SourceBreakdownRow]
        /// The name and line of the 合计 row (empty and nil without one).
        private let totalName: String
        private let totalLine: SourceLine?
        /// The code of each row, then of the 合计 row (read often, so copied once rather than found in the rows).
        private let codes: [String]
        /// The fields of each row, then of the 合计 row when there is one.
        let fields: [Fields]
        /// The amounts of every row in column order, row after row.
        let amounts: [Amount?]
        /// The number of rows before the 合计 row.
        let rowCount: Int

        private init(
            source: Source,
            functionRows: [FunctionRow] = [],
            economicRows: [EconomicRow] = [],
            sourceRows: [SourceBreakdownRow] = [],
            total: (name: String, line: SourceLine?),
            read: (codes: [String], fields: [Fields], amounts: [Amount?])
        ) {
            self.source = source
            self.functionRows = functionRows
            self.economicRows = economicRows
            self.sourceRows = sourceRows
            totalName = total.name
            totalLine = total.line
            codes = read.codes
            fields = read.fields
            amounts = read.amounts
            rowCount = functionRows.count + economicRows.count + sourceRows.count
        }

        /// The codes of `count` rows, each read by position.
        private static func codes(count: Int, _ code: (Int) -> String) -> [String] {
            [String](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count { buffer.initializeElement(at: index, to: code(index)) }
                initialized = count
            }
        }

        /// The fields and amounts of a table with three amount columns; `row` gives the amounts of the row at a
        /// position (the 合计 row last).
        private static func threeColumns(
            codes: [String],
            _ row: (Int) -> (Amount?, Amount?, Amount?)
        ) -> ([Fields], [Amount?]) {
            var fields: [Fields] = []
            fields.reserveCapacity(codes.count)
            for index in codes.indices {
                fields.append(Fields(code: codes[index], columnStart: 3 * index, columnCount: 3))
            }
            let amounts = [Amount?](unsafeUninitializedCapacity: 3 * codes.count) { buffer, initialized in
                for index in codes.indices {
                    let (first, second, third) = row(index)
                    buffer[3 * index] = first
                    buffer[3 * index + 1] = second
                    buffer[3 * index + 2] = third
                }
                initialized = 3 * codes.count
            }
            return (fields, amounts)
        }

        /// 表二/五/八's rows (总计, 基本支出, 项目支出), then the 合计 row.
        convenience init(function rows: [FunctionRow], total: FunctionRow?) {
            // Field by field, so that the rows are read in place rather than copied.
            let count = rows.count + (total == nil ? 0 : 1)
            let codes = Self.codes(count: count) { rows.indices.contains($0) ? rows[$0].code : (total?.code ?? "") }
            let (fields, amounts) = Self.threeColumns(codes: codes) { index in
                let amounts = rows.indices.contains(index) ? rows[index].amounts : total?.amounts
                return (amounts?.total ?? nil, amounts?.basic ?? nil, amounts?.project ?? nil)
            }
            self.init(
                source: .function,
                functionRows: rows,
                total: (total?.name ?? "", total?.line ?? nil),
                read: (codes, fields, amounts)
            )
        }

        /// 表三's rows (总计, 人员经费, 日常公用经费), then the 合计 row.
        convenience init(economic rows: [EconomicRow], total: EconomicRow?) {
            let count = rows.count + (total == nil ? 0 : 1)
            let codes = Self.codes(count: count) { rows.indices.contains($0) ? rows[$0].code : (total?.code ?? "") }
            let (fields, amounts) = Self.threeColumns(codes: codes) { index in
                guard rows.indices.contains(index) else {
                    return (total?.total ?? nil, total?.personnel ?? nil, total?.publicUse ?? nil)
                }
                return (rows[index].total, rows[index].personnel, rows[index].publicUse)
            }
            self.init(
                source: .economic,
                economicRows: rows,
                total: (total?.name ?? "", total?.line ?? nil),
                read: (codes, fields, amounts)
            )
        }

        /// 表七/九's rows (总计, then the sources, then blanks up to the table's `sourceCount` source columns), then
        /// the 合计 row.
        convenience init(sources rows: [SourceBreakdownRow], total: SourceBreakdownRow?, sourceCount: Int) {
            let count = rows.count + (total == nil ? 0 : 1)
            let codes = Self.codes(count: count) { rows.indices.contains($0) ? rows[$0].code : (total?.code ?? "") }
            var fields: [Fields] = []
            fields.reserveCapacity(count)
            var amountCount = 0
            for index in codes.indices {
                let sources = rows.indices.contains(index) ? rows[index].sources.count : (total?.sources.count ?? 0)
                let columnCount = 1 + Swift.max(sources, sourceCount)
                fields.append(Fields(code: codes[index], columnStart: amountCount, columnCount: columnCount))
                amountCount += columnCount
            }
            let amounts = [Amount?](unsafeUninitializedCapacity: amountCount) { buffer, initialized in
                // 总计, the sources, then blanks up to the row's column count.
                func write(total: Amount?, sources: [Amount?], at fields: Fields) {
                    buffer[fields.columnStart] = total
                    for column in 1..<fields.columnCount {
                        buffer[fields.columnStart + column] = column - 1 < sources.count ? sources[column - 1] : nil
                    }
                }
                for index in rows.indices {
                    write(total: rows[index].total, sources: rows[index].sources, at: fields[index])
                }
                if let total { write(total: total.total, sources: total.sources, at: fields[rows.count]) }
                initialized = amountCount
            }
            self.init(
                source: .sources,
                sourceRows: rows,
                total: (total?.name ?? "", total?.line ?? nil),
                read: (codes, fields, amounts)
            )
        }

        /// The code of the row at `position` (the 合计 row at ``rowCount``).
        func code(at position: Int) -> String { codes[position] }

        /// The name of the row at `position`.
        func name(at position: Int) -> String {
            guard position < rowCount else { return totalName }
            switch source {
            case .function: return functionRows[position].name
            case .economic: return economicRows[position].name
            case .sources: return sourceRows[position].name
            }
        }

        /// The source line of the row at `position`.
        func line(at position: Int) -> SourceLine? {
            guard position < rowCount else { return totalLine }
            switch source {
            case .function: return functionRows[position].line
            case .economic: return economicRows[position].line
            case .sources: return sourceRows[position].line
            }
        }
    }

    let storage: Storage

    init(_ storage: Storage) { self.storage = storage }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.rowCount }

    subscript(position: Int) -> CodedRowView {
        precondition(position >= 0 && position < endIndex, "row out of range")
        return CodedRowView(storage, position: position)
    }

    typealias Indices = Range<Int>

    /// The amount in a column of the row at `position`: `self[position].columns[column]` without making the row.
    func amount(at position: Int, column: Int) -> Amount? {
        let fields = storage.fields[position]
        precondition(column >= 0 && column < fields.columnCount, "column out of range")
        return storage.amounts[fields.columnStart + column]
    }

    /// The 合计 row, when the table has one.
    var totalRow: CodedRowView? {
        storage.fields.count > storage.rowCount ? CodedRowView(storage, position: storage.rowCount) : nil
    }

    /// The fields of each row.
    var fields: ArraySlice<Fields> { storage.fields[..<storage.rowCount] }
}
