import Foundation
import TestSupport
import Testing

/// Hostile input ends in a diagnostic and exit status 65, never a crash, a signal or a
/// hang: deep nesting and huge files, run in a separate process.
@Suite struct RobustnessTests {
    static let rules = """
        instrument "K" version "1"
        fact f: flag "F"
        area 1 "A" max 10
        subarea 1.1 "S" max 10
        rule 1.1.a "R" when f award 2

        """

    static let header = """
        evidence "X" year 2020 instrument "K" version "1"
          evaluator "E1"

        """

    /// Checks the outcome of a rejected input: a normal exit with status 65 and the
    /// expected diagnostic first on standard error.
    static func expectRejected(_ outcome: ProcessOutcome, firstLine: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!outcome.timedOut, sourceLocation: sourceLocation)
        #expect(outcome.reason == .exit, "ended by a signal", sourceLocation: sourceLocation)
        #expect(outcome.status == 65, sourceLocation: sourceLocation)
        #expect(outcome.errLines.first.map(String.init) == firstLine, sourceLocation: sourceLocation)
        #expect(outcome.stdout == [], sourceLocation: sourceLocation)
    }

    @Test func evidenceWithTwentyThousandNestedParentheses() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("rules/a.kompass", Self.rules)
        let depth = 20_000
        try scratch.write(
            "deep.kompass",
            Self.header + "finding f = " + String(repeating: "(", count: depth) + "yes" + String(repeating: ")", count: depth)
                + "\n  source web \"w\"\n")
        let outcome = try KompassExecutable.run(["score", "--rules", "rules", "deep.kompass"], in: scratch.path)
        Self.expectRejected(
            outcome,
            firstLine: "deep.kompass:3:13: error: expected a value ('yes', 'no', 'none', a level, a number or '{…}'), found '(' [parse.expected-token]"
        )
    }

    /// The same depth in JSON evidence, where the reader must nest: refused at depth 257.
    @Test func jsonEvidenceWithTwentyThousandNestedArrays() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("rules/a.kompass", Self.rules)
        let depth = 20_000
        try scratch.write(
            "deep.json", "{\"evidence\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}\n")
        let outcome = try KompassExecutable.run(["score", "--rules", "rules", "deep.json"], in: scratch.path)
        // `{` is level 1, so the 256th `[` (column 14 + 255) would be level 257.
        Self.expectRejected(outcome, firstLine: "deep.json:1:269: error: nesting deeper than 256 [parse.expected-token]")
    }

    @Test func ruleConditionWithAMillionNestedParentheses() throws {
        let scratch = try ScratchDirectory()
        let depth = 1_000_000
        try scratch.write(
            "rules/a.kompass",
            Self.rules + "rule 1.1.b \"R\" when " + String(repeating: "(", count: depth) + "f" + String(repeating: ")", count: depth)
                + " award 1\n")
        let outcome = try KompassExecutable.run(["check", "--rules", "rules"], in: scratch.path)
        // The condition starts at column 21; the 257th level is the 257th `(`.
        Self.expectRejected(
            outcome, firstLine: "rules/a.kompass:6:277: error: conditions nest deeper than 256 levels [parse.too-deep]")
    }

    @Test func fiftyMegabyteEvidenceFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("rules/a.kompass", Self.rules)
        let size = 50 * 1024 * 1024
        var bytes = Array((Self.header + "finding f = yes\n  source web \"w\"\n").utf8)
        let filler = Array("# padding padding padding padding padding padding padding padding padding\n".utf8)
        while bytes.count + filler.count <= size { bytes += filler }
        bytes += Array(repeating: UInt8(ascii: "#"), count: size - bytes.count - 1) + [UInt8(ascii: "\n")]
        #expect(bytes.count == size)
        try scratch.write("big.kompass", bytes)
        let outcome = try KompassExecutable.run(["score", "--rules", "rules", "big.kompass"], in: scratch.path)
        Self.expectRejected(
            outcome,
            firstLine: "big.kompass:1:1: error: file is 52428800 bytes, more than the limit of 8388608 bytes [parse.file-too-large]"
        )
    }

    /// An instrument file one byte over the limit is refused too (read with its folder).
    @Test func oversizedInstrumentFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("rules/a.kompass", Self.rules)
        try scratch.write("rules/b.kompass", [UInt8](repeating: UInt8(ascii: "("), count: 8 * 1024 * 1024 + 1))
        let outcome = try KompassExecutable.run(["check", "--rules", "rules"], in: scratch.path)
        Self.expectRejected(
            outcome,
            firstLine: "rules/b.kompass:1:1: error: file is 8388609 bytes, more than the limit of 8388608 bytes [parse.file-too-large]"
        )
    }

    /// Exact arithmetic that overflows while scoring is an error (`eval.overflow`), not a trap.
    @Test func arithmeticOverflowIsAnErrorNotATrap() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "rules/a.kompass",
            Self.rules + "fact x: number \"X\"\nrule 1.1.b \"R\" scale x from 0 to 999999999999.999999 award 0.1\n")
        try scratch.write("e.kompass", Self.header + "finding x = 0.000001\n  source web \"w\"\n")
        let check = try KompassExecutable.run(["check", "--rules", "rules", "e.kompass"], in: scratch.path)
        #expect(check.status == 0)
        let outcome = try KompassExecutable.run(["score", "--rules", "rules", "e.kompass"], in: scratch.path)
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 65)
        #expect(outcome.stdout == [])
        #expect(
            outcome.err == """
                Error: multiplication overflows exact 64-bit arithmetic while scoring [eval.overflow]
                help: the values in the rules or findings are too large or too fine for exact arithmetic

                """)
    }
}
