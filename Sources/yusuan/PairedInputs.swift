import YusuanCore
import YusuanImport

/// The documents of `validate` and `db import` with the two files of each disclosure published as a narrative and
/// tables joined into one: the parts among the inputs are paired (``PartPairing``: department name, year and kind,
/// then file names) and joined (``DisclosureJoiner``); whole documents and parts left without a partner stay as
/// they are.
///
/// Pairing reads only what ``PartDescriptor`` holds, so a later streaming pass can survey the inputs first and read
/// the documents again when it validates them (issue 17).
struct PairedInputs {
    /// One document to validate or store: one file, or the two files of a disclosure joined.
    struct Unit {
        /// The file, or the narrative's and the tables' files.
        var files: [String]
        /// The document, or why the two files could not be joined.
        var document: Result<Disclosure, any Error>
        /// Why the two files were paired (`nil` for one file).
        var reason: PartPairing.Reason?
        /// What the file holds when it is a part left without its partner.
        var unpaired: DocumentPart.Content?

        /// `FILE`, or `NARRATIVE + TABLES` for a joined document.
        var label: String { files.joined(separator: " + ") }
    }

    /// The units, in the order of their first file among the inputs.
    var units: [Unit]

    /// Pairs and joins the parts among `documents` (each read from its file, in input order).
    init(_ documents: [(file: String, document: Disclosure)]) {
        let pairing = PartPairing(documents.map { PartDescriptor(file: $0.file, disclosure: $0.document) })
        var pairOf: [Int: PartPairing.Pair] = [:]
        for pair in pairing.pairs {
            pairOf[pair.narrative] = pair
            pairOf[pair.tables] = pair
        }
        let unpaired = Set(pairing.unpaired)
        var units: [Unit] = []
        for (index, input) in documents.enumerated() {
            if let pair = pairOf[index] {
                // A joined document takes the place of its first file.
                guard index == min(pair.narrative, pair.tables) else { continue }
                let narrative = documents[pair.narrative]
                let tables = documents[pair.tables]
                let joined = Result {
                    try DisclosureJoiner.join(
                        narrative.document,
                        file: narrative.file,
                        tables.document,
                        file: tables.file
                    )
                }
                units.append(Unit(files: [narrative.file, tables.file], document: joined, reason: pair.reason))
            } else {
                let content = unpaired.contains(index) ? input.document.content : nil
                units.append(Unit(files: [input.file], document: .success(input.document), unpaired: content))
            }
        }
        self.units = units
    }

    /// The two files given explicitly as one disclosure (`validate NARRATIVE TABLES`): joined, or why they cannot be.
    init(joining first: (file: String, document: Disclosure), _ second: (file: String, document: Disclosure)) {
        let joined = Result {
            try DisclosureJoiner.join(first.document, file: first.file, second.document, file: second.file)
        }
        let narrativeFirst = first.document.content != .tables
        let files = narrativeFirst ? [first.file, second.file] : [second.file, first.file]
        units = [Unit(files: files, document: joined, reason: nil)]
    }

    /// Whether two documents are a narrative part and a tables part (which `validate A B` joins).
    static func areComplementaryParts(_ first: Disclosure, _ second: Disclosure) -> Bool {
        Set([first.content, second.content]) == [.narrative, .tables]
    }

    /// The line that says what became of a unit's files (joined, or left unpaired), or `nil` for a whole document
    /// and for two files that could not be joined (their error says why).
    static func note(_ unit: Unit, chinese: Bool) -> String? {
        if unit.files.count == 2 {
            let by: String
            switch unit.reason {
            case .departmentName?: by = chinese ? "部门、年度和类型相同" : "same department, year and kind"
            case .fileName?:
                by = chinese ? "同一目录中仅差说明/表格标记的文件名" : "file names that differ only by a narrative/tables marker"
            case nil: by = chinese ? "命令行给出的两个文件" : "the two files given"
            }
            let failed = (try? unit.document.get()) == nil
            if failed { return nil }
            return chinese
                ? "合并：\(unit.files[0])（情况说明）+ \(unit.files[1])（表格），依据：\(by)"
                : "joined: \(unit.files[0]) (narrative) + \(unit.files[1]) (tables), by \(by)"
        }
        guard let content = unit.unpaired, let file = unit.files.first else { return nil }
        switch (content, chinese) {
        case (.narrative, true): return "未配对：\(file) 只有情况说明，输入中没有同一部门、年度和类型的表格文件"
        case (.narrative, false):
            return
                "unpaired: \(file) holds only the narrative; no tables file of the same department, year and kind among the inputs"
        case (_, true): return "未配对：\(file) 只有表格，输入中没有同一部门、年度和类型的情况说明文件"
        case (_, false):
            return
                "unpaired: \(file) holds only the tables; no narrative file of the same department, year and kind among the inputs"
        }
    }
}
