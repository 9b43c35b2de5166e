/// Krippendorff's α for any number of raters, missing values and four metrics
/// (docs/STATISTICS.md §2.2).
public enum KrippendorffAlpha {
    /// The level of measurement, which fixes the difference function δ².
    public enum Level: String, CaseIterable, Sendable {
        /// δ² = 0 if equal, else 1: flags and items of a closed set.
        case nominal
        /// δ² from the ranks of the pairable values: ordered levels.
        case ordinal
        /// δ² = (c − k)²: points and numbers.
        case interval
        /// δ² = ((c − k)/(c + k))², 0 when c + k = 0.
        case ratio
    }

    /// α computed from a subjects × raters matrix; rater identity is ignored.
    ///
    /// - Throws: `tooFewSubjects` when fewer than `minimumUnits` units (and never fewer
    ///   than 2) have two or more values; `noVariation` when every pairable value is
    ///   identical (report "agreement 100%" instead of a number).
    public static func compute(
        _ ratings: RatingMatrix, level: Level, minimumUnits: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> KrippendorffAlphaResult {
        try compute(units: ratings.rows.map { $0.compactMap { $0 } }, level: level, minimumUnits: minimumUnits)
    }

    /// α computed from the values recorded for each unit (any number per unit).
    public static func compute(
        units: [[Double]], level: Level, minimumUnits: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> KrippendorffAlphaResult {
        for (u, values) in units.enumerated() {
            if let j = values.firstIndex(where: { !$0.isFinite }) {
                throw StatisticsError.nonFiniteValue(row: u, column: j)
            }
        }
        let pairable = units.filter { $0.count >= 2 }
        let required = max(2, minimumUnits)
        guard pairable.count >= required else {
            throw StatisticsError.tooFewSubjects(required: required, found: pairable.count)
        }

        // Distinct pairable values in order, with their counts n_c.
        let distinct = Array(Set(pairable.joined())).sorted()
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        var counts = [Double](repeating: 0, count: distinct.count)
        for value in pairable.joined() { counts[index[value]!] += 1 }
        let delta = DifferenceFunction(level: level, values: distinct, counts: counts)

        // Σ_c Σ_k o_ck δ²: ordered pairs within units, each weighted by 1/(m_u − 1).
        var observed = 0.0
        for values in pairable {
            let codes = values.map { index[$0]! }
            var sum = 0.0
            for a in codes.indices {
                for b in codes.indices where a != b { sum += delta(codes[a], codes[b]) }
            }
            observed += sum / Double(values.count - 1)
        }
        // Σ_c Σ_k n_c n_k δ².
        var expected = 0.0
        for c in distinct.indices {
            for k in distinct.indices where k != c { expected += counts[c] * counts[k] * delta(c, k) }
        }
        guard expected > 0 else { throw StatisticsError.noVariation }
        let n = counts.reduce(0, +)
        return KrippendorffAlphaResult(
            alpha: StatisticsSupport.snappedToOne(1 - (n - 1) * observed / expected),
            observedDisagreement: observed / n,
            expectedDisagreement: expected / (n * (n - 1)),
            pairableUnitCount: pairable.count,
            pairableValueCount: Int(n))
    }
}

/// δ²(c, k) on indices into the sorted distinct values.
private struct DifferenceFunction {
    let level: KrippendorffAlpha.Level
    let values: [Double]
    let counts: [Double]
    /// Prefix sums of the counts, for the ordinal metric.
    let cumulative: [Double]

    init(level: KrippendorffAlpha.Level, values: [Double], counts: [Double]) {
        self.level = level
        self.values = values
        self.counts = counts
        var running = [0.0]
        for count in counts { running.append(running.last! + count) }
        cumulative = running
    }

    func callAsFunction(_ c: Int, _ k: Int) -> Double {
        if c == k { return 0 }
        switch level {
        case .nominal:
            return 1
        case .ordinal:
            let low = min(c, k)
            let high = max(c, k)
            let d = cumulative[high + 1] - cumulative[low] - (counts[c] + counts[k]) / 2
            return d * d
        case .interval:
            let d = values[c] - values[k]
            return d * d
        case .ratio:
            let sum = values[c] + values[k]
            if sum == 0 { return 0 }
            let d = (values[c] - values[k]) / sum
            return d * d
        }
    }
}
