import Engine

/// Steps of non-decreasing values over an ordered input: the value of the highest step
/// reached, 0 below the first. Ladders step over level indices, thresholds over numbers.
struct StepTable: Sendable {
    struct Step: Sendable {
        var threshold: Rational
        /// `>` rather than `>=`.
        var strict: Bool
        var value: Rational
        /// The index of the map entry the step was written as, for diagnostics: kept in the
        /// step, so that a kind sorts one list of steps and the table keeps that list (a
        /// list of steps with their entries, then the steps alone, were two allocations).
        var entry: Int
    }

    /// Steps in ascending order of threshold.
    let steps: [Step]

    /// The value at input `x`.
    func value(at x: Rational) -> Rational {
        var result = Rational.zero
        for step in steps where step.strict ? x > step.threshold : x >= step.threshold {
            result = step.value
        }
        return result
    }

    /// The largest value.
    var best: Rational { steps.last?.value ?? .zero }

    /// The steps as engine primitives.
    var primitiveSteps: [PrimitiveStep] {
        steps.map { PrimitiveStep(threshold: $0.threshold, strict: $0.strict, value: $0.value) }
    }

    /// Steps above the current value, with the least input reaching each.
    func higher(than x: Rational) -> [(input: Rational, value: Rational)] {
        let current = value(at: x)
        return steps.filter { $0.value > current }.map { step in
            (step.strict ? ((try? step.threshold.adding(.one)) ?? step.threshold) : step.threshold, step.value)
        }
    }

    /// Checks that values do not decrease along the steps (each with the index of the map
    /// entry it was written as); reports at the offending entry's value.
    static func checkNonDecreasing(
        _ steps: [Step], _ entries: [MapEntry], kind: String, diagnostics: inout DiagnosticBag
    ) -> Bool {
        for (previous, next) in zip(steps, steps.dropFirst()) where next.value < previous.value {
            diagnostics.report(
                .semaBadArgument,
                "'\(kind)' values decrease from \(previous.value.decimalString()) to \(next.value.decimalString())",
                at: entries[next.entry].value.span,
                notes: [Diagnostic.Note("the higher value is here", at: entries[previous.entry].value.span)],
                help: "a higher step must be worth at least as much as a lower one")
            return false
        }
        return true
    }
}
