/// Evaluator severity by the two-way additive least-squares model, for any connected
/// pattern of missing ratings (intra-block analysis; docs/STATISTICS.md §3.3).
public enum SeverityModel {
    /// docs/STATISTICS.md §3.3: mark an evaluator with fewer than 5 rated units as "insufficient data".
    public static let recommendedMinimumSubjectsPerRater = 5

    /// Fits γ̂ with Σγ̂ = 0 from the reduced normal equations (C + 11ᵀ)·γ̂ = q.
    ///
    /// - Throws: `tooFewRaters` (k < 2), `disconnectedDesign` with the components (fit
    ///   each one on `selectingRaters`), or `noResidualDegreesOfFreedom`. With no residual
    ///   variance (zero up to rounding) the rater F test is undefined.
    public static func fit(
        _ ratings: RatingMatrix, confidenceLevel: Double = 0.95,
        minimumSubjectsPerRater: Int = recommendedMinimumSubjectsPerRater
    ) throws -> SeverityFit {
        let level = try StatisticsSupport.validatedLevel(confidenceLevel)
        let k = ratings.raterCount
        guard k >= 2 else { throw StatisticsError.tooFewRaters(required: 2, found: k) }
        let components = RaterConnectivity.components(ratings)
        guard components.count == 1 else { throw StatisticsError.disconnectedDesign(components: components) }

        let units = ratings.rows.indices.map { ratings.ratings(ofSubject: $0) }
        var c = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var q = [Double](repeating: 0, count: k)
        var within = 0.0  // SSE₀, the within-unit sum of squares
        var scale = 0.0
        for unit in units where unit.count >= 2 {
            let m = Double(unit.count)
            // Exact when the unit's ratings are identical, so evaluators who agree exactly
            // leave q and SSE₀ exactly 0 rather than rounding noise.
            let mean = RoundingTolerance.mean(unit.map(\.value))
            scale = unit.reduce(scale) { max($0, abs($1.value)) }
            for (j, y) in unit {
                c[j][j] += 1
                q[j] += y - mean
                within += (y - mean) * (y - mean)
                for (l, _) in unit { c[j][l] -= 1 / m }
            }
        }
        let augmented = c.map { $0.map { $0 + 1 } }
        guard let factor = Cholesky(augmented) else { throw StatisticsError.rankDeficient }
        let gamma = factor.solve(q)

        var residuals = ratings.rows.map { $0.map { _ -> Double? in nil } }
        var subjectEffects = [Double?](repeating: nil, count: ratings.subjectCount)
        var sse = 0.0
        var ratingCount = 0
        var subjectCount = 0
        for (u, unit) in units.enumerated() where !unit.isEmpty {
            let alpha = unit.reduce(0) { $0 + $1.value - gamma[$1.rater] } / Double(unit.count)
            subjectEffects[u] = alpha
            ratingCount += unit.count
            subjectCount += 1
            for (j, y) in unit {
                // A lone rating is fitted exactly by its own unit effect.
                let e = unit.count == 1 ? 0 : y - alpha - gamma[j]
                residuals[u][j] = e
                sse += e * e
            }
        }
        let df = ratingCount - subjectCount - (k - 1)
        guard df > 0 else { throw StatisticsError.noResidualDegreesOfFreedom }
        // Zero up to rounding (RoundingTolerance): each residual is a rating minus a unit
        // effect and an evaluator effect from a k × k solve.
        if within == 0
            || RoundingTolerance.isZero(sumOfSquares: sse, terms: ratingCount, operations: 4 * k + 16, scale: scale)
        {
            sse = 0
        }
        let sigma2 = sse / Double(df)
        let inverse = factor.inverse()
        let kk = Double(k * k)
        let covariance = inverse.map { $0.map { sigma2 * ($0 - 1 / kk) } }

        let explained = zip(gamma, q).reduce(0) { $0 + $1.0 * $1.1 }
        // No residual variance: the F test is undefined, not 0, a rounding ratio or infinite.
        let test = try FTest.ratio(
            explained / Double(k - 1), sigma2, numeratorDegrees: Double(k - 1), denominatorDegrees: Double(df))
        let context = EffectContext(
            gamma: gamma, covariance: covariance, residuals: residuals, units: units,
            tCritical: try StatisticsSupport.tCritical(level: level, degrees: Double(df)), level: level,
            minimumSubjects: minimumSubjectsPerRater, hasResidualVariation: sse > 0)
        return SeverityFit(
            raters: context.effects(), subjectEffects: subjectEffects, residuals: residuals,
            errorSumOfSquares: sse, errorDegrees: df, residualVariance: sigma2, effectCovariance: covariance,
            raterTest: test, effectVariance: context.effectVariance)
    }
}
