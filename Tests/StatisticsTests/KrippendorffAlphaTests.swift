import Statistics
import Testing

/// One α value from docs/STATISTICS.md §8 (krippendorff 0.9.0).
struct AlphaCase: CustomTestStringConvertible, Sendable {
    let dataSet: String
    let rows: [[Double?]]
    let level: KrippendorffAlpha.Level
    let expected: Double
    var testDescription: String { "\(dataSet) \(level.rawValue)" }
}

@Suite struct KrippendorffAlphaTests {
    static func complete(_ rows: [[Double]]) -> [[Double?]] { rows.map { $0.map { Optional($0) } } }

    static let references: [AlphaCase] = [
        .init(dataSet: "D1", rows: complete(StatisticsReferenceData.d1), level: .nominal, expected: -0.06481481481),
        .init(dataSet: "D1", rows: complete(StatisticsReferenceData.d1), level: .ordinal, expected: 0.1090594132),
        .init(dataSet: "D1", rows: complete(StatisticsReferenceData.d1), level: .interval, expected: 0.1473078504),
        .init(dataSet: "D1", rows: complete(StatisticsReferenceData.d1), level: .ratio, expected: 0.08195127861),
        .init(dataSet: "D2", rows: StatisticsReferenceData.d2, level: .nominal, expected: 0.7434210526),
        .init(dataSet: "D2", rows: StatisticsReferenceData.d2, level: .ordinal, expected: 0.8153875038),
        .init(dataSet: "D2", rows: StatisticsReferenceData.d2, level: .interval, expected: 0.8491071429),
        .init(dataSet: "D2", rows: StatisticsReferenceData.d2, level: .ratio, expected: 0.7974027747),
        .init(dataSet: "D4", rows: complete(StatisticsReferenceData.d4), level: .nominal, expected: 0.4334098283),
        .init(dataSet: "D6", rows: complete(StatisticsReferenceData.d6), level: .interval, expected: 0.8728256668),
        .init(dataSet: "D6", rows: complete(StatisticsReferenceData.d6), level: .ordinal, expected: 0.8777612855),
        .init(dataSet: "D6", rows: complete(StatisticsReferenceData.d6), level: .nominal, expected: 0.02412868633),
        .init(dataSet: "D8", rows: complete(StatisticsReferenceData.d8), level: .nominal, expected: 0.3383458647),
    ]

    @Test(arguments: references)
    func matchesKrippendorffPackage(_ reference: AlphaCase) throws {
        let result = try KrippendorffAlpha.compute(RatingMatrix(reference.rows), level: reference.level)
        #expect(statClose(result.alpha, reference.expected, relative: 1e-9))
    }

    @Test func publishedKrippendorffValuesRoundCorrectly() throws {
        let matrix = try RatingMatrix(StatisticsReferenceData.d2)
        let rounded = try [KrippendorffAlpha.Level.nominal, .ordinal, .interval, .ratio].map {
            (try KrippendorffAlpha.compute(matrix, level: $0).alpha * 1000).rounded() / 1000
        }
        #expect(rounded == [0.743, 0.815, 0.849, 0.797])
    }

    @Test func unpairableUnitIsIgnored() throws {
        let result = try KrippendorffAlpha.compute(RatingMatrix(StatisticsReferenceData.d2), level: .nominal)
        #expect(result.pairableUnitCount == 11)
        #expect(result.pairableValueCount == 40)
        #expect(statClose(1 - result.observedDisagreement / result.expectedDisagreement, result.alpha, relative: 1e-12))
    }

    /// The interval shortcut of §2.2, computed independently here.
    private func intervalShortcut(_ units: [[Double]]) -> Double {
        let pairable = units.filter { $0.count >= 2 }
        let all = pairable.flatMap { $0 }
        let n = Double(all.count)
        let mean = all.reduce(0, +) / n
        let total = all.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let within = pairable.reduce(0.0) { sum, unit in
            let m = Double(unit.count)
            let unitMean = unit.reduce(0, +) / m
            return sum + m / (m - 1) * unit.reduce(0) { $0 + ($1 - unitMean) * ($1 - unitMean) }
        }
        return 1 - (n - 1) * within / (n * total)
    }

    @Test func intervalAlphaEqualsTheShortcut() throws {
        let halfPoints: [[Double]] = [[1.5, 2], [3, 3.5, 2.5], [7], [4, 4], [0.5, 1, 1.5, 1], [6, 5.5]]
        for units in [halfPoints, StatisticsReferenceData.d2.map { $0.compactMap { $0 } }, StatisticsReferenceData.d6] {
            let alpha = try KrippendorffAlpha.compute(units: units, level: .interval, minimumUnits: 2).alpha
            #expect(statClose(alpha, intervalShortcut(units), relative: 1e-12))
        }
    }

    @Test func handComputedNominal() throws {
        // Units {a, a}, {a, b}, {b, b}: n = 6, o_ab = o_ba = 1, n_a = n_b = 3.
        // α = 1 − (n − 1)·2 / (2·3·3) = 1 − 10/18.
        let result = try KrippendorffAlpha.compute(
            units: [[0, 0], [0, 1], [1, 1]], level: .nominal, minimumUnits: 2)
        #expect(statClose(result.alpha, 1 - 10.0 / 18, relative: 1e-14))
    }

    @Test func affineRelabellingDoesNotChangeAlpha() throws {
        // Unused values between the observed ones, and a change of units, change nothing.
        let units = StatisticsReferenceData.d6
        let relabelled = units.map { $0.map { $0 * 10 + 100 } }
        for level in [KrippendorffAlpha.Level.nominal, .ordinal, .interval] {
            let a = try KrippendorffAlpha.compute(units: units, level: level).alpha
            let b = try KrippendorffAlpha.compute(units: relabelled, level: level).alpha
            #expect(statClose(a, b, relative: 1e-12))
        }
    }

    @Test func perfectAgreementIsOne() throws {
        let result = try KrippendorffAlpha.compute(
            units: [[1, 1], [2, 2, 2], [3, 3]], level: .interval, minimumUnits: 2)
        #expect(result.alpha == 1)
    }

    @Test func degenerateInputsThrow() throws {
        #expect(throws: StatisticsError.noVariation) {
            try KrippendorffAlpha.compute(units: Array(repeating: [1, 1, 1], count: 6), level: .nominal)
        }
        #expect(throws: StatisticsError.tooFewSubjects(required: 5, found: 4)) {
            try KrippendorffAlpha.compute(units: [[1, 2], [2, 3], [3], [4, 4], [5, 4]], level: .interval)
        }
        #expect(throws: StatisticsError.nonFiniteValue(row: 1, column: 0)) {
            try KrippendorffAlpha.compute(units: [[1, 2], [.nan, 3]], level: .interval)
        }
    }
}
