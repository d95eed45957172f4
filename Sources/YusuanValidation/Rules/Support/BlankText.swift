/// Texts that are blank as ``StringProtocol/trimmingSpaces()`` sees them, tested by bytes.
enum BlankText {
    /// Whether ``StringProtocol/trimmingSpaces()`` leaves nothing of the text: it has only spaces, tabs, no-break
    /// spaces and ideographic spaces (read by bytes, without making the trimmed text).
    static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let end = bytes.count
            var index = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    index += 1
                } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                    index += 2
                } else if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }
}
