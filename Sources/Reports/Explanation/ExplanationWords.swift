import Engine

/// The sentences of explanations, in Swedish and English side by side.
struct ExplanationWords: Sendable {
    var status: @Sendable (RuleStatus) -> String
    var pointsWord: @Sendable (_ one: Bool) -> String
    var of: String
    var shownAs: @Sendable (_ points: String, _ percent: String) -> String
    var mode: @Sendable (SubareaMode) -> String
    var couldBe: @Sendable (_ low: String, _ high: String) -> String
    var rule: String
    var ruleGives: @Sendable (_ rule: String, _ status: String, _ points: String) -> String
    var ofWhichCut: @Sendable (_ points: String) -> String
    var looksFor: String
    var finding: String
    var recordedBy: String
    var from: String
    var withoutSource: String
    var section: String
    var confidence: String
    var note: String
    var notAssessed: String
    var unassessedValue: String
    var notAssessedFact: @Sendable (_ fact: String) -> String
    var notJudged: String
    var judged: @Sendable (_ value: String, _ by: String, _ reason: String) -> String
    var overridden: @Sendable (_ computed: String, _ value: String, _ by: String, _ reason: String) -> String
    var capCut: @Sendable (_ max: String, _ cut: String, _ rules: String) -> String
    var capCutShort: @Sendable (_ cut: String) -> String
    var ownCapCutShort: @Sendable (_ cut: String) -> String
    var missing: @Sendable (_ points: String, _ max: String) -> String
    var atMaximum: String
    var ruleAtBest: String
    var setByOverride: String
    var toDo: @Sendable (_ points: String) -> String
    var onTheWay: String
    var today: String
    var rest: @Sendable (Reconciliation.Rest) -> String
    var together: @Sendable (_ together: String, _ missing: String) -> String
    var gainsAlone: String
    var elsewhere: @Sendable (_ missing: String, _ rules: String) -> String
    var judgementOf: @Sendable (_ rule: String) -> String

    static func of(_ language: ReportLanguage) -> ExplanationWords { language == .sv ? .swedish : .english }
}

extension ExplanationWords {
    static let swedish = ExplanationWords(
        status: { status in
            switch status {
            case .hit: "uppfylld"
            case .partial: "delvis uppfylld"
            case .miss: "ej uppfylld"
            case .unassessed: "ej bedömd"
            }
        },
        pointsWord: { _ in "poäng" }, of: "av",
        shownAs: { "visas som \($0), \($1)" },
        mode: { $0 == .weighted ? "viktat delområde" : "poängsatt delområde" },
        couldBe: { "kan bli \($0) till \($1) när allt är bedömt" },
        rule: "Regel",
        ruleGives: { "Regel \($0) är \($1) och ger \($2)." },
        ofWhichCut: { " Delområdets max skär bort \($0) av dem." },
        looksFor: "Den söker:", finding: "Underlag:", recordedBy: "registrerat av", from: "från",
        withoutSource: "utan källa", section: "avsnitt", confidence: "säkerhet", note: "Anteckning:",
        notAssessed: "Ej bedömt:", unassessedValue: "ej bedömt",
        notAssessedFact: { "\($0): ej bedömt." },
        notJudged: "Bedömning saknas för regel",
        judged: { "Bedömd till \($0) av \($1): ”\($2)”." },
        overridden: { "Det beräknade värdet \($0) är ersatt med \($1) av \($2): ”\($3)”." },
        capCut: { "Max \($0) skär bort \($1) poäng, från regel \($2)." }, capCutShort: { "taket skär bort \($0)" },
        ownCapCutShort: { "regelns eget tak skär bort \($0)" },
        missing: { "\($0) poäng kvar till max \($1)." },
        atMaximum: "Full poäng: inget saknas.", ruleAtBest: "Regeln ger redan allt den kan.",
        setByOverride: "Poängen är satt av utvärderarna; ändrat underlag ändrar den inte.",
        toDo: { "Att göra (\($0) poäng kvar till max):" },
        onTheWay: "på vägen:", today: "i dag",
        rest: { rest in
            switch rest {
            case .override: "utvärderarnas ändring av poängen står kvar"
            case .ceiling: "reglerna ger inte mer ens när alla är uppfyllda"
            case .unreachable(_, let rules): "ingen ändring av underlaget höjer regel \(rules.joined(separator: ", "))"
            case .notToBest(_, let rules): "ändringarna tar inte regel \(rules.joined(separator: ", ")) hela vägen"
            case .interaction: "ändringarna motverkar varandra när de görs samtidigt"
            case .cap: "delområdets max skär bort resten"
            }
        },
        together: { "Tillsammans ger ändringarna \($0) av de \($1) poäng som saknas." },
        gainsAlone: "Varje vinst är räknad för sig mot nuläget; under samma tak summeras de inte.",
        elsewhere: { "Delområdet saknar \($0) poäng; de finns i \($1)." },
        judgementOf: { "bedömningen av regel \($0)" })

    static let english = ExplanationWords(
        status: { status in
            switch status {
            case .hit: "met"
            case .partial: "partly met"
            case .miss: "not met"
            case .unassessed: "not assessed"
            }
        },
        pointsWord: { $0 ? "point" : "points" }, of: "of",
        shownAs: { "shown as \($0), \($1)" },
        mode: { $0 == .weighted ? "weighted subarea" : "points subarea" },
        couldBe: { "could be \($0) to \($1) once everything is assessed" },
        rule: "Rule",
        ruleGives: { "Rule \($0) is \($1) and gives \($2)." },
        ofWhichCut: { " The subarea's maximum cuts \($0) of them." },
        looksFor: "It looks for:", finding: "Finding:", recordedBy: "recorded by", from: "from",
        withoutSource: "without a source", section: "section", confidence: "confidence", note: "Note:",
        notAssessed: "Not assessed:", unassessedValue: "not assessed",
        notAssessedFact: { "\($0): not assessed." },
        notJudged: "No judgement for rule",
        judged: { "Judged \($0) by \($1): “\($2)”." },
        overridden: { "The computed \($0) is replaced by \($1) by \($2): “\($3)”." },
        capCut: { "The maximum of \($0) cuts \($1) points, from rule \($2)." }, capCutShort: { "cap cut \($0)" },
        ownCapCutShort: { "own cap cut \($0)" },
        missing: { "\($0) points short of the maximum \($1)." },
        atMaximum: "Full points: nothing is missing.", ruleAtBest: "The rule already gives all it can.",
        setByOverride: "The score is set by the evaluators; changed findings do not change it.",
        toDo: { "To do (\($0) points short of the maximum):" },
        onTheWay: "on the way:", today: "today",
        rest: { rest in
            switch rest {
            case .override: "the evaluators' override stands"
            case .ceiling: "the rules give no more even when all are met"
            case .unreachable(_, let rules): "no change of findings raises rule \(rules.joined(separator: ", "))"
            case .notToBest(_, let rules): "the changes do not take rule \(rules.joined(separator: ", ")) all the way"
            case .interaction: "the changes work against each other when made together"
            case .cap: "the subarea's maximum cuts the rest"
            }
        },
        together: { "Together the changes give \($0) of the \($1) missing points." },
        gainsAlone: "Each gain is counted alone against the current state; under one cap they do not add up.",
        elsewhere: { "The subarea misses \($0) points; they are in \($1)." },
        judgementOf: { "the judgement of rule \($0)" })
}
