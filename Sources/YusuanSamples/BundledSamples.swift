import Foundation

/// The sample disclosures of `samples/` (two real Chongqing Nan'an documents in the published text layout), bundled
/// as resources so that `yusuan serve --demo` works from any directory and the tests read the same files: the
/// target's `Samples` folder is a link to the repository's `samples/`, so each sample exists once.
public enum BundledSamples {
    /// The file names of the samples, the prior year first.
    public static let names = [
        "2024-236-nanan-government-services-office.txt", "2025-202-nanan-district-government-office.txt",
    ]

    /// The bundled copy of a sample by file name.
    public static func url(named name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Samples") else {
            throw SampleError(name: name)
        }
        return url
    }

    /// The text of a sample by file name.
    public static func text(named name: String) throws -> String {
        try String(contentsOf: url(named: name), encoding: .utf8)
    }

    /// File name and text of each sample, the prior year first.
    public static func files() throws -> [(name: String, text: String)] {
        try names.map { ($0, try text(named: $0)) }
    }
}

/// A sample that is not in the bundle (a build that did not copy the resources).
public struct SampleError: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "sample \(name) is not in the YusuanSamples bundle (resources not copied)" }
}
