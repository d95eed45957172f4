import Foundation
import Hummingbird
import YusuanRender

/// The shell of every portal page: head, navigation, footer and the site stylesheet (served at
/// `/static/site.css`). Pages build their body from escaped text and call ``page(title:body:services:)``.
public enum PageLayout {
    /// Text escaped for HTML element content and attribute values (`& < > " '`). Every text that comes from a
    /// document, a request or the store goes through here.
    public static func escape(_ text: String) -> String { HTMLEscaping.escaped(text) }

    /// A complete HTML page.
    /// - Parameters:
    ///   - title: the page title, plain text (escaped here).
    ///   - body: the content of `<main>`, HTML already escaped by the caller.
    ///   - services: tells whether the demo data is loaded (a banner says so).
    ///   - head: extra HTML for `<head>` (for example a stylesheet of the document renderer).
    public static func page(title: String, body: String, services: ServerServices, head: String = "") -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(escape(title)) · 部门预算公开</title>\n"
        out += "<link rel=\"stylesheet\" href=\"/static/site.css\">\n\(head)</head>\n<body>\n"
        out += "<header class=\"site\"><a class=\"brand\" href=\"/\">部门预算公开平台</a>\n<nav>"
        out +=
            "<a href=\"/\">部门与年度</a><a href=\"/compare\">比较</a><a href=\"/rollup\">汇总</a><a href=\"/execution\">预算执行</a>"
        out += "<a href=\"/api/v1/openapi.json\">数据接口</a><a href=\"/editor\">编辑入口</a></nav>\n"
        out += "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
        out += "<input type=\"search\" name=\"q\" placeholder=\"部门名称或编码\" aria-label=\"搜索部门\">"
        out += "<button type=\"submit\">搜索</button></form></header>\n"
        if services.isDemo {
            out += "<p class=\"demo-banner\">演示模式：\(DemoData.region)的两份文件为随程序附带的真实公开样例；"
            out += "“\(DemoData.generatedRegion)”的部门与金额由程序生成、纯属虚构，其页面均标明“生成样例”。仅供体验。</p>\n"
        }
        out += "<main>\n\(body)</main>\n"
        out += "<footer class=\"site\"><p>数据来自各部门公开的部门预算文件；金额单位以各表标注为准。"
        out += "本平台以 <a href=\"/api/v1/openapi.json\">JSON 接口</a> 提供全部数据。</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// The 生成样例 marking of a page about a generated region's department or document (``ServerServices/generatedRegions``),
    /// empty for any other region.
    public static func generatedMark(region: String, services: ServerServices) -> String {
        guard services.generatedRegions.contains(region) else { return "" }
        return "<p class=\"generated-mark\" role=\"note\"><strong>生成样例</strong>：本页文件由程序生成，部门、地区与金额均为虚构，"
            + "仅供演示，不是任何部门公开的文件。</p>\n"
    }

    /// A 200 (or other) response with an HTML page.
    public static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// An error page: a heading and the message (plain text, escaped here).
    public static func errorPage(
        status: HTTPResponse.Status,
        message: String,
        services: ServerServices
    ) -> Response {
        let heading =
            switch status.code {
            case 400: "请求有误"
            case 404: "未找到"
            case 405: "不允许的请求方法"
            default: "出错了"
            }
        let body =
            "<h1>\(escape(heading))</h1>\n<p class=\"error\">\(escape(message))</p>\n<p><a href=\"/\">返回首页</a></p>\n"
        return response(page(title: heading, body: body, services: services), status: status)
    }

    /// The site stylesheet (`/static/site.css`).
    public static let stylesheet = """
        :root { color-scheme: light; --accent: #b71c1c; --line: #d0d7de; --muted: #57606a; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
          font-size: 15px; line-height: 1.6; color: #1f2328; background: #fff; margin: 0; }
        a { color: #0b57d0; }
        header.site { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em; padding: 0.6em 1.2em;
          background: var(--accent); color: #fff; }
        header.site a { color: #fff; text-decoration: none; }
        header.site .brand { font-size: 1.25em; font-weight: bold; }
        header.site nav a { margin-right: 1.1em; }
        header.site form.search { margin-left: auto; display: flex; gap: 0.3em; }
        input, select, button { font: inherit; padding: 0.25em 0.5em; }
        .demo-banner { margin: 0; padding: 0.4em 1.2em; background: #fff4ce; border-bottom: 1px solid #e5c365; }
        .generated-mark { padding: 0.4em 0.8em; background: #fde7e9; border-left: 4px solid var(--accent); }
        main { max-width: 1180px; margin: 0 auto; padding: 1em 1.2em 2em; }
        footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9em; padding: 0.8em 1.2em; }
        h1 { font-size: 1.6em; margin: 0.4em 0 0.6em; }
        h2 { font-size: 1.25em; margin: 1.4em 0 0.5em; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
        table.data { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 14px; }
        table.data th, table.data td { border: 1px solid var(--line); padding: 0.25em 0.6em; text-align: left; }
        table.data thead th { background: #f3f5f7; }
        table.data td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .up { color: #b71c1c; } .down { color: #1a7f37; }
        .muted { color: var(--muted); }
        .error { color: #b71c1c; }
        .badge { display: inline-block; padding: 0 0.45em; border-radius: 0.3em; font-size: 0.85em;
          border: 1px solid var(--line); }
        .badge.error { background: #ffebe9; border-color: #ff8182; }
        .badge.warning { background: #fff8c5; border-color: #d4a72c; color: #7d4e00; }
        .badge.info { background: #ddf4ff; border-color: #54aeff; color: #0a3069; }
        .badge.generated { background: #eee; color: #444; }
        ul.years { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em; }
        ul.years li a { display: inline-block; border: 1px solid var(--line); padding: 0.1em 0.6em; border-radius: 0.3em; }
        .downloads a { margin-right: 0.9em; }
        .charts { display: flex; flex-wrap: wrap; gap: 1.5em; }
        .charts figure { margin: 0; }
        .charts figcaption { font-weight: bold; margin-bottom: 0.3em; }
        form.inline { display: flex; flex-wrap: wrap; gap: 0.6em; align-items: end; margin: 0.6em 0 1em; }
        form.inline label { display: flex; flex-direction: column; font-size: 0.9em; color: var(--muted); }
        .document { border-top: 2px solid var(--accent); margin-top: 1.5em; }
        nav.toc a { margin-right: 0.8em; white-space: nowrap; }
        """
}
