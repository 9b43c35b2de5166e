/// Fits one weight per rule to historical awarded scores (docs/STATISTICS.md §5): no
/// intercept, bounded or non-negative, optionally summing to the subarea maximum and
/// shrunk toward expert weights, with leave-one-out residuals and an optimism ratio.
public enum RuleWeightFit {
    /// Fits weights w minimising ‖X·w − y‖² under `options`, then refits without each
    /// group to validate them.
    ///
    /// - Parameters:
    ///   - findings: X, one row per historical evaluation, one column per rule (0/1 or fractional).
    ///   - awarded: y, the awarded subarea points of the same evaluations.
    /// - Throws: input errors as `BoundedLeastSquares.solve`; `tooFewSubjects` with fewer
    ///   than two leave-one-out groups; `rankDeficient` for an unconstrained fit of
    ///   dependent rules.
    public static func fit(findings: [[Double]], awarded: [Double], options: WeightFitOptions = .init()) throws
        -> WeightFitReport
    {
        let p = try LeastSquaresInput.validate(findings, awarded)
        try validate(options, rules: p, rows: findings.count)
        let design = try DesignDiagnostics(findings: findings)
        let maxima = (0..<p).map { r in findings.reduce(0) { max($0, $1[r]) } }
        let full = try solve(findings, awarded, options: options, maxima: maxima)

        let labels = options.groups ?? Array(findings.indices)
        var order: [Int] = []
        for label in labels where !order.contains(label) { order.append(label) }
        guard order.count >= 2 else { throw StatisticsError.tooFewSubjects(required: 2, found: order.count) }
        var loo = [Double](repeating: 0, count: findings.count)
        var looWeights: [[Double]] = []
        for label in order {
            let kept = findings.indices.filter { labels[$0] != label }
            let refit = try solve(kept.map { findings[$0] }, kept.map { awarded[$0] }, options: options, maxima: maxima)
            looWeights.append(refit.coefficients)
            for i in findings.indices where labels[i] == label {
                loo[i] = awarded[i] - dot(findings[i], refit.coefficients)
            }
        }
        let fitted = findings.map { dot($0, full.coefficients) }
        let inSample = try evaluate(weights: full.coefficients, findings: findings, awarded: awarded)
        let sst = totalSumOfSquares(awarded)
        let press = loo.reduce(0) { $0 + $1 * $1 }
        let n = Double(findings.count)
        // Zero up to the solver's rounding, relative to what each residual is the difference of.
        let operations = findings.count + p
        let isZero: (Int, [Double], Double) -> Bool = { i, weights, residual in
            let scale = abs(awarded[i]) + zip(findings[i], weights).reduce(0) { $0 + abs($1.0 * $1.1) }
            return RoundingTolerance.isZero(
                residual: residual, scale: scale, operations: operations, condition: design.conditionNumber)
        }
        let perfect = findings.indices.allSatisfy { isZero($0, full.coefficients, awarded[$0] - fitted[$0]) }
        let perfectOutOfSample = findings.indices.allSatisfy { i in
            let group = order.firstIndex(of: labels[i]) ?? 0
            return isZero(i, looWeights[group], loo[i])
        }
        return WeightFitReport(
            weights: full.coefficients, fitted: fitted, residuals: zip(awarded, fitted).map { $0 - $1 },
            leaveOneOutResiduals: loo, leaveOneOutWeights: looWeights, inSample: inSample,
            leaveOneOut: CrossValidationMetrics(
                rootMeanSquaredError: (press / n).squareRoot(), meanAbsoluteError: loo.reduce(0) { $0 + abs($1) } / n,
                press: press, qSquared: sst > 0 ? 1 - press / sst : nil),
            solution: full, design: design, isPerfectFit: perfect, isPerfectOutOfSample: perfectOutOfSample)
    }

    /// The accuracy of fixed weights (e.g. the current expert weights, whose in-sample
    /// error is already out-of-sample because they were not fitted).
    public static func evaluate(weights: [Double], findings: [[Double]], awarded: [Double]) throws -> FitMetrics {
        let p = try LeastSquaresInput.validate(findings, awarded)
        guard weights.count == p else { throw StatisticsError.dimensionMismatch(expected: p, found: weights.count) }
        let residuals = zip(findings, awarded).map { $1 - dot($0, weights) }
        let rss = residuals.reduce(0) { $0 + $1 * $1 }
        let n = Double(awarded.count)
        let sst = totalSumOfSquares(awarded)
        return FitMetrics(
            rootMeanSquaredError: (rss / n).squareRoot(), meanAbsoluteError: residuals.reduce(0) { $0 + abs($1) } / n,
            rSquared: sst > 0 ? 1 - rss / sst : nil, residualSumOfSquares: rss)
    }

    private static func solve(
        _ x: [[Double]], _ y: [Double], options: WeightFitOptions, maxima: [Double]
    ) throws -> LeastSquaresSolution {
        let p = maxima.count
        var a = x
        var b = y
        if let prior = options.prior, prior.strength > 0 {
            let root = prior.strength.squareRoot()
            for r in 0..<p {
                a.append((0..<p).map { $0 == r ? root : 0 })
                b.append(root * prior.weights[r])
            }
        }
        let equality = options.subareaMaximum.map { LinearEquality(coefficients: maxima, target: $0) }
        switch options.bounds {
        case .unconstrained where equality == nil:
            return try OrdinaryLeastSquares.solve(a, b)
        case .unconstrained:
            let infinite = [Double](repeating: .infinity, count: p)
            return try BoundedLeastSquares.solve(a, b, lower: infinite.map { -$0 }, upper: infinite, equality: equality)
        case .nonNegative:
            return try NonNegativeLeastSquares.solve(a, b, equality: equality)
        case .box(let lower, let upper):
            return try BoundedLeastSquares.solve(a, b, lower: lower, upper: upper, equality: equality)
        }
    }

    private static func validate(_ options: WeightFitOptions, rules p: Int, rows: Int) throws {
        if let prior = options.prior {
            guard prior.weights.count == p else {
                throw StatisticsError.dimensionMismatch(expected: p, found: prior.weights.count)
            }
            guard prior.strength >= 0, prior.strength.isFinite, prior.weights.allSatisfy(\.isFinite) else {
                throw StatisticsError.invalidParameter(name: "prior.strength", value: prior.strength)
            }
        }
        if let groups = options.groups, groups.count != rows {
            throw StatisticsError.dimensionMismatch(expected: rows, found: groups.count)
        }
    }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// SST about the mean, exactly 0 when every observation is identical (decimal inputs
    /// that are equal parse to the same double; their naive mean may not equal them).
    private static func totalSumOfSquares(_ y: [Double]) -> Double {
        guard !RoundingTolerance.allEqual(y) else { return 0 }
        let mean = y.reduce(0, +) / Double(y.count)
        return y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }
}
