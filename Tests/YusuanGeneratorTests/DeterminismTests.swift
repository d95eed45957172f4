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

    @Test("Layout variants all occur")
    func layoutVariants() {
        let layouts = DisclosureGenerator.generate(count: 60, seed: 3).map(\.layout)
        #expect(Set(layouts.map(\.groupsThousands)) == [true, false])
        #expect(Set(layouts.map(\.captionsHaveColon)) == [true, false])
        #expect(Set(layouts.map(\.totalLabelInCodeColumn)) == [true, false])
    }
}
