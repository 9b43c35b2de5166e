import Foundation

/// Log-gamma and the regularized incomplete beta function, implemented here so the
/// interval code depends on nothing beyond `exp`, `log` and `sin`.
public enum SpecialFunctions {
    /// ln Γ(x) for x > 0 (Lanczos approximation, g = 7, nine terms; about 1e-15 relative).
    ///
    /// Returns NaN for x ≤ 0 or NaN and `+infinity` for `+infinity`.
    public static func logGamma(_ x: Double) -> Double {
        guard x > 0 else { return .nan }
        guard x.isFinite else { return .infinity }
        if x < 0.5 {
            // Reflection: Γ(x)Γ(1 − x) = π / sin(πx), keeping accuracy near 0.
            return log(Double.pi / sin(Double.pi * x)) - logGamma(1 - x)
        }
        let z = x - 1
        var sum = lanczos[0]
        for i in 1..<lanczos.count { sum += lanczos[i] / (z + Double(i)) }
        let t = z + 7.5
        return 0.5 * log(2 * Double.pi) + (z + 0.5) * log(t) - t + log(sum)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1.
    ///
    /// Lentz's continued fraction (Numerical Recipes §6.4), evaluated on whichever
    /// side converges fast. Returns NaN outside the domain.
    public static func regularizedIncompleteBeta(x: Double, a: Double, b: Double) -> Double {
        incompleteBeta(x: x, complement: 1 - x, a: a, b: b).lower
    }

    /// I_x(a, b) and 1 − I_x(a, b), each accurate in its own tail.
    ///
    /// `complement` must equal 1 − x; callers that know it more precisely than
    /// `1 - x` (for instance t²/(ν + t²)) pass it so tiny tails keep their digits.
    static func incompleteBeta(x: Double, complement y: Double, a: Double, b: Double) -> (lower: Double, upper: Double)
    {
        guard a > 0, b > 0, x >= 0, y >= 0, x <= 1, y <= 1, a.isFinite, b.isFinite else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        let front = exp(a * log(x) + b * log(y) - logBeta(a, b))
        if x < (a + 1) / (a + b + 2) {
            let lower = front * continuedFraction(x: x, a: a, b: b) / a
            return (lower, 1 - lower)
        }
        let upper = front * continuedFraction(x: y, a: b, b: a) / b
        return (1 - upper, upper)
    }

    /// The continued fraction for I_x(a, b), modified Lentz method.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxContinuedFractionTerms {
            let m = Double(m)
            let m2 = 2 * m
            var numerator = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            numerator = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-16 { break }
        }
        return h
    }

    private static let maxContinuedFractionTerms = 20_000

    private static let lanczos: [Double] = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ]
}
