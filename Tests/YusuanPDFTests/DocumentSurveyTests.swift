import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanRender
import YusuanSamples

@testable import YusuanImport

/// The first pass of a batch reads only what identifies a document (``DocumentSurvey``): its descriptor — and its
/// error — must be the whole import's on every kind of input: the samples, generated budgets and 决算 (with their
/// self-evaluations), every corpus PDF, and broken texts.
struct DocumentSurveyTests {
    /// The descriptor from the survey and from the whole import, or the two errors' texts.
    static func bothReadings(_ data: Data, name: String) -> (survey: String, whole: String) {
        let survey: String
        do {
            survey = String(describing: try DocumentSurvey.descriptor(data: data, fileName: name))
        } catch {
            survey = "error: \(error)"
        }
        let whole: String
        do {
            whole = String(
                describing: PartDescriptor(
                    file: name,
                    disclosure: try DocumentImporter.importDocument(data: data, fileName: name)
                )
            )
        } catch {
            whole = "error: \(error)"
        }
        return (survey, whole)
    }

    /// Generated budgets of several departments and years, and their 决算 with self-evaluations, as `generate
    /// --with-finals` writes them.
    static func generatedTexts(count: Int) -> [(name: String, text: String)] {
        var texts: [(String, String)] = []
        for index in 1...count {
            var generator = DisclosureGenerator(seed: 1)
            let budget = generator.makeDisclosure(index: index)
            texts.append(
                (DisclosureGenerator.fileName(for: budget, index: index), PublishedTextRenderer.render(budget))
            )
            let final = DisclosureGenerator.finalAccount(seed: 1, index: index)
            texts.append(
                (
                    DisclosureGenerator.finalAccountFileName(for: budget, index: index),
                    PublishedTextRenderer.render(final)
                )
            )
        }
        return texts
    }

    @Test func samplesAndGeneratedDocumentsHaveTheWholeImportsDescriptor() throws {
        var inputs = try BundledSamples.files()
        inputs += Self.generatedTexts(count: 40)
        #expect(inputs.contains { $0.text.contains("决算") })
        for (name, text) in inputs {
            let (survey, whole) = Self.bothReadings(Data(text.utf8), name: name)
            #expect(!whole.hasPrefix("error"), "\(name): \(whole)")
            #expect(survey == whole, "\(name)")
        }
    }

    /// Apart from its narrative's facts, the document the survey reads is the whole import's.
    @Test func theSurveyLeavesOutOnlyTheNarrativesFacts() throws {
        var inputs = try BundledSamples.files()
        inputs += Self.generatedTexts(count: 6)
        for (name, text) in inputs {
            let data = Data(text.utf8)
            var whole = try DocumentImporter.importDocument(data: data, fileName: name)
            let surveyed = try DocumentImporter.importDocument(data: data, fileName: name, extractingFacts: false)
            #expect(whole.narrative.facts != NarrativeFacts(), "\(name): the whole import has facts")
            #expect(surveyed.narrative.facts == NarrativeFacts())
            whole.narrative.facts = NarrativeFacts()
            #expect(surveyed == whole, "\(name)")
        }
    }

    /// A text the importer refuses is refused by the survey with the same error (file, line, what was expected).
    @Test func brokenTextsGiveTheWholeImportsError() throws {
        let texts = Self.generatedTexts(count: 2)
        let budget = texts[0].text
        let final = texts[1].text
        let lines = budget.split(separator: "\n", omittingEmptySubsequences: false)
        let firstTable = try #require(lines.firstIndex { $0.hasPrefix("表一") })
        let secondTable = try #require(lines.firstIndex { $0.hasPrefix("表二") })
        let broken: [(String, String)] = [
            ("empty.txt", ""),
            ("blank.txt", " \n\n"),
            ("narrative-only.txt", lines[..<firstTable].joined(separator: "\n")),
            ("cut.txt", lines[..<(secondTable + 3)].joined(separator: "\n")),
            (
                "twice.txt",
                (lines + lines[firstTable..<secondTable]).joined(separator: "\n")
            ),
            ("half-final.txt", String(final.prefix(final.count / 2))),
            ("no-title.txt", lines.dropFirst(3).joined(separator: "\n")),
        ]
        var refused = 0
        for (name, text) in broken {
            let (survey, whole) = Self.bothReadings(Data(text.utf8), name: name)
            #expect(survey == whole, "\(name)")
            if whole.hasPrefix("error") { refused += 1 }
        }
        // Empty, blank, without tables, cut short, a table twice, half a 决算 at least.
        #expect(refused >= 6)
        var notUTF8 = Data(budget.utf8)
        notUTF8.insert(0xFF, at: 10)
        let (survey, whole) = Self.bothReadings(notUTF8, name: "bytes.txt")
        #expect(whole.hasPrefix("error"))
        #expect(survey == whole)
    }

    @Test(.enabled(if: PDFFixtures.hasPoppler, Comment(rawValue: PDFFixtures.skipMessage)))
    func everyCorpusPDFHasTheWholeImportsDescriptor() throws {
        let names = try PDFFixtures.corpusFiles()
        #expect(names.count >= 40)
        for name in names {
            let (survey, whole) = Self.bothReadings(try PDFFixtures.data(name), name: name)
            #expect(survey == whole, "\(name)")
        }
    }
}
