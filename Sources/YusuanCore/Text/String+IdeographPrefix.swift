extension String {
    /// The answer of `hasPrefix(prefix)` for a prefix made only of CJK ideographs in U+4000–U+9FFF, found from the
    /// UTF-8 bytes in the usual cases.
    ///
    /// `hasPrefix` compares Characters by canonical equivalence, walking both strings Character by Character. For
    /// such a prefix the bytes decide, except in two cases that fall back to `hasPrefix`:
    /// - the text's bytes do not start with the prefix's, but the text holds a scalar from U+F900 on (its UTF-8
    ///   lead byte is 0xEF or more): only such scalars, the CJK compatibility ideographs, are canonically equivalent
    ///   to a unified ideograph they are not;
    /// - the bytes match, but the scalar after them is not plain (``ScalarClass``): it might extend the prefix's
    ///   last Character (a combining mark, a variation selector, ZWJ), which `hasPrefix` then does not match.
    public func hasIdeographPrefix(_ prefix: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { pattern -> Bool? in
                if bytes(text, startWith: pattern) {
                    guard text.count > pattern.count else { return true }
                    return ScalarClass.plainLength(text, at: pattern.count) > 0 ? true : nil
                }
                return text.contains { $0 >= 0xEF } ? nil : false
            } ?? nil
        }
        if let answer = answer ?? nil { return answer }
        return hasPrefix(prefix)
    }
}
