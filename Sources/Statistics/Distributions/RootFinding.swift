/// Brent's method for a root of a continuous function on a bracketing interval.
enum RootFinding {
    /// A root of `f` in [lower, upper], where f(lower) and f(upper) have opposite signs
    /// (or one is 0).
    ///
    /// Combines inverse quadratic interpolation, secant steps and bisection, so it always
    /// converges on a valid bracket. The tolerance is relative (4ε·|x|) plus `absoluteTolerance`.
    static func brent(
        in lower: Double, _ upper: Double, absoluteTolerance: Double = 1e-300, maxIterations: Int = 2_000,
        _ f: (Double) -> Double
    ) throws -> Double {
        var a = lower
        var b = upper
        var fa = f(a)
        var fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard fa.isFinite, fb.isFinite, (fa < 0) != (fb < 0) else {
            throw StatisticsError.invalidParameter(name: "bracket", value: fa)
        }
        var c = a
        var fc = fa
        var d = b - a
        var e = d
        for _ in 0..<maxIterations {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                a = b
                b = c
                c = a
                fa = fb
                fb = fc
                fc = fa
            }
            let tolerance = 2 * Double.ulpOfOne * abs(b) + 0.5 * absoluteTolerance
            let half = 0.5 * (c - b)
            if abs(half) <= tolerance || fb == 0 { return b }
            if abs(e) >= tolerance && abs(fa) > abs(fb) {
                var p: Double
                var q: Double
                let s = fb / fa
                if a == c {
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    let qa = fa / fc
                    let r = fb / fc
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * half * q - abs(tolerance * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = half
                    e = d
                }
            } else {
                d = half
                e = d
            }
            a = b
            fa = fb
            b += abs(d) > tolerance ? d : (half > 0 ? tolerance : -tolerance)
            fb = f(b)
        }
        throw StatisticsError.didNotConverge(iterations: maxIterations)
    }

    /// The x in [0, 1] with I_x(a, b) = p, returned with 1 − x computed in its own tail.
    static func inverseIncompleteBeta(_ p: Double, a: Double, b: Double) throws -> (x: Double, complement: Double) {
        if p <= 0 { return (0, 1) }
        if p >= 1 { return (1, 0) }
        if p <= 0.5 {
            let x = try brent(in: 0, 1) {
                SpecialFunctions.incompleteBeta(x: $0, complement: 1 - $0, a: a, b: b).lower - p
            }
            return (x, 1 - x)
        }
        // Solve the mirrored problem I_y(b, a) = 1 − p so that y = 1 − x keeps its digits.
        let q = 1 - p
        let y = try brent(in: 0, 1) { SpecialFunctions.incompleteBeta(x: $0, complement: 1 - $0, a: b, b: a).lower - q }
        return (1 - y, y)
    }
}
