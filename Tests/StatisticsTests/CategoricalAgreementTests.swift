import Statistics
import Testing

/// One irrCAC row of docs/STATISTICS.md §8: coefficient, p_a, p_e and SE.
struct CoefficientCase: CustomTestStringConvertible, Sendable {
    enum Method: String, Sendable {
        case gwet = "AC"
        case fleiss = "Fleiss' kappa"
        case brennanPrediger = "Brennan-Prediger"
        case conger = "Conger's kappa"
        case krippendorff = "Krippendorff's Alpha"
    }
    let dataSet: String
    let method: Method
    let weights: AgreementWeights
    let coefficient: Double
    let pa: Double
    let pe: Double
    let se: Double
    var testDescription: String { "\(dataSet) \(method.rawValue) \(weights.rawValue)" }

    func compute(_ matrix: RatingMatrix, categories: [Double]) throws -> AgreementCoefficient {
        switch method {
        case .gwet: return try GwetAC.compute(matrix, categories: categories, weights: weights)
        case .fleiss: return try FleissKappa.compute(matrix, categories: categories, weights: weights)
        case .brennanPrediger: return try BrennanPrediger.compute(matrix, categories: categories, weights: weights)
        case .conger: return try CongerKappa.compute(matrix, categories: categories, weights: weights)
        case .krippendorff: return try KrippendorffAlpha.coefficient(matrix, categories: categories, weights: weights)
        }
    }
}

@Suite struct CategoricalAgreementTests {
    static let d2: [CoefficientCase] = [
        .init(
            dataSet: "D2", method: .gwet, weights: .identity, coefficient: 0.7754440681, pa: 0.8181818182,
            pe: 0.1903211806, se: 0.1429499506),
        .init(
            dataSet: "D2", method: .fleiss, weights: .identity, coefficient: 0.7611692754, pa: 0.8181818182,
            pe: 0.2387152778, se: 0.1530192035),
        .init(
            dataSet: "D2", method: .brennanPrediger, weights: .identity, coefficient: 0.7727272727, pa: 0.8181818182,
            pe: 0.2, se: 0.1447166199),
        .init(
            dataSet: "D2", method: .gwet, weights: .linear, coefficient: 0.8587391364, pa: 0.9393939394,
            pe: 0.5709635417, se: 0.1173290219),
        .init(
            dataSet: "D2", method: .fleiss, weights: .linear, coefficient: 0.8179447671, pa: 0.9393939394,
            pe: 0.6671006944, se: 0.1485043555),
        .init(
            dataSet: "D2", method: .brennanPrediger, weights: .linear, coefficient: 0.8484848485, pa: 0.9393939394,
            pe: 0.6, se: 0.1233561245),
        .init(
            dataSet: "D2", method: .gwet, weights: .quadratic, coefficient: 0.9140007236, pa: 0.9753787879,
            pe: 0.7137044271, se: 0.1039622446),
        .init(
            dataSet: "D2", method: .fleiss, weights: .quadratic, coefficient: 0.8649350649, pa: 0.9753787879,
            pe: 0.8177083333, se: 0.1460336108),
        .init(
            dataSet: "D2", method: .brennanPrediger, weights: .quadratic, coefficient: 0.9015151515, pa: 0.9753787879,
            pe: 0.75, se: 0.110894375),
        .init(
            dataSet: "D2", method: .gwet, weights: .ordinal, coefficient: 0.8989397699, pa: 0.9681818182,
            pe: 0.68515625, se: 0.1069035238),
        .init(
            dataSet: "D2", method: .fleiss, weights: .ordinal, coefficient: 0.8502061894, pa: 0.9681818182,
            pe: 0.7875868056, se: 0.1470356939),
        .init(
            dataSet: "D2", method: .brennanPrediger, weights: .ordinal, coefficient: 0.8863636364, pa: 0.9681818182,
            pe: 0.72, se: 0.113905904),
        .init(
            dataSet: "D2", method: .krippendorff, weights: .identity, coefficient: 0.7434210526, pa: 0.805,
            pe: 0.24, se: 0.145573887),
        .init(
            dataSet: "D2", method: .conger, weights: .identity, coefficient: 0.7620668937, pa: 0.8181818182,
            pe: 0.2358432813, se: 0.1501087951),
        .init(
            dataSet: "D2", method: .krippendorff, weights: .linear, coefficient: 0.8003838772, pa: 0.935,
            pe: 0.674375, se: 0.1354777441),
        .init(
            dataSet: "D2", method: .conger, weights: .linear, coefficient: 0.8131370328, pa: 0.9393939394,
            pe: 0.6756657484, se: 0.1458681969),
        .init(
            dataSet: "D2", method: .krippendorff, weights: .quadratic, coefficient: 0.8491071429, pa: 0.97359375,
            pe: 0.825, se: 0.1291299657),
        .init(
            dataSet: "D2", method: .conger, weights: .quadratic, coefficient: 0.8571682241, pa: 0.9753787879,
            pe: 0.827620906, se: 0.1443607914),
        .init(
            dataSet: "D2", method: .krippendorff, weights: .ordinal, coefficient: 0.8336380256, pa: 0.965875,
            pe: 0.794875, se: 0.1310734303),
        .init(
            dataSet: "D2", method: .conger, weights: .ordinal, coefficient: 0.8430824968, pa: 0.9681818182,
            pe: 0.7972298745, se: 0.1448225397),
    ]

    static let d4: [CoefficientCase] = [
        .init(
            dataSet: "D4", method: .fleiss, weights: .identity, coefficient: 0.4302445201, pa: 0.5555555556,
            pe: 0.2199382716, se: 0.05419893551),
        .init(
            dataSet: "D4", method: .gwet, weights: .identity, coefficient: 0.4478845158, pa: 0.5555555556,
            pe: 0.1950154321, se: 0.05566214168),
        .init(
            dataSet: "D4", method: .brennanPrediger, weights: .identity, coefficient: 0.4444444444, pa: 0.5555555556,
            pe: 0.2, se: 0.05512283586),
        .init(
            dataSet: "D4", method: .krippendorff, weights: .identity, coefficient: 0.4334098283, pa: 0.5580246914,
            pe: 0.2199382716, se: 0.05419893551),
        .init(
            dataSet: "D4", method: .conger, weights: .identity, coefficient: 0.4418085403, pa: 0.5555555556,
            pe: 0.2037777778, se: 0.05079440601),
    ]

    static let d8: [CoefficientCase] = [
        .init(
            dataSet: "D8", method: .fleiss, weights: .identity, coefficient: 0.3233082707, pa: 0.8222222222,
            pe: 0.7372839506, se: 0.3062941286),
        .init(
            dataSet: "D8", method: .gwet, weights: .identity, coefficient: 0.7588747488, pa: 0.8222222222,
            pe: 0.2627160494, se: 0.1233921195),
        .init(
            dataSet: "D8", method: .brennanPrediger, weights: .identity, coefficient: 0.6444444444, pa: 0.8222222222,
            pe: 0.5, se: 0.1575831574),
        .init(
            dataSet: "D8", method: .krippendorff, weights: .identity, coefficient: 0.3383458647, pa: 0.8261728395,
            pe: 0.7372839506, se: 0.3062941286),
        .init(
            dataSet: "D8", method: .conger, weights: .identity, coefficient: 0.3258426966, pa: 0.8222222222,
            pe: 0.7362962963, se: 0.3033823707),
    ]

    private func check(_ row: CoefficientCase, _ result: AgreementCoefficient) {
        #expect(statClose(result.value, row.coefficient, relative: 1e-9))
        #expect(statClose(result.observedAgreement, row.pa, relative: 1e-9))
        #expect(statClose(result.chanceAgreement, row.pe, relative: 1e-9))
        #expect(statClose(result.standardError, row.se, relative: 1e-8))
    }

    @Test(arguments: d2)
    func krippendorffDataWithGapsD2(_ row: CoefficientCase) throws {
        check(
            row,
            try row.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d2), categories: [1, 2, 3, 4, 5]))
    }

    @Test(arguments: d4)
    func fleissPsychiatricDiagnosesD4(_ row: CoefficientCase) throws {
        check(
            row,
            try row.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d4), categories: [1, 2, 3, 4, 5]))
    }

    @Test(arguments: d8)
    func kappaParadoxD8(_ row: CoefficientCase) throws {
        check(row, try row.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d8), categories: [0, 1]))
    }

    /// D5: Wikipedia's Fleiss example (10 subjects, 14 raters, 5 categories), rebuilt
    /// from its published count table; docs/STATISTICS.md §2.4 gives κ = 0.2099307044.
    @Test func wikipediaFleissExampleD5() throws {
        let counts: [[Int]] = [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ]
        let rows = counts.map { row in
            row.enumerated().flatMap { k, count in Array(repeating: Double(k + 1), count: count) }
        }
        let kappa = try FleissKappa.compute(RatingMatrix(complete: rows), categories: [1, 2, 3, 4, 5])
        #expect(statClose(kappa.value, 0.2099307044, relative: 1e-9))
        #expect((kappa.value * 1000).rounded() / 1000 == 0.21)
    }

    @Test func weightedKrippendorffEqualsNominalAndIntervalAlpha() throws {
        for data in [StatisticsReferenceData.d2, StatisticsReferenceData.d6.map { $0.map { Optional($0) } }] {
            let matrix = try RatingMatrix(data)
            let categories = Array(Set(data.joined().compactMap { $0 })).sorted()
            let nominal = try KrippendorffAlpha.coefficient(matrix, categories: categories).value
            let quadratic = try KrippendorffAlpha.coefficient(matrix, categories: categories, weights: .quadratic).value
            #expect(statClose(nominal, try KrippendorffAlpha.compute(matrix, level: .nominal).alpha, relative: 1e-12))
            #expect(
                statClose(quadratic, try KrippendorffAlpha.compute(matrix, level: .interval).alpha, relative: 1e-12))
        }
    }

    @Test func publishedGwetAndFleissValuesOnD2() throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d2)
        let ac1 = try GwetAC.compute(matrix, categories: [1, 2, 3, 4, 5]).value
        let fleiss = try FleissKappa.compute(matrix, categories: [1, 2, 3, 4, 5]).value
        #expect((ac1 * 10_000).rounded() / 10_000 == 0.7754)
        #expect((fleiss * 10_000).rounded() / 10_000 == 0.7612)
    }

    @Test func d2CountsSubjectsWithOneRatingOnlyInTheMargins() throws {
        let result = try GwetAC.compute(
            StatisticsReferenceData.matrix(StatisticsReferenceData.d2), categories: [1, 2, 3, 4, 5])
        #expect(result.subjectCount == 12)
        #expect(result.pairedSubjectCount == 11)
        #expect(statClose(result.categoryProportions.reduce(0, +), 1, relative: 1e-14))
    }

    @Test func d8PrevalenceAndInterval() throws {
        let result = try GwetAC.compute(StatisticsReferenceData.matrix(StatisticsReferenceData.d8), categories: [0, 1])
        // 38 of 45 ratings are 1, every subject complete: π₁ = 38/45.
        #expect(statClose(result.categoryProportions[1], 38.0 / 45, relative: 1e-14))
        let t = try StudentTDistribution(degreesOfFreedom: 14).quantile(0.975)
        #expect(statClose(result.interval.lower, result.value - t * result.standardError, relative: 1e-12))
        #expect(result.interval.upper == min(1, result.value + t * result.standardError))
        #expect(result.interval.upper == 1)
    }

    @Test func declaredButUnusedCategoriesChangeAC1ButNotFleiss() throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d8)
        let ac1Binary = try GwetAC.compute(matrix, categories: [0, 1]).value
        let ac1Wide = try GwetAC.compute(matrix, categories: [0, 1, 2]).value
        #expect(!statClose(ac1Binary, ac1Wide, relative: 1e-6))
        let fleissBinary = try FleissKappa.compute(matrix, categories: [0, 1]).value
        let fleissWide = try FleissKappa.compute(matrix, categories: [2, 1, 0]).value
        #expect(statClose(fleissBinary, fleissWide, relative: 1e-12))
    }

    @Test func handComputedFleissOnThreeSubjects() throws {
        // Subjects (a, a), (a, b), (b, b): p_a = (1 + 0 + 1)/3, π = (1/2, 1/2), p_e = 1/2, κ = 1/3.
        // AC1: p_e = 1/(q − 1)·Σ π(1 − π) = 1/2 as well.
        let matrix = try RatingMatrix(complete: [[0, 0], [0, 1], [1, 1]])
        #expect(
            statClose(
                try FleissKappa.compute(matrix, categories: [0, 1], minimumSubjects: 2).value, 1.0 / 3, relative: 1e-14)
        )
        #expect(
            statClose(
                try GwetAC.compute(matrix, categories: [0, 1], minimumSubjects: 2).value, 1.0 / 3, relative: 1e-14))
    }

    @Test func unanimousRatingsGiveAC1OfOneButNoFleissKappa() throws {
        let matrix = try RatingMatrix(complete: Array(repeating: [1, 1, 1], count: 6))
        let ac1 = try GwetAC.compute(matrix, categories: [0, 1])
        #expect(ac1.value == 1)
        #expect(ac1.chanceAgreement == 0)
        #expect(throws: StatisticsError.noVariation) { try FleissKappa.compute(matrix, categories: [0, 1]) }
    }

    @Test func weightMatricesFollowTheDeclaredValues() {
        let linear = AgreementWeights.linear.matrix(for: [0, 1, 3])
        #expect(linear[0] == [1, 1 - 1.0 / 3, 0])
        let quadratic = AgreementWeights.quadratic.matrix(for: [0, 1, 3])
        #expect(statClose(quadratic[0][1], 1 - 1.0 / 9, relative: 1e-15))
        // Ordinal weights use indices: d = 1 → 1 − 1/6, d = 2 → 1 − 3/6, d = 3 → 0 for q = 4.
        let ordinal = AgreementWeights.ordinal.matrix(for: [0, 1, 2, 5])
        #expect(statClose(ordinal[0][1], 5.0 / 6, relative: 1e-15))
        #expect(statClose(ordinal[0][2], 0.5, relative: 1e-15))
        #expect(ordinal[0][3] == 0)
        #expect(AgreementWeights.identity.matrix(for: [0, 1]) == [[1, 0], [0, 1]])
    }

    @Test func invalidInputsThrow() throws {
        let matrix = try StatisticsReferenceData.matrix(StatisticsReferenceData.d8)
        #expect(throws: StatisticsError.undeclaredCategory(value: 1, subject: 0, rater: 0)) {
            try GwetAC.compute(matrix, categories: [0, 2])
        }
        #expect(throws: StatisticsError.self) { try GwetAC.compute(matrix, categories: [1]) }
        #expect(throws: StatisticsError.self) { try FleissKappa.compute(matrix, categories: [0, 1, 1]) }
        #expect(throws: StatisticsError.tooFewSubjects(required: 5, found: 4)) {
            try GwetAC.compute(RatingMatrix([[0, 1], [1, 1], [0, 0], [1, nil], [1, 1]]), categories: [0, 1])
        }
    }
}
