import Support

/// `fit --round DIR --awarded CSV`: whether the instrument's points reproduce the scores
/// evaluators actually awarded, and which scale per rule would (docs/STATISTICS.md §5).
public struct RuleScaleFit: Sendable {
    /// The round whose evaluations hold the findings.
    public let round: CalibrationRound
    /// The path of the awarded-scores table, as given.
    public let awardedPath: String
    /// One fit per subarea with awarded scores, in the instrument's order.
    public let subareas: [SubareaScaleFit]

    /// Matches every awarded score to its evaluation and fits each subarea.
    ///
    /// - Parameter maxScale: the upper bound of every scale in the bounded fit; by
    ///   default each rule's scale is bounded so that the rule alone gives at most the
    ///   subarea's maximum.
    /// - Throws: ``CalibrationInputError`` for a score naming an unknown evaluation or
    ///   subarea, or given twice.
    public init(
        round: CalibrationRound, awarded: [AwardedScore], awardedPath: String, maxScale: Double? = nil
    ) throws(CalibrationInputError) {
        let instrument = round.instrument
        var rows = [[SubareaScaleFit.Row]](repeating: [], count: instrument.subareas.count)
        var seen: [String: Int] = [:]
        for score in awarded {
            let place = "\(awardedPath):\(score.line)"
            guard case .subarea(let s)? = instrument.ids[score.subarea] else {
                let suggestion = EditDistance.closestMatch(to: score.subarea, among: instrument.subareas.map(\.id))
                throw CalibrationInputError(
                    "\(place): unknown subarea '\(score.subarea)'", help: suggestion.map { "did you mean '\($0)'?" })
            }
            let unit = CalibrationUnit(municipality: score.municipality, year: score.year)
            guard let u = round.units.firstIndex(of: unit) else {
                let suggestion = EditDistance.closestMatch(to: score.municipality, among: round.units.map(\.municipality))
                throw CalibrationInputError(
                    "\(place): no evaluation of \(unit.label) in the round",
                    help: suggestion.map { "did you mean '\($0)'?" } ?? "the round evaluates "
                        + round.units.map(\.label).joined(separator: ", "))
            }
            guard let e = round.evaluators.firstIndex(of: score.evaluator), let record = round.cells[u][e] else {
                throw CalibrationInputError(
                    "\(place): evaluator '\(score.evaluator)' did not evaluate \(unit.label) in the round",
                    help: "evaluators of \(unit.label): "
                        + round.evaluators.indices.filter { round.cells[u][$0] != nil }.map { round.evaluators[$0] }
                        .joined(separator: ", "))
            }
            let key = "\(u) \(e) \(s)"
            if let first = seen[key] {
                throw CalibrationInputError(
                    "\(place): \(unit.label), evaluator '\(score.evaluator)', subarea '\(score.subarea)' is given twice "
                        + "(first on line \(first))")
            }
            seen[key] = score.line
            rows[s].append(SubareaScaleFit.Row(record: record, score: score))
        }
        self.round = round
        self.awardedPath = awardedPath
        self.subareas = instrument.subareas.indices.filter { !rows[$0].isEmpty }.map {
            SubareaScaleFit(subarea: $0, rows: rows[$0], round: round, maxScale: maxScale)
        }
    }
}
