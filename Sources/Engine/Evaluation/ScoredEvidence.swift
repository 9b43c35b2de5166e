/// An evidence file with its score: what every output renders.
public struct ScoredEvidence: Sendable {
    /// The instrument compiled: what scored the evidence, and what re-scores changes of it.
    public let compiled: CompiledInstrument
    /// The evidence.
    public var evidence: Evidence
    /// The score.
    public var score: Score

    /// Scores evidence with a compiled instrument (compile once, score many).
    public init(compiled: CompiledInstrument, evidence: Evidence) throws(ArithmeticOverflow) {
        self.compiled = compiled
        self.evidence = evidence
        self.score = try compiled.score(EvaluationInput(evidence: evidence, instrument: compiled.instrument))
    }

    /// Scores one evidence file, compiling the instrument for it; for several files,
    /// compile once and use ``init(compiled:evidence:)``.
    public init(instrument: Instrument, evidence: Evidence) throws(ArithmeticOverflow) {
        try self.init(compiled: CompiledInstrument(instrument), evidence: evidence)
    }

    /// The instrument scored against.
    public var instrument: Instrument { compiled.instrument }

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
