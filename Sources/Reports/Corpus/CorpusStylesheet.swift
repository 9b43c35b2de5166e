/// The corpus's additions to the report stylesheet: box plots (the quartile band, the
/// median, the range and the mean) and the quartile band behind a report's radar chart.
/// Colours from ``ReportPalette`` only; the band's fill is a tint of the grid colour,
/// its edges the grid colour itself (3:1 against the page).
enum CorpusStylesheet {
    /// For `corpus --format html`.
    static var page: String {
        let p = ReportPalette.self
        return """
            .box-range { stroke: \(p.track); stroke-width: 1.5; }
            .box-band { fill: \(p.municipality); }
            .box-median { stroke: \(p.page); stroke-width: 2; }
            .box-mean { fill: \(p.reference); }
            .box-value { fill: \(p.reference); }
            td.series-change { font-weight: 600; }

            """
    }

    /// For the radar chart of a report shown against a corpus.
    static var radar: String {
        let p = ReportPalette.self
        return """
            .radar .radar-band { fill: \(p.grid); fill-opacity: 0.22; fill-rule: evenodd; stroke: \(p.grid);
              stroke-width: 1; stroke-dasharray: 2 3; }

            """
    }
}
