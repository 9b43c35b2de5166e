import Engine
import Rules
import Testing

/// Where the checkers' "twice" diagnostics point, and their notes: the first declaration
/// of an id or fact, the first finding of a fact, the previous clause word. (The checkers
/// find these places without tables of spans: from what the id names, from the position
/// of the first finding, by comparing a clause's words.)
@Suite struct CheckerDiagnosticPlacesTests {
    /// Each diagnostic as `line:column message` followed by its notes' places.
    static func summary(_ bag: DiagnosticBag) -> [String] {
        bag.all.map { diagnostic in
            let place = diagnostic.span.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            let notes = diagnostic.notes.map { note in
                " [\(note.message) at " + (note.span.map { "\($0.start.line):\($0.start.column)" } ?? "-") + "]"
            }
            return "\(place) \(diagnostic.message)" + notes.joined()
        }
    }

    /// The column (1-based) of the `occurrence`-th (from 1) `needle` in `line`.
    static func column(of needle: String, _ occurrence: Int = 1, in line: String) -> Int {
        var rest = Substring(line)
        var offset = 0
        for _ in 1..<occurrence {
            guard let range = rest.range(of: needle) else { return -1 }
            offset += rest.distance(from: rest.startIndex, to: range.upperBound)
            rest = rest[range.upperBound...]
        }
        guard let range = rest.range(of: needle) else { return -1 }
        return offset + rest.distance(from: rest.startIndex, to: range.lowerBound) + 1
    }

    @Test func repeatedIdsAndFactsPointAtTheirFirstDeclaration() {
        let text = """
            instrument "K" version "1"
            fact f: flag "F"
            fact f: number "G"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
            rule 1.1.a "R" when f award 1
            rule 1.1.a "R2" when f award 2
            rule 1.1.b "B" when nope award 1
            rule 1.1.b "B2" when f award 1
            area 1 "A again" max 5

            """
        let (instrument, bag, _) = Fixture.check([(path: "i.kompass", text: text)])
        #expect(instrument == nil)
        // Line 9 repeats the id of a rule that failed its checks: known, so reported, but
        // with no first declaration to point at.
        #expect(
            Self.summary(bag) == [
                "3:6 fact 'f' is declared twice [first declared here at 2:6]",
                "7:6 id '1.1.a' is declared twice [first declared here at 6:6]",
                "8:21 unknown fact 'nope'",
                "9:6 id '1.1.b' is declared twice",
                "10:6 id '1' is declared twice [first declared here at 4:6]",
            ])
    }

    @Test func aRepeatedSubareaIdPointsAtTheFirstSubarea() {
        let text = """
            instrument "K" version "1"
            fact f: flag "F"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
            rule 1.1.a "R" when f award 1
            subarea 1.1 "S2" max 5

            """
        let (_, bag, _) = Fixture.check([(path: "i.kompass", text: text)])
        #expect(Self.summary(bag) == ["6:9 id '1.1' is declared twice [first declared here at 4:9]"])
    }

    @Test func aRepeatedFindingPointsAtTheFirstFindingOfItsFact() throws {
        let instrument = try Fixture.instrument(
            """
            instrument "K" version "1"
            fact f: flag "F"
            fact n: number "N"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
            rule 1.1.a "R" when f award 1
            rule 1.1.b "Q" when n >= 2 award 1

            """)
        let text = Fixture.header(for: instrument) + """
            finding n = yes source web "w"
            finding f = yes source web "w"
            finding n = 3 source web "w"
            finding f = no source web "w"
            finding n = 4 source web "w"

            """
        let (evidence, bag, _) = Fixture.checkEvidence(text, for: instrument)
        #expect(evidence == nil)
        // The first finding of n does not resolve (a flag's value for a number), and is
        // still the one the repeats point at.
        #expect(
            Self.summary(bag) == [
                "4:13 'n' is a number and takes a number ['n' declared here at 3:6]",
                "6:9 fact 'n' is recorded twice [first recorded here at 4:9]",
                "7:9 fact 'f' is recorded twice [first recorded here at 5:9]",
                "8:9 fact 'n' is recorded twice [first recorded here at 4:9]",
            ])
    }

    @Test func aRepeatedClauseWordPointsAtItsPreviousOccurrence() {
        let rule = #"rule 1.1.a "R" when f award 1 award 2 award 3"#
        let text = """
            instrument "K" version "1"
            fact f: flag "F"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
            \(rule)

            """
        let (instrument, bag, _) = Fixture.check([(path: "i.kompass", text: text)])
        #expect(instrument == nil)
        let award = (1...3).map { Self.column(of: "award", $0, in: rule) }
        #expect(!award.contains(-1))
        #expect(
            Self.summary(bag) == [
                "5:\(award[1]) 'award' is given twice in a 'when' clause [first given here at 5:\(award[0])]",
                "5:\(award[2]) 'award' is given twice in a 'when' clause [first given here at 5:\(award[1])]",
            ])
    }
}
