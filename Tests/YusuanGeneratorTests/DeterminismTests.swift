import Testing
import YusuanCore
import YusuanGenerator
import YusuanRender

@Suite("Generator determinism")
struct DeterminismTests {
    func texts(seed: UInt64, count: Int) -> [String] {
        DisclosureGenerator.generate(count: count, seed: seed).map(PublishedTextRenderer.render)
    }

    @Test("The same seed gives byte-identical text")
    func sameSeedSameText() {
        #expect(texts(seed: 42, count: 5) == texts(seed: 42, count: 5))
    }

    @Test("Different seeds give different documents")
    func differentSeedsDiffer() {
        #expect(texts(seed: 42, count: 3) != texts(seed: 43, count: 3))
    }

    @Test("Document n does not depend on the documents generated before it")
    func documentsAreIndependentOfOrder() {
        var generator = DisclosureGenerator(seed: 9)
        let third = generator.makeDisclosure(index: 3)
        #expect(third == DisclosureGenerator.generate(count: 3, seed: 9)[2])
    }

    @Test("The PRNG is SplitMix64")
    func splitMixReferenceValues() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect(rng.next() == 6_457_827_717_110_365_317)
        #expect(rng.next() == 3_203_168_211_198_807_973)
    }

    @Test("File names are numbered, coded and dated")
    func fileNames() {
        let document = DisclosureGenerator.generate(count: 1, seed: 5)[0]
        let code = document.identity.departmentCode ?? ""
        #expect(DisclosureGenerator.fileName(for: document, index: 7) == "0007-\(code)-\(document.identity.year).txt")
        #expect(code.count == 3)
    }

    /// `generate --count N` of any size (it refused more than 9999): the index padded to the digits of N, so that the
    /// names of a batch of 10,000 or 100,000 sort in index order; an index longer than the digits is written whole.
    @Test("File names past 9999 keep their order")
    func fileNamesPastFourDigits() {
        let document = DisclosureGenerator.generate(count: 1, seed: 5)[0]
        let suffix = "-\(document.identity.departmentCode ?? "")-\(document.identity.year).txt"
        #expect(DisclosureGenerator.fileName(for: document, index: 10_000, digits: 5) == "10000" + suffix)
        #expect(DisclosureGenerator.fileName(for: document, index: 7, digits: 6) == "000007" + suffix)
        #expect(DisclosureGenerator.fileName(for: document, index: 123_456, digits: 4) == "123456" + suffix)
        let names = [1, 9, 10, 99, 9_999, 10_000, 99_999, 100_000].map {
            DisclosureGenerator.fileName(for: document, index: $0, digits: String(100_000).count)
        }
        #expect(names == names.sorted())
        // A document far into a batch depends on its index alone, not on what was generated before (the workers of
        // `generate` make documents in any order).
        var generator = DisclosureGenerator(seed: 5)
        let far = generator.makeDisclosure(index: 100_000)
        var other = DisclosureGenerator(seed: 5)
        _ = other.makeDisclosure(index: 3)
        #expect(other.makeDisclosure(index: 100_000) == far)
        #expect(far.identity.year >= 2020 && far.identity.year <= 2026)
    }

    @Test("Layout variants all occur")
    func layoutVariants() {
        let layouts = DisclosureGenerator.generate(count: 60, seed: 3).map(\.layout)
        #expect(Set(layouts.map(\.groupsThousands)) == [true, false])
        #expect(Set(layouts.map(\.captionsHaveColon)) == [true, false])
        #expect(Set(layouts.map(\.totalLabelInCodeColumn)) == [true, false])
    }
}
