import Engine
import Foundation
import Rules

/// The compiled evaluator's figures for one size: compile and bind time, evaluation
/// without trace (rule values, subareas, areas, total, bounds into reused buffers) and
/// with the full trace (the same `Score` the plain evaluator gives), their ratios to the
/// floor, and allocations per evaluation.
func compiledFigures(
    instrument: Instrument, input: EvaluationInput, plan: TimingPlan, floor: Timing, scale: Int,
    evidence: Evidence? = nil
) -> String {
    let compileTiming = Stopwatch.measure(plan, repeating: { UInt64(CompiledInstrument(instrument).pluginRuleCount) })
    let compiled = CompiledInstrument(instrument)
    let bound = compiled.bind(input)
    var scratch = compiled.makeScratch()
    func evaluate() -> UInt64 {
        do { try compiled.evaluate(bound, into: &scratch) } catch { fail("compiled evaluation overflowed: \(error)") }
        return UInt64(bitPattern: scratch.buffers.total.numerator) &+ UInt64(bitPattern: scratch.buffers.total.denominator)
    }
    func traced() -> UInt64 {
        do {
            let score = try compiled.score(bound, scratch: &scratch)
            return UInt64(bitPattern: score.total.numerator) &+ UInt64(score.rules.count)
        } catch { fail("compiled evaluation overflowed: \(error)") }
    }
    let bindTiming = Stopwatch.measure(plan, repeating: { UInt64(compiled.bind(input).input.values.count) })
    let plain = (try? Evaluator(instrument: instrument).score(input).total) ?? .zero
    blackHole(evaluate())
    if scratch.buffers.total != plain { fail("compiled total \(scratch.buffers.total) differs from plain \(plain)") }
    let noTrace = Stopwatch.measure(plan, repeating: { evaluate() })
    let withTrace = Stopwatch.measure(plan, repeating: { traced() })
    var allocations = "not counted"
    if AllocationCounter.isActive {
        let batch = scale >= 100 ? 3 : 20
        let (d, calls, _) = AllocationCounter.measure { () -> UInt64 in
            var acc: UInt64 = 0
            for _ in 0..<batch { acc &+= evaluate() }
            return acc
        }
        blackHole(d)
        let (t, traceCalls, _) = AllocationCounter.measure { () -> UInt64 in
            var acc: UInt64 = 0
            for _ in 0..<batch { acc &+= traced() }
            return acc
        }
        blackHole(t)
        allocations = "\(Format.sig(Double(calls) / Double(batch))) without trace, \(Format.sig(Double(traceCalls) / Double(batch))) with trace"
    }
    // Explaining every subarea: score the evidence, then one Explainer explains each
    // subarea (headroom re-scores only the subarea a change touches).
    var explainCell = "–"
    if let evidence {
        func explainAll() -> UInt64 {
            do {
                let scored = try ScoredEvidence(compiled: compiled, evidence: evidence)
                let explainer = Explainer(scored: scored)
                var acc: UInt64 = 0
                for s in instrument.subareas.indices {
                    let e = try explainer.explain(.subarea(s))
                    acc &+= UInt64(e.subareas[0].rules.count &+ e.subareas[0].headroom.count)
                }
                return acc
            } catch { fail("explanation overflowed: \(error)") }
        }
        let t = Stopwatch.measure(plan, repeating: { explainAll() })
        explainCell = "\(Format.sig(t.median / Double(instrument.rules.count))) | \(Format.sig(t.median / 1e6))"
    }
    let rules = Double(instrument.rules.count)
    return "| \(scale)× | \(instrument.rules.count) | \(compiled.pluginRuleCount) | \(Format.sig(compileTiming.median / 1e6)) | "
        + "\(Format.sig(bindTiming.median / 1e3)) | \(Format.sig(noTrace.median / rules)) | "
        + "\(Format.fixed(noTrace.median / floor.median, 1))× (\(Format.fixed(noTrace.cpuMedian / floor.cpuMedian, 1))×) | "
        + "\(Format.sig(withTrace.median / rules)) | "
        + "\(Format.fixed(withTrace.median / floor.median, 1))× (\(Format.fixed(withTrace.cpuMedian / floor.cpuMedian, 1))×) | "
        + "\(allocations) | \(explainCell) |"
}

/// A full explanation of the Ale example (every area of Examples/ale-2020 against
/// Rules/kommunkompassen-2019, from the package root): scoring plus explaining, in ms.
func aleExplanationFigure(plan: TimingPlan) -> String {
    var workspace = Workspace(registry: BuiltinKinds.registry)
    guard let instrument = try? workspace.loadInstrument(directory: "Rules/kommunkompassen-2019"),
        let evidence = try? workspace.loadEvidence(path: "Examples/ale-2020/evidence.kompass", instrument: instrument)
    else { return "Ale: not measured (run from the package root)" }
    let compiled = CompiledInstrument(instrument)
    let t = Stopwatch.measure(plan) { n in
        var acc: UInt64 = 0
        for _ in 0..<n {
            do {
                let scored = try ScoredEvidence(compiled: compiled, evidence: evidence)
                let explainer = Explainer(scored: scored)
                for a in instrument.areas.indices { acc &+= UInt64(try explainer.explain(.area(a)).subareas.count) }
            } catch { fail("Ale explanation overflowed: \(error)") }
        }
        return acc
    }
    return "Ale: a full explanation (score + explain every area, \(instrument.rules.count) rules) takes "
        + "\(Format.sig(t.median / 1e6)) ms (median)"
}

/// The heading of the compiled evaluator's table.
let compiledTableHeading = """
    Compiled evaluator (CompiledInstrument): 'no trace' = evaluate(bound, into: scratch); 'trace' = score(bound, scratch:) → Score
    | size | rules | via protocol | compile ms | bind µs | no trace ns/rule | × floor wall (CPU) | trace ns/rule | × floor wall (CPU) | allocations per evaluation | explain every subarea ns/rule | explain every subarea ms |
    |---|---|---|---|---|---|---|---|---|---|---|---|
    """

/// The fixed-point evaluator's figures for one size (issue 13, items 1 and 2): bind
/// (`FixedPointProgram.bind(_:into:)` from the input, reused facts), evaluation without
/// trace (`evaluate`: subareas, areas, total and bounds) and with the flat trace
/// (`evaluateWithTrace`: every rule's value, bounds, cap cuts and points recorded in the
/// same pass), ratios to the floor, building the `Score` from the trace on demand, and
/// allocations per evaluation. The run fails unless the traced evaluation's `Score`
/// equals the plain evaluator's.
func fixedPointFigures(instrument: Instrument, input: EvaluationInput, plan: TimingPlan, floor: FloorData, scale: Int)
    -> String
{
    let compiled = CompiledInstrument(instrument)
    guard let program = compiled.fixedPoint else {
        return "| \(scale)× | \(instrument.rules.count) | not lowered (a plugin kind or a constant beyond micro-units) | – | – | – | – | – | – | – |"
    }
    var facts = program.makeFacts()
    program.bind(input, into: &facts)
    var scratch = program.makeScratch()
    var input = input
    var note = ""
    if !program.evaluateWithTrace(facts, into: &scratch) {
        // A `scale` rule's share such as 7/30 is not a whole number of micro-units, and the
        // tool scores such an evaluation with the Rational path. To time the fixed-point
        // evaluator on the same instrument, each fact `scale` rules read is set to an end of
        // their ranges at which every one of them has share 0 or 1 (its first rule's `to`
        // when that suits all, else the largest end), which the row says. A fact read by
        // two `scale` rules with different ranges cannot simply take one rule's `to`: the
        // other's share, such as 5/14, would stay unrepresentable.
        var ranges: [Int: [(from: Rational, to: Rational)]] = [:]
        var order: [Int] = []
        for rule in instrument.rules {
            guard case .linear(let read, let from, let to, _)? = rule.kind.lower(), input.values[read.fact] != nil else {
                continue
            }
            if ranges[read.fact] == nil { order.append(read.fact) }
            ranges[read.fact, default: []].append((from, to))
        }
        for fact in order {
            let reading = ranges[fact] ?? []
            // A share is 0 or 1 outside the open interval between a range's ends.
            let whole = { (x: Rational) in reading.allSatisfy { x <= min($0.from, $0.to) || x >= max($0.from, $0.to) } }
            let largest = reading.map { max($0.from, $0.to) }.max() ?? .zero
            let value = reading.first.map(\.to).flatMap { whole($0) ? $0 : nil } ?? largest
            input.values[fact] = .number(value)
        }
        program.bind(input, into: &facts)
        guard program.evaluateWithTrace(facts, into: &scratch) else {
            return "| \(scale)× | \(instrument.rules.count) | not representable on this input (Rational path) | – | – | – | – | – | – | – |"
        }
        note = " (\(order.count) `scale` facts set to a range end)"
    }
    let plain: Score
    do { plain = try Evaluator(instrument: instrument).score(input) } catch { fail("plain evaluation overflowed: \(error)") }
    guard let built = compiled.score(fixedPoint: scratch, input: input) else { fail("no Score from the flat trace") }
    if built.total != plain.total || built.totalBounds != plain.totalBounds
        || zip(built.rules, plain.rules).contains(where: { $0.points != $1.points || $0.capCut != $1.capCut || $0.bounds != $1.bounds })
        || zip(built.subareas, plain.subareas).contains(where: { $0.points != $1.points || $0.bounds != $1.bounds })
    {
        fail("fixed-point score differs from plain at \(scale)×: total \(built.total) vs \(plain.total)")
    }
    func evaluate() -> UInt64 {
        if !program.evaluate(facts, into: &scratch) { fail("fixed-point evaluation became unrepresentable") }
        return UInt64(bitPattern: scratch.totalInFineUnits)
    }
    func traced() -> UInt64 {
        if !program.evaluateWithTrace(facts, into: &scratch) { fail("fixed-point evaluation became unrepresentable") }
        return UInt64(bitPattern: scratch.totalInFineUnits)
    }
    func bind() -> UInt64 {
        program.bind(input, into: &facts)
        return facts.isRepresentable ? 1 : 0
    }
    let bindTiming = Stopwatch.measure(plan, repeating: { bind() })
    let noTrace = Stopwatch.paired(
        plan,
        { n in
            var acc: UInt64 = 0
            for _ in 0..<n { acc &+= evaluate() }
            return acc
        }, floor: floor.run)
    let withTrace = Stopwatch.paired(
        plan,
        { n in
            var acc: UInt64 = 0
            for _ in 0..<n { acc &+= traced() }
            return acc
        }, floor: floor.run)
    blackHole(traced())
    let scoreTiming = Stopwatch.measure(
        plan, repeating: { UInt64(compiled.score(fixedPoint: scratch, input: input)?.rules.count ?? 0) })
    var allocations = "not counted"
    if AllocationCounter.isActive {
        let batch = scale >= 100 ? 10 : 100
        func count(_ body: () -> UInt64) -> String {
            blackHole(body())
            let (d, calls, _) = AllocationCounter.measure { () -> UInt64 in
                var acc: UInt64 = 0
                for _ in 0..<batch { acc &+= body() }
                return acc
            }
            blackHole(d)
            return Format.sig(Double(calls) / Double(batch))
        }
        allocations = "\(count(evaluate)) / \(count(traced)) / \(count(bind))"
    }
    let rules = Double(instrument.rules.count)
    return "| \(scale)×\(note) | \(instrument.rules.count) | \(Format.sig(bindTiming.median / 1e3)) | "
        + "\(Format.sig(noTrace.operation.median / rules)) | \(ratioCell(noTrace)) | "
        + "\(Format.sig(withTrace.operation.median / rules)) | \(ratioCell(withTrace)) | "
        + "\(Format.sig(noTrace.floor.median / rules)) | \(Format.sig(scoreTiming.median / 1e3)) | \(allocations) |"
}

/// A paired ratio to the floor: the median over pairs, wall (CPU), and the range of the pairs.
private func ratioCell(_ t: PairedTiming) -> String {
    "\(Format.fixed(t.ratio, 1))× (\(Format.fixed(t.cpuRatio, 1))×; pairs \(Format.fixed(t.ratioLow, 1))–\(Format.fixed(t.ratioHigh, 1))×)"
}

/// The heading of the fixed-point evaluator's table.
let fixedPointTableHeading = """
    Fixed-point evaluator (CompiledInstrument.fixedPoint, Int64 micro-units; the tool falls back to the Rational path when an evaluation is not representable): 'no trace' = evaluate(facts, into: scratch); 'flat trace' = evaluateWithTrace (every rule's value, bounds, cap cuts, points in the same pass); 'Score from trace' = compiled.score(fixedPoint:input:), built on demand
    Ratios to the floor are paired: a batch of the floor and a batch of the evaluator back to back, the ratio taken within each pair, the median over the pairs (and their range)
    | size | rules | bind µs | no trace ns/rule | × floor wall (CPU; pairs) | flat trace ns/rule | × floor wall (CPU; pairs) | floor ns/rule | Score from trace µs | allocations per evaluation: no trace / flat trace / bind |
    |---|---|---|---|---|---|---|---|---|---|
    """
