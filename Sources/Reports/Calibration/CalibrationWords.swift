/// The words of `calibrate` (one municipality, and a round with its summary), in one
/// language. Numbers come in already written by ``Prose``; ids, paths, titles and
/// evaluators' names come from the instrument and the evidence.
struct CalibrationWords: Sendable {
    // Shared.
    var municipality: Noun
    var evaluator: Noun
    var evaluation: Noun
    var comparison: Noun
    var input: Noun
    var override: Noun
    var ratedUnit: Noun
    var of: String
    var to: String
    var ci: String
    var total: String
    var insufficientData: String
    /// `poängändring 1.3` / `override 1.3`.
    var overrideOf: @Sendable (_ subarea: String) -> String

    // One municipality.
    var pairwiseTitle: @Sendable (_ unit: String, _ evaluators: String, _ names: String) -> String
    var inputsHeading: String
    var nothingRecorded: String
    var inputColumn: String
    var agreeColumn: String
    var scoresHeading: String
    var subareaColumn: String
    var spreadColumn: String
    var differencesHeading: String
    var pairLine:
        @Sendable (_ pair: String, _ total: String, _ findings: String, _ judgements: String, _ overrides: String) ->
            String
    var unattributed: String
    var areaMaxima: String
    var versus: String
    var unattributedPart: String
    var noDifferences: String
    var disputed: @Sendable (_ disputed: Int, _ count: String, _ of: String) -> String
    var consensus: @Sendable (_ path: String, _ kept: String, _ left: String) -> String

    // A round.
    var roundTitle: @Sendable (_ municipalities: String, _ evaluators: String) -> String
    var summaryHeading: String
    var pointsHeading: String
    var pointsColumns: [String]
    var pooledScope: String
    var areaScope: @Sendable (_ id: String, _ title: String) -> String
    var totalScope: String
    var findingsHeading: String
    var noFindings: String
    var findingsColumns: [String]
    var cohenColumn: String
    var levels: [(level: String, word: String)]
    var numberOfItems: String
    var severityHeading: String
    var severityColumns: [String]
    var pooledNoteRow: String
    var totalNoteRow: String
    var pooledModel: @Sendable (_ sd: String, _ f: String, _ df1: String, _ df2: String, _ p: String) -> String
    var pooledModelUndefined: @Sendable (_ sd: String, _ df1: String, _ df2: String, _ reason: String) -> String
    var blandAltmanHeading: String
    var blandAltmanColumns: [String]
    var driversHeading: @Sendable (_ comparisons: String, _ absolute: String) -> String
    var noPointDifferences: String
    var driversColumns: [String]
    var overridesSource: String
    var unattributedSource: String

    // The summary.
    var roundCounts:
        @Sendable (
            _ municipalities: String, _ evaluators: String, _ names: String, _ evaluations: String, _ assessed: String
        ) -> String
    var totalWhat: @Sendable (_ max: String) -> String
    var weakestWhat: @Sendable (_ subarea: String, _ max: String) -> String
    var agreesAdverb: @Sendable (_ what: String, _ adverb: String) -> String
    var agreement: [String]
    var agreementAdverbs: [String]
    var iccExact: @Sendable (_ icc: String, _ ci: String) -> String
    var iccRange: @Sendable (_ icc: String, _ interval: String, _ low: String, _ high: String) -> String
    var typicalDifference: @Sendable (_ typical: String, _ limit: String) -> String
    var spreadObserved: @Sendable (_ mean: String, _ comparisons: String) -> String
    var noSharedMunicipality: String
    var pooled:
        @Sendable (_ agreement: String, _ agreementCI: String, _ consistency: String, _ consistencyCI: String) -> String
    var pooledUnavailable: @Sendable (_ reason: String) -> String
    var offsetNote: String
    var noICC: @Sendable (_ ids: String, _ many: Bool, _ reason: String) -> String
    var severityUnavailable: @Sendable (_ reason: String) -> String
    var severityInsufficient: @Sendable (_ name: String, _ units: String) -> String
    var severityFlagged:
        @Sendable (_ name: String, _ stricter: Bool, _ effect: String, _ ci: String, _ points: String) -> String
    var severityNone: @Sendable (_ threshold: String, _ name: String, _ effect: String, _ ci: String) -> String
    var noOverrides: String
    var awardsOffset:
        @Sendable (
            _ name: String, _ points: String, _ less: Bool, _ se: String?, _ overrides: String, _ evaluations: String
        ) -> String
    var noComparisons: String
    var noDrivers: String
    var findingDriver: @Sendable (_ fact: String, _ share: String, _ counts: String, _ agreement: String) -> String
    var judgementDriver: @Sendable (_ rule: String, _ share: String, _ counts: String, _ agreement: String) -> String
    var overridesDriver: @Sendable (_ share: String, _ counts: String) -> String
    var unattributedDriver: @Sendable (_ share: String) -> String
    var alphaOnly: @Sendable (_ alpha: String, _ level: String) -> String
    var agreementUnavailable: String

    static func of(_ prose: Prose) -> CalibrationWords { prose.isSwedish ? swedish : english }

    /// A level of measurement in words.
    func level(_ raw: String) -> String { levels.first { $0.level == raw }?.word ?? raw }
}

extension CalibrationWords {
    static let swedish = CalibrationWords(
        municipality: Noun("kommun", "kommuner"), evaluator: Noun("utvärderare", "utvärderare"),
        evaluation: Noun("utvärdering", "utvärderingar"), comparison: Noun("jämförelse", "jämförelser"),
        input: Noun("underlag", "underlag"), override: Noun("poängändring", "poängändringar"),
        ratedUnit: Noun("bedömd enhet", "bedömda enheter"),
        of: "av", to: "till", ci: "95\u{00A0}% KI", total: "Totalt", insufficientData: "otillräckliga data",
        overrideOf: { "poängändring \($0)" },
        pairwiseTitle: { "Kalibrering av \($0), \($1): \($2)" },
        inputsHeading: "Underlag (- ej registrerat)", nothingRecorded: "inget registrerat",
        inputColumn: "underlag", agreeColumn: "lika",
        scoresHeading: "Poäng", subareaColumn: "delområde", spreadColumn: "spridning",
        differencesHeading:
            "Skillnader (den förra minus den senare; fakta och bedömningar fördelade med Shapleyvärden)",
        pairLine: { "\($0): \($1) = fakta \($2), bedömningar \($3), poängändringar \($4)" },
        unattributed: "ofördelat", areaMaxima: "områdenas maxima", versus: "mot",
        unattributedPart: "fler olika underlag än en exakt fördelning medger",
        noDifferences: "inga skillnader",
        disputed: { disputed, count, of in "\(count) av \(of) \(disputed == 1 ? "är omstritt" : "är omstridda")" },
        consensus: { "konsensusutkast \($0): \($1) behållna, \($2) lämnade till diskussion" },
        roundTitle: { "Kalibreringsomgång: \($0), \($1)" },
        summaryHeading: "Sammanfattning",
        pointsHeading: "Samstämmighet i poäng (95\u{00A0}% intervall; kommuner bedömda av två eller fler utvärderare)",
        pointsColumns: ["omfång", "max", "enheter", "ICC(A,1)", "ICC(C,1)", "alfa", "medel |skillnad|"],
        pooledScope: "delområden sammanslagna (% av max)", areaScope: { "område \($0) \($1)" }, totalScope: "totalt",
        findingsHeading: "Samstämmighet i fakta (ej bedömda fakta räknas som saknade värden; lika: andelen par av "
            + "utvärderare som registrerat samma värde, per kommun och sedan i medeltal över kommunerna, som i AC1)",
        noFindings: "inga fakta registrerade",
        findingsColumns: [
            "faktum", "skalnivå", "enheter", "lika", "alfa", "AC1 (95\u{00A0}% KI)", "AC2 ordinal (95\u{00A0}% KI)",
            "Fleiss kappa",
        ],
        cohenColumn: "Cohens kappa (kvadratisk för stegar)",
        levels: [("nominal", "nominal"), ("ordinal", "ordinal"), ("interval", "intervall")],
        numberOfItems: "antal poster",
        severityHeading: "Stränghet (tvåvägs additiv modell: under 0 strängare, över 0 mildare än gruppen; "
            + "tilldelat − regler: vad poängändringarna ändrade)",
        severityColumns: [
            "utvärderare", "sammanslaget, % av max (95\u{00A0}% KI)", "totalt, poäng (95\u{00A0}% KI)",
            "tilldelat − regler (medelfel)", "poängändringar",
        ],
        pooledNoteRow: "sammanslaget", totalNoteRow: "totalt",
        pooledModel: { sd, f, df1, df2, p in
            "sammanslagen modell: residualens standardavvikelse \(sd) procentenheter, utvärderarnas F \(f) "
                + "med (\(df1), \(df2)) frihetsgrader, p \(p)"
        },
        pooledModelUndefined: { sd, df1, df2, reason in
            "sammanslagen modell: residualens standardavvikelse \(sd) procentenheter, utvärderarnas F med "
                + "(\(df1), \(df2)) frihetsgrader \(reason)"
        },
        blandAltmanHeading: "Bland–Altman på totalen (varje utvärderare minus medelvärdet av de andra på samma kommuner; "
            + "gränser: medelskillnad ± 1,96 standardavvikelser)",
        blandAltmanColumns: [
            "utvärderare", "kommuner", "medelskillnad (95\u{00A0}% KI)", "standardavvikelse", "överensstämmelsegränser",
        ],
        driversHeading: {
            "Vad som driver oenigheten (Shapleyfördelning av varje skillnad i ett delområde i \($0); "
                + "\($1) i absolut skillnad)"
        },
        noPointDifferences: "inga poängskillnader",
        driversColumns: ["rang", "källa", "andel", "poäng", "skilde sig i"],
        overridesSource: "poängändringar", unattributedSource: "ofördelat (för många olika underlag)",
        roundCounts: { "\($0), \($1) (\($2)), \($3); \($4) delområden bedömda." },
        totalWhat: { "Totalt (max \($0))" },
        weakestWhat: { "Svagaste delområde: \($0) (max \($1))" },
        agreesAdverb: { "\($0): en enskild utvärderares poäng stämmer \($1) med kollegornas " },
        agreement: ["svag", "måttlig", "god", "utmärkt"],
        agreementAdverbs: ["dåligt", "måttligt", "väl", "utmärkt"],
        iccExact: { "(ICC(A,1) \($0), \($1)). " },
        iccRange: {
            "(ICC(A,1) \($0)), men 95\u{00A0}%-intervallet (\($1)) sträcker sig från \($2) till \($3) samstämmighet. "
        },
        typicalDifference: {
            "Två utvärderare skiljer sig typiskt med \($0), och 95\u{00A0}% av skillnaderna ligger inom ±\($1)."
        },
        spreadObserved: { "observerat: två utvärderare skiljer sig i genomsnitt med \($0) över \($1)" },
        noSharedMunicipality: "inga två utvärderare bedömde samma kommun",
        pooled: {
            "Över delområdena (procent av max): absolut samstämmighet ICC(A,1) \($0) (\($1)), "
                + "konsistens ICC(C,1) \($2) (\($3))."
        },
        pooledUnavailable: { "Över delområdena (procent av max): \($0)." },
        offsetNote:
            " Utvärderarna är mer eniga om vilka kommuner som får högre poäng än om nivån: en del av oenigheten "
            + "är en systematisk förskjutning mellan utvärderarna (se stränghet).",
        noICC: { ids, many, reason in "\(many ? "Delområdena" : "Delområde") \(ids) har ingen ICC: \(reason)." },
        severityUnavailable: { "Stränghet: \($0)." },
        severityInsufficient: { "\($0): otillräckliga data för att skatta strängheten (\($1))." },
        severityFlagged: { name, stricter, effect, ci, points in
            "\(name) är \(stricter ? "strängare" : "mildare") än gruppen: \(effect) procentenheter av varje delområdes "
                + "maximum (\(ci); ≈ \(points) på ett delområde med max 20)."
        },
        severityNone: { threshold, name, effect, ci in
            "Ingen utvärderare är tydligt strängare eller mildare än gruppen (ett intervall som utesluter 0 och en "
                + "förskjutning på minst \(threshold) procentenheter); störst: \(name) \(effect) procentenheter, \(ci)."
        },
        noOverrides: "Ingen utvärderare ändrade reglernas poäng: tilldelade poäng är lika med reglernas poäng för "
            + "utvärderarnas egna fakta.",
        awardsOffset: { name, points, less, se, overrides, evaluations in
            "\(name) ger i genomsnitt \(points) \(less ? "mindre" : "mer") än reglerna ger för \(name):s egna fakta ("
                + (se.map { "medelfel \($0); " } ?? "otillräckliga data för ett intervall; ")
                + "\(overrides) i \(evaluations))."
        },
        noComparisons: "Oenighet: otillräckliga data (ingen kommun utvärderades av två utvärderare).",
        noDrivers: "Utvärderarna registrerade varje kommun lika: inga poängskillnader att förklara.",
        findingDriver: { fact, share, counts, agreement in
            "Faktumet \(fact) står för \(share) av poängskillnaderna mellan utvärderarna "
                + "(de skilde sig om det i \(counts); \(agreement))."
        },
        judgementDriver: { rule, share, counts, agreement in
            "Bedömningen \(rule) står för \(share) av poängskillnaderna mellan utvärderarna "
                + "(de skilde sig om den i \(counts); \(agreement))."
        },
        overridesDriver: { "Poängändringar står för \($0) av poängskillnaderna (de skilde sig i \($1))." },
        unattributedDriver: {
            "\($0) av poängskillnaderna kunde inte fördelas på enskilda underlag (för många skilde sig samtidigt)."
        },
        alphaOnly: { "Krippendorffs α \($0) (\($1)), utan intervall" },
        agreementUnavailable: "samstämmighet: otillräckliga data")

    static let english = CalibrationWords(
        municipality: Noun("municipality", "municipalities"), evaluator: Noun("evaluator", "evaluators"),
        evaluation: Noun("evaluation", "evaluations"), comparison: Noun("comparison", "comparisons"),
        input: Noun("input", "inputs"), override: Noun("override", "overrides"),
        ratedUnit: Noun("rated unit", "rated units"),
        of: "of", to: "to", ci: "95% CI", total: "Total", insufficientData: "insufficient data",
        overrideOf: { "override \($0)" },
        pairwiseTitle: { "Calibration of \($0) by \($1): \($2)" },
        inputsHeading: "Inputs (- not recorded)", nothingRecorded: "nothing recorded",
        inputColumn: "input", agreeColumn: "agree",
        scoresHeading: "Scores", subareaColumn: "subarea", spreadColumn: "spread",
        differencesHeading: "Differences (first minus second; findings and judgements split by Shapley values)",
        pairLine: { "\($0): \($1) = findings \($2), judgements \($3), overrides \($4)" },
        unattributed: "unattributed", areaMaxima: "area maxima", versus: "vs",
        unattributedPart: "more differing inputs than exact attribution allows",
        noDifferences: "no differences",
        disputed: { _, count, of in "\(count) of \(of) disputed" },
        consensus: { "consensus draft \($0): \($1) kept, \($2) left for discussion" },
        roundTitle: { "Calibration round: \($0), \($1)" },
        summaryHeading: "Summary",
        pointsHeading: "Agreement on points (95% intervals; units rated by two or more evaluators)",
        pointsColumns: ["scope", "max", "units", "ICC(A,1)", "ICC(C,1)", "alpha", "mean |diff|"],
        pooledScope: "subareas pooled (% of max)", areaScope: { "area \($0) \($1)" }, totalScope: "total",
        findingsHeading: "Agreement on findings (unassessed findings are missing values; agree: the share of pairs of "
            + "evaluators recording the same value, per municipality, then averaged over municipalities, as in AC1)",
        noFindings: "no findings recorded",
        findingsColumns: [
            "finding", "level", "units", "agree", "alpha", "AC1 (95% CI)", "AC2 ordinal (95% CI)", "Fleiss kappa",
        ],
        cohenColumn: "Cohen kappa (quadratic for levels)",
        levels: [("nominal", "nominal"), ("ordinal", "ordinal"), ("interval", "interval")],
        numberOfItems: "number of items",
        severityHeading: "Severity (two-way additive model: below 0 stricter, above 0 more lenient than the panel; "
            + "awarded − rules: what overrides changed)",
        severityColumns: [
            "evaluator", "pooled, % of max (95% CI)", "total, points (95% CI)", "awarded − rules (SE)", "overrides",
        ],
        pooledNoteRow: "pooled", totalNoteRow: "total",
        pooledModel: { sd, f, df1, df2, p in
            "pooled model: residual SD \(sd) percentage points, evaluator F \(f) on (\(df1), \(df2)) df, p \(p)"
        },
        pooledModelUndefined: { sd, df1, df2, reason in
            "pooled model: residual SD \(sd) percentage points, evaluator F on (\(df1), \(df2)) df \(reason)"
        },
        blandAltmanHeading: "Bland–Altman on the total (each evaluator minus the mean of the others on the same "
            + "municipalities; limits: bias ± 1.96 SD)",
        blandAltmanColumns: ["evaluator", "municipalities", "bias (95% CI)", "SD", "limits of agreement"],
        driversHeading: {
            "What drives disagreement (Shapley split of every subarea difference in \($0); \($1) of absolute difference)"
        },
        noPointDifferences: "no point differences",
        driversColumns: ["rank", "source", "share", "points", "differed in"],
        overridesSource: "overrides", unattributedSource: "unattributed (too many differing inputs)",
        roundCounts: { "\($0), \($1) (\($2)), \($3); \($4) subareas assessed." },
        totalWhat: { "Total (max \($0))" },
        weakestWhat: { "Weakest subarea: \($0) (max \($1))" },
        agreesAdverb: { "\($0): a single evaluator's score agrees with colleagues' \($1) " },
        agreement: ["poor", "moderate", "good", "excellent"],
        agreementAdverbs: ["poorly", "moderately", "well", "excellently"],
        iccExact: { "(ICC(A,1) \($0), \($1)). " },
        iccRange: { "(ICC(A,1) \($0)), but the 95% interval (\($1)) runs from \($2) to \($3) agreement. " },
        typicalDifference: { "Two evaluators typically differ by \($0), and 95% of differences lie within ±\($1)." },
        spreadObserved: { "observed: two evaluators differ by \($0) on average over \($1)" },
        noSharedMunicipality: "no two evaluators rated the same municipality",
        pooled: {
            "Across subareas (percent of maximum): absolute agreement ICC(A,1) \($0) (\($1)), "
                + "consistency ICC(C,1) \($2) (\($3))."
        },
        pooledUnavailable: { "Across subareas (percent of maximum): \($0)." },
        offsetNote: " Evaluators agree more on which municipalities score higher than on the level: part of the "
            + "disagreement is a systematic offset between evaluators (see severity).",
        noICC: { ids, many, reason in "\(many ? "Subareas" : "Subarea") \(ids), no ICC: \(reason)." },
        severityUnavailable: { "Severity: \($0)." },
        severityInsufficient: { "\($0): insufficient data for a severity estimate (\($1))." },
        severityFlagged: { name, stricter, effect, ci, points in
            "\(name) is \(stricter ? "stricter" : "more lenient") than the panel: \(effect) percentage points of each "
                + "subarea's maximum (\(ci); ≈ \(points) on a 20-point subarea)."
        },
        severityNone: { threshold, name, effect, ci in
            "No evaluator is clearly stricter or more lenient than the panel (an interval excluding 0 and an offset of "
                + "at least \(threshold) percentage points); largest: \(name) \(effect) percentage points, \(ci)."
        },
        noOverrides: "No evaluator overrode the rules: awarded scores equal the rules' scores for their own findings.",
        awardsOffset: { name, points, less, se, overrides, evaluations in
            "\(name) awards on average \(points) \(less ? "less" : "more") than the rules give for \(name)'s own findings ("
                + (se.map { "SE \($0); " } ?? "insufficient data for an interval; ")
                + "\(overrides) in \(evaluations))."
        },
        noComparisons: "Disagreement: insufficient data (no municipality was evaluated by two evaluators).",
        noDrivers: "The evaluators recorded every municipality alike: no point differences to explain.",
        findingDriver: { fact, share, counts, agreement in
            "Finding '\(fact)' accounts for \(share) of the point differences between evaluators "
                + "(they differed on it in \(counts); \(agreement))."
        },
        judgementDriver: { rule, share, counts, agreement in
            "Judgement '\(rule)' accounts for \(share) of the point differences between evaluators "
                + "(they differed on it in \(counts); \(agreement))."
        },
        overridesDriver: { "Overrides account for \($0) of the point differences (they differed in \($1))." },
        unattributedDriver: {
            "\($0) of the point differences could not be attributed to single inputs (too many differed at once)."
        },
        alphaOnly: { "Krippendorff's α \($0) (\($1)), no interval" },
        agreementUnavailable: "agreement: insufficient data")
}
