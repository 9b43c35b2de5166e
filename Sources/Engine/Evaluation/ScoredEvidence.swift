/// An evidence file with its score: what every output renders.
public struct ScoredEvidence: Sendable {
    /// The instrument scored against.
    public var instrument: Instrument
    /// The evidence.
    public var evidence: Evidence
    /// The score.
    public var score: Score

    /// Scores evidence with the plain evaluator.
    public init(instrument: Instrument, evidence: Evidence) throws(ArithmeticOverflow) {
        self.instrument = instrument
        self.evidence = evidence
        self.score = try Evaluator(instrument: instrument).score(EvaluationInput(evidence: evidence, instrument: instrument))
    }

    /// Scores evidence with a compiled instrument (compile once, score many).
    public init(compiled: CompiledInstrument, evidence: Evidence) throws(ArithmeticOverflow) {
        self.instrument = compiled.instrument
        self.evidence = evidence
        var scratch = compiled.makeScratch()
        let facts = compiled.bind(EvaluationInput(evidence: evidence, instrument: compiled.instrument))
        self.score = try compiled.score(facts, scratch: &scratch)
    }

    /// The words of the instrument's language for table headings.
    public var isSwedish: Bool { (instrument.language ?? "sv") == "sv" }
}

extension Rational {
    /// The exact value as a JSON number (at most 6 decimals, half away from zero).
    public var json: JSONValue { .number(decimalString()) }
}

extension Bounds {
    /// `{"min": …, "max": …}`.
    public var json: JSONValue { .object(pairs: [("min", min.json), ("max", max.json)]) }
}
