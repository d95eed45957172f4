import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command run as a child process and measured from outside, as a user runs it: wall-clock time, CPU time and the
/// child's peak resident memory (the kernel's own accounting, `wait4`'s `ru_maxrss`).
struct MeasuredCommand {
    /// What one run measured.
    struct Measurement {
        var status: Int32
        var seconds: Double
        var userSeconds: Double
        var systemSeconds: Double
        /// The child's peak resident set, in MB (10^6 bytes).
        var peakMegabytes: Double

        var cpuSeconds: Double { userSeconds + systemSeconds }
    }

    /// The executable (this `yusuan` by default).
    var executable: String
    var arguments: [String]
    /// Where the child's standard output and error go (`/dev/null` by default).
    var log: String = "/dev/null"

    /// The path of the running executable.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Starts the command, waits for it and returns what it measured.
    /// - Parameter started: called with the child's process id once it runs (to stop it from a signal handler).
    /// - Throws: ``LaunchError`` when the command cannot be started.
    func run(started: (pid_t) -> Void = { _ in }) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pointers: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        // SIGINT and SIGTERM as by default in the child, whatever this process does with them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, &pointers, environ)
        guard spawned == 0 else { throw LaunchError(command: executable, code: spawned) }
        started(pid)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw LaunchError(command: executable, code: errno) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func time(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
        let exited = status & 0x7F == 0
        return Measurement(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            seconds: seconds,
            userSeconds: time(usage.ru_utime),
            systemSeconds: time(usage.ru_stime),
            peakMegabytes: Double(usage.ru_maxrss) * 1024 / 1e6
        )
    }

    /// A command that could not be started.
    struct LaunchError: Error, CustomStringConvertible {
        var command: String
        var code: Int32
        var description: String { "cannot start \(command): \(String(cString: strerror(code)))" }
    }
}
