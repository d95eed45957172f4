extension ScalarClass {
    /// ``isPlain(_:)-(StringProtocol)`` of a `String`, read from its UTF-8 bytes with ``plainLength(_:at:)``: the
    /// same answer (`ScalarClassTests` checks the byte classifier against the scalar one on every scalar), without
    /// decoding the scalars.
    public static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let length = plainLength(bytes, at: index)
                guard length > 0 else { return false }
                index += length
            }
            return true
        }
    }
}
