import Engine

/// An empty evidence file to start an evaluation from (`kompass-score new evidence`): the
/// header with the municipality, year and evaluators, then every fact of the instrument
/// under the first subarea that reads it (area by area, in instrument order), each as
/// comments saying what it is about, the answers it takes and the rules that read it, and
/// a commented finding line that parses once its `#` is removed and its `?` filled in;
/// the judgements under their subareas; the facts no rule reads at the end.
public struct EvidenceTemplate: Sendable {
    /// The municipality, as the header names it.
    public var municipality: String
    /// The year of the evaluation.
    public var year: Int
    /// The evaluators, as the header names them.
    public var evaluators: [String]

    /// A template's header.
    public init(municipality: String, year: Int, evaluators: [String]) {
        self.municipality = municipality
        self.year = year
        self.evaluators = evaluators
    }

    /// The commented finding line of a fact, as the template writes it (without its
    /// leading `# `): `finding demokrati.vision = ?  source document "…" section "1.1"`.
    public static func findingLine(_ path: String, section: String?) -> String {
        "finding \(path) = ?  source document \"…\"" + (section.map { " section \(Spelling.quoted($0))" } ?? "")
    }

    /// The commented judgement line of a rule (without its leading `# `):
    /// `judge 3.4.d = ?  because "…"`.
    public static func judgementLine(_ ruleID: String) -> String {
        "judge \(ruleID) = ?  because \"…\""
    }

    /// The template for the catalogue's instrument, its comments in `language` (default:
    /// the instrument's).
    public func render(_ catalogue: FactCatalogue, language: ReportLanguage? = nil) -> String {
        let instrument = catalogue.instrument
        let prose = Prose(language, for: instrument)
        let words = AuthoringWords.of(prose.language)
        let judgements = catalogue.sections.reduce(0) { $0 + $1.judgements.count }
        var out = LineWrap.paragraph(
            words.evidenceIntro(LineWrap.oneLine(municipality), String(year), "\(instrument.name) \(instrument.version)"),
            first: "# ", rest: "# ")
        out += "# \(Provenance.tool) · instrument \(instrument.name) \(instrument.version) sha256 \(instrument.sha256)\n"
        out += LineWrap.paragraph(
            words.evidenceSummary(
                prose.count(instrument.facts.count, words.factNoun), prose.count(instrument.areas.count, words.areaNoun),
                prose.count(instrument.subareas.count, words.subareaNoun), prose.count(judgements, words.judgementNoun)),
            first: "# ", rest: "# ")
        out += "#\n"
        for line in words.evidenceHowTo { out += LineWrap.paragraph(line, first: "# ", rest: line.hasPrefix("- ") ? "#   " : "# ") }
        out += "\nevidence \(Spelling.quoted(municipality)) year \(year) instrument \(Spelling.quoted(instrument.name))"
        out += " version \(Spelling.quoted(instrument.version))\n"
        for evaluator in evaluators { out += "  evaluator \(Spelling.quoted(evaluator))\n" }
        for a in instrument.areas.indices {
            let area = instrument.areas[a]
            out += "\n" + LineWrap.paragraph(
                "==== \(area.id)  \(prose.title(of: area)) (\(words.maxPoints(prose.number(area.max))))",
                first: "# ", rest: "#      ")
            for s in area.subareas {
                out += "\n" + catalogue.subareaHeading(s, prose, words, first: "# ---- ", rest: "#      ")
                for fact in catalogue.sections[s].facts where catalogue.entries[fact].subareas.first == s {
                    out += "\n" + Self.fact(fact, catalogue, prose, words, section: instrument.subareas[s].id)
                }
                for rule in catalogue.sections[s].judgements {
                    out += "\n" + catalogue.judgementText(rule, prose, words, indent: "# ")
                    if let why = instrument.rules[rule].why { out += LineWrap.paragraph(why, first: "#   ", rest: "#   ") }
                    out += "# " + Self.judgementLine(instrument.rules[rule].id) + "\n"
                }
            }
        }
        if !catalogue.unread.isEmpty {
            out += "\n# ==== \(words.unreadHeading)\n"
            for fact in catalogue.unread { out += "\n" + Self.fact(fact, catalogue, prose, words, section: nil) }
        }
        return out
    }

    /// One fact: description, answers, readers, the other subareas that read it, and its
    /// commented finding line.
    static func fact(
        _ fact: Int, _ catalogue: FactCatalogue, _ prose: Prose, _ words: AuthoringWords, section: String?
    ) -> String {
        let instrument = catalogue.instrument
        let path = instrument.facts[fact].path
        var out = LineWrap.paragraph(
            "\(path) (\(catalogue.typeText(fact, in: prose.language))): \(instrument.facts[fact].description)",
            first: "# ", rest: "#   ")
        out += LineWrap.paragraph(
            "\(words.answersLabel): " + catalogue.answerText(fact, in: prose.language), first: "#   ", rest: "#     ")
        if !catalogue.entries[fact].readers.isEmpty {
            out += LineWrap.paragraph(
                "\(words.readBy): " + catalogue.readerText(fact, in: prose.language), first: "#   ", rest: "#     ")
        }
        let others = catalogue.subareaIDs(of: fact).dropFirst()
        if !others.isEmpty { out += "#   \(words.alsoReadIn) \(others.joined(separator: ", "))\n" }
        return out + "# " + findingLine(path, section: section) + "\n"
    }
}
