import Testing

@testable import Engine

/// The two agreement checks the direct-sums tests share: on every combination of values
/// for an instrument's first facts, and on random findings with overrides, the tool's
/// path scores as the plain evaluator does, and the direct sums (where they apply) give
/// the checked path's points.
enum DirectSumsAgreement {
    /// Sets fact `i` to each of `values[i]` in turn, in every combination, and checks each:
    /// the tool takes the fixed-point path and agrees with the plain evaluator, and the
    /// direct sums give the checked path's points. Returns the number of combinations and
    /// how many of them summed directly.
    static func everyCombination(_ instrument: Instrument, _ values: [[FactValue?]]) throws
        -> (combinations: Int, summedDirectly: Int)
    {
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        var choice = [Int](repeating: 0, count: values.count)
        var combinations = 0
        var summedDirectly = 0
        while true {
            var input = EvaluationInput(instrument: instrument)
            for (fact, index) in choice.enumerated() { input.values[fact] = values[fact][index] }
            let label = choice.enumerated().map { "fact \($0.offset) \(values[$0.offset][$0.element].debugDescription)" }
                .joined(separator: ", ")
            #expect(try FixedPointDifferentialTests.expectAllAgree(compiled, input, label) == .fixedPoint)
            let facts = FixedPointDirectSumsTests.bound(program, input)
            if FixedPointDirectSumsTests.expectSamePoints(program, facts, label) == true { summedDirectly += 1 }
            combinations += 1
            // The next combination: the last fact's value changes fastest.
            var fact = values.count - 1
            while fact >= 0 {
                choice[fact] += 1
                if choice[fact] < values[fact].count { break }
                choice[fact] = 0
                fact -= 1
            }
            if fact < 0 { return (combinations, summedDirectly) }
        }
    }

    /// Random evaluations (`FixedPointDifferentialTests.randomInput`, some with overrides)
    /// checked as in ``everyCombination(_:_:)``, except that any path may score them.
    /// Returns how many had overrides and how many summed directly.
    static func randomFindings(_ instrument: Instrument, seeds: Range<UInt64> = 0..<200) throws
        -> (overridden: Int, summedDirectly: Int)
    {
        let compiled = CompiledInstrument(instrument)
        let program = try #require(compiled.fixedPoint)
        var overridden = 0
        var summedDirectly = 0
        for seed in seeds {
            let input = FixedPointDifferentialTests.randomInput(instrument, seed: seed)
            if !input.overrides.isEmpty { overridden += 1 }
            let label = "random seed \(seed)"
            _ = try FixedPointDifferentialTests.expectAllAgree(compiled, input, label)
            let facts = FixedPointDirectSumsTests.bound(program, input)
            if FixedPointDirectSumsTests.expectSamePoints(program, facts, label) == true { summedDirectly += 1 }
        }
        return (overridden, summedDirectly)
    }
}
