import Engine
import Foundation
import Reports
import Rules

/// A small instrument and evidence for the golden tests, and the Ale report of the
/// shipped instrument for the full-size ones.
enum ReportFixtures {
    /// Two areas, a points and a weighted subarea, a judgement, two reference profiles.
    static let instrument = """
        instrument "Minikompass" version "1" language "sv"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact policy: level maturity "Policy för medborgardialog"
        fact panel: flag "Medborgarpanel"
        fact kanaler: set {webb, facebook, annons} "Kanaler för information"
        fact utbildning: flag "Utbildning för förtroendevalda"
        reference "Snitt" { 1: 12.5, 2: 6 }
        reference "Bäst" { 1: 18, 2: 9 }

        area 1 "Demokrati" max 20
          en "Democracy"
        subarea 1.1 "Dialog" max 10
          en "Dialogue"
          rule 1.1.a "Policy som följs upp"
            why "Policyn ska följas upp och utvärderas."
            ladder policy { exists: 2, followed_up: 4, evaluated: 6 }
          rule 1.1.b "Medborgarpanel"
            when panel award 4
        subarea 1.2 "Information" max 10 weighted
          rule 1.2.a "Flera kanaler" weight 1
            each kanaler award 0.5 cap 1
          rule 1.2.b "Tillgänglig information" weight 2
            judgement max 1
        area 2 "Arbetsliv" max 10
          en "Working life"
        subarea 2.1 "Kompetens" max 10
          en "Skills"
          rule 2.1.a "Utbildning"
            when utbildning award 10
        """

    /// Findings with sources and a note, a judgement, and one fact left unassessed.
    static let evidence = """
        finding policy = followed_up
          source document "Policy 2020" section "1.1"
        finding panel = yes
          source web "kommun.se"
          note "300 deltagare."
        finding kanaler = {webb, facebook}
          source web "kommun.se"
        judge 1.2.b = 0.5 because "Hälften av sidorna är anpassade."

        """

    /// The small instrument's evidence, scored.
    static func scored() throws -> ScoredEvidence {
        try Fixture.scored(instrument, evidence)
    }

    /// Ale kommun 2020 scored by the shipped instrument, loaded as the tool loads them.
    static func ale() throws -> ScoredEvidence {
        var workspace = Workspace(registry: BuiltinKinds.registry)
        guard let instrument = try workspace.loadInstrument(directory: RulesTestPaths.instrumentDirectory),
            let evidence = try workspace.loadEvidence(path: RulesTestPaths.aleEvidence, instrument: instrument)
        else { throw FixtureError(description: workspace.renderedDiagnostics(colour: false)) }
        return try ScoredEvidence(instrument: instrument, evidence: evidence)
    }

    /// The Ale report in Swedish (the instrument's language) and English, built once.
    static let aleReports: Result<(sv: Report, en: Report), any Error> = Result {
        let scored = try ale()
        let options = ReportOptions(for: scored.instrument)
        return (
            try Report(scored: scored, options: options),
            try Report(scored: scored, options: ReportOptions(language: .en, reference: options.reference))
        )
    }

    /// The Ale report in a language.
    static func aleReport(_ language: ReportLanguage = .sv) throws -> Report {
        let reports = try aleReports.get()
        return language == .sv ? reports.sv : reports.en
    }
}
