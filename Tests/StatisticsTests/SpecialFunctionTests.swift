import Foundation
import Statistics
import Testing

@Suite struct SpecialFunctionTests {
    @Test func incompleteBetaMatchesReferenceValue() {
        let value = SpecialFunctions.regularizedIncompleteBeta(x: 0.3, a: 2.5, b: 7.5)
        #expect(statClose(value, 0.678943485866, relative: 1e-11))
    }

    @Test(arguments: [0.1, 0.5, 1, 1.5, 2, 3.7, 10, 57.25, 1_000, 123_456.5])
    func logGammaMatchesTheCLibrary(x: Double) {
        #expect(statClose(SpecialFunctions.logGamma(x), lgamma(x), relative: 1e-13, absolute: 1e-14))
    }

    @Test func logGammaOfIntegersIsLogFactorial() {
        #expect(statClose(SpecialFunctions.logGamma(10), log(362_880), relative: 1e-14))
        #expect(abs(SpecialFunctions.logGamma(1)) < 1e-15)
        #expect(abs(SpecialFunctions.logGamma(2)) < 1e-15)
        #expect(statClose(SpecialFunctions.logGamma(0.5), 0.5 * log(Double.pi), relative: 1e-14))
    }

    @Test func logGammaIsNaNOutsideItsDomain() {
        #expect(SpecialFunctions.logGamma(0).isNaN)
        #expect(SpecialFunctions.logGamma(-2.5).isNaN)
    }

    @Test func incompleteBetaHandlesEndpointsAndSymmetry() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 0, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 1, a: 2, b: 3) == 1)
        // I_x(a, b) = 1 − I_{1−x}(b, a)
        let left = SpecialFunctions.regularizedIncompleteBeta(x: 0.62, a: 3.3, b: 1.7)
        let right = SpecialFunctions.regularizedIncompleteBeta(x: 0.38, a: 1.7, b: 3.3)
        #expect(statClose(left, 1 - right, relative: 1e-14))
        // I_x(1, 1) = x and I_x(a, 1) = x^a
        #expect(statClose(SpecialFunctions.regularizedIncompleteBeta(x: 0.37, a: 1, b: 1), 0.37, relative: 1e-14))
        #expect(
            statClose(SpecialFunctions.regularizedIncompleteBeta(x: 0.37, a: 3, b: 1), pow(0.37, 3), relative: 1e-13))
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 1.2, a: 2, b: 3).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(x: 0.5, a: 0, b: 3).isNaN)
    }
}
