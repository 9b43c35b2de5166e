/// Why a calibration statistic could not be computed from the data it was given.
///
/// Every statistic in this folder reports degenerate input with one of these cases
/// instead of trapping, so the caller can print "insufficient data" or "no variation"
/// in place of a number.
public enum StatisticsError: Error, Equatable, Sendable {
    /// A row has a different number of entries from the first row.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(row: Int, column: Int)
    /// Fewer subjects (units, municipalities, rows) than the statistic needs.
    case tooFewSubjects(required: Int, found: Int)
    /// Fewer raters (evaluators, columns) than the statistic needs.
    case tooFewRaters(required: Int, found: Int)
    /// Every value is the same, so the coefficient is 0/0; agreement is total.
    case noVariation
    /// The subjects do not differ (all subject means are equal), so an ICC is undefined;
    /// `withinSubjects` says whether the ratings vary within subjects.
    case noSubjectVariation(withinSubjects: Bool)
    /// A rating is not one of the declared categories.
    case undeclaredCategory(value: Double, subject: Int, rater: Int)
    /// The declared categories are fewer than two, repeated, or not finite.
    case invalidCategories(reason: String)
    /// The raters fall into more than one connected component of the pairing graph.
    case disconnectedDesign(components: [[Int]])
    /// The model leaves no residual degrees of freedom.
    case noResidualDegreesOfFreedom
    /// A vector or matrix has the wrong size.
    case dimensionMismatch(expected: Int, found: Int)
    /// The lower bound of a coefficient exceeds its upper bound, or a bound is NaN.
    case invalidBounds(index: Int)
    /// No coefficients within the bounds satisfy the equality constraint.
    case infeasibleConstraint
    /// The columns of a design matrix are linearly dependent.
    case rankDeficient
    /// A parameter is outside its domain (a probability outside [0, 1], a non-positive df).
    case invalidParameter(name: String, value: Double)
    /// An iterative method stopped before meeting its convergence criterion.
    case didNotConverge(iterations: Int)
    /// An exact computation would take 2^count evaluations, more than allowed.
    case tooManyPlayers(count: Int, limit: Int)
}

extension StatisticsError: CustomStringConvertible {
    /// A lowercase, one-line explanation in the house diagnostic style.
    public var description: String {
        switch self {
        case .raggedRows(let row, let expected, let found):
            return "row \(row + 1) has length \(found) but the first row has length \(expected)"
        case .nonFiniteValue(let row, let column):
            return "value at row \(row + 1), column \(column + 1) is not a finite number"
        case .tooFewSubjects(let required, let found):
            return "insufficient data: needs at least \(required) subjects with enough ratings, found \(found)"
        case .tooFewRaters(let required, let found):
            return "insufficient data: needs at least \(required) raters, found \(found)"
        case .noVariation:
            return "no variation: every value is identical, so agreement is total and the coefficient is undefined"
        case .noSubjectVariation(let within):
            return "no variation between subjects: every subject has the same mean"
                + (within ? " (the ratings vary within subjects)" : "") + ", so the ICC is undefined"
        case .undeclaredCategory(let value, let subject, let rater):
            return "rating \(value) of subject \(subject + 1) by rater \(rater + 1) is not a declared category"
        case .invalidCategories(let reason):
            return "invalid categories: \(reason)"
        case .disconnectedDesign(let components):
            return "raters form \(components.count) unconnected groups; effects are comparable only within a group"
        case .noResidualDegreesOfFreedom:
            return "insufficient data: the model leaves no residual degrees of freedom"
        case .dimensionMismatch(let expected, let found):
            return "expected length \(expected) but found \(found)"
        case .invalidBounds(let index):
            return "bounds of coefficient \(index + 1) are invalid (lower above upper, or NaN)"
        case .infeasibleConstraint:
            return "no coefficients within the bounds satisfy the equality constraint"
        case .rankDeficient:
            return "the design matrix has linearly dependent columns"
        case .invalidParameter(let name, let value):
            return "'\(name)' = \(value) is outside its domain"
        case .didNotConverge(let iterations):
            return "the solver did not converge in \(iterations) iterations"
        case .tooManyPlayers(let count, let limit):
            return "\(count) differing rules exceed the exact limit of \(limit)"
        }
    }
}

extension StatisticsError {
    /// The error as the reason a report gives for an undefined statistic.
    public var undefinedReason: UndefinedReason {
        switch self {
        case .tooFewSubjects(let required, let found): return .tooFewUnits(required: required, found: found)
        case .tooFewRaters(let required, let found): return .tooFewRaters(required: required, found: found)
        case .noVariation: return .noVariation
        case .noSubjectVariation(let within): return .noVariationBetweenUnits(withinUnits: within)
        case .disconnectedDesign(let components): return .disconnectedDesign(groups: components.count)
        case .noResidualDegreesOfFreedom: return .noResidualDegreesOfFreedom
        case .rankDeficient: return .dependentColumns
        case .infeasibleConstraint: return .infeasibleConstraint
        case .didNotConverge(let iterations): return .didNotConverge(iterations: iterations)
        case .tooManyPlayers(let count, let limit): return .tooManyDifferingInputs(count: count, limit: limit)
        case .raggedRows, .nonFiniteValue, .undeclaredCategory, .invalidCategories, .dimensionMismatch,
            .invalidBounds, .invalidParameter:
            return .invalidInput(description)
        }
    }
}
