extension SeverityModel {
    /// Per-rater summaries of a fitted model: SE, t, interval, shrinkage and noise index.
    struct EffectContext {
        let gamma: [Double]
        let covariance: [[Double]]
        let residuals: [[Double?]]
        let units: [[(rater: Int, value: Double)]]
        let tCritical: Double
        let level: Double
        let minimumSubjects: Int
        let hasResidualVariation: Bool

        var standardErrors: [Double] { gamma.indices.map { max(0, covariance[$0][$0]).squareRoot() } }

        /// τ̂² = max(0, Σγ̂²/(k − 1) − mean SE²).
        var effectVariance: Double {
            let k = Double(gamma.count)
            let spread = gamma.reduce(0) { $0 + $1 * $1 } / (k - 1)
            let noise = standardErrors.reduce(0) { $0 + $1 * $1 } / k
            return max(0, spread - noise)
        }

        func effects() -> [RaterEffect] {
            let se = standardErrors
            let tau2 = effectVariance
            // Mean squared residual over subjects with ≥ 2 ratings, overall and per rater.
            var total = 0.0
            var count = 0.0
            var perRater = [Double](repeating: 0, count: gamma.count)
            var perCount = [Double](repeating: 0, count: gamma.count)
            var rated = [Int](repeating: 0, count: gamma.count)
            for (u, unit) in units.enumerated() {
                for (j, _) in unit { rated[j] += 1 }
                guard unit.count >= 2 else { continue }
                for (j, _) in unit {
                    let e = residuals[u][j] ?? 0
                    total += e * e
                    count += 1
                    perRater[j] += e * e
                    perCount[j] += 1
                }
            }
            let overall = count > 0 ? total / count : 0
            return gamma.indices.map { j in
                let g = gamma[j]
                let t = se[j] > 0 ? g / se[j] : (g == 0 ? 0 : g.sign == .minus ? -.infinity : .infinity)
                let shrinkDenominator = tau2 + se[j] * se[j]
                let noise: Double? =
                    hasResidualVariation && overall > 0 && perCount[j] > 0 ? perRater[j] / perCount[j] / overall : nil
                return RaterEffect(
                    rater: j, effect: g, standardError: se[j], t: t,
                    interval: ConfidenceInterval(
                        lower: g - tCritical * se[j], upper: g + tCritical * se[j], level: level),
                    shrunkEffect: shrinkDenominator > 0 ? g * tau2 / shrinkDenominator : g,
                    noiseIndex: noise, ratedSubjects: rated[j], hasSufficientData: rated[j] >= minimumSubjects)
            }
        }
    }
}
