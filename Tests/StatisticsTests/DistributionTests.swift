import Foundation
import Statistics
import Testing

/// An F quantile from docs/STATISTICS.md §6 (scipy `f.ppf(0.975, d1, d2)`).
struct FQuantileCase: CustomTestStringConvertible, Sendable {
    let d1: Double
    let d2: Double
    let expected: Double
    var testDescription: String { "F.ppf(0.975; \(d1), \(d2))" }
}

@Suite struct DistributionTests {
    static let fQuantiles: [FQuantileCase] = [
        .init(d1: 5, d2: 18, expected: 3.381967806),
        .init(d1: 18, d2: 5, expected: 6.361883205),
        .init(d1: 5, d2: 15, expected: 3.576415349),
        .init(d1: 15, d2: 5, expected: 6.427728167),
        .init(d1: 5, d2: 4.785143862, expected: 7.498627594),
        .init(d1: 4.785143862, d2: 5, expected: 7.190737169),
        .init(d1: 9, d2: 27, expected: 2.630855588),
        .init(d1: 27, d2: 9, expected: 3.584452279),
    ]

    @Test(arguments: fQuantiles)
    func fQuantileMatchesScipy(_ reference: FQuantileCase) throws {
        let distribution = try FDistribution(numeratorDegrees: reference.d1, denominatorDegrees: reference.d2)
        #expect(statClose(try distribution.quantile(0.975), reference.expected, relative: 1e-9))
    }

    @Test(arguments: [(5.0, 2.570581837), (9, 2.262157163), (12, 2.17881283), (15, 2.131449546), (27, 2.051830516)])
    func tQuantileMatchesScipy(degrees: Double, expected: Double) throws {
        let distribution = try StudentTDistribution(degreesOfFreedom: degrees)
        #expect(statClose(try distribution.quantile(0.975), expected, relative: 1e-9))
        #expect(statClose(try distribution.quantile(0.025), -expected, relative: 1e-9))
    }

    @Test func fSurvivalMatchesScipy() throws {
        let distribution = try FDistribution(numeratorDegrees: 5, denominatorDegrees: 15)
        #expect(statClose(distribution.survival(11.0272479564), 1.345665165e-4, relative: 1e-9))
    }

    @Test func fSurvivalOfRaterBiasTestsMatchesReference() throws {
        // D1: F = 31.86648501 on (3, 15), p = 9.454263202e-07; D6: 12.78807947 on (3, 27), p = 2.188773372e-05.
        let d1 = try FDistribution(numeratorDegrees: 3, denominatorDegrees: 15)
        #expect(statClose(d1.survival(31.86648501), 9.454263202e-07, relative: 1e-8))
        let d6 = try FDistribution(numeratorDegrees: 3, denominatorDegrees: 27)
        #expect(statClose(d6.survival(12.78807947), 2.188773372e-05, relative: 1e-8))
    }

    @Test func normalQuantileMatchesReference() throws {
        #expect(statClose(try NormalDistribution.quantile(0.975), 1.95996398454, relative: 1e-11))
        #expect(statClose(try NormalDistribution.quantile(0.025), -1.95996398454, relative: 1e-11))
        #expect(try NormalDistribution.quantile(0.5) == 0)
    }

    @Test(arguments: [0.001, 0.025, 0.3, 0.5, 0.9, 0.975, 0.999_999])
    func quantilesInvertTheirDistributions(p: Double) throws {
        let f = try FDistribution(numeratorDegrees: 3.5, denominatorDegrees: 11.2)
        #expect(statClose(f.cdf(try f.quantile(p)), p, relative: 1e-12))
        let t = try StudentTDistribution(degreesOfFreedom: 2.7)
        #expect(statClose(t.cdf(try t.quantile(p)), p, relative: 1e-12))
        #expect(statClose(NormalDistribution.cdf(try NormalDistribution.quantile(p)), p, relative: 1e-12))
    }

    @Test func tDistributionWithOneDegreeIsCauchy() throws {
        let t = try StudentTDistribution(degreesOfFreedom: 1)
        #expect(statClose(t.cdf(1), 0.75, relative: 1e-14))
        #expect(statClose(try t.quantile(0.975), tan(Double.pi * 0.475), relative: 1e-12))
    }

    @Test func extremeTailsKeepTheirDigits() throws {
        let t = try StudentTDistribution(degreesOfFreedom: 10)
        let q = try t.quantile(1e-12)
        #expect(statClose(t.cdf(q), 1e-12, relative: 1e-9))
        let f = try FDistribution(numeratorDegrees: 2, denominatorDegrees: 2)
        // For F(2, 2), P(F > x) = 1/(1 + x).
        #expect(statClose(f.survival(1e9), 1 / (1 + 1e9), relative: 1e-12))
        #expect(statClose(try f.quantile(1 - 1e-10), 1e10 - 1, relative: 1e-6))
    }

    @Test func endpointsAndInvalidParameters() throws {
        let f = try FDistribution(numeratorDegrees: 4, denominatorDegrees: 9)
        #expect(try f.quantile(0) == 0)
        #expect(try f.quantile(1) == .infinity)
        #expect(f.cdf(-1) == 0)
        #expect(f.survival(.infinity) == 0)
        #expect(throws: StatisticsError.invalidParameter(name: "p", value: 1.5)) { try f.quantile(1.5) }
        #expect(throws: StatisticsError.self) { try FDistribution(numeratorDegrees: 0, denominatorDegrees: 3) }
        #expect(throws: StatisticsError.self) { try StudentTDistribution(degreesOfFreedom: .nan) }
        #expect(throws: StatisticsError.self) { try NormalDistribution.quantile(-0.1) }
    }
}
