import Engine

/// One evaluator's evaluation of one municipality, scored: what every calibration
/// compares.
///
/// Each evidence file is one evaluator's record; the evaluator is the first one named
/// in its header.
public struct CalibrationRecord: Sendable {
    /// The evaluator's name as calibration outputs show it.
    public var evaluator: String
    /// The evidence file.
    public var evidence: Evidence
    /// The findings, judgements and overrides the evidence gives.
    public var input: EvaluationInput
    /// The score of the evidence.
    public var score: Score

    /// Scores evidence for calibration; `evaluator` defaults to the header's first
    /// evaluator (the file's path when the header names none).
    public init(evidence: Evidence, compiled: CompiledInstrument, evaluator: String? = nil) throws(ArithmeticOverflow) {
        self.evaluator = evaluator ?? evidence.evaluators.first ?? evidence.path
        self.evidence = evidence
        self.input = EvaluationInput(evidence: evidence, instrument: compiled.instrument)
        self.score = try compiled.score(input)
    }

    /// The municipality and year evaluated.
    public var unit: CalibrationUnit {
        CalibrationUnit(municipality: evidence.municipality, year: evidence.year)
    }

    /// The subarea's reported score minus its computed score: what the override changed.
    public func overrideOffset(_ subarea: Int) throws(ArithmeticOverflow) -> Rational {
        try score.subareas[subarea].points.subtracting(score.subareas[subarea].computed)
    }

    /// Whether the evaluator recorded anything a rule of the subarea reads: a fact, a
    /// judgement, or an override of the subarea.
    func assesses(_ subarea: Int, in instrument: Instrument) -> Bool {
        if input.overrides[subarea] != nil { return true }
        for r in instrument.subareas[subarea].rules {
            if input.judgements[r] != nil { return true }
            if instrument.rules[r].kind.factsRead.contains(where: { input.values[$0] != nil }) { return true }
        }
        return false
    }
}
