/// Sums of squares and mean squares of a complete subjects × raters table
/// (docs/STATISTICS.md §2.1.1), the basis of every ICC form.
public struct TwoWayANOVA: Equatable, Sendable {
    /// Number of subjects n (rows).
    public let subjectCount: Int
    /// Number of raters k (columns).
    public let raterCount: Int
    /// The grand mean ȳ..
    public let grandMean: Double
    /// Between-subjects sum of squares SSR = k·Σ(ȳ_i· − ȳ..)².
    public let subjectSumOfSquares: Double
    /// Between-raters sum of squares SSC = n·Σ(ȳ·_j − ȳ..)².
    public let raterSumOfSquares: Double
    /// Residual sum of squares SSE = SST − SSR − SSC.
    public let errorSumOfSquares: Double
    /// Within-subjects sum of squares SSW = SST − SSR (one-way model).
    public let withinSumOfSquares: Double
    /// Total sum of squares SST.
    public let totalSumOfSquares: Double
    /// The mean rating of each rater, ȳ·_j.
    public let raterMeans: [Double]

    /// MSR = SSR/(n − 1).
    public var subjectMeanSquare: Double { subjectSumOfSquares / Double(subjectCount - 1) }
    /// MSC = SSC/(k − 1).
    public var raterMeanSquare: Double { raterSumOfSquares / Double(raterCount - 1) }
    /// MSE = SSE/((n − 1)(k − 1)).
    public var errorMeanSquare: Double { errorSumOfSquares / errorDegrees }
    /// MSW = SSW/(n(k − 1)).
    public var withinMeanSquare: Double { withinSumOfSquares / withinDegrees }
    /// Residual degrees of freedom (n − 1)(k − 1).
    public var errorDegrees: Double { Double((subjectCount - 1) * (raterCount - 1)) }
    /// Within-subjects degrees of freedom n(k − 1).
    public var withinDegrees: Double { Double(subjectCount * (raterCount - 1)) }

    /// Computes the table; `values` must be complete and rectangular with n ≥ 2, k ≥ 2.
    init(_ values: [[Double]]) {
        let n = values.count
        let k = values[0].count
        let all = values.flatMap { $0 }
        let grand = RoundingTolerance.mean(all)
        let rowMeans = values.map(RoundingTolerance.mean)
        let columnMeans = (0..<k).map { j in RoundingTolerance.mean(values.map { $0[j] }) }
        var sst = 0.0
        var ssw = 0.0
        var sse = 0.0
        for i in 0..<n {
            for j in 0..<k {
                let y = values[i][j]
                sst += (y - grand) * (y - grand)
                ssw += (y - rowMeans[i]) * (y - rowMeans[i])
                let residual = y - rowMeans[i] - columnMeans[j] + grand
                sse += residual * residual
            }
        }
        subjectCount = n
        raterCount = k
        grandMean = grand
        // Sums computed directly rather than by subtraction; a sum that is zero up to the
        // rounding of the means (RoundingTolerance) is exactly zero, so perfect agreement
        // yields exactly 1 and F tests over it are undefined rather than rounding noise.
        let scale = all.reduce(0) { max($0, abs($1)) }
        let isDust: (Double) -> Bool = {
            RoundingTolerance.isZero(sumOfSquares: $0, terms: n * k, operations: n + k + 8, scale: scale)
        }
        let ssr = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssc = Double(n) * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        subjectSumOfSquares = isDust(ssr) ? 0 : ssr
        raterSumOfSquares = isDust(ssc) ? 0 : ssc
        errorSumOfSquares = isDust(sse) ? 0 : sse
        withinSumOfSquares = isDust(ssw) ? 0 : ssw
        totalSumOfSquares = RoundingTolerance.allEqual(all) ? 0 : sst
        raterMeans = columnMeans
    }
}
