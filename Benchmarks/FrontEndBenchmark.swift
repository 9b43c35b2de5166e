// `Benchmarks --front-end`: the front end's throughput and the command line's cost per file
// (issue 13). In process: MB/s of instrument text (lex + parse + check) and of evidence text
// (parse + check + bind), from bytes already in memory. As processes of the release
// `kompass-score` next to this executable: `score` of Ale against `--version`, and
// `score --format json` of 100 and 1,000 files of the shared workload.
//
// Run from the package root (it reads Rules/ and Examples/); the shared workload is read
// from $KOMPASS_BENCH_WORKLOAD, default /work/shared/bench (see its README).

import Engine
import Foundation
import Rules

/// What the front-end benchmark reads and runs.
struct FrontEndBenchmark {
    let registry = BuiltinKinds.registry
    let workload = ProcessInfo.processInfo.environment["KOMPASS_BENCH_WORKLOAD"] ?? "/work/shared/bench"
    let plan = TimingPlan(samples: 7, sampleTime: .milliseconds(250), budget: .seconds(8), minimumSamples: 3)

    /// An instrument folder read into memory once.
    struct InstrumentFiles {
        var files: [(name: String, bytes: [UInt8])]
        var sha256: String
        var bytes: Int { files.reduce(0) { $0 + $1.bytes.count } }
    }

    func readInstrument(_ directory: String) -> InstrumentFiles {
        do {
            let loaded = try InstrumentManifest.load(directory: directory)
            return InstrumentFiles(files: loaded.files, sha256: loaded.sha256)
        } catch {
            fail("cannot read the instrument '\(directory)': \(error)")
        }
    }

    /// Lex, parse and check an instrument's files, as `Workspace.loadInstrument` does after reading them.
    func check(_ instrument: InstrumentFiles) -> Instrument? {
        let kindWords = registry.clauseWords
        let syntax = instrument.files.map { file in
            Parser.parse(SourceText(path: file.name, bytes: file.bytes), kindWords: kindWords).file
        }
        return InstrumentChecker.check(syntax, registry: registry, sha256: instrument.sha256).instrument
    }

    /// Parse, check and bind one evidence file, as `score` does before it evaluates.
    func bind(_ path: String, _ bytes: [UInt8], _ compiled: CompiledInstrument, _ kindWords: [String: [String]]) -> Int {
        let syntax = Parser.parse(SourceText(path: path, bytes: bytes), kindWords: kindWords).file
        guard let evidence = EvidenceChecker.check(syntax, sha256: "", instrument: compiled.instrument).evidence else {
            fail("'\(path)' does not check")
        }
        return compiled.bind(EvaluationInput(evidence: evidence, instrument: compiled.instrument)).input.values.count
    }

    /// An instrument row as the tool loads it: ``Workspace/checkInstrument(files:sha256:directory:)``,
    /// which decodes and parses the files on every core, then checks them. Wall time
    /// only (the work is on several threads).
    func toolInstrumentRow(_ label: String, _ directory: String) -> String {
        let files = readInstrument(directory)
        let registry = registry
        let timing = Stopwatch.measure(plan, repeating: {
            var workspace = Workspace(registry: registry)
            return UInt64(workspace.checkInstrument(files: files.files, sha256: files.sha256, directory: directory)?.rules.count ?? 0)
        })
        return "  \(label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(pad(files.files.count, 5)) "
            + "\(pad(files.bytes, 9)) \(pad(Format.fixed(timing.median / 1e6, 2), 9)) "
            + "\(pad(Format.fixed(Double(files.bytes) / timing.median * 1e3, 1), 9))         -"
    }

    func evidenceFiles(_ folder: String, limit: Int = .max) -> [(path: String, bytes: [UInt8])] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".kompass") }.sorted().prefix(limit)
        if names.isEmpty { fail("no evidence files in '\(folder)' (set KOMPASS_BENCH_WORKLOAD)") }
        return names.map { name in
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read '\(path)'") }
            return (path, [UInt8](data))
        }
    }

    /// MB/s by the median wall time, and by the median CPU time of the thread (a loaded
    /// machine slows the first; the second is nearer what the code costs).
    static func megabytesPerSecond(_ bytes: Int, _ timing: Timing) -> String {
        Format.fixed(Double(bytes) / timing.median * 1e3, 1) + " " + Format.fixed(Double(bytes) / timing.cpuMedian * 1e3, 1).leftPadded(8)
    }

    func instrumentRow(_ label: String, _ directory: String) -> String {
        let files = readInstrument(directory)
        guard let instrument = check(files) else { fail("the instrument '\(directory)' does not check") }
        let timing = Stopwatch.measure(plan, repeating: { UInt64(check(files)?.rules.count ?? 0) })
        let hashing = Stopwatch.measure(plan, repeating: { UInt64(InstrumentManifest.sha256(files: files.files).utf8.first ?? 0) })
        return "  \(label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(pad(files.files.count, 5)) "
            + "\(pad(files.bytes, 9)) \(pad(Format.fixed(timing.median / 1e6, 2), 9)) \(pad(Self.megabytesPerSecond(files.bytes, timing), 16))"
            + "   \(instrument.rules.count) rules; SHA-256 of the files and manifest \(Format.fixed(hashing.cpuMedian / 1e6, 2)) ms CPU"
    }

    /// An evidence row: every file parsed, checked and bound, one after another, or with
    /// `everyCore`, on every core in order, as `score A B C …` loads them
    /// (OrderedParallelMap; wall time only, the CPU column is then "-").
    func evidenceRow(_ label: String, instrumentDirectory: String, evidenceFolder: String, everyCore: Bool = false) -> String {
        let files = evidenceFiles(evidenceFolder)
        guard let instrument = check(readInstrument(instrumentDirectory)) else { fail("'\(instrumentDirectory)' does not check") }
        let compiled = CompiledInstrument(instrument)
        let kindWords = registry.clauseWords
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        let timing = Stopwatch.measure(plan) { n in
            var acc: UInt64 = 0
            for _ in 0..<n {
                if everyCore {
                    let counts = OrderedParallelMap.map(count: files.count) { index in
                        bind(files[index].path, files[index].bytes, compiled, kindWords)
                    }
                    for count in counts { acc &+= UInt64(count) }
                } else {
                    for file in files { acc &+= UInt64(bind(file.path, file.bytes, compiled, kindWords)) }
                }
            }
            return acc
        }
        let rate =
            everyCore
            ? pad(Format.fixed(Double(bytes) / timing.median * 1e3, 1), 9) + "         -"
            : pad(Self.megabytesPerSecond(bytes, timing), 16)
        return "  \(label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(pad(files.count, 5)) "
            + "\(pad(bytes, 9)) \(pad(Format.fixed(timing.median / 1e6, 2), 9)) \(rate)"
            + "   \(Format.fixed(timing.median / 1e3 / Double(files.count), 1)) µs per file"
    }

    func pad(_ value: Any, _ width: Int) -> String {
        let text = "\(value)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    // MARK: Processes

    /// The release `kompass-score` built beside this executable.
    var executable: String {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kompass-score").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            fail("no kompass-score beside the benchmark at '\(path)': build both with 'swift build -c release'")
        }
        return path
    }

    /// One run's wall time and the CPU time (user and system) of the process, in
    /// seconds (posix_spawn and wait4: see SpawnedRun); a run that fails stops the benchmark.
    func run(_ arguments: [String]) -> (wall: Double, cpu: Double) {
        guard let run = SpawnedRun.run(executable, arguments) else { fail("cannot run kompass-score at '\(executable)'") }
        if run.status != 0 {
            fail("'kompass-score \(arguments.prefix(6).joined(separator: " "))…' exited with \(run.status)")
        }
        return (run.wall, run.cpu)
    }

    /// The medians of wall and CPU time of `runs` runs.
    func median(_ runs: Int, _ arguments: [String]) -> (wall: Double, cpu: Double) {
        let times = (0..<runs).map { _ in run(arguments) }
        return (Stopwatch.median(times.map(\.wall).sorted()), Stopwatch.median(times.map(\.cpu).sorted()))
    }

    func processRows() -> [String] {
        let ale = "Examples/ale-2020/evidence.kompass"
        guard FileManager.default.fileExists(atPath: ale) else { fail("run from the package root: '\(ale)' is missing") }
        _ = run(["score", ale])  // warm the file cache
        var version: [(wall: Double, cpu: Double)] = []
        var score: [(wall: Double, cpu: Double)] = []
        for _ in 0..<20 {
            version.append(run(["--version"]))
            score.append(run(["score", ale]))
        }
        func medians(_ runs: [(wall: Double, cpu: Double)]) -> (wall: Double, cpu: Double) {
            (Stopwatch.median(runs.map(\.wall).sorted()), Stopwatch.median(runs.map(\.cpu).sorted()))
        }
        let trivial = medians(version)
        let ale20 = medians(score)
        let folder = workload + "/s1/evidence-kompass/h40"
        let paths = evidenceFiles(folder, limit: 1000).map(\.path)
        guard paths.count == 1000 else { fail("'\(folder)' holds \(paths.count) evidence files, not 1,000") }
        let json = ["score", "--rules", workload + "/s1/kompass", "--format", "json"]
        _ = run(json + paths)
        let t100 = median(5, json + Array(paths.prefix(100)))
        let t1000 = median(5, json + paths)
        func ms(_ seconds: Double, _ digits: Int = 1) -> String { Format.fixed(seconds * 1e3, digits) }
        return [
            "                                                  wall (median)   CPU of the process (median)",
            "  kompass-score --version, 20 runs               \(ms(trivial.wall).leftPadded(8)) ms   \(ms(trivial.cpu).leftPadded(8)) ms",
            "  kompass-score score \(ale), 20 runs",
            "                                                 \(ms(ale20.wall).leftPadded(8)) ms   \(ms(ale20.cpu).leftPadded(8)) ms",
            "    ratio to --version (target: within 3×)       \(Format.fixed(ale20.wall / trivial.wall, 2).leftPadded(8))×    "
                + "\(Format.fixed(ale20.cpu / trivial.cpu, 2).leftPadded(8))×",
            "  score --format json, s1 h40, 100 files, 5 runs \(ms(t100.wall, 0).leftPadded(8)) ms   \(ms(t100.cpu, 0).leftPadded(8)) ms",
            "  the same, 1,000 files, 5 runs                  \(ms(t1000.wall, 0).leftPadded(8)) ms   \(ms(t1000.cpu, 0).leftPadded(8)) ms",
            "    per additional file, (t1000 − t100) / 900    \(ms((t1000.wall - t100.wall) / 900, 3).leftPadded(8)) ms   "
                + "\(ms((t1000.cpu - t100.cpu) / 900, 3).leftPadded(8)) ms   (target: at most 0.5 ms)",
        ]
    }

    func report() -> String {
        let heading = "  \("".padding(toLength: 38, withPad: " ", startingAt: 0)) files     bytes        ms  MB/s wall  MB/s CPU"
        var lines = [
            "machine: \(machineNote()); load average at start \(loadAverage())",
            "front end, in process (median of up to \(plan.samples) samples of >= \(plan.sampleTime) each):",
        ]
        lines.append("instrument text: lex + parse + check")
        lines.append(heading)
        lines.append(instrumentRow("shipped (Rules/kommunkompassen-2019)", "Rules/kommunkompassen-2019"))
        lines.append(instrumentRow("s1 (1×)", workload + "/s1/kompass"))
        lines.append(instrumentRow("s10 (10×)", workload + "/s10/kompass"))
        lines.append(toolInstrumentRow("s10 (10×), as the tool loads it", workload + "/s10/kompass"))
        lines.append("    (the tool decodes and parses an instrument's files on every core, then checks them: wall time only)")
        lines.append("evidence text: parse + check + bind")
        lines.append(heading)
        lines.append(
            evidenceRow("s1 h40 (1×)", instrumentDirectory: workload + "/s1/kompass", evidenceFolder: workload + "/s1/evidence-kompass/h40"))
        lines.append(
            evidenceRow("s10 h40 (10×)", instrumentDirectory: workload + "/s10/kompass", evidenceFolder: workload + "/s10/evidence-kompass/h40"))
        lines.append(
            evidenceRow(
                "s10 h40 (10×), files on every core", instrumentDirectory: workload + "/s10/kompass",
                evidenceFolder: workload + "/s10/evidence-kompass/h40", everyCore: true))
        lines.append("    (as `score A B C …` loads evidence files: on every core, in order; wall time only)")
        lines.append("")
        lines.append("processes (\(executable); load average \(loadAverage())):")
        lines += processRows()
        return lines.joined(separator: "\n")
    }
}

/// The `--front-end` mode: prints the figures and nothing else.
func runFrontEndBenchmark() -> String {
    FrontEndBenchmark().report()
}

extension String {
    /// The text right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
