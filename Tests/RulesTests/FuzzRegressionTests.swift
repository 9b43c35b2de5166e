// The fuzzing pipeline and its regression tests, in one file.
//
// `FuzzPipeline` is what the libFuzzer harness (Fuzz/FuzzMain.swift, built by
// scripts/fuzz.sh with `-D KOMPASS_FUZZ_HARNESS`, which leaves out the tests below) runs
// on every input, and what the tests run on every file in Fixtures/fuzz: the same code,
// so a fixture checks exactly what the fuzzer checked.
//
// An input is one byte choosing a mode, then text (a mode byte is taken modulo 4, so the
// digits '0'…'3' work and fixtures stay readable):
//   0  instrument files and documents separated by NUL bytes: the instrument files are
//      checked together; if they check, random findings and every document are scored
//      against them;
//   1  an evidence or plan file (the language or JSON) against the DESIGN example
//      instrument (Tests/RulesTests/Fixtures/design/instrument);
//   2  the same against the shipped instrument (Rules/kommunkompassen-2019);
//   3  the same against the calibration example (Examples/calibration/rules).
//
// Properties checked (a violation is reported as a string; a crash is a crash):
//   - the compiled (fresh and with a reused scratch), plain and incremental evaluators
//     give the same score, or all overflow;
//   - a document that parses converts to JSON and to the language, each reads back
//     without errors, and converting again gives identical bytes in both formats (the
//     JSON of the language read back, and the JSON of the JSON's language, is the same
//     JSON; the language may only regroup judgements after findings, as JSON does);
//   - the converted documents check exactly when the original does, mean the same
//     (findings, sources, verdicts, actions), and score the same;
//   - each improvement a rule kind offers gives the value it names.
// Explanations (every audience, text and JSON), the score table and score JSON are
// rendered for every scored evidence file, and diagnostics are rendered, for crashes only.
// The harness adds one more property: no input takes more than 2 s of CPU time
// (Fuzz/FuzzMain.swift; not checked here, where the build is not optimised).

import Analysis
import Engine
import Foundation
import Reports
import Rules

#if !KOMPASS_FUZZ_HARNESS
import TestSupport
import Testing
#endif

/// Runs one fuzz input through lexer, parser, checkers, the three evaluators,
/// explanation and convert, and reports every property that does not hold.
struct FuzzPipeline: Sendable {
    /// A fixed instrument documents are checked against, with the example evidence
    /// plans are applied to.
    struct Target: Sendable {
        var instrument: Instrument
        var compiled: CompiledInstrument
        var base: EvaluationInput
        /// Whether the instrument is big enough that explaining everything is too slow.
        var isLarge: Bool { instrument.rules.count > 40 }
    }

    /// The fixed instruments of modes 1, 2 and 3.
    let fixed: [Target]

    /// The number of modes.
    static let modeCount = 4

    /// The fixed instruments (folder, example evidence), relative to the package root.
    static let fixedInstruments = [
        ("Tests/RulesTests/Fixtures/design/instrument", "Tests/RulesTests/Fixtures/design/evidence.kompass"),
        ("Rules/kommunkompassen-2019", "Examples/ale-2020/evidence.kompass"),
        ("Examples/calibration/rules", "Examples/calibration/round/adala-E1.kompass"),
    ]

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Loads the fixed instruments from the package at `root`.
    init(root: String) throws {
        var targets: [Target] = []
        for (folder, evidencePath) in Self.fixedInstruments {
            var workspace = Workspace(registry: BuiltinKinds.registry)
            guard let instrument = try workspace.loadInstrument(directory: root + "/" + folder),
                let evidence = try workspace.loadEvidence(path: root + "/" + evidencePath, instrument: instrument)
            else {
                throw LoadError(description: workspace.renderedDiagnostics(colour: false))
            }
            targets.append(
                Target(
                    instrument: instrument, compiled: CompiledInstrument(instrument),
                    base: EvaluationInput(evidence: evidence, instrument: instrument)))
        }
        fixed = targets
    }

    /// Runs one input; returns the violated properties (empty when all hold).
    func run(_ data: [UInt8]) -> [String] {
        var notes: [String] = []
        return run(data, notes: &notes)
    }

    /// Runs one input, noting how far it got (what parsed, checked, scored).
    func run(_ data: [UInt8], notes: inout [String]) -> [String] {
        guard let mode = data.first else { return [] }
        var run = FuzzRun(pipeline: self, seed: Self.hash(data))
        let body = Array(data.dropFirst())
        switch Int(mode) % Self.modeCount {
        case 0: run.bundle(body)
        case let k: run.document(body, index: 0, target: fixed[k - 1])
        }
        notes = run.notes
        return run.violations
    }

    /// FNV-1a, to seed the random findings deterministically from the input.
    static func hash(_ data: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }
}

/// SplitMix64: a small deterministic generator.
struct FuzzRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ values: [T]) -> T? { values.isEmpty ? nil : values[below(values.count)] }
}

/// The state of one input's run.
struct FuzzRun {
    let pipeline: FuzzPipeline
    var random: FuzzRandom
    var violations: [String] = []
    var notes: [String] = []
    let registry = BuiltinKinds.registry

    init(pipeline: FuzzPipeline, seed: UInt64) {
        self.pipeline = pipeline
        self.random = FuzzRandom(state: seed)
    }

    mutating func fail(_ message: String) {
        violations.append(message)
    }

    // MARK: Mode 0: instrument files and documents

    /// Instrument files and documents separated by NUL bytes (at most 8 parts).
    mutating func bundle(_ body: [UInt8]) {
        let parts = body.split(separator: 0, maxSplits: 7, omittingEmptySubsequences: false).map(Array.init)
        var files: [SourceFileSyntax] = []
        var sources: [SourceText] = []
        var bag = DiagnosticBag()
        var documents: [(bytes: [UInt8], index: Int)] = []
        for (index, part) in parts.enumerated() {
            if DocumentJSON.looksLikeJSON(part) {
                documents.append((part, index))
                continue
            }
            let source = SourceText(path: "fuzz/part-\(index).kompass", bytes: part)
            let (syntax, parsed) = Parser.parse(source, kindWords: registry.clauseWords)
            if syntax.kind == .instrument {
                files.append(syntax)
                sources.append(source)
                bag.append(contentsOf: parsed)
            } else {
                documents.append((part, index))
            }
        }
        var target: FuzzPipeline.Target?
        if !files.isEmpty {
            let (instrument, checked) = InstrumentChecker.check(files, registry: registry, sha256: "fuzz")
            bag.append(contentsOf: checked)
            _ = DiagnosticRenderer(sources: sources).render(all: bag.sorted)
            notes.append("instrument of \(files.count) file(s): \(instrument == nil || bag.hasErrors ? "\(bag.errorCount) error(s)" : "checks")")
            if let instrument, !bag.hasErrors {
                let compiled = CompiledInstrument(instrument)
                target = FuzzPipeline.Target(instrument: instrument, compiled: compiled, base: EvaluationInput(instrument: instrument))
                instrumentChecks(target!)
            }
        }
        for document in documents {
            self.document(document.bytes, index: document.index, target: target)
        }
    }

    /// An instrument that checked: its own tests, then random findings through every
    /// evaluator, and every rule's improvements.
    mutating func instrumentChecks(_ target: FuzzPipeline.Target) {
        _ = try? InstrumentTestRunner.run(target.compiled)
        let pool = Pool(target.instrument)
        var scratch = target.compiled.makeScratch()
        var previous = EvaluationInput(instrument: target.instrument)
        for round in 0..<4 {
            let input = randomInput(target.instrument, pool)
            evaluators(target, input, scratch: &scratch, others: [previous], label: "random findings \(round)")
            improvements(target.instrument, input, label: "random findings \(round)")
            previous = input
        }
    }

    /// Items and numbers the instrument's rules ask about, so random findings reach them.
    struct Pool {
        var items: [Int: [String]] = [:]
        var numbers: [Rational] = [.zero, .one, Rational(2), Rational(100), Rational(numerator: 1, denominator: 3)!]

        init(_ instrument: Instrument) {
            for rule in instrument.rules {
                switch rule.kind.lower() {
                case .condition(let condition, _)?: visit(condition)
                case .steps(let input, let steps)?:
                    add(input)
                    for step in steps { near(step.threshold) }
                case .perUnit(let input, _, _)?: add(input)
                case .linear(let input, let from, let to, _)?:
                    add(input)
                    near(from)
                    near(to)
                default: break
                }
            }
        }

        mutating func near(_ value: Rational) {
            numbers.append(value)
            if let above = try? value.adding(Rational(numerator: 1, denominator: 2)!) { numbers.append(above) }
            if let below = try? value.subtracting(.one), below >= .zero { numbers.append(below) }
        }

        mutating func add(_ input: PrimitiveInput) {
            if case .countOf(let fact, let wanted) = input { items[fact, default: []] += wanted }
        }

        mutating func visit(_ condition: Condition) {
            switch condition {
            case .positive: break
            case .compare(_, let l, let r):
                for operand in [l, r] { if case .constant(let c) = operand { near(c) } }
            case .contains(let fact, let item): items[fact, default: []].append(item)
            case .containsAny(let fact, let wanted), .containsAll(let fact, let wanted): items[fact, default: []] += wanted
            case .not(let c): visit(c)
            case .and(let l, let r), .or(let l, let r):
                visit(l)
                visit(r)
            }
        }
    }

    /// Random findings (a fifth unassessed), judgements and overrides; now and then a
    /// huge number, so overflow paths run too.
    mutating func randomInput(_ instrument: Instrument, _ pool: Pool) -> EvaluationInput {
        var input = EvaluationInput(instrument: instrument)
        for (index, fact) in instrument.facts.enumerated() where random.below(5) != 0 {
            switch fact.type {
            case .flag: input.values[index] = .flag(random.below(2) == 1)
            case .level(let ladder): input.values[index] = .level(random.below(instrument.ladders[ladder].levels.count))
            case .number:
                switch random.below(8) {
                case 0: input.values[index] = .number(Rational(Int64(random.below(400))))
                case 1: input.values[index] = .number(Rational(Int64.max / Int64(1 + random.below(4))))
                case 2:
                    input.values[index] = .number(
                        Rational(numerator: Int64(random.below(1000)), denominator: Int64(1 + random.below(97))) ?? .zero)
                default: input.values[index] = .number(random.pick(pool.numbers) ?? .zero)
                }
            case .set(let closed):
                // A closed set holds only its items (the checker refuses others).
                let candidates = closed ?? ((pool.items[index] ?? []) + ["a", "b"])
                input.values[index] = .set(FactValue.normalizedItems(candidates.filter { _ in random.below(2) == 1 }))
            }
        }
        for (r, rule) in instrument.rules.enumerated() where rule.kind.readsJudgement && random.below(3) != 0 {
            let maximum = rule.kind.judgementMaximum ?? .one
            input.judgements[r] = (try? maximum.multiplied(by: Rational(numerator: Int64(random.below(5)), denominator: 4)!)) ?? .zero
        }
        for (s, subarea) in instrument.subareas.enumerated() where random.below(6) == 0 {
            let value = (try? subarea.max.multiplied(by: Rational(numerator: Int64(random.below(5)), denominator: 4)!)) ?? .zero
            input.overrides[s] = Verdict(
                target: s, value: value, reason: "fuzz", by: "F",
                span: SourceSpan(path: "fuzz", start: SourceLocation(line: 1, column: 1), length: 1))
        }
        return input
    }

    /// Every improvement a kind offers, applied alone, gives at least the value it names
    /// (exactly that value once nothing it reads is unassessed) and more than the rule has.
    mutating func improvements(_ instrument: Instrument, _ input: EvaluationInput, label: String) {
        for (r, rule) in instrument.rules.enumerated() {
            let reader = FactReader(values: input.values, judgement: input.judgements[r])
            guard let now = try? rule.kind.evaluate(reader), let offered = try? rule.kind.improvements(reader) else { continue }
            for improvement in offered {
                var changed = reader
                for change in improvement.changes { changed = changed.with(change) }
                guard let after = try? rule.kind.evaluate(changed) else { continue }
                if after.assessed && after.value != improvement.value {
                    fail("\(label): rule \(rule.id): improvement \(improvement.changes) names \(improvement.value), evaluating it gives \(after.value)")
                }
                if now.assessed && improvement.value <= now.value {
                    fail("\(label): rule \(rule.id): improvement \(improvement.changes) to \(improvement.value) does not raise \(now.value)")
                }
            }
        }
    }

    // MARK: Evaluators

    typealias Outcome = Result<Score, ArithmeticOverflow>

    static func attempt(_ body: () throws(ArithmeticOverflow) -> Score) -> Outcome {
        do {
            return .success(try body())
        } catch {
            return .failure(error)
        }
    }

    /// The compiled (fresh and reused scratch), plain and incremental (from the empty
    /// input, from each of `others`, and from `input` back to them) evaluators agree.
    mutating func evaluators(
        _ target: FuzzPipeline.Target, _ input: EvaluationInput, scratch: inout CompiledScratch,
        others: [EvaluationInput], label: String
    ) {
        let instrument = target.instrument
        let plain = Self.attempt { () throws(ArithmeticOverflow) in try Evaluator(instrument: instrument).score(input) }
        let fresh = Self.attempt { () throws(ArithmeticOverflow) in try target.compiled.score(input) }
        let reused = Self.attempt { () throws(ArithmeticOverflow) in
            try target.compiled.score(target.compiled.bind(input), scratch: &scratch)
        }
        compare(plain, fresh, "\(label): plain vs compiled")
        compare(plain, reused, "\(label): plain vs compiled (reused scratch)")
        for (b, base) in ([EvaluationInput(instrument: instrument)] + others).enumerated() {
            incremental(instrument, from: base, to: input, expected: plain, "\(label): incremental from base \(b)")
            if b > 0 {
                let back = Self.attempt { () throws(ArithmeticOverflow) in try Evaluator(instrument: instrument).score(base) }
                incremental(instrument, from: input, to: base, expected: back, "\(label): incremental back to base \(b)")
            }
        }
    }

    mutating func incremental(_ instrument: Instrument, from base: EvaluationInput, to input: EvaluationInput, expected: Outcome, _ label: String) {
        let incremental: IncrementalEvaluator
        do {
            incremental = try IncrementalEvaluator(instrument: instrument, base: base)
        } catch {
            if case .success = Self.attempt({ () throws(ArithmeticOverflow) in try Evaluator(instrument: instrument).score(base) }) {
                fail("\(label): the incremental evaluator overflows on a base the plain evaluator scores")
            }
            return
        }
        var evaluator = incremental
        compare(expected, Self.attempt { () throws(ArithmeticOverflow) in try evaluator.score(input) }, label)
    }

    mutating func compare(_ a: Outcome, _ b: Outcome, _ label: String) {
        switch (a, b) {
        case (.failure, .failure): return
        case (.failure(let e), .success(let s)): fail("\(label): the first overflows (\(e)), the second gives \(s.total)")
        case (.success(let s), .failure(let e)): fail("\(label): the first gives \(s.total), the second overflows (\(e))")
        case (.success(let x), .success(let y)):
            if let difference = Self.difference(x, y) { fail("\(label): \(difference)") }
        }
    }

    /// The first difference between two scores, or nil.
    static func difference(_ a: Score, _ b: Score) -> String? {
        guard a.rules.count == b.rules.count, a.subareas.count == b.subareas.count, a.areas.count == b.areas.count else {
            return "different shapes"
        }
        for (r, (x, y)) in zip(a.rules, b.rules).enumerated() {
            if x.outcome != y.outcome { return "rule \(r) outcome \(x.outcome) vs \(y.outcome)" }
            if x.status != y.status { return "rule \(r) status \(x.status) vs \(y.status)" }
            if x.points != y.points { return "rule \(r) points \(x.points) vs \(y.points)" }
            if x.capCut != y.capCut { return "rule \(r) cap cut \(x.capCut) vs \(y.capCut)" }
            if x.bounds != y.bounds { return "rule \(r) bounds \(x.bounds) vs \(y.bounds)" }
        }
        for (s, (x, y)) in zip(a.subareas, b.subareas).enumerated() {
            if x.computed != y.computed { return "subarea \(s) computed \(x.computed) vs \(y.computed)" }
            if x.points != y.points { return "subarea \(s) points \(x.points) vs \(y.points)" }
            if x.capCut != y.capCut { return "subarea \(s) cap cut \(x.capCut) vs \(y.capCut)" }
            if x.bounds != y.bounds { return "subarea \(s) bounds \(x.bounds) vs \(y.bounds)" }
            if x.override?.value != y.override?.value { return "subarea \(s) override \(String(describing: x.override?.value)) vs \(String(describing: y.override?.value))" }
        }
        for (i, (x, y)) in zip(a.areas, b.areas).enumerated() {
            if x.points != y.points { return "area \(i) points \(x.points) vs \(y.points)" }
            if x.bounds != y.bounds { return "area \(i) bounds \(x.bounds) vs \(y.bounds)" }
        }
        if a.total != b.total { return "total \(a.total) vs \(b.total)" }
        if a.totalBounds != b.totalBounds { return "total bounds \(a.totalBounds) vs \(b.totalBounds)" }
        if a.unassessed != b.unassessed { return "unassessed \(a.unassessed) vs \(b.unassessed)" }
        if a.unjudged != b.unjudged { return "unjudged \(a.unjudged) vs \(b.unjudged)" }
        return nil
    }

    // MARK: Documents

    /// An evidence or plan file, in the language or as JSON, read as `parseDocument` reads it.
    mutating func document(_ bytes: [UInt8], index: Int, target: FuzzPipeline.Target?) {
        let isJSON = DocumentJSON.looksLikeJSON(bytes)
        let path = "fuzz/document-\(index)" + (isJSON ? ".json" : ".kompass")
        let source = SourceText(path: path, bytes: bytes)
        var bag = DiagnosticBag()
        let syntax: SourceFileSyntax?
        if isJSON {
            guard source.diagnostics.isEmpty else { return }
            syntax = DocumentJSON.read(bytes, path: path, diagnostics: &bag)
        } else {
            let parsed = Parser.parse(source, kindWords: registry.clauseWords)
            syntax = parsed.file
            bag = parsed.diagnostics
        }
        _ = DiagnosticRenderer(sources: [source]).render(all: bag.sorted)
        guard let syntax, syntax.kind != .instrument else { return }
        let parsed = !bag.hasErrors
        notes.append("document \(index) (\(syntax.kind)\(isJSON ? ", JSON" : "")): \(parsed ? "parses" : "\(bag.errorCount) error(s)")")
        let converted = parsed ? convert(syntax) : []
        guard let target else { return }
        switch syntax.kind {
        case .evidence: evidence(syntax, parsed: parsed, converted: converted, target)
        case .plan: plan(syntax, parsed: parsed, converted: converted, target)
        case .instrument: break
        }
    }

    /// `convert --to json` and `--to kompass`: each reads back without errors, and
    /// converting the result again, either way, gives the same bytes. Returns the
    /// documents read back.
    mutating func convert(_ syntax: SourceFileSyntax) -> [SourceFileSyntax] {
        let json = DocumentJSON.write(syntax)
        let kompass = KompassWriter.write(syntax)
        var back: [SourceFileSyntax] = []
        var bag = DiagnosticBag()
        let jsonBytes = Array(json.utf8)
        if !DocumentJSON.looksLikeJSON(jsonBytes) {
            fail("convert --to json wrote text that does not look like JSON:\n\(json)")
        } else if let fromJSON = DocumentJSON.read(jsonBytes, path: "converted.json", diagnostics: &bag), !bag.hasErrors {
            if fromJSON.kind != syntax.kind { fail("convert --to json turned a \(syntax.kind) file into a \(fromJSON.kind) file") }
            let again = DocumentJSON.write(fromJSON)
            if again != json { fail("converting to JSON twice differs:\n\(json)\n---\n\(again)") }
            // JSON groups findings, judgements and overrides, so the language written from
            // it may order them differently; read back, it must give the same JSON.
            let viaKompass = KompassWriter.write(fromJSON)
            let (reparsed, reparsedBag) = Parser.parse(SourceText(path: "converted-again.kompass", text: viaKompass), kindWords: registry.clauseWords)
            if reparsedBag.hasErrors {
                fail("the language written from converted JSON does not parse:\n\(viaKompass)")
            } else if DocumentJSON.write(reparsed) != json {
                fail("JSON → language → JSON differs:\n\(json)\n---\n\(DocumentJSON.write(reparsed))")
            }
            back.append(fromJSON)
        } else {
            let source = SourceText(path: "converted.json", text: json)
            fail("convert --to json wrote JSON that does not read back:\n\(json)\n\(DiagnosticRenderer(sources: [source]).render(all: bag.all))")
        }
        if DocumentJSON.looksLikeJSON(Array(kompass.utf8)) {
            fail("convert --to kompass wrote text that reads as JSON:\n\(kompass)")
            return back
        }
        let source = SourceText(path: "converted.kompass", text: kompass)
        let (fromKompass, parsed) = Parser.parse(source, kindWords: registry.clauseWords)
        if parsed.hasErrors {
            fail("convert --to kompass wrote text that does not parse:\n\(kompass)\n\(DiagnosticRenderer(sources: [source]).render(all: parsed.all))")
        } else {
            if fromKompass.kind != syntax.kind { fail("convert --to kompass turned a \(syntax.kind) file into a \(fromKompass.kind) file") }
            let again = KompassWriter.write(fromKompass)
            if again != kompass { fail("converting to the language twice differs:\n\(kompass)\n---\n\(again)") }
            let jsonAgain = DocumentJSON.write(fromKompass)
            if jsonAgain != json { fail("the JSON written from the language differs:\n\(json)\n---\n\(jsonAgain)") }
            back.append(fromKompass)
        }
        return back
    }

    /// Checks an evidence file; its conversions check alike and mean and score the same;
    /// then the evaluators, the explanations and the score renderings.
    mutating func evidence(_ syntax: SourceFileSyntax, parsed: Bool, converted: [SourceFileSyntax], _ target: FuzzPipeline.Target) {
        let instrument = target.instrument
        let (evidence, bag) = EvidenceChecker.check(syntax, sha256: "fuzz", instrument: instrument)
        let checks = parsed && evidence != nil && !bag.hasErrors
        for other in converted {
            let (otherEvidence, otherBag) = EvidenceChecker.check(other, sha256: "fuzz", instrument: instrument)
            let otherChecks = otherEvidence != nil && !otherBag.hasErrors
            if otherChecks != checks {
                fail("the evidence \(checks ? "checks" : "does not check") but its conversion \(otherChecks ? "does" : "does not")")
            }
            guard checks, otherChecks, let evidence, let otherEvidence else { continue }
            let (a, b) = (Self.meaning(evidence), Self.meaning(otherEvidence))
            if a != b { fail("converted evidence means something else:\n\(a)\n---\n\(b)") }
            let original = Self.attempt { () throws(ArithmeticOverflow) in
                try target.compiled.score(EvaluationInput(evidence: evidence, instrument: instrument))
            }
            let again = Self.attempt { () throws(ArithmeticOverflow) in
                try target.compiled.score(EvaluationInput(evidence: otherEvidence, instrument: instrument))
            }
            compare(original, again, "converted evidence")
        }
        notes.append("evidence: \(checks ? "checks" : "\(bag.errorCount) error(s)"), \(converted.count) conversion(s)")
        guard checks, let evidence else { return }
        let input = EvaluationInput(evidence: evidence, instrument: instrument)
        var scratch = target.compiled.makeScratch()
        evaluators(target, input, scratch: &scratch, others: [target.base], label: "evidence")
        if !target.isLarge { improvements(instrument, input, label: "evidence") }
        guard let scored = try? ScoredEvidence(compiled: target.compiled, evidence: evidence) else {
            notes.append("evidence: overflows")
            return
        }
        notes.append("evidence: scored \(scored.score.total)")
        _ = ScoreTable.render(scored)
        _ = ScoreJSON.document([scored])
        var targets: [ExplanationTarget] = []
        if target.isLarge {
            if let area = random.pick(Array(instrument.areas.indices)) { targets.append(.area(area)) }
            if let subarea = random.pick(Array(instrument.subareas.indices)) { targets.append(.subarea(subarea)) }
            if let rule = random.pick(Array(instrument.rules.indices)) { targets.append(.rule(rule)) }
        } else {
            targets = instrument.areas.indices.map { .area($0) } + instrument.rules.indices.map { .rule($0) }
        }
        let explainer = Explainer(scored: scored)
        for explained in targets {
            guard let explanation = try? explainer.explain(explained) else { continue }
            for audience in Audience.allCases {
                _ = explanation.render(for: audience, in: .en)
                _ = JSONWriter.write(explanation.json(audience: audience))
            }
            for subarea in explanation.subareas {
                for headroom in subarea.headroom { _ = headroom.written(instrument) }
            }
        }
    }

    /// Checks a plan; its conversions check alike and mean the same; then each action
    /// (and all together) applied to the instrument's example evidence scores the same in
    /// every evaluator, with one incremental evaluator reused as what-if does.
    mutating func plan(_ syntax: SourceFileSyntax, parsed: Bool, converted: [SourceFileSyntax], _ target: FuzzPipeline.Target) {
        let instrument = target.instrument
        let (plan, bag) = PlanChecker.check(syntax, sha256: "fuzz", instrument: instrument)
        let checks = parsed && plan != nil && !bag.hasErrors
        for other in converted {
            let (otherPlan, otherBag) = PlanChecker.check(other, sha256: "fuzz", instrument: instrument)
            let otherChecks = otherPlan != nil && !otherBag.hasErrors
            if otherChecks != checks {
                fail("the plan \(checks ? "checks" : "does not check") but its conversion \(otherChecks ? "does" : "does not")")
            }
            guard checks, otherChecks, let plan, let otherPlan else { continue }
            let (a, b) = (Self.meaning(plan), Self.meaning(otherPlan))
            if a != b { fail("converted plan means something else:\n\(a)\n---\n\(b)") }
        }
        notes.append("plan: \(checks ? "checks" : "\(bag.errorCount) error(s)"), \(converted.count) conversion(s)")
        guard checks, let plan else { return }
        var scratch = target.compiled.makeScratch()
        var inputs = plan.actions.prefix(8).map { target.base.applying($0.changes) }
        inputs.append(target.base.applying(plan.changes(of: Array(plan.actions.indices))))
        guard var incremental = try? IncrementalEvaluator(instrument: instrument, base: target.base) else { return }
        for (i, input) in inputs.enumerated() {
            let plain = Self.attempt { () throws(ArithmeticOverflow) in try Evaluator(instrument: instrument).score(input) }
            let compiled = Self.attempt { () throws(ArithmeticOverflow) in
                try target.compiled.score(target.compiled.bind(input), scratch: &scratch)
            }
            compare(plain, compiled, "plan input \(i): plain vs compiled")
            compare(plain, Self.attempt { () throws(ArithmeticOverflow) in try incremental.score(input) }, "plan input \(i): plain vs incremental")
        }
    }

    // MARK: Meaning

    static func meaning(_ evidence: Evidence) -> String {
        var lines = [
            "evidence \(evidence.municipality.debugDescription) \(evidence.year) \(evidence.instrumentName.debugDescription) \(evidence.instrumentVersion.debugDescription) \(evidence.evaluators.debugDescription)"
        ]
        for f in evidence.findings {
            lines.append(
                "finding \(f.fact) = \(f.value) sources \(f.sources.map { [$0.kind, $0.text, $0.section ?? "-"] }.debugDescription)"
                    + " note \(f.note.debugDescription) confidence \(f.confidence.map(\.description) ?? "-") by \(f.by.debugDescription)")
        }
        for (word, verdicts) in [("judge", evidence.judgements), ("override", evidence.overrides)] {
            for v in verdicts { lines.append("\(word) \(v.target) = \(v.value) because \(v.reason.debugDescription) by \(v.by.debugDescription)") }
        }
        return lines.joined(separator: "\n")
    }

    static func meaning(_ plan: Plan) -> String {
        var lines = ["plan \(plan.name.debugDescription) for \(plan.municipality.debugDescription)"]
        for a in plan.actions {
            lines.append("action \(a.id.debugDescription) \(a.title.debugDescription) cost \(a.cost.map(\.description) ?? "-")")
            for c in a.changes { lines.append("  \(c.isAdd ? "add" : "set") \(c.fact) \(c.value)") }
        }
        return lines.joined(separator: "\n")
    }
}

#if !KOMPASS_FUZZ_HARNESS
/// Every input the fuzzer found a problem with (and a few written by hand) runs through
/// the fuzzing pipeline: no crash, no property violated.
@Suite struct FuzzRegressionTests {
    static let folder = PackageRoot.path("Tests/RulesTests/Fixtures/fuzz")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".fuzz") }
            .sorted()
    }

    static let pipeline = Result { try FuzzPipeline(root: PackageRoot.path) }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 3)
    }

    @Test(arguments: fixtures)
    func fixtureHoldsEveryProperty(_ name: String) throws {
        let pipeline = try Self.pipeline.get()
        let data = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        let violations = pipeline.run(Array(data))
        #expect(violations.isEmpty, "\(name):\n\(violations.joined(separator: "\n\n"))")
    }
}
#endif
