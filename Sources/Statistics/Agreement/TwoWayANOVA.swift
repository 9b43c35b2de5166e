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
        let total = values.reduce(0) { $0 + $1.reduce(0, +) }
        let grand = total / Double(n * k)
        let rowMeans = values.map { $0.reduce(0, +) / Double(k) }
        let columnMeans = (0..<k).map { j in values.reduce(0) { $0 + $1[j] } / Double(n) }
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
        subjectSumOfSquares = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        raterSumOfSquares = Double(n) * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        // Sums computed directly rather than by subtraction, then cleaned of rounding dust
        // so that perfect agreement yields exactly 1.
        let dust = 1e-24 * max(sst, Double.leastNormalMagnitude)
        errorSumOfSquares = sse <= dust ? 0 : sse
        withinSumOfSquares = ssw <= dust ? 0 : ssw
        totalSumOfSquares = sst
        raterMeans = columnMeans
    }
}
