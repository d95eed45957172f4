import Foundation
import Hummingbird
import YusuanAccounts

extension EditorHandlers {
    static let auditPageSize = 100

    /// `GET /editor/audit?page=N`: the audit log, newest first, for administrators (403 for editors).
    func audit(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requireEditor(request, editor: editor)
            guard signedIn.account.isAdmin else {
                throw EditorRefusal(status: .forbidden, title: "没有权限", message: "只有管理员可以查看审计日志。")
            }
            let page = max(1, min(100_000, request.uri.queryParameters.get("page", as: Int.self) ?? 1))
            let entries = try await editor.accounts.store.auditEntries(
                limit: Self.auditPageSize,
                offset: (page - 1) * Self.auditPageSize
            )
            return EditorPages.audit(entries, page: page, pageSize: Self.auditPageSize, services: services)
        }
    }
}
