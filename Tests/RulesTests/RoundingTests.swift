import Engine
import Reports
import Rules
import Testing

/// A points subarea of `max` with one rule awarding `points` (f = yes), and what the
/// display must show: half away from zero, never half to even.
struct RoundingCase: CustomTestStringConvertible, Sendable {
    var points: String
    var max: String
    var rounded: Int64
    var percent: Int64
    var json: String

    var testDescription: String { "\(points) of \(max)" }
}

/// DESIGN.md, "Display": points round half away from zero; percent is
/// `round(100 · exact / max)` the same way; areas and total round their exact values.
@Suite struct RoundingTests {
    static let cases: [RoundingCase] = [
        RoundingCase(points: "14.5", max: "20", rounded: 15, percent: 73, json: "14.5"),  // 72.5 % → 73
        RoundingCase(points: "16.2", max: "20", rounded: 16, percent: 81, json: "16.2"),
        RoundingCase(points: "2.5", max: "40", rounded: 3, percent: 6, json: "2.5"),  // 6.25 %; 2.5 → 3, not 2
        RoundingCase(points: "0.5", max: "10", rounded: 1, percent: 5, json: "0.5"),
        RoundingCase(points: "1", max: "8", rounded: 1, percent: 13, json: "1"),  // 12.5 % → 13, not 12
        RoundingCase(points: "29", max: "40", rounded: 29, percent: 73, json: "29"),  // 72.5 %
        RoundingCase(points: "4.49", max: "10", rounded: 4, percent: 45, json: "4.49"),  // 44.9 %
    ]

    @Test(arguments: cases)
    func subareaDisplayRoundsHalfAwayFromZero(_ c: RoundingCase) throws {
        let scored = try Fixture.scored(
            """
            instrument "Round" version "1"
            fact f: flag "F"
            area x "X" max \(c.max)
            subarea x.1 "X1" max \(c.max)
              rule x.1.a "A" when f award \(c.points)
            """,
            "finding f = yes source web \"f\"\n")
        let points = scored.subareaScore("x.1").points
        #expect(points == q(c.points))
        #expect(points.roundedHalfAwayFromZero() == c.rounded)
        #expect(points.percent(of: q(c.max)) == c.percent)
        let subarea = ScoreJSON.object(scored)["areas"]?.arrayValue?.first?["subareas"]?.arrayValue?.first
        #expect(subarea?["points"]?.numberText == c.json)
        #expect(subarea?["rounded"]?.numberText == String(c.rounded))
        #expect(subarea?["percent"]?.numberText == String(c.percent))
    }

    /// Two subareas of 1.5: shown as 2 and 2, but the area is 3, not 4.
    @Test func areaAndTotalRoundTheirExactValue() throws {
        let scored = try Fixture.scored(
            """
            instrument "Round" version "1"
            fact f: flag "F"
            area x "X" max 10
            subarea x.1 "X1" max 5
              rule x.1.a "A" when f award 1.5
            subarea x.2 "X2" max 5
              rule x.2.a "A" when f award 1.5
            area y "Y" max 10
            subarea y.1 "Y1" max 10
              rule y.1.a "A" when f award 1.5
            """,
            "finding f = yes source web \"f\"\n")
        #expect(scored.subareaScore("x.1").points.roundedHalfAwayFromZero() == 2)
        #expect(scored.subareaScore("x.2").points.roundedHalfAwayFromZero() == 2)
        #expect(scored.areaScore("x").points == q(3))
        #expect(scored.areaScore("x").points.roundedHalfAwayFromZero() == 3)
        #expect(scored.score.total == q("4.5"))
        let json = ScoreJSON.object(scored)
        #expect(json["areas"]?.arrayValue?.first?["rounded"]?.numberText == "3")
        #expect(json["total"]?["points"]?.numberText == "4.5")
        #expect(json["total"]?["rounded"]?.numberText == "5")  // 2 + 2 + 2 would be 6
        #expect(json["total"]?["percent"]?.numberText == "23")  // 4.5/20 = 22.5 % → 23
        #expect(json["total"]?["max"]?.numberText == "20")
        let table = ScoreTable.render(scored)
        let total = try #require(table.split(separator: "\n").first { $0.hasPrefix("Totalt") })
        #expect(total.split(separator: " ").suffix(3).map(String.init) == ["5", "20", "23\u{00A0}%"])
    }

    @Test func decimalStringFormatsAtMostSixDigits() {
        #expect(q(1, 3).decimalString() == "0.333333")
        #expect(q(2, 3).decimalString() == "0.666667")
        #expect(q(29, 2).decimalString() == "14.5")
        #expect(q(10).decimalString() == "10")
        #expect(q(-1, 2).decimalString() == "-0.5")
        #expect(q(1, 2_000_000).decimalString() == "0.000001")
        #expect(q(1, 3_000_000).decimalString() == "0")
        #expect(q(-29, 2).roundedHalfAwayFromZero() == -15)
    }
}
