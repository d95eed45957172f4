import YusuanCore

/// The facts of a PDF narrative, read sentence by sentence by ``SentenceFactReader`` whatever the family (the
/// Chongqing district PDFs are read through their published text layout and ``NarrativeFactExtractor`` instead).
enum PDFNarrativeFacts {
    static func extract(from blocks: [NarrativeBlock]) -> NarrativeFacts {
        var facts = SentenceFactReader.facts(from: blocks)
        facts.itemStatements = ItemStatementReader.statements(in: blocks)
        return facts
    }
}
