/// The words of `fit`, in one language. Numbers come in already written by ``Prose``.
struct FitWords: Sendable {
    var awardedScore: Noun
    var subarea: Noun
    var scale: Noun
    var evaluation: Noun
    var municipality: Noun
    var title: @Sendable (_ scores: String, _ subareas: String) -> String
    var explanation: String
    var noAwarded: String
    var subareaLine: @Sendable (_ subarea: String, _ max: String, _ scores: String, _ municipalities: String) -> String
    var scaleColumns: [String]
    var to: String
    var boundedOf: @Sendable (_ upper: String) -> String
    var metricsColumns: [String]
    var asWritten: String
    var nonNegative: String
    var bounded: String
    var verdict: String
    var insufficientData: String
    var reproduces: String
    var clearlyBetter: @Sendable (_ fitted: String, _ written: String) -> String
    var noClearGain: @Sendable (_ fitted: String, _ written: String) -> String
    var flaggedResiduals: String
    var warnings: String
    var neverScores: @Sendable (_ rule: String) -> String
    var alwaysTogether: @Sendable (_ first: String, _ second: String) -> String
    var dependent: @Sendable (_ rank: String, _ rules: String) -> String
    var nearlyDependent: @Sendable (_ condition: String) -> String
    var fewEvaluations: @Sendable (_ evaluations: String, _ scales: String) -> String
    var flatters: @Sendable (_ ratio: String) -> String
    var zeroScale: @Sendable (_ rule: String) -> String
    var atUpperBound: @Sendable (_ rule: String, _ upper: String) -> String
    var unstable: @Sendable (_ rule: String, _ low: String, _ high: String) -> String
    var exceedsMaximum: @Sendable (_ evaluations: String, _ one: Bool) -> String

    static func of(_ prose: Prose) -> FitWords { prose.isSwedish ? swedish : english }
}

extension FitWords {
    static let swedish = FitWords(
        awardedScore: Noun("poängsättning", "poängsättningar"), subarea: Noun("delområde", "delområden"),
        scale: Noun("skala", "skalor"), evaluation: Noun("utvärdering", "utvärderingar"),
        municipality: Noun("kommun", "kommuner"),
        title: { "Regelskalor anpassade till tilldelade poäng: \($0) i \($1)" },
        explanation:
            "(en skala multiplicerar det en regel ger som den är skriven: 1 behåller den, och en stege behåller "
            + "sina inbördes proportioner; prövad genom att lämna en kommun utanför i taget)",
        noAwarded: "inga tilldelade poäng",
        subareaLine: { "\($0) (max \($1)): \($2), \($3)" },
        scaleColumns: ["regel", "högst", "NNLS-skala (LOO-intervall)", "begränsad skala (LOO-intervall)"],
        to: "till",
        boundedOf: { "inom [0; \($0)]" },
        metricsColumns: ["anpassning", "RMSE", "RMSE_LOO", "optimism", "Q2"],
        asWritten: "reglerna som skrivna", nonNegative: "NNLS", bounded: "begränsad",
        verdict: "slutsats", insufficientData: "otillräckliga data",
        reproduces: "reglerna som de är skrivna återger varje tilldelad poäng",
        clearlyBetter: {
            "de anpassade skalorna förutsäger utelämnade kommuner klart bättre (RMSE_LOO \($0) mot \($1) "
                + "för reglerna som skrivna)"
        },
        noClearGain: { "ingen tydlig vinst jämfört med reglerna som skrivna (RMSE_LOO \($0) mot \($1))" },
        flaggedResiduals: "residualer för utelämnade kommuner över 2 RMSE_LOO (NNLS):",
        warnings: "varningar",
        neverScores: { "regel \($0) ger aldrig poäng i dessa utvärderingar: dess skala kan inte bestämmas" },
        alwaysTogether: { "reglerna \($0) och \($1) ger alltid poäng tillsammans: deras skalor kan inte skiljas åt" },
        dependent: { "reglernas värden är linjärt beroende (rang \($0) av \($1)): vissa skalor kan inte bestämmas" },
        nearlyDependent: { "reglernas värden är nästan beroende (konditionstal \($0)): skalorna är instabila" },
        fewEvaluations: { "\($0) för \($1) (färre än 10 per skala): se skalorna som vägledande" },
        flatters: {
            "anpassningen smickrar inom urvalet: utelämnade kommuner förutsägs \($0) gånger sämre (RMSE_LOO/RMSE)"
        },
        zeroScale: {
            "regel \($0) får skalan 0: när de andra reglerna är kända förklarar den inte de tilldelade poängen"
        },
        atUpperBound: { "regel \($0) når sin övre gräns \($1) i den begränsade anpassningen" },
        unstable: { "skalan för regel \($0) varierar från \($1) till \($2) när en kommun lämnas utanför" },
        exceedsMaximum: { evaluations, _ in
            "\(evaluations) överskrider delområdets maximum med reglerna som skrivna; "
                + "anpassningen har inget tak"
        })

    static let english = FitWords(
        awardedScore: Noun("awarded score", "awarded scores"), subarea: Noun("subarea", "subareas"),
        scale: Noun("scale", "scales"), evaluation: Noun("evaluation", "evaluations"),
        municipality: Noun("municipality", "municipalities"),
        title: { "Rule scales fitted to awarded scores: \($0) in \($1)" },
        explanation:
            "(a scale multiplies what a rule gives as written: 1 keeps it, a ladder's internal ratios stay fixed; "
            + "validated by leaving one municipality out at a time)",
        noAwarded: "no awarded scores",
        subareaLine: { "\($0) (max \($1)): \($2), \($3)" },
        scaleColumns: ["rule", "best", "NNLS scale (LOO range)", "bounded scale (LOO range)"],
        to: "to",
        boundedOf: { "of [0, \($0)]" },
        metricsColumns: ["fit", "RMSE", "RMSE_LOO", "optimism", "Q2"],
        asWritten: "rules as written", nonNegative: "NNLS", bounded: "bounded",
        verdict: "verdict", insufficientData: "insufficient data",
        reproduces: "the rules as written reproduce every awarded score",
        clearlyBetter: {
            "the fitted scales predict left-out municipalities clearly better (RMSE_LOO \($0) against \($1) "
                + "for the rules as written)"
        },
        noClearGain: { "no clear gain over the rules as written (RMSE_LOO \($0) against \($1))" },
        flaggedResiduals: "left-out residuals beyond 2 RMSE_LOO (NNLS):",
        warnings: "warnings",
        neverScores: { "rule \($0) never scores in these evaluations: its scale cannot be identified" },
        alwaysTogether: { "rules \($0) and \($1) always score together: their scales cannot be told apart" },
        dependent: {
            "the rules' values are linearly dependent (rank \($0) of \($1)): some scales cannot be identified"
        },
        nearlyDependent: { "the rules' values are nearly dependent (condition number \($0)): the scales are unstable" },
        fewEvaluations: { "\($0) for \($1) (fewer than 10 per scale): treat the scales as indicative" },
        flatters: {
            "the in-sample fit flatters: left-out municipalities are predicted \($0) times worse (RMSE_LOO/RMSE)"
        },
        zeroScale: {
            "rule \($0) gets scale 0: once the other rules are known, it does not explain the awarded scores"
        },
        atUpperBound: { "rule \($0) reaches its upper bound \($1) in the bounded fit" },
        unstable: { "rule \($0)'s scale ranges from \($1) to \($2) when one municipality is left out" },
        exceedsMaximum: { evaluations, one in
            "\(evaluations) \(one ? "exceeds" : "exceed") the subarea's maximum under the rules as written; "
                + "the fit does not cap"
        })
}
