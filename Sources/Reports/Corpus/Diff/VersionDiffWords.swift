import Analysis

/// The words of `diff` (text and Markdown), in one language. Numbers come in already
/// written by ``Prose``; ids, titles, clauses, names and paths come from the instruments
/// and the evidence; the new version's diagnostics stay in English, as diagnostics do.
struct VersionDiffWords: Sendable {
    var evaluation: Noun
    var instrumentChanges: String
    var factsRenamed: String
    var factsRemoved: String
    var factsAdded: String
    /// `same type and description: 'a -> b' in the renames file would match them`.
    var likelyRename: @Sendable (_ line: String) -> String
    var area: String
    var subarea: String
    var rulesChanged: String
    var added: String
    var removed: String
    var weighted: String
    var sectionAdded: String
    var sectionRemoved: String
    var mode: @Sendable (_ mode: String) -> String
    var modeWord: String
    var title: String
    var aspect: @Sendable (RuleChange.Aspect) -> String
    var addedRule: String
    var removedRule: String
    var inSubarea: String
    var old: String
    var new: String
    var oldTitle: String
    var newTitle: String
    var weight: String
    var totalsHeading: String
    var evaluationColumn: String
    /// The old and the new total's columns.
    var totalsColumns: [String]
    var meanChange: @Sendable (_ change: String, _ evaluations: String) -> String
    var effectsHeading: String
    var rescoredNote: String
    var effectsColumns: [String]
    var noRuleChanged: String
    var notRescored: String
    var notRescoredAlone: String
    var failure: @Sendable (RescoreFailure) -> String
    var countOf: @Sendable (_ changed: String, _ of: String) -> String
    var subareasHeading: String
    var partsNote: String
    var cannotRead: String
    var noSubareaChanged: String
    var rest: String
    var allRead: @Sendable (_ instrument: String) -> String
    var notesHeading: @Sendable (_ instrument: String, _ count: String) -> String
    var subject: @Sendable (MigrationNote.Subject) -> String
    /// `path:line:column: note: finding 'x' left out: reason`.
    var leftOut: @Sendable (_ place: String, _ subject: String, _ reason: String) -> String
    var against: String
    var renames: String

    // Markdown.
    var changesColumns: [String]
    var totals: String
    var effectsTitle: String
    var subareasTitle: String
    var subareasColumns: [String]
    var notes: String
    var provenance: String

    static func of(_ language: ReportLanguage) -> VersionDiffWords { language == .sv ? .swedish : .english }
}

extension VersionDiffWords {
    static let swedish = VersionDiffWords(
        evaluation: Noun("utvärdering", "utvärderingar"),
        instrumentChanges: "Ändringar i instrumentet",
        factsRenamed: "fakta med nytt namn", factsRemoved: "fakta borttagna utan nytt namn", factsAdded: "fakta tillagda",
        likelyRename: { "samma typ och beskrivning: raden '\($0)' i namnbytesfilen skulle para ihop dem" },
        area: "område", subarea: "delområde", rulesChanged: "regler tillagda, borttagna eller ändrade",
        added: "tillagt", removed: "borttaget", weighted: "viktat",
        sectionAdded: "tillagt", sectionRemoved: "borttaget",
        mode: { $0 == "weighted" ? "viktat" : "poängsatt" }, modeWord: "poängsättning", title: "rubrik",
        aspect: { aspect in
            switch aspect {
            case .id: "id"
            case .title: "rubrik"
            case .clause: "villkor"
            case .weight: "vikt"
            case .subarea: "delområde"
            }
        },
        addedRule: "tillagd", removedRule: "borttagen", inSubarea: "i",
        old: "gammalt", new: "nytt", oldTitle: "gammal rubrik", newTitle: "ny rubrik", weight: "vikt",
        totalsHeading: "Totalpoäng, gammal → ny, och förändringen per område",
        evaluationColumn: "utvärdering", totalsColumns: ["gammal", "ny"],
        meanChange: { "genomsnittlig förändring av totalpoängen: \($0) över \($1)" },
        effectsHeading: "Varje regeländring över hela jämförelsematerialet, effekt på totalpoängen",
        rescoredNote: "omräknad: den nya versionen minus den nya versionen med bara denna regel som i den gamla",
        effectsColumns: ["regel", "ändring", "delområden", "medel-Δ", "minst", "mest", "totalpoängen ändrad i"],
        noRuleChanged: "ingen regel ändrades", notRescored: "ej omräknad",
        notRescoredAlone: "kunde inte räknas om för sig",
        failure: { failure in
            switch failure {
            case .oldDeclarationMissing: "den gamla regelns deklaration hittades inte"
            case .oldSubareaMissing(let subarea): "dess gamla delområde \(subarea) finns inte i den nya versionen"
            case .doesNotFit(let diagnostic):
                "den gamla regeln passar inte in i den nya versionen"
                    + (diagnostic.map { " (kontrollens fel: \($0))" } ?? "")
            }
        },
        countOf: { "\($0) av \($1)" },
        subareasHeading: "Förändringar per delområde och utvärdering, förklarade",
        partsNote: "delar: varje regeländring omräknad för sig; rest: delområdets egen ändring, utelämnade fakta och "
            + "ändringar som samverkar",
        cannotRead: "den nya versionen kan inte läsa underlaget (se anmärkningarna)",
        noSubareaChanged: "inget delområde ändrades", rest: "rest",
        allRead: { "Alla fakta, bedömningar och poängändringar går att läsa i \($0) (efter namnbytena)." },
        notesHeading: { "Det som \($0) inte kan läsa och som utelämnas vid poängsättningen med den (\($1))" },
        subject: { subject in
            switch subject {
            case .wholeFile: "hela filen"
            case .header: "underlagets huvud"
            case .finding(let fact): "faktauppgiften '\(fact)'"
            case .judgement(let target): "bedömningen av '\(target)'"
            case .override(let target): "poängändringen av '\(target)'"
            case .declaration: "en deklaration"
            }
        },
        leftOut: { "\($0)anmärkning: \($1) utelämnas (den nya versionens fel: \($2))" },
        against: "mot", renames: "namnbyten",
        changesColumns: ["regel", "ändring", "hur"], totals: "Totalpoäng",
        effectsTitle: "Varje regeländring över jämförelsematerialet",
        subareasTitle: "Förändringar per delområde och utvärdering",
        subareasColumns: ["delområde", "gammal", "ny", "Δ", "förklaras av"],
        notes: "Anmärkningar", provenance: "Ursprung")

    static let english = VersionDiffWords(
        evaluation: Noun("evaluation", "evaluations"),
        instrumentChanges: "What changed in the instrument",
        factsRenamed: "facts renamed", factsRemoved: "facts removed, not renamed", factsAdded: "facts added",
        likelyRename: { "same type and description: '\($0)' in the renames file would match them" },
        area: "area", subarea: "subarea", rulesChanged: "rules added, removed or changed",
        added: "added", removed: "removed", weighted: "weighted",
        sectionAdded: "added", sectionRemoved: "removed",
        mode: { $0 }, modeWord: "mode", title: "title",
        aspect: { $0.rawValue },
        addedRule: "added", removedRule: "removed", inSubarea: "in",
        old: "old", new: "new", oldTitle: "old title", newTitle: "new title", weight: "weight",
        totalsHeading: "Totals, old → new, and the change per area",
        evaluationColumn: "evaluation", totalsColumns: ["old", "new"],
        meanChange: { "mean change of the total: \($0) over \($1)" },
        effectsHeading: "Each rule change over the corpus, on the total",
        rescoredNote: "re-scored: the new version minus the new version with only this rule as the old one had it",
        effectsColumns: ["rule", "change", "subareas", "mean Δ", "least", "most", "total changed in"],
        noRuleChanged: "no rule changed", notRescored: "not re-scored",
        notRescoredAlone: "not re-scored on its own",
        failure: { $0.text },
        countOf: { "\($0) of \($1)" },
        subareasHeading: "Subarea changes per evaluation, explained",
        partsNote: "parts: each rule change re-scored on its own; rest: the subarea's own change, findings left out, "
            + "changes acting together",
        cannotRead: "the new version cannot read it (see the notes)",
        noSubareaChanged: "no subarea changed", rest: "rest",
        allRead: { "Every finding, judgement and override reads in \($0) (after the renames)." },
        notesHeading: { "What \($0) cannot read, left out before scoring with it (\($1))" },
        subject: { $0.text },
        leftOut: { "\($0)note: \($1) left out: \($2)" },
        against: "against", renames: "renames",
        changesColumns: ["rule", "change", "how"], totals: "Totals",
        effectsTitle: "Each rule change over the corpus",
        subareasTitle: "Subarea changes per evaluation",
        subareasColumns: ["subarea", "old", "new", "Δ", "explained by"],
        notes: "Notes", provenance: "Provenance")
}
