import Foundation
import YusuanCore

/// Server-rendered charts as inline SVG: horizontal bars with their labels and amounts, readable without
/// JavaScript and in print. Bar lengths are computed in floating point (pixels only); the amounts printed next
/// to them are the exact decimals.
enum SVGChart {
    struct Bar {
        var label: String
        var amount: Amount
    }

    /// A horizontal bar chart. `unit` is printed after each amount (`万元`).
    static func bars(_ bars: [Bar], title: String, unit: String, color: String = "#c62828") -> String {
        guard !bars.isEmpty else {
            return "<p class=\"muted\">\(PageLayout.escape(title))：无数据</p>"
        }
        let rowHeight = 26
        let labelWidth = 230
        let barWidth = 300
        let valueWidth = 150
        let width = labelWidth + barWidth + valueWidth
        let height = bars.count * rowHeight + 8
        let maximum = bars.map { pixels($0.amount) }.max() ?? 0
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(PageLayout.escape(title))\">\n"
        out += "<title>\(PageLayout.escape(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let value = pixels(bar.amount)
            let length = maximum > 0 ? max(1, Int((max(0, value) / maximum * Double(barWidth)).rounded())) : 1
            let label = truncated(bar.label, to: 15)
            out +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">"
            out += "\(PageLayout.escape(label))</text>"
            out +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" fill=\"\(color)\" rx=\"2\">"
            out +=
                "<title>\(PageLayout.escape(bar.label))：\(bar.amount.formatted(groupingThousands: true)) \(PageLayout.escape(unit))</title></rect>"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\" font-size=\"13\" fill=\"#1f2328\">"
            out += "\(bar.amount.formatted(groupingThousands: true))</text>\n"
        }
        out += "</svg>"
        return out
    }

    /// A figure holding a chart with its caption.
    static func figure(_ caption: String, unit: String, svg: String) -> String {
        "<figure><figcaption>\(PageLayout.escape(caption))（\(PageLayout.escape(unit))）</figcaption>\n\(svg)\n</figure>\n"
    }

    static func pixels(_ amount: Amount) -> Double {
        var value = Double(amount.minorUnits)
        for _ in 0..<amount.scale { value /= 10 }
        return value
    }

    static func truncated(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
