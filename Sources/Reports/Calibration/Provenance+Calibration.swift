import Analysis
import Engine

extension Provenance {
    /// The provenance of calibration records: each evidence file with its evaluator.
    init(_ instrument: Instrument, records: [CalibrationRecord]) {
        self.init(instrument: instrument, files: records.map { .evidence($0.evidence, note: $0.evaluator) })
    }

    /// One evaluation as JSON: its evaluator, then the evidence file's members.
    static func json(_ record: CalibrationRecord) -> JSONValue {
        .object(pairs: [("evaluator", .string(record.evaluator))] + evidenceMembers(record.evidence))
    }
}
