import Foundation

extension Disclosure {
    /// The keys of the model that hold source lines.
    public static let sourceLineKeys: Set<String> = [
        "line", "titleLine", "noteLine", "budgetLine", "priorLine", "totalLine", "gradeLine",
    ]

    /// The same document with every source line removed: for comparing documents read from different
    /// layouts (text, workbook, JSON) where the figures, not their positions, must agree.
    public func withoutSourceLines() -> Disclosure {
        guard let data = try? JSONEncoder().encode(self),
            let object = try? JSONSerialization.jsonObject(with: data),
            let stripped = try? JSONSerialization.data(withJSONObject: Disclosure.removingSourceLines(object)),
            let result = try? JSONDecoder().decode(Disclosure.self, from: stripped)
        else { return self }
        return result
    }

    private static func removingSourceLines(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, element) in dictionary where !sourceLineKeys.contains(key) {
                result[key] = removingSourceLines(element)
            }
            return result
        }
        if let array = value as? [Any] { return array.map(removingSourceLines) }
        return value
    }
}
