import YusuanCore
import YusuanImport

/// The first pass of `validate` and `db import` over a batch: every input read once, in parallel, keeping only what
/// pairing and the prior years need — its file, content, department, year and kind (``PartDescriptor``) — and not
/// the document, so that memory does not grow with the number of inputs.
enum BatchSurvey {
    /// The descriptor of each file's document, or why the file cannot be used, in the order of `files`.
    static func survey(_ files: [String]) async -> [Result<PartDescriptor, any Error>] {
        var results: [Result<PartDescriptor, any Error>] = []
        results.reserveCapacity(files.count)
        // `consume` throws nothing, so neither does the pipeline.
        try? await OrderedPipeline.run(count: files.count) { index in
            let file = files[index]
            return Result { PartDescriptor(file: file, disclosure: try InputFiles.importDocument(file)) }
        } consume: { _, outputs in
            results += outputs
        }
        return results
    }
}
