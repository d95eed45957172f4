import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a new password without it ever appearing on the command line: from a terminal prompt with echo off
/// (typed twice), or as the first line of standard input.
enum AdminPasswordInput {
    static func read(fromStandardInput: Bool) throws -> String {
        if fromStandardInput {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw ValidationError("--password-stdin: standard input is empty; pipe the password in")
            }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("standard input is not a terminal: use --password-stdin to pipe the password in")
        }
        let first = try prompt("新密码（不回显）: ")
        let second = try prompt("再次输入新密码: ")
        guard first == second else { throw ValidationError("the two passwords differ; nothing was changed") }
        return first
    }

    /// Prints `text` on standard error and reads a line from the terminal with echo off.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw ValidationError("cannot read the terminal settings; use --password-stdin")
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw ValidationError("no password was typed")
        }
        return line
    }
}
