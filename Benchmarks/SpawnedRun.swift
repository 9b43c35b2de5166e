// One run of a process for the benchmark's process rows, by posix_spawn and wait4: the
// wall time from spawn to exit and the CPU time the kernel charged that child alone.
// Foundation's `Process` added about 30 ms of its own to every run (a thread, pipes and
// run-loop wake-ups), which hid most of the difference between `--version` and `score`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one spawned run cost.
struct SpawnedRun {
    /// Seconds from spawn to the child's exit.
    var wall: Double
    /// User and system seconds of the child (from wait4's rusage).
    var cpu: Double
    /// The exit status, or 128 + the signal.
    var status: Int32

    /// Runs `executable` with `arguments`, standard output and error to /dev/null, in
    /// this process's environment; nil when it cannot be spawned.
    static func run(_ executable: String, _ arguments: [String]) -> SpawnedRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        var pointers = argv + [nil]
        let spawned = pointers.withUnsafeMutableBufferPointer { pointers -> Int32 in
            guard let base = pointers.baseAddress else { return EINVAL }
            return posix_spawn(&pid, executable, &actions, nil, base, environ)
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = clock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (the macros are not imported).
        let exited = status & 0x7f == 0
        return SpawnedRun(wall: wall, cpu: cpu, status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
    }
}
