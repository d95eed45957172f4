import YusuanCore
import YusuanImport

/// The first pass of `validate` and `db import` over a batch: every input read once, in parallel, keeping what
/// pairing and the prior years need — its file, content, department, year and kind (``PartDescriptor``). The
/// documents themselves are kept only for a small batch (``keptDocumentLimit`` files at most), which the second
/// pass then need not read again (a PDF would be converted by `pdftotext` twice); a larger batch is read again, so
/// that memory does not grow with the number of inputs, and the survey reads only what identifies each document
/// (``DocumentSurvey``: for a published text, everything but its narrative's facts) and keeps each PDF's text on
/// disk (``PDFTextSpool``), so that a PDF is still converted once.
enum BatchSurvey {
    /// The most files whose documents the survey keeps: a department's or a district's PDFs (256 documents of the
    /// largest corpus PDF take about 60 MB), not a province's.
    static let keptDocumentLimit = 256

    /// What the survey found.
    struct Outcome: Sendable {
        /// The descriptor of each file's document, or why the file cannot be used, in the order of the files.
        var descriptors: [Result<PartDescriptor, any Error>]
        /// The documents read, by file, when they are kept (a small batch).
        var documents: [String: Disclosure]
    }

    /// Surveys the files; with `keepingDocuments`, keeps their documents too when there are at most
    /// ``keptDocumentLimit`` files.
    /// A batch too large to keep its documents keeps its PDFs' texts in `spool` instead (when given), so that the
    /// second pass does not run `pdftotext` again (``PDFTextSpool``).
    static func survey(_ files: [String], keepingDocuments: Bool = false, spool: PDFTextSpool? = nil) async -> Outcome {
        var outcome = Outcome(descriptors: [], documents: [:])
        outcome.descriptors.reserveCapacity(files.count)
        let keeps = keepingDocuments && files.count <= keptDocumentLimit
        // `consume` throws nothing, so neither does the pipeline.
        try? await OrderedPipeline.run(count: files.count) { index in
            let file = files[index]
            return Result { () throws -> (PartDescriptor, Disclosure?) in
                guard keeps else {
                    // Only what identifies the document, read for less than its whole import (the second pass
                    // imports it whole); a PDF's text kept in the spool for the second pass.
                    guard let spool else {
                        return (try DocumentSurvey.descriptor(data: InputFiles.read(file), fileName: file), nil)
                    }
                    let surveyed = try DocumentSurvey.surveyKeepingPDFText(data: InputFiles.read(file), fileName: file)
                    if let text = surveyed.pdfText { spool.store(text, for: file) }
                    return (surveyed.descriptor, nil)
                }
                let document = try InputFiles.importDocument(file)
                return (PartDescriptor(file: file, disclosure: document), document)
            }
        } consume: { _, outputs in
            for output in outputs {
                switch output {
                case .success(let (descriptor, document)):
                    outcome.descriptors.append(.success(descriptor))
                    if let document { outcome.documents[descriptor.file] = document }
                case .failure(let error): outcome.descriptors.append(.failure(error))
                }
            }
        }
        return outcome
    }
}
