extension Amount {
    /// Parses an amount as published: optional sign, digits with optional thousand separators (`2,829.73`),
    /// and up to six decimals. Returns `nil` for anything else (the caller reports where and why).
    public init?(parsing text: Substring) {
        let parsed =
            text.utf8.withContiguousStorageIfAvailable { Amount.parsing(utf8: $0) }
            ?? String(text).utf8.withContiguousStorageIfAvailable { Amount.parsing(utf8: $0) }
        guard let amount = parsed ?? nil else { return nil }
        self = amount
    }

    /// ``init(parsing:)-(Substring)`` on UTF-8 bytes, without allocating: the one implementation of the
    /// published amount syntax (the text importer calls it on slices of its source buffer).
    ///
    /// Amounts of at most 18 digits in all cannot overflow: they are read in short loops over the digits, the
    /// groups of thousands and the decimals. Longer numbers are read by ``parsingInGeneral(utf8:)`` (which gives the
    /// same result for the shorter ones too).
    @inlinable
    public static func parsing(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Amount? {
        var index = 0
        var end = bytes.count
        // Trim ASCII spaces.
        while index < end && bytes[index] == 0x20 { index += 1 }
        while end > index && bytes[end - 1] == 0x20 { end -= 1 }
        guard index < end else { return nil }
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        var value: Int64 = 0
        while index < end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            if digit > 9 { break }
            value = value &* 10 &+ Int64(digit)
            index += 1
        }
        var integerDigits = index - integerStart
        // No digit first (a separator, a point, anything else, or nothing after the sign) is never an amount.
        if integerDigits == 0 { return nil }
        if index < end && bytes[index] == UInt8(ascii: ",") {
            // Thousand separators: 1-3 digits before the first, then groups of exactly three digits, each followed
            // by the end, another separator or the point (a fourth digit or anything else is caught below).
            if integerDigits > 3 { return nil }
            while index < end && bytes[index] == UInt8(ascii: ",") {
                guard end - index >= 4 else { return nil }
                let hundreds = bytes[index + 1] &- UInt8(ascii: "0")
                let tens = bytes[index + 2] &- UInt8(ascii: "0")
                let ones = bytes[index + 3] &- UInt8(ascii: "0")
                guard hundreds <= 9 && tens <= 9 && ones <= 9 else { return nil }
                value = value &* 1000 &+ Int64(hundreds) &* 100 &+ Int64(tens) &* 10 &+ Int64(ones)
                integerDigits += 3
                index += 4
            }
        }
        var scale = 0
        if index < end {
            switch bytes[index] {
            case UInt8(ascii: "."):
                index += 1
                let fractionStart = index
                while index < end && bytes[index] &- UInt8(ascii: "0") <= 9 {
                    value = value &* 10 &+ Int64(bytes[index] &- UInt8(ascii: "0"))
                    index += 1
                }
                scale = index - fractionStart
                // Anything after the decimals, no decimals or too many of them is never an amount.
                if index < end || scale == 0 || scale > Amount.maximumScale { return nil }
            default:
                return nil
            }
        }
        if integerDigits + scale > 18 { return parsingInGeneral(utf8: bytes) }
        return Amount(minorUnits: negative ? -value : value, scale: scale)
    }

    /// ``parsing(utf8:)`` one byte at a time, for every form of the syntax: thousand separators (1-3 digits before
    /// the first, exactly 3 in every later group) and numbers up to the limits of `Int64`.
    @usableFromInline
    static func parsingInGeneral(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Amount? {
        var index = 0
        var end = bytes.count
        // Trim ASCII spaces.
        while index < end && bytes[index] == 0x20 { index += 1 }
        while end > index && bytes[end - 1] == 0x20 { end -= 1 }
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var value: Int64 = 0
        var scale = 0
        var seenPoint = false
        var digitsInGroup = 0
        var seenSeparator = false
        var integerDigits = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
                let (next, overflowB) = shifted.addingReportingOverflow(Int64(byte &- UInt8(ascii: "0")))
                if overflowA || overflowB { return nil }
                value = next
                if seenPoint {
                    scale += 1
                    if scale > Amount.maximumScale { return nil }
                } else {
                    integerDigits += 1
                    digitsInGroup += 1
                    if seenSeparator && digitsInGroup > 3 { return nil }
                }
            case UInt8(ascii: ","):
                // A separator needs 1-3 digits before the first group and exactly 3 in every later one.
                if seenPoint || integerDigits == 0 { return nil }
                if seenSeparator ? digitsInGroup != 3 : digitsInGroup > 3 { return nil }
                seenSeparator = true
                digitsInGroup = 0
            case UInt8(ascii: "."):
                if seenPoint || integerDigits == 0 { return nil }
                if seenSeparator && digitsInGroup != 3 { return nil }
                seenPoint = true
            default:
                return nil
            }
        }
        if integerDigits == 0 { return nil }
        if seenPoint && scale == 0 { return nil }
        if !seenPoint && seenSeparator && digitsInGroup != 3 { return nil }
        return Amount(minorUnits: negative ? -value : value, scale: scale)
    }

    /// Parses an amount from a string; see ``init(parsing:)-(Substring)``.
    public init?(_ text: String) { self.init(parsing: text[...]) }

    /// The amount written with its own precision and no separators: `2829.73`, `2197.4`, `-0.10`.
    public var plainText: String { formatted(groupingThousands: false) }

    /// The amount written with its own precision, optionally with thousand separators (`2,829.73`).
    public func formatted(groupingThousands: Bool) -> String {
        let negative = minorUnits < 0
        var digits = String(minorUnits.magnitude)
        if scale > 0 && digits.count <= scale {
            digits = String(repeating: "0", count: scale - digits.count + 1) + digits
        }
        let integerPart = digits.dropLast(scale)
        let fraction = digits.suffix(scale)
        var integerText = String(integerPart)
        if groupingThousands && integerText.count > 3 {
            var grouped: [Character] = []
            for (offset, character) in integerText.reversed().enumerated() {
                if offset > 0 && offset % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            integerText = String(grouped.reversed())
        }
        var result = negative ? "-" : ""
        result += integerText
        if scale > 0 { result += "." + fraction }
        return result
    }
}

extension Amount: CustomStringConvertible {
    public var description: String { plainText }
}

extension Amount: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let amount = Amount(text), !text.contains(",") else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a decimal string such as \"967.73\", found \"\(text)\""
            )
        }
        self = amount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plainText)
    }
}
