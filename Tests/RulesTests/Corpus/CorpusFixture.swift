import Analysis
import Engine
import Foundation
import Rules
import TestSupport

/// Small hand-written instruments and evidence on disk, loaded as the commands load them.
final class CorpusFixture {
    let scratch: ScratchDirectory
    var workspace = Workspace(registry: BuiltinKinds.registry)

    init() throws {
        scratch = try ScratchDirectory()
    }

    /// `1/3` and such, exactly.
    static func q(_ n: Int64, _ d: Int64 = 1) -> Rational {
        Rational(numerator: n, denominator: d) ?? .zero
    }

    /// Writes `text` as the one file of an instrument folder and loads it, with its syntax.
    func instrument(_ folder: String, _ text: String) throws -> (instrument: Instrument, syntax: InstrumentSyntax) {
        try scratch.write(folder + "/rules.kompass", text)
        let directory = scratch.path + "/" + folder
        guard let instrument = try workspace.loadInstrument(directory: directory) else {
            throw FixtureError(diagnostics: workspace.renderedDiagnostics(colour: false))
        }
        return (instrument, try InstrumentSyntax.load(directory: directory, registry: workspace.registry))
    }

    /// Writes and checks an evidence file against `instrument`.
    func evidence(_ name: String, _ text: String, for instrument: Instrument) throws -> Evidence {
        let path = try scratch.write(name, text)
        guard let evidence = try workspace.loadEvidence(path: path, instrument: instrument) else {
            throw FixtureError(diagnostics: workspace.renderedDiagnostics(colour: false))
        }
        return evidence
    }

    /// Scores evidence.
    static func scored(_ evidence: [Evidence], _ instrument: Instrument) throws -> [ScoredEvidence] {
        let compiled = CompiledInstrument(instrument)
        return try evidence.map { try ScoredEvidence(compiled: compiled, evidence: $0) }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var diagnostics: String
        var description: String { diagnostics }
    }

    /// A two-area instrument for corpus tests: area 1 with 1.1 (points) and 1.2, area 2 with 2.1.
    static let corpusInstrument = """
        instrument "T" version "1" language "sv"
        fact a: flag "A"
        fact b: flag "B"
        fact c: flag "C"
        area 1 "Ett" max 20
        subarea 1.1 "Ett ett" max 10
          rule 1.1.a "A" when a award 10
        subarea 1.2 "Ett två" max 10
          rule 1.2.a "B" when b award 5
        area 2 "Två" max 10
        subarea 2.1 "Två ett" max 10
          rule 2.1.a "C" when c award 10

        """

    /// Evidence for ``corpusInstrument``.
    static func corpusEvidence(_ municipality: String, year: Int, a: Bool, b: Bool, c: Bool) -> String {
        func yn(_ v: Bool) -> String { v ? "yes" : "no" }
        return """
            evidence "\(municipality)" year \(year) instrument "T" version "1"
              evaluator "E"
            finding a = \(yn(a))
              source document "d"
            finding b = \(yn(b))
              source document "d"
            finding c = \(yn(c))
              source document "d"

            """
    }
}
