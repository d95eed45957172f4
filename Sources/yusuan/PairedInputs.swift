import YusuanCore
import YusuanImport

/// The inputs of `validate` and `db import` with the two files of each disclosure published as a narrative and
/// tables taken as one: the parts among the inputs are paired (``PartPairing``: department name, year and kind, then
/// file names); whole documents and parts left without a partner stay as they are.
///
/// Pairing reads only the ``PartDescriptor``s of the first pass (``BatchSurvey``): no document is kept. A unit's
/// document is read again (and the two files joined, ``DisclosureJoiner``) when it is validated or stored
/// (``Unit/load()``).
struct PairedInputs {
    /// One document to validate or store: one file, or the two files of a disclosure joined.
    struct Unit: Sendable {
        /// The file, or the narrative's and the tables' files.
        var files: [String]
        /// The files in the order they are joined (the narrative first, or as given for `validate A B`).
        var joinOrder: [String]
        /// Why the two files were paired (`nil` for one file, and for the two files given).
        var reason: PartPairing.Reason?
        /// What the file holds when it is a part left without its partner.
        var unpaired: DocumentPart.Content?
        /// Whose document of which year and kind it is (for two files: what the joined document will say).
        var descriptor: PartDescriptor
        /// The index of its first file among the descriptors paired.
        var position = 0

        /// `FILE`, or `NARRATIVE + TABLES` for a joined document.
        var label: String { files.joined(separator: " + ") }

        /// Reads the unit's document: its file, or its two files joined.
        /// - Throws: ``ImportError`` when a file cannot be used or the two files are not one disclosure.
        func load() throws -> Disclosure { try InputFiles.importDocument(joinOrder) }

        /// Reads the unit's document, each PDF from the text `spool` kept for it when there is one.
        func load(spool: PDFTextSpool?) throws -> Disclosure {
            guard let spool else { return try load() }
            return try spool.importDocument(joinOrder)
        }
    }

    /// The units, in the order of their first file among the inputs.
    var units: [Unit]

    /// Pairs the parts among the inputs surveyed (`descriptors`, in input order).
    init(_ descriptors: [PartDescriptor]) {
        let pairing = PartPairing(descriptors)
        var pairOf: [Int: PartPairing.Pair] = [:]
        for pair in pairing.pairs {
            pairOf[pair.narrative] = pair
            pairOf[pair.tables] = pair
        }
        let unpaired = Set(pairing.unpaired)
        var units: [Unit] = []
        units.reserveCapacity(descriptors.count)
        for (index, input) in descriptors.enumerated() {
            if let pair = pairOf[index] {
                // A joined document takes the place of its first file.
                guard index == min(pair.narrative, pair.tables) else { continue }
                let narrative = descriptors[pair.narrative]
                let tables = descriptors[pair.tables]
                let files = [narrative.file, tables.file]
                units.append(
                    Unit(
                        files: files,
                        joinOrder: files,
                        reason: pair.reason,
                        descriptor: PartDescriptor(
                            joining: narrative,
                            tables,
                            file: files.joined(separator: " + ")
                        ),
                        position: index
                    )
                )
            } else {
                let content = unpaired.contains(index) ? input.content : nil
                units.append(
                    Unit(
                        files: [input.file],
                        joinOrder: [input.file],
                        unpaired: content,
                        descriptor: input,
                        position: index
                    )
                )
            }
        }
        self.units = units
    }

    /// The two files given explicitly as one disclosure (`validate NARRATIVE TABLES`), joined in the order given.
    init(joining first: PartDescriptor, _ second: PartDescriptor) {
        let narrativeFirst = first.content != .tables
        let (narrative, tables) = narrativeFirst ? (first, second) : (second, first)
        let files = [narrative.file, tables.file]
        units = [
            Unit(
                files: files,
                joinOrder: [first.file, second.file],
                reason: nil,
                descriptor: PartDescriptor(joining: narrative, tables, file: files.joined(separator: " + "))
            )
        ]
    }

    /// Whether two inputs are a narrative part and a tables part (which `validate A B` joins).
    static func areComplementaryParts(_ first: PartDescriptor, _ second: PartDescriptor) -> Bool {
        Set([first.content, second.content]) == [.narrative, .tables]
    }

    /// The line that says what became of a unit's files (joined, or left unpaired), or `nil` for a whole document.
    /// (Two files that cannot be joined get their error instead: print this only once they are.)
    static func note(_ unit: Unit, chinese: Bool) -> String? {
        if unit.files.count == 2 {
            let by: String
            switch unit.reason {
            case .departmentName?: by = chinese ? "部门、年度和类型相同" : "same department, year and kind"
            case .fileName?:
                by = chinese ? "同一目录中仅差说明/表格标记的文件名" : "file names that differ only by a narrative/tables marker"
            case nil: by = chinese ? "命令行给出的两个文件" : "the two files given"
            }
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
