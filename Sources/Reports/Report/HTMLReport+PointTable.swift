import Engine

/// The point table of the HTML report, laid out like section 4 of the published report.
extension HTMLReport {
    static func pointTable(_ report: Report, _ m: inout Markup) {
        let words = report.words
        let l = report.language
        let showBounds = report.hasOpenBounds
        m.open("section", [("class", "point-table"), ("id", "point-table")])
        m.newline()
        m.element("h2", [], words.pointTable)
        m.newline()
        m.element("p", [], words.pointTableIntro)
        m.newline()
        func cells(_ points: Rational, _ max: Rational, _ bounds: Bounds, mark: String = "") -> [String] {
            var cells = [l.points(points) + mark, l.decimal(max), l.percent(points.percent(of: max))]
            if showBounds { cells.append(bounds.isExact ? "" : l.decimal(bounds.min) + "–" + l.decimal(bounds.max)) }
            return cells
        }
        // Every table gets the same fixed columns (see `table.points` in ReportStylesheet), so
        // that the number columns line up from one area's table to the next and the total's.
        func columns(_ leading: [String]) {
            m.open("colgroup")
            for name in leading { m.empty("col", [("class", name)]) }
            for _ in 0..<3 { m.empty("col", [("class", "num")]) }
            if showBounds { m.empty("col", [("class", "bounds")]) }
            m.close("colgroup")
            m.newline()
        }
        var overridden: [SubareaReport] = []
        for area in report.areas {
            m.open("table", [("class", "points"), ("data-area", area.id)])
            m.newline()
            columns(["id", "label"])
            m.open("thead")
            m.open("tr")
            m.element("th", [("scope", "col")], area.id + ".")
            m.element("th", [("scope", "col")], area.title)
            for heading in [words.totalLine, words.max, words.percent] + (showBounds ? [words.bounds] : []) {
                m.element("th", [("scope", "col"), ("class", "num")], heading)
            }
            m.close("tr")
            m.close("thead")
            m.newline()
            m.open("tbody")
            m.newline()
            for subarea in area.subareas {
                let mark = subarea.explanation.override == nil ? "" : "*"
                if !mark.isEmpty { overridden.append(subarea) }
                m.open("tr", [("data-subarea", subarea.id)])
                m.element("td", [], subarea.id)
                m.element("th", [("scope", "row")], subarea.title)
                for cell in cells(subarea.points, subarea.max, subarea.bounds, mark: mark) {
                    m.element("td", [("class", "num")], cell)
                }
                m.close("tr")
                m.newline()
            }
            m.close("tbody")
            m.open("tfoot")
            m.open("tr", [("data-area", area.id)])
            m.element("td", [], "")
            m.element("th", [("scope", "row")], "\(words.total) \(words.area.lowercased()) \(area.id)")
            for cell in cells(area.points, area.max, area.bounds) { m.element("td", [("class", "num")], cell) }
            m.close("tr")
            m.close("tfoot")
            m.close("table")
            m.newline()
        }
        m.open("table", [("class", "points total")])
        columns(["label"])
        m.open("tfoot")
        m.open("tr", [("data-total", "")])
        m.element("th", [("scope", "row")], words.total)
        for cell in cells(report.total, report.maximum, report.scored.score.totalBounds) {
            m.element("td", [("class", "num")], cell)
        }
        m.close("tr")
        m.close("tfoot")
        m.close("table")
        m.newline()
        for subarea in overridden {
            if let line = report.overrideLine(subarea) {
                m.open("p", [("class", "note")])
                m.write("* \(subarea.id): ")
                rich(line, &m)
                m.close("p")
                m.newline()
            }
        }
        m.close("section")
        m.newline()
    }
}
