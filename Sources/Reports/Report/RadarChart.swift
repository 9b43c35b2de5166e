import Engine
import Foundation

/// The radar (spider) chart of a report: one axis per area, the municipality's share of
/// each area's maximum against the reference profile's. The series differ by line
/// pattern and marker shape as well as colour; `<title>` and `<desc>` say what the chart
/// shows in words, and every marker carries its exact value (`data-value`) and a title.
public enum RadarChart {
    /// The chart as a standalone SVG document (`--format svg`), with its provenance in `<metadata>`.
    public static func document(_ report: Report) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(report, standalone: true)
    }

    /// The chart as an `<svg>` element, to stand alone or to embed in HTML.
    static func element(_ report: Report, standalone: Bool) -> String {
        let words = report.words
        let g = RadarGeometry(axes: report.areas.count)
        var m = Markup()
        var root: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "radar"),
            ("width", RadarGeometry.number(g.width)), ("height", RadarGeometry.number(g.height)),
            ("viewBox", "0 0 \(RadarGeometry.number(g.width)) \(RadarGeometry.number(g.height))"),
            ("role", "img"), ("aria-labelledby", "radar-title radar-desc"),
        ]
        if standalone { root.append(("lang", report.language.rawValue)) }
        m.open("svg", root)
        m.newline()
        m.element("title", [("id", "radar-title")], words.radarTitle(report.subject, report.reference?.name))
        m.newline()
        m.element("desc", [("id", "radar-desc")], description(report))
        m.newline()
        if standalone {
            m.element("metadata", [], Provenance(report.scored).text.trimmingNewlines())
            m.newline()
        }
        m.style(ReportStylesheet.radar + (report.corpus == nil ? "" : CorpusStylesheet.radar))
        m.newline()
        m.element(
            "text",
            [("class", "radar-title"), ("x", RadarGeometry.number(g.centerX)), ("y", "30"), ("text-anchor", "middle")],
            words.radarTitle(report.subject, report.reference?.name))
        m.newline()
        grid(report, g, &m)
        corpusBand(report, g, &m)
        m.open(
            "g",
            [
                ("class", "radar-plot"), ("data-cx", RadarGeometry.number(g.centerX)),
                ("data-cy", RadarGeometry.number(g.centerY)), ("data-r", RadarGeometry.number(g.radius)),
            ])
        m.newline()
        series(report, g, &m)
        m.close("g")
        m.newline()
        scaleLabels(report, g, &m)
        legend(report, g, &m)
        m.close("svg")
        m.newline()
        return m.text
    }

    /// What the chart shows, in words: every value of both series.
    static func description(_ report: Report) -> String {
        let words = report.words
        let l = report.language
        var text = words.radarDescription + " " + report.subject + ": "
        text += report.areas.map { "\(words.area.lowercased()) \($0.id) \(l.percent($0.points.percent(of: $0.max)))" }
            .joined(separator: ", ")
        if let reference = report.reference {
            text += ". " + reference.name + ": "
            text += report.areas.compactMap { area in
                area.reference.map { "\(words.area.lowercased()) \(area.id) \(l.percent($0.percent(of: area.max)))" }
            }.joined(separator: ", ")
        }
        return text + "."
    }

    /// Rings at every 20 %, the axes, and the areas' labels (the rings' values come later).
    static func grid(_ report: Report, _ g: RadarGeometry, _ m: inout Markup) {
        m.open("g", [("class", "radar-grid-lines")])
        m.newline()
        for step in 1...5 {
            let share = Double(step) / 5
            let ring = (0..<g.axes).map { RadarGeometry.pair(g.point(axis: $0, share: share)) }.joined(separator: " ")
            m.empty("polygon", [("class", "radar-grid"), ("points", ring)])
            m.newline()
        }
        for axis in 0..<g.axes {
            let end = g.point(axis: axis, share: 1)
            m.empty(
                "line",
                [
                    ("class", "radar-axis"), ("x1", RadarGeometry.number(g.centerX)),
                    ("y1", RadarGeometry.number(g.centerY)),
                    ("x2", RadarGeometry.number(end.x)), ("y2", RadarGeometry.number(end.y)),
                ])
            m.newline()
        }
        m.close("g")
        m.newline()
        for (axis, area) in report.areas.enumerated() {
            label("\(area.id) \(area.title)", axis: axis, g, &m)
        }
    }

    /// The rings' values, drawn over the series so that no line crosses them.
    static func scaleLabels(_ report: Report, _ g: RadarGeometry, _ m: inout Markup) {
        m.open("g", [("class", "radar-scale-labels")])
        m.newline()
        // Ring labels between two spokes, where no marker is drawn, just inside their ring,
        // in the gap that the data lines cross farthest from any label (and with a halo).
        let gap = scaleGap(report, g)
        let inset = 8.0
        for step in 1...5 {
            let share = Double(step) / 5
            let a = g.point(axis: gap, share: share)
            let b = g.point(axis: g.axes > 1 ? (gap + 1) % g.axes : gap, share: share)
            let mid = ((a.x + b.x) / 2, (a.y + b.y) / 2)
            let dx = mid.0 - g.centerX
            let dy = mid.1 - g.centerY
            let length = Swift.max((dx * dx + dy * dy).squareRoot(), 1)
            let x = mid.0 - dx / length * inset
            let y = mid.1 - dy / length * inset
            m.element(
                "text",
                [
                    ("class", "radar-scale"), ("x", RadarGeometry.number(x)), ("y", RadarGeometry.number(y + 3.5)),
                    ("text-anchor", "middle"),
                ],
                report.language.percent(Int64(step * 20)))
            m.newline()
        }
        m.close("g")
        m.newline()
    }

    /// The gap between axis `k` and the next one where the ring labels go: the one where the
    /// series' lines cross the bisector farthest from every label (the first such gap on a tie).
    /// Between axes whose shares are `a` and `b` a line crosses the bisector at share
    /// `2ab / (a + b)` of the ring labels' scale.
    static func scaleGap(_ report: Report, _ g: RadarGeometry) -> Int {
        guard g.axes > 2 else { return 0 }
        var lines: [[Double]] = [report.areas.map { RadarGeometry.share($0.points, of: $0.max) }]
        if report.areas.allSatisfy({ $0.reference != nil }) {
            lines.append(report.areas.map { RadarGeometry.share($0.reference ?? .zero, of: $0.max) })
        }
        // Where the labels' centres sit, as a share along the bisector.
        let cosine = cos(Double.pi / Double(g.axes))
        let labels = (1...5).map { Double($0) / 5 - 8 / (g.radius * cosine) }
        var best = (gap: 0, clearance: -1.0)
        for gap in 0..<g.axes {
            var clearance = 1.0
            for shares in lines {
                let a = shares[gap]
                let b = shares[(gap + 1) % g.axes]
                let crossing = a + b > 0 ? 2 * a * b / (a + b) : 0
                for label in labels { clearance = Swift.min(clearance, abs(crossing - label)) }
            }
            if clearance > best.clearance + 1e-9 { best = (gap, clearance) }
        }
        return best.gap
    }

    /// An area's label beyond the end of its axis, wrapped and anchored away from the chart.
    static func label(_ text: String, axis: Int, _ g: RadarGeometry, _ m: inout Markup) {
        let lines = RadarGeometry.wrap(text, width: 24)
        let at = g.point(axis: axis, share: 1 + 14 / g.radius)
        let dx = at.x - g.centerX
        let dy = at.y - g.centerY
        let anchor = dx > 8 ? "start" : dx < -8 ? "end" : "middle"
        let lineHeight = 14.0
        let span = Double(lines.count - 1) * lineHeight
        let firstY = dy < -8 ? at.y - span : dy > 8 ? at.y + 10 : at.y - span / 2 + 4
        m.open("text", [("class", "radar-label"), ("text-anchor", anchor)])
        for (n, line) in lines.enumerated() {
            m.element(
                "tspan",
                [("x", RadarGeometry.number(at.x)), ("y", RadarGeometry.number(firstY + Double(n) * lineHeight))], line)
        }
        m.close("text")
        m.newline()
    }

    /// The municipality (solid, round markers) and the reference (dashed, hollow squares).
    static func series(_ report: Report, _ g: RadarGeometry, _ m: inout Markup) {
        let words = report.words
        let l = report.language
        let own = report.areas.enumerated().map { ($0.offset, $0.element, Optional($0.element.points)) }
        var all: [(name: String, values: [(Int, AreaReport, Rational?)])] = [(report.subject, own)]
        if let reference = report.reference {
            all.append(
                (reference.name, report.areas.enumerated().map { ($0.offset, $0.element, $0.element.reference) }))
        }
        for (k, s) in all.enumerated() {
            m.open("g", [("class", "radar-series"), ("data-series", s.name)])
            m.newline()
            let present = s.values.compactMap { axis, area, value in value.map { (axis, area, $0) } }
            if present.count == s.values.count, !present.isEmpty {
                let points = present.map { axis, area, value in
                    RadarGeometry.pair(g.point(axis: axis, share: RadarGeometry.share(value, of: area.max)))
                }.joined(separator: " ")
                m.empty("polygon", [("class", "radar-line-\(k)"), ("points", points)])
                m.newline()
            }
            for (axis, area, value) in present {
                let p = g.point(axis: axis, share: RadarGeometry.share(value, of: area.max))
                let data = [
                    ("data-area", area.id), ("data-value", value.decimalString()),
                    ("data-max", area.max.decimalString()),
                ]
                let share = report.percent(value, of: area.max)
                let title =
                    "\(s.name), \(words.area.lowercased()) \(area.id) \(area.title): "
                    + "\(l.decimal(value, digits: 1)) \(words.of) \(l.decimal(area.max)) (\(share))"
                marker(k, p, data, title, &m)
                m.newline()
            }
            m.close("g")
            m.newline()
        }
    }

    /// A round marker for the first series, a hollow square for the second.
    static func marker(
        _ k: Int, _ p: (x: Double, y: Double), _ data: [(String, String)], _ title: String, _ m: inout Markup
    ) {
        if k == 0 {
            m.open(
                "circle",
                [
                    ("class", "radar-marker-0"), ("cx", RadarGeometry.number(p.x)), ("cy", RadarGeometry.number(p.y)),
                    ("r", "5"),
                ]
                    + data)
        } else {
            m.open(
                "rect",
                [
                    ("class", "radar-marker-1"), ("x", RadarGeometry.number(p.x - 4.5)),
                    ("y", RadarGeometry.number(p.y - 4.5)),
                    ("width", "9"), ("height", "9"),
                ] + data)
        }
        m.element("title", [], title)
        m.close(k == 0 ? "circle" : "rect")
    }

    /// A sample of each series' line and marker, with its name.
    static func legend(_ report: Report, _ g: RadarGeometry, _ m: inout Markup) {
        var names = [report.subject]
        if let reference = report.reference { names.append(reference.name) }
        m.open("g", [("class", "radar-legend")])
        m.newline()
        let y = g.height - 24
        for (k, name) in names.enumerated() {
            let x = 40 + Double(k) * 340
            m.empty(
                "line",
                [
                    ("class", "radar-line-\(k)"), ("x1", RadarGeometry.number(x)), ("y1", RadarGeometry.number(y)),
                    ("x2", RadarGeometry.number(x + 48)), ("y2", RadarGeometry.number(y)),
                ])
            marker(k, (x + 24, y), [], name, &m)
            m.element("text", [("x", RadarGeometry.number(x + 60)), ("y", RadarGeometry.number(y + 4))], name)
            m.newline()
        }
        m.close("g")
        m.newline()
    }
}

extension String {
    /// Without leading and trailing newlines.
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.first == "\n" { text = text.dropFirst() }
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
