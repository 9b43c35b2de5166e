import Engine

/// The per-area sections of the HTML report.
extension HTMLReport {
    /// An area's score and bar, then each subarea with its strengths and opportunities.
    static func areaSection(_ report: Report, _ area: AreaReport, _ m: inout Markup) {
        let words = report.words
        m.open("section", [("class", "area"), ("id", "area-" + anchor(area.id))])
        m.newline()
        m.element("h2", [], "\(words.area) \(area.id) \(area.title)")
        m.newline()
        let label = report.scoreLine(points: area.points, max: area.max, bounds: area.bounds, reference: area.reference)
        scoreLine(label, points: area.points, max: area.max, reference: area.reference, &m)
        if let line = report.corpusLine(id: area.id, points: area.points) { m.element("p", [("class", "note corpus")], line) }
        for subarea in area.subareas { subareaSection(report, subarea, &m) }
        m.close("section")
        m.newline()
    }

    static func subareaSection(_ report: Report, _ subarea: SubareaReport, _ m: inout Markup) {
        let words = report.words
        m.open("section", [("class", "subarea"), ("id", "subarea-" + anchor(subarea.id))])
        m.newline()
        m.element("h3", [], "\(subarea.id) \(subarea.title)")
        m.newline()
        scoreLine(
            report.scoreLine(points: subarea.points, max: subarea.max, bounds: subarea.bounds), points: subarea.points,
            max: subarea.max, reference: nil, &m)
        if let line = report.corpusLine(id: subarea.id, points: subarea.points) {
            m.element("p", [("class", "note corpus")], line)
        }
        if let line = report.overrideLine(subarea) {
            m.open("p", [("class", "note")])
            rich(line, &m)
            m.close("p")
            m.newline()
        }
        m.open("div", [("class", "columns")])
        m.newline()
        m.open("div", [("class", "strengths")])
        m.element("h4", [], words.strengths)
        m.newline()
        let strengths = report.strengthItems(subarea)
        if strengths.isEmpty {
            m.element("p", [], words.noStrengths)
        } else {
            list(strengths, &m)
        }
        m.close("div")
        m.newline()
        m.open("div", [("class", "opportunities")])
        m.element("h4", [], words.opportunities)
        m.newline()
        let opportunities = report.opportunities(subarea)
        for line in opportunities.lead { paragraph(line, &m) }
        if !opportunities.items.isEmpty { list(opportunities.items, &m) }
        for line in opportunities.notes { paragraph(line, &m) }
        m.close("div")
        m.newline()
        m.close("div")
        m.newline()
        m.close("section")
        m.newline()
    }

    /// The score in words beside its bar.
    static func scoreLine(_ label: String, points: Rational, max: Rational, reference: Rational?, _ m: inout Markup) {
        m.open("div", [("class", "score-line")])
        m.element("span", [("class", "score")], label)
        m.raw(ScoreBar.svg(points: points, max: max, reference: reference, label: label))
        m.close("div")
        m.newline()
    }

    static func list(_ items: [ReportItem], _ m: inout Markup) {
        m.open("ul")
        m.newline()
        for item in items {
            m.open("li")
            rich(item.head, &m)
            if !item.details.isEmpty {
                m.open("ul", [("class", "findings")])
                for detail in item.details {
                    m.open("li")
                    rich(detail, &m)
                    m.close("li")
                }
                m.close("ul")
            }
            m.close("li")
            m.newline()
        }
        m.close("ul")
        m.newline()
    }

    static func paragraph(_ line: RichText, _ m: inout Markup) {
        m.open("p")
        rich(line, &m)
        m.close("p")
        m.newline()
    }

    /// An instrument id as part of an element id: `1.1` gives `1-1`.
    static func anchor(_ id: String) -> String {
        String(id.map { $0 == "." ? "-" : $0 })
    }
}
