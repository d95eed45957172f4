import Crypto
import Foundation

/// SHA-256 as lowercase hexadecimal, used to recognise a re-imported document with identical content (and by
/// YusuanAccounts to store session tokens hashed, by the server for entity tags). The digest is swift-crypto's
/// (BoringSSL on Linux, with the CPU's SHA instructions where it has them).
public enum SHA256 {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The digest as 64 lowercase hexadecimal digits.
    public static func hexDigest(of data: Data) -> String {
        let digest = Crypto.SHA256.hash(data: data)
        return String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = digits[Int(byte >> 4)]
                buffer[index + 1] = digits[Int(byte & 0x0f)]
                index += 2
            }
            return index
        }
    }
}
