import YusuanCore

/// The rows of a coded table (without its 合计 row), read from flat per-table arrays: the codes, the names, the
/// fields of each row with the key and level of its code read once, and the amounts of all rows in one array.
///
/// Making the rows allocates four arrays per table, none per row; a row (``CodedRowView``) is the rows' storage and
/// a position.
struct CodedRows: RandomAccessCollection, Sendable {
    /// What is read from one row besides its code and name (plain values, copied without retaining anything).
    struct Fields: Sendable {
        let line: SourceLine?
        /// The code as an integer key (``DigitCode/key(_:)``) when it is made of digits.
        let codeKey: Int?
        /// The level the code implies.
        let level: ClassificationLevel?
        /// Where the row's amounts start in ``Storage/amounts``, and how many there are.
        let columnStart: Int
        let columnCount: Int

        init(code: String, line: SourceLine?, columnStart: Int, columnCount: Int) {
            self.line = line
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

    /// The fields and amounts of a table's rows, then of its 合计 row when it has one, shared by the rows and every
    /// copy.
    final class Storage: Sendable {
        let codes: [String]
        let names: [String]
        let fields: [Fields]
        /// The amounts of every row in column order, row after row.
        let amounts: [Amount?]
        /// The number of rows before the 合计 row.
        let rowCount: Int

        private init(_ builder: Builder, rowCount: Int) {
            codes = builder.codes
            names = builder.names
            fields = builder.fields
            amounts = builder.amounts
            self.rowCount = rowCount
        }

        /// The arrays of a storage, filled row by row.
        private struct Builder {
            var codes: [String] = []
            var names: [String] = []
            var fields: [Fields] = []
            var amounts: [Amount?] = []

            init(rowCount: Int, columnCount: Int) {
                codes.reserveCapacity(rowCount)
                names.reserveCapacity(rowCount)
                fields.reserveCapacity(rowCount)
                amounts.reserveCapacity(rowCount * columnCount)
            }

            /// Adds a row whose `columnCount` amounts are appended next.
            mutating func add(code: String, name: String, line: SourceLine?, columnCount: Int) {
                codes.append(code)
                names.append(name)
                fields.append(Fields(code: code, line: line, columnStart: amounts.count, columnCount: columnCount))
            }

            /// The amounts of a three-column row.
            mutating func append(_ first: Amount?, _ second: Amount?, _ third: Amount?) {
                amounts.append(first)
                amounts.append(second)
                amounts.append(third)
            }

            /// 总计, then the sources, then blanks up to `columnCount` columns.
            mutating func append(total: Amount?, sources: [Amount?], columnCount: Int) {
                amounts.append(total)
                amounts.append(contentsOf: sources)
                for _ in (1 + sources.count)..<columnCount { amounts.append(nil) }
            }
        }

        /// 表二/五/八's rows (总计, 基本支出, 项目支出), then the 合计 row.
        convenience init(function rows: [FunctionRow], total: FunctionRow?) {
            var builder = Builder(rowCount: rows.count + 1, columnCount: 3)
            // Field by field, so that the rows are read in place rather than copied.
            for index in rows.indices {
                builder.add(code: rows[index].code, name: rows[index].name, line: rows[index].line, columnCount: 3)
                builder.append(rows[index].amounts.total, rows[index].amounts.basic, rows[index].amounts.project)
            }
            if let total {
                builder.add(code: total.code, name: total.name, line: total.line, columnCount: 3)
                builder.append(total.amounts.total, total.amounts.basic, total.amounts.project)
            }
            self.init(builder, rowCount: rows.count)
        }

        /// 表三's rows (总计, 人员经费, 日常公用经费), then the 合计 row.
        convenience init(economic rows: [EconomicRow], total: EconomicRow?) {
            var builder = Builder(rowCount: rows.count + 1, columnCount: 3)
            for index in rows.indices {
                builder.add(code: rows[index].code, name: rows[index].name, line: rows[index].line, columnCount: 3)
                builder.append(rows[index].total, rows[index].personnel, rows[index].publicUse)
            }
            if let total {
                builder.add(code: total.code, name: total.name, line: total.line, columnCount: 3)
                builder.append(total.total, total.personnel, total.publicUse)
            }
            self.init(builder, rowCount: rows.count)
        }

        /// 表七/九's rows (总计, then the sources, then blanks up to the table's `sourceCount` source columns), then
        /// the 合计 row.
        convenience init(sources rows: [SourceBreakdownRow], total: SourceBreakdownRow?, sourceCount: Int) {
            var builder = Builder(rowCount: rows.count + 1, columnCount: 1 + sourceCount)
            for index in rows.indices {
                let columnCount = 1 + Swift.max(rows[index].sources.count, sourceCount)
                builder.add(
                    code: rows[index].code,
                    name: rows[index].name,
                    line: rows[index].line,
                    columnCount: columnCount
                )
                builder.append(total: rows[index].total, sources: rows[index].sources, columnCount: columnCount)
            }
            if let total {
                let columnCount = 1 + Swift.max(total.sources.count, sourceCount)
                builder.add(code: total.code, name: total.name, line: total.line, columnCount: columnCount)
                builder.append(total: total.total, sources: total.sources, columnCount: columnCount)
            }
            self.init(builder, rowCount: rows.count)
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

    /// The code of each row.
    var codes: ArraySlice<String> { storage.codes[..<storage.rowCount] }
}
