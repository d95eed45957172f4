import Logging
import YusuanCore
import YusuanStorage

/// What every route handler shares: the store of disclosures, the logger, caches of rendered output and the
/// configuration. Built once per process by ``PortalApplication/make(configuration:logger:)`` (or by a test),
/// then passed to the route builders.
public struct ServerServices: Sendable {
    /// Where the disclosures are read from.
    public var store: any DisclosureStore
    public var logger: Logger
    /// Decoded documents of immutable revisions, by content hash.
    public var documents: RevisionCache<Disclosure>
    /// Rendered outputs of immutable revisions, keyed by content hash and format.
    public var rendered: RevisionCache<TaggedBody>
    /// The revision lists of disclosures, reused for a second (see ``RevisionListCache``).
    public var revisionLists: RevisionListCache
    /// The Chromium used to print PDFs, when one is available (otherwise the PDF download is not offered).
    public var chromiumPath: String?
    /// Runs the Chromium prints of PDF downloads off the request threads, a few at a time.
    public var pdfPrints: PDFPrintQueue
    /// Whether the store holds the bundled demo data (the pages say so).
    public var isDemo: Bool
    /// The regions whose documents are generated, not published (the demo's ``DemoData/generatedRegion``): every
    /// page of their documents is marked 生成样例.
    public var generatedRegions: Set<String> = []

    /// The editor half: accounts, sessions, drafts, the audit log and the login throttle (see ``EditorServices``).
    /// `nil` when no account store is configured: the editor pages then say so and nothing can be published.
    public var editor: EditorServices? = nil

    /// Creates the services.
    public init(
        store: any DisclosureStore,
        logger: Logger = Logger(label: "yusuan.server"),
        chromiumPath: String? = nil,
        isDemo: Bool = false
    ) {
        self.store = store
        self.logger = logger
        self.documents = RevisionCache(limit: 256)
        self.rendered = RevisionCache(limit: 1024)
        self.revisionLists = RevisionListCache()
        self.pdfPrints = PDFPrintQueue()
        self.chromiumPath = chromiumPath
        self.isDemo = isDemo
    }
}
