import Foundation
import Hummingbird
import YusuanAccounts
import YusuanCore
import YusuanImport
import YusuanStorage

extension EditorHandlers {
    /// Room for the form's other parts and headers beyond the file itself.
    static let multipartOverhead = 64 * 1024

    /// `POST /editor/upload`: a multipart form with the file and the CSRF token. The importer recognises the
    /// format from the content (published text, XLSX, canonical JSON, PDF); the validator's findings are kept
    /// with the draft. Too large → 413; not a disclosure the importer knows → 415 with its located error; a
    /// disclosure it cannot read → 422.
    func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await run {
            let editor = try editorServices()
            let signedIn = try await requirePost(request, editor: editor)
            let limit = editor.maxUploadBytes
            let tooLarge = EditorRefusal(
                status: .contentTooLarge,
                title: "文件过大",
                message: "上传的文件超过 \(Self.megabytes(limit)) 的上限。"
            )
            if let length = request.headers[.contentLength].flatMap({ Int($0) }),
                length > limit + Self.multipartOverhead
            {
                throw tooLarge
            }
            guard let contentType = request.headers[.contentType],
                let boundary = MultipartForm.boundary(contentType: contentType)
            else {
                throw EditorRefusal(
                    status: .unsupportedMediaType,
                    title: "无法识别的上传",
                    message: "上传须使用页面上的文件表单（multipart/form-data）。"
                )
            }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: limit + Self.multipartOverhead)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                throw tooLarge
            }
            let form: MultipartForm
            do {
                form = try MultipartForm(body: Array(buffer: body), boundary: boundary)
            } catch {
                throw EditorRefusal(status: .badRequest, title: "请求有误", message: "上传的表单无法解析：\(error)")
            }
            try requireToken(form.field(EditorGuard.csrfFieldName), of: signedIn)
            guard let file = form.file("file") else {
                throw EditorRefusal(status: .badRequest, title: "请求有误", message: "表单中没有名为 file 的文件。")
            }
            guard file.data.count <= limit else { throw tooLarge }
            let fileName = Self.fileName(file.fileName)
            let (disclosure, format) = try Self.importDocument(file.data, fileName: fileName)
            let findings = try await services.store.validationFindings(for: disclosure)
            let prepared = try PreparedDocument(disclosure, findings: findings, source: "upload:\(fileName)")
            let draft = try await editor.accounts.store.saveDraft(
                UploadDraft(
                    uploaderID: signedIn.account.id,
                    uploader: signedIn.account.username,
                    uploadedAt: editor.accounts.now(),
                    fileName: fileName,
                    format: format.rawValue,
                    key: prepared.key,
                    departmentName: disclosure.identity.departmentName,
                    canonicalJSON: prepared.canonicalJSON,
                    findings: findings
                )
            )
            try await editor.accounts.audit(
                .upload,
                actor: signedIn.account.username,
                target: "草稿 #\(draft.id) \(Self.describe(draft.key))",
                detail: "\(fileName)：错误 \(draft.errorCount) 项，警告 \(draft.warningCount) 项",
                remoteAddress: context.remoteAddress
            )
            return EditorHeaders.redirect(to: "/editor/drafts/\(draft.id)")
        }
    }

    /// Reads the document, refusing what the importer does not recognise (415) or cannot read (422).
    static func importDocument(_ data: Data, fileName: String) throws -> (Disclosure, DocumentImporter.InputFormat) {
        let format: DocumentImporter.InputFormat
        do {
            format = try DocumentImporter.detectFormat(of: data, fileName: fileName)
        } catch {
            throw EditorRefusal(
                status: .unsupportedMediaType,
                title: "无法识别的文件",
                message: "不是可识别的公开文件（公开文本、XLSX、JSON 或 PDF）：\(error)"
            )
        }
        do {
            return (try DocumentImporter.importDocument(data: data, fileName: fileName), format)
        } catch let error as ImportError {
            let unrecognised: Set<ImportError.Code> = [.emptyInput, .binaryInput, .notADisclosure, .invalidJSON]
            if unrecognised.contains(error.code) || (format == .publishedText && !hasTableCaption(data)) {
                throw EditorRefusal(
                    status: .unsupportedMediaType,
                    title: "无法识别的文件",
                    message: "不是可识别的部门预算公开文件：\(error)"
                )
            }
            throw EditorRefusal(
                status: .unprocessableContent,
                title: "文件无法读取",
                message: "文件格式有误，无法导入：\(error)"
            )
        } catch {
            throw EditorRefusal(status: .unprocessableContent, title: "文件无法读取", message: "无法导入：\(error)")
        }
    }

    /// Whether text names a table of a known template (`表一`, `公开01表`): text without any is not a disclosure
    /// at all (415), text with one is a disclosure the importer could not read (422).
    static func hasTableCaption(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        return text.contains("表一") || text.contains("公开01表")
    }

    /// The uploaded file's name without any directory, at most 200 characters.
    static func fileName(_ name: String?) -> String {
        let last = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.filter { !$0.isNewline && $0 != "\0" }.prefix(200))
        return clean.isEmpty ? "upload" : clean
    }

    /// `重庆市南岸区/202 2025 年预算`.
    static func describe(_ key: DisclosureKey) -> String { "\(key.department) \(key.year) 年\(key.kind.rawValue)" }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes) 字节"
    }
}
