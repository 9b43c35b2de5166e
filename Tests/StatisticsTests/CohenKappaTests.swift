import Statistics
import Testing

/// One evaluator pair of D8 (docs/STATISTICS.md §8): % agreement, Cohen's κ and two-rater AC1.
struct RaterPairCase: CustomTestStringConvertible, Sendable {
    let name: String
    let raters: [Int]
    let agreement: Double
    let kappa: Double
    let ac1: Double
    var testDescription: String { "D8 \(name)" }
}

@Suite struct CohenKappaTests {
    static let pairs: [RaterPairCase] = [
        .init(name: "E1-E2", raters: [0, 1], agreement: 0.8666666667, kappa: 0.4230769231, ac1: 0.8265895954),
        .init(name: "E1-E3", raters: [0, 2], agreement: 0.8, kappa: 0.2857142857, ac1: 0.7230769231),
        .init(name: "E2-E3", raters: [1, 2], agreement: 0.8, kappa: 0.2857142857, ac1: 0.7230769231),
    ]

    @Test(arguments: pairs)
    func pairwiseCohenKappaD8(_ pair: RaterPairCase) throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d8).selectingRaters(pair.raters)
        let kappa = try CohenKappa.compute(matrix, categories: [0, 1])
        #expect(statClose(kappa.value, pair.kappa, relative: 1e-9))
        #expect(statClose(kappa.observedAgreement, pair.agreement, relative: 1e-9))
        #expect(kappa.subjectCount == 15)
        // Conger's κ with r = 2 supplies the SE (numpy transcription of irrCAC's `conger`).
        let se: [String: Double] = ["E1-E2": 0.3501671327203708, "E1-E3": 0.31803825407101227]
        if let expected = se[pair.name] { #expect(statClose(kappa.standardError, expected, relative: 1e-9)) }
    }

    @Test(arguments: pairs)
    func pairwiseAC1D8(_ pair: RaterPairCase) throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d8).selectingRaters(pair.raters)
        let ac1 = try GwetAC.compute(matrix, categories: [0, 1])
        #expect(statClose(ac1.value, pair.ac1, relative: 1e-9))
        #expect(statClose(ac1.observedAgreement, pair.agreement, relative: 1e-9))
    }

    @Test func quadraticWeightedKappaEqualsLinsConcordance() throws {
        let a: [Double] = [0, 1, 2, 3, 3, 2, 1, 0, 2, 3, 1, 1]
        let b: [Double] = [0, 2, 2, 3, 2, 2, 0, 1, 3, 3, 1, 2]
        let kappa = try CohenKappa.compute(
            RatingMatrix(complete: zip(a, b).map { [$0, $1] }), categories: [0, 1, 2, 3], weights: .quadratic)
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n
        let mb = b.reduce(0, +) / n
        let va = a.reduce(0) { $0 + ($1 - ma) * ($1 - ma) } / n
        let vb = b.reduce(0) { $0 + ($1 - mb) * ($1 - mb) } / n
        let cov = zip(a, b).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) } / n
        #expect(statClose(kappa.value, 2 * cov / (va + vb + (ma - mb) * (ma - mb)), relative: 1e-12))
    }

    @Test func handComputedKappa() throws {
        // 2×2 table [[4, 1], [1, 4]]: p_o = 0.8, p_e = 0.5, κ = 0.6.
        let rows: [[Double]] =
            Array(repeating: [0, 0], count: 4) + [[0, 1], [1, 0]] + Array(repeating: [1, 1], count: 4)
        let kappa = try CohenKappa.compute(RatingMatrix(complete: rows), categories: [0, 1])
        #expect(statClose(kappa.value, 0.6, relative: 1e-14))
        #expect(kappa.subjectCount == 10)
    }

    @Test func requiresExactlyTwoRaters() throws {
        #expect(throws: StatisticsError.tooFewRaters(required: 2, found: 3)) {
            try CohenKappa.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d8), categories: [0, 1])
        }
        #expect(throws: StatisticsError.noVariation) {
            try CohenKappa.compute(RatingMatrix(complete: Array(repeating: [1, 1], count: 5)), categories: [0, 1])
        }
    }

    /// dialog.uppfoljning as E1 and E3 record it in Examples/calibration/round (level
    /// indices none 0 … evaluated 4). Reference values from scikit-learn 1.9:
    /// `cohen_kappa_score(a, b, weights="quadratic", labels=[0, 1, 2, 3, 4])` = 0.7272727272727273
    /// and without weights 0.3076923076923076. By hand, quadratic κ is Lin's concordance with
    /// 1/N moments: s_A² = 5.5/6, s_B² = 4/6, s_AB = 4/6, (Ā − B̄)² = 0.25, so 2·(4/6)/(11/6) = 8/11.
    @Test func quadraticWeightedKappaOfTwoEvaluators() throws {
        let matrix = try RatingMatrix(complete: [[3, 2], [2, 1], [3, 3], [1, 1], [4, 3], [2, 2]])
        let categories: [Double] = [0, 1, 2, 3, 4]
        let quadratic = try CohenKappa.compute(matrix, categories: categories, weights: .quadratic)
        #expect(statClose(quadratic.value, 0.7272727272727273, relative: 1e-12))
        #expect(statClose(quadratic.value, 8.0 / 11, relative: 1e-12))
        let plain = try CohenKappa.compute(matrix, categories: categories)
        #expect(statClose(plain.value, 0.3076923076923076, relative: 1e-12))
    }
}
