/// The narrative (情况说明): its blocks of text in order, the facts stated in them, and the contact line.
public struct Narrative: Sendable, Hashable, Codable {
    /// The title (`2024 年部门预算情况说明`).
    public var title: String
    /// The line of the title.
    public var titleLine: SourceLine?
    /// Headings and paragraphs in published order. A paragraph broken by a page break is one block.
    public var blocks: [NarrativeBlock]
    /// The figures stated in the text, each with the sentence it came from.
    public var facts: NarrativeFacts
    /// The contact line.
    public var contact: Contact?

    public init(
        title: String,
        titleLine: SourceLine? = nil,
        blocks: [NarrativeBlock],
        facts: NarrativeFacts,
        contact: Contact? = nil
    ) {
        self.title = title
        self.titleLine = titleLine
        self.blocks = blocks
        self.facts = facts
        self.contact = contact
    }

    /// The narrative grouped into sections, one per top-level heading (`一、单位基本情况`).
    public var sections: [NarrativeSection] {
        var result: [NarrativeSection] = []
        for block in blocks {
            if block.kind == .heading {
                result.append(NarrativeSection(heading: block, blocks: []))
            } else if result.isEmpty {
                result.append(NarrativeSection(heading: nil, blocks: [block]))
            } else {
                result[result.count - 1].blocks.append(block)
            }
        }
        return result
    }
}

/// A heading or a paragraph of the narrative.
public struct NarrativeBlock: Sendable, Hashable, Codable {
    /// What the block is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A top-level heading: `一、单位基本情况`.
        case heading
        /// A second-level heading standing alone on its line: `(一) 职能职责`.
        case subheading
        /// Running text (which may itself start with `（一）收入预算：`).
        case paragraph
    }

    public var kind: Kind
    public var text: String
    /// The first source line of the block.
    public var line: SourceLine?

    public init(kind: Kind, text: String, line: SourceLine? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

/// A top-level section of the narrative with the blocks under its heading.
public struct NarrativeSection: Sendable, Hashable {
    /// The heading; nil for text before the first heading.
    public var heading: NarrativeBlock?
    /// The subheadings and paragraphs of the section.
    public var blocks: [NarrativeBlock]
}
