import Statistics
import Testing

/// Every statistic either returns numbers or throws a `StatisticsError` on tiny and
/// degenerate tables; none traps or returns NaN.
@Suite struct DegenerateInputTests {
    static let tables: [[[Double?]]] = [
        [], [[]], [[1]], [[1, 2]], [[1], [2]], [[1, 1], [1, 1]], [[1, 2], [2, 1]], [[0, 1], [1, 0], [0, 1]],
        [[nil, nil], [nil, nil]], [[1, nil], [nil, 1]], [[1, 2, 3], [1, 2, 3]], [[5, 5], [5, 5], [6, 6]],
        [[0, 0, 1], [0, 0, 0], [1, nil, 1]], [[1, 3], [1, 3], [1, 3]], [[0, 1], [0, 1], [1, 1], [nil, 0]],
    ]

    private func finite(_ values: [Double]) -> Bool { values.allSatisfy { !$0.isNaN } }

    private func check(_ body: () throws -> [Double]) {
        do {
            #expect(finite(try body()))
        } catch {
            #expect(error is StatisticsError)
        }
    }

    @Test(arguments: tables.indices)
    func neverTrapsOrReturnsNaN(_ index: Int) throws {
        let matrix = try RatingMatrix(Self.tables[index])
        let categories: [Double] = [0, 1, 2, 3, 5, 6]
        check {
            let r = try IntraclassCorrelation.compute(matrix, minimumSubjects: 0)
            return [r.agreementSingle, r.consistencySingle, r.oneWaySingle, r.agreementAverage].flatMap {
                [$0.value, $0.interval.lower, $0.interval.upper, $0.test.pValue ?? 0]
            }
        }
        check { [try IntraclassCorrelation.oneWayUnbalanced(matrix, minimumSubjects: 0).value] }
        for level in KrippendorffAlpha.Level.allCases {
            check { [try KrippendorffAlpha.compute(matrix, level: level, minimumUnits: 0).alpha] }
        }
        for weights in AgreementWeights.allCases {
            check {
                try self.summary(GwetAC.compute(matrix, categories: categories, weights: weights, minimumSubjects: 0))
            }
            check {
                try self.summary(
                    FleissKappa.compute(matrix, categories: categories, weights: weights, minimumSubjects: 0))
            }
            check {
                try self.summary(
                    CongerKappa.compute(matrix, categories: categories, weights: weights, minimumSubjects: 0))
            }
            check {
                try self.summary(
                    KrippendorffAlpha.coefficient(matrix, categories: categories, weights: weights, minimumSubjects: 0))
            }
        }
        check {
            let fit = try SeverityModel.fit(matrix)
            return fit.raters.flatMap { [$0.effect, $0.standardError, $0.t, $0.shrunkEffect] } + [fit.raterTest.pValue ?? 0]
        }
        for rater in 0..<matrix.raterCount {
            check {
                let c = try BlandAltman.compare(matrix, rater: rater)
                return [c.bias, c.biasInterval.lower]
            }
        }
        check { [try PairwiseSpread.compute(matrix, tolerance: 1).meanAbsoluteDifference] }
    }

    private func summary(_ c: AgreementCoefficient) -> [Double] {
        [c.value, c.observedAgreement, c.chanceAgreement, c.standardError, c.interval.lower, c.interval.upper]
    }
}
