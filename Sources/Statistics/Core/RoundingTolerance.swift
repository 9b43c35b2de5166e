/// When a quantity computed in floating point is zero "up to the arithmetic's rounding".
///
/// A deviation computed from values of magnitude at most `scale` by `operations`
/// additions, subtractions and divisions carries an absolute error of at most about
/// `operations · ε · scale` (ε the machine epsilon), so a sum of `terms` squared deviations
/// whose exact value is 0 comes out at most `terms · (operations · ε · scale)²`. Anything
/// larger is a real deviation: for decimal inputs with at most six fraction digits a real
/// deviation is at least of the order 1e-6, far above this bound. Exact zeros that can be
/// decided exactly (every value identical) are decided by comparing the values instead.
public enum RoundingTolerance {
    /// The largest computed sum of squares that may still be exactly zero.
    public static func sumOfSquaresBound(terms: Int, operations: Int, scale: Double) -> Double {
        let error = Double(max(1, operations)) * Double.ulpOfOne * scale
        return Double(max(1, terms)) * error * error
    }

    /// Whether `sumOfSquares` is zero up to rounding.
    public static func isZero(sumOfSquares: Double, terms: Int, operations: Int, scale: Double) -> Bool {
        sumOfSquares <= sumOfSquaresBound(terms: terms, operations: operations, scale: scale)
    }

    /// Whether a residual `value`, the difference of quantities of magnitude about `scale`
    /// computed by a least-squares solve of `operations` steps with condition number
    /// `condition`, is zero up to rounding (forward error ≈ κ · operations · ε · scale). A
    /// rank-deficient design (κ infinite) is solved on independent columns, taken here as
    /// κ = 10⁴, the largest the fit accepts without calling the scales unstable tenfold.
    public static func isZero(residual value: Double, scale: Double, operations: Int, condition: Double) -> Bool {
        let kappa = condition.isFinite ? max(1, condition) : 1e4
        return abs(value) <= kappa * Double(max(1, operations)) * 16 * Double.ulpOfOne * scale
    }

    /// Whether every value is identical (an exact test: their variation is exactly 0).
    public static func allEqual(_ values: [Double]) -> Bool {
        guard let first = values.first else { return true }
        return values.allSatisfy { $0 == first }
    }

    /// The mean, exact when every value is identical (the naive mean of equal values may
    /// differ from them in the last bit).
    public static func mean(_ values: [Double]) -> Double {
        allEqual(values) ? values.first ?? 0 : values.reduce(0, +) / Double(values.count)
    }
}
