import Foundation
import YusuanStorage

/// Random tokens for session cookies and CSRF fields, and their stored form.
public enum SecureToken {
    /// 256 random bits from the system's generator, as 43 characters of unpadded base64url.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            var word = generator.next() as UInt64
            for _ in 0..<8 {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of a token: its SHA-256 in hexadecimal.
    public static func hash(_ token: String) -> String { SHA256.hexDigest(of: Data(token.utf8)) }

    /// Compares two tokens in time that depends only on their lengths.
    public static func equal(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
