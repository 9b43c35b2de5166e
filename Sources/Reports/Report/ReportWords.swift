import Engine

/// The fixed words of a report in one language. Everything else a report says comes
/// from the instrument (titles, rule titles, fact descriptions) or the evidence.
struct ReportWords: Sendable {
    var reportTitle: @Sendable (_ municipality: String, _ year: Int) -> String
    var evaluators: String
    var summary: String
    var area: String
    var points: String
    var onePoint: String
    var of: String
    var max: String
    var percent: String
    var bounds: String
    var total: String
    var difference: String
    var strengths: String
    var opportunities: String
    var pointTable: String
    var pointTableIntro: String
    var areaTableCaption: @Sendable (_ reference: String?) -> String
    var totalLine: String
    var couldBe: @Sendable (_ min: String, _ max: String) -> String
    var strongest: String
    var weakest: String
    var above: @Sendable (_ reference: String) -> String
    var below: @Sendable (_ reference: String) -> String
    var level: @Sendable (_ reference: String) -> String
    var radarTitle: @Sendable (_ subject: String, _ reference: String?) -> String
    var radarDescription: String
    var radarCaption: String
    var partlyMet: String
    var capCut: @Sendable (_ points: String) -> String
    var noStrengths: String
    var atMaximum: String
    var missing: @Sendable (_ points: String, _ max: String) -> String
    var noSingleChange: String
    var gainsDoNotAdd: String
    var unassessed: String
    var unjudged: String
    var judged: @Sendable (_ value: String, _ by: String) -> String
    var overridden: @Sendable (_ by: String, _ computed: String) -> String
    /// "utvärderarna (A, B)": the evaluators of the header together.
    var jointly: @Sendable (_ names: String) -> String
    /// "säkerhet 0,9": an evaluator's confidence in a finding.
    var confidence: @Sendable (_ value: String) -> String
    var overrideNoHeadroom: String
    var note: String
    var section: String
    var yes: String
    var no: String
    var openQuote: String
    var closeQuote: String
    var sourceKinds: [(kind: String, word: String)]
    var tool: String
    var instrument: String
    var evidence: String

    /// A source kind in words (`interview` → `intervju`), or as written when unknown.
    func sourceKind(_ kind: String) -> String {
        sourceKinds.first { $0.kind == kind }?.word ?? kind
    }

    /// `n poäng` / `n points` (`1 point`).
    func pointsUnit(_ text: String) -> String {
        text + " " + (text == "1" ? onePoint : points)
    }

    /// Who recorded something: the evaluator named by `by`, the only evaluator, or the
    /// evaluators together, never one of several alone.
    func who(_ by: String?, in evidence: Evidence) -> String {
        let names = evidence.recorders(by)
        return names.count == 1 ? names[0] : jointly(names.joined(separator: ", "))
    }

    /// A quotation in the language's marks.
    func quoted(_ text: String) -> String { openQuote + text + closeQuote }
}

extension ReportWords {
    static let swedish = ReportWords(
        reportTitle: { "Analys av \($0) \($1)" },
        evaluators: "Utvärderare",
        summary: "Sammanfattning",
        area: "Område",
        points: "poäng", onePoint: "poäng", of: "av",
        max: "Max", percent: "Procent", bounds: "Möjligt", total: "Totalt", difference: "Skillnad",
        strengths: "Styrkor", opportunities: "Förbättringsmöjligheter",
        pointTable: "Översikt av poängfördelning",
        pointTableIntro: "Tabellerna visar resultatet fördelat på delområden inom respektive område.",
        areaTableCaption: { reference in
            reference.map { "Poäng per område jämfört med \($0)" } ?? "Poäng per område"
        },
        totalLine: "Uppnått",
        couldBe: { "Kan bli \($0)–\($1) när allt är bedömt." },
        strongest: "Starkast", weakest: "Störst förbättringspotential",
        above: { "Över \($0)" }, below: { "Under \($0)" }, level: { "Lika med \($0)" },
        radarTitle: { subject, reference in
            reference.map { "\(subject) jämfört med \($0)" } ?? "\(subject) per område"
        },
        radarDescription: "Spindeldiagram, procent av max per område.",
        radarCaption: "Heldragen linje med runda markeringar: kommunen. "
            + "Streckad linje med fyrkantiga markeringar: jämförelsen.",
        partlyMet: "delvis uppfylld", capCut: { "varav \($0) över taket" },
        noStrengths: "Ingen regel ger poäng här.",
        atMaximum: "Full poäng: inget saknas.",
        missing: { "\($0) poäng kvar till max \($1)." },
        noSingleChange: "Ingen enskild ändring av underlaget höjer poängen.",
        gainsDoNotAdd: "Varje vinst är räknad för sig mot nuläget; under samma tak summeras de inte.",
        unassessed: "Ej bedömt", unjudged: "Bedömning saknas",
        judged: { "Bedömd \($0) av \($1)" },
        overridden: { "Poängen är satt av \($0); beräknat \($1)." },
        jointly: { "utvärderarna (\($0))" }, confidence: { "säkerhet \($0)" },
        overrideNoHeadroom: "Poängen är satt av utvärderarna; ändrat underlag ändrar den inte.",
        note: "Anteckning", section: "avsnitt", yes: "ja", no: "nej",
        openQuote: "”", closeQuote: "”",
        sourceKinds: [
            ("interview", "intervju"), ("document", "dokument"), ("web", "webb"), ("social", "sociala medier"),
            ("survey", "enkät"), ("report", "utvärderingsrapporten"),
        ],
        tool: "Verktyg", instrument: "Instrument", evidence: "Underlag")

    static let english = ReportWords(
        reportTitle: { "Evaluation of \($0) \($1)" },
        evaluators: "Evaluators",
        summary: "Summary",
        area: "Area",
        points: "points", onePoint: "point", of: "of",
        max: "Max", percent: "Percent", bounds: "Bounds", total: "Total", difference: "Difference",
        strengths: "Strengths", opportunities: "Improvement opportunities",
        pointTable: "Overview of points",
        pointTableIntro: "The tables show the result per subarea within each area.",
        areaTableCaption: { reference in
            reference.map { "Points per area compared with \($0)" } ?? "Points per area"
        },
        totalLine: "Points",
        couldBe: { "Could be \($0)–\($1) once everything is assessed." },
        strongest: "Strongest", weakest: "Most room for improvement",
        above: { "Above \($0)" }, below: { "Below \($0)" }, level: { "Level with \($0)" },
        radarTitle: { subject, reference in
            reference.map { "\(subject) compared with \($0)" } ?? "\(subject) per area"
        },
        radarDescription: "Radar chart, percent of the maximum per area.",
        radarCaption:
            "Solid line with round markers: the municipality. Dashed line with square markers: the comparison.",
        partlyMet: "partly met", capCut: { "\($0) of them over the cap" },
        noStrengths: "No rule earns points here.",
        atMaximum: "Full points: nothing is missing.",
        missing: { "\($0) points short of the maximum \($1)." },
        noSingleChange: "No single change of the findings raises the score.",
        gainsDoNotAdd: "Each gain is counted alone against the current state; under one cap they do not add up.",
        unassessed: "Not assessed", unjudged: "Judgement missing",
        judged: { "Judged \($0) by \($1)" },
        overridden: { "The score is set by \($0); computed \($1)." },
        jointly: { "the evaluators (\($0))" }, confidence: { "confidence \($0)" },
        overrideNoHeadroom: "The score is set by the evaluators; changed findings do not change it.",
        note: "Note", section: "section", yes: "yes", no: "no",
        openQuote: "“", closeQuote: "”",
        sourceKinds: [
            ("interview", "interview"), ("document", "document"), ("web", "web"), ("social", "social media"),
            ("survey", "survey"), ("report", "evaluation report"),
        ],
        tool: "Tool", instrument: "Instrument", evidence: "Evidence")
}
