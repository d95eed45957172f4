import Foundation
import YusuanCore

extension SVGChart {
    /// Two amounts under one label: the budget and what was spent.
    struct PairedBar {
        var label: String
        var budget: Amount?
        var actual: Amount?
        /// Printed after the actual (`96.24%`).
        var note: String?
    }

    /// A horizontal chart of pairs: for each label a light bar (the first amount, 预算) above a dark one (the second,
    /// 决算), on one scale. A missing amount draws no bar and prints `—`.
    static func pairedBars(
        _ bars: [PairedBar],
        title: String,
        unit: String,
        legend: (String, String) = ("年初预算数", "决算数")
    ) -> String {
        guard !bars.isEmpty else { return "<p class=\"muted\">\(PageLayout.escape(title))：无数据</p>" }
        let e = PageLayout.escape
        let rowHeight = 44
        let labelWidth = 230
        let barWidth = 300
        let valueWidth = 190
        let width = labelWidth + barWidth + valueWidth
        let height = bars.count * rowHeight + 30
        let maximum = bars.flatMap { [$0.budget, $0.actual] }.compactMap { $0.map(pixels) }.max() ?? 0
        func length(_ amount: Amount?) -> Int? {
            guard let amount else { return nil }
            return maximum > 0 ? max(1, Int((max(0, pixels(amount)) / maximum * Double(barWidth)).rounded())) : 1
        }
        let colors = ("#9fb3c8", "#1565c0")
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(e(title))\">\n<title>\(e(title))</title>\n"
        out += "<rect x=\"\(labelWidth)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(colors.0)\"/>"
        out += "<text x=\"\(labelWidth + 16)\" y=\"14\" font-size=\"12\" fill=\"#1f2328\">\(e(legend.0))</text>"
        out += "<rect x=\"\(labelWidth + 110)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(colors.1)\"/>"
        out += "<text x=\"\(labelWidth + 126)\" y=\"14\" font-size=\"12\" fill=\"#1f2328\">\(e(legend.1))</text>\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 26
            out +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 24)\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">"
            out += "\(e(truncated(bar.label, to: 15)))<title>\(e(bar.label))</title></text>"
            for (offset, amount, color, name) in [
                (0, bar.budget, colors.0, legend.0), (18, bar.actual, colors.1, legend.1),
            ] {
                let text = amount.map { $0.formatted(groupingThousands: true) } ?? "—"
                let drawn = length(amount)
                if let drawn {
                    out += "<rect x=\"\(labelWidth)\" y=\"\(y + offset + 2)\" width=\"\(drawn)\" height=\"14\" "
                    out +=
                        "fill=\"\(color)\" rx=\"2\"><title>\(e(bar.label)) \(e(name))：\(text) \(e(unit))</title></rect>"
                }
                let note = offset > 0 ? bar.note.map { "（\($0)）" } ?? "" : ""
                out += "<text x=\"\(labelWidth + (drawn ?? 0) + 6)\" y=\"\(y + offset + 14)\" font-size=\"12\" "
                out += "fill=\"#1f2328\">\(e(text + note))</text>"
            }
            out += "\n"
        }
        out += "</svg>"
        return out
    }
}
