import Foundation

/// The rules to run with their descriptors, and the classification codes they check against.
///
/// ``standard`` is read from the bundled `Catalogue/rules.json` and `Catalogue/classification.csv`.
public struct RuleCatalogue: Sendable {
    /// The descriptors, in catalogue order.
    public var descriptors: [RuleDescriptor] {
        didSet {
            descriptorIndex = RuleCatalogue.indexed(descriptors)
            plan()
        }
    }
    /// The position of each rule id in ``descriptors`` (the first, as ``descriptor(id:)`` finds it), built at load.
    private var descriptorIndex: [String: Int]
    /// The classification codes.
    public var classification: ClassificationCatalogue
    /// The rules, in the order they run.
    public var rules: [any ValidationRule] {
        didSet { plan() }
    }
    /// What the validator reads about each rule, in the order of ``rules`` (found when the rules or descriptors
    /// change).
    private(set) var rulePlans: [RulePlan] = []
    /// The descriptors whose id is the id of one of ``rules``, in catalogue order: those of a report in which every
    /// rule ran.
    private(set) var descriptorsOfRules: [RuleDescriptor] = []
    /// Why the bundled catalogue could not be read, when it could not (``standard`` then has no descriptors).
    public var loadError: String?

    /// Creates a catalogue.
    public init(
        descriptors: [RuleDescriptor],
        classification: ClassificationCatalogue,
        rules: [any ValidationRule],
        loadError: String? = nil
    ) {
        self.descriptors = descriptors
        self.descriptorIndex = RuleCatalogue.indexed(descriptors)
        self.classification = classification
        self.rules = rules
        self.loadError = loadError
        plan()
    }

    /// Finds ``rulePlans`` and ``descriptorsOfRules`` for the current rules and descriptors.
    private mutating func plan() {
        rulePlans = rules.map { RulePlan(rule: $0, descriptor: descriptor(id: $0.id)) }
        let ids = Set(rules.map(\.id))
        descriptorsOfRules = descriptors.filter { ids.contains($0.id) }
    }

    /// Every rule of DOMAIN §6 with the bundled descriptors and codes.
    public static let standard: RuleCatalogue = {
        do {
            return try loadStandard()
        } catch {
            return RuleCatalogue(
                descriptors: [],
                classification: ClassificationCatalogue(entries: []),
                rules: StandardRules.all,
                loadError: "\(error)"
            )
        }
    }()

    /// Reads the bundled catalogue.
    /// - Throws: ``CatalogueError`` when a file is missing or malformed.
    public static func loadStandard() throws -> RuleCatalogue {
        guard let rulesURL = Bundle.module.url(forResource: "rules", withExtension: "json", subdirectory: "Catalogue"),
            let codesURL = Bundle.module.url(
                forResource: "classification",
                withExtension: "csv",
                subdirectory: "Catalogue"
            )
        else {
            throw CatalogueError(message: "the bundled Catalogue/rules.json or Catalogue/classification.csv is missing")
        }
        let descriptors = try decodeDescriptors(Data(contentsOf: rulesURL))
        let classification = try ClassificationCatalogue.parse(
            csv: String(decoding: Data(contentsOf: codesURL), as: UTF8.self)
        )
        return RuleCatalogue(descriptors: descriptors, classification: classification, rules: StandardRules.all)
    }

    /// Decodes `rules.json`: `{"rules": [descriptor, …]}`.
    /// - Throws: ``CatalogueError`` for malformed JSON or a duplicate id.
    public static func decodeDescriptors(_ data: Data) throws -> [RuleDescriptor] {
        struct File: Decodable { var rules: [RuleDescriptor] }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw CatalogueError(message: "rules.json: \(error)")
        }
        var seen: Set<String> = []
        for descriptor in file.rules where !seen.insert(descriptor.id).inserted {
            throw CatalogueError(message: "rules.json: duplicate rule id \(descriptor.id)")
        }
        return file.rules
    }

    /// The descriptor of a rule.
    public func descriptor(id: String) -> RuleDescriptor? { descriptorIndex[id].map { descriptors[$0] } }

    /// The severity of a rule's descriptor (``descriptor(id:)``), read without copying the descriptor.
    func severity(ofRule id: String) -> Severity? { descriptorIndex[id].map { descriptors[$0].severity } }

    private static func indexed(_ descriptors: [RuleDescriptor]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, descriptor) in descriptors.enumerated() where index[descriptor.id] == nil {
            index[descriptor.id] = position
        }
        return index
    }

    /// The catalogue without the given rules.
    public func excluding(_ ids: Set<String>) -> RuleCatalogue {
        var copy = self
        copy.rules.removeAll { ids.contains($0.id) }
        return copy
    }

    /// The catalogue with only the given rules.
    public func only(_ ids: Set<String>) -> RuleCatalogue {
        var copy = self
        copy.rules.removeAll { !ids.contains($0.id) }
        return copy
    }
}
