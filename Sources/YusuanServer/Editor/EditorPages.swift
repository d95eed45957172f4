import Foundation
import HTTPTypes
import Hummingbird
import YusuanAccounts
import YusuanCore
import YusuanRender
import YusuanStorage

/// The HTML of the editor pages (Chinese, no JavaScript). Every text from a document, a request or the store is
/// escaped with ``PageLayout/escape(_:)``.
enum EditorPages {
    private static func e(_ text: String) -> String { PageLayout.escape(text) }

    /// An HTML response of the editor half: never cached, never framed.
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = PageLayout.response(html, status: status)
        EditorHeaders.apply(to: &response)
        return response
    }

    /// A page with a heading and a message (plain text), and links onwards.
    static func message(
        status: HTTPResponse.Status,
        title: String,
        message: String,
        services: ServerServices,
        links: [(String, String)] = [("/editor", "返回编辑首页")]
    ) -> Response {
        var body = "<h1>\(e(title))</h1>\n<p class=\"error\">\(e(message))</p>\n<p>"
        body += links.map { "<a href=\"\($0.0)\">\(e($0.1))</a>" }.joined(separator: " · ")
        body += "</p>\n"
        return response(PageLayout.page(title: title, body: body, services: services), status: status)
    }

    /// The sign-in form.
    static func login(
        services: ServerServices,
        formToken: String,
        username: String = "",
        error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var body = "<h1>编辑登录</h1>\n"
        if let error { body += "<p class=\"error\" role=\"alert\">\(e(error))</p>\n" }
        if services.editor == nil {
            body += "<p class=\"muted\">本实例未配置编辑账户库。</p>\n"
        }
        body += "<form class=\"inline\" method=\"post\" action=\"/login\">\n"
        body += "<input type=\"hidden\" name=\"\(EditorGuard.csrfFieldName)\" value=\"\(e(formToken))\">\n"
        body +=
            "<label>用户名<input name=\"username\" autocomplete=\"username\" required maxlength=\"64\" value=\"\(e(username))\"></label>\n"
        body +=
            "<label>密码<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required maxlength=\"200\"></label>\n"
        body += "<button type=\"submit\">登录</button>\n</form>\n"
        body += "<p class=\"muted\">账户由管理员用 <code>yusuan admin user add</code> 创建。连续 5 次登录失败后需等待 15 分钟。</p>\n"
        return response(PageLayout.page(title: "编辑登录", body: body, services: services), status: status)
    }

    /// The editor's home: departments, upload form, drafts.
    static func home(
        editor: SignedInEditor,
        rights: [DepartmentRight],
        drafts: [UploadDraft],
        maxUploadBytes: Int,
        services: ServerServices
    ) -> Response {
        let account = editor.account
        var body = "<h1>编辑工作台</h1>\n"
        body +=
            "<p>\(e(account.displayName))（\(e(account.username))）\(account.isAdmin ? "<span class=\"badge\">管理员</span>" : "")</p>\n"
        body +=
            "<form method=\"post\" action=\"/logout\">\(editor.csrfField)<button type=\"submit\">退出登录</button></form>\n"
        if account.isAdmin { body += "<p><a href=\"/editor/audit\">审计日志</a></p>\n" }

        body += "<h2>可发布的部门</h2>\n"
        if account.isAdmin {
            body += "<p>管理员可发布所有部门的公开文件。</p>\n"
        } else if rights.isEmpty {
            body += "<p class=\"muted\">尚未授权任何部门。请联系管理员（<code>yusuan admin user grant</code>）。</p>\n"
        } else {
            body += "<table class=\"data\"><thead><tr><th>地区</th><th>部门编码</th></tr></thead><tbody>\n"
            for right in rights {
                body += "<tr><td>\(e(right.region ?? "所有地区"))</td><td>\(e(right.code))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }

        body += "<h2>上传公开文件</h2>\n"
        body += "<form class=\"inline\" method=\"post\" action=\"/editor/upload\" enctype=\"multipart/form-data\">\n"
        body += "\(editor.csrfField)\n"
        body += "<label>文件（公开文本 .txt、Excel .xlsx、JSON、PDF）<input type=\"file\" name=\"file\" required "
        body += "accept=\".txt,.xlsx,.json,.pdf,text/plain,application/json,application/pdf\"></label>\n"
        body += "<button type=\"submit\">上传并校验</button>\n</form>\n"
        body += "<p class=\"muted\">文件不超过 \(maxUploadBytes / (1024 * 1024)) MB。上传后先生成草稿并显示校验结果，确认无误后再发布。</p>\n"

        body += "<h2>草稿</h2>\n"
        if drafts.isEmpty {
            body += "<p class=\"muted\">暂无草稿。</p>\n"
        } else {
            body += "<table class=\"data\"><thead><tr><th>编号</th><th>部门</th><th>年度</th><th>文件</th>"
            body += "<th>错误</th><th>警告</th><th>状态</th><th>上传者</th><th>上传时间</th></tr></thead><tbody>\n"
            for draft in drafts {
                body += "<tr><td><a href=\"/editor/drafts/\(draft.id)\">#\(draft.id)</a></td>"
                body += "<td>\(e(draft.departmentName))</td><td>\(draft.key.year) \(e(draft.key.kind.rawValue))</td>"
                body += "<td>\(e(draft.fileName))</td><td class=\"num\">\(draft.errorCount)</td>"
                body += "<td class=\"num\">\(draft.warningCount)</td><td>\(status(draft))</td>"
                body += "<td>\(e(draft.uploader))</td><td>\(EditorTime.text(draft.uploadedAt))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        return response(PageLayout.page(title: "编辑工作台", body: body, services: services))
    }

    private static func status(_ draft: UploadDraft) -> String {
        switch draft.status {
        case .pending: "待发布"
        case .published: "已发布（第 \(draft.publishedRevision ?? 0) 版）"
        }
    }

    /// A draft: what was uploaded, its findings, the publish button (or why there is none), and the document.
    static func draft(
        _ draft: UploadDraft,
        document: Disclosure,
        editor: SignedInEditor,
        mayPublish: Bool,
        notice: String? = nil,
        status: HTTPResponse.Status = .ok,
        services: ServerServices
    ) -> Response {
        var body = "<p><a href=\"/editor\">← 编辑工作台</a></p>\n"
        body += "<h1>草稿 #\(draft.id)：\(e(draft.departmentName)) \(draft.key.year) 年\(e(draft.key.kind.rawValue))</h1>\n"
        if let notice { body += "<p class=\"error\" role=\"alert\">\(e(notice))</p>\n" }
        body += "<table class=\"data\"><tbody>\n"
        body += "<tr><th>部门</th><td>\(e(draft.departmentName))</td></tr>\n"
        body +=
            "<tr><th>地区 / 编码</th><td>\(e(draft.key.department.region.isEmpty ? "（未标明）" : draft.key.department.region)) / \(e(draft.key.department.code))</td></tr>\n"
        body += "<tr><th>文件</th><td>\(e(draft.fileName))（\(e(draft.format))）</td></tr>\n"
        body += "<tr><th>上传</th><td>\(e(draft.uploader))，\(EditorTime.text(draft.uploadedAt))</td></tr>\n"
        body += "<tr><th>状态</th><td>\(self.status(draft))</td></tr>\n"
        body += "</tbody></table>\n"

        body += "<h2>校验结果</h2>\n"
        body +=
            "<p>错误 \(draft.errorCount) 项，警告 \(draft.warningCount) 项，提示 \(draft.findings.count - draft.errorCount - draft.warningCount) 项。</p>\n"
        if !draft.findings.isEmpty {
            body +=
                "<table class=\"data findings\"><thead><tr><th>规则</th><th>级别</th><th>位置</th><th>说明</th></tr></thead><tbody>\n"
            for finding in draft.findings {
                body += "<tr><td>\(e(finding.ruleID))</td><td>\(severityBadge(finding.severity))</td>"
                body += "<td>\(e(location(finding)))</td><td>\(e(finding.message))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }

        body += "<h2>发布</h2>\n"
        if draft.status == .published {
            body += "<p>已发布为第 \(draft.publishedRevision ?? 0) 版。</p>\n"
        } else if !mayPublish {
            body += "<p class=\"error\">您没有发布该部门（\(e(draft.key.department.description))）公开文件的权限。</p>\n"
        } else if draft.errorCount > 0 {
            body += "<p class=\"error\">存在 \(draft.errorCount) 项错误，修改文件后重新上传才能发布。</p>\n"
        } else {
            body += "<form method=\"post\" action=\"/editor/drafts/\(draft.id)/publish\">\(editor.csrfField)"
            body += "<button type=\"submit\">发布为新版本</button></form>\n"
            body += "<p class=\"muted\">发布后生成不可修改的新版本，并记入审计日志。</p>\n"
        }

        body += "<section class=\"document\">\n<h2>文件预览</h2>\n\(documentBody(document))</section>\n"
        return response(PageLayout.page(title: "草稿 #\(draft.id)", body: body, services: services), status: status)
    }

    /// The audit log, newest first.
    static func audit(_ entries: [AuditEntry], page: Int, pageSize: Int, services: ServerServices) -> Response {
        var body = "<p><a href=\"/editor\">← 编辑工作台</a></p>\n<h1>审计日志</h1>\n"
        body += "<table class=\"data audit\"><thead><tr><th>编号</th><th>时间</th><th>操作者</th><th>操作</th>"
        body += "<th>对象</th><th>说明</th><th>来源地址</th></tr></thead><tbody>\n"
        for entry in entries {
            body +=
                "<tr><td class=\"num\">\(entry.id)</td><td>\(EditorTime.text(entry.at))</td><td>\(e(entry.actor))</td>"
            body += "<td>\(e(actionName(entry.action)))</td><td>\(e(entry.target ?? ""))</td>"
            body += "<td>\(e(entry.detail ?? ""))</td><td>\(e(entry.remoteAddress ?? ""))</td></tr>\n"
        }
        body += "</tbody></table>\n<p>"
        if page > 1 { body += "<a href=\"/editor/audit?page=\(page - 1)\">← 较新</a> " }
        if entries.count == pageSize { body += "<a href=\"/editor/audit?page=\(page + 1)\">较早 →</a>" }
        body += "</p>\n"
        return response(PageLayout.page(title: "审计日志", body: body, services: services))
    }

    static func actionName(_ action: AuditAction) -> String {
        switch action {
        case .login: "登录"
        case .loginFailed: "登录失败"
        case .logout: "退出"
        case .upload: "上传草稿"
        case .publish: "发布"
        case .publishRefused: "发布被拒绝"
        case .userAdd: "新建账户"
        case .userDisable: "停用账户"
        case .userEnable: "启用账户"
        case .passwordSet: "重设密码"
        case .rightGrant: "授予部门权限"
        case .rightRevoke: "撤销部门权限"
        default: action.rawValue
        }
    }

    private static func severityBadge(_ severity: String) -> String {
        switch severity {
        case "error": "<span class=\"badge error\">错误</span>"
        case "warning": "<span class=\"badge warning\">警告</span>"
        case "info": "<span class=\"badge info\">提示</span>"
        default: "<span class=\"badge\">\(e(severity))</span>"
        }
    }

    /// `表二 · 行 2010301 · 列 基本支出 · 第 42 行`.
    static func location(_ finding: StoredFinding) -> String {
        var parts: [String] = []
        if let table = finding.table { parts.append(table.caption) }
        if let row = finding.row { parts.append("行 \(row)") }
        if let column = finding.column { parts.append("列 \(column)") }
        if let line = finding.line { parts.append("第 \(line) 行") }
        return parts.isEmpty ? "全文" : parts.joined(separator: " · ")
    }

    /// The document as the HTML renderer writes it (every text escaped there), without its page shell.
    static func documentBody(_ document: Disclosure) -> String {
        let html = HTMLRenderer().html(document)
        guard let start = html.range(of: "<body>\n"), let end = html.range(of: "</body>", options: .backwards),
            start.upperBound <= end.lowerBound
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}

/// Headers every editor response carries: not cached, not framed, no scripts from anywhere.
enum EditorHeaders {
    static func apply(to response: inout Response) {
        response.headers[.cacheControl] = "no-store"
        if let name = HTTPField.Name("Content-Security-Policy") {
            response.headers[name] =
                "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        }
        if let name = HTTPField.Name("X-Frame-Options") { response.headers[name] = "DENY" }
        if let name = HTTPField.Name("X-Content-Type-Options") { response.headers[name] = "nosniff" }
        if let name = HTTPField.Name("Referrer-Policy") { response.headers[name] = "same-origin" }
    }

    /// A `303 See Other` to `location`.
    static func redirect(to location: String) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = location
        apply(to: &response)
        return response
    }
}

/// Times on editor pages: Beijing time (UTC+8), to the second.
enum EditorTime {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d",
            c.year ?? 0,
            c.month ?? 0,
            c.day ?? 0,
            c.hour ?? 0,
            c.minute ?? 0,
            c.second ?? 0
        )
    }
}
