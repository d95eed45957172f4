import YusuanCore

/// What a rule reads: the document, the prior-year document of the same department, for a 决算 the same
/// department's budget of the same year, the options and the catalogue.
public struct ValidationContext: Sendable {
    /// The document and what is read from it once per document (shared by every copy of the context, so that
    /// handing the context to each rule copies one reference, not the whole document).
    final class Storage: Sendable {
        let disclosure: Disclosure
        let prior: Disclosure?
        /// The same department's budget (预算) of the same year, for a 决算 validated with it (P8).
        let budget: Disclosure?
        let options: ValidationOptions
        let catalogue: RuleCatalogue
        let index: DocumentIndex
        /// ``StatedFigures/withChanges(_:)`` of the document's facts (read by N4, N5, N7, N13 and R7).
        let statedFiguresWithChanges: [StatedFigures.Entry]
        /// The tables published but not read into their typed tables (``ReadingGaps``).
        let gaps: ReadingGaps

        init(
            disclosure: Disclosure,
            prior: Disclosure?,
            budget: Disclosure? = nil,
            options: ValidationOptions,
            catalogue: RuleCatalogue
        ) {
            self.prior = prior
            self.budget = budget
            self.options = options
            self.catalogue = catalogue
            self.index = DocumentIndex(
                disclosure.tables,
                followsTemplate: disclosure.identity.followsChongqingDistrictTemplate
            )
            statedFiguresWithChanges = StatedFigures.withChanges(disclosure.narrative.facts)
            gaps = ReadingGaps(disclosure)
            // Stored last, its last use: the document is moved in, not copied.
            self.disclosure = disclosure
        }
    }

    private var storage: Storage

    /// The document under validation.
    public var disclosure: Disclosure {
        get { storage.disclosure }
        set {
            storage = Storage(
                disclosure: newValue,
                prior: prior,
                budget: budget,
                options: options,
                catalogue: catalogue
            )
        }
    }
    /// The same department's document of the previous year, when given.
    public var prior: Disclosure? {
        get { storage.prior }
        set {
            storage = Storage(
                disclosure: disclosure,
                prior: newValue,
                budget: budget,
                options: options,
                catalogue: catalogue
            )
        }
    }
    /// The same department's budget (预算) of the same year, when the document is a 决算 validated with it.
    public var budget: Disclosure? {
        get { storage.budget }
        set {
            storage = Storage(
                disclosure: disclosure,
                prior: prior,
                budget: newValue,
                options: options,
                catalogue: catalogue
            )
        }
    }
    /// The options of the run.
    public var options: ValidationOptions {
        get { storage.options }
        set {
            storage = Storage(
                disclosure: disclosure,
                prior: prior,
                budget: budget,
                options: newValue,
                catalogue: catalogue
            )
        }
    }
    /// The catalogue (rule descriptors and classification codes).
    public var catalogue: RuleCatalogue {
        get { storage.catalogue }
        set {
            storage = Storage(
                disclosure: disclosure,
                prior: prior,
                budget: budget,
                options: options,
                catalogue: newValue
            )
        }
    }

    /// The tables of the document seen as the rules read them, built once per document.
    var index: DocumentIndex { storage.index }

    /// The document's top-level stated figures (``StatedFigures/withChanges(_:)``), found once per document.
    var statedFiguresWithChanges: [StatedFigures.Entry] { storage.statedFiguresWithChanges }

    /// Creates a context; `budget` is the same department's budget of the same year, for a 决算.
    public init(
        disclosure: Disclosure,
        prior: Disclosure?,
        budget: Disclosure? = nil,
        options: ValidationOptions,
        catalogue: RuleCatalogue
    ) {
        storage = Storage(disclosure: disclosure, prior: prior, budget: budget, options: options, catalogue: catalogue)
    }

    /// The tables of the document.
    public var tables: DisclosureTables { storage.disclosure.tables }
    /// The facts stated in the narrative.
    public var facts: NarrativeFacts { storage.disclosure.narrative.facts }
    /// The budget year.
    public var year: Int { storage.disclosure.identity.year }

    /// The tables published but not read into their typed tables, found once per document.
    var gaps: ReadingGaps { storage.gaps }

    /// Why a rule that would conclude from a typed table's absence cannot run: the document publishes the table,
    /// but it was not read with certainty or is kept generic because of its layout (a 项目绩效目标表 printed in
    /// another layout is no missing table, and its budgets are not zero). Nil when the table is truly absent.
    func unreadTable(_ ruleID: String, _ kind: TableKind) -> RuleOutcome? {
        guard !tables.contains(kind), let reason = gaps.reason(for: kind) else { return nil }
        return .insufficientData(ruleID, reason)
    }

    /// Why a rule that reports a statement missing from the narrative cannot run: the narrative has text but
    /// none of it was read into facts (a family whose sentences the fact readers do not know yet). Nil when the
    /// narrative was read.
    func unreadNarrative(_ ruleID: String) -> RuleOutcome? {
        let narrative = storage.disclosure.narrative
        guard narrative.facts == NarrativeFacts(), !narrative.blocks.isEmpty else { return nil }
        return .insufficientData(
            ruleID,
            LocalizedText(
                zh: "情况说明未能读出任何事实（金额、增减等），不据此报告缺少的内容。",
                en: "No fact (amounts, changes) could be read from the narrative: nothing is reported missing from it."
            )
        )
    }

    /// The rounding envelope for a total of `count` rounded parts: `0.005 · (count + 1)` in the amounts' own
    /// precision (half a unit of the last decimal), never finer than ``ValidationOptions/minimumRoundingScale``
    /// for amounts in 万元.
    ///
    /// Tables in whole 元 (no decimals, a 元 document) allow 1 元 per added part instead (docs/PDF.md). A figure
    /// printed with fewer decimals than the others (`22,118,861` among `…​.34` and `….00` figures) may be a rounded
    /// one: the envelope is then at least half a unit of its last printed decimal — unless no figure prints a
    /// trailing zero (`1276.7`, `80`: a spreadsheet's general format drops trailing zeros, so a short figure is exact).
    public func roundingEnvelope(for amounts: [Amount], count: Int) -> Amount {
        if disclosure.identity.unit == .yuan, !amounts.isEmpty, amounts.allSatisfy({ $0.scale == 0 }) {
            return Amount(minorUnits: Int64(max(count, 1)), scale: 0)
        }
        let minimum = disclosure.identity.unit == .tenThousandYuan ? options.minimumRoundingScale : 0
        let scale = min(max(minimum, amounts.map(\.scale).max() ?? minimum), Amount.maximumScale - 1)
        let envelope = Amount(minorUnits: Int64(5 * (max(count, 1) + 1)), scale: scale + 1)
        let printed = amounts.filter { !$0.isZero }.map(\.scale)
        guard let coarsest = printed.min(), let finest = printed.max(), coarsest < finest,
            amounts.contains(where: { $0.scale > 0 && $0.minorUnits % 10 == 0 })
        else { return envelope }
        let halfUnit = Amount(minorUnits: 5, scale: coarsest + 1)
        return halfUnit.compare(envelope) == .orderedDescending ? halfUnit : envelope
    }

    /// Starts the findings of a rule; the reporter takes the rule's severity from the catalogue.
    func reporter(for ruleID: String) -> RuleReporter {
        RuleReporter(ruleID: ruleID, severity: storage.catalogue.severity(ofRule: ruleID) ?? .error, context: self)
    }
}
