import Engine
import Statistics

/// Agreement on one finding across a round (docs/STATISTICS.md §0, (b)): the percent
/// agreement (per unit, as AC1's p_a), Krippendorff's α at the fact's level of
/// measurement, plus Gwet's AC1 (flags, items of a closed set) or AC2 with ordinal weights
/// beside the unweighted AC1 (levels), Fleiss' κ over the declared categories, and with
/// exactly two evaluators Cohen's κ (quadratic-weighted for levels). Unassessed findings
/// are missing values here.
public struct FindingAgreement: Sendable {
    /// What is compared.
    public enum Item: Sendable, Equatable {
        /// A flag, a level or a number fact.
        case fact(Int)
        /// Whether a closed set fact holds one declared item.
        case setItem(fact: Int, item: String)
        /// How many items an open set fact holds.
        case setSize(fact: Int)
        /// A `judgement` rule's value.
        case judgement(rule: Int)
    }

    /// What is compared.
    public let item: Item
    /// α's level of measurement.
    public let level: KrippendorffAlpha.Level
    /// Units on which two or more evaluators recorded it.
    public let pairedUnits: Int
    /// Pairs of evaluators recording it on the same unit.
    public let pairs: Int
    /// Of those, the pairs recording the same value.
    public let agreeingPairs: Int
    /// Per unit with two or more values, the share of its pairs that agree, in row order.
    public let unitAgreement: [Double]
    /// Krippendorff's α.
    public let alpha: StatisticOutcome<KrippendorffAlphaResult>
    /// Gwet's AC1 or AC2 (see ``gwetName``); nil for numbers and judgements.
    public let gwet: StatisticOutcome<AgreementCoefficient>?
    /// "AC1" or "AC2 (ordinal)".
    public let gwetName: String?
    /// The unweighted AC1 of an ordinal finding, the cross-check beside its AC2
    /// (docs/STATISTICS.md §0); nil for other findings.
    public let unweightedGwet: StatisticOutcome<AgreementCoefficient>?
    /// Fleiss' κ; nil for numbers and judgements.
    public let fleiss: StatisticOutcome<AgreementCoefficient>?
    /// Cohen's κ when the round has exactly two evaluators (quadratic-weighted for an ordinal
    /// finding, unweighted for a nominal one); nil otherwise and for numbers and judgements.
    public let cohen: StatisticOutcome<AgreementCoefficient>?

    /// Percent agreement as AC1 defines p_a (docs/STATISTICS.md §2.4): per unit with two or
    /// more values, the share of its pairs of evaluators that agree, averaged over those
    /// units (each unit counts once, however many evaluators it has); nil without such units.
    public var percentAgreement: Double? {
        unitAgreement.isEmpty ? nil : unitAgreement.reduce(0, +) / Double(unitAgreement.count)
    }

    /// Why ``percentAgreement`` is undefined; nil when it is defined.
    public var percentAgreementUndefined: UndefinedReason? {
        unitAgreement.isEmpty ? .tooFewUnits(required: 1, found: 0) : nil
    }

    /// Every finding recorded somewhere in the round, in declaration order, then the judgements.
    static func all(_ round: CalibrationRound, minimumUnits: Int) -> [FindingAgreement] {
        let instrument = round.instrument
        var out: [FindingAgreement] = []
        for (fact, declared) in instrument.facts.enumerated() {
            guard round.records.contains(where: { $0.input.values[fact] != nil }) else { continue }
            let value: (CalibrationRecord) -> FactValue? = { $0.input.values[fact] }
            switch declared.type {
            case .flag:
                let matrix = round.matrix { value($0).map { $0.isPositive ? 1 : 0 } }
                out.append(FindingAgreement(.fact(fact), .nominal, matrix, categories: [0, 1], minimumUnits: minimumUnits))
            case .level(let ladder):
                let matrix = round.matrix { record in
                    if case .level(let index)? = value(record) { return Double(index) }
                    return nil
                }
                let categories = instrument.ladders[ladder].levels.indices.map(Double.init)
                out.append(
                    FindingAgreement(.fact(fact), .ordinal, matrix, categories: categories, minimumUnits: minimumUnits))
            case .number:
                let matrix = round.matrix { record in
                    if case .number(let x)? = value(record) { return CalibrationNumber.double(x) }
                    return nil
                }
                out.append(FindingAgreement(.fact(fact), .interval, matrix, categories: nil, minimumUnits: minimumUnits))
            case .set(let closed?):
                for item in closed {
                    let matrix = round.matrix { record in
                        if case .set(let items)? = value(record) { return items.contains(item) ? 1 : 0 }
                        return nil
                    }
                    out.append(
                        FindingAgreement(
                            .setItem(fact: fact, item: item), .nominal, matrix, categories: [0, 1], minimumUnits: minimumUnits))
                }
            case .set(nil):
                let matrix = round.matrix { record in
                    if case .set(let items)? = value(record) { return Double(items.count) }
                    return nil
                }
                out.append(FindingAgreement(.setSize(fact: fact), .interval, matrix, categories: nil, minimumUnits: minimumUnits))
            }
        }
        for rule in instrument.rules.indices where instrument.rules[rule].kind.readsJudgement {
            guard round.records.contains(where: { $0.input.judgements[rule] != nil }) else { continue }
            let matrix = round.matrix { $0.input.judgements[rule].map(CalibrationNumber.double) }
            out.append(FindingAgreement(.judgement(rule: rule), .interval, matrix, categories: nil, minimumUnits: minimumUnits))
        }
        return out
    }

    init(
        _ item: Item, _ level: KrippendorffAlpha.Level, _ ratings: RatingMatrix, categories: [Double]?, minimumUnits: Int
    ) {
        self.item = item
        self.level = level
        var paired = 0
        var pairs = 0
        var agreeing = 0
        var perUnit: [Double] = []
        for row in ratings.rows {
            let values = row.compactMap { $0 }
            guard values.count >= 2 else { continue }
            paired += 1
            var unitPairs = 0
            var unitAgreeing = 0
            for a in values.indices {
                for b in values.indices where b > a {
                    unitPairs += 1
                    if values[a] == values[b] { unitAgreeing += 1 }
                }
            }
            pairs += unitPairs
            agreeing += unitAgreeing
            perUnit.append(Double(unitAgreeing) / Double(unitPairs))
        }
        self.pairedUnits = paired
        self.pairs = pairs
        self.agreeingPairs = agreeing
        self.unitAgreement = perUnit
        self.alpha = StatisticOutcome { try KrippendorffAlpha.compute(ratings, level: level, minimumUnits: minimumUnits) }
        if let categories {
            let weights: AgreementWeights = level == .ordinal ? .ordinal : .identity
            self.gwetName = level == .ordinal ? "AC2 (ordinal)" : "AC1"
            self.gwet = StatisticOutcome {
                try GwetAC.compute(ratings, categories: categories, weights: weights, minimumSubjects: minimumUnits)
            }
            self.unweightedGwet =
                level == .ordinal
                ? StatisticOutcome {
                    try GwetAC.compute(ratings, categories: categories, weights: .identity, minimumSubjects: minimumUnits)
                } : nil
            self.fleiss = StatisticOutcome {
                try FleissKappa.compute(ratings, categories: categories, minimumSubjects: minimumUnits)
            }
            self.cohen =
                ratings.raterCount == 2
                ? StatisticOutcome {
                    try CohenKappa.compute(
                        ratings, categories: categories, weights: level == .ordinal ? .quadratic : .identity,
                        minimumSubjects: minimumUnits)
                } : nil
        } else {
            self.gwetName = nil
            self.gwet = nil
            self.unweightedGwet = nil
            self.fleiss = nil
            self.cohen = nil
        }
    }

    /// The item as outputs name it: `dialog.former: fokusgrupp`, `judge 1.1.b`.
    public func name(in instrument: Instrument) -> String {
        switch item {
        case .fact(let fact): return instrument.facts[fact].path
        case .setItem(let fact, let item): return "\(instrument.facts[fact].path): \(item)"
        case .setSize(let fact): return "\(instrument.facts[fact].path) (number of items)"
        case .judgement(let rule): return "judge \(instrument.rules[rule].id)"
        }
    }
}
