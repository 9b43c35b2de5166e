import Engine
import Statistics

/// Agreement on points for one scope of a round (a subarea, all subareas pooled on
/// percent of their maximum, an area or the total): ICC(A,1) and ICC(C,1) with 95%
/// intervals, Krippendorff's α (interval), and the spread between two evaluators.
public struct ScoreAgreement: Sendable {
    /// What was rated.
    public enum Scope: Sendable, Equatable {
        /// One subarea, in points.
        case subarea(Int)
        /// Every assessed subarea, each unit a (municipality, subarea) in percent of the maximum.
        case pooled
        /// One area, in points.
        case area(Int)
        /// The total, in points.
        case total
    }

    /// What was rated.
    public let scope: Scope
    /// The maximum of the scale (100 for pooled percentages).
    public let maximum: Double
    /// Units rated by two or more evaluators.
    public let pairedUnits: Int
    /// The six ICC forms (ICC(A,1) and ICC(C,1) are shown), on complete units.
    public let icc: StatisticOutcome<ICCResult>
    /// α with the interval metric.
    public let alpha: StatisticOutcome<KrippendorffAlphaResult>
    /// Mean absolute difference between two evaluators and the share within a tolerance.
    public let spread: StatisticOutcome<PairwiseSpread>

    /// The statistics of a units × evaluators matrix; at least `minimumUnits` units are
    /// needed for the coefficients.
    /// `shortage`, when given, is why no coefficient may be computed whatever the matrix
    /// (too few municipalities behind the pooled units).
    init(
        scope: Scope, maximum: Double, ratings: RatingMatrix, tolerance: Double, minimumUnits: Int,
        shortage: UndefinedReason? = nil
    ) {
        self.scope = scope
        self.maximum = maximum
        self.pairedUnits = ratings.rows.filter { $0.compactMap { $0 }.count >= 2 }.count
        if let shortage {
            self.icc = .unavailable(shortage)
            self.alpha = .unavailable(shortage)
        } else {
            self.icc = StatisticOutcome { try IntraclassCorrelation.compute(ratings, minimumSubjects: minimumUnits) }
            self.alpha = StatisticOutcome { try KrippendorffAlpha.compute(ratings, level: .interval, minimumUnits: minimumUnits) }
        }
        self.spread = StatisticOutcome { try PairwiseSpread.compute(ratings, tolerance: tolerance) }
    }

    /// The scope as outputs name it.
    public func name(in instrument: Instrument) -> String {
        switch scope {
        case .subarea(let s): return "\(instrument.subareas[s].id) \(instrument.subareas[s].title)"
        case .pooled: return "subareas pooled (% of max)"
        case .area(let a): return "area \(instrument.areas[a].id) \(instrument.areas[a].title)"
        case .total: return "total"
        }
    }

    /// Koo & Li's words for an ICC: poor below 0.5, moderate to 0.75, good to 0.9, then excellent.
    static func word(_ icc: Double) -> String {
        icc < 0.5 ? "poor" : icc < 0.75 ? "moderate" : icc < 0.9 ? "good" : "excellent"
    }

    /// The same words as adverbs: poorly, moderately, well, excellently.
    static func adverb(_ icc: Double) -> String {
        icc < 0.5 ? "poorly" : icc < 0.75 ? "moderately" : icc < 0.9 ? "well" : "excellently"
    }
}
