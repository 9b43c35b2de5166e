/// A municipality in a year: what evaluators in a calibration round evaluate.
public struct CalibrationUnit: Hashable, Sendable, Comparable {
    /// The municipality, as the evidence header names it.
    public var municipality: String
    /// The year of the evaluation.
    public var year: Int

    /// Creates a unit.
    public init(municipality: String, year: Int) {
        self.municipality = municipality
        self.year = year
    }

    /// Ordered by the municipality's UTF-8 bytes, then by year.
    public static func < (lhs: CalibrationUnit, rhs: CalibrationUnit) -> Bool {
        if lhs.municipality != rhs.municipality {
            return Array(lhs.municipality.utf8).lexicographicallyPrecedes(Array(rhs.municipality.utf8))
        }
        return lhs.year < rhs.year
    }

    /// `Norrby kommun 2020`.
    public var label: String { "\(municipality) \(year)" }
}
