import Foundation
import TestSupport
import Testing

/// `convert` between evidence and findings tables (CSV), through the built binary: Ale's
/// evaluation survives a trip through a spreadsheet in either dialect, bad cells are
/// located, and a table that is no findings table gets one error.
@Suite struct ConvertCSVBinaryTests {
    static let header = ["--header-from", Shipped.ale]

    /// The score as JSON without what names the evidence file (its path and hash).
    static func scoreMeaning(_ file: String) throws -> NSDictionary {
        let outcome = try BinaryRun.run(["score", "--format", "json", file])
        #expect(outcome.status == 0, "\(outcome.err)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        var evidence = try #require(object["evidence"] as? [String: Any])
        #expect(evidence["sha256"] is String)
        evidence["sha256"] = nil
        evidence["path"] = nil
        object["evidence"] = evidence
        return object as NSDictionary
    }

    @Test(arguments: ["rfc4180", "excel-sv"])
    func aleRoundTripsThroughATableAndScoresIdentically(_ dialect: String) throws {
        let scratch = try ScratchDirectory()
        let table = scratch.path + "/ale.csv"
        let back = scratch.path + "/ale.kompass"
        BinaryRun.expectNothing(try BinaryRun.run(["convert", Shipped.ale, "--csv-dialect", dialect, "-o", table]))
        BinaryRun.expectNothing(try BinaryRun.run(["convert", table, "--to", "kompass", "-o", back] + Self.header))
        // The evidence written back is what the writer makes of the original: the meaning
        // is whole, judgements and several sources per finding included.
        let direct = try BinaryRun.run(["convert", Shipped.ale, "--to", "kompass"])
        #expect(try scratch.bytes("ale.kompass") == direct.stdout)
        #expect(try Self.scoreMeaning(back) == (try Self.scoreMeaning(Shipped.ale)))
        // Table → evidence → table, and table → table, are byte-identical.
        let again = try BinaryRun.run(["convert", back, "--to", "csv", "--csv-dialect", dialect])
        #expect(again.stdout == (try scratch.bytes("ale.csv")))
        let tableToTable = try BinaryRun.run(["convert", table, "--to", "csv"] + Self.header)
        #expect(tableToTable.status == 0, "\(tableToTable.err)")
        #expect(tableToTable.stdout == (try scratch.bytes("ale.csv")))
        // The dialect shows in the bytes: excel-sv opens with a BOM and uses ';'.
        let text = try scratch.text("ale.csv")
        let first = "fact,value,source_kind,source,section,note,confidence,by\r\n"
        #expect(
            text.hasPrefix(dialect == "excel-sv" ? "\u{FEFF}" + first.replacingOccurrences(of: ",", with: ";") : first))
        #expect(text.contains(dialect == "excel-sv" ? "\r\njudge 7.2.i;2,4;;;;" : "\r\njudge 7.2.i,2.4,,,,"))
    }

    @Test func aHandWrittenExcelTableBecomesEvidence() throws {
        let scratch = try ScratchDirectory()
        let table = try scratch.write(
            "fynd.csv",
            "\u{FEFF}fact;value;source_kind;source;section;note;by\r\n"
                + "dialog.former;\"ortsdialog, \"\"Ale i 360 grader\"\"\";interview;\"Politisk ledning; KS\";1.3;\"Två\r\nrader\";Anna\r\n"
                + "dialog.former;;web;ale.se;;;\r\n"
                + "dialog.fragestund;yes;document;Arbetsordningen;;;\r\n"
                + "judge 3.4.d;0,5;;;;Samspelet fungerar i stort;\r\n")
        let outcome = try BinaryRun.run(
            [
                "convert", table, "--to", "kompass", "--municipality", "Ale kommun", "--year", "2021", "--evaluator",
                "Anna",
            ])
        #expect(outcome.err == "")
        #expect(outcome.status == 0)
        #expect(
            outcome.out == """
                evidence "Ale kommun" year 2021 instrument "Kommunkompassen" version "2019"
                  evaluator "Anna"

                finding dialog.former = {ortsdialog, "Ale i 360 grader"}
                  source interview "Politisk ledning; KS" section "1.3"
                  source web "ale.se"
                  note "Två\\nrader"
                  by "Anna"
                finding dialog.fragestund = yes
                  source document "Arbetsordningen"
                judge 3.4.d = 0.5 because "Samspelet fungerar i stort"

                """)
    }

    struct BadCell: CustomTestStringConvertible, Sendable {
        var name: String
        var table: String
        var stderr: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadCell(
            name: "unknown fact",
            table: "fact;value;source_kind;source\ndialog.fragestun;yes;web;w\n",
            stderr: """
                t.csv:2:1: error: unknown fact 'dialog.fragestun' [sema.unknown-fact]
                 2 | dialog.fragestun;yes;web;w
                   | ^~~~~~~~~~~~~~~~
                """),
        BadCell(
            name: "bad level",
            table: "fact;value;source_kind;source\ndemokrati.dialogstrategi;finns;web;w\n",
            stderr: """
                t.csv:2:26: error: 'finns' is not a level of ladder 'maturity' [sema.unknown-level]
                 2 | demokrati.dialogstrategi;finns;web;w
                   |                          ^~~~~
                """),
        BadCell(
            name: "decimal point in excel-sv",
            table: "fact;value;source_kind;source;confidence\ndialog.fragestund;yes;web;w;0.9\n",
            stderr: """
                t.csv:2:29: error: number '0.9' has a decimal point; a table with ';' between its columns (excel-sv) writes decimal commas [lex.bad-number]
                 2 | dialog.fragestund;yes;web;w;0.9
                   |                             ^~~
                help: write '0,9'
                1 error, 0 warnings
                """),
        BadCell(
            name: "missing required column",
            table: "fact,source_kind,source\ndialog.fragestund,web,w\n",
            stderr: """
                t.csv:1:1: error: the header has no 'value' column [parse.expected-token]
                 1 | fact,source_kind,source
                   | ^~~~~~~~~~~~~~~~~~~~~~~
                help: a findings table starts with the header fact,value,source_kind,source,section,note,confidence,by ('fact' and 'value' are required; any order)
                1 error, 0 warnings
                """),
        BadCell(
            name: "unclosed quote",
            table: "fact,value,source_kind,source\ndialog.fragestund,yes,web,\"w\n",
            stderr: """
                t.csv:2:27: error: a quoted field is not closed [lex.unterminated-string]
                 2 | dialog.fragestund,yes,web,"w
                   |                           ^
                help: close the cell with '"'; a quote inside a quoted cell is written twice ('""')
                1 error, 0 warnings
                """),
    ])
    func badCellsAreLocatedAndExit65(_ c: BadCell) throws {
        let scratch = try ScratchDirectory()
        _ = try scratch.write("t.csv", c.table)
        let outcome = try BinaryRun.run(
            ["convert", "t.csv", "--to", "kompass", "--rules", PackageRoot.path(Shipped.instrument)] + [
                "--header-from", PackageRoot.path(Shipped.ale),
            ], in: scratch.path)
        #expect(outcome.status == 65)
        #expect(outcome.stdout == [])
        #expect(outcome.err.hasPrefix(c.stderr + "\n"), "\(outcome.err)")
        #expect(outcome.err.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func aPublishedTableIsNoFindingsTable() throws {
        let path = Shipped.published
        let outcome = try BinaryRun.run(["convert", path, "--to", "kompass"] + Self.header)
        #expect(outcome.status == 65)
        #expect(outcome.stdout == [])
        #expect(
            BinaryRun.lines(outcome.err) == [
                "\(path):1:1: error: expected a findings table, found a table without a 'fact' or a 'value' column [file.wrong-kind]",
                " 1 | source,year,revision,id,name,achieved,max,printed_percent,reference,note",
                "   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
                "help: a findings table starts with the header fact,value,source_kind,source,section,note,confidence,by ('fact' and 'value' are required; any order)",
                "1 error, 0 warnings",
            ])
    }

    @Test func aTableInWindows1252GetsTheOneEncodingError() throws {
        let scratch = try ScratchDirectory()
        let table = try scratch.write(
            "t.csv", Array("fact;value\ndialog.fr".utf8) + [0xE5] + Array("gestund;yes\n".utf8))
        let outcome = try BinaryRun.run(["convert", table, "--to", "kompass"] + Self.header)
        #expect(outcome.status == 65)
        #expect(
            BinaryRun.lines(outcome.err).first == "\(table):2:10: error: invalid UTF-8 byte sequence [lex.invalid-utf8]"
        )
        #expect(
            BinaryRun.lines(outcome.err).contains("help: the file looks like Latin-1/Windows-1252; save it as UTF-8"))
        #expect(BinaryRun.lines(outcome.err).last == "1 error, 0 warnings")
    }

    @Test func theOutputsExtensionChoosesTheFormatAndTheInputIsNeverOverwritten() throws {
        let scratch = try ScratchDirectory()
        let table = scratch.path + "/ale.csv"
        BinaryRun.expectNothing(try BinaryRun.run(["convert", Shipped.ale, "-o", table]))
        #expect(try scratch.text("ale.csv").hasPrefix("fact,value,"))
        let overwrite = try BinaryRun.run(["convert", table, "-o", table] + Self.header)
        #expect(overwrite.status == 64)
        #expect(try scratch.text("ale.csv").hasPrefix("fact,value,"))
        let contradicting = try BinaryRun.run(["convert", Shipped.ale, "--to", "json", "-o", table])
        BinaryRun.expectUsageError(
            contradicting, command: "convert",
            lines: [
                "Error: '--to json' contradicts the extension of '\(table)', which means csv",
                "help: leave out '--to' to write csv, or name the file '….json'",
            ])
    }

    @Test func aTableNeedsAnEvidenceHeaderAndTheHeaderOptionsNeedATable() throws {
        let noHeader = try BinaryRun.run(["convert", "t.csv", "--to", "kompass"])
        BinaryRun.expectUsageError(
            noHeader, command: "convert",
            lines: [
                "Error: a findings table needs an evidence header: '--header-from EVIDENCE', or '--municipality NAME --year YYYY --evaluator NAME'",
                "help: a table holds findings only; the header names the municipality, year and evaluators",
            ])
        let notATable = try BinaryRun.run(["convert", Shipped.ale, "--to", "json", "--year", "2020"])
        BinaryRun.expectUsageError(
            notATable, command: "convert",
            lines: [
                "Error: '--year' applies to a findings table (a FILE ending in .csv) only",
                "help: an evidence or plan file carries its own header",
            ])
        let planToTable = try BinaryRun.run(["convert", Shipped.plan, "--to", "csv"])
        BinaryRun.expectUsageError(
            planToTable, command: "convert",
            lines: [
                "Error: '\(Shipped.plan)' is a plan; only evidence converts to a findings table",
                "help: use '--to json' or '--to kompass'",
            ])
    }
}

extension BinaryRun {
    /// Checks a run that succeeded and printed nothing (it wrote its output file).
    static func expectNothing(_ outcome: ProcessOutcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.status == 0, "\(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.stdout == [] && outcome.stderr == [], sourceLocation: sourceLocation)
    }
}
