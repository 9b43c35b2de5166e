import Foundation
import TestSupport
import Testing

/// Every text output people read, in both languages, through the binary (issue #11,
/// item 1): `--lang sv|en` on whatif, suggest (both forms), calibrate (pairwise and a
/// round), fit, compare, test, the score table, corpus (text and html) and diff (text and
/// markdown, issue 15), on the shipped examples. Prose rounds
/// to at most two decimals with a decimal comma in Swedish and a real minus sign; status
/// and number words read as words, grammatical in number; no English is left in the
/// Swedish text and none of the Swedish words in the English text, except what the
/// instrument, the evidence, the plan or a published table say themselves.
@Suite struct LanguageBinaryTests {
    /// One output family run on shipped examples.
    struct Output: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        /// The files whose own words (string literals, CSV fields) may appear in the output.
        var sources: [String]
        var status: Int32 = 0
        var testDescription: String { name }
    }

    static let calibration = ["--rules", Shipped.calibrationRules]
    static let norrby = ["norrby-E1", "norrby-E2", "norrby-E3"].map(Shipped.evaluation)
    static let instrumentFiles = [Shipped.instrument]
    static let design = "Tests/RulesTests/Fixtures/design"
    static let corpus = "Examples/corpus"
    static let revision = "Examples/instrument-2019b"
    static let diff = [
        "diff", "--rules", Shipped.instrument, "--against", revision, corpus, "--renames", revision + "/renames",
    ]

    static let outputs: [Output] = [
        Output(
            name: "whatif, the whole plan", arguments: ["whatif", Shipped.ale, "--plan", Shipped.plan],
            sources: [Shipped.instrument, Shipped.ale, Shipped.plan]),
        Output(
            name: "whatif --set", arguments: ["whatif", Shipped.ale, "--set", "kvalitet.goda_exempel=yes"],
            sources: [Shipped.instrument, Shipped.ale]),
        Output(
            name: "suggest", arguments: ["suggest", Shipped.ale, "--top", "118"],
            sources: [Shipped.instrument, Shipped.ale]),
        Output(
            name: "suggest --budget", arguments: ["suggest", Shipped.ale, "--plan", Shipped.plan, "--budget", "300"],
            sources: [Shipped.instrument, Shipped.ale, Shipped.plan]),
        Output(
            name: "suggest --target, unreachable",
            arguments: ["suggest", Shipped.ale, "--plan", Shipped.plan, "--target", "700"],
            sources: [Shipped.instrument, Shipped.ale, Shipped.plan], status: 1),
        Output(
            name: "calibrate, one municipality", arguments: ["calibrate"] + calibration + norrby,
            sources: [Shipped.calibrationRules] + norrby),
        Output(
            name: "calibrate --round", arguments: ["calibrate"] + calibration + ["--round", Shipped.round],
            sources: [Shipped.calibrationRules, Shipped.round]),
        Output(
            name: "fit", arguments: ["fit"] + calibration + ["--round", Shipped.round, "--awarded", Shipped.awarded],
            sources: [Shipped.calibrationRules, Shipped.round, Shipped.awarded]),
        Output(
            name: "compare", arguments: ["compare", Shipped.ale, "--published", Shipped.published, "--tolerance", "1"],
            sources: [Shipped.instrument, Shipped.ale, Shipped.published], status: 1),
        Output(name: "test", arguments: ["test"], sources: [Shipped.instrument]),
        Output(
            name: "test, the calibration instrument", arguments: ["test"] + calibration,
            sources: [Shipped.calibrationRules]),
        Output(name: "score", arguments: ["score", Shipped.ale], sources: [Shipped.instrument, Shipped.ale]),
        Output(
            name: "score with bounds and an override",
            arguments: ["score", design + "/evidence.kompass", "--rules", design + "/instrument"],
            sources: [design + "/instrument", design + "/evidence.kompass"]),
        Output(name: "corpus", arguments: ["corpus", corpus], sources: [Shipped.instrument, corpus]),
        Output(name: "diff", arguments: diff, sources: [Shipped.instrument, revision, corpus]),
        Output(
            name: "diff --format markdown", arguments: diff + ["--format", "markdown"],
            sources: [Shipped.instrument, revision, corpus]),
    ]

    /// The outputs of `corpus` and `diff` (issue 15), at the end of ``outputs``.
    static let corpusAndDiff = Array(outputs.suffix(3))

    static let languages = ["sv", "en"]

    /// The output's lines before its provenance block (which names files and hashes).
    static func prose(_ output: Output, _ language: String) throws -> [String] {
        let outcome = try BinaryRun.run(output.arguments + ["--lang", language])
        #expect(outcome.status == output.status, "\(output.name): \(outcome.err)")
        #expect(outcome.err == "")
        return BinaryRun.withoutProvenance(BinaryRun.lines(outcome.out))
    }

    /// What the sources say themselves: the string literals of `.kompass` files and the
    /// fields of CSV files (a folder: every file in it), longest first.
    static func ownWords(_ paths: [String]) throws -> [String] {
        var words: Set<String> = []
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: PackageRoot.path(path), isDirectory: &isFolder)
            let files =
                isFolder.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(path)).map { path + "/" + $0 }
                : [path]
            for file in files {
                let text = try String(contentsOfFile: PackageRoot.path(file), encoding: .utf8)
                if file.hasSuffix(".csv") {
                    for line in text.split(whereSeparator: \.isNewline) {
                        for field in line.split(separator: ",") {
                            words.insert(field.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))
                        }
                    }
                } else {
                    let regex = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
                    for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                        if let range = Range(match.range(at: 1), in: text) { words.insert(String(text[range])) }
                    }
                }
            }
        }
        return words.filter { $0.count > 2 }.sorted { $0.count > $1.count }
    }

    /// The lines with the sources' own words, and any title cut short with `…`, taken out.
    static func withoutOwnWords(_ lines: [String], _ words: [String]) -> [String] {
        lines.map { line in
            var line = line
            // A rule's clause as `diff` quotes it is the instrument's rule language, not prose.
            line = line.replacingOccurrences(
                of: #"\b(gammalt|nytt|old|new): [^<|]*"#, with: "$1:", options: .regularExpression)
            // Whole words only: a literal such as "service" must not cut a fact path in two.
            for word in words where line.contains(word) {
                let pattern = #"(?<![\p{L}\d_.])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\p{L}\d_])"#
                line = line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            // A title cut to its column ends in "…": drop the cut word run.
            while let cut = line.range(of: #"[^\s]+(\s[^\s]+)*…"#, options: .regularExpression) {
                line.replaceSubrange(cut, with: " ")
            }
            return line
        }
    }

    static func matches(_ pattern: String, _ text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return ["bad pattern \(pattern)"] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    /// The ids of areas, subareas and rules of both shipped instruments: `1.3` is an id,
    /// not a number written with a decimal point.
    static let ids: Set<String> = {
        var ids: Set<String> = []
        for folder in [Shipped.instrument, Shipped.calibrationRules, revision] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(folder))) ?? []
            for file in files where file.hasSuffix(".kompass") {
                let text = (try? String(contentsOfFile: PackageRoot.path(folder + "/" + file), encoding: .utf8)) ?? ""
                for id in matches(#"(?m)^\s*(area|subarea|rule)\s+[0-9][0-9a-z.]*"#, text) {
                    ids.insert(String(id.split(separator: " ").last ?? ""))
                }
            }
        }
        return ids
    }()

    /// No number in prose has more than two decimals (paths and hashes are in the
    /// provenance, which is left out; evidence values are the evidence's own).
    @Test(arguments: outputs, languages)
    func atMostTwoDecimals(_ output: Output, _ language: String) throws {
        let lines = try Self.prose(output, language)
        let mark = language == "sv" ? "," : "."
        for line in lines {
            let numbers = Self.matches(#"\d\#(NSRegularExpression.escapedPattern(for: mark))\d{3,}"#, line)
            #expect(numbers.isEmpty, "\(output.name) (\(language)): \(line)")
        }
        #expect(!lines.isEmpty)
    }

    /// Swedish writes decimal commas, English decimal points, both a real minus sign: a
    /// number token in the other mark, or with a hyphen for its minus, is a mistake.
    @Test(arguments: outputs, languages)
    func decimalMarksAndMinusSigns(_ output: Output, _ language: String) throws {
        let lines = Self.withoutOwnWords(try Self.prose(output, language), try Self.ownWords(output.sources))
        let wrong = language == "sv" ? #"^[+−]?\d+\.\d{1,2}%?$"# : #"^[+−]?\d+,\d{1,2}%?$"#
        for line in lines {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == ";" || $0 == "[" })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",:")) }
            for token in tokens where !Self.ids.contains(token) {
                #expect(Self.matches(wrong, token).isEmpty, "\(output.name) (\(language)): '\(token)' in \(line)")
                #expect(
                    Self.matches(#"^-\d"#, token).isEmpty, "\(output.name) (\(language)): hyphen for minus in \(line)")
            }
        }
    }

    /// Words of the other language, as the outputs wrote them before they were bilingual.
    static let englishWords = [
        "point", "not met", "partly met", "not assessed", "alone", "in scenario", "shown as", "answer", "chosen",
        "method", "goal", "ties", "municipalit", "evaluator", "judgement", "override", "coverage", "passed", "failed",
        "consistent", "computed", "printed", "Effects", "Suggestions", "What if", "Plan search", "Calibration",
        "Severity",
        "Summary", "Agreement", "warning", "verdict", "evidence", "Total ", "Total:", "total ", "rule ", "rules",
        " of ", "gain", "Bounds",
        "subarea", "insufficient", "finding", " vs ", "spread", "scale", "awarded", "never", "miss", "hit",
    ]
    static let swedishWords = [
        "poäng", "uppfylld", "ej bedömd", "delvis", "Totalt", "Tänk om", "Förslag", "åtgärd", "kostnad", "ensam",
        "scenariot", "underlag", "bedömning", "utvärderare", "kommun", "jämförelse", "godkända", "täckning", "Möjligt",
        "Uppnått", "Procent", " av ", " mot ", "regel", "regler", "svar:", "valda:", "metod:", "mål:", "konsistent",
        "tryckt", "beräknat", "Sammanfattning", "Stränghet", "Samstämmighet", "varning", "slutsats", "delområde",
        "omräknad", "otillräckliga", "fakta", "skala", "inga ", "högst", "vinst", "ändrad",
    ]

    /// The lines with ids, fact paths, set items and plan actions taken out: they are the
    /// instrument's and the plan's names, not words of either language.
    static func withoutNames(_ lines: [String], _ sources: [String]) throws -> [String] {
        var actions: [String] = []
        for path in sources where path.hasSuffix(".kompass") {
            let text = try String(contentsOfFile: PackageRoot.path(path), encoding: .utf8)
            actions += matches(#"(?m)^\s*action\s+\S+"#, text).compactMap {
                $0.split(separator: " ").last.map(String.init)
            }
        }
        return lines.map { line in
            var line = line
            for pattern in [#"\{[^}]*\}"#, #"[\p{L}\d_]+(\.[\p{L}\d_]+)+"#, #"[\p{L}\d]+_[\p{L}\d_]*"#] {
                line = line.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            for action in actions.sorted(by: { $0.count > $1.count }) {
                line = line.replacingOccurrences(of: #"\b\#(action)\b"#, with: " ", options: .regularExpression)
            }
            return line
        }
    }

    /// The Swedish text has no English words and the English none of the Swedish ones it
    /// used to mix in, apart from what the instrument, evidence, plan or table say.
    @Test(arguments: outputs, languages)
    func oneLanguage(_ output: Output, _ language: String) throws {
        let lines = try Self.withoutNames(
            Self.withoutOwnWords(try Self.prose(output, language), try Self.ownWords(output.sources)), output.sources)
        let foreign = language == "sv" ? Self.englishWords : Self.swedishWords
        for line in lines {
            for word in foreign {
                #expect(!line.contains(word), "\(output.name) (\(language)): '\(word)' in \(line)")
            }
        }
    }

    /// Words of `corpus` and `diff` as they were written in English only, and the Swedish
    /// words that replaced them.
    static let corpusEnglishWords = [
        "Corpus", "evaluation", "Distribution", "mean", "rank", "percentile", "year", "change", "added", "removed",
        "re-scored", "renamed", "least", "most", "left out", "note:", "weight", "clause", "title", "Notes", "Provenance",
        "explained", "none",
    ]
    static let corpusSwedishWords = [
        "Jämförelsematerial", "utvärdering", "Fördelning", "medel", "rang", "förändring", "tillagd", "borttag",
        "omräknad", "lägst", "anmärkning", "vikt", "villkor", "rubrik", "Ändringar", "Ursprung", "förklara",
    ]

    /// `corpus` and `diff` in one language: besides the shared lists, their own words.
    @Test(arguments: corpusAndDiff, languages)
    func corpusAndDiffInOneLanguage(_ output: Output, _ language: String) throws {
        let lines = try Self.withoutNames(
            Self.withoutOwnWords(try Self.prose(output, language), try Self.ownWords(output.sources)), output.sources)
        let foreign = language == "sv" ? Self.corpusEnglishWords : Self.corpusSwedishWords
        for line in lines {
            for word in foreign {
                #expect(!line.contains(word), "\(output.name) (\(language)): '\(word)' in \(line)")
            }
        }
    }

    /// `corpus --format html` in both languages: the page's language, its words and its
    /// numbers (the text between the tags; the style sheet and attributes are markup).
    @Test(arguments: languages)
    func corpusPage(_ language: String) throws {
        let outcome = try BinaryRun.run(["corpus", Self.corpus, "--format", "html", "--lang", language])
        #expect(outcome.status == 0, "\(outcome.err)")
        let html = outcome.out
        #expect(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\" xml:lang=\"\(language)\">"))
        let body = String(html[(html.range(of: "<body>")?.upperBound ?? html.startIndex)...])
        let main = String(body[..<(body.range(of: "<footer")?.lowerBound ?? body.endIndex)])
        let labels = Self.matches(#"aria-label="[^"]*""#, main)
        let text = main.replacingOccurrences(of: #"<[^>]*>"#, with: "\n", options: .regularExpression)
        let lines = Self.withoutOwnWords(
            text.split(separator: "\n").map(String.init) + labels, try Self.ownWords([Shipped.instrument, Self.corpus]))
        let foreign = language == "sv" ? Self.corpusEnglishWords : Self.corpusSwedishWords
        for line in lines {
            for word in foreign { #expect(!line.contains(word), "corpus html (\(language)): '\(word)' in \(line)") }
        }
        if language == "sv" {
            #expect(main.contains("<h1>Jämförelsematerial med 14 utvärderingar</h1>"))
            #expect(main.contains("<td class=\"num\">464,3</td>"))
            #expect(labels.contains { $0.hasPrefix("aria-label=\"total: lägst 312,8, kvartil 1 415,2, median 465,2") })
        } else {
            #expect(main.contains("<h1>Corpus of 14 evaluations</h1>"))
            #expect(main.contains("<td class=\"num\">464.3</td>"))
            #expect(labels.contains { $0.hasPrefix("aria-label=\"total: least 312.8, Q1 415.2, median 465.2") })
        }
    }

    /// Number words agree with their number: "1 poäng", "1 point", "2 points", never
    /// "1 points"; Swedish status words, English ones.
    @Test func numberAndStatusWords() throws {
        let whole = Self.outputs[0]
        let sv = try Self.prose(whole, "sv").joined(separator: "\n")
        let en = try Self.prose(whole, "en").joined(separator: "\n")
        #expect(sv.contains("      ensam +1 poäng (1.2 +1); i scenariot +1 poäng"))
        #expect(sv.contains("      ensam +2 poäng (1.2 +2); i scenariot +2 poäng"))
        #expect(en.contains("      alone +1 point (1.2 +1); in scenario +1 point"))
        #expect(en.contains("      alone +2 points (1.2 +2); in scenario +2 points"))
        for output in Self.outputs {
            let text = try Self.prose(output, "en").joined(separator: "\n")
            #expect(Self.matches(#"(^|[^\d.,])[+−]?1 points"#, text).isEmpty, "\(output.name): 1 points")
            #expect(Self.matches(#"(^|[^\d])[02-9] point\b"#, text).isEmpty, "\(output.name): n point")
        }
        #expect(
            sv.contains("ej uppfylld → delvis") && sv.contains("ej uppfylld → uppfylld") && sv.contains("  uppfylld\n"))
        #expect(en.contains("not met → partly met") && en.contains("not met → met") && en.contains("  met\n"))
        for text in [sv, en] { #expect(Self.matches(#"\b(miss|hit|partial|unassessed)\b"#, text).isEmpty) }
    }

    /// A few exact lines of each family, in each language.
    @Test(arguments: [
        (0, "sv", "Totalt: 484,19 → 595,87 (+111,68 poäng); visas som 484 → 596 av 800, 61\u{00A0}% → 74\u{00A0}%"),
        (0, "en", "Total: 484.19 → 595.87 (+111.68 points); shown as 484 → 596 of 800, 61% → 74%"),
        (0, "sv", "      ensam: regel 8.4.b har ett eget tak på 6 poäng, som tar bort 1,5 poäng"),
        (0, "en", "      alone: rule 8.4.b has its own cap of 6 points, which cuts 1.5 points"),
        (0, "sv", "      lägg till {digitala_skarmar} i ledarskap.internkanaler"),
        (0, "en", "      add {digitala_skarmar} to ledarskap.internkanaler"),
        (1, "sv", "från kommandoraden: kvalitet.goda_exempel = ja"),
        (1, "en", "command line: kvalitet.goda_exempel = yes"),
        (2, "sv", "totalt 484,19 av 800 poäng (visas som 484, 61\u{00A0}%)"),
        (2, "en", "total 484.19 of 800 points (shown as 484, 61%)"),
        (
            2, "sv",
            "  1.       +7  kvalitet.strategi = finns, kvalitet.strategi_koncern = ja                        regler 6.1.a +5, 6.1.b +2"
        ),
        (
            2, "en",
            "  1.       +7  kvalitet.strategi = in place, kvalitet.strategi_koncern = yes                  rules 6.1.a +5, 6.1.b +2"
        ),
        (
            2, "sv",
            "  43.   +2,18  ledarskap.medarbetarskapsstrategi = påbörjad                                     regler 8.1.b +1, 8.5.f +1,18"
        ),
        (
            2, "en",
            "  43.   +2.18  ledarskap.medarbetarskapsstrategi = started                                    rules 8.1.b +1, 8.5.f +1.18"
        ),
        (3, "sv", "mål: största vinsten vars kostnad ryms i budgeten 300"),
        (3, "en", "goal: the largest gain whose cost fits the budget 300"),
        (
            3, "sv",
            "svar: 7 åtgärder, kostnad 300 av 300, vinst +27,29 poäng: totalt 484,19 → 511,48 (visas som 484 → 511), "
                + "kontrollräknat med referensutvärderaren"
        ),
        (
            3, "en",
            "answer: 7 actions, cost 300 of 300, gain +27.29 points: total 484.19 → 511.48 (shown as 484 → 511), "
                + "re-scored with the plain evaluator"
        ),
        (4, "sv", "svar: inget urval av planens åtgärder når målet; som mest når ett urval 595,87 (visas som 596)"),
        (
            4, "en",
            "answer: no set of the plan's actions reaches the target; the most any set reaches is 595.87 (shown as 596)"
        ),
        (5, "sv", "  E1 − E3: +13,5 poäng = fakta +8, bedömningar +1,5, poängändringar +4"),
        (5, "en", "  E1 − E3: +13.5 points = findings +8, judgements +1.5, overrides +4"),
        (5, "sv", "    1.1  −0,5  bedömning 1.1.b 0,4 mot 0,5                   −0,5"),
        (5, "en", "    1.1  −0.5  judgement 1.1.b 0.4 vs 0.5                   −0.5"),
        (
            5, "sv",
            "5 av 13 underlag är omstridda: kommunikation.klarsprak, dialog.uppfoljning, synpunkter.analys, bedömning 1.1.b, "
                + "poängändring 1.3"
        ),
        (
            6, "sv",
            "  - E3 är strängare än gruppen: −9,2 procentenheter av varje delområdes maximum (95\u{00A0}% KI −13,1 till −5,2; "
                + "≈ −1,8 poäng på ett delområde med max 20)."
        ),
        (
            6, "en",
            "  - E3 is stricter than the panel: −9.2 percentage points of each subarea's maximum (95% CI −13.1 to −5.2; "
                + "≈ −1.8 points on a 20-point subarea)."
        ),
        (
            6, "sv",
            "  - E3 ger i genomsnitt 0,8 poäng mindre än reglerna ger för E3:s egna fakta (medelfel 0,7; 2 poängändringar i "
                + "6 utvärderingar)."
        ),
        (7, "sv", "1.3 Medborgardialog (max 26): 18 poängsättningar, 6 kommuner"),
        (7, "en", "1.3 Medborgardialog (max 26): 18 awarded scores, 6 municipalities"),
        (7, "sv", "  1.2.b      4  1,34 (1,22 till 1,52)       1,34 (1,22 till 1,52) inom [0; 2,5]"),
        (7, "en", "  1.2.b     4  1.34 (1.22 to 1.52)     1.34 (1.22 to 1.52) of [0, 2.5]"),
        (8, "sv", "! 2.2   dess poäng tillåter [19,5; 20,5), dess procent [18,15; 18,45): inget värde trycks som båda"),
        (8, "en", "! 2.2   its points allow [19.5, 20.5), its percent [18.15, 18.45): no value prints as both"),
        (8, "sv", "Tolerans 1: 2 rader utanför: 2, 2.3"),
        (8, "en", "Tolerance 1: 2 rows beyond: 2, 2.3"),
        (9, "sv", "109 godkända, 0 underkända"),
        (9, "en", "109 passed, 0 failed"),
        (10, "sv", "  ger aldrig 0: 1.1.a, 1.1.b, 1.2.a, 1.2.b, 1.2.c, 1.3.a, 1.3.b, 1.3.c, 1.3.d, 2.2.a"),
        (
            11, "sv",
            "Totalt                                                                       484  800     61\u{00A0}%"
        ),
        (11, "en", "Total                                                                         484  800      61%"),
        (12, "sv", "1.1  Strategi för kommunikation och demokratiutveckling       3   20     13\u{00A0}%  2,5–17,5"),
        (12, "en", "1.1  Strategi för kommunikation och demokratiutveckling            3   20      13%  2.5–17.5"),
        (12, "sv", "* 1.3: ändrad av utvärderarna (E1, E2) från beräknat 16: Utvärderarnas samlade bedömning."),
        (12, "en", "* 1.3: overridden by the evaluators (E1, E2) from computed 16: Utvärderarnas samlade bedömning."),
        (13, "sv", "Jämförelsematerial · Kommunkompassen 2019 · 14 utvärderingar av 12 kommuner, 2019–2024"),
        (13, "en", "Corpus · Kommunkompassen 2019 · 14 evaluations of 12 municipalities, 2019–2024"),
        (13, "sv", "Kommuner som utvärderats mer än en gång (poäng per område; Δ: förändringen sedan förra utvärderingen)"),
        (13, "sv", "  Δ      +84,7   +12   +17  +7,9    +5   +12  +3,9  +5,9   +21"),
        (13, "en", "  Δ     +84.7   +12   +17  +7.9    +5   +12  +3.9  +5.9   +21"),
        (14, "sv", "Kommunkompassen 2019 → 2019b · 14 utvärderingar"),
        (14, "sv", "  1.1.e          vikt           1.1            −0,9   −1,4  +0,3  14 av 14"),
        (14, "en", "  1.1.e          weight       1.1         −0.9   −1.4  +0.3  14 of 14"),
        (14, "sv", "  genomsnittlig förändring av totalpoängen: −0,1 över 14 utvärderingar"),
        (14, "en", "  mean change of the total: −0.1 over 14 evaluations"),
        (14, "sv", "  2.5.e          tillagd        2.5            +0,3      0    +1  4 av 14"),
        (15, "sv", "| Ale kommun 2020 | 484,2 | 482,4 | −1,8 | −1,3 | 0 | 0 | −0,5 | 0 | 0 | 0 | 0 |"),
        (15, "en", "| Ale kommun 2020 | 484.2 | 482.4 | −1.8 | −1.3 | 0 | 0 | −0.5 | 0 | 0 | 0 | 0 |"),
        (15, "sv", "## Förändringar per delområde och utvärdering"),
    ])
    func keyLine(_ output: Int, _ language: String, _ line: String) throws {
        let lines = try Self.prose(Self.outputs[output], language)
        #expect(lines.contains(line), "\(Self.outputs[output].name) (\(language))")
    }

    /// The default is the instrument's language: Swedish for both shipped instruments;
    /// the provenance names its files in the language too.
    @Test func theDefaultIsTheInstrumentsLanguage() throws {
        for output in Self.outputs {
            let outcome = try BinaryRun.run(output.arguments)
            #expect(outcome.status == output.status)
            let swedish = try BinaryRun.run(output.arguments + ["--lang", "sv"])
            #expect(outcome.out == swedish.out, "\(output.name)")
        }
        let lines = try BinaryRun.succeed(["score", Shipped.ale])
        try Sha256Sum.expectProvenance(lines, inputs: [("underlag", Shipped.ale)])
        let english = try BinaryRun.succeed(["score", Shipped.ale, "--lang", "en"])
        try Sha256Sum.expectProvenance(english, inputs: [("evidence", Shipped.ale)])
    }
}
