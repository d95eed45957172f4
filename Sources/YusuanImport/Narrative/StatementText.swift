import YusuanCore

/// The narrative's blocks as one run of text, the way the per-项 statements are read (``ItemStatementReader``).
///
/// The blocks are joined without a separator, so that a statement the PDF's page break split over two blocks reads
/// as one. Full-width digits, brackets, colon, percent sign and point are folded to ASCII and whitespace is left out
/// (`（ 204 类）` and `(204类)` read alike); every folded scalar remembers where it was written, so that names and
/// sentences are returned as written. A heading is a boundary no statement runs over.
struct StatementText {
    /// The folded scalars.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, its offset in ``original``.
    private var origin: [Int] = []
    /// The scalars of the blocks as written, one block after another.
    private var original: [Unicode.Scalar] = []
    /// The first folded offset of each block with the block's line, in order.
    private var blockStarts: [(start: Int, line: SourceLine?)] = []
    /// Folded offsets where a heading stands: no statement runs over one. Sorted.
    private(set) var boundaries: [Int] = []

    init(blocks: [NarrativeBlock]) {
        for block in blocks {
            if block.kind == .heading {
                boundaries.append(scalars.count)
            }
            blockStarts.append((scalars.count, block.line))
            for scalar in block.text.unicodeScalars {
                original.append(scalar)
                guard let folded = Self.fold(scalar) else { continue }
                scalars.append(folded)
                origin.append(original.count - 1)
            }
            if block.kind == .heading {
                boundaries.append(scalars.count)
            }
        }
    }

    var count: Int { scalars.count }

    subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text as written from the folded offset `range.lowerBound` to the last scalar before `range.upperBound`,
    /// with the whitespace written between them.
    func written(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[origin[range.lowerBound]...origin[range.upperBound - 1]])
        return String(view)
    }

    /// The line of the block that holds the folded offset.
    func line(at offset: Int) -> SourceLine? {
        var low = 0
        var high = blockStarts.count - 1
        var found: SourceLine?
        while low <= high {
            let middle = (low + high) / 2
            if blockStarts[middle].start <= offset {
                found = blockStarts[middle].line
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// The first boundary after `offset`, or the end of the text.
    func boundary(after offset: Int) -> Int {
        boundaries.first { $0 > offset } ?? scalars.count
    }

    /// Whether the folded text at `offset` starts with `word` (an ASCII or CJK word, already folded).
    func matches(_ word: String, at offset: Int) -> Bool {
        var index = offset
        for scalar in word.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// The first offset in `range` where `word` starts.
    func firstOffset(of word: String, in range: Range<Int>) -> Int? {
        guard let first = word.unicodeScalars.first else { return nil }
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == first, matches(word, at: index), index + word.unicodeScalars.count <= range.upperBound
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The scalar as the reader compares it: full-width forms folded to ASCII, whitespace dropped (nil).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: return nil
        // ０–９.
        case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
        // （ ） ： ％ ．
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1A: return ":"
        case 0xFF05: return "%"
        case 0xFF0E: return "."
        default: return scalar
        }
    }

    /// Whether the scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
