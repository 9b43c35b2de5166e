import CommandLineKit
import Engine

/// `kompass-score check [--rules DIR] [EVIDENCE|PLAN …]`.
enum CheckCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check an instrument, and evidence and plans against it.",
        discussion: "Prints every diagnostic with its place, and the scoring lint's warnings (lint.*); exits 0 with warnings only, 65 with errors.",
        arguments: [ArgumentSpec("FILE", help: "Evidence or plan files (.kompass or JSON).", repeating: true, optional: true)],
        options: [.rules, .maxErrors])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        for finding in ScoringLint.check(instrument) { session.workspace.report(finding) }
        var evidence: [Evidence] = []
        var plans: [Plan] = []
        for path in arguments.arguments("FILE") {
            switch try session.workspace.loadDocument(path: path, instrument: instrument) {
            case .evidence(let loaded)?: evidence.append(loaded)
            case .plan(let plan)?: plans.append(plan)
            case nil: break
            }
        }
        for plan in plans {
            for file in evidence {
                if let warning = PlanChecker.checkMunicipality(plan, against: file) { session.workspace.report(warning) }
            }
        }
        session.printDiagnostics()
        let bag = session.workspace.diagnostics
        if bag.hasErrors { return .invalidInput }
        if bag.all.isEmpty {
            context.io.print(
                "ok: \(instrument.name) \(instrument.version): \(instrument.areas.count) areas, "
                    + "\(instrument.subareas.count) subareas, \(instrument.rules.count) rules, \(instrument.facts.count) facts"
                    + (arguments.arguments("FILE").isEmpty ? "" : "; \(arguments.arguments("FILE").count) file(s) checked")
                    + "\n")
        }
        return .success
    }
}
