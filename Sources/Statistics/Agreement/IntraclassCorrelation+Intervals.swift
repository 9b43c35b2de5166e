extension IntraclassCorrelation {
    /// The confidence intervals of docs/STATISTICS.md §2.1.3 (McGraw & Wong 1996, as pingouin 0.6.1).
    ///
    /// Infinite F ratios (a zero error mean square) are taken to their limits, so
    /// perfect agreement gives the interval [1, 1] instead of NaN.
    struct Intervals {
        var oneWaySingle: (Double, Double)
        var oneWayAverage: (Double, Double)
        var consistencySingle: (Double, Double)
        var consistencyAverage: (Double, Double)
        var agreementSingle: (Double, Double)
        var agreementAverage: (Double, Double)
        var satterthwaiteDegrees: Double

        init(anova: TwoWayANOVA, agreement rho: Double, level: Double) throws {
            let n = Double(anova.subjectCount)
            let k = Double(anova.raterCount)
            let msr = anova.subjectMeanSquare
            let msc = anova.raterMeanSquare
            let mse = anova.errorMeanSquare
            let msw = anova.withinMeanSquare
            let p = (1 + level) / 2
            func quantile(_ a: Double, _ b: Double) throws -> Double {
                try FDistribution(numeratorDegrees: a, denominatorDegrees: b).quantile(p)
            }
            func single(_ f: Double) -> Double { f.isInfinite ? 1 : (f - 1) / (f + k - 1) }
            func average(_ f: Double) -> Double { f.isInfinite ? 1 : 1 - 1 / f }

            let f1 = IntraclassCorrelation.ratio(msr, msw)
            let oneL = f1 / (try quantile(n - 1, anova.withinDegrees))
            let oneU = f1 * (try quantile(anova.withinDegrees, n - 1))
            oneWaySingle = (single(oneL), single(oneU))
            oneWayAverage = (average(oneL), average(oneU))

            let f3 = IntraclassCorrelation.ratio(msr, mse)
            let conL = f3 / (try quantile(n - 1, anova.errorDegrees))
            let conU = f3 * (try quantile(anova.errorDegrees, n - 1))
            consistencySingle = (single(conL), single(conU))
            consistencyAverage = (average(conL), average(conU))

            let fj = IntraclassCorrelation.ratio(msc, mse)
            let a = n * (1 + (k - 1) * rho) - k * rho
            var v: Double
            if fj.isInfinite {
                v = k - 1  // the limit of the Satterthwaite expression as F_J → ∞
            } else {
                let numerator = (n - 1) * (k - 1) * (k * rho * fj + a) * (k * rho * fj + a)
                v = numerator / ((n - 1) * k * k * rho * rho * fj * fj + a * a)
            }
            // v is 0 or NaN only on a measure-zero coincidence; a tiny df gives the
            // correct limiting (uninformative) interval without dividing by zero.
            if !(v > 1e-6) { v = 1e-6 }
            satterthwaiteDegrees = v
            let fStar = try quantile(n - 1, v)
            let fStarStar = try quantile(v, n - 1)
            let pooled = k * msc + (k * n - k - n) * mse
            let lower = fStar.isInfinite ? -n * mse / pooled : n * (msr - fStar * mse) / (fStar * pooled + n * msr)
            let upper = fStarStar.isInfinite ? 1 : n * (fStarStar * msr - mse) / (pooled + n * fStarStar * msr)
            agreementSingle = (lower, upper)
            agreementAverage = (k * lower / (1 + (k - 1) * lower), k * upper / (1 + (k - 1) * upper))
        }
    }
}
