import Statistics
import Testing

@Suite struct LeastSquaresTests {
    static let x = StatisticsReferenceData.d11Findings
    static let y = StatisticsReferenceData.d11Awarded

    @Test func ordinaryLeastSquaresD11() throws {
        let s = try OrdinaryLeastSquares.solve(Self.x, Self.y)
        #expect(statClose(s.coefficients, [6.374592834, 4.029315961, -0.7622149837, 4.273615635, 5.723127036]))
        #expect(statClose(s.residualNorm, 1.958860268))
        #expect(statClose(s.residualSumOfSquares, 3.83713355))
    }

    @Test func nonNegativeLeastSquaresD11() throws {
        let s = try NonNegativeLeastSquares.solve(Self.x, Self.y)
        #expect(statClose(s.coefficients, [6.088, 4.072, 0, 4.048, 5.528], relative: 1e-10, absolute: 1e-10))
        #expect(s.coefficients[2] == 0)
        #expect(statClose(s.residualNorm, 2.294340864))
        #expect(statClose(s.residualSumOfSquares, 5.264))
    }

    @Test func nonNegativeGradientSatisfiesKKTD11() throws {
        // g = [≈0, ≈0, 1.872, ≈0, ≈0]: zero where w > 0, positive where w = 0.
        let g = try NonNegativeLeastSquares.solve(Self.x, Self.y).gradient
        #expect(statClose(g[2], 1.872))
        for j in [0, 1, 3, 4] { #expect(abs(g[j]) < 1e-12) }
    }

    @Test func boundedLeastSquaresD11() throws {
        let s = try BoundedLeastSquares.solve(
            Self.x, Self.y, lower: Array(repeating: 0, count: 5), upper: Array(repeating: 5, count: 5))
        #expect(statClose(s.coefficients, [5, 4.634408602, 0.3010752688, 4.322580645, 5]))
        #expect(s.coefficients[0] == 5 && s.coefficients[4] == 5)
        #expect(statClose(s.residualNorm, 3.571090614))
        #expect(statClose(s.residualSumOfSquares, 12.75268817))
    }

    @Test func boundedGradientSatisfiesKKTD11() throws {
        // g = [−4.924731183, ≈0, ≈0, ≈0, −2.967741935]: ≤ 0 at the upper bound 5.
        let g = try BoundedLeastSquares.solve(
            Self.x, Self.y, lower: Array(repeating: 0, count: 5), upper: Array(repeating: 5, count: 5)
        ).gradient
        #expect(statClose(g[0], -4.924731183))
        #expect(statClose(g[4], -2.967741935))
        for j in 1...3 { #expect(abs(g[j]) < 1e-12) }
    }

    @Test func scipyDocumentationVectors() throws {
        let a: [[Double]] = [[1, 0], [1, 0], [0, 1]]
        let first = try NonNegativeLeastSquares.solve(a, [2, 1, 1])
        #expect(statClose(first.coefficients, [1.5, 1.0], relative: 1e-14))
        #expect(statClose(first.residualNorm, 0.7071067812))
        let second = try NonNegativeLeastSquares.solve(a, [-1, -1, -1])
        #expect(second.coefficients == [0, 0])
        #expect(statClose(second.residualNorm, 1.732050808))
    }

    @Test func equalityConstrainedNNLSD11b() throws {
        let sum = LinearEquality(coefficients: [1, 1, 1, 1, 1], target: 20)
        let s = try NonNegativeLeastSquares.solve(Self.x, Self.y, equality: sum)
        #expect(
            statClose(
                s.coefficients, [6.186440678, 4.152542373, 0, 4.101694915, 5.559322034], relative: 1e-9, absolute: 1e-12
            ))
        #expect(statClose(s.coefficients.reduce(0, +), 20, relative: 1e-13))
        #expect(statClose(s.residualSumOfSquares, 5.559322034))
        #expect(statClose(try #require(s.equalityMultiplier), -1.118644068))
        // Stationarity on the free set: g_F + λ·1 = 0.
        for j in [0, 1, 3, 4] { #expect(abs(s.gradient[j] + s.equalityMultiplier!) < 1e-9) }
    }

    @Test func olsLeveragesD11() throws {
        let expected = [
            0.7785016287, 0.4625407166, 0.4674267101, 0.2426710098, 0.2996742671, 0.5586319218, 0.345276873,
            0.4771986971, 0.4657980456, 0.4381107492, 0, 0.4641693811,
        ]
        let h = try OrdinaryLeastSquares.leverages(Self.x)
        #expect(statClose(h, expected, relative: 1e-9, absolute: 1e-14))
        #expect(statClose(h.reduce(0, +), 5, relative: 1e-12))
    }

    @Test func conditionNumberAndRankD11() throws {
        let d = try DesignDiagnostics(findings: Self.x)
        #expect(d.rank == 5)
        #expect(statClose(d.conditionNumber, 3.638763544))
        #expect(d.unobservedRules.isEmpty && d.aliasedPairs.isEmpty)
    }

    @Test func diagnosticsFindUnobservedAndAliasedRules() throws {
        let x: [[Double]] = [[1, 0, 1, 0], [0, 0, 0, 1], [1, 0, 1, 1], [0, 0, 0, 0]]
        let d = try DesignDiagnostics(findings: x)
        #expect(d.rank == 2)
        #expect(d.conditionNumber == .infinity)
        #expect(d.unobservedRules == [1])
        #expect(d.aliasedPairs.map { [$0.first, $0.second] } == [[0, 2]])
    }

    @Test func olsRejectsDependentColumns() throws {
        #expect(throws: StatisticsError.rankDeficient) {
            try OrdinaryLeastSquares.solve([[1, 2], [2, 4], [3, 6]], [1, 2, 3])
        }
        // NNLS copes: the duplicate column is never released.
        let s = try NonNegativeLeastSquares.solve([[1, 1], [2, 2], [3, 3]], [1, 2, 3])
        #expect(statClose(s.coefficients.reduce(0, +), 1, relative: 1e-12))
    }

    @Test func invalidInputsThrow() throws {
        #expect(throws: StatisticsError.raggedRows(row: 1, expected: 2, found: 1)) {
            try NonNegativeLeastSquares.solve([[1, 2], [3]], [1, 2])
        }
        #expect(throws: StatisticsError.dimensionMismatch(expected: 2, found: 3)) {
            try NonNegativeLeastSquares.solve([[1, 2], [3, 4]], [1, 2, 3])
        }
        #expect(throws: StatisticsError.invalidBounds(index: 1)) {
            try BoundedLeastSquares.solve([[1, 2], [3, 4]], [1, 2], lower: [0, 3], upper: [1, 2])
        }
        #expect(throws: StatisticsError.infeasibleConstraint) {
            try BoundedLeastSquares.solve(
                [[1, 2], [3, 4]], [1, 2], lower: [0, 0], upper: [1, 1],
                equality: LinearEquality(coefficients: [1, 1], target: 3))
        }
        #expect(throws: StatisticsError.nonFiniteValue(row: 0, column: 1)) {
            try OrdinaryLeastSquares.solve([[1, .nan]], [1])
        }
        // Coefficients with no finite bound cannot absorb a dependent column.
        #expect(throws: StatisticsError.rankDeficient) {
            try BoundedLeastSquares.solve(
                [[1, 2], [2, 4], [3, 6]], [1, 2, 3], lower: [-.infinity, -.infinity], upper: [.infinity, .infinity])
        }
    }
}

/// Randomised checks of the active-set solver against an exhaustive oracle.
@Suite struct LeastSquaresPropertyTests {
    /// A deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// The best feasible point over every assignment of coefficients to lower, upper or
    /// free, each free set solved by unconstrained least squares.
    private func exhaustive(_ a: [[Double]], _ b: [Double], lower: [Double], upper: [Double]) -> Double {
        let n = lower.count
        var best = Double.infinity
        for code in 0..<Int(pow3(n)) {
            var rest = code
            var x = [Double](repeating: 0, count: n)
            var free: [Int] = []
            for j in 0..<n {
                switch rest % 3 {
                case 0: x[j] = lower[j]
                case 1: x[j] = upper[j]
                default: free.append(j)
                }
                rest /= 3
            }
            if !free.isEmpty {
                let fixed = a.indices.map { i in
                    b[i] - (0..<n).filter { !free.contains($0) }.reduce(0) { $0 + a[i][$1] * x[$1] }
                }
                guard let s = try? OrdinaryLeastSquares.solve(a.map { row in free.map { row[$0] } }, fixed) else {
                    continue
                }
                for (k, j) in free.enumerated() { x[j] = s.coefficients[k] }
                if free.contains(where: { x[$0] < lower[$0] || x[$0] > upper[$0] }) { continue }
            }
            let rss = a.indices.reduce(0.0) { sum, i in
                let r = zip(a[i], x).reduce(0) { $0 + $1.0 * $1.1 } - b[i]
                return sum + r * r
            }
            best = min(best, rss)
        }
        return best
    }

    private func pow3(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 3 } }

    @Test(arguments: 1...40)
    func boundedSolutionIsOptimal(seed: Int) throws {
        var g = Generator(state: UInt64(seed) &* 2_654_435_761)
        let n = 1 + seed % 4
        let m = seed % 5 == 0 ? n : n + 1 + seed % 6
        var a = (0..<m).map { _ in (0..<n).map { _ in (g.next() * 4 - 2).rounded() / 2 } }
        if seed % 7 == 0, n >= 2 { for i in 0..<m { a[i][1] = a[i][0] } }  // a dependent column
        let b = (0..<m).map { _ in g.next() * 10 - 3 }
        let lower = (0..<n).map { _ in g.next() < 0.2 ? -Double.infinity : -g.next() }
        let upper = (0..<n).map { _ in g.next() < 0.3 ? Double.infinity : g.next() * 3 }
        let s: LeastSquaresSolution
        do {
            s = try BoundedLeastSquares.solve(a, b, lower: lower, upper: upper)
        } catch StatisticsError.rankDeficient {
            // Allowed only when the coefficients with no finite bound are dependent.
            let open = (0..<n).filter { !lower[$0].isFinite && !upper[$0].isFinite }
            #expect(throws: StatisticsError.rankDeficient) {
                try OrdinaryLeastSquares.solve(a.map { row in open.map { row[$0] } }, b)
            }
            return
        }
        for j in 0..<n {
            #expect(s.coefficients[j] >= lower[j] && s.coefficients[j] <= upper[j])
            if s.coefficients[j] > lower[j] && s.coefficients[j] < upper[j] { #expect(abs(s.gradient[j]) < 1e-9) }
            if s.coefficients[j] == lower[j] { #expect(s.gradient[j] > -1e-9) }
            if s.coefficients[j] == upper[j] { #expect(s.gradient[j] < 1e-9) }
        }
        let oracle = exhaustive(a, b, lower: lower, upper: upper)
        #expect(s.residualSumOfSquares <= oracle + 1e-9 * max(1, oracle))
    }

    @Test(arguments: 1...20)
    func nonNegativeSolutionMatchesExhaustiveSearch(seed: Int) throws {
        var g = Generator(state: UInt64(seed) &* 40_503 &+ 17)
        let n = 2 + seed % 3
        let m = 3 + seed % 5
        let a = (0..<m).map { _ in (0..<n).map { _ in g.next().rounded() } }
        let b = (0..<m).map { _ in g.next() * 20 - 5 }
        let s = try NonNegativeLeastSquares.solve(a, b)
        let oracle = exhaustive(a, b, lower: Array(repeating: 0, count: n), upper: Array(repeating: 1e300, count: n))
        #expect(s.coefficients.allSatisfy { $0 >= 0 })
        #expect(abs(s.residualSumOfSquares - oracle) <= 1e-9 * max(1, oracle))
    }
}
