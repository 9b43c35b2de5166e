import Statistics
import Testing

@Suite struct ShapleyValuesTests {
    @Test func additiveRuleGivesWeightTimesDifference() throws {
        let w: [Double] = [3, 2, 5, 1]
        let phi = try ShapleyValues.ruleContributions(from: [0, 1, 0, 1], to: [1, 1, 1, 0]) { x in
            zip(w, x).reduce(0) { $0 + $1.0 * $1.1 }
        }
        #expect(statClose(phi, [3, 0, 5, -1], relative: 1e-14))
    }

    @Test func capSharesTheCutFairly() throws {
        // min(4, 3·q1 + 3·q2 + 2·q3): both q1 and q2 differ, the cap cuts each 3-point effect to 2.
        let phi = try ShapleyValues.ruleContributions(from: [0, 0, 0], to: [1, 1, 0]) { x in
            min(4, 3 * x[0] + 3 * x[1] + 2 * x[2])
        }
        #expect(statClose(phi, [2, 2, 0], relative: 1e-14))
    }

    @Test func jointRuleIsSplitEqually() throws {
        // 5 points only if both findings are present.
        let phi = try ShapleyValues.ruleContributions(from: [0, 0], to: [1, 1]) { $0[0] * $0[1] * 5 }
        #expect(statClose(phi, [2.5, 2.5], relative: 1e-14))
    }

    @Test func valuesSumToTheTotalDifference() throws {
        let n = 9
        let worth: ([Bool]) -> Double = { s in
            let count = Double(s.filter { $0 }.count)
            let first = s[0] ? 2.0 : 0
            return min(12, count * count / 3 + first + (s[3] && s[5] ? 4 : 0))
        }
        let phi = try ShapleyValues.exact(playerCount: n, worth: worth)
        let total = worth(Array(repeating: true, count: n)) - worth(Array(repeating: false, count: n))
        #expect(statClose(phi.reduce(0, +), total, relative: 1e-13))
        // Symmetric players get equal shares.
        #expect(statClose(phi[1], phi[2], relative: 1e-13))
        #expect(statClose(phi[3], phi[5], relative: 1e-13))
    }

    @Test func limitsAndMismatchesThrow() throws {
        #expect(throws: StatisticsError.tooManyPlayers(count: 21, limit: 20)) {
            try ShapleyValues.exact(playerCount: 21) { _ in 0 }
        }
        #expect(throws: StatisticsError.dimensionMismatch(expected: 2, found: 3)) {
            try ShapleyValues.ruleContributions(from: [0, 1], to: [1, 1, 0]) { _ in 0 }
        }
        #expect(try ShapleyValues.ruleContributions(from: [1, 0], to: [1, 0]) { $0[0] } == [0, 0])
    }
}
