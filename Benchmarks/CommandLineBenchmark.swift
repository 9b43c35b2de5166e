// `Benchmarks --command-line [--tool PATH]`: the command line as users run it (issue 13).
// Runs the release `kompass-score` as a process: `score` of the Ale example against
// `--version` (medians of 20, interleaved), and `score --format json` of 1, 100 and 1,000
// files of the shared workload's h40 variant (medians of 5, interleaved), giving the cost
// of one more file as (t1000 − t100) / 900.
//
// The tool is the `kompass-score` beside this executable (build both in one build
// directory) unless `--tool` names one. Run from the package root (it reads Examples/);
// the shared workload is read from $KOMPASS_BENCH_WORKLOAD, default /work/shared/bench.

import Foundation

/// Runs `kompass-score` as a process and times it.
struct CommandLineBenchmark {
    /// The tool's path.
    let tool: String
    let workload = ProcessInfo.processInfo.environment["KOMPASS_BENCH_WORKLOAD"] ?? "/work/shared/bench"

    /// The tool named by `--tool`, else the one beside this executable.
    init(tool: String?) {
        let path =
            tool
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("kompass-score").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            fail(
                "no kompass-score at '\(path)': build it in the same build directory "
                    + "('swift build -c release --product kompass-score') or name it with '--tool PATH'")
        }
        self.tool = path
    }

    /// Wall and CPU time (user and system) of one run, in seconds.
    struct Run {
        var wall: Double
        var cpu: Double
    }

    /// One run with standard output and error discarded (posix_spawn and wait4: see
    /// SpawnedRun); a failing run stops the benchmark.
    func run(_ arguments: [String]) -> Run {
        guard let run = SpawnedRun.run(tool, arguments) else { fail("cannot run '\(tool)'") }
        guard run.status == 0 else {
            fail("'kompass-score \(arguments.prefix(6).joined(separator: " "))…' exited with \(run.status)")
        }
        return Run(wall: run.wall, cpu: run.cpu)
    }

    /// The bytes a run writes to standard output (not timed).
    func outputSize(_ arguments: [String]) -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { fail("cannot run '\(tool)': \(error)") }
        let size = pipe.fileHandleForReading.readDataToEndOfFile().count
        process.waitUntilExit()
        return size
    }

    /// The medians of wall and CPU time.
    static func median(_ runs: [Run]) -> Run {
        Run(wall: Stopwatch.median(runs.map(\.wall).sorted()), cpu: Stopwatch.median(runs.map(\.cpu).sorted()))
    }

    /// Runs every command `rounds` times, one of each per round, so that a change in the
    /// machine's load falls on all of them alike; the medians per command.
    func interleaved(_ commands: [[String]], rounds: Int) -> [Run] {
        var runs = Array(repeating: [Run](), count: commands.count)
        for _ in 0..<rounds {
            for (index, command) in commands.enumerated() { runs[index].append(run(command)) }
        }
        return runs.map(Self.median)
    }

    func report() -> String {
        let ale = "Examples/ale-2020/evidence.kompass"
        guard FileManager.default.fileExists(atPath: ale) else { fail("run from the package root: '\(ale)' is missing") }
        let folder = workload + "/s1/evidence-kompass/h40"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".kompass") }.sorted().prefix(1000)
        guard names.count == 1000 else { fail("'\(folder)' holds \(names.count) evidence files, not 1,000 (set KOMPASS_BENCH_WORKLOAD)") }
        let paths = names.map { folder + "/" + $0 }
        let loadAtStart = loadAverage()

        _ = run(["--version"])
        _ = run(["score", ale])  // warm the file cache
        let (version, score) = { () -> (Run, Run) in
            let medians = interleaved([["--version"], ["score", ale]], rounds: 20)
            return (medians[0], medians[1])
        }()

        let json = ["score", "--rules", workload + "/s1/kompass", "--format", "json"]
        let counts = [1, 100, 1000]
        let commands = counts.map { json + Array(paths.prefix($0)) }
        for command in commands { _ = run(command) }
        let timed = interleaved(commands, rounds: 5)
        let bytes = outputSize(commands[2])

        func ms(_ seconds: Double, _ digits: Int = 1) -> String { Format.fixed(seconds * 1e3, digits).leftPadded(9) }
        func ratio(_ a: Double, _ b: Double) -> String { Format.fixed(a / b, 2).leftPadded(8) + "×" }
        let perFile = Run(wall: (timed[2].wall - timed[1].wall) / 900, cpu: (timed[2].cpu - timed[1].cpu) / 900)
        return [
            "command line: \(tool)",
            "machine: \(machineNote()); load average at start \(loadAtStart), at end \(loadAverage())",
            "                                                       wall (median)   CPU of the process (median)",
            "  --version, 20 runs                                  \(ms(version.wall)) ms   \(ms(version.cpu)) ms",
            "  score \(ale), 20 runs (interleaved) \(ms(score.wall)) ms   \(ms(score.cpu)) ms",
            "    ratio to --version (target: within 3×)           \(ratio(score.wall, version.wall))    \(ratio(score.cpu, version.cpu))",
            "  score --format json, s1 h40, 5 runs each (interleaved):",
            "    1 file                                            \(ms(timed[0].wall)) ms   \(ms(timed[0].cpu)) ms",
            "    100 files                                         \(ms(timed[1].wall)) ms   \(ms(timed[1].cpu)) ms",
            "    1,000 files (\(Format.fixed(Double(bytes) / 1e6, 1)) MB of JSON)                    "
                + "\(ms(timed[2].wall)) ms   \(ms(timed[2].cpu)) ms",
            "    per additional file, (t1000 − t100) / 900         \(ms(perFile.wall, 3)) ms   \(ms(perFile.cpu, 3)) ms"
                + "   (target: at most 0.5 ms wall)",
        ].joined(separator: "\n")
    }
}

/// `Benchmarks --command-line`: the report of ``CommandLineBenchmark``.
func runCommandLineBenchmark(tool: String?) -> String {
    CommandLineBenchmark(tool: tool).report()
}
