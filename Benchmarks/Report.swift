// The printed report: tables, linearity, and the verdict against the issue's targets.

import Engine
import Foundation
import Workloads

/// Allocation figures per operation (nil when counting is unavailable).
struct AllocationFigure {
    var calls: Double
    var bytes: Double
}

/// An explanation measurement, or why it was not made.
enum ExplainFigure {
    case measured(Timing, AllocationFigure?)
    /// Too slow to repeat: explaining the first `sampled` of `total` subareas, once, with
    /// the part after scoring and setting up the explainer scaled by total/sampled.
    case estimated(Timing, sampled: Int, total: Int)
    case skipped(String)
}

/// Everything measured at one size.
struct SizeResult {
    var scale: Int
    var generated: GeneratedCase
    var instrumentBytes: Int
    var evidenceBytes: Int
    var parse: Timing
    var check: Timing
    var evidenceLoad: Timing
    var warnings: Int
    var floor: Timing
    var score: Timing
    var outcomes: Timing
    var aggregate: Timing
    var traceJSON: Timing
    var explain: ExplainFigure
    var scoreAllocations: AllocationFigure?
    var outcomesAllocations: AllocationFigure?
    var aggregateAllocations: AllocationFigure?
    var traceJSONAllocations: AllocationFigure?
    var factsReadAllocations: AllocationFigure?
    var total: String
    var maximum: String
    var unassessedFacts: Int

    var rules: Int { generated.ruleCount }
    var facts: Int { generated.factCount }
    func perRule(_ ns: Double) -> Double { ns / Double(rules) }
    /// Wall-time ratio to the floor (ContinuousClock medians).
    func ratio(_ t: Timing) -> Double { t.median / floor.median }
    /// CPU-time ratio to the floor.
    func cpuRatio(_ t: Timing) -> Double { t.cpuMedian / floor.cpuMedian }

    /// Allocations of one full explanation pass, when measured.
    // Not inlined: works around a Swift 6.3.1 optimiser crash (CopyPropagation) on this switch.
    @inline(never) var explainAllocations: AllocationFigure? {
        switch explain {
        case .measured(_, let a): return a
        default: return nil
        }
    }

    /// How the explanation was estimated, when it was.
    // Not inlined: works around a Swift 6.3.1 optimiser crash (CopyPropagation) on this switch.
    @inline(never) var explainEstimate: (sampled: Int, total: Int)? {
        switch explain {
        case .estimated(_, let sampled, let total): return (sampled, total)
        default: return nil
        }
    }

    /// The explanation timing, measured or estimated.
    // Not inlined: works around a Swift 6.3.1 optimiser crash (CopyPropagation) on this switch.
    @inline(never) var explainTiming: (timing: Timing, estimated: Bool)? {
        switch explain {
        case .measured(let t, _): return (t, false)
        case .estimated(let t, _, _): return (t, true)
        case .skipped: return nil
        }
    }
}

enum Format {
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// 3 significant figures, grouped thousands for large numbers.
    static func sig(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "-" }
        let magnitude = abs(value)
        if magnitude >= 1000 { return grouped(Int(value.rounded())) }
        if magnitude >= 100 { return fixed(value, 0) }
        if magnitude >= 10 { return fixed(value, 1) }
        if magnitude >= 1 { return fixed(value, 2) }
        return String(format: "%.3g", value)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    static func ms(_ ns: Double) -> String { sig(ns / 1e6) }
    static func perSecond(_ ns: Double) -> String { sig(1e9 / ns) }
    static func ratio(_ value: Double) -> String { sig(value) + "x" }
    static func bytes(_ value: Int) -> String {
        value >= 1 << 20 ? fixed(Double(value) / Double(1 << 20), 1) + " MiB" : fixed(Double(value) / 1024, 1) + " KiB"
    }
}

/// A plain-text table with right-aligned columns (left-aligned first column).
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func render(indent: String = "  ") -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            indent
                + cells.enumerated().map { i, cell in
                    let pad = String(repeating: " ", count: widths[i] - cell.count)
                    return i == 0 ? cell + pad : pad + cell
                }.joined(separator: "  ")
        }
        let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

enum Report {
    static func alloc(_ figure: AllocationFigure?) -> String {
        guard let figure else { return "n/a" }
        return Format.sig(figure.calls)
    }

    static func allocBytes(_ figure: AllocationFigure?) -> String {
        guard let figure else { return "n/a" }
        return Format.grouped(Int(figure.bytes.rounded()))
    }

    /// "883x (CPU 878x)"
    static func ratios(_ r: SizeResult, _ t: Timing, estimated: Bool = false) -> String {
        (estimated ? "~" : "") + Format.ratio(r.ratio(t)) + " (CPU " + Format.ratio(r.cpuRatio(t)) + ")"
    }

    /// The whole report as text.
    static func render(_ results: [SizeResult], quick: Bool) -> String {
        var out: [String] = []

        out.append("Instruments (generated, seeded SplitMix64; kinds and forms as drawn):")
        var shape = TextTable(header: [
            "size", "areas", "subareas", "weighted", "rules", "facts", "assessed", "ladder", "when", "each",
            "threshold", "scale", "judgement", "judged", "text (rules + evidence)",
        ])
        for r in results {
            let g = r.generated
            shape.rows.append([
                "\(r.scale)x", "\(g.areaCount)", "\(g.subareaCount)", "\(g.weightedSubareas)", "\(g.ruleCount)",
                "\(g.factCount)", "\(g.assessedFacts) (\(Format.fixed(100 * Double(g.assessedFacts) / Double(g.factCount), 0))%)",
                "\(g.kinds[.ladder] ?? 0)", "\(g.kinds[.when] ?? 0)", "\(g.kinds[.each] ?? 0)", "\(g.kinds[.threshold] ?? 0)",
                "\(g.kinds[.scale] ?? 0)", "\(g.kinds[.judgement] ?? 0)", "\(g.judged)",
                Format.bytes(r.instrumentBytes) + " + " + Format.bytes(r.evidenceBytes),
            ])
        }
        out.append(shape.render())
        if let first = results.first {
            let forms = first.generated.whenForms.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            out.append("  'when' forms at \(first.scale)x: " + forms.joined(separator: ", "))
            out.append(
                "  scores: "
                    + results.map { "\($0.scale)x total \($0.total) of \($0.maximum), \($0.unassessedFacts) facts unassessed" }
                    .joined(separator: "; "))
        }
        out.append("")

        out.append(
            "Main table (ContinuousClock medians; eval/s = evaluations of one evidence file per second; x floor = time / floor time "
                + "at the same size, wall (thread-CPU in brackets)):")
        var main = TextTable(header: [
            "size", "rules", "facts", "parse ms", "check ms", "eval/s no trace", "ns/rule", "x floor",
            "eval/s trace:JSON", "x floor", "eval/s trace:explain", "x floor",
        ])
        for r in results {
            var explainRate = "skipped"
            var explainRatio = "-"
            if let (t, estimated) = r.explainTiming {
                explainRate = (estimated ? "~" : "") + Format.perSecond(t.median) + (estimated ? " (est.)" : "")
                explainRatio = ratios(r, t, estimated: estimated)
            }
            main.rows.append([
                "\(r.scale)x", "\(r.rules)", "\(r.facts)", Format.ms(r.parse.median), Format.ms(r.check.median),
                Format.perSecond(r.score.median), Format.sig(r.perRule(r.score.median)), ratios(r, r.score),
                Format.perSecond(r.traceJSON.median), ratios(r, r.traceJSON), explainRate, explainRatio,
            ])
        }
        out.append(main.render())
        out.append("")
        out.append(contentsOf: details(results))
        return out.joined(separator: "\n")
    }

    static func details(_ results: [SizeResult]) -> [String] {
        var out: [String] = []
        out.append("Floor and breakdown (wall ns per evaluation; ns/rule in brackets):")
        var floor = TextTable(header: [
            "size", "floor", "floor ns/rule", "score", "outcomes only", "aggregate only", "trace:JSON", "trace:explain",
            "evidence load ms", "score samples",
        ])
        for r in results {
            var explain = "skipped"
            if let (t, estimated) = r.explainTiming {
                explain = (estimated ? "~" : "") + Format.sig(t.median) + " [" + Format.sig(r.perRule(t.median)) + "]"
                    + (estimated ? " est." : "")
            }
            func cell(_ t: Timing) -> String { Format.sig(t.median) + " [" + Format.sig(r.perRule(t.median)) + "]" }
            floor.rows.append([
                "\(r.scale)x", Format.sig(r.floor.median), Format.fixed(r.perRule(r.floor.median), 3), cell(r.score),
                cell(r.outcomes), cell(r.aggregate), cell(r.traceJSON), explain, Format.ms(r.evidenceLoad.median),
                "\(r.score.samples) x \(r.score.iterationsPerSample), range ±" + Format.fixed(50 * r.score.spread, 0) + "%",
            ])
        }
        out.append(floor.render())
        for r in results {
            if r.explainEstimate == nil, let (t, _) = r.explainTiming, t.samples == 1 {
                out.append("  \(r.scale)x trace:explain is a single full run (timed and allocation-counted once; too slow to repeat).")
            }
            if let (sampled, total) = r.explainEstimate {
                out.append(
                    "  \(r.scale)x trace:explain is an estimate: the first \(sampled) of \(total) subareas explained once, "
                        + "the part after scoring scaled by \(total)/\(sampled) (too slow to repeat).")
            }
        }
        out.append("")

        out.append("CPU-time cross-check (thread CPU time medians; wall/CPU > 1 means time spent descheduled on a loaded machine):")
        var cpuTable = TextTable(header: [
            "size", "floor ns/rule", "no trace ns/rule", "outcomes ns/rule", "aggregate ns/rule", "trace:JSON ns/rule",
            "trace:explain ns/rule", "parse ms", "check ms", "wall/CPU floor", "wall/CPU score",
        ])
        for r in results {
            var explain = "-"
            if let (t, estimated) = r.explainTiming { explain = (estimated ? "~" : "") + Format.sig(r.perRule(t.cpuMedian)) }
            cpuTable.rows.append([
                "\(r.scale)x", Format.fixed(r.perRule(r.floor.cpuMedian), 3), Format.sig(r.perRule(r.score.cpuMedian)),
                Format.sig(r.perRule(r.outcomes.cpuMedian)), Format.sig(r.perRule(r.aggregate.cpuMedian)),
                Format.sig(r.perRule(r.traceJSON.cpuMedian)), explain, Format.ms(r.parse.cpuMedian),
                Format.ms(r.check.cpuMedian), Format.fixed(r.floor.median / r.floor.cpuMedian, 2),
                Format.fixed(r.score.median / r.score.cpuMedian, 2),
            ])
        }
        out.append(cpuTable.render())
        out.append("")
        out.append(contentsOf: allocationsAndLinearity(results))
        return out
    }

    static func allocationsAndLinearity(_ results: [SizeResult]) -> [String] {
        var out: [String] = []
        let counting = AllocationCounter.isActive
        out.append(
            counting
                ? "Allocations per evaluation (counted exactly: calls to malloc/calloc/realloc/posix_memalign made by libswiftCore, "
                    + "i.e. every Swift heap allocation; bytes = bytes requested):"
                : "Allocations per evaluation: not counted (\(AllocationCounter.problem ?? "unknown")).")
        var allocs = TextTable(header: [
            "size", "score", "bytes", "per rule", "outcomes", "aggregate", "trace:JSON", "bytes", "trace:explain", "bytes",
        ])
        for r in results {
            let explainCalls = r.explainEstimate == nil ? alloc(r.explainAllocations) : "-"
            let explainBytes = r.explainEstimate == nil ? allocBytes(r.explainAllocations) : "-"
            allocs.rows.append([
                "\(r.scale)x", alloc(r.scoreAllocations), allocBytes(r.scoreAllocations),
                r.scoreAllocations.map { Format.fixed($0.calls / Double(r.rules), 2) } ?? "n/a",
                alloc(r.outcomesAllocations), alloc(r.aggregateAllocations), alloc(r.traceJSONAllocations),
                allocBytes(r.traceJSONAllocations), explainCalls, explainBytes,
            ])
        }
        out.append(allocs.render())
        if counting {
            out.append(
                "  for comparison, one pass over every rule's `kind.factsRead` (the property builds an array; "
                    + "Aggregation makes this pass once per instrument, not per evaluation): " + results.map { "\($0.scale)x " + alloc($0.factsReadAllocations) }.joined(separator: ", "))
        }
        out.append("")

        out.append("Linearity (ns per rule; constant means linear in the number of rules):")
        func line(_ name: String, _ values: [Double?]) -> String {
            let shown = zip(results, values).map { r, v in v.map { "\(r.scale)x " + Format.sig($0) } ?? "\(r.scale)x -" }
            var text = "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + shown.joined(separator: ", ")
            let present = values.compactMap { $0 }
            if present.count >= 2, let first = present.first, let last = present.last {
                text += "   (last/first " + Format.fixed(last / first, 2) + ")"
            }
            return text
        }
        out.append(line("floor (wall)", results.map { $0.perRule($0.floor.median) }))
        out.append(line("floor (CPU)", results.map { $0.perRule($0.floor.cpuMedian) }))
        out.append(line("no trace (wall)", results.map { $0.perRule($0.score.median) }))
        out.append(line("no trace (CPU)", results.map { $0.perRule($0.score.cpuMedian) }))
        out.append(line("trace:JSON (wall)", results.map { $0.perRule($0.traceJSON.median) }))
        out.append(line("trace:JSON (CPU)", results.map { $0.perRule($0.traceJSON.cpuMedian) }))
        out.append(line("trace:explain (CPU)", results.map { r in r.explainTiming.map { r.perRule($0.timing.cpuMedian) } }))
        out.append(line("parse (CPU)", results.map { $0.perRule($0.parse.cpuMedian) }))
        out.append(line("check (CPU)", results.map { $0.perRule($0.check.cpuMedian) }))
        out.append("")

        out.append(contentsOf: verdict(results))
        return out
    }

    /// The verdict against the targets of the engine issue. A target is met only when
    /// both the wall-clock and the CPU-time ratio meet it.
    static func verdict(_ results: [SizeResult]) -> [String] {
        var out = [
            "Targets (engine issue): no trace within 3x of the floor, full trace within 15x, cost linear in rules, "
                + "0 allocations without trace."
        ]
        func target(_ name: String, _ limit: Double, _ timing: (SizeResult) -> (Timing, Bool)?) -> String {
            var worst = 0.0
            var parts: [String] = []
            for r in results {
                guard let (t, estimated) = timing(r) else {
                    parts.append("\(r.scale)x n/a")
                    continue
                }
                worst = max(worst, r.ratio(t), r.cpuRatio(t))
                parts.append("\(r.scale)x " + ratios(r, t, estimated: estimated))
            }
            let met = worst > 0 && worst <= limit
            return "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0) + (met ? "MET" : "NOT MET") + " — "
                + parts.joined(separator: ", ")
        }
        out.append(target("no trace <= 3x floor:", 3) { ($0.score, false) })
        out.append(target("trace:JSON <= 15x floor:", 15) { ($0.traceJSON, false) })
        out.append(target("trace:explain <= 15x floor:", 15) { $0.explainTiming })
        if results.count >= 2, let first = results.first, let last = results.last {
            func growth(_ pick: (SizeResult) -> Timing?, cpu: Bool) -> Double? {
                guard let a = pick(first), let b = pick(last) else { return nil }
                return cpu
                    ? last.perRule(b.cpuMedian) / first.perRule(a.cpuMedian) : last.perRule(b.median) / first.perRule(a.median)
            }
            func linear(_ name: String, _ pick: (SizeResult) -> Timing?) -> String? {
                guard let cpu = growth(pick, cpu: true), let wall = growth(pick, cpu: false) else { return nil }
                let word = cpu <= 1.5 ? "YES" : cpu <= 3 ? "ROUGHLY" : "NO"
                var floorRelative = ""
                if let a = pick(first), let b = pick(last) {
                    floorRelative = "; CPU ratio to the floor " + Format.ratio(first.cpuRatio(a)) + " -> " + Format.ratio(last.cpuRatio(b))
                }
                return "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0) + word
                    + " — ns/rule grows " + Format.fixed(cpu, 2) + "x in CPU time (" + Format.fixed(wall, 2)
                    + "x wall) from \(first.scale)x to \(last.scale)x" + floorRelative
            }
            if let l = linear("linear, no trace:", { $0.score }) { out.append(l) }
            if let l = linear("linear, trace:JSON:", { $0.traceJSON }) { out.append(l) }
            if let l = linear("linear, trace:explain:", { $0.explainTiming?.timing }) { out.append(l) }
            out.append(
                "    (YES: ns/rule grows <= 1.5x; ROUGHLY: <= 3x, a per-rule cost rising with the working set; NO: more. "
                    + "Judged on CPU time, which the machine's load inflates less than wall time.)")
        }
        if results.first?.scoreAllocations != nil {
            let zero = results.allSatisfy { ($0.scoreAllocations?.calls ?? 1) == 0 }
            out.append(
                "  " + "0 allocations, no trace:".padding(toLength: 28, withPad: " ", startingAt: 0) + (zero ? "MET" : "NOT MET")
                    + " — " + results.map { "\($0.scale)x " + alloc($0.scoreAllocations) }.joined(separator: ", ")
                    + " allocations per evaluation")
        }
        out.append(
            "  Every figure above is the plain reference evaluator (RuleKind existentials, exact Rational); "
                + "the tool scores with the compiled form, measured below.")
        return out
    }
}
