/// Runs `body` with something that must be closed (a store), and closes it afterwards whatever happens. When `body`
/// fails, its error is the one thrown; a close failing after it is ignored.
func closing<Resource: Sendable, Result>(
    _ resource: Resource,
    close: (Resource) async throws -> Void,
    _ body: (Resource) async throws -> Result
) async throws -> Result {
    do {
        let result = try await body(resource)
        try await close(resource)
        return result
    } catch {
        try? await close(resource)
        throw error
    }
}
