import Engine
import Statistics

/// A calibration round: several evaluators' evaluations of several municipalities,
/// one evidence file per evaluator and municipality, laid out as a units × evaluators
/// table.
public struct CalibrationRound: Sendable {
    /// The instrument.
    public let instrument: Instrument
    /// Every evaluation, in the order given.
    public let records: [CalibrationRecord]
    /// The municipalities (with years) evaluated, ordered by name, then year.
    public let units: [CalibrationUnit]
    /// The evaluators, ordered by name.
    public let evaluators: [String]
    /// `cells[u][e]`: the record of evaluator e on unit u, if any.
    public let cells: [[Int?]]
    /// Subareas on which some evaluation recorded anything (a fact its rules read, a
    /// judgement, an override); the others carry no information about agreement.
    public let assessedSubareas: [Int]

    /// Lays out the records.
    ///
    /// - Throws: ``CalibrationInputError`` for an empty round or an evaluator who
    ///   evaluated one municipality twice.
    public init(instrument: Instrument, records: [CalibrationRecord]) throws(CalibrationInputError) {
        guard !records.isEmpty else {
            throw CalibrationInputError(
                "the round holds no evidence files", help: "put one evidence file per evaluator and municipality in the folder")
        }
        let byteOrder: (String, String) -> Bool = { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let units = Array(Set(records.map(\.unit))).sorted()
        let evaluators = Array(Set(records.map(\.evaluator))).sorted(by: byteOrder)
        let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        let evaluatorIndex = Dictionary(uniqueKeysWithValues: evaluators.enumerated().map { ($1, $0) })
        var cells = [[Int?]](repeating: [Int?](repeating: nil, count: evaluators.count), count: units.count)
        for (index, record) in records.enumerated() {
            let u = unitIndex[record.unit]!
            let e = evaluatorIndex[record.evaluator]!
            if let earlier = cells[u][e] {
                throw CalibrationInputError(
                    "evaluator '\(record.evaluator)' evaluated \(record.unit.label) twice: "
                        + "'\(records[earlier].evidence.path)' and '\(record.evidence.path)'",
                    help: "keep one evidence file per evaluator and municipality in the round")
            }
            cells[u][e] = index
        }
        self.instrument = instrument
        self.records = records
        self.units = units
        self.evaluators = evaluators
        self.cells = cells
        self.assessedSubareas = instrument.subareas.indices.filter { s in
            records.contains { $0.assesses(s, in: instrument) }
        }
    }

    /// Municipalities (with years) evaluated by two or more evaluators.
    public var comparedUnits: Int { cells.filter { $0.compactMap { $0 }.count >= 2 }.count }

    /// Why analyses pooled over subareas are withheld: they need `minimum` compared
    /// municipalities, like each subarea; nil when there are enough.
    func shortage(minimum: Int) -> UndefinedReason? {
        comparedUnits >= minimum ? nil : .tooFewMunicipalities(required: minimum, found: comparedUnits)
    }

    /// A units × evaluators matrix of one value per evaluation (nil: missing).
    func matrix(_ value: (CalibrationRecord) -> Double?) -> RatingMatrix {
        let rows = cells.map { row in row.map { index in index.flatMap { value(records[$0]) } } }
        // Rows are rectangular and values finite by construction.
        return (try? RatingMatrix(rows)) ?? RatingMatrix.empty
    }

    /// The unordered pairs of evaluations of the same unit, (i, j) with evaluator i before j.
    var unitPairs: [(unit: Int, first: Int, second: Int)] {
        var pairs: [(Int, Int, Int)] = []
        for (u, row) in cells.enumerated() {
            let present = row.compactMap { $0 }
            for i in present.indices {
                for j in present.indices where j > i { pairs.append((u, present[i], present[j])) }
            }
        }
        return pairs
    }
}
