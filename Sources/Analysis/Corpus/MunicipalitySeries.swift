import Engine

/// The evaluations of one municipality in a corpus, by year, with the change per area
/// and in total from each evaluation to the next.
public struct MunicipalitySeries: Sendable {
    /// From one evaluation to the next.
    public struct Step: Sendable {
        /// The earlier evaluation's index in the corpus.
        public var from: Int
        /// The later evaluation's index in the corpus.
        public var to: Int
        /// Later minus earlier, per area in instrument order.
        public var areaChanges: [Rational]
        /// Later minus earlier, in total.
        public var totalChange: Rational
    }

    /// The municipality as its evidence names it.
    public var municipality: String
    /// Its evaluations' indices in the corpus, by year (then in corpus order).
    public var evaluations: [Int]
    /// Each evaluation to the next.
    public var steps: [Step]

    /// The series of every municipality evaluated more than once, in order of its first
    /// evaluation in the corpus.
    public static func all(_ evaluations: [ScoredEvidence]) throws(ArithmeticOverflow) -> [MunicipalitySeries] {
        var names: [String] = []
        for scored in evaluations where !names.contains(scored.evidence.municipality) {
            names.append(scored.evidence.municipality)
        }
        var series: [MunicipalitySeries] = []
        for name in names {
            let indices = evaluations.indices.filter { evaluations[$0].evidence.municipality == name }
            guard indices.count > 1 else { continue }
            let ordered = indices.sorted {
                let (a, b) = (evaluations[$0].evidence.year, evaluations[$1].evidence.year)
                return a != b ? a < b : $0 < $1
            }
            var steps: [Step] = []
            for (from, to) in zip(ordered, ordered.dropFirst()) {
                let before = evaluations[from].score
                let after = evaluations[to].score
                var changes: [Rational] = []
                for (area, later) in after.areas.enumerated() {
                    changes.append(try later.points.subtracting(before.areas[area].points))
                }
                steps.append(
                    Step(from: from, to: to, areaChanges: changes, totalChange: try after.total.subtracting(before.total)))
            }
            series.append(MunicipalitySeries(municipality: name, evaluations: ordered, steps: steps))
        }
        return series
    }
}
