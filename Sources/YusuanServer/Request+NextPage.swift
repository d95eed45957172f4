import Foundation
import Hummingbird

extension Request {
    /// The request's address with `after` set to where the next page starts and the other parameters sorted: the
    /// `next` link of the paged API lists (`/api/v1/facts`, `/api/v1/execution`).
    func uri(after position: String) -> String {
        var components = URLComponents()
        components.path = uri.path
        var pairs: [(name: String, value: String)] = []
        for parameter in uri.queryParameters where parameter.key != "after" {
            pairs.append((String(parameter.key), String(parameter.value)))
        }
        pairs.sort { $0.name < $1.name }
        components.queryItems =
            pairs.map { URLQueryItem(name: $0.name, value: $0.value) } + [URLQueryItem(name: "after", value: position)]
        return components.string ?? uri.path
    }
}
