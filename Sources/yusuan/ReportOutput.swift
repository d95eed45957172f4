import Foundation

/// Where a streamed report goes: standard output, written as it comes, or a file that appears at its path only when
/// the report is complete (``AtomicOutputFile``).
final class ReportOutput {
    private let file: AtomicOutputFile?
    private var buffer: [UInt8] = []

    /// Standard output, or the file at `path`.
    init(path: String?) throws {
        file = try path.map { try AtomicOutputFile(path: $0) }
    }

    /// Appends text to the report.
    func write(_ text: String) throws {
        if let file { return try file.write(text) }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= AtomicOutputFile.bufferSize { flushStandardOutput() }
    }

    /// Appends UTF-8 bytes to the report.
    func write(_ bytes: [UInt8]) throws {
        if let file { return try file.write(bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicOutputFile.bufferSize { flushStandardOutput() }
    }

    /// Writes what is left; a file is put at its path.
    func commit() throws {
        if let file { return try file.commit() }
        flushStandardOutput()
    }

    /// Drops the report: a file is not created (standard output keeps what was written).
    func abandon() {
        file?.abandon()
        flushStandardOutput()
    }

    private func flushStandardOutput() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
