/// The words of the authoring outputs (`facts`, `new evidence`, `new plan`) in one
/// language. Ids, fact paths, the language's keywords and the instrument's descriptions
/// stay as written.
struct AuthoringWords: Sendable {
    // Fact types and answers.
    var flag: String
    var level: @Sendable (_ ladder: String) -> String
    var number: String
    var openSet: String
    var closedSet: String
    var flagAnswers: @Sendable (_ answers: [String]) -> String
    var levelAnswers: @Sendable (_ answers: [String]) -> String
    var numberAnswers: String
    var openSetAnswers: String
    var closedSetAnswers: @Sendable (_ answers: [String]) -> String
    var atMost: @Sendable (_ points: String) -> String

    // The catalogue.
    var catalogueTitle: String
    var guideTitle: String
    /// `8 fakta i 1 delområde`, from the counts with their nouns.
    var factCount: @Sendable (_ facts: String, _ subareas: String) -> String
    var factNoun: Noun
    var subareaNoun: Noun
    var areaNoun: Noun
    var judgementNoun: Noun
    var answersLabel: String
    var readBy: String
    var alsoReadIn: String
    var describedIn: String
    var unreadHeading: String
    var weighted: String
    var maxPoints: @Sendable (_ max: String) -> String
    var judgement: @Sendable (_ max: String) -> String
    var lookFor: String
    var askFor: String
    var judgements: String
    var guideIntro: String

    // The evidence template.
    var evidenceIntro: @Sendable (_ municipality: String, _ year: String, _ instrument: String) -> String
    var evidenceSummary: @Sendable (_ facts: String, _ areas: String, _ subareas: String, _ judgements: String) -> String
    var evidenceHowTo: [String]

    // The plan template.
    var planIntro: @Sendable (_ name: String, _ municipality: String, _ evidence: String) -> String
    var planHowTo: [String]
    var ofPoints: @Sendable (_ points: String, _ max: String) -> String
    var planSubarea: @Sendable (_ points: String, _ max: String, _ missing: String) -> String
    var planFull: @Sendable (_ points: String, _ max: String) -> String
    var planOverride: String
    var today: String
    var gain: @Sendable (_ points: String) -> String
    var judgementChange: String
    var noChange: String
    var alreadyChanged: @Sendable (_ fact: String, _ action: String) -> String
    var costHint: String

    static func of(_ language: ReportLanguage) -> AuthoringWords { language == .sv ? .swedish : .english }

    static let swedish = AuthoringWords(
        flag: "flagga", level: { "nivå på stegen \($0)" }, number: "tal", openSet: "mängd", closedSet: "mängd med fasta alternativ",
        flagAnswers: { "\($0.joined(separator: " eller "))" },
        levelAnswers: { $0.joined(separator: " < ") },
        numberAnswers: "ett tal, 0 eller mer, med decimalpunkt (till exempel 12 eller 0.5)",
        openSetAnswers: "en mängd egna ord, {a, b}, eller none; ett ord med mellanslag skrivs inom citattecken",
        closedSetAnswers: { "en mängd av \($0.joined(separator: ", ")); eller none" },
        atMost: { "högst \($0)" },
        catalogueTitle: "faktakatalog", guideTitle: "intervjuguide",
        factCount: { "\($0) i \($1)" }, factNoun: Noun("faktum", "fakta"), subareaNoun: Noun("delområde", "delområden"),
        areaNoun: Noun("område", "områden"), judgementNoun: Noun("bedömning", "bedömningar"),
        answersLabel: "svar", readBy: "läses av", alsoReadIn: "läses också i", describedIn: "se",
        unreadHeading: "Fakta som ingen regel läser", weighted: "viktat",
        maxPoints: { "max \($0)" },
        judgement: { "utvärderarnas bedömning, 0 till \($0)" },
        lookFor: "Vad instrumentet söker", askFor: "Fråga efter och leta efter", judgements: "Bedömningar",
        guideIntro:
            "Per område och delområde: vad instrumentet söker (reglerna, med det mesta var och en kan ge) och vad "
            + "du frågar efter och letar efter (fakta, med de svar som går att registrera).",
        evidenceIntro: { "Underlag för \($0) \($1), \($2): en mall skriven av kompass-score new evidence." },
        evidenceSummary: { "Här finns \($0) i \($1) och \($2), och \($3)." },
        evidenceHowTo: [
            "Så fyller du i det:",
            "- Varje faktum står, utkommenterat, under det delområde som läser det först: vad det gäller, vilka svar "
                + "som går att ge och vilka regler som läser det.",
            "- Ta bort '# ' i början av raden 'finding …', skriv svaret i stället för ? och källan i stället för "
                + "…; källtyper: document, interview, report, social, survey, web.",
            "- Efter källan går det att lägga till fler källor, note \"…\", confidence 0.9 (hur säker, från 0 till "
                + "1) och by \"Namn\" (en av utvärderarna; utan by är fyndet allas).",
            "- Ett faktum vars rad förblir utkommenterad är ej bedömt, vilket inte är detsamma som no eller none: "
                + "poängen visar då mellan vilka värden den kan hamna.",
            "- Bedömningar: ta bort '# ' före 'judge', skriv värdet i stället för ? och skälet efter because.",
            "- Kontrollera filen med kompass-score check FIL och räkna poängen med kompass-score score FIL; "
                + "kompass-score facts visar alla fakta.",
        ],
        planIntro: { "Plan \($0) för \($1), utifrån \($2): en mall skriven av kompass-score new plan." },
        planHowTo: [
            "Så fyller du i den:",
            "- Under varje delområde som saknar poäng står dagens värden och, för varje regel under sitt bästa, den "
                + "ändring som tar den dit och vad den ger räknad för sig (vinster under samma tak adderas inte).",
            "- En åtgärd: ta bort '# ' före raden 'action …' och före dess rader 'set …' och 'add …', ge den en "
                + "titel och en kostnad (cost N, i valfri enhet).",
            "- ? står för ett värde du väljer, till exempel ett nytt alternativ i en mängd.",
            "- Två åtgärder får inte ändra samma faktum, utom när båda bara lägger till (add).",
            "- Pröva planen med kompass-score whatif UNDERLAG --plan FIL och välj åtgärder med "
                + "kompass-score suggest UNDERLAG --plan FIL --budget B.",
        ],
        ofPoints: { "\($0) av \($1) poäng" },
        planSubarea: { "\($0) av \($1) poäng, \($2) saknas" },
        planFull: { "\($0) av \($1) poäng: full poäng" },
        planOverride: "utvärderarna har satt poängen (override); ändrade fakta ändrar den inte",
        today: "i dag", gain: { "\($0) räknat för sig" },
        judgementChange: "en bedömning, inte en åtgärd i planen",
        noChange: "ingen ändring av fakta höjer regeln",
        alreadyChanged: { "\($0) ändras redan av åtgärden \($1); slå ihop dem om båda behövs" },
        costHint: "cost N")

    static let english = AuthoringWords(
        flag: "flag", level: { "level on the ladder \($0)" }, number: "number", openSet: "set", closedSet: "set of fixed items",
        flagAnswers: { "\($0.joined(separator: " or "))" },
        levelAnswers: { $0.joined(separator: " < ") },
        numberAnswers: "a number, 0 or more, with a decimal point (such as 12 or 0.5)",
        openSetAnswers: "a set of your own words, {a, b}, or none; a word with spaces goes in quotes",
        closedSetAnswers: { "a set of \($0.joined(separator: ", ")); or none" },
        atMost: { "at most \($0)" },
        catalogueTitle: "fact catalogue", guideTitle: "interview guide",
        factCount: { "\($0) in \($1)" }, factNoun: Noun("fact", "facts"), subareaNoun: Noun("subarea", "subareas"),
        areaNoun: Noun("area", "areas"), judgementNoun: Noun("judgement", "judgements"),
        answersLabel: "answers", readBy: "read by", alsoReadIn: "also read by", describedIn: "see",
        unreadHeading: "Facts no rule reads", weighted: "weighted",
        maxPoints: { "max \($0)" },
        judgement: { "the evaluators' judgement, 0 to \($0)" },
        lookFor: "What the instrument looks for", askFor: "Ask for and look for", judgements: "Judgements",
        guideIntro:
            "Per area and subarea: what the instrument looks for (the rules, with the most each can give) and what "
            + "to ask for and look for (the facts, with the answers that can be recorded).",
        evidenceIntro: { "Evidence for \($0) \($1), \($2): a template written by kompass-score new evidence." },
        evidenceSummary: { "It holds \($0) in \($1) and \($2), and \($3)." },
        evidenceHowTo: [
            "How to fill it in:",
            "- Each fact stands, commented out, under the subarea that reads it first: what it is about, the "
                + "answers it takes and the rules that read it.",
            "- Remove the '# ' at the start of its 'finding …' line, write the answer in place of ? and the source "
                + "in place of …; source kinds: document, interview, report, social, survey, web.",
            "- After the source you may add more sources, note \"…\", confidence 0.9 (how sure, from 0 to 1) and "
                + "by \"Name\" (one of the evaluators; without by, the finding is everyone's).",
            "- A fact whose line stays commented out is not assessed, which is not the same as no or none: the "
                + "score then shows the range it may end in.",
            "- Judgements: remove the '# ' before 'judge', write the value in place of ? and the reason after because.",
            "- Check the file with kompass-score check FILE and score it with kompass-score score FILE; "
                + "kompass-score facts lists every fact.",
        ],
        planIntro: { "Plan \($0) for \($1), from \($2): a template written by kompass-score new plan." },
        planHowTo: [
            "How to fill it in:",
            "- Under each subarea below its maximum: today's values and, for each rule below its best, the change "
                + "that takes it there and what it gives re-scored alone (gains under one cap do not add up).",
            "- An action: remove the '# ' before its 'action …' line and before its 'set …' and 'add …' lines, and "
                + "give it a title and a cost (cost N, in any unit).",
            "- ? stands for a value you choose, such as a new item of a set.",
            "- Two actions may not change the same fact, unless both only add.",
            "- Try the plan with kompass-score whatif EVIDENCE --plan FILE and pick actions with "
                + "kompass-score suggest EVIDENCE --plan FILE --budget B.",
        ],
        ofPoints: { "\($0) of \($1) points" },
        planSubarea: { "\($0) of \($1) points, \($2) missing" },
        planFull: { "\($0) of \($1) points: full marks" },
        planOverride: "the evaluators set the score (override); changed facts do not change it",
        today: "today", gain: { "\($0) re-scored alone" },
        judgementChange: "a judgement, not an action of the plan",
        noChange: "no change of facts raises the rule",
        alreadyChanged: { "\($0) is already changed by action \($1); merge them if both are needed" },
        costHint: "cost N")
}
