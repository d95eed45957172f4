import Foundation
import Testing
import YusuanCore
import YusuanRender

@Suite struct HTMLRendererTests {
    @Test func pageIsSelfContainedWithPrintStyles() throws {
        let html = HTMLRenderer().html(try Documents.seed(Documents.seedNames[0]))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
    }

    @Test func headersAreScopedAndMerged() throws {
        let html = HTMLRenderer().html(try Documents.seed(Documents.seedNames[0]))
        #expect(
            html.contains("<th scope=\"colgroup\" colspan=\"2\">收入</th><th scope=\"colgroup\" colspan=\"5\">支出</th>")
        )
        #expect(html.contains("<th scope=\"col\" rowspan=\"2\">合计</th>"))
        #expect(html.contains("<th scope=\"rowgroup\" rowspan=\"4\">绩效指标</th>"))
        #expect(html.contains("<p class=\"unit\">单位：万元</p>"))
        #expect(html.contains("<p class=\"note\">备注：本部门无该项收支，故此表无数据。</p>"))
        #expect(html.components(separatedBy: "项目绩效目标表（一级项目）</h2>").count - 1 == 6)
        #expect(html.contains("<td class=\"num\">967.73</td>"))
    }

    @Test func markupInTextStaysText() throws {
        var document = try Documents.seed(Documents.seedNames[0])
        document.identity.departmentName = "<script>alert('x')</script>办公室"
        document.tables.projectPerformance[0].name = "项目<b>&\"名\""
        let html = HTMLRenderer().html(document)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;办公室"))
        #expect(html.contains("项目&lt;b&gt;&amp;&quot;名&quot;"))
    }

    @Test(
        .enabled(
            if: Tools.chromium != nil && Tools.hasPillow,
            "needs chromium and python3 with PIL (apt-get install chromium fonts-noto-cjk; pip install pillow)"
        )
    )
    func chromiumRendersANonBlankPageWithChineseText() throws {
        let chromium = try #require(Tools.chromium)
        let python = try #require(Tools.python)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("page.html")
        try HTMLRenderer().render(try Documents.seed(Documents.seedNames[1])).write(to: page)
        let shot = directory.appendingPathComponent("shot.png")
        _ = try Tools.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--window-size=1000,1400",
                "--screenshot=\(shot.path)", page.absoluteString,
            ]
        )
        #expect(FileManager.default.fileExists(atPath: shot.path))
        // Pixel statistics: a blank page has no variance; Chinese glyphs (not tofu boxes) give many dark pixels.
        let script = """
            import sys
            from PIL import Image, ImageStat
            image = Image.open(sys.argv[1]).convert("L")
            stat = ImageStat.Stat(image)
            dark = image.point(lambda p: 255 if p < 128 else 0).histogram()[255]
            print(f"{stat.var[0]:.1f} {dark}")
            """
        let result = try Tools.run(python, ["-W", "ignore", "-c", script, shot.path])
        let lastLine = result.output.split(separator: "\n").last ?? ""
        let numbers = lastLine.split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(numbers.count == 2, "\(result.output)")
        if numbers.count == 2 {
            #expect(numbers[0] > 100, "pixel variance \(numbers[0])")
            #expect(numbers[1] > 5000, "dark pixels \(numbers[1])")
        }
    }

    @Test(
        .enabled(
            if: Tools.chromium != nil && Tools.pdftotext != nil,
            "needs chromium and pdftotext (apt-get install chromium fonts-noto-cjk poppler-utils)"
        )
    )
    func chromiumPrintsAPDFWithTheChineseText() throws {
        let chromium = try #require(Tools.chromium)
        let pdftotext = try #require(Tools.pdftotext)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("page.html")
        let document = try Documents.seed(Documents.seedNames[0])
        try HTMLRenderer().render(document).write(to: page)
        let pdf = directory.appendingPathComponent("page.pdf")
        _ = try Tools.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)",
                page.absoluteString,
            ]
        )
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let text = try Tools.run(pdftotext, ["-layout", pdf.path, "-"]).output
        #expect(text.contains("重庆市南岸区政务服务管理办公室"))
        #expect(text.contains("财政拨款收支总表"))
        for amount in ["967.73", "824.65", "71.97", "34.30", "36.82"] { #expect(text.contains(amount), "\(amount)") }
    }
}
