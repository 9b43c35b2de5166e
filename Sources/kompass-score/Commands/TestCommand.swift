import CommandLineKit
import Engine
import Reports

/// `kompass-score test [--rules DIR]`.
enum TestCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "test",
        abstract: "Run the instrument's own tests and report rule coverage.",
        discussion: "Exits 1 when a test fails. Coverage lists rules never at their best value and never at 0.",
        options: [.rules, .maxErrors, .lang])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        session.printDiagnostics()
        let report = try InstrumentTestRunner.run(session.compiled(instrument))
        context.io.print(report.renderText(instrument: instrument, language: arguments.language))
        return report.passed ? .success : .failure
    }
}
