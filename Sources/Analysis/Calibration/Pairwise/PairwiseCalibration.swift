import Engine

/// Two or more evaluators' evaluations of one municipality compared (`calibrate
/// EVIDENCE EVIDENCE…`): each input as each recorded it, each subarea's scores and
/// spread, and every pair's score difference split into findings, judgements and
/// overrides.
public struct PairwiseCalibration: Sendable {
    /// The instrument.
    public let instrument: Instrument
    /// The evaluations, in the order given; evaluator names are unique.
    public let records: [CalibrationRecord]
    /// Facts, judgements and overrides recorded by at least one evaluator.
    public let inputs: [InputComparison]
    /// Every unordered pair (i < j in the given order): score of i minus score of j.
    public let pairs: [PairDifference]

    /// Compares the records; check them first with ``validate(_:)``.
    public init(instrument: Instrument, records: [CalibrationRecord]) throws(ArithmeticOverflow) {
        let named = Self.uniquelyNamed(records)
        self.instrument = instrument
        self.records = named
        self.inputs = InputComparison.all(named, instrument: instrument)
        var pairs: [PairDifference] = []
        for i in named.indices {
            for j in named.indices where j > i {
                pairs.append(try DifferenceAttribution.pair(named[i], named[j], positions: (i, j), instrument: instrument))
            }
        }
        self.pairs = pairs
    }

    /// At least two evaluations, all of the same municipality and year.
    public static func validate(_ records: [CalibrationRecord]) throws(CalibrationInputError) {
        guard records.count >= 2 else {
            throw CalibrationInputError(
                "calibrate compares two or more evaluations, got \(records.count)",
                help: "give each evaluator's evidence file of the same municipality")
        }
        let first = records[0]
        for record in records.dropFirst() where record.unit != first.unit {
            throw CalibrationInputError(
                "'\(record.evidence.path)' evaluates \(record.unit.label), '\(first.evidence.path)' \(first.unit.label)",
                help: "compare evaluations of one municipality here; use 'calibrate --round DIR' for several")
        }
        // The same file twice (or a copy) would report perfect agreement that no two
        // evaluators reached; one evaluator twice has no partner to agree with.
        for (index, record) in records.enumerated() {
            for earlier in records[..<index] {
                if earlier.evidence.path == record.evidence.path {
                    throw CalibrationInputError(
                        "'\(record.evidence.path)' is given twice", help: "give each evaluator's evidence file once")
                }
                if earlier.evidence.sha256 == record.evidence.sha256 {
                    throw CalibrationInputError(
                        "'\(earlier.evidence.path)' and '\(record.evidence.path)' are the same evaluation: their bytes are identical",
                        help: "give each evaluator's own evidence file of the municipality")
                }
                if earlier.evaluator == record.evaluator {
                    throw CalibrationInputError(
                        "evaluator '\(record.evaluator)' evaluated \(record.unit.label) twice: "
                            + "'\(earlier.evidence.path)' and '\(record.evidence.path)'",
                        help: "compare different evaluators' evidence files of one municipality")
                }
            }
        }
    }

    /// The records with repeated evaluator names told apart by their paths.
    static func uniquelyNamed(_ records: [CalibrationRecord]) -> [CalibrationRecord] {
        var counts: [String: Int] = [:]
        for record in records { counts[record.evaluator, default: 0] += 1 }
        return records.map { record in
            var renamed = record
            if counts[record.evaluator, default: 0] > 1 { renamed.evaluator = "\(record.evaluator) (\(record.evidence.path))" }
            return renamed
        }
    }

    /// The inputs on which the evaluators do not all agree.
    public var disputes: [InputComparison] { inputs.filter { !$0.agree } }

    /// Each evaluator's reported score of a subarea, and the spread (largest minus least).
    public func scores(ofSubarea index: Int) -> (points: [Rational], spread: Rational) {
        let points = records.map { $0.score.subareas[index].points }
        return (points, Self.spread(points))
    }

    /// Each evaluator's total and the spread.
    public var totals: (points: [Rational], spread: Rational) {
        let points = records.map(\.score.total)
        return (points, Self.spread(points))
    }

    static func spread(_ values: [Rational]) -> Rational {
        guard let low = values.min(), let high = values.max() else { return .zero }
        return (try? high.subtracting(low)) ?? .zero
    }
}
