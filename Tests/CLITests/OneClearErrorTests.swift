import Foundation
import TestSupport
import Testing

/// A wrong file gets one clear error, not a cascade: each case's whole standard error,
/// its status, and at most 5 lines of diagnostics.
@Suite struct OneClearErrorTests {
    static let ale = "Examples/ale-2020/evidence.kompass"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        /// A file to create in a scratch folder first, `$SCRATCH` in the arguments.
        var file: (name: String, bytes: [UInt8])?
        var status: Int32
        var err: [String]
        var testDescription: String { name }
    }

    /// An instrument whose rule, named by its test, starts with a misspelt keyword: the
    /// test does not repeat the error as an unknown id.
    static let misspeltRule = Array(
        """
        instrument "K" version "1"
        fact f: flag "F"
        area 1 "A" max 100
        subarea 1.1 "S" max 30
        ruel 1.1.a "R" when f award 2
        test "t"
          given f = yes
          expect 1.1.a = 2

        """.utf8)

    static let latin1: [UInt8] =
        Array("evidence \"Ale kommun\" year 2020 instrument \"Kommunkompassen\" version \"2019\"\n  evaluator \"Anna Ekl".utf8)
        + [0xF6] + Array("f\"\nfinding ledarskap.policy = exists\n".utf8)

    static let cases: [Case] = [
        Case(
            name: "the published table given as evidence", arguments: ["score", "Examples/ale-2020/published-results.csv"],
            status: 65,
            err: [
                "Examples/ale-2020/published-results.csv:1:1: error: the file is not in the kompass language: it starts with 'source,year,revision,id,name,achieved,ma…' [file.not-kompass]",
                " 1 | source,year,revision,id,name,achieved,max,printed_percent,reference,note",
                "   | ^~~~~~",
                "help: it looks like a table (CSV); a kompass file starts with 'instrument', 'evidence' or 'plan' (or another declaration)",
                "1 error, 0 warnings",
            ]),
        Case(
            name: "evidence scored with another instrument",
            arguments: ["score", ale, "--rules", "Examples/calibration/rules"], status: 65,
            err: [
                "\(ale):1:44: error: evidence is for instrument 'Kommunkompassen', not 'Kalibreringsexempel' [sema.instrument-mismatch]",
                #" 1 | evidence "Ale kommun" year 2020 instrument "Kommunkompassen" version "2019""#,
                "   |                                            ^~~~~~~~~~~~~~~~~",
                "help: score it with the rules of 'Kommunkompassen' (--rules)",
                "1 error, 0 warnings",
            ]),
        Case(
            name: "a Latin-1 file", arguments: ["score", "$SCRATCH/latin1.kompass"], file: ("latin1.kompass", latin1),
            status: 65,
            err: [
                "$SCRATCH/latin1.kompass:2:22: error: invalid UTF-8 byte sequence [lex.invalid-utf8]",
                #" 2 |   evaluator "Anna Ekl�f""#,
                "   |                      ^",
                "help: the file looks like Latin-1/Windows-1252; save it as UTF-8",
                "1 error, 0 warnings",
            ]),
        Case(
            name: "an empty file", arguments: ["score", "$SCRATCH/empty.kompass"], file: ("empty.kompass", []), status: 65,
            err: [
                "$SCRATCH/empty.kompass:1:1: error: the file is empty [file.empty]",
                " 1 | ",
                "   | ^",
                #"help: evidence files start with 'evidence "Municipality" year …', plans with 'plan "Name"'"#,
                "1 error, 0 warnings",
            ]),
        Case(
            name: "an instrument file given as evidence", arguments: ["score", "Rules/kommunkompassen-2019/area-1.kompass"],
            status: 65,
            err: [
                "Rules/kommunkompassen-2019/area-1.kompass:34:1: error: expected an evidence file, found an instrument file [file.wrong-kind]",
                #" 34 | fact demokrati.vision: flag "Medborgarna står i fokus i kommunens vision""#,
                "    | ^~~~",
                "help: pass the instrument's folder with '--rules DIR', and evidence files (they start with 'evidence') as arguments",
                "1 error, 0 warnings",
            ]),
        Case(
            name: "a plan given as evidence", arguments: ["score", "Examples/ale-2020/plan-2021.kompass"], status: 65,
            err: [
                "Examples/ale-2020/plan-2021.kompass:1:1: error: expected an evidence file, found a plan file [file.wrong-kind]",
                #" 1 | plan "Handlingsplan 2021" for "Ale kommun""#,
                "   | ^~~~",
                #"help: evidence files start with 'evidence "Municipality" year …'"#,
                "1 error, 0 warnings",
            ]),
        Case(
            name: "evidence given as the instrument", arguments: ["score", ale, "--rules", "Examples/ale-2020"], status: 65,
            err: [
                "\(ale):1:1: error: 'Examples/ale-2020' holds evidence or plan files, not an instrument [file.wrong-kind]",
                #" 1 | evidence "Ale kommun" year 2020 instrument "Kommunkompassen" version "2019""#,
                "   | ^~~~~~~~",
                "help: did you mean '--rules Rules/kommunkompassen-2019'?",
                "1 error, 0 warnings",
            ]),
        Case(
            name: "the parent of the instrument's folder", arguments: ["score", ale, "--rules", "Rules"], status: 66,
            err: [
                "Error: 'Rules' holds no '.kompass' files, so it is not an instrument's folder",
                "help: did you mean 'Rules/kommunkompassen-2019'?",
            ]),
        Case(
            name: "a file given as the instrument",
            arguments: ["score", ale, "--rules", "Rules/kommunkompassen-2019/area-1.kompass"], status: 66,
            err: [
                "Error: 'Rules/kommunkompassen-2019/area-1.kompass' is a file, not an instrument's folder",
                "help: did you mean 'Rules/kommunkompassen-2019'?",
            ]),
        Case(
            name: "the instrument's folder given as evidence", arguments: ["score", "Rules/kommunkompassen-2019"], status: 66,
            err: [
                "Error: 'Rules/kommunkompassen-2019' is a folder, not a file",
                "help: it is an instrument's folder: pass it with '--rules Rules/kommunkompassen-2019'",
            ]),
        Case(
            name: "a folder of evidence given as evidence", arguments: ["score", "Examples/ale-2020"], status: 66,
            err: [
                "Error: 'Examples/ale-2020' is a folder, not a file",
                "help: give one of its files, such as 'Examples/ale-2020/evidence.kompass'",
            ]),
        Case(
            name: "an instrument with a misspelt keyword", arguments: ["check", "--rules", "$SCRATCH"],
            file: ("a.kompass", misspeltRule), status: 65,
            err: [
                "$SCRATCH/a.kompass:5:1: error: expected a declaration, found 'ruel' [parse.expected-token]",
                #" 5 | ruel 1.1.a "R" when f award 2"#,
                "   | ^~~~",
                "help: did you mean 'rule'?",
                "1 error, 0 warnings",
            ]),
    ]

    @Test(arguments: cases)
    func oneFileLevelError(_ c: Case) throws {
        let scratch = try ScratchDirectory()
        if let file = c.file { _ = try scratch.write(file.name, file.bytes) }
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "$SCRATCH", with: scratch.path) }
        let outcome = try KompassExecutable.run(arguments)
        #expect(outcome.status == c.status)
        let expected = c.err.map { $0.replacingOccurrences(of: "$SCRATCH", with: scratch.path) }
        let lines = outcome.errLines.dropLast().map(String.init)
        #expect(lines == expected)
        #expect(lines.count <= 5, "\(lines.count) lines of diagnostics")
        #expect(outcome.out == "")
    }

    /// A file with many independent errors shows 20 of them, then how many more there are.
    @Test func diagnosticsStopAfterTwentyPerFile() throws {
        let scratch = try ScratchDirectory()
        var text = #"evidence "Ale kommun" year 2020 instrument "Kommunkompassen" version "2019""# + "\n"
        for n in 1...25 { text += "finding no.such.fact\(n) = yes\n  source web \"w\"\n" }
        let file = try scratch.file("many.kompass", text)
        let limited = try KompassExecutable.run(["score", file])
        #expect(limited.status == 65)
        #expect(limited.errLines.filter { $0.contains(": error: ") }.count == 20)
        #expect(limited.errLines.contains("\(file): and 5 more (use --max-errors 0 to see all)"))
        #expect(limited.errLines.dropLast().last == "25 errors, 0 warnings")
        // Evaluators are not told to declare facts in their evidence.
        #expect(!limited.err.contains("declare it"))
        let all = try KompassExecutable.run(["score", file, "--max-errors", "0"])
        #expect(all.errLines.filter { $0.contains(": error: ") }.count == 25)
        #expect(!all.err.contains("more (use --max-errors"))
        let bad = try KompassExecutable.run(["score", file, "--max-errors", "many"])
        #expect(bad.status == 64)
        #expect(bad.errLines.first == "Error: '--max-errors' takes a whole number, such as 20 (0 shows every diagnostic)")
    }

    /// `--strict`: each open fact is a located diagnostic at the rule that reads it.
    @Test func strictFailuresAreLocatedDiagnostics() throws {
        let scratch = try ScratchDirectory()
        let header = try String(contentsOfFile: PackageRoot.path(Self.ale), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(4).joined(separator: "\n") + "\n"
        let file = try scratch.file("open.kompass", header)
        let outcome = try KompassExecutable.run(["score", file, "--strict"])
        #expect(outcome.status == 65)
        #expect(
            outcome.errLines.first
                == "Rules/kommunkompassen-2019/area-1.kompass:85:8: error: '\(file)' has no finding for 'demokrati.vision', which rule '1.1.a' reads [strict.unassessed]")
        #expect(outcome.err.contains("[strict.unjudged]"))
        #expect(outcome.out == "")
    }
}
