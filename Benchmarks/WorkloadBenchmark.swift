// The shared peer workload (issue 13, /work/shared/bench): the instrument and evidence
// files other rule engines were measured on, checked file by file against the golden
// outputs of an independent reference scorer before anything is timed.

import Engine
import Foundation
import Rules

/// One golden line: a file's hits with their points, every subarea's and area's points
/// and the total, as exact rationals.
struct GoldenScore {
    var hits: [String: Rational]
    var subareas: [String: Rational]
    var areas: [String: Rational]
    var total: Rational

    init?(_ json: JSONValue) {
        func number(_ value: JSONValue?) -> Rational? { value?.numberText.flatMap { Rational(decimalText: $0) } }
        func table(_ value: JSONValue?) -> [String: Rational]? {
            guard case .object(let members)? = value else { return nil }
            var result: [String: Rational] = [:]
            for member in members {
                guard let n = number(member.value) else { return nil }
                result[member.key] = n
            }
            return result
        }
        guard case .array(let pairs)? = json["hits"], let subareas = table(json["subareas"]),
            let areas = table(json["areas"]), let total = number(json["total"])
        else { return nil }
        var hits: [String: Rational] = [:]
        for pair in pairs {
            guard case .array(let items) = pair, items.count == 2, let id = items[0].stringValue, let p = number(items[1])
            else { return nil }
            hits[id] = p
        }
        self.hits = hits
        self.subareas = subareas
        self.areas = areas
        self.total = total
    }

    /// The differences between this and the buffers of an evaluation, described (empty when equal).
    func differences(_ b: ScoreBuffers, _ instrument: Instrument) -> [String] {
        var found: [String] = []
        var hitsSeen: [String: Rational] = [:]
        for (r, rule) in instrument.rules.enumerated() where b.rulePoints[r] != .zero {
            hitsSeen[rule.id] = b.rulePoints[r]
        }
        if hitsSeen != hits {
            let ids = Set(hitsSeen.keys).union(hits.keys).sorted().filter { hitsSeen[$0] != hits[$0] }
            found.append("hits differ at \(ids.prefix(5).joined(separator: ", "))")
        }
        for (s, subarea) in instrument.subareas.enumerated() where subareas[subarea.id] != b.subareaPoints[s] {
            found.append("subarea \(subarea.id): \(b.subareaPoints[s]) vs golden \(subareas[subarea.id].map(\.description) ?? "none")")
        }
        if subareas.count != instrument.subareas.count { found.append("golden has \(subareas.count) subareas") }
        for (a, area) in instrument.areas.enumerated() where areas[area.id] != b.areaPoints[a] {
            found.append("area \(area.id): \(b.areaPoints[a]) vs golden \(areas[area.id].map(\.description) ?? "none")")
        }
        if areas.count != instrument.areas.count { found.append("golden has \(areas.count) areas") }
        if total != b.total { found.append("total \(b.total) vs golden \(total)") }
        return found
    }
}

/// Runs the workload of `folder` (such as /work/shared/bench/s1): for each variant, loads
/// every evidence file, checks its score against the golden file (any mismatch fails the
/// run), then times bind+evaluate over the checked evidence and the whole front end
/// (read, parse, check, bind, evaluate) per file. One line per variant.
func runWorkloadBenchmark(folder: String, quick: Bool) -> String {
    var workspace = Workspace(registry: BuiltinKinds.registry)
    let loaded: Instrument?
    do { loaded = try workspace.loadInstrument(directory: folder + "/kompass") } catch {
        fail("workload: cannot read \(folder)/kompass: \(error)")
    }
    guard let instrument = loaded else {
        fail("workload: the instrument does not load:\n" + workspace.renderedDiagnostics(colour: false))
    }
    let compiled = CompiledInstrument(instrument)
    let program = compiled.fixedPoint
    // bind + evaluate as timed: the fixed-point program bound straight from the checked
    // evidence (reused facts and buffers), falling back to the Rational path when an
    // evaluation is not representable.
    var facts = program?.makeFacts()
    var fixed = program?.makeScratch()
    var fallback = compiled.makeScratch()
    func bindAndEvaluate(_ file: Evidence) -> UInt64 {
        if let program, var bound = facts.take(), var buffers = fixed.take() {
            defer { (facts, fixed) = (bound, buffers) }
            program.bind(file, into: &bound)
            if program.evaluate(bound, into: &buffers) { return UInt64(bitPattern: buffers.totalInFineUnits) }
        }
        do {
            try compiled.evaluate(compiled.bind(EvaluationInput(evidence: file, instrument: instrument)), into: &fallback)
        } catch { fail("workload: \(error)") }
        return UInt64(bitPattern: fallback.buffers.total.numerator)
    }
    let evidenceRoot = folder + "/evidence-kompass"
    guard let variants = try? FileManager.default.contentsOfDirectory(atPath: evidenceRoot).sorted(), !variants.isEmpty else {
        fail("workload: no variants in \(evidenceRoot)")
    }
    var lines = [
        "Shared peer workload \(folder): \(instrument.rules.count) rules, \(instrument.subareas.count) subareas, "
            + "\(compiled.pluginRuleCount) via protocol; every file checked against golden/<variant>.jsonl first"
    ]
    let clock = ContinuousClock()
    for variant in variants {
        let directory = evidenceRoot + "/" + variant
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".kompass") }.sorted()
        let paths = names.map { directory + "/" + $0 }
        guard !paths.isEmpty else { fail("workload: no evidence files in \(directory)") }

        // Golden outputs, by municipality.
        let goldenPath = "\(folder)/golden/\(variant).jsonl"
        guard let goldenText = try? String(contentsOfFile: goldenPath, encoding: .utf8) else {
            fail("workload: cannot read \(goldenPath)")
        }
        var golden: [String: GoldenScore] = [:]
        for (n, line) in goldenText.split(separator: "\n").enumerated() {
            guard let json = try? JSONParser.parse(String(line)), let municipality = json["municipality"]?.stringValue,
                let score = GoldenScore(json)
            else { fail("workload: \(goldenPath):\(n + 1): not a golden score line") }
            golden[municipality] = score
        }

        // Load and check every file.
        var evidence: [Evidence] = []
        evidence.reserveCapacity(paths.count)
        for path in paths {
            var single = Workspace(registry: BuiltinKinds.registry)
            let one: Evidence?
            do { one = try single.loadEvidence(path: path, instrument: instrument) } catch { fail("workload: \(error)") }
            guard let one else { fail("workload: \(path) does not load:\n" + single.renderedDiagnostics(colour: false)) }
            evidence.append(one)
        }
        var scratch = compiled.makeScratch()
        var mismatches: [String] = []
        // The fixed-point evaluator (what is timed below) is checked too: its flat trace
        // must give the Rational evaluator's buffers exactly, which the golden file checks.
        var fixedFacts = program?.makeFacts()
        var fixedScratch = program?.makeScratch()
        var fixedPointFiles = 0
        for (path, file) in zip(paths, evidence) {
            let input = EvaluationInput(evidence: file, instrument: instrument)
            do {
                try compiled.evaluate(compiled.bind(input), into: &scratch)
            } catch { fail("workload: \(path): \(error)") }
            guard let expected = golden[file.municipality] else {
                mismatches.append("\(path): no golden line for \(file.municipality)")
                continue
            }
            let differences = expected.differences(scratch.buffers, instrument)
            if !differences.isEmpty { mismatches.append("\(path): " + differences.prefix(3).joined(separator: "; ")) }
            if let program, var facts = fixedFacts, var fixed = fixedScratch {
                program.bind(file, into: &facts)
                if program.evaluateWithTrace(facts, into: &fixed) {
                    fixedPointFiles += 1
                    guard let score = compiled.score(fixedPoint: fixed, input: input) else { fail("workload: no trace") }
                    let b = scratch.buffers
                    if score.total != b.total || score.rules.indices.contains(where: { score.rules[$0].points != b.rulePoints[$0] })
                        || score.subareas.indices.contains(where: { score.subareas[$0].points != b.subareaPoints[$0] })
                        || score.areas.indices.contains(where: { score.areas[$0].points != b.areaPoints[$0] })
                    {
                        mismatches.append("\(path): the fixed-point score differs from the Rational one")
                    }
                }
                (fixedFacts, fixedScratch) = (facts, fixed)
            }
        }
        if golden.count != evidence.count { mismatches.append("\(golden.count) golden lines for \(evidence.count) files") }
        if !mismatches.isEmpty {
            fail(
                "workload \(variant): \(mismatches.count) mismatches against \(goldenPath):\n"
                    + mismatches.prefix(10).joined(separator: "\n"))
        }

        // bind + evaluate over the checked evidence: median of several passes.
        let passes = quick ? 3 : 9
        var passTimes: [Double] = []
        for _ in 0..<passes {
            let t0 = clock.now
            var acc: UInt64 = 0
            for file in evidence { acc &+= bindAndEvaluate(file) }
            blackHole(acc)
            passTimes.append((clock.now - t0).nanoseconds)
        }
        let evaluation = Stopwatch.median(passTimes.sorted()) / Double(evidence.count)

        // Where the time goes: binding alone, and evaluating already bound facts alone
        // (each the median of the passes, like the line's main figure).
        var bindOnly = 0.0
        var evaluateOnly = 0.0
        if let program, var bound = facts.take(), var buffers = fixed.take() {
            var acc: UInt64 = 0
            var bindTimes: [Double] = []
            var evaluateTimes: [Double] = []
            for _ in 0..<passes {
                let t0 = clock.now
                for file in evidence {
                    program.bind(file, into: &bound)
                    acc &+= bound.isRepresentable ? 1 : 0
                }
                bindTimes.append((clock.now - t0).nanoseconds)
                let t1 = clock.now
                for _ in evidence { acc &+= program.evaluate(bound, into: &buffers) ? 1 : 0 }
                evaluateTimes.append((clock.now - t1).nanoseconds)
            }
            bindOnly = Stopwatch.median(bindTimes.sorted()) / Double(evidence.count)
            evaluateOnly = Stopwatch.median(evaluateTimes.sorted()) / Double(evidence.count)
            blackHole(acc)
            (facts, fixed) = (bound, buffers)
        }

        // The same with the compiled Rational evaluator alone, for comparison.
        var rationalTimes: [Double] = []
        for _ in 0..<passes {
            let t0 = clock.now
            var acc: UInt64 = 0
            for file in evidence {
                do {
                    try compiled.evaluate(compiled.bind(EvaluationInput(evidence: file, instrument: instrument)), into: &scratch)
                } catch { fail("workload: \(error)") }
                acc &+= UInt64(bitPattern: scratch.buffers.total.numerator)
            }
            blackHole(acc)
            rationalTimes.append((clock.now - t0).nanoseconds)
        }
        let rational = Stopwatch.median(rationalTimes.sorted()) / Double(evidence.count)

        // read + parse + check + bind + evaluate, per file.
        var frontTimes: [Double] = []
        for _ in 0..<(quick ? 1 : 3) {
            let t0 = clock.now
            var acc: UInt64 = 0
            for path in paths {
                var single = Workspace(registry: BuiltinKinds.registry)
                guard let file = try? single.loadEvidence(path: path, instrument: instrument) else {
                    fail("workload: \(path) no longer loads")
                }
                acc &+= bindAndEvaluate(file)
            }
            blackHole(acc)
            frontTimes.append((clock.now - t0).nanoseconds)
        }
        let front = Stopwatch.median(frontTimes.sorted()) / Double(paths.count)
        lines.append(
            "workload \(variant): \(Format.grouped(Int((1e9 / evaluation).rounded()))) evaluations/s (bind+evaluate), "
                + "\(Format.grouped(Int((1e9 / front).rounded()))) files/s (read+check+bind+evaluate); "
                + "\(evidence.count) files, 0 mismatches; fixed-point for \(fixedPointFiles) of \(evidence.count) files "
                + "(the rest by the Rational fallback): bind \(Format.sig(bindOnly)) ns + evaluate \(Format.sig(evaluateOnly)) ns "
                + "per file; the compiled Rational evaluator alone: "
                + "\(Format.grouped(Int((1e9 / rational).rounded()))) evaluations/s")
    }
    return lines.joined(separator: "\n")
}
