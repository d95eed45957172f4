import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written as it goes that appears at its path only when it is complete: a process killed while writing it
/// leaves the path as it was (absent, or the previous file) and no partial file.
///
/// On Linux the bytes go to an unnamed file in the target's directory (`O_TMPFILE`), which the kernel deletes if the
/// process dies, and which is linked under a temporary name and renamed over the path when complete. Where unnamed
/// files are not supported the bytes go to a hidden `.NAME.partial-PID` beside the path, removed on failure (a
/// process killed with SIGKILL can leave that file, never a partial file at the path).
final class AtomicOutputFile {
    let path: String
    private var descriptor: Int32
    /// The hidden file written to when the directory does not support unnamed files.
    private var partialPath: String?
    private var buffer: [UInt8] = []
    private var isClosed = false

    /// Bytes collected before each write to the file.
    static let bufferSize = 1 << 16

    /// Opens a file to write to, to appear at `path` on ``commit()``.
    /// - Throws: `ValidationError`-like ``OutputError`` naming the path when the directory cannot be written.
    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let directoryPath = directory.isEmpty ? "." : directory
        #if os(Linux)
            // O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`): __O_TMPFILE is 020000000 on every Linux architecture Swift runs on.
            let unnamed = open(directoryPath, O_WRONLY | O_CLOEXEC | O_DIRECTORY | 0o20000000, 0o644)
        #else
            let unnamed: Int32 = -1
        #endif
        if unnamed >= 0 {
            descriptor = unnamed
        } else {
            let name = (path as NSString).lastPathComponent
            let partial = (directoryPath as NSString).appendingPathComponent(".\(name).partial-\(getpid())")
            let named = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard named >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            descriptor = named
            partialPath = partial
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { abandon() }

    /// Appends text.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends UTF-8 bytes.
    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts the file at its path (replacing a file there).
    func commit() throws {
        try flush()
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        if let partialPath {
            close(descriptor)
            isClosed = true
            guard rename(partialPath, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(partialPath)
                throw OutputError(path: path, reason: reason)
            }
            return
        }
        // The unnamed file gets a temporary name beside the path (a link cannot replace a file), then the path.
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let linked = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).complete-\(getpid())")
        unlink(linked)
        let linkResult = linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, linked, AT_SYMLINK_FOLLOW)
        close(descriptor)
        isClosed = true
        guard linkResult == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        guard rename(linked, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(linked)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Drops what was written: the path is left as it was.
    func abandon() {
        guard !isClosed else { return }
        close(descriptor)
        isClosed = true
        if let partialPath { unlink(partialPath) }
    }

    /// A report file that cannot be written.
    struct OutputError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }
}
