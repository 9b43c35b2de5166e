import Engine

/// How a new version of an instrument changes the scores of a corpus of evaluations
/// written for the old one: per evaluation the total, area and subarea changes; per rule
/// added, removed or changed its effect, re-scored (the new version against the new
/// version with only that rule as the old one had it); and each subarea's change
/// explained by those effects.
public struct VersionDiff: Sendable {
    /// The old version.
    public var old: Instrument
    /// The new version.
    public var new: Instrument
    /// What changed in the instrument.
    public var changes: InstrumentChanges
    /// Each evaluation, in corpus order.
    public var evaluations: [EvaluationDiff]
    /// Each rule change's effect, parallel to ``InstrumentChanges/rules``.
    public var effects: [RuleEffect]

    /// One evaluation as input: the evidence checked against the old version, its
    /// syntax as written, and its old score.
    public struct Input: Sendable {
        /// The evidence, checked against the old version.
        public var evidence: Evidence
        /// Its syntax as written.
        public var syntax: SourceFileSyntax
        /// Its score by the old version.
        public var score: Score

        /// An input as given.
        public init(evidence: Evidence, syntax: SourceFileSyntax, score: Score) {
            self.evidence = evidence
            self.syntax = syntax
            self.score = score
        }
    }

    /// Scores every input with both versions and every rule change undone one at a time.
    public init(
        old: (instrument: Instrument, syntax: InstrumentSyntax), new: (instrument: Instrument, syntax: InstrumentSyntax),
        renames: Renames, inputs: [Input], registry: RuleKindRegistry
    ) throws(ArithmeticOverflow) {
        self.old = old.instrument
        self.new = new.instrument
        let changes = InstrumentChanges(
            old: old.instrument, oldSyntax: old.syntax, new: new.instrument, newSyntax: new.syntax, renames: renames)
        self.changes = changes
        let factMap = renames.facts(of: old.instrument)
        let rewritten = inputs.map {
            EvidenceMigration.rewrite(
                $0.syntax, for: new.instrument, facts: factMap, rules: renames.rules(of: old.instrument))
        }
        let compiled = CompiledInstrument(new.instrument)
        var newScores: [Score?] = []
        var notes: [[MigrationNote]] = []
        for (k, input) in inputs.enumerated() {
            let (evidence, found) = EvidenceMigration.read(
                rewritten[k], original: input.syntax, sha256: input.evidence.sha256, instrument: new.instrument)
            notes.append(found)
            newScores.append(try evidence.map { e throws(ArithmeticOverflow) in try ScoredEvidence(compiled: compiled, evidence: e).score })
        }
        let variants = VariantScores(
            changes: changes.rules, new: new, oldRules: old.syntax.rules, factRenames: factMap, registry: registry)
        var effects: [RuleEffect] = []
        for change in changes.rules.indices {
            effects.append(try variants.effect(change, rewritten: rewritten, inputs: inputs, newScores: newScores))
        }
        self.effects = effects
        var evaluations: [EvaluationDiff] = []
        for (k, input) in inputs.enumerated() {
            evaluations.append(
                try EvaluationDiff(
                    input: input, new: newScores[k], notes: notes[k], old: old.instrument, newInstrument: new.instrument,
                    effects: effects.map { $0.subareas[k] }))
        }
        self.evaluations = evaluations
    }
}
