import CommandLineKit
import Engine

/// `kompass-score test [--rules DIR]`.
enum TestCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "test",
        abstract: "Run the instrument's own tests and report rule coverage.",
        discussion: "Exits 1 when a test fails. Coverage lists rules never at their best value and never at 0.",
        options: [.rules, .maxErrors])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        session.printDiagnostics()
        let report = try InstrumentTestRunner.run(session.compiled(instrument))
        var out = ""
        for result in report.results {
            out += result.passed ? "pass  \(result.name)\n" : "FAIL  \(result.name)\n"
            for failure in result.failures {
                let span = failure.span
                out += "  \(span.path):\(span.start.line):\(span.start.column): expected \(failure.target) = "
                out += failure.expected.decimalString()
                if let tolerance = failure.tolerance { out += " within \(tolerance.decimalString())" }
                out += ", got \(failure.actual.decimalString()) (shown as \(failure.actual.roundedHalfAwayFromZero()))\n"
                let fired = failure.fired.map { "\($0.id) \($0.points.decimalString())" }
                out += "    fired: " + (fired.isEmpty ? "no rule" : fired.joined(separator: ", ")) + "\n"
            }
        }
        let failed = report.results.filter { !$0.passed }.count
        out += "\n\(report.results.count - failed) passed, \(failed) failed\n"
        let rules = instrument.rules.count
        out += "coverage: \(rules - report.neverHit.count) of \(rules) rules hit, \(rules - report.neverMissed.count) of \(rules) missed\n"
        if !report.neverHit.isEmpty {
            out += "  never hit: \(report.neverHit.map { instrument.rules[$0].id }.joined(separator: ", "))\n"
        }
        if !report.neverMissed.isEmpty {
            out += "  never missed: \(report.neverMissed.map { instrument.rules[$0].id }.joined(separator: ", "))\n"
        }
        context.io.print(out)
        return report.passed ? .success : .failure
    }
}
