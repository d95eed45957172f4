/// Escaping for the XML the writer produces.
enum XMLText {
    /// The text with `& < > "` escaped and the control characters XML 1.0 forbids written as `_xHHHH_`.
    static func escaped(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte < 0x20 {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
