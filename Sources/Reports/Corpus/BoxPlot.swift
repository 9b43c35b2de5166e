import Analysis
import Engine

/// A row's distribution as a small inline SVG on the scale 0 to the maximum: the range
/// (least to greatest) as a line, the quartile band Q1–Q3 filled, the median as a
/// white tick, the mean as a diamond; optionally one evaluation's value as a tall tick.
enum BoxPlot {
    static let width = 240.0
    static let height = 20.0

    /// The plot's markup; `label` says it in words.
    static func svg(_ d: Distribution, max: Rational, value: Rational? = nil, label: String) -> String {
        func x(_ v: Rational) -> String { RadarGeometry.number(4 + (width - 8) * RadarGeometry.share(v, of: max)) }
        var m = Markup()
        m.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "box"), ("width", RadarGeometry.number(width)),
                ("height", RadarGeometry.number(height)),
                ("viewBox", "0 0 \(RadarGeometry.number(width)) \(RadarGeometry.number(height))"), ("role", "img"),
                ("aria-label", label),
            ])
        m.element("title", [], label)
        m.empty("line", [("class", "box-range"), ("x1", x(d.minimum)), ("y1", "10"), ("x2", x(d.maximum)), ("y2", "10")])
        let low = 4 + (width - 8) * RadarGeometry.share(d.lowerQuartile, of: max)
        let high = 4 + (width - 8) * RadarGeometry.share(d.upperQuartile, of: max)
        m.empty(
            "rect",
            [
                ("class", "box-band"), ("x", RadarGeometry.number(low)), ("y", "4"),
                ("width", RadarGeometry.number(Swift.max(high - low, 1))), ("height", "12"),
                ("data-q1", d.lowerQuartile.decimalString()), ("data-q3", d.upperQuartile.decimalString()),
            ])
        m.empty(
            "line",
            [("class", "box-median"), ("x1", x(d.median)), ("y1", "4"), ("x2", x(d.median)), ("y2", "16"),
             ("data-value", d.median.decimalString())])
        let mean = 4 + (width - 8) * RadarGeometry.share(d.mean, of: max)
        let diamond = [(mean, 6.0), (mean + 4, 10.0), (mean, 14.0), (mean - 4, 10.0)]
            .map { RadarGeometry.pair((x: $0.0, y: $0.1)) }.joined(separator: " ")
        m.empty("polygon", [("class", "box-mean"), ("points", diamond), ("data-value", d.mean.decimalString())])
        if let value {
            m.empty(
                "rect",
                [("class", "box-value"), ("x", RadarGeometry.number(4 + (width - 8) * RadarGeometry.share(value, of: max) - 1.5)),
                 ("y", "0"), ("width", "3"), ("height", RadarGeometry.number(height)), ("data-value", value.decimalString())])
        }
        m.close("svg")
        return m.text
    }
}
