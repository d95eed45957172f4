import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YusuanAccounts

@testable import YusuanServer

@Suite("Editor: upload limits")
struct EditorUploadTests {
    @Test func anOversizedUploadIsRefusedWith413() async throws {
        let harness = EditorHarness(maxUploadBytes: 64 * 1024)
        try await harness.addEditor("zhang", codes: ["202"])
        let text = try EditorFixtures.data(EditorFixtures.office2025)
        #expect(text.count < 64 * 1024)
        let big = text + Data(String(repeating: "备注。\n", count: 40_000).utf8)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let response = try await client.upload(big, fileName: "big.txt", browser: browser)
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("文件过大"))
            // Within the limit it goes through.
            #expect(try await client.upload(text, fileName: "ok.txt", browser: browser).status == .seeOther)
        }
        #expect(try await harness.accounts.drafts(uploaderID: nil, limit: 10).count == 1)
    }

    @Test func theDefaultLimitIsTenMegabytes() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        #expect(harness.editor.maxUploadBytes == 10 * 1024 * 1024)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let response = try await client.upload(
                Data(repeating: 0x41, count: 10 * 1024 * 1024 + 1),
                fileName: "huge.txt",
                browser: browser
            )
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test func contentThatIsNotADisclosureIsRefusedWith415AndALocatedError() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        let cases: [(String, Data, String)] = [
            (
                "image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
                "image.png:"
            ),
            ("empty.txt", Data(), "empty.txt:1:"),
            ("notes.txt", Data("这只是一段普通的文字，不是部门预算公开文件。\n第二行。\n".utf8), "notes.txt:"),
            ("data.json", Data(#"{"hello": "world"}"#.utf8), "data.json:1:"),
        ]
        try await harness.test { client in
            let browser = try await client.login("zhang")
            for (name, data, location) in cases {
                let response = try await client.upload(data, fileName: name, browser: browser)
                #expect(response.status == .unsupportedMediaType, "\(name)")
                #expect(String(buffer: response.body).contains(location), "\(name)")
            }
            // Not a multipart form at all.
            let raw = try await client.postForm(
                "/editor/upload",
                fields: [("csrf_token", browser.csrfToken)],
                cookie: browser.cookieHeader
            )
            #expect(raw.status == .unsupportedMediaType)
        }
        #expect(try await harness.accounts.drafts(uploaderID: nil, limit: 10).isEmpty)
    }

    @Test func aDisclosureWithABrokenTableIsRefusedWith422() async throws {
        let harness = EditorHarness()
        try await harness.addEditor("zhang")
        let text = String(decoding: try EditorFixtures.data(EditorFixtures.office2025), as: UTF8.self)
        // Cut the document in the middle of its tables.
        let truncated = Data(text.prefix(text.count / 2).utf8)
        try await harness.test { client in
            let browser = try await client.login("zhang")
            let response = try await client.upload(truncated, fileName: "cut.txt", browser: browser)
            #expect([.unprocessableContent, .unsupportedMediaType].contains(response.status))
            #expect(String(buffer: response.body).contains("cut.txt:"))
        }
    }

    @Test func multipartFieldsAndFilesAreParsed() throws {
        let body = Array(
            ("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\dir\\\\a \\\"b\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline1\r\n--XyZnot\r\nline3\r\n--XyZ--\r\n").utf8
        )
        let form = try MultipartForm(body: body, boundary: "XyZ")
        #expect(form.field("csrf_token") == "abc")
        let file = try #require(form.file("file"))
        #expect(file.fileName == "C:\\dir\\a \"b\".txt")
        #expect(file.contentType == "text/plain")
        #expect(String(decoding: file.data, as: UTF8.self) == "line1\r\n--XyZnot\r\nline3")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartForm.boundary(contentType: "text/plain") == nil)
        #expect(throws: MultipartForm.ParseError.self) {
            try MultipartForm(body: Array("--XyZ\r\nno end".utf8), boundary: "XyZ")
        }
    }
}
