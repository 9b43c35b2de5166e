import Analysis
import Engine

/// A report's content, built from the engine's trace: every number is the score's and
/// every strength and improvement opportunity is an explained rule with its findings.
/// HTML, Markdown and the radar chart render it.
public struct Report: Sendable {
    /// The scored evidence the report is about.
    public var scored: ScoredEvidence
    /// The language of labels and numbers.
    public var language: ReportLanguage
    /// The reference profile compared with, if any.
    public var reference: ReferenceProfile?
    /// The corpus shown against, if any.
    public var corpus: Corpus?
    /// The areas in instrument order.
    public var areas: [AreaReport]
    /// Area indices from the highest share of its maximum to the lowest (ties in
    /// instrument order): the summary's strongest areas and those with most room.
    public var ranking: [Int]

    /// Builds the report, explaining every subarea (re-scoring to rank the headroom).
    public init(scored: ScoredEvidence, options: ReportOptions) throws(ArithmeticOverflow) {
        self.scored = scored
        self.language = options.language
        self.reference = options.reference
        self.corpus = options.corpus
        let explainer = Explainer(scored: scored)
        let instrument = scored.instrument
        var areas: [AreaReport] = []
        for (index, area) in instrument.areas.enumerated() {
            var subareas: [SubareaReport] = []
            for s in area.subareas {
                let subarea = instrument.subareas[s]
                guard let explanation = try explainer.explain(.subarea(s)).subareas.first else { continue }
                subareas.append(
                    SubareaReport(
                        id: subarea.id, title: options.language.title(subarea.title, english: subarea.english),
                        points: explanation.points, max: subarea.max, bounds: explanation.bounds,
                        missing: try subarea.max.subtracting(explanation.points), explanation: explanation))
            }
            let score = scored.score.areas[index]
            areas.append(
                AreaReport(
                    id: area.id, title: options.language.title(area.title, english: area.english),
                    points: score.points, max: area.max, bounds: score.bounds,
                    reference: options.reference?.value(forArea: area.id), subareas: subareas))
        }
        self.areas = areas
        var shares: [(index: Int, share: Rational)] = []
        for (index, area) in areas.enumerated() {
            shares.append((index, area.max > .zero ? try area.points.divided(by: area.max) : .zero))
        }
        self.ranking = shares.sorted { $0.share != $1.share ? $0.share > $1.share : $0.index < $1.index }.map(\.index)
    }

    /// The municipality and year: `Ale kommun 2020`.
    public var subject: String { "\(scored.evidence.municipality) \(scored.evidence.year)" }

    /// The total score.
    public var total: Rational { scored.score.total }

    /// The sum of the areas' maxima.
    public var maximum: Rational { scored.instrument.maximum }

    /// Whether any score is still open (the point table then shows the bounds).
    public var hasOpenBounds: Bool {
        !scored.score.totalBounds.isExact
            || areas.contains { area in !area.bounds.isExact || area.subareas.contains { !$0.bounds.isExact } }
    }

    /// The fixed words of the report's language.
    var words: ReportWords { language.words }

    /// Findings and changes in words: descriptions, labels, numbers of the language.
    var prose: ExplanationProse { ExplanationProse(scored: scored, ruleID: nil, language: language) }
}
