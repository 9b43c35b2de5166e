import Analysis

/// The words of `corpus` (text and HTML), in one language. Numbers come in already
/// written by ``Prose``; ids, titles, names and paths come from the instrument and the
/// evidence. CSV and JSON keep English column ids: they are for programs.
struct CorpusWords: Sendable {
    var evaluation: Noun
    var municipality: Noun
    /// `Corpus · Kommunkompassen 2019 · 14 evaluations of 12 municipalities, 2019–2024`.
    var heading: @Sendable (_ instrument: String, _ evaluations: String, _ municipalities: String, _ years: String) -> String
    var distributionHeading: String
    var distributionColumns: [String]
    var evaluationsHeading: String
    var evaluationsColumns: [String]
    var areaColumnsNote: @Sendable (_ first: String, _ last: String) -> String
    var seriesHeading: String
    var seriesColumns: [String]

    // HTML.
    var pageHeading: @Sendable (_ evaluations: String) -> String
    var distribution: String
    var distributionNote: String
    var areaOrSubarea: String
    var distributionTableColumns: [String]
    var evaluationsTitle: String
    var evaluationsNote: String
    var seriesTitle: String
    /// A box plot in words: least, Q1, median, Q3, greatest, mean, maximum.
    var boxLabel:
        @Sendable (
            _ id: String, _ least: String, _ q1: String, _ median: String, _ q3: String, _ greatest: String,
            _ mean: String, _ max: String
        ) -> String
    var tool: String
    var instrument: String
    /// The total's title, whatever the instrument's language.
    var total: String

    /// A row's title: the instrument's, or the total's in this language.
    func title(_ target: ScoreTarget) -> String {
        target.level == .total ? total : target.title
    }

    static func of(_ language: ReportLanguage) -> CorpusWords { language == .sv ? .swedish : .english }
}

extension CorpusWords {
    static let swedish = CorpusWords(
        evaluation: Noun("utvärdering", "utvärderingar"), municipality: Noun("kommun", "kommuner"),
        heading: { "Jämförelsematerial · \($0) · \($1) av \($2), \($3)" },
        distributionHeading: "Fördelning av poängen (kvartil 1, median och kvartil 3 genom linjär interpolation mellan "
            + "de sorterade värdena, som i numpy)",
        distributionColumns: ["id", "rubrik", "max", "antal", "medel", "lägst", "Q1", "median", "Q3", "högst"],
        evaluationsHeading: "Utvärderingarna efter totalpoäng (rang 1 är högst, lika totalpoäng delar rang; percentil: "
            + "andelen utvärderingar under, de med samma poäng räknas till hälften)",
        evaluationsColumns: ["rang", "kommun", "år", "totalt", "percentil"],
        areaColumnsNote: {
            "Kolumnerna \($0)–\($1): utvärderingens percentil inom varje område. Rang och percentil för varje "
                + "delområde: --format json eller csv."
        },
        seriesHeading: "Kommuner som utvärderats mer än en gång (poäng per område; Δ: förändringen sedan förra utvärderingen)",
        seriesColumns: ["år", "totalt"],
        pageHeading: { "Jämförelsematerial med \($0)" },
        distribution: "Fördelning",
        distributionNote: "Kvartilerna genom linjär interpolation mellan de sorterade värdena (som i numpy). I varje "
            + "diagram: linjen från lägsta till högsta värdet, bandet från första till tredje kvartilen, medianen som ett "
            + "vitt streck och medelvärdet som en romb, på skalan från 0 till max.",
        areaOrSubarea: "Område eller delområde",
        distributionTableColumns: ["max", "antal", "medel", "lägst", "Q1", "median", "Q3", "högst"],
        evaluationsTitle: "Utvärderingarna efter totalpoäng",
        evaluationsNote: "Rang 1 är högst; lika totalpoäng delar rang. Percentil: andelen utvärderingar under, de med "
            + "samma poäng räknas till hälften. Områdeskolumnerna visar utvärderingens percentil inom varje område.",
        seriesTitle: "Kommuner som utvärderats mer än en gång",
        boxLabel: { "\($0): lägst \($1), kvartil 1 \($2), median \($3), kvartil 3 \($4), högst \($5), medelvärde \($6) av \($7)" },
        tool: "verktyg", instrument: "instrument", total: "Totalt")

    static let english = CorpusWords(
        evaluation: Noun("evaluation", "evaluations"), municipality: Noun("municipality", "municipalities"),
        heading: { "Corpus · \($0) · \($1) of \($2), \($3)" },
        distributionHeading: "Distribution of the points (Q1, median, Q3: linear interpolation between the sorted values, "
            + "numpy's default)",
        distributionColumns: ["id", "title", "max", "n", "mean", "min", "Q1", "median", "Q3", "max"],
        evaluationsHeading: "Evaluations by total (rank 1 is the highest, equal totals share a rank; percentile: "
            + "the share of evaluations below, equal ones counted half)",
        evaluationsColumns: ["rank", "municipality", "year", "total", "pctl"],
        areaColumnsNote: {
            "Columns \($0)–\($1): the evaluation's percentile in each area. Every subarea's rank and percentile: "
                + "--format json or csv."
        },
        seriesHeading: "Municipalities evaluated more than once (points per area; Δ: the change from the year before)",
        seriesColumns: ["year", "total"],
        pageHeading: { "Corpus of \($0)" },
        distribution: "Distribution",
        distributionNote: "Quartiles by linear interpolation between the sorted values (numpy's default). In each plot: "
            + "the line from the least to the greatest value, the band from Q1 to Q3, the median as a white tick and the "
            + "mean as a diamond, on the scale from 0 to the maximum.",
        areaOrSubarea: "Area or subarea",
        distributionTableColumns: ["max", "n", "mean", "min", "Q1", "median", "Q3", "max"],
        evaluationsTitle: "Evaluations by total",
        evaluationsNote: "Rank 1 is the highest; equal totals share a rank. Percentile: the share of evaluations below, "
            + "equal ones counted half. The area columns give the evaluation's percentile in each area.",
        seriesTitle: "Municipalities evaluated more than once",
        boxLabel: { "\($0): least \($1), Q1 \($2), median \($3), Q3 \($4), greatest \($5), mean \($6) of \($7)" },
        tool: "tool", instrument: "instrument", total: "Total")
}

extension Prose {
    /// A provenance file's role in this language: `underlag` / `evidence`.
    func roleWord(_ role: String) -> String {
        words.roles.first { $0.role == role }?.word ?? role
    }
}
