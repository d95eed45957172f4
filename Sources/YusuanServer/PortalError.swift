import Foundation
import Hummingbird

/// An error a request gets back: the HTTP status, a stable English code (`not_found`, `bad_parameter`), a
/// message in Chinese and the parameter it is about (the location of a bad input).
public struct PortalError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// The query or path parameter at fault (`year`), when there is one.
    public var parameter: String?

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String, parameter: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter
    }

    /// 404: nothing at this address.
    public static func notFound(_ message: String, parameter: String? = nil) -> PortalError {
        PortalError(.notFound, code: "not_found", message: message, parameter: parameter)
    }

    /// 400: a parameter is missing or malformed.
    public static func badParameter(_ parameter: String, _ message: String) -> PortalError {
        PortalError(.badRequest, code: "bad_parameter", message: "参数 \(parameter)：\(message)", parameter: parameter)
    }

    /// The JSON body: `{"error":{"code":…,"message":…,"parameter":…,"status":…}}`.
    public var jsonBody: Data {
        struct Body: Encodable {
            struct Detail: Encodable {
                var status: Int
                var code: String
                var message: String
                var parameter: String?
            }
            var error: Detail
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = Body(error: .init(status: status.code, code: code, message: message, parameter: parameter))
        return (try? encoder.encode(body)) ?? Data("{\"error\":{\"code\":\"internal\"}}".utf8)
    }
}
