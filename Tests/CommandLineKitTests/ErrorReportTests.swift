import Engine
import Testing

@Suite struct ErrorReportTests {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "the cache lost a subarea" }
    }

    @Test func reportableErrorGetsItsOwnTextAndStatus() {
        let error = InputFileError(path: "Examples/x.kompass", reason: .notFound(suggestion: "Examples/y.kompass"))
        let report = ErrorReport(error, tool: CommandLineFixtures.tool)
        #expect(report.exitStatus == .inputNotFound)
        #expect(
            report.text == """
                Error: no such file 'Examples/x.kompass'
                help: did you mean 'Examples/y.kompass'?

                """)
    }

    @Test func outputNamingAnInputIsAUsageError() {
        let error = OutputFileError(path: "./e.kompass", reason: .namesInput("e.kompass"))
        let report = ErrorReport(error, tool: CommandLineFixtures.tool)
        #expect(report.exitStatus == .usage)
        #expect(
            report.text == """
                Error: refusing to write './e.kompass': it is the input 'e.kompass'
                help: inputs are never overwritten; choose another output file

                """)
    }

    @Test func unwritableOutputIsStatus73() {
        let report = ErrorReport(
            OutputFileError(path: "out/a.csv", reason: .cannotWrite("no space left on device")),
            tool: CommandLineFixtures.tool)
        #expect(report.exitStatus == .cannotWriteOutput)
        #expect(report.text == "Error: cannot write 'out/a.csv': no space left on device\n")
    }

    @Test func anyOtherErrorIsAnInternalError() {
        let report = ErrorReport(Broken(), tool: CommandLineFixtures.tool)
        #expect(report.exitStatus == .internalError)
        #expect(
            report.text == """
                Error: internal error: the cache lost a subarea
                help: this is a bug in kompass-score; please report it

                """)
    }

    @Test func labelsAreColouredOnlyWhenTheStyleSaysSo() {
        let error = UsageError(.unknownOption("--colour", suggestion: "--color"), command: nil)
        let coloured = ErrorReport(error, tool: CommandLineFixtures.tool, style: TerminalStyle(colorEnabled: true)).text
        #expect(
            coloured.hasPrefix(
                "\u{1B}[1;31mError:\u{1B}[0m unknown option '--colour'\n\u{1B}[1;36mhelp:\u{1B}[0m did you mean"))
        #expect(!ErrorReport(error, tool: CommandLineFixtures.tool).text.contains("\u{1B}"))
    }
}
