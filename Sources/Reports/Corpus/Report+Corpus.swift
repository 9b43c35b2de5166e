import Analysis
import Engine

extension Report {
    /// Where an area's or subarea's points stand in the corpus the report is shown
    /// against, in the report's language: the percentile, the median and the quartiles;
    /// nil without a corpus or for an id the corpus does not have.
    func corpusLine(id: String, points: Rational) -> String? {
        guard let corpus, let row = corpus.row(id), let standing = try? row.standing(of: points) else { return nil }
        let l = language
        let d = row.distribution
        let n = corpus.evaluations.count
        let percentile = l.integer(standing.percentile.roundedHalfAwayFromZero())
        let median = l.decimal(d.median, digits: 1)
        let quartiles = "\(l.decimal(d.lowerQuartile, digits: 1))–\(l.decimal(d.upperQuartile, digits: 1))"
        return l == .sv
            ? "Bland \(n) utvärderingar i jämförelsematerialet: percentil \(percentile) (median \(median), kvartiler \(quartiles))."
            : "Among \(n) evaluations in the corpus: percentile \(percentile) (median \(median), quartiles \(quartiles))."
    }

    /// What the radar's grey band is, for its caption; nil without a corpus.
    var corpusCaption: String? {
        guard let corpus else { return nil }
        let n = corpus.evaluations.count
        return language == .sv
            ? "Det grå bandet: mittersta hälften (första till tredje kvartilen) av \(n) utvärderingar i jämförelsematerialet."
            : "The grey band: the middle half (first to third quartile) of \(n) evaluations in the corpus."
    }
}

extension RadarChart {
    /// The corpus's quartile band behind the series: the ring between each area's first
    /// and third quartile, as a share of the area's maximum.
    static func corpusBand(_ report: Report, _ g: RadarGeometry, _ m: inout Markup) {
        guard let corpus = report.corpus, let caption = report.corpusCaption else { return }
        var outer: [String] = []
        var inner: [String] = []
        var values: [String] = []
        for (axis, area) in report.areas.enumerated() {
            guard let d = corpus.row(area.id)?.distribution else { return }
            outer.append(RadarGeometry.pair(g.point(axis: axis, share: RadarGeometry.share(d.upperQuartile, of: area.max))))
            inner.append(RadarGeometry.pair(g.point(axis: axis, share: RadarGeometry.share(d.lowerQuartile, of: area.max))))
            let l = report.language
            values.append(
                "\(report.words.area.lowercased()) \(area.id) \(l.decimal(d.lowerQuartile, digits: 1))–\(l.decimal(d.upperQuartile, digits: 1))")
        }
        let path = "M " + outer.joined(separator: " L ") + " Z M " + inner.reversed().joined(separator: " L ") + " Z"
        m.open("path", [("class", "radar-band"), ("d", path)])
        m.element("title", [], caption + " " + values.joined(separator: ", "))
        m.close("path")
        m.newline()
    }
}
