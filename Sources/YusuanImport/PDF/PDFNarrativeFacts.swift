import YusuanCore

/// The facts of a PDF narrative. The Chongqing fact extractor reads the Chongqing sections only; for the other
/// templates the narrative is kept as blocks and the profile rules read its sentences (docs/PDF.md, limits).
enum PDFNarrativeFacts {
    static func extract(from blocks: [NarrativeBlock]) -> NarrativeFacts {
        var facts = NarrativeFacts()
        facts.itemStatements = ItemStatementReader.statements(in: blocks)
        return facts
    }
}
