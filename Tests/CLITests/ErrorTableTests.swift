import Analysis
import CommandLineKit
import Engine
import Testing

@testable import kompass_score

/// The executable's one error table: every error the tool can meet, with its text and the
/// exit status of STYLE.md; anything else is an internal error.
@Suite struct ErrorTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var error: any Error & Sendable
        var message: String
        var help: String?
        var status: CommandLineKit.ExitStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a missing input", error: InputFileError(path: "e.kompass", reason: .notFound(suggestion: "E.kompass")),
            message: "no such file 'e.kompass'", help: "did you mean 'E.kompass'?", status: .inputNotFound),
        Case(
            name: "a folder given as a file", error: InputFileError(path: "Rules", reason: .isDirectory(hint: nil)),
            message: "'Rules' is a folder, not a file", status: .inputNotFound),
        Case(
            name: "no instrument folder", error: RulesNotFound(executablePath: "/opt/kompass-score"),
            message:
                "no instrument folder 'Rules/kommunkompassen-2019' in the working directory, nor in a package above '/opt/kompass-score'",
            help: "pass the instrument's folder with '--rules DIR'", status: .inputNotFound),
        Case(
            name: "an output naming an input", error: OutputFileError(path: "e.kompass", reason: .namesInput("e.kompass")),
            message: "refusing to write 'e.kompass': it is an input",
            help: "inputs are never overwritten; choose another output file", status: .usage),
        Case(
            name: "an output that cannot be written",
            error: OutputFileError(path: "out.csv", reason: .cannotWrite("no space left on device")),
            message: "cannot write 'out.csv': no space left on device", status: .outputIncomplete),
        Case(
            name: "an output that cannot be created",
            error: OutputFileError(path: "out/a.csv", reason: .cannotCreate("no such file or directory")),
            message: "cannot create 'out/a.csv': no such file or directory", status: .cannotWriteOutput),
        Case(
            name: "a new file in the instrument's folder",
            error: OutputFileError(path: "Rules/k/x.kompass", reason: .insideInputFolder("Rules/k", what: "the instrument")),
            message: "refusing to write 'Rules/k/x.kompass': it would become part of the instrument in 'Rules/k'",
            help: "write it outside that folder, or give it another extension", status: .usage),
        Case(
            name: "standard output closed or full", error: StandardOutputError(reason: "broken pipe"),
            message: "cannot write standard output: broken pipe", status: .outputIncomplete),
        Case(
            name: "invalid input, diagnostics printed", error: InvalidInput(), message: "", status: .invalidInput),
        Case(
            name: "arithmetic overflow", error: ArithmeticOverflow(.addition),
            message: "\(ArithmeticOverflow(.addition).description) while scoring [eval.overflow]",
            help: "the values in the rules or findings are too large or too fine for exact arithmetic",
            status: .invalidInput),
        Case(
            name: "a plan search beyond exact arithmetic", error: PlanSearchError.crowded(unit: "subarea 1.3", actions: 70),
            message: "70 actions change facts that subarea 1.3 reads; the plan search handles at most 64 there",
            help: "the points or costs are too large or too fine for exact arithmetic", status: .invalidInput),
        Case(
            name: "a plan search whose answer failed its check",
            error: PlanSearchError.verification(predicted: Rational(3), rescored: Rational(2)),
            message: "internal error: the search predicted 3 but re-scoring gives 2",
            help: "please report this with the evidence and the plan", status: .internalError),
        Case(
            name: "calibration input", error: CalibrationInputError("the round is empty", help: "add evidence files"),
            message: "the round is empty", help: "add evidence files", status: .invalidInput),
        Case(
            name: "a published table", error: PublishedTableError(path: "p.csv", line: 3, message: "a quoted field is not closed"),
            message: "p.csv:3: a quoted field is not closed",
            help: "the published table is RFC 4180 CSV with a header naming its columns", status: .invalidInput),
    ]

    @Test(arguments: cases)
    func describesEveryErrorItMeets(_ c: Case) throws {
        let description = try #require(ErrorTable.describe(c.error))
        #expect(description.message == c.message)
        #expect(description.help == c.help)
        #expect(description.exitStatus == c.status)
    }

    struct Unexpected: Error {}

    @Test func anErrorOutsideTheTableIsAnInternalError() {
        #expect(ErrorTable.describe(Unexpected()) == nil)
        let report = ErrorReport(Unexpected(), tool: KompassTool.tool.spec, table: ErrorTable.describe)
        #expect(report.exitStatus == .internalError)
        #expect(report.text.hasPrefix("Error: internal error: Unexpected()\n"))
    }

    @Test func usageErrorsAreStatus64WithTheUsageLine() {
        let error = UsageError(.unknownOption("--colour", suggestion: nil), command: nil)
        let report = ErrorReport(error, tool: KompassTool.tool.spec, table: ErrorTable.describe)
        #expect(report.exitStatus == .usage)
        #expect(report.text.hasPrefix("Error: unknown option '--colour'\nUsage: kompass-score "))
    }
}
