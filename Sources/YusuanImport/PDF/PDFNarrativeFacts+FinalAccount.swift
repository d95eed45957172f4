import YusuanCore

extension PDFNarrativeFacts {
    /// The facts of a 部门决算 narrative: those of every family, and the 决算 facts (``FinalAccountNarrativeReader``).
    static func extractFinalAccount(from blocks: [NarrativeBlock]) -> NarrativeFacts {
        var facts = extract(from: blocks)
        facts.finalAccount = FinalAccountNarrativeReader.facts(from: blocks)
        return facts
    }
}
