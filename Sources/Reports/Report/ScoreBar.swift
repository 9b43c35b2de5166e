import Engine

/// A bar of points against the maximum, as a small inline SVG: an outlined track, the
/// filled share, and for an area the reference profile's value as a tick.
enum ScoreBar {
    static let width = 240.0
    static let height = 20.0
    /// The track's inset from the top and bottom; the reference tick spans the full
    /// height, so it shows against the page above and below the bar.
    static let inset = 3.5

    /// The bar's markup; `label` is what it says in words (its title).
    static func svg(points: Rational, max: Rational, reference: Rational?, label: String) -> String {
        var m = Markup()
        m.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "bar"), ("width", RadarGeometry.number(width)),
                ("height", RadarGeometry.number(height)),
                ("viewBox", "0 0 \(RadarGeometry.number(width)) \(RadarGeometry.number(height))"), ("role", "img"),
                ("aria-label", label),
            ])
        m.element("title", [], label)
        let inner = width - 1
        m.empty(
            "rect",
            [
                ("class", "bar-track"), ("x", "0.5"), ("y", RadarGeometry.number(inset)),
                ("width", RadarGeometry.number(inner)), ("height", RadarGeometry.number(height - 2 * inset)),
            ])
        let filled = inner * RadarGeometry.share(points, of: max)
        m.empty(
            "rect",
            [
                ("class", "bar-fill"), ("x", "0.5"), ("y", RadarGeometry.number(inset)),
                ("width", RadarGeometry.number(filled)), ("height", RadarGeometry.number(height - 2 * inset)),
                ("data-value", points.decimalString()),
                ("data-max", max.decimalString()),
            ])
        if let reference {
            let x = 0.5 + inner * RadarGeometry.share(reference, of: max)
            m.empty(
                "line",
                [
                    ("class", "bar-reference"), ("x1", RadarGeometry.number(x)), ("y1", "0"),
                    ("x2", RadarGeometry.number(x)), ("y2", RadarGeometry.number(height)),
                    ("data-value", reference.decimalString()),
                ])
        }
        m.close("svg")
        return m.text
    }
}
