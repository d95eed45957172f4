import YusuanCore

/// What pairing needs to know of one input: its file, what it holds and whose disclosure of which year and kind it
/// is — not the document itself, so that a first pass over many files can find the pairs without keeping their
/// documents.
public struct PartDescriptor: Sendable, Hashable {
    /// The file as given (a path).
    public var file: String
    /// What the file holds.
    public var content: DocumentPart.Content
    /// The department's name as the file prints it (empty when it does not).
    public var departmentName: String
    /// The department's budget code, when the file states it.
    public var departmentCode: String?
    /// The budget year.
    public var year: Int
    /// 预算 or 决算.
    public var kind: DocumentKind

    /// Creates a descriptor.
    public init(
        file: String,
        content: DocumentPart.Content,
        departmentName: String,
        departmentCode: String? = nil,
        year: Int,
        kind: DocumentKind = .budget
    ) {
        self.file = file
        self.content = content
        self.departmentName = departmentName
        self.departmentCode = departmentCode
        self.year = year
        self.kind = kind
    }

    /// What the document joined from a narrative part and a tables part will be (``DisclosureJoiner``): a whole
    /// document of their year and kind, under the longer of their department names and the code either states.
    /// - Parameters:
    ///   - narrative: the narrative part.
    ///   - tables: the tables part.
    ///   - file: the joined document's label (`NARRATIVE + TABLES`).
    public init(joining narrative: PartDescriptor, _ tables: PartDescriptor, file: String) {
        self.init(
            file: file,
            content: .whole,
            departmentName: DisclosureJoiner.joinedDepartmentName(
                narrative: narrative.departmentName,
                tables: tables.departmentName
            ),
            departmentCode: DisclosureJoiner.joinedDepartmentCode(
                narrative: narrative.departmentCode,
                tables: tables.departmentCode
            ),
            year: tables.year,
            kind: tables.kind
        )
    }

    /// The descriptor of a document read from `file`.
    public init(file: String, disclosure: Disclosure) {
        self.init(
            file: file,
            content: disclosure.content,
            departmentName: disclosure.identity.departmentName,
            departmentCode: disclosure.identity.departmentCode,
            year: disclosure.identity.year,
            kind: disclosure.identity.kind
        )
    }
}

extension Disclosure {
    /// What the document holds: ``DocumentPart/Content/narrative`` or ``DocumentPart/Content/tables`` for a
    /// document read from one file of a disclosure published as two (a single part), ``DocumentPart/Content/whole``
    /// otherwise (one file with both, or a document already joined).
    public var content: DocumentPart.Content {
        guard let parts, parts.count == 1 else { return .whole }
        return parts[0].content
    }
}
