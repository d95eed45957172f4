import Foundation
import Synchronization
import Testing

@testable import yusuan

/// The texts of a large PDF batch are kept on disk between the passes, but never at the cost of the disk: a text is
/// kept only while the file system keeps the spool's reserve free after it; once one is refused, none is kept any
/// more (the second pass converts those PDFs again), and what was kept stays readable.
@Suite("PDF text spool")
struct PDFTextSpoolTests {
    @Test func textsAreKeptOnlyWhileTheReserveStaysFree() throws {
        let free = Mutex<UInt64?>(10_000)
        let spool = PDFTextSpool(reserve: 4_000) { _ in free.withLock { $0 } }
        defer { spool.remove() }
        let kept = String(repeating: "收入", count: 500)  // 3,000 bytes: 10,000 - 3,000 leaves the reserve
        spool.store(kept, for: "a.pdf")
        #expect(spool.text(for: "a.pdf") == kept)

        free.withLock { $0 = 6_000 }  // 6,000 - 3,000 would leave less than 4,000
        spool.store(kept, for: "b.pdf")
        #expect(spool.text(for: "b.pdf") == nil)

        // Refused once, never again: space freed by others is not counted on.
        free.withLock { $0 = 1_000_000 }
        spool.store(kept, for: "c.pdf")
        #expect(spool.text(for: "c.pdf") == nil)
        #expect(spool.text(for: "a.pdf") == kept)
    }

    @Test func anUnknownFreeSpaceKeepsTheTexts() {
        let spool = PDFTextSpool(reserve: 1 << 40) { _ in nil }
        defer { spool.remove() }
        spool.store("文本", for: "a.pdf")
        #expect(spool.text(for: "a.pdf") == "文本")
    }

    @Test func theFreeSpaceIsTheFileSystems() throws {
        let free = try #require(PDFTextSpool.freeBytes(at: NSTemporaryDirectory()))
        let attributes = try FileManager.default.attributesOfFileSystem(forPath: NSTemporaryDirectory())
        let total = try #require((attributes[.systemSize] as? NSNumber)?.uint64Value)
        #expect(free > 0 && free <= total)
        #expect(PDFTextSpool.freeBytes(at: "/nonexistent-\(UUID().uuidString)") == nil)
    }
}
