import Dispatch
import Foundation
import HummingbirdBcrypt
import YusuanStorage

/// bcrypt hashing of passwords, off the concurrency pool (a hash at cost 12 takes about a quarter of a second).
public struct PasswordHasher: Sendable {
    /// bcrypt's work factor (log2 of the rounds): 12 in production; tests use 4, the minimum.
    public var cost: UInt8

    /// Creates a hasher.
    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost must be between 4 and 31")
        self.cost = cost
    }

    /// The shortest password accepted, in characters.
    public static let minimumLength = 10
    /// bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut.
    public static let maximumBytes = 72

    /// Checks a new password against the rules.
    /// - Throws: ``AccountError`` `invalidArgument` with the rule in Chinese.
    public static func checkStrength(_ password: String) throws {
        guard password.count >= minimumLength else {
            throw AccountError(.invalidArgument, "密码至少需要 \(minimumLength) 个字符")
        }
        guard password.utf8.count <= maximumBytes else {
            throw AccountError(.invalidArgument, "密码最长 \(maximumBytes) 字节（UTF-8）")
        }
        guard !password.contains(where: { $0.isNewline || $0 == "\0" }) else {
            throw AccountError(.invalidArgument, "密码不能包含换行或空字符")
        }
    }

    /// A new bcrypt hash of the password (`$2b$…`, with a random salt).
    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offPool { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether the password matches the hash.
    public func verify(_ password: String, hash: String) async -> Bool {
        await Self.offPool { Bcrypt.verify(password, hash: hash) }
    }

    private static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
