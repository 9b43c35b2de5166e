/// Why a statistic is undefined for the data it was given: a denominator is zero (or zero
/// up to the arithmetic's rounding, see ``RoundingTolerance``), or the data are too few.
///
/// Reports render these in the reader's language from the case and its numbers, never by
/// matching text; ``code`` is the stable identifier JSON outputs carry.
public enum UndefinedReason: Equatable, Hashable, Sendable {
    /// Fewer units (municipalities, subjects) with enough ratings than the statistic needs.
    case tooFewUnits(required: Int, found: Int)
    /// Fewer municipalities evaluated by two or more evaluators than an analysis pooled over
    /// subareas needs.
    case tooFewMunicipalities(required: Int, found: Int)
    /// Fewer raters (evaluators) than the statistic needs.
    case tooFewRaters(required: Int, found: Int)
    /// Every value is the same: agreement is total and the coefficient is 0/0.
    case noVariation
    /// Every unit has the same mean, so there is no variation between units to set the
    /// evaluators' differences against; `withinUnits` says whether the ratings do vary
    /// within units (the evaluators disagree) or not at all.
    case noVariationBetweenUnits(withinUnits: Bool)
    /// The model leaves no residual variance (every rating is fitted exactly), so an F
    /// test divides by zero.
    case noResidualVariance
    /// Every value of a mean is the same, so its standard error is 0 and t divides by zero.
    case noSpread
    /// The model leaves no residual degrees of freedom.
    case noResidualDegreesOfFreedom
    /// The fit reproduces every observation, so a ratio to its error (RMSE_LOO/RMSE) divides by zero.
    case perfectFit
    /// Every observation is the same, so a share of explained variation (R², Q²) divides by zero.
    case constantObservations
    /// The evaluators fall into this many groups that share no unit.
    case disconnectedDesign(groups: Int)
    /// The columns of the design are linearly dependent.
    case dependentColumns
    /// No coefficients within the bounds satisfy the equality constraint.
    case infeasibleConstraint
    /// An iterative solver stopped before converging.
    case didNotConverge(iterations: Int)
    /// More differing inputs than an exact Shapley split allows.
    case tooManyDifferingInputs(count: Int, limit: Int)
    /// Input the statistic cannot take (a programming error upstream); the English text.
    case invalidInput(String)

    /// A stable identifier: `noResidualVariance`, `tooFewUnits`, ….
    public var code: String {
        switch self {
        case .tooFewUnits: return "tooFewUnits"
        case .tooFewMunicipalities: return "tooFewMunicipalities"
        case .tooFewRaters: return "tooFewRaters"
        case .noVariation: return "noVariation"
        case .noVariationBetweenUnits: return "noVariationBetweenUnits"
        case .noResidualVariance: return "noResidualVariance"
        case .noSpread: return "noSpread"
        case .noResidualDegreesOfFreedom: return "noResidualDegreesOfFreedom"
        case .perfectFit: return "perfectFit"
        case .constantObservations: return "constantObservations"
        case .disconnectedDesign: return "disconnectedDesign"
        case .dependentColumns: return "dependentColumns"
        case .infeasibleConstraint: return "infeasibleConstraint"
        case .didNotConverge: return "didNotConverge"
        case .tooManyDifferingInputs: return "tooManyDifferingInputs"
        case .invalidInput: return "invalidInput"
        }
    }

    /// The reason as a clause that says what it is: shortages begin "insufficient data",
    /// the others are prefixed "undefined: ".
    public var statement: String {
        if isShortage { return description }
        if case .invalidInput = self { return description }
        return "undefined: " + description
    }

    /// Whether the data are too few (rather than degenerate): "insufficient data".
    public var isShortage: Bool {
        switch self {
        case .tooFewUnits, .tooFewMunicipalities, .tooFewRaters, .noResidualDegreesOfFreedom: return true
        default: return false
        }
    }
}

extension UndefinedReason: CustomStringConvertible {
    /// The reason as an English sentence fragment, lowercase, for JSON and diagnostics.
    public var description: String {
        switch self {
        case .tooFewUnits(let required, let found):
            return "insufficient data: needs at least \(required) subjects with enough ratings, found \(found)"
        case .tooFewMunicipalities(let required, let found):
            return "insufficient data: needs at least \(required) municipalities evaluated by two or more evaluators, "
                + "found \(found)"
        case .tooFewRaters(let required, let found):
            return "insufficient data: needs at least \(required) evaluators, found \(found)"
        case .noVariation:
            return "every value is identical, so agreement is total and the coefficient is 0/0"
        case .noVariationBetweenUnits(let within):
            return within
                ? "every municipality has the same mean, so there is no variation between municipalities "
                    + "to set the evaluators' differences within them against"
                : "every municipality has the same mean and the evaluators agree exactly, so there is "
                    + "no variation at all"
        case .noResidualVariance:
            return "the model fits every rating exactly (no residual variance), so the F test divides by 0"
        case .noSpread:
            return "every value is the same, so the standard error is 0 and t divides by 0"
        case .noResidualDegreesOfFreedom:
            return "insufficient data: the model leaves no residual degrees of freedom"
        case .perfectFit:
            return "the fit reproduces every awarded score (RMSE 0), so RMSE_LOO/RMSE divides by 0"
        case .constantObservations:
            return "every awarded score is the same (no variation about the mean), so R² and Q² divide by 0"
        case .disconnectedDesign(let groups):
            return "the evaluators form \(groups) groups that share no municipality; "
                + "effects are comparable only within a group"
        case .dependentColumns:
            return "the design matrix has linearly dependent columns"
        case .infeasibleConstraint:
            return "no coefficients within the bounds satisfy the equality constraint"
        case .didNotConverge(let iterations):
            return "the solver did not converge in \(iterations) iterations"
        case .tooManyDifferingInputs(let count, let limit):
            return "\(count) differing inputs exceed the exact limit of \(limit)"
        case .invalidInput(let text):
            return text
        }
    }
}
