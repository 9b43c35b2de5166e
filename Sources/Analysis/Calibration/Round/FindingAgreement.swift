import Engine
import Statistics

/// Agreement on one finding across a round (docs/STATISTICS.md §0, (b)): Krippendorff's α at
/// the fact's level of measurement, plus Gwet's AC1 (flags, items of a closed set) or AC2
/// with ordinal weights (levels) and Fleiss' κ over the declared categories. Unassessed
/// findings are missing values here.
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
    /// Krippendorff's α.
    public let alpha: StatisticOutcome<KrippendorffAlphaResult>
    /// Gwet's AC1 or AC2 (see ``gwetName``); nil for numbers and judgements.
    public let gwet: StatisticOutcome<AgreementCoefficient>?
    /// "AC1" or "AC2 (ordinal)".
    public let gwetName: String?
    /// Fleiss' κ; nil for numbers and judgements.
    public let fleiss: StatisticOutcome<AgreementCoefficient>?

    /// The share of agreeing pairs, nil without pairs.
    public var percentAgreement: Double? { pairs > 0 ? Double(agreeingPairs) / Double(pairs) : nil }

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
        for row in ratings.rows {
            let values = row.compactMap { $0 }
            if values.count >= 2 { paired += 1 }
            for a in values.indices {
                for b in values.indices where b > a {
                    pairs += 1
                    if values[a] == values[b] { agreeing += 1 }
                }
            }
        }
        self.pairedUnits = paired
        self.pairs = pairs
        self.agreeingPairs = agreeing
        self.alpha = StatisticOutcome { try KrippendorffAlpha.compute(ratings, level: level, minimumUnits: minimumUnits) }
        if let categories {
            let weights: AgreementWeights = level == .ordinal ? .ordinal : .identity
            self.gwetName = level == .ordinal ? "AC2 (ordinal)" : "AC1"
            self.gwet = StatisticOutcome {
                try GwetAC.compute(ratings, categories: categories, weights: weights, minimumSubjects: minimumUnits)
            }
            self.fleiss = StatisticOutcome {
                try FleissKappa.compute(ratings, categories: categories, minimumSubjects: minimumUnits)
            }
        } else {
            self.gwetName = nil
            self.gwet = nil
            self.fleiss = nil
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
