import Foundation
import TestSupport
import Testing

/// Counts declarations in an instrument's folder by their keyword at the start of a line,
/// independently of the tool.
enum InstrumentText {
    static func count(_ keyword: String, in folder: String) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(folder)).filter { $0.hasSuffix(".kompass") }
        var count = 0
        for name in names {
            let text = try String(contentsOfFile: PackageRoot.path(folder + "/" + name), encoding: .utf8)
            count += BinaryRun.lines(text).filter { $0.drop { $0 == " " }.hasPrefix(keyword + " ") }.count
        }
        return count
    }
}

/// `check` through the binary.
@Suite struct CheckBinaryTests {
    @Test func theShippedInstrumentAlone() throws {
        let lines = try BinaryRun.succeed(["check"])
        #expect(lines == ["ok: Kommunkompassen 2019: 8 areas, 35 subareas, 234 rules, 225 facts"])
        // The counts are the declarations in the folder.
        #expect(try InstrumentText.count("area", in: Shipped.instrument) == 8)
        #expect(try InstrumentText.count("subarea", in: Shipped.instrument) == 35)
        #expect(try InstrumentText.count("rule", in: Shipped.instrument) == 234)
        #expect(try InstrumentText.count("fact", in: Shipped.instrument) == 225)
    }

    @Test func theShippedEvidenceAndPlan() throws {
        let lines = try BinaryRun.succeed(["check", Shipped.ale, Shipped.plan])
        #expect(lines == ["ok: Kommunkompassen 2019: 8 areas, 35 subareas, 234 rules, 225 facts; 2 file(s) checked"])
    }

    @Test func theCalibrationRound() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        let lines = try BinaryRun.succeed(["check", "--rules", Shipped.calibrationRules] + names.map { Shipped.round + "/" + $0 })
        #expect(lines == ["ok: Kalibreringsexempel 2019: 2 areas, 5 subareas, 12 rules, 11 facts; 18 file(s) checked"])
    }

    /// Lint warnings go to standard error and leave the status 0.
    @Test func aLintWarningExits0() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "rules/a.kompass",
            """
            instrument "K" version "1"
            fact f: flag "F"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "R" when f award 2

            """)
        let outcome = try BinaryRun.run(["check", "--rules", "rules"], in: scratch.path)
        #expect(outcome.status == 0)
        #expect(outcome.out == "")
        #expect(
            outcome.err == """
                rules/a.kompass:4:9: warning: subarea '1.1' can never reach its maximum 10: its rules give at most 2 [lint.unreachable-max]
                 4 | subarea 1.1 "S" max 10
                   |         ^~~
                help: raise the rules' values, or lower the maximum to 2
                0 errors, 1 warning

                """)
    }
}

/// `test` through the binary: the instrument's own test blocks.
@Suite struct TestCommandBinaryTests {
    @Test func theShippedInstrumentPassesWithFullCoverage() throws {
        let lines = try BinaryRun.succeed(["test", "--lang", "en"])
        let blocks = try InstrumentText.count("test", in: Shipped.instrument)
        #expect(blocks == 109)
        #expect(
            Array(lines.suffix(3)) == [
                "", "109 passed, 0 failed",
                "coverage: 234 of 234 rules reach their best value in some test, 234 of 234 give 0 in some test",
            ])
        let results = lines.dropLast(3)
        #expect(results.count == blocks)
        #expect(results.allSatisfy { $0.hasPrefix("pass  ") })
        #expect(results.contains("pass  Ale 2020, område 1"))
    }

    /// The calibration instrument's three tests pass; its coverage is partial, and says
    /// which rules the tests never hit or never miss. Reviewed: the tests hit only 1.2's
    /// three rules (1.1.a and 1.1.b are partial, 2.1 is 0) and miss only 2.1.a and 2.1.b.
    @Test func theCalibrationInstrument() throws {
        let lines = try BinaryRun.succeed(["test", "--rules", Shipped.calibrationRules, "--lang", "en"])
        #expect(
            lines == [
                "pass  1.2 is capped at 10",
                "pass  2.1.b needs both findings",
                "pass  1.1 weighted with the judgement at half",
                "",
                "3 passed, 0 failed",
                "coverage: 3 of 12 rules reach their best value in some test, 2 of 12 give 0 in some test",
                "  never at their best value: 1.1.a, 1.1.b, 1.3.a, 1.3.b, 1.3.c, 1.3.d, 2.1.a, 2.1.b, 2.2.a",
                "  never give 0: 1.1.a, 1.1.b, 1.2.a, 1.2.b, 1.2.c, 1.3.a, 1.3.b, 1.3.c, 1.3.d, 2.2.a",
            ])
    }

    /// A failing test block: status 1, the failure with its place, expected and actual
    /// values and the rules that fired, on standard output; nothing on standard error.
    @Test func aFailingTestExits1() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "rules/a.kompass",
            """
            instrument "K" version "1"
            fact f: flag "F"
            fact g: flag "G"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "R" when f award 2
              rule 1.1.b "Q" when g award 3

            test "f alone gives 2"
              given f = yes
                    g = no
              expect 1.1 = 2

            test "both give 4"
              given f = yes
                    g = yes
              expect 1.1 = 4

            """)
        let outcome = try BinaryRun.run(["test", "--rules", "rules", "--lang", "en"], in: scratch.path)
        #expect(outcome.status == 1)
        #expect(outcome.err == "")
        #expect(
            outcome.out == """
                pass  f alone gives 2
                FAIL  both give 4
                  rules/a.kompass:17:10: expected 1.1 = 4, got 5 (shown as 5)
                    rules that gave points: 1.1.a 2, 1.1.b 3

                1 passed, 1 failed
                coverage: 2 of 2 rules reach their best value in some test, 1 of 2 give 0 in some test
                  never give 0: 1.1.a

                """)
    }
}

/// `convert` through the binary on the shipped evidence and plan.
@Suite struct ConvertBinaryTests {
    @Test func thePlanAsJSON() throws {
        let actions = try ShippedPlan.actions()
        #expect(actions.count == 37)
        #expect(actions.first?.id == "sarskilda_behov")
        #expect(actions.first?.cost == 40)
        #expect(actions.allSatisfy { $0.cost > 0 })
        // Same ids, in the same order, as the plan file declares.
        let text = try String(contentsOfFile: PackageRoot.path(Shipped.plan), encoding: .utf8)
        let declared = BinaryRun.lines(text).filter { $0.hasPrefix("action ") }.map { String($0.dropFirst(7).prefix { $0 != " " }) }
        #expect(actions.map(\.id) == declared)
    }

    /// Ale's evidence to JSON and back scores exactly as the original.
    @Test func aleRoundTripsAndScoresTheSame() throws {
        let scratch = try ScratchDirectory()
        let json = scratch.path + "/ale.json"
        let back = scratch.path + "/ale.kompass"
        #expect(try BinaryRun.succeed(["convert", Shipped.ale, "--to", "json", "--output", json]) == [])
        #expect(try BinaryRun.succeed(["convert", json, "--to", "kompass", "--output", back]) == [])
        let again = try BinaryRun.run(["convert", back, "--to", "json"])
        #expect(again.status == 0)
        #expect(again.stdout == (try scratch.bytes("ale.json")))

        func total(_ file: String) throws -> Double? {
            let outcome = try BinaryRun.run(["score", file, "--format", "csv"])
            #expect(outcome.status == 0, "\(outcome.err)")
            let row = outcome.out.components(separatedBy: "\r\n").dropFirst().first ?? ""
            // Everything but the evidence's path and hash: the 43 values and the total.
            return Double(row.components(separatedBy: ",").dropFirst(5).first ?? "")
        }
        func values(_ file: String) throws -> [String] {
            let outcome = try BinaryRun.run(["score", file, "--format", "csv"])
            let row = outcome.out.components(separatedBy: "\r\n").dropFirst().first ?? ""
            return Array(row.components(separatedBy: ",").prefix(49))
        }
        #expect(try total(json) == 484.187555)
        #expect(try values(json) == (try values(Shipped.ale)))
        #expect(try values(back) == (try values(Shipped.ale)))
    }
}
