import Engine

/// One row of a corpus: a target (area, subarea or total), every evaluation's value of
/// it, their distribution and each evaluation's standing among them.
public struct CorpusRow: Sendable {
    /// The area, subarea or total.
    public var target: ScoreTarget
    /// Each evaluation's value, in corpus order.
    public var values: [Rational]
    /// The distribution of the values.
    public var distribution: Distribution
    /// Each evaluation's rank and percentile among the values, in corpus order.
    public var standings: [Standing]

    /// The row of `target` over scored evaluations (at least one).
    public init?(_ target: ScoreTarget, scores: [Score]) throws(ArithmeticOverflow) {
        let values = scores.map { target.value(in: $0) }
        guard let distribution = try Distribution(values) else { return nil }
        var standings: [Standing] = []
        for value in values {
            guard let standing = try Standing(of: value, among: values) else { return nil }
            standings.append(standing)
        }
        self.target = target
        self.values = values
        self.distribution = distribution
        self.standings = standings
    }

    /// The standing of a value that need not be in the corpus (another evaluation).
    public func standing(of value: Rational) throws(ArithmeticOverflow) -> Standing? {
        try Standing(of: value, among: values)
    }
}
