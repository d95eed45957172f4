import Foundation
import YusuanCore
import YusuanImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text `pdftotext` gave for each PDF of a large batch, kept on disk between the survey and the second pass so
/// that each PDF is converted once per run, without holding the batch in memory (``BatchSurvey``).
///
/// The texts go to files in a private temporary directory (mode 0700, made by `mkdtemp` on the first text stored),
/// one file per PDF; only the file names stay in memory. The directory is removed by ``remove()`` at the end of the
/// run, and on SIGINT or SIGTERM while it exists (the process then exits with status 128 + the signal's number, as
/// the default action would). A text that cannot be read back is extracted again: never a different document.
///
/// The texts never fill the disk: a text is kept only while its file system keeps ``reserve`` bytes free after it
/// (about 0.9 times the size of the PDFs is needed in all; a store or a report on the same disk must not fail for
/// want of space). Once a text is refused, none is kept any more, one line says so on standard error, and the
/// second pass converts the PDFs whose texts were not kept again.
final class PDFTextSpool: @unchecked Sendable {
    /// The free space on the texts' file system that keeping a text must leave.
    let reserve: UInt64
    /// The bytes free for an unprivileged user on the file system of a path, or `nil` when unknown.
    private let availableBytes: @Sendable (String) -> UInt64?
    private let lock = NSLock()
    private var directory: String?
    private var paths: [String: String] = [:]
    private var signalSources: [any DispatchSourceSignal] = []
    private var isRemoved = false
    private var isFull = false

    /// A spool that leaves `reserve` bytes free (1 GiB by default), asking `availableBytes` (by default the file
    /// system, ``freeBytes(at:)``).
    init(
        reserve: UInt64 = 1 << 30,
        availableBytes: @escaping @Sendable (String) -> UInt64? = PDFTextSpool.freeBytes(at:)
    ) {
        self.reserve = reserve
        self.availableBytes = availableBytes
    }

    /// Keeps the text of the PDF read from `file`. A text that cannot be written, or would leave less than
    /// ``reserve`` free, is not kept (the second pass then converts the PDF again).
    func store(_ text: String, for file: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !isRemoved, !isFull, let directory = directoryLocked() else { return }
        let data = Data(text.utf8)
        if let free = availableBytes(directory), free < reserve + UInt64(data.count) {
            isFull = true
            printError(
                "note: less than \(reserve >> 20) MiB would stay free in \(directory): the texts of the remaining PDFs "
                    + "are not kept, and those PDFs are converted again (set TMPDIR to a larger disk to avoid it)"
            )
            return
        }
        let path = (directory as NSString).appendingPathComponent("\(paths.count).xhtml")
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: nil) else { return }
        paths[file] = path
    }

    /// The bytes free for an unprivileged user on the file system of `path` (`statvfs`), or `nil` when it fails.
    static func freeBytes(at path: String) -> UInt64? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// The text kept for `file`, if any.
    func text(for file: String) -> String? {
        lock.lock()
        let path = paths[file]
        lock.unlock()
        guard let path, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(validating: data, as: UTF8.self)
    }

    /// Imports the document of `file`: from its kept text when there is one, else as ``InputFiles`` reads it.
    func importDocument(_ file: String) throws -> Disclosure {
        if let text = text(for: file) { return try PDFImporter.importDocument(extractedText: text, fileName: file) }
        return try InputFiles.importDocument(file)
    }

    /// Imports the document of one file or of two files joined (``InputFiles/importDocument(_:)-([String])``), each
    /// PDF from its kept text.
    func importDocument(_ files: [String]) throws -> Disclosure {
        guard files.count == 2 else { return try importDocument(files[0]) }
        let first = try importDocument(files[0])
        let second = try importDocument(files[1])
        return try DisclosureJoiner.join(first, file: files[0], second, file: files[1])
    }

    /// Removes the directory and every text in it; nothing is kept afterwards.
    func remove() {
        lock.lock()
        defer { lock.unlock() }
        isRemoved = true
        paths = [:]
        if !signalSources.isEmpty {
            signalSources.forEach { $0.cancel() }
            signalSources = []
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        if let directory { Self.removeDirectory(directory) }
        directory = nil
    }

    /// The directory, made on first use with the handlers that remove it on SIGINT and SIGTERM. Called with the lock.
    private func directoryLocked() -> String? {
        if let directory { return directory }
        // The handlers first, then the directory: a signal in between finds no directory to remove, and one after
        // finds it (the handler waits for the lock, held until the directory is known). Made the other way round, a
        // signal between the two would end the process by default and leave the directory.
        if signalSources.isEmpty {
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [self] in
                    // With the lock: no text is being written meanwhile, none after.
                    lock.lock()
                    if let directory { Self.removeDirectory(directory) }
                    _exit(128 + signalNumber)
                }
                source.resume()
                signalSources.append(source)
            }
        }
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-pdf-text-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { return nil }
        let path = String(cString: made)
        directory = path
        return path
    }

    private static func removeDirectory(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
