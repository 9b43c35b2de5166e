extension KrippendorffAlpha {
    /// α over declared categories with agreement weights, with Gwet's standard error
    /// (Gwet 2014; irrCAC 0.4.4 `krippendorff`).
    ///
    /// Identity weights give α-nominal and quadratic weights α-interval, now with an SE
    /// and an interval on n′ − 1 df (n′ the pairable subjects). Linear and ordinal
    /// weights are Gwet's weighted variants, *not* Krippendorff's ordinal metric: for
    /// ordered levels use `compute(_:level: .ordinal)`.
    ///
    /// - Throws: as `GwetAC.compute`, plus `noVariation` when p_e = 1.
    public static func coefficient(
        _ ratings: RatingMatrix, categories: [Double], weights: AgreementWeights = .identity,
        confidenceLevel: Double = 0.95, minimumSubjects: Int = IntraclassCorrelation.recommendedMinimumSubjects
    ) throws -> AgreementCoefficient {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let tally = try CategoricalTally(ratings, categories: categories, weights: weights)
        let pairable = tally.counts.indices.filter { tally.totals[$0] >= 2 }
        let required = max(2, minimumSubjects)
        guard pairable.count >= required else {
            throw StatisticsError.tooFewSubjects(required: required, found: pairable.count)
        }
        let w = tally.weights
        let q = tally.categories.count
        let counts = pairable.map { tally.counts[$0] }
        let totals = pairable.map { tally.totals[$0] }
        let allPairs = tally.agreeingPairs
        let agreeing = pairable.map { allPairs[$0] }
        let n = Double(pairable.count)
        let total = totals.reduce(0, +)
        let meanTotal = total / n
        var paPrime = 0.0
        for i in counts.indices { paPrime += agreeing[i] / (meanTotal * (totals[i] - 1)) / n }
        let epsilon = 1 / total
        let pa = (1 - epsilon) * paPrime + epsilon
        let pi = (0..<q).map { k in counts.reduce(0) { $0 + $1[k] } / (n * meanTotal) }
        var pe = 0.0
        for k in 0..<q { for l in 0..<q { pe += w[k][l] * pi[k] * pi[l] } }
        guard 1 - pe > 1e-12 else { throw StatisticsError.noVariation }
        let value = StatisticsSupport.snappedToOne((pa - pe) / (1 - pe))
        let valuePrime = (paPrime - pe) / (1 - pe)
        let smoothed = tally.symmetrised(pi)
        var squares = 0.0
        for i in counts.indices {
            let shift = (totals[i] - meanTotal) / meanTotal
            let paI = agreeing[i] / (meanTotal * (totals[i] - 1)) - pa * shift
            var peI = -pe * shift
            for k in 0..<q { peI += counts[i][k] * smoothed[k] / meanTotal }
            let corrected = (paI - pe) / (1 - pe) - 2 * (1 - valuePrime) * (peI - pe) / (1 - pe)
            squares += (corrected - valuePrime) * (corrected - valuePrime)
        }
        let se = (squares / (n * (n - 1))).squareRoot()
        let margin = try StatisticsSupport.tCritical(level: level, degrees: n - 1) * se
        return AgreementCoefficient(
            value: value, observedAgreement: pa, chanceAgreement: pe, standardError: se,
            interval: ConfidenceInterval(lower: value - margin, upper: min(1, value + margin), level: level),
            categoryProportions: pi, subjectCount: pairable.count, pairedSubjectCount: pairable.count)
    }
}
