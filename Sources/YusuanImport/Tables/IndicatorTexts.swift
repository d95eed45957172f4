/// The operator and unit texts that recur in the rows of performance indicator tables (`≥`, `=`, `万元`, `%`, …).
///
/// A cell that holds one of them becomes the shared literal instead of a fresh copy of its bytes: the same text,
/// made without copying for every row. Any other cell becomes ``TextSpan/string``.
enum IndicatorTexts {
    /// The text of the operator cell of an indicator row.
    static func operatorSymbol(_ cell: TextSpan) -> String {
        switch cell.count {
        case 0: return ""
        case 1:
            switch cell.bytes[0] {
            case 0x3D: return "="
            case 0x3C: return "<"
            case 0x3E: return ">"
            default: break
            }
        case 3:
            if cell.equals(bytes: "≥") { return "≥" }
            if cell.equals(bytes: "≤") { return "≤" }
        default: break
        }
        return cell.string
    }

    /// The text of the unit cell of an indicator row.
    static func unit(_ cell: TextSpan) -> String {
        switch cell.count {
        case 0: return ""
        case 1: if cell.bytes[0] == 0x25 { return "%" }
        case 3:
            if cell.equals(bytes: "次") { return "次" }
            if cell.equals(bytes: "天") { return "天" }
            if cell.equals(bytes: "个") { return "个" }
            if cell.equals(bytes: "件") { return "件" }
            if cell.equals(bytes: "元") { return "元" }
            if cell.equals(bytes: "项") { return "项" }
            if cell.equals(bytes: "人") { return "人" }
        case 6:
            if cell.equals(bytes: "万元") { return "万元" }
            if cell.equals(bytes: "个月") { return "个月" }
            if cell.equals(bytes: "小时") { return "小时" }
            if cell.equals(bytes: "人次") { return "人次" }
        default: break
        }
        return cell.string
    }
}
