import Statistics
import Testing

/// One fit of docs/STATISTICS.md §8 D11: its options and the expected per-unit and summary values.
struct WeightFitCase: CustomTestStringConvertible, Sendable {
    let name: String
    let options: WeightFitOptions
    let weights: [Double]?
    let looResiduals: [Double]
    /// RMSE, MAE, R², RMSE_LOO, MAE_LOO, PRESS, Q², RMSE_LOO/RMSE.
    let summary: [Double]
    var testDescription: String { name }
}

@Suite struct RuleWeightFitTests {
    static let x = StatisticsReferenceData.d11Findings
    static let y = StatisticsReferenceData.d11Awarded
    static let box = WeightFitOptions.Bounds.box(
        lower: Array(repeating: 0, count: 5), upper: Array(repeating: 5, count: 5))
    static let prior = WeightFitOptions.Prior(weights: Array(repeating: 4, count: 5), strength: 2)

    static let fits: [WeightFitCase] = [
        .init(
            name: "D11 OLS", options: .init(bounds: .unconstrained),
            weights: [6.374592834, 4.029315961, -0.7622149837, 4.273615635, 5.723127036],
            looResiduals: [
                1.455882353, -1.139393939, -0.495412844, 0.4774193548, -0.3906976744, -0.221402214, -1.572139303,
                1.214953271, 0.9146341463, -1.084057971, 1, -0.04863221884,
            ],
            summary: [
                0.5654742516, 0.4766558089, 0.9913121505, 0.959803563, 0.8345521075, 11.05467455, 0.9749705482,
                1.697342647,
            ]),
        .init(
            name: "D11 NNLS", options: .init(bounds: .nonNegative), weights: [6.088, 4.072, 0, 4.048, 5.528],
            looResiduals: [
                2.106382979, -1.563218391, -1.018867925, 0.3455497382, -0.0652173913, 0.6357615894, -1.634146341,
                0.5234899329, -0.0652173913, -1.177304965, 1, 0.5534591195,
            ],
            summary: [
                0.6623191577, 0.556, 0.9880815094, 1.083494994, 0.8907179802, 14.08753683, 0.9681036902, 1.635910696,
            ]),
        .init(
            name: "D11 bounded [0,5]", options: .init(bounds: box),
            weights: [5, 4.634408602, 0.3010752688, 4.322580645, 5],
            looResiduals: [
                1.515625, -0.4179104478, -1.625, 0.9583333333, -0.4545454545, 2, -2, 1.789473684, -0.90625, 0.546875, 1,
                0.0625,
            ],
            summary: [
                1.030885064, 0.8673835125, 0.971125989, 1.276841522, 1.106376077, 19.56389128, 0.9557043971,
                1.238587664,
            ]),
        .init(
            name: "D11 NNLS + prior λ=2", options: .init(bounds: .nonNegative, prior: prior),
            weights: [5.101207057, 4.252553389, 1.632311978, 3.875580316, 4.81917363],
            looResiduals: [
                2.961180124, -2.396662388, -2.265690028, 0.4088003568, 0.150055991, 2.982853338, -1.541714286,
                0.2862016033, -2.092783505, -0.6086095992, 1, 1.503896535,
            ],
            summary: [
                1.266551287, 1.086931291, 0.9564154884, 1.807475812, 1.516537313, 39.20362573, 0.9112370738, 1.42708458,
            ]),
    ]

    @Test(arguments: fits)
    func fitMatchesReference(_ reference: WeightFitCase) throws {
        let report = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y, options: reference.options)
        if let weights = reference.weights {
            #expect(statClose(report.weights, weights, relative: 1e-9, absolute: 1e-10))
        }
        #expect(statClose(report.leaveOneOutResiduals, reference.looResiduals, relative: 1e-9, absolute: 1e-10))
        let actual = [
            report.inSample.rootMeanSquaredError, report.inSample.meanAbsoluteError, report.inSample.rSquared ?? .nan,
            report.leaveOneOut.rootMeanSquaredError, report.leaveOneOut.meanAbsoluteError, report.leaveOneOut.press,
            report.leaveOneOut.qSquared ?? .nan, report.optimismRatio ?? .nan,
        ]
        #expect(statClose(actual, reference.summary, relative: 1e-9))
    }

    @Test func nnlsFittedValuesAndResidualsD11() throws {
        let report = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y)
        let fitted = [14.208, 6.088, 13.648, 19.736, 4.048, 11.616, 4.072, 15.688, 4.048, 15.664, 0, 13.648]
        let residuals = [0.792, -1.088, -0.648, 0.264, -0.048, 0.384, -1.072, 0.312, -0.048, -0.664, 1, 0.352]
        #expect(statClose(report.fitted, fitted, relative: 1e-9, absolute: 1e-10))
        #expect(statClose(report.residuals, residuals, relative: 1e-9, absolute: 1e-10))
    }

    @Test func olsResidualsAndPRESSIdentityD11() throws {
        let report = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y, options: .init(bounds: .unconstrained))
        let residuals = [
            0.32247557, -0.6123778502, -0.2638436482, 0.3615635179, -0.2736156352, -0.09771986971, -1.029315961,
            0.6351791531, 0.4885993485, -0.6091205212, 1, -0.02605863192,
        ]
        #expect(statClose(report.residuals, residuals, relative: 1e-9, absolute: 1e-10))
        // For OLS the refitted LOO residual equals e/(1 − h).
        let h = try OrdinaryLeastSquares.leverages(Self.x)
        for i in h.indices where h[i] < 1 {
            #expect(
                statClose(
                    report.leaveOneOutResiduals[i], report.residuals[i] / (1 - h[i]), relative: 1e-10, absolute: 1e-12))
        }
    }

    @Test func expertPriorWithoutFittingD11() throws {
        let metrics = try RuleWeightFit.evaluate(
            weights: Array(repeating: 4, count: 5), findings: Self.x, awarded: Self.y)
        #expect(statClose(metrics.rootMeanSquaredError, 2.34520788))
        #expect(statClose(metrics.meanAbsoluteError, 1.833333333))
        #expect(statClose(metrics.rSquared ?? .nan, 0.8505660377))
    }

    @Test func weightStabilityAcrossRefitsD11() throws {
        let nnls = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y).weightRanges
        let nnlsExpected: [(Double, Double)] = [
            (5.531914894, 6.563218391), (3.617021277, 4.634146341), (0, 0), (3.744680851, 4.226950355),
            (5.252873563, 6.404255319),
        ]
        for (range, expected) in zip(nnls, nnlsExpected) {
            #expect(
                statClose(range.lowerBound, expected.0, absolute: 1e-10)
                    && statClose(range.upperBound, expected.1, absolute: 1e-10))
        }
        let bounded = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y, options: .init(bounds: Self.box))
            .weightRanges
        let boundedExpected: [(Double, Double)] = [
            (5, 5), (4.210526316, 5), (0, 0.578125), (4.078125, 4.736842105), (5, 5),
        ]
        for (range, expected) in zip(bounded, boundedExpected) {
            #expect(
                statClose(range.lowerBound, expected.0, absolute: 1e-10)
                    && statClose(range.upperBound, expected.1, absolute: 1e-10))
        }
    }

    @Test func subareaMaximumConstraintD11b() throws {
        let report = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y, options: .init(subareaMaximum: 20))
        #expect(
            statClose(
                report.weights, [6.186440678, 4.152542373, 0, 4.101694915, 5.559322034], relative: 1e-9, absolute: 1e-12
            ))
        #expect(statClose(report.inSample.residualSumOfSquares, 5.559322034))
        #expect(statClose(report.weights.reduce(0, +), 20, relative: 1e-13))
        for weights in report.leaveOneOutWeights { #expect(statClose(weights.reduce(0, +), 20, relative: 1e-12)) }
    }

    @Test func groupsAreLeftOutTogether() throws {
        // Duplicating every municipality and grouping the copies reproduces the plain LOO
        // residuals; without groups the twin leaks into each refit and flatters the fit.
        let x = Self.x + Self.x
        let y = Self.y + Self.y
        let groups = Array(0..<12) + Array(0..<12)
        let grouped = try RuleWeightFit.fit(findings: x, awarded: y, options: .init(groups: groups))
        let plain = try RuleWeightFit.fit(findings: Self.x, awarded: Self.y)
        #expect(
            statClose(
                Array(grouped.leaveOneOutResiduals[0..<12]), plain.leaveOneOutResiduals, relative: 1e-9, absolute: 1e-10
            ))
        #expect(grouped.leaveOneOutWeights.count == 12)
        let ungrouped = try RuleWeightFit.fit(findings: x, awarded: y)
        #expect(ungrouped.leaveOneOut.press < grouped.leaveOneOut.press)
        #expect(statClose(grouped.leaveOneOut.press, 2 * plain.leaveOneOut.press, relative: 1e-9))
    }

    @Test func unobservedRuleStaysAtItsPriorWeight() throws {
        // Rule 3 is never observed: NNLS leaves it at 0, the prior holds it at w⁰.
        let x = Self.x.map { [$0[0], $0[1], 0] }
        let plain = try RuleWeightFit.fit(findings: x, awarded: Self.y)
        #expect(plain.design.unobservedRules == [2])
        #expect(plain.weights[2] == 0)
        let shrunk = try RuleWeightFit.fit(
            findings: x, awarded: Self.y, options: .init(prior: .init(weights: [4, 4, 3], strength: 1)))
        #expect(statClose(shrunk.weights[2], 3, relative: 1e-12))
    }

    @Test func flaggedUnitsExceedTwiceTheLOOError() throws {
        var y = Self.y
        y[5] += 12  // an outlying award
        let report = try RuleWeightFit.fit(findings: Self.x, awarded: y)
        #expect(report.flaggedUnits.contains(5))
        #expect(
            report.flaggedUnits.allSatisfy {
                abs(report.leaveOneOutResiduals[$0]) > 2 * report.leaveOneOut.rootMeanSquaredError
            })
    }

    @Test func invalidOptionsThrow() throws {
        #expect(throws: StatisticsError.dimensionMismatch(expected: 5, found: 2)) {
            try RuleWeightFit.fit(
                findings: Self.x, awarded: Self.y, options: .init(prior: .init(weights: [1, 2], strength: 1)))
        }
        #expect(throws: StatisticsError.dimensionMismatch(expected: 12, found: 1)) {
            try RuleWeightFit.fit(findings: Self.x, awarded: Self.y, options: .init(groups: [0]))
        }
        #expect(throws: StatisticsError.tooFewSubjects(required: 2, found: 1)) {
            try RuleWeightFit.fit(
                findings: Self.x, awarded: Self.y, options: .init(groups: Array(repeating: 7, count: 12)))
        }
        #expect(throws: StatisticsError.infeasibleConstraint) {
            try RuleWeightFit.fit(
                findings: Self.x, awarded: Self.y, options: .init(bounds: Self.box, subareaMaximum: 30))
        }
        #expect(throws: StatisticsError.dimensionMismatch(expected: 5, found: 4)) {
            try RuleWeightFit.evaluate(weights: [1, 2, 3, 4], findings: Self.x, awarded: Self.y)
        }
    }
}
