import Hummingbird
import Logging
import NIOCore

/// The request context of the portal: Hummingbird's core storage plus what the portal's routes and middleware
/// need to know about a request.
///
/// The editor half of the portal (``EditorRoutes``) may add fields here (for example the signed-in editor).
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address (`127.0.0.1`), when the transport knows it; used for rate limits and logs.
    public var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Request bodies larger than this are refused with 413 when decoded (uploads set their own limit).
    public var maxUploadSize: Int { 16 * 1024 * 1024 }
}
