import Foundation
import Hummingbird
import YusuanStorage

/// Responses with strong entity tags: a matching `If-None-Match` gets 304 without a body.
enum TaggedResponse {
    /// The encoder of every API body: sorted keys, no escaped slashes, so equal content gives equal bytes.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON body tagged with the SHA-256 of its bytes.
    static func json(_ value: some Encodable) throws -> TaggedBody {
        let data = try encoder().encode(value)
        return TaggedBody(data: data, etag: "\"\(SHA256.hexDigest(of: data))\"", contentType: jsonType)
    }

    static let jsonType = "application/json; charset=utf-8"
    static let htmlType = "text/html; charset=utf-8"

    /// The response for a tagged body: 304 when the request already holds it, else 200 with the body.
    static func response(
        _ body: TaggedBody,
        request: Request,
        headers extra: HTTPFields = HTTPFields(),
        cacheControl: String = "no-cache"
    ) -> Response {
        var headers = extra
        headers[.eTag] = body.etag
        headers[.cacheControl] = cacheControl
        if matches(request.headers[.ifNoneMatch], etag: body.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = body.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body.data)))
    }

    /// Whether an `If-None-Match` value (`"a", W/"b"` or `*`) matches the tag (weak comparison, RFC 9110).
    static func matches(_ header: String?, etag: String) -> Bool {
        guard let header else { return false }
        if header.trimmingCharacters(in: .whitespaces) == "*" { return true }
        return header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }
}
