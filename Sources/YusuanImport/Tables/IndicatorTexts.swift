import YusuanCore

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
            switch cell[0] {
            case 0x3D: return "="
            case 0x3C: return "<"
            case 0x3E: return ">"
            default: break
            }
        case 3:
            if cell.isBytes("≥") { return "≥" }
            if cell.isBytes("≤") { return "≤" }
        default: break
        }
        return cell.string
    }

    /// The text of the unit cell of an indicator row.
    static func unit(_ cell: TextSpan) -> String {
        switch cell.count {
        case 0: return ""
        case 1: if cell[0] == 0x25 { return "%" }
        case 3:
            if cell.isBytes("次") { return "次" }
            if cell.isBytes("天") { return "天" }
            if cell.isBytes("个") { return "个" }
            if cell.isBytes("件") { return "件" }
            if cell.isBytes("元") { return "元" }
            if cell.isBytes("项") { return "项" }
            if cell.isBytes("人") { return "人" }
        case 6:
            if cell.isBytes("万元") { return "万元" }
            if cell.isBytes("个月") { return "个月" }
            if cell.isBytes("小时") { return "小时" }
            if cell.isBytes("人次") { return "人次" }
        default: break
        }
        return cell.string
    }
}
