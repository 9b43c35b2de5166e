import Analysis
import CommandLineKit
import Engine
import Reports
import Support

/// `kompass-score whatif EVIDENCE [--plan PLAN [--action ID…]] [--set FACT=VALUE…] [--add FACT={…}…]`.
enum WhatIfCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "whatif",
        abstract: "Compare evidence before and after a scenario: a plan's actions and finding changes.",
        discussion: """
            Applies the plan's actions (all, or those given with --action), then --add, then --set, and shows the \
            total, every area, and the subareas and rules that read a changed finding, before and after, with \
            differences and bounds. Each action's gain is given alone and within the scenario; when it earns \
            less than its rules rose, or nothing, the output says why: a cap reached, a condition missing, an override.
            """,
        arguments: [ArgumentSpec("EVIDENCE", help: "An evidence file.")],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--plan", value: "PLAN", help: "A plan file; every action applies unless --action picks some."),
            OptionSpec("--action", value: "ID", help: "Apply only these actions of the plan.", repetition: .repeatingUntilNextOption),
            OptionSpec("--add", value: "FACT={…}", help: "Add items to a set finding (after the plan).", repetition: .repeatingUntilNextOption),
            OptionSpec("--set", value: "FACT=VALUE", help: "Set a finding (applied last).", repetition: .repeatingUntilNextOption),
            .format(["text", "json"]),
            .lang,
        ],
        usage: "<evidence> [--plan <plan> [--action <id>…]] [--add <fact={…}>…] [--set <fact=value>…] [--rules <dir>] "
            + "[--format <format>] [--lang <lang>]")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        if arguments.has("--action") && !arguments.has("--plan") {
            throw context.usageError("'--action' needs '--plan'")
        }
        if !arguments.has("--plan") && !arguments.has("--set") && !arguments.has("--add") {
            throw context.usageError("nothing to compare", help: "give '--plan PLAN', '--set FACT=VALUE' or '--add FACT={…}'")
        }
        try arguments.checkLanguageApplies(context)
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let path = arguments.argument("EVIDENCE") ?? ""
        guard let evidence = try session.evidence([path], instrument).first else { throw session.failure() }
        let printed = session.workspace.diagnostics.all.count
        var plan: Plan?
        if let planPath = arguments.value("--plan") {
            plan = try session.workspace.loadPlan(path: planPath, instrument: instrument)
            if let plan, let warning = PlanChecker.checkMunicipality(plan, against: evidence) { session.workspace.report(warning) }
        }
        var extra: [CommandLineChange] = []
        for option in ["--add", "--set"] where arguments.has(option) {
            for text in arguments.values(option) {
                if let change = session.workspace.commandLineChange(text, option: option, instrument: instrument) {
                    extra.append(change)
                }
            }
        }
        try session.printNew(since: printed)
        if arguments.has("--plan") && plan == nil { throw InvalidInput() }
        let actions = try plan.map { try Self.actions(arguments.values("--action"), in: $0, context: context) } ?? []
        let report = try WhatIfReport(instrument: instrument, evidence: evidence, plan: plan, actions: actions, extra: extra)
        context.io.print(arguments.value("--format") == "json" ? JSONWriter.write(report.json()) : report.renderText(language: arguments.language))
        return .success
    }

    /// The indices of the actions named, or every action when none is named.
    static func actions(_ ids: [String], in plan: Plan, context: CommandContext) throws -> [Int] {
        guard !ids.isEmpty else { return Array(plan.actions.indices) }
        var indices: [Int] = []
        for id in ids {
            guard let index = plan.actionIndex(id) else {
                let suggestion = EditDistance.closestMatch(to: id, among: plan.actions.map(\.id))
                throw context.usageError(
                    "unknown action '\(id)' in plan '\(plan.name)'",
                    help: suggestion.map { "did you mean '\($0)'?" } ?? "the plan's actions are \(plan.actions.map(\.id).joined(separator: ", "))")
            }
            if !indices.contains(index) { indices.append(index) }
        }
        return indices
    }
}

extension Session {
    /// Prints the diagnostics recorded since the first `count` (those were printed already);
    /// fails with exit status 65 when one of them is an error.
    func printNew(since count: Int) throws {
        let fresh = Array(workspace.diagnostics.all[count...])
        guard !fresh.isEmpty else { return }
        context.io.printError(
            DiagnosticRenderer(sources: workspace.sources, colour: context.io.errorStyle.isColorEnabled)
                .render(all: fresh, maxPerFile: maxErrors))
        let errors = fresh.filter { $0.severity == .error }.count
        if errors > 0 { throw InvalidInput() }
    }
}
