import Analysis

/// The words of `whatif`, `suggest` and the plan search, in one language. Numbers come in
/// already written by ``Prose``; ids, paths and titles come from the instrument and plan.
struct WhatIfWords: Sendable {
    // Shared.
    var action: Noun
    var rule: Noun
    var group: Noun
    var selection: Noun
    var node: Noun
    var of: String
    var total: String
    var cost: String
    /// `(visas som 484)` / `(shown as 484)`.
    var shownAs: String
    var bounds: @Sendable (_ min: String, _ max: String) -> String

    // whatif.
    var whatIfTitle: String
    var commandLine: String
    var before: String
    var after: String
    var afterBounds: String
    var overridden: String
    var capCut: @Sendable (_ cut: String) -> String
    var tableNote: String
    var effectsHeading: String
    var alone: String
    var inScenario: String

    // Notes on an effect.
    var alreadyValue: @Sendable (_ fact: String, _ value: String) -> String
    var unread: @Sendable (_ fact: String) -> String
    var atBest: @Sendable (_ rule: String) -> String
    var ruleCapPoints: @Sendable (_ rule: String, _ best: String, _ cut: String) -> String
    var ruleCapSatisfaction: @Sendable (_ rule: String, _ best: String, _ cut: String) -> String
    var conditionMissing: @Sendable (_ rule: String, _ needs: String) -> String
    var notEnough: @Sendable (_ rule: String, _ needs: String) -> String
    var staysUnassessed: @Sendable (_ rule: String, _ facts: String, _ many: Bool) -> String
    var loses: @Sendable (_ rule: String, _ points: String) -> String
    var subareaCap: @Sendable (_ subarea: String, _ max: String, _ cut: String) -> String
    var overrideSets: @Sendable (_ subarea: String) -> String
    var areaCap: @Sendable (_ area: String, _ max: String, _ cut: String) -> String

    // suggest.
    var suggestionsTitle: String
    var totalOf: @Sendable (_ total: String, _ max: String, _ shown: String, _ percent: String) -> String
    var noOpen: String
    var openHeading: String
    var openColumns: [String]
    var noChanges: String
    var changesHeading: String
    var changeColumns: [String]
    var more: @Sendable (_ count: String, _ all: String) -> String
    var gainsAlone: String
    var setByOverride: String

    // Plan search.
    var searchTitle: String
    var goal: String
    var goalBudget: @Sendable (_ budget: String) -> String
    var goalTarget: @Sendable (_ target: String) -> String
    var method: String
    var methodParts: @Sendable (_ groups: String, _ largest: String, _ front: String, _ weighed: String) -> String
    var methodBranchAndBound: @Sendable (_ actions: String, _ nodes: String, _ finished: Bool) -> String
    var methodLeftOut: @Sendable (_ count: Int, _ text: String) -> String
    var methodStructure: @Sendable (_ actions: String, _ states: Int, _ statesText: String, _ weighed: String) -> String
    /// The method's details line: its label, then the parts (numbers already written).
    var details: String
    var treeWidth: @Sendable (_ width: String) -> String
    var scaleBits: @Sendable (_ bits: String) -> String
    var gaveWay: @Sendable (_ reason: PlanSearchGiveWay, _ limit: String) -> String
    var notProvenBudget: @Sendable (_ bound: String, _ gap: String) -> String
    var notProvenTarget: @Sendable (_ bound: String, _ gap: String) -> String
    var ties: String
    var answer: String
    var unreachable: String
    var mostReachable: @Sendable (_ total: String, _ shown: String) -> String
    var gain: String
    var rescored: String
    var chosen: String
    var noneChosen: String
    var neverRaise: String
    var uncosted: String

    static func of(_ prose: Prose) -> WhatIfWords { prose.isSwedish ? swedish : english }
}

extension WhatIfWords {
    static let swedish = WhatIfWords(
        action: Noun("åtgärd", "åtgärder"), rule: Noun("regel", "regler"), group: Noun("grupp", "grupper"),
        selection: Noun("urval", "urval"), node: Noun("nod", "noder"), of: "av", total: "Totalt", cost: "kostnad",
        shownAs: "visas som",
        bounds: { "möjligt \($0)–\($1)" },
        whatIfTitle: "Tänk om", commandLine: "från kommandoraden", before: "före", after: "efter", afterBounds: "efter",
        overridden: "ändrad av utvärderarna",
        capCut: { "taket tar bort \($0)" },
        tableNote: "Alla områden visas; delområden och regler bara där de läser ett ändrat underlag.",
        effectsHeading:
            "Effekter (ensam: tillämpad ensam på underlaget; i scenariot: vad scenariot förlorar utan den):",
        alone: "ensam", inScenario: "i scenariot",
        alreadyValue: { "\($0) är redan \($1)" },
        unread: { "ingen regel läser \($0)" },
        atBest: { "regel \($0) har redan sitt högsta värde" },
        ruleCapPoints: { "regel \($0) har ett eget tak på \($1), som tar bort \($2)" },
        ruleCapSatisfaction: { "regel \($0) har ett eget tak på uppfyllnadsgraden \($1), som tar bort \($2) av den" },
        conditionMissing: { "ett villkor saknas: regel \($0) kräver också \($1)" },
        notEnough: { "inte tillräckligt för regel \($0): den kräver \($1)" },
        staysUnassessed: { rule, facts, many in
            "regel \(rule) förblir ej bedömd: \(facts) \(many ? "är inte bedömda" : "är inte bedömd")"
        },
        loses: { "regel \($0) förlorar \($1)" },
        subareaCap: { "delområde \($0) når sitt maximum \($1): taket tar bort \($2)" },
        overrideSets: { "utvärderarna har satt poängen för delområde \($0); underlaget ändrar den inte" },
        areaCap: { "område \($0) når sitt maximum \($1): taket tar bort \($2)" },
        suggestionsTitle: "Förslag",
        totalOf: { "totalt \($0) av \($1) (visas som \($2), \($3))" },
        noOpen:
            "Öppna fakta och bedömningar: inga; varje faktum som en regel läser är bedömt och varje bedömning är gjord.",
        openHeading: "Öppna fakta och bedömningar, efter det mesta en bedömning kan ge "
            + "(vinst: den bästa enskilda bedömningen, omräknad):",
        openColumns: ["", "högst", "vinst", "bedöm", ""],
        noChanges: "Ändringar av bedömda fakta: ingen höjer poängen.",
        changesHeading:
            "Minsta ändringar av bedömda fakta som höjer poängen, efter vinst (var och en omräknad för sig):",
        changeColumns: ["", "vinst", "ändring", ""],
        more: { "… \($0) till (--top \($1) visar alla)" },
        gainsAlone: "Varje vinst gäller ensam mot underlaget; tillsammans behöver de inte summeras "
            + "(tak, gemensamma fakta, villkor).",
        setByOverride: "Poäng satta av utvärderarna (inget underlag ändrar dem)",
        searchTitle: "Plansökning", goal: "mål",
        goalBudget: { "största vinsten vars kostnad ryms i budgeten \($0)" },
        goalTarget: { "billigaste urvalet vars totalsumma når \($0)" },
        method: "metod",
        methodParts: { groups, largest, front, weighed in
            "exakt genom oberoende delar: \(groups) av samverkande åtgärder (den största med \(largest)), "
                + "var och en genomräknad helt och kombinerad på Paretofronter av kostnad och vinst "
                + "(högst \(front)); \(weighed) vägda"
        },
        methodBranchAndBound: { actions, nodes, finished in
            "gren-och-gräns-sökning (branch and bound) över \(actions), \(nodes); "
                + (finished ? "sökningen gick till slut, så svaret är exakt" : "sökningen stoppades vid nodgränsen")
        },
        methodLeftOut: { count, text in "; \(text) höjer aldrig poängen och lämnas utanför" },
        methodStructure: { actions, _, states, weighed in
            "exakt genom dynamisk programmering längs planens struktur: \(actions) i en ordning som håller få delar "
                + "öppna, högst \(states) tillstånd efter en åtgärd; \(weighed) vägda"
        },
        details: "detaljer",
        treeWidth: { "trädbredd \($0) (en trädnedbrytning av hur åtgärderna samverkar)" },
        scaleBits: { "poängen räknas exakt på en gemensam skala om \($0) bitar" },
        gaveWay: { reason, limit in
            let why: String
            switch reason {
            case .shape: why = "en regel läser fler än \(limit) åtgärders fakta utan att räkna en mängd"
            case .width: why = "samverkan mellan åtgärderna är för bred (trädbredd över \(limit))"
            case .states: why = "den höll fler än \(limit) tillstånd efter en åtgärd"
            case .estimate: why = "dess nedbrytning tillåter fler än \(limit) tillstånd efter en åtgärd"
            case .sets: why = "den vägde fler än \(limit) urval"
            }
            return "sökningen längs strukturen lämnade över till gren-och-gräns-sökning eftersom " + why
        },
        notProvenBudget: { "inte bevisat optimalt: inget urval inom budgeten når mer än \($0) totalt (glapp \($1))" },
        notProvenTarget: { "inte bevisat optimalt: inget urval som når målet kostar mindre än \($0) (glapp \($1))" },
        ties: "vid lika: lägre kostnad först, sedan färre åtgärder, sedan åtgärderna tidigast i planen",
        answer: "svar", unreachable: "inget urval av planens åtgärder når målet",
        mostReachable: { "som mest når ett urval \($0) (visas som \($1))" },
        gain: "vinst", rescored: "kontrollräknat med referensutvärderaren",
        chosen: "valda", noneChosen: "inga",
        neverRaise: "utelämnade, eftersom de inte höjer poängen i någon kombination",
        uncosted: "utan kostnad (räknas som 0)")

    static let english = WhatIfWords(
        action: Noun("action", "actions"), rule: Noun("rule", "rules"), group: Noun("group", "groups"),
        selection: Noun("set", "sets"), node: Noun("node", "nodes"), of: "of", total: "Total", cost: "cost",
        shownAs: "shown as",
        bounds: { "bounds \($0)–\($1)" },
        whatIfTitle: "What if", commandLine: "command line", before: "before", after: "after", afterBounds: "after",
        overridden: "overridden",
        capCut: { "cap cuts \($0)" },
        tableNote: "Areas are listed in full; subareas and rules only where they read a changed finding.",
        effectsHeading:
            "Effects (alone: applied alone to the evidence; in scenario: what the scenario loses without it):",
        alone: "alone", inScenario: "in scenario",
        alreadyValue: { "\($0) is already \($1)" },
        unread: { "no rule reads \($0)" },
        atBest: { "rule \($0) is already at its best" },
        ruleCapPoints: { "rule \($0) has its own cap of \($1), which cuts \($2)" },
        ruleCapSatisfaction: { "rule \($0) has its own cap of satisfaction \($1), which cuts \($2) of it" },
        conditionMissing: { "a condition is missing: rule \($0) also needs \($1)" },
        notEnough: { "not enough for rule \($0): it needs \($1)" },
        staysUnassessed: { rule, facts, many in
            "rule \(rule) stays not assessed: \(facts) \(many ? "are" : "is") not assessed"
        },
        loses: { "rule \($0) loses \($1)" },
        subareaCap: { "subarea \($0) reaches its maximum of \($1): the cap cuts \($2)" },
        overrideSets: { "the evaluators set the score of subarea \($0); findings do not change it" },
        areaCap: { "area \($0) reaches its maximum of \($1): the cap cuts \($2)" },
        suggestionsTitle: "Suggestions",
        totalOf: { "total \($0) of \($1) (shown as \($2), \($3))" },
        noOpen: "Open facts and judgements: none; every fact a rule reads is assessed and every judgement made.",
        openHeading: "Open facts and judgements, by the most assessing each could add "
            + "(gain: the best single assessment, re-scored):",
        openColumns: ["", "at most", "gain", "assess", ""],
        noChanges: "Changes of assessed findings: none raises the score.",
        changesHeading: "Smallest changes of assessed findings that raise the score, by gain (each re-scored alone):",
        changeColumns: ["", "gain", "change", ""],
        more: { "… \($0) more (--top \($1) lists all)" },
        gainsAlone: "Each gain is alone against the evidence; together they need not add up "
            + "(caps, shared facts, conditions).",
        setByOverride: "Set by the evaluators (no finding changes them)",
        searchTitle: "Plan search", goal: "goal",
        goalBudget: { "the largest gain whose cost fits the budget \($0)" },
        goalTarget: { "the cheapest set whose total reaches \($0)" },
        method: "method",
        methodParts: { groups, largest, front, weighed in
            "exact by independent parts: \(groups) of interacting actions (the largest \(largest)), "
                + "each enumerated in full and combined on Pareto fronts of cost and gain "
                + "(at most \(front)); \(weighed) weighed"
        },
        methodBranchAndBound: { actions, nodes, finished in
            "branch and bound over \(actions), \(nodes); "
                + (finished ? "finished, so the answer is exact" : "stopped at the node limit")
        },
        methodLeftOut: { count, text in
            "; \(text) "
                + (count == 1 ? "never raises the score and is left out" : "never raise the score and are left out")
        },
        methodStructure: { actions, count, states, weighed in
            "exact by dynamic programming along the structure: \(actions) in an order that keeps few parts open, "
                + "at most \(states) \(count == 1 ? "state" : "states") after one action; \(weighed) weighed"
        },
        details: "details",
        treeWidth: { "tree width \($0) (a tree decomposition of how the actions interact)" },
        scaleBits: { "points counted exactly on a common scale of \($0) bits" },
        gaveWay: { reason, limit in
            let why: String
            switch reason {
            case .shape: why = "a rule reads more than \(limit) actions' facts without counting a set"
            case .width: why = "the actions interact too widely (tree width over \(limit))"
            case .states: why = "it kept more than \(limit) states after one action"
            case .estimate: why = "its decomposition allows more than \(limit) states after one action"
            case .sets: why = "it weighed more than \(limit) sets"
            }
            return "the search along the structure gave way to branch and bound because " + why
        },
        notProvenBudget: { "not proven optimal: no affordable set totals more than \($0) (gap \($1))" },
        notProvenTarget: { "not proven optimal: no reaching set costs less than \($0) (gap \($1))" },
        ties: "ties: the lower cost, then fewer actions, then the actions earliest in the plan",
        answer: "answer", unreachable: "no set of the plan's actions reaches the target",
        mostReachable: { "the most any set reaches is \($0) (shown as \($1))" },
        gain: "gain", rescored: "re-scored with the plain evaluator",
        chosen: "chosen", noneChosen: "none",
        neverRaise: "left out, since in no combination they raise the score",
        uncosted: "without a cost (counted as 0)")
}
