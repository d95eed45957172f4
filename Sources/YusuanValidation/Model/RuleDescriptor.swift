import YusuanCore

/// What the catalogue says about a rule: its identity, titles, severity, category, the tables it reads, how it
/// compares amounts and which rules are related.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// The stable identifier (`A1`, `X2`, `N4`, `R-EMPTY`).
    public var id: String
    /// The Chinese title.
    public var titleZh: String
    /// The English title.
    public var titleEn: String
    /// The most serious severity the rule reports.
    public var severity: Severity
    /// The family of the rule.
    public var category: RuleCategory
    /// The tables the rule reads, as ``TableKind/identifier`` strings.
    public var tables: [String]
    /// How the rule compares amounts.
    public var tolerance: ToleranceKind
    /// Rules that check related things.
    public var related: [String]
    /// Where the rule comes from (law, template, inspection practice).
    public var basis: String?
    /// The templates (``TemplateProfile`` raw values) the rule applies to; `nil` for every template. On a document
    /// of another template the rule is not applicable (docs/PDF.md).
    public var profiles: [String]?
    /// The parts of a disclosure the rule needs (`narrative`, `tables`), when they differ from what its category
    /// and tables imply (``needsNarrative``, ``needsTables``); `[]` for a rule that reads whatever text is present.
    /// On a document read from one file of a disclosure published as two, a rule that needs the missing part
    /// reports insufficient data.
    public var needs: [String]?

    /// Creates a descriptor.
    public init(
        id: String,
        titleZh: String,
        titleEn: String,
        severity: Severity,
        category: RuleCategory,
        tables: [String],
        tolerance: ToleranceKind,
        related: [String] = [],
        basis: String? = nil,
        profiles: [String]? = nil,
        needs: [String]? = nil
    ) {
        self.id = id
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.severity = severity
        self.category = category
        self.tables = tables
        self.tolerance = tolerance
        self.related = related
        self.basis = basis
        self.profiles = profiles
        self.needs = needs
    }

    /// Whether the rule needs the narrative: ``needs`` names it, or (without ``needs``) the rule is a narrative rule.
    public var needsNarrative: Bool { needs.map { $0.contains("narrative") } ?? (category == .narrative) }

    /// Whether the rule needs the tables: ``needs`` names them, or (without ``needs``) the rule reads tables (it lists
    /// some, or is an arithmetic, cross-table, classification or performance rule).
    public var needsTables: Bool {
        needs.map { $0.contains("tables") }
            ?? (!tables.isEmpty || [.arithmetic, .crossTable, .classification, .performance].contains(category))
    }

    /// Whether the rule applies to documents of a template.
    public func applies(to profile: TemplateProfile) -> Bool {
        profiles.map { $0.contains(profile.rawValue) } ?? true
    }

    /// The title in the given language.
    public func title(in language: Language) -> String { language == .zh ? titleZh : titleEn }

    /// The tables the rule reads; identifiers that name no table are left out.
    public var tableKinds: [TableKind] {
        tables.compactMap { identifier in TableKind.allCases.first { $0.identifier == identifier } }
    }
}
