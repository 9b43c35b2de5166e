import Analysis
import Engine
import Rules
import TestSupport
import Testing

/// Builds calibration inputs in memory (instruments, one evidence file per evaluator and
/// municipality) and loads the example round of `Examples/calibration`.
enum CalibrationFixtures {
    /// Evidence text of one evaluator for one municipality.
    static func evidence(
        _ instrument: Instrument, municipality: String = "Testby", year: Int = 2021, evaluator: String, body: String
    ) -> String {
        "evidence \"\(municipality)\" year \(year) instrument \"\(instrument.name)\" version \"\(instrument.version)\"\n"
            + "  evaluator \"\(evaluator)\"\n" + body
    }

    /// One evaluation, checked and scored; throws with the diagnostics on any error.
    static func record(
        _ instrument: Instrument, municipality: String = "Testby", year: Int = 2021, evaluator: String, body: String
    ) throws -> CalibrationRecord {
        let text = evidence(instrument, municipality: municipality, year: year, evaluator: evaluator, body: body)
        let (checked, bag, source) = Fixture.checkEvidence(
            text, for: instrument, path: "\(municipality)-\(evaluator).kompass")
        guard let checked, !bag.hasErrors else {
            throw FixtureError(description: DiagnosticRenderer(sources: [source]).render(all: bag.all))
        }
        return try CalibrationRecord(evidence: checked, compiled: CompiledInstrument(instrument))
    }

    /// `Examples/calibration`: the instrument and its round, loaded as the tool loads them.
    static func example() throws -> (instrument: Instrument, round: CalibrationRound) {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        let root = PackageRoot.path("Examples/calibration")
        guard let instrument = try workspace.loadInstrument(directory: root + "/rules"),
            let evidence = try workspace.loadRound(directory: root + "/round", instrument: instrument)
        else {
            throw FixtureError(description: workspace.renderedDiagnostics(colour: false))
        }
        let compiled = CompiledInstrument(instrument)
        let records = try evidence.map { try CalibrationRecord(evidence: $0, compiled: compiled) }
        return (instrument, try CalibrationRound(instrument: instrument, records: records))
    }

    /// The index of a fact.
    static func fact(_ path: String, in instrument: Instrument) -> Int {
        guard let index = instrument.factIndex[path] else { fatalError("no fact \(path)") }
        return index
    }

    /// The index of a subarea or rule id.
    static func index(_ id: String, in instrument: Instrument) -> Int {
        switch instrument.ids[id] {
        case .subarea(let index)?, .rule(let index)?, .area(let index)?: return index
        case nil: fatalError("no id \(id)")
        }
    }
}

/// Whether two doubles agree to a relative tolerance (absolute near 0).
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}
