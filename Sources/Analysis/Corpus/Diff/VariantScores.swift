import Engine

/// Every rule change's variant of the new version, compiled once, and the scores of the
/// corpus with each.
struct VariantScores {
    /// Per rule change: the variant and its compiled form, or why there is none.
    var variants: [Result<(variant: RuleVariant, compiled: CompiledInstrument), VariantFailure>]
    /// The new version.
    var new: Instrument

    init(
        changes: [RuleChange], new: (instrument: Instrument, syntax: InstrumentSyntax), oldRules: [String: RuleDecl],
        factRenames: [String: String], registry: RuleKindRegistry
    ) {
        let base = new.syntax.withoutTests()
        self.new = new.instrument
        variants = changes.map { change in
            RuleVariant.build(change, new: base, oldRules: oldRules, factRenames: factRenames, registry: registry)
                .map { ($0, CompiledInstrument($0.instrument)) }
        }
    }

    /// The effect of change `c`: per evaluation, the new score minus the variant's, on the
    /// total and per subarea of the new version.
    func effect(
        _ c: Int, rewritten: [SourceFileSyntax], inputs: [VersionDiff.Input], newScores: [Score?]
    ) throws(ArithmeticOverflow) -> RuleEffect {
        let (variant, compiled): (RuleVariant, CompiledInstrument)
        switch variants[c] {
        case .failure(let failure):
            return RuleEffect(
                failure: failure.reason, totals: inputs.map { _ in nil }, subareas: inputs.map { _ in [] })
        case .success(let built):
            (variant, compiled) = built
        }
        var totals: [Rational?] = []
        var subareas: [[(id: String, points: Rational)]] = []
        for (k, input) in inputs.enumerated() {
            var syntax = rewritten[k]
            syntax.declarations = syntax.declarations.map { declaration in
                guard case .verdict(var verdict) = declaration, !verdict.isOverride,
                    let target = variant.judgementTargets[verdict.target.value]
                else { return declaration }
                verdict.target.value = target
                return .verdict(verdict)
            }
            let (evidence, _) = EvidenceMigration.read(
                syntax, original: input.syntax, sha256: input.evidence.sha256, instrument: variant.instrument)
            guard let newScore = newScores[k], let evidence else {
                totals.append(nil)
                subareas.append([])
                continue
            }
            let score = try ScoredEvidence(compiled: compiled, evidence: evidence).score
            totals.append(try newScore.total.subtracting(score.total))
            var parts: [(id: String, points: Rational)] = []
            for (s, subarea) in new.subareas.enumerated() {
                guard case .subarea(let v)? = variant.instrument.ids[subarea.id] else { continue }
                let part = try newScore.subareas[s].points.subtracting(score.subareas[v].points)
                if part != .zero { parts.append((subarea.id, part)) }
            }
            subareas.append(parts)
        }
        return RuleEffect(failure: nil, totals: totals, subareas: subareas)
    }
}
