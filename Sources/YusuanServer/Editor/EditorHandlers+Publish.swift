import Foundation
import Hummingbird
import Logging
import YusuanAccounts
import YusuanCore
import YusuanStorage

extension EditorHandlers {
    /// The draft named in the path, when the signed-in editor may see it (its uploader, or an administrator).
    private func visibleDraft(_ context: AppRequestContext, editor: EditorServices, account: Account) async throws
        -> UploadDraft
    {
        let notFound = EditorRefusal(status: .notFound, title: "未找到", message: "没有这个草稿。")
        guard let id = context.parameters.get("id", as: Int64.self),
            let draft = try await editor.accounts.store.draft(id: id),
            draft.uploaderID == account.id || account.isAdmin
        else { throw notFound }
        return draft
    }

    private func document(of draft: UploadDraft) throws -> Disclosure {
        do {
            return try draft.document()
        } catch {
            throw EditorRefusal(status: .internalServerError, title: "草稿损坏", message: "草稿 #\(draft.id) 的内容无法读取。")
        }
    }

    /// `GET /editor/drafts/{id}`: the draft, its findings and the document, with the publish button when it may
    /// be published.
    func draft(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requireEditor(request, editor: editor)
            let draft = try await visibleDraft(context, editor: editor, account: signedIn.account)
            return EditorPages.draft(
                draft,
                document: try document(of: draft),
                editor: signedIn,
                mayPublish: try await editor.accounts.mayPublish(signedIn.account, for: draft.key.department),
                services: services
            )
        }
    }

    /// `POST /editor/drafts/{id}/publish`: stores the draft as a new immutable revision of its disclosure and
    /// audits it. Refused with 403 without a right on the document's department, with 422 when the document has
    /// an error finding (validated again against the stored prior year), with 409 when already published or when
    /// its content is an earlier revision's while the public sees a later one (nothing would change).
    func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requirePost(request, editor: editor)
            let fields = try await formFields(request)
            try requireToken(fields[EditorGuard.csrfFieldName], of: signedIn)
            let account = signedIn.account
            let address = context.remoteAddress
            let draft = try await visibleDraft(context, editor: editor, account: account)
            let target = "草稿 #\(draft.id) \(Self.describe(draft.key))"
            guard draft.status == .pending else {
                throw EditorRefusal(status: .conflict, title: "已发布", message: "草稿 #\(draft.id) 已发布，不能重复发布。")
            }
            guard try await editor.accounts.mayPublish(account, for: draft.key.department) else {
                try await editor.accounts.audit(
                    .publishRefused,
                    actor: account.username,
                    target: target,
                    detail: "没有该部门的发布权限",
                    remoteAddress: address
                )
                throw EditorRefusal(
                    status: .forbidden,
                    title: "没有发布权限",
                    message: "您没有发布 \(draft.departmentName)（\(draft.key.department)）公开文件的权限。"
                )
            }
            let disclosure = try document(of: draft)
            let findings = try await services.store.validationFindings(for: disclosure)
            let errors = max(draft.errorCount, findings.count { $0.severity == "error" })
            /// The refusal audited, and the draft shown again with the findings of this validation and a notice.
            func refused(detail: String, notice: String, status: HTTPResponse.Status) async throws -> Response {
                try await editor.accounts.audit(
                    .publishRefused,
                    actor: account.username,
                    target: target,
                    detail: detail,
                    remoteAddress: address
                )
                var shown = draft
                shown.findings = findings
                return EditorPages.draft(
                    shown,
                    document: disclosure,
                    editor: signedIn,
                    mayPublish: true,
                    notice: notice,
                    status: status,
                    services: services
                )
            }
            guard errors == 0 else {
                return try await refused(
                    detail: "存在 \(errors) 项错误",
                    notice: "存在 \(errors) 项错误，不能发布。请修改文件后重新上传。",
                    status: .unprocessableContent
                )
            }
            let prepared = try PreparedDocument(
                disclosure,
                findings: findings,
                source: "upload:\(draft.fileName)"
            )
            let result = try await services.store.importDocument(prepared)
            // The content of an earlier revision, not the one the public sees: the store writes nothing (a content is
            // stored once), so publishing would change nothing the public reads. Said, not recorded as published.
            if result.status == .unchanged, !result.contentIsLatest {
                let latest = try await services.store.latestRevision(of: result.revision.disclosure)?.key.number
                let shown = latest.map { "第 \($0) 版" } ?? "另一版本"
                return try await refused(
                    detail: "内容与第 \(result.revision.number) 版相同，公开的是\(shown)",
                    notice: "内容与已发布的第 \(result.revision.number) 版相同，而公开的是内容不同的\(shown)：同一内容不会再次"
                        + "发布为新版本，公开内容未改变。",
                    status: .conflict
                )
            }
            services.revisionLists.invalidate(result.revision.disclosure)
            let now = editor.accounts.now()
            guard
                try await editor.accounts.store.markPublished(
                    draftID: draft.id,
                    revision: result.revision.number,
                    at: now
                )
            else {
                throw EditorRefusal(status: .conflict, title: "已发布", message: "草稿 #\(draft.id) 已由另一请求发布。")
            }
            let outcome =
                switch result.status {
                case .created: "新建公开文件，第 1 版"
                case .revised: "新增第 \(result.revision.number) 版"
                case .unchanged: "内容与第 \(result.revision.number) 版相同，未新增版本"
                }
            try await editor.accounts.audit(
                .publish,
                actor: account.username,
                target: "\(Self.describe(draft.key)) 第 \(result.revision.number) 版",
                detail: "草稿 #\(draft.id)（\(draft.fileName)）：\(outcome)",
                remoteAddress: address
            )
            services.logger.info(
                "disclosure published",
                metadata: [
                    "revision": "\(result.revision)", "status": "\(result.status.rawValue)",
                    "editor": "\(account.username)",
                ]
            )
            return EditorHeaders.redirect(to: "/editor/drafts/\(draft.id)")
        }
    }
}
