/// The contact line at the end of the narrative: `部门预算公开联系人：胡家敏 联系方式：023-62606765`.
public struct Contact: Sendable, Hashable, Codable {
    /// The label as written (`部门预算公开联系人` or `单位预算公开联系人`).
    public var label: String
    /// The person's name.
    public var person: String
    /// The phone number as written.
    public var phone: String?
    /// The source line.
    public var line: SourceLine?

    public init(label: String, person: String, phone: String?, line: SourceLine? = nil) {
        self.label = label
        self.person = person
        self.phone = phone
        self.line = line
    }
}
