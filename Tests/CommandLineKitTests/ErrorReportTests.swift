import CommandLineKit
import Testing

/// The kit's side of the error table: the text and status the table gives, the usage
/// lines after a usage error, and an internal error for what the table does not know.
@Suite struct ErrorReportTests {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "the cache lost a subarea" }
    }

    static func report(_ error: any Error, style: TerminalStyle = .plain) -> ErrorReport {
        ErrorReport(error, tool: CommandLineFixtures.tool, table: CommandLineFixtures.errors, style: style)
    }

    @Test func describedErrorGetsTheTablesTextAndStatus() {
        let report = Self.report(CommandLineFixtures.MissingFile(path: "Examples/x.kompass"))
        #expect(report.exitStatus == .inputNotFound)
        #expect(report.text == "Error: no such file 'Examples/x.kompass'\n")
    }

    @Test func helpFollowsTheMessage() {
        let report = Self.report(OutputFileError(path: "./e.kompass", reason: .namesInput("e.kompass")))
        #expect(report.exitStatus == .cannotWriteOutput)
        #expect(
            report.text == """
                Error: refusing to write './e.kompass': it is the input 'e.kompass'
                help: inputs are never overwritten; choose another output file

                """)
    }

    @Test func usageErrorGetsTheUsageLineAndAPointerToHelp() {
        let report = Self.report(UsageError(.unknownOption("--colour", suggestion: "--color"), command: nil))
        #expect(report.exitStatus == .usage)
        #expect(report.text.hasPrefix("Error: unknown option '--colour'\nhelp: did you mean '--color'?\nUsage: "))
        #expect(report.text.hasSuffix("  See 'kompass-score --help' for more information.\n"))
    }

    @Test func anErrorTheTableDoesNotKnowIsAnInternalError() {
        let report = Self.report(Broken())
        #expect(report.exitStatus == .internalError)
        #expect(
            report.text == """
                Error: internal error: the cache lost a subarea
                help: this is a bug in kompass-score; please report it

                """)
    }

    @Test func labelsAreColouredOnlyWhenTheStyleSaysSo() {
        let error = UsageError(.unknownOption("--colour", suggestion: "--color"), command: nil)
        let coloured = Self.report(error, style: TerminalStyle(colorEnabled: true)).text
        #expect(
            coloured.hasPrefix(
                "\u{1B}[1;31mError:\u{1B}[0m unknown option '--colour'\n\u{1B}[1;36mhelp:\u{1B}[0m did you mean"))
        #expect(!Self.report(error).text.contains("\u{1B}"))
    }
}
