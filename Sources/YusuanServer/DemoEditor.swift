import Foundation
import YusuanAccounts

/// The editor account of `yusuan serve --demo`, so the upload → validate → publish workflow can be tried at once.
///
/// It exists only in the demo's in-memory account store (gone when the server stops), may publish for the demo
/// departments, and gets a random password printed once at start-up: nothing fixed that could be guessed.
public enum DemoEditor {
    public static let username = "demo-editor"

    /// The demo departments' codes in ``DemoData/region``.
    static let codes = ["202", "236"]

    /// Creates the account in `accounts` and returns its new password.
    public static func create(in accounts: AccountService) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let password = randomPassword(using: &generator)
        try await accounts.addAccount(
            username: username,
            displayName: "演示编辑",
            password: password,
            isAdmin: false
        )
        for code in codes {
            _ = try await accounts.store.grant(DepartmentRight(region: DemoData.region, code: code), to: username)
        }
        return password
    }

    /// Twenty characters from an alphabet without look-alikes (about 100 bits).
    static func randomPassword(using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var password = ""
        for index in 0..<20 {
            if index > 0 && index % 5 == 0 { password += "-" }
            password.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        }
        return password
    }
}
