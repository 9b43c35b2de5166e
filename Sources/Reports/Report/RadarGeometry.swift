import Engine
import Foundation

/// Where the radar chart draws: axes clockwise from the top, values as a share of each
/// area's maximum along its axis, coordinates written with at most two decimals.
struct RadarGeometry: Sendable {
    var width = 720.0
    var height = 570.0
    var centerX = 360.0
    var centerY = 296.0
    var radius = 170.0
    /// The number of axes.
    var axes: Int

    /// The angle of axis `index`, in radians: the first points up, the rest follow clockwise.
    func angle(_ index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(Swift.max(axes, 1))
    }

    /// The point at `share` (0 at the centre, 1 on the outer ring) of axis `index`.
    func point(axis index: Int, share: Double) -> (x: Double, y: Double) {
        let a = angle(index)
        return (centerX + radius * share * cos(a), centerY + radius * share * sin(a))
    }

    /// `value / max` as a Double in [0, 1] (outside values are drawn at the edge).
    static func share(_ value: Rational, of max: Rational) -> Double {
        guard max > .zero else { return 0 }
        let v = Double(value.numerator) / Double(value.denominator)
        let m = Double(max.numerator) / Double(max.denominator)
        return Swift.min(Swift.max(v / m, 0), 1)
    }

    /// A coordinate rounded half away from zero to two decimals, without trailing zeros:
    /// `163.4`, `250`, `-3.05`.
    static func number(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
        let whole = hundredths.magnitude / 100
        var fraction = hundredths.magnitude % 100
        var text = (hundredths < 0 ? "-" : "") + String(whole)
        guard fraction != 0 else { return text }
        if fraction % 10 == 0 {
            fraction /= 10
            text += "." + String(fraction)
        } else {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }

    /// `x,y` for a points list.
    static func pair(_ p: (x: Double, y: Double)) -> String {
        number(p.x) + "," + number(p.y)
    }

    /// Words in lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
