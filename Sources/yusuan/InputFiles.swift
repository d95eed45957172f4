import ArgumentParser
import Foundation
import YusuanCore
import YusuanImport

/// Reads the documents named on the command line (`-` is standard input).
enum InputFiles {
    /// The bytes of a file, or of standard input for `-`.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw ImportError(
                .notADisclosure,
                file: path,
                line: 1,
                expected: "a readable file",
                found: exists ? (isDirectory.boolValue ? "a directory" : "a file that cannot be read") : "no such file"
            )
        }
        return data
    }

    /// Imports one document from a path.
    static func importDocument(_ path: String) throws -> Disclosure {
        try DocumentImporter.importDocument(data: read(path), fileName: path)
    }

    /// Imports the document of one file, or of two files that are the narrative and the tables of one disclosure
    /// (in either order), joined into one document.
    /// - Throws: ``ImportError``: a file cannot be used, or the two files are not the parts of one disclosure
    ///   (`mismatched-parts`, naming both).
    static func importDocument(_ paths: [String]) throws -> Disclosure {
        guard paths.count == 2 else { return try importDocument(paths[0]) }
        let first = try importDocument(paths[0])
        let second = try importDocument(paths[1])
        return try DisclosureJoiner.join(first, file: paths[0], second, file: paths[1])
    }

    /// ``importDocument(_:)-([String])`` for a command on one document (`import`, `render`): an import error is
    /// printed as `error: …` (file, line, what was expected) and the command exits with status 2.
    static func importForCommand(_ paths: [String]) throws -> Disclosure {
        do {
            return try importDocument(paths)
        } catch let error as ImportError {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// The extensions of the document files a directory is searched for.
    static let documentExtensions = ["txt", "json", "xlsx", "pdf"]

    /// The document files under the given paths: files as given, directories searched recursively for
    /// `.txt`, `.json`, `.xlsx` and `.pdf` files (any case), each directory's in a stable (sorted) order. Found
    /// files keep the path as given (`samples/…`), also when it is a link to a directory.
    static func expand(_ paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                // A directory given through a symbolic link (`samples/` is one) is searched where the link
                // points: the enumerator does not follow a link it starts on, and would find nothing.
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                let enumerator = FileManager.default.enumerator(atPath: target)
                var found: [String] = []
                while let entry = enumerator?.nextObject() as? String {
                    let fileExtension = (entry as NSString).pathExtension.lowercased()
                    if documentExtensions.contains(fileExtension) {
                        found.append((path as NSString).appendingPathComponent(entry))
                    }
                }
                result += found.sorted()
            } else {
                result.append(path)
            }
        }
        return result
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
