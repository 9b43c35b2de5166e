import Engine

/// Which findings, judgements and overrides drive disagreement in a round (docs/STATISTICS.md
/// §4): every pair of evaluators on every municipality, every subarea's difference split
/// by exact Shapley values; each source's mass is Σ|φ| over all of them, its share the
/// mass over the mass of all sources.
public struct DisagreementRanking: Sendable {
    /// One source of point differences.
    public struct Driver: Sendable {
        /// A finding, a judgement, overrides (all subareas together) or unattributed parts.
        public let source: DifferenceSource
        /// Σ|φ| in points over every comparison and subarea.
        public let points: Double
        /// points over the points of all sources.
        public let share: Double
        /// Comparisons (pairs of evaluators on a municipality) in which it differed.
        public let discordant: Int
    }

    /// Ranked by points, then by discordant comparisons, then in declaration order.
    public let drivers: [Driver]
    /// Pairs of evaluators on the same municipality.
    public let comparisons: Int
    /// Σ|ΔA| over every comparison and subarea: the absolute point differences to explain.
    public let absoluteDifference: Double

    init(_ round: CalibrationRound) throws(ArithmeticOverflow) {
        var mass: [DifferenceSource: Double] = [:]
        var discordant: [DifferenceSource: Int] = [:]
        var absolute = 0.0
        let pairs = round.unitPairs
        for (_, i, j) in pairs {
            let pair = try DifferenceAttribution.pair(
                round.records[i], round.records[j], positions: (i, j), instrument: round.instrument)
            var seen = Set<DifferenceSource>()
            for subarea in pair.subareas {
                absolute += abs(CalibrationNumber.double(subarea.difference))
                for part in subarea.parts {
                    mass[part.source, default: 0] += abs(part.points)
                    seen.insert(part.source)
                }
            }
            for source in seen { discordant[source, default: 0] += 1 }
        }
        let total = mass.values.reduce(0, +)
        let order: (DifferenceSource) -> (Int, Int) = { source in
            switch source {
            case .finding(let fact): return (0, fact)
            case .judgement(let rule): return (1, rule)
            case .override: return (2, 0)
            case .unattributed: return (3, 0)
            }
        }
        drivers = mass.keys.sorted { a, b in
            let (ma, mb) = (mass[a]!, mass[b]!)
            // Equal up to rounding: Shapley sums may differ in the last bits.
            if abs(ma - mb) > 1e-9 * max(1, abs(ma), abs(mb)) { return ma > mb }
            if discordant[a]! != discordant[b]! { return discordant[a]! > discordant[b]! }
            return order(a) < order(b)
        }.map { source in
            Driver(
                source: source, points: mass[source]!, share: total > 0 ? mass[source]! / total : 0,
                discordant: discordant[source]!)
        }
        comparisons = pairs.count
        absoluteDifference = absolute
    }

    /// A source as outputs name it: `kommunikation.klarsprak`, `judge 1.1.b`, `overrides`.
    public static func name(_ source: DifferenceSource, in instrument: Instrument) -> String {
        switch source {
        case .finding(let fact): return instrument.facts[fact].path
        case .judgement(let rule): return "judge " + instrument.rules[rule].id
        case .override: return "overrides"
        case .unattributed: return "unattributed (too many differing inputs)"
        }
    }
}
