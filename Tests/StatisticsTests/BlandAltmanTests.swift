import Statistics
import Testing

/// One rater row of a Bland–Altman table in docs/STATISTICS.md §8.
struct BlandAltmanCase: CustomTestStringConvertible, Sendable {
    let name: String
    let rater: Int
    let values: [Double]  // bias, SD, LoA lower, LoA upper, SE(bias), CI lower, CI upper, SE(LoA)
    var testDescription: String { name }
}

@Suite struct BlandAltmanTests {
    static let d1: [BlandAltmanCase] = [
        .init(
            name: "D1 J1", rater: 0,
            values: [
                3.166666667, 1.069787102, 1.069883946, 5.263449387, 0.4367387557, 2.043993954, 4.289339379,
                0.7564537145,
            ]),
        .init(
            name: "D1 J2", rater: 1,
            values: [
                -3.722222222, 0.9047201327, -5.495473682, -1.948970762, 0.3693504475, -4.671667774, -2.77277667,
                0.6397337409,
            ]),
        .init(
            name: "D1 J3", rater: 2,
            values: [
                -1.277777778, 0.9525793444, -3.144833293, 0.5892777373, 0.3888888889, -2.277448492, -0.2781070635,
                0.6735753141,
            ]),
        .init(
            name: "D1 J4", rater: 3,
            values: [
                1.833333333, 1.602081979, -1.306747345, 4.973414012, 0.654047229, 0.1520514061, 3.514615261,
                1.132843031,
            ]),
    ]

    static let d6: [BlandAltmanCase] = [
        .init(
            name: "D6 E1", rater: 0,
            values: [
                -0.6333333333, 0.6929984946, -1.991610383, 0.7249437162, 0.2191453658, -1.129074592, -0.1375920744,
                0.3795709078,
            ]),
        .init(
            name: "D6 E2", rater: 1,
            values: [
                -1.7, 1.251665557, -4.153264492, 0.7532644918, 0.3958114029, -2.5953876, -0.8046123998, 0.68556546,
            ]),
        .init(
            name: "D6 E3", rater: 2,
            values: [
                0.03333333333, 2.021184105, -3.928187512, 3.994854179, 0.6391545341, -1.412534674, 1.479201341,
                1.107048127,
            ]),
        .init(
            name: "D6 E4", rater: 3,
            values: [2.3, 0.7609286075, 0.8085799293, 3.791420071, 0.2406267536, 1.755664466, 2.844335534, 0.416777763]),
    ]

    private func check(_ row: BlandAltmanCase, _ data: [[Double]]) throws {
        let c = try BlandAltman.compare(RatingMatrix(complete: data), rater: row.rater)
        let points = [
            c.bias, c.standardDeviation, c.lowerLimit, c.upperLimit, c.biasStandardError, c.limitStandardError,
        ]
        let expected = [0, 1, 2, 3, 4, 7].map { row.values[$0] }
        #expect(statClose(points, expected, relative: 1e-9, absolute: 1e-10))
        // Intervals depend on the t quantile: docs/STATISTICS.md §6 tolerance 1e-6.
        #expect(
            statClose([c.biasInterval.lower, c.biasInterval.upper], [row.values[5], row.values[6]], relative: 1e-6))
    }

    @Test(arguments: d1)
    func limitsOfAgreementD1(_ row: BlandAltmanCase) throws { try check(row, StatisticsReferenceData.d1) }

    @Test(arguments: d6)
    func limitsOfAgreementD6(_ row: BlandAltmanCase) throws { try check(row, StatisticsReferenceData.d6) }

    @Test func biasIsScaledEffectWithCompleteData() throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d6)
        let fit = try SeverityModel.fit(matrix)
        for j in 0..<4 {
            let bias = try BlandAltman.compare(matrix, rater: j).bias
            #expect(statClose(bias, 4.0 / 3 * fit.raters[j].effect, relative: 1e-12, absolute: 1e-13))
        }
    }

    @Test func tooFewComparableSubjectsThrows() throws {
        let ratings = try RatingMatrix([[1, 2], [3, nil], [nil, 4]])
        #expect(throws: StatisticsError.tooFewSubjects(required: 2, found: 1)) {
            try BlandAltman.compare(ratings, rater: 0)
        }
        #expect(throws: StatisticsError.self) { try BlandAltman.compare(ratings, rater: 2) }
    }
}
