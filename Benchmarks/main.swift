// kompass-score benchmark: generates instruments shaped like Kommunkompassen at 1x, 10x
// and 100x, and measures loading, evaluation without and with trace, allocations, and
// the ratio to a fixed floor. See BENCHMARKS.md.
//
//   swift run -c release Benchmarks [--quick] [--sizes 1,10,100] [--no-explain] [--dump DIR] [--plan-search] [--front-end] [--lsp] [--workload DIR] [--command-line [--tool PATH]]

import Engine
import Foundation
import Reports
import Rules
import Workloads

struct Options {
    var quick = false
    var sizes = [1, 10, 100]
    var explain = true
    var dump: String?
    /// Also run the plan-search benchmark of PlanSearchBenchmark.swift (opt-in).
    var planSearch = false
    /// Only the front-end benchmark of FrontEndBenchmark.swift (issue 13).
    var frontEnd = false
    /// Only the language server benchmark of LanguageServerBenchmark.swift (issue 14).
    var lsp = false
    /// Only the shared peer workload of WorkloadBenchmark.swift, from this folder (issue 13).
    var workload: String?
    /// Only the command line as processes, of CommandLineBenchmark.swift (issue 13).
    var commandLine = false
    /// The kompass-score the command-line benchmark runs (default: the one beside this executable).
    var tool: String?

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--quick": quick = true
            case "--no-explain": explain = false
            case "--plan-search": planSearch = true
            case "--front-end": frontEnd = true
            case "--lsp": lsp = true
            case "--command-line": commandLine = true
            case "--tool" where i + 1 < arguments.count:
                i += 1
                tool = arguments[i]
            case "--workload" where i + 1 < arguments.count:
                i += 1
                workload = arguments[i]
            case "--sizes" where i + 1 < arguments.count:
                i += 1
                sizes = arguments[i].split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "--dump" where i + 1 < arguments.count:
                i += 1
                dump = arguments[i]
            case "-h", "--help":
                print("usage: Benchmarks [--quick] [--sizes 1,10,100] [--no-explain] [--dump DIR] [--plan-search] [--front-end] [--lsp] [--workload DIR] [--command-line [--tool PATH]]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown argument '\(arguments[i])' (try --help)\n".utf8))
                exit(64)
            }
            i += 1
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func machineNote() -> String {
    var cpu = "unknown CPU"
    if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
        let colon = line.firstIndex(of: ":")
    {
        cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores online"
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
        .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
}

/// text → SourceText → Parser.parse, for every file of the instrument.
func parseFiles(_ files: [(path: String, text: String)], kindWords: [String: [String]]) -> ([SourceFileSyntax], DiagnosticBag) {
    var bag = DiagnosticBag()
    var parsed: [SourceFileSyntax] = []
    parsed.reserveCapacity(files.count)
    for file in files {
        let source = SourceText(path: file.path, text: file.text)
        let (syntax, diagnostics) = Parser.parse(source, kindWords: kindWords)
        bag.append(contentsOf: diagnostics)
        parsed.append(syntax)
    }
    return (parsed, bag)
}

func render(_ bag: DiagnosticBag, _ files: [(path: String, text: String)]) -> String {
    let sources = files.map { SourceText(path: $0.path, text: $0.text) }
    return DiagnosticRenderer(sources: sources).render(all: Array(bag.sorted.prefix(20)))
}

let options = Options(CommandLine.arguments)
if options.frontEnd {
    print(runFrontEndBenchmark())
    exit(0)
}
if let folder = options.workload {
    print(runWorkloadBenchmark(folder: folder, quick: options.quick))
    exit(0)
}
if options.commandLine {
    print(runCommandLineBenchmark(tool: options.tool))
    exit(0)
}
if options.lsp {
    print(runLanguageServerBenchmark(quick: options.quick))
    exit(0)
}
let plan = options.quick ? TimingPlan.quick : TimingPlan.full
AllocationCounter.install()

#if DEBUG
    print("WARNING: debug build; use -c release for meaningful figures.\n")
#endif
let started = Date()
let loadAtStart = loadAverage()
print("kompass-score benchmark — \(ISO8601DateFormatter().string(from: started))")
print("machine: \(machineNote()); load average at start \(loadAtStart)")
print(
    "mode: \(options.quick ? "quick" : "full") (\(plan.samples) samples of >= \(plan.sampleTime) each, median reported); "
        + "allocation counting: "
        + (AllocationCounter.isActive
            ? "on (\(AllocationCounter.patchedSlots) GOT slots of libswiftCore.so)"
            : "off — \(AllocationCounter.problem ?? "?")"))
print(
    "engine: the plain evaluator (every rule through the RuleKind protocol), then the compiled evaluator in its own table. Plain: 'no trace' = Evaluator.score; 'trace:JSON' = ScoredEvidence "
        + "(input from evidence + score) + ScoreJSON.object; 'trace:explain' = trace:JSON's scoring + Explainer.explain(.subarea(i)) "
        + "for every subarea (the explainer re-scores only the subarea a candidate improvement touches).")
print("")

let registry = BuiltinKinds.registry
let kindWords = registry.clauseWords
var results: [SizeResult] = []
var compiledRows: [String] = []
var fixedPointRows: [String] = []

for scale in options.sizes {
    let clock = ContinuousClock()
    let sizeStart = clock.now
    var generator = InstrumentGenerator(scale: scale)
    let generated = generator.generate()
    if let dump = options.dump {
        let folder = "\(dump)/\(scale)x"
        try? FileManager.default.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
        for file in generated.files {
            _ = FileManager.default.createFile(atPath: folder + "/rules/" + file.path, contents: Data(file.text.utf8))
        }
        _ = FileManager.default.createFile(atPath: folder + "/evidence.kompass", contents: Data(generated.evidence.utf8))
    }

    // Loading: parse, then check (the engine's "compile" step: there is no lowering).
    // Each is run until `loadBudget` is spent (at least once, at most `loadRuns` times).
    let loadBudget = options.quick ? 1.5e9 : 6e9
    let loadRuns = options.quick ? 3 : 11
    func timeLoad<T>(_ body: () -> T, _ digest: (T) -> UInt64) -> (Timing, T) {
        var wall: [Double] = []
        var cpu: [Double] = []
        var last: T?
        let start = clock.now
        repeat {
            let c0 = threadCPUTime()
            let t0 = clock.now
            let value = body()
            wall.append((clock.now - t0).nanoseconds)
            cpu.append(threadCPUTime() - c0)
            blackHole(digest(value))
            last = value
        } while wall.count < loadRuns && (clock.now - start).nanoseconds + wall.last! <= loadBudget
        return (Stopwatch.from(wall, cpu: cpu), last!)
    }
    let (parseTiming, (files, parseDiagnostics)) = timeLoad({ parseFiles(generated.files, kindWords: kindWords) }) {
        UInt64($0.0.count)
    }
    if parseDiagnostics.hasErrors { fail("generated instrument does not parse:\n" + render(parseDiagnostics, generated.files)) }
    let (checkTiming, (checkedInstrument, checkDiagnostics)) = timeLoad({
        InstrumentChecker.check(files, registry: registry, sha256: "bench")
    }) { UInt64($0.0?.rules.count ?? 0) }
    guard let instrument = checkedInstrument else {
        fail("generated instrument does not check:\n" + render(checkDiagnostics, generated.files))
    }
    let evidenceSource = SourceText(path: "evidence.kompass", text: generated.evidence)
    let (evidenceSyntax, evidenceParse) = Parser.parse(evidenceSource, kindWords: kindWords)
    let (checkedEvidence, evidenceCheck) = EvidenceChecker.check(evidenceSyntax, sha256: "bench", instrument: instrument)
    guard let evidence = checkedEvidence, !evidenceParse.hasErrors else {
        var bag = evidenceParse
        bag.append(contentsOf: evidenceCheck)
        fail("generated evidence does not load:\n" + render(bag, [("evidence.kompass", generated.evidence)]))
    }
    guard instrument.rules.count == generated.ruleCount, instrument.facts.count == generated.factCount else {
        fail("instrument has \(instrument.rules.count) rules and \(instrument.facts.count) facts; generator made \(generated.ruleCount) and \(generated.factCount)")
    }

    let evidenceTiming = Stopwatch.once(runs: options.quick ? 2 : 5) {
        let source = SourceText(path: "evidence.kompass", text: generated.evidence)
        let syntax = Parser.parse(source, kindWords: kindWords).file
        return UInt64(EvidenceChecker.check(syntax, sha256: "bench", instrument: instrument).evidence?.findings.count ?? 0)
    }

    // Evaluation.
    let input = EvaluationInput(evidence: evidence, instrument: instrument)
    let evaluator = Evaluator(instrument: instrument)
    let aggregation = Aggregation(instrument: instrument)
    func digest(_ score: Score) -> UInt64 {
        UInt64(bitPattern: score.total.numerator) ^ UInt64(bitPattern: score.total.denominator) &* 31
            &+ UInt64(score.rules.count)
    }
    func score() -> Score {
        do { return try evaluator.score(input) } catch { fail("evaluation overflowed: \(error)") }
    }
    func outcomes() -> [RuleOutcome] {
        do { return try evaluator.outcomes(input) } catch { fail("evaluation overflowed: \(error)") }
    }
    let fixedOutcomes = outcomes()
    func aggregate() -> Score {
        do { return try aggregation.score(fixedOutcomes, input: input) } catch { fail("aggregation overflowed: \(error)") }
    }
    func scored() -> ScoredEvidence {
        do { return try ScoredEvidence(instrument: instrument, evidence: evidence) } catch { fail("scoring overflowed: \(error)") }
    }
    func traceJSON() -> UInt64 {
        let s = scored()
        guard case .object(let members) = ScoreJSON.object(s) else { return 0 }
        return UInt64(members.count) &+ digest(s.score)
    }
    func explainAll(limit: Int? = nil) -> UInt64 {
        let s = scored()
        let explainer = Explainer(scored: s)
        var acc = digest(s.score)
        for i in 0..<min(limit ?? Int.max, instrument.subareas.count) {
            do {
                let e = try explainer.explain(.subarea(i))
                acc &+= UInt64(e.subareas[0].rules.count &+ e.subareas[0].headroom.count)
            } catch { fail("explanation overflowed: \(error)") }
        }
        return acc
    }

    let baseline = score()
    let total = baseline.total.decimalString(maxFractionDigits: 2)
    let maximum = instrument.maximum.decimalString()

    let floorData = FloorData(instrument: instrument, input: input)
    let floorTiming = Stopwatch.measure(plan) { n in floorData.run(n) }
    let scoreTiming = Stopwatch.measure(plan) { n in
        var acc: UInt64 = 0
        for _ in 0..<n { let d = digest(score()); blackHole(d); acc &+= d }
        return acc
    }
    let outcomesTiming = Stopwatch.measure(plan) { n in
        var acc: UInt64 = 0
        for _ in 0..<n { let c = UInt64(outcomes().count); blackHole(c); acc &+= c }
        return acc
    }
    let aggregateTiming = Stopwatch.measure(plan) { n in
        var acc: UInt64 = 0
        for _ in 0..<n { let d = digest(aggregate()); blackHole(d); acc &+= d }
        return acc
    }
    let jsonTiming = Stopwatch.measure(plan) { n in
        var acc: UInt64 = 0
        for _ in 0..<n { let d = traceJSON(); blackHole(d); acc &+= d }
        return acc
    }

    // Estimate the explainer from a prefix of subareas first, and measure in full only
    // when affordable. The projection scales only the per-subarea part: scoring and
    // setting up the explainer (a pass with no subarea) are paid once per pass.
    var explainFigure = ExplainFigure.skipped("--no-explain")
    if options.explain {
        let sampled = min(35, instrument.subareas.count)
        let setup = Stopwatch.once(runs: 1) { explainAll(limit: 0) }
        let prefix = Stopwatch.once(runs: 1) { explainAll(limit: sampled) }
        let factor = Double(instrument.subareas.count) / Double(sampled)
        func projected(_ whole: Double, _ once: Double) -> Double { once + Swift.max(0, whole - once) * factor }
        let projection = projected(prefix.median, setup.median)
        // Judged on CPU time: a loaded machine inflates wall time, and the projection with it.
        let cpuProjection = projected(prefix.cpuMedian, setup.cpuMedian)
        let affordable = options.quick ? 2e9 : 2.5e9
        if cpuProjection <= affordable {
            let t = Stopwatch.measure(plan) { n in
                var acc: UInt64 = 0
                for _ in 0..<n { let d = explainAll(); blackHole(d); acc &+= d }
                return acc
            }
            var allocations: AllocationFigure?
            if AllocationCounter.isActive {
                let (d, calls, bytes) = AllocationCounter.measure { explainAll() }
                blackHole(d)
                allocations = AllocationFigure(calls: Double(calls), bytes: Double(bytes))
            }
            explainFigure = .measured(t, allocations)
        } else if cpuProjection <= (options.quick ? 0 : 8e9) {
            // Affordable once: one full pass, timed and counted in the same run.
            let c0 = threadCPUTime()
            let t0 = clock.now
            let (d, calls, bytes) = AllocationCounter.measure { explainAll() }
            let wall = (clock.now - t0).nanoseconds
            let cpu = threadCPUTime() - c0
            blackHole(d)
            explainFigure = .measured(
                Stopwatch.from([wall], cpu: [cpu]),
                AllocationCounter.isActive ? AllocationFigure(calls: Double(calls), bytes: Double(bytes)) : nil)
        } else {
            var estimate = prefix
            estimate.median = projection
            estimate.cpuMedian = cpuProjection
            estimate.low = projected(prefix.low, setup.low)
            estimate.high = projected(prefix.high, setup.high)
            explainFigure = .estimated(estimate, sampled: sampled, total: instrument.subareas.count)
        }
    }

    // Allocations: a warm batch, counted.
    func allocations(_ batch: Int, _ body: () -> UInt64) -> AllocationFigure? {
        guard AllocationCounter.isActive else { return nil }
        blackHole(body())
        let (d, calls, bytes) = AllocationCounter.measure { () -> UInt64 in
            var acc: UInt64 = 0
            for _ in 0..<batch { acc &+= body() }
            return acc
        }
        blackHole(d)
        return AllocationFigure(calls: Double(calls) / Double(batch), bytes: Double(bytes) / Double(batch))
    }
    let batch = scale >= 100 ? 3 : 10
    let scoreAllocations = allocations(batch) { digest(score()) }
    let outcomesAllocations = allocations(batch) { UInt64(outcomes().count) }
    let aggregateAllocations = allocations(batch) { digest(aggregate()) }
    let jsonAllocations = allocations(batch) { traceJSON() }
    // For comparison: a pass over `rule.kind.factsRead` (an array built per rule and call), which
    // Aggregation makes once per instrument.
    let factsReadAllocations = allocations(batch) {
        var n = 0
        for rule in instrument.rules { n &+= rule.kind.factsRead.count }
        return UInt64(n)
    }

    compiledRows.append(
        compiledFigures(
            instrument: instrument, input: input, plan: plan, floor: floorTiming, scale: scale,
            evidence: options.explain ? evidence : nil))
    fixedPointRows.append(
        fixedPointFigures(instrument: instrument, input: input, plan: plan, floor: floorData, scale: scale))

    let result = SizeResult(
        scale: scale, generated: generated, instrumentBytes: generated.instrumentBytes,
        evidenceBytes: generated.evidence.utf8.count, parse: parseTiming, check: checkTiming,
        evidenceLoad: evidenceTiming, warnings: checkDiagnostics.warningCount, floor: floorTiming, score: scoreTiming,
        outcomes: outcomesTiming, aggregate: aggregateTiming, traceJSON: jsonTiming, explain: explainFigure,
        scoreAllocations: scoreAllocations, outcomesAllocations: outcomesAllocations,
        aggregateAllocations: aggregateAllocations, traceJSONAllocations: jsonAllocations,
        factsReadAllocations: factsReadAllocations, total: total,
        maximum: maximum, unassessedFacts: baseline.unassessed.count)
    results.append(result)
    let spent = (clock.now - sizeStart).nanoseconds / 1e9
    print(
        "\(scale)x: \(result.rules) rules, \(result.facts) facts — no trace \(Format.sig(result.perRule(scoreTiming.median))) ns/rule, "
            + "\(Report.ratios(result, scoreTiming)) floor; measured in \(Format.fixed(spent, 1)) s")
}

print("")
print(Report.render(results, quick: options.quick))
print("")
print(compiledTableHeading)
print(compiledRows.joined(separator: "\n"))
print("")
print(fixedPointTableHeading)
print(fixedPointRows.joined(separator: "\n"))
print(aleExplanationFigure(plan: plan))
if options.planSearch {
    print("")
    print(runPlanSearchBenchmark(quick: options.quick))
}
print("")
print(
    "finished in \(Format.fixed(Date().timeIntervalSince(started), 1)) s; load average at end \(loadAverage()); sink \(sink % 10)")
