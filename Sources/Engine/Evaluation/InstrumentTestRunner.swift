/// One failed expectation of an instrument test.
public struct ExpectationFailure: Sendable {
    /// The target as written (`1.3`, `1.3.c`, `1`, `total`).
    public var target: String
    public var expected: Rational
    public var tolerance: Rational?
    public var actual: Rational
    /// Rules of the target's scope that fired (hit or partial), with their points.
    public var fired: [(id: String, points: Rational)]
    public var span: SourceSpan
}

/// The outcome of one `test` block.
public struct InstrumentTestResult: Sendable {
    public var name: String
    public var span: SourceSpan
    public var failures: [ExpectationFailure]
    public var passed: Bool { failures.isEmpty }
}

/// All test results and the rule coverage across them.
public struct InstrumentTestReport: Sendable {
    public var results: [InstrumentTestResult]
    /// Rule indices never at their best value in any test.
    public var neverHit: [Int]
    /// Rule indices never assessed at 0 in any test.
    public var neverMissed: [Int]
    public var passed: Bool { results.allSatisfy(\.passed) }
}

/// Runs an instrument's own `test` blocks: facts not given are unassessed.
public enum InstrumentTestRunner {
    /// Runs every test of the instrument, compiling it for the run.
    public static func run(_ instrument: Instrument) throws(ArithmeticOverflow) -> InstrumentTestReport {
        try run(CompiledInstrument(instrument))
    }

    /// Runs every test of the compiled instrument.
    public static func run(_ compiled: CompiledInstrument) throws(ArithmeticOverflow) -> InstrumentTestReport {
        let instrument = compiled.instrument
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        let resolver = ValueResolver(catalog: catalog)
        var hit = [Bool](repeating: false, count: instrument.rules.count)
        var missed = [Bool](repeating: false, count: instrument.rules.count)
        var results: [InstrumentTestResult] = []
        for test in instrument.tests {
            var input = EvaluationInput(instrument: instrument)
            var ignored = DiagnosticBag()
            for given in test.givens {
                if given.isJudgement {
                    if case .rule(let r)? = instrument.ids[given.target.value], case .number(let text) = given.value.node {
                        input.judgements[r] = Rational(decimalText: text)
                    }
                } else if let fact = instrument.factIndex[given.target.value] {
                    input.values[fact] = resolver.resolve(given.value, for: fact, diagnostics: &ignored)
                }
            }
            let score = try compiled.score(input)
            for (r, rule) in score.rules.enumerated() {
                if rule.status == .hit { hit[r] = true }
                if rule.status == .miss { missed[r] = true }
            }
            var failures: [ExpectationFailure] = []
            for expectation in test.expects {
                guard let expected = Rational(decimalText: expectation.value.value),
                    let (actual, scope) = value(of: expectation.target.value, score, instrument)
                else { continue }
                let tolerance = expectation.tolerance.flatMap { Rational(decimalText: $0.value) }
                let difference = try actual.subtracting(expected)
                let distance = difference < .zero ? try difference.negated() : difference
                if distance > (tolerance ?? .zero) {
                    let fired = scope.filter { [.hit, .partial].contains(score.rules[$0].status) }
                        .map { (instrument.rules[$0].id, score.rules[$0].points) }
                    failures.append(
                        ExpectationFailure(
                            target: expectation.target.value, expected: expected, tolerance: tolerance, actual: actual,
                            fired: fired, span: expectation.target.span))
                }
            }
            results.append(InstrumentTestResult(name: test.name.value, span: test.name.span, failures: failures))
        }
        return InstrumentTestReport(
            results: results, neverHit: hit.indices.filter { !hit[$0] }, neverMissed: missed.indices.filter { !missed[$0] })
    }

    /// A target's value and the rules in its scope.
    static func value(of target: String, _ score: Score, _ instrument: Instrument) -> (Rational, [Int])? {
        if target == "total" { return (score.total, Array(instrument.rules.indices)) }
        switch instrument.ids[target] {
        // A rule's value: points in a points subarea, its satisfaction in a weighted one.
        case .rule(let r)?: return (score.rules[r].outcome.value, [r])
        case .subarea(let s)?: return (score.subareas[s].points, instrument.subareas[s].rules)
        case .area(let a)?:
            return (score.areas[a].points, instrument.areas[a].subareas.flatMap { instrument.subareas[$0].rules })
        case nil: return nil
        }
    }
}
