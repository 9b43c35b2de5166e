import Analysis
import CommandLineKit
import Engine
import Reports

/// `kompass-score suggest EVIDENCE [--top N]` and
/// `kompass-score suggest EVIDENCE --plan PLAN (--budget B | --target T)`.
enum SuggestCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "suggest",
        abstract: "Suggest what to assess and change, or the best set of a plan's actions for a budget or a target.",
        discussion: """
            Without a plan: what assessing each open fact or judgement could give (its bound), and for assessed \
            facts the smallest change that raises the score, ranked by its gain; every gain is re-scored. \
            With --plan and --budget: the set of actions with the largest total gain whose cost fits the budget. \
            With --plan and --target: the cheapest set whose exact total reaches the target (exit status 1 if none \
            does). Plan answers are exact and re-scored with the plain evaluator; ties go to the lower cost, then \
            fewer actions, then the actions earliest in the plan.
            """,
        arguments: [ArgumentSpec("EVIDENCE", help: "An evidence file.")],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--top", value: "N", defaultValue: "10", help: "List at most N entries of each list."),
            OptionSpec("--plan", value: "PLAN", help: "A plan file whose actions to choose from."),
            OptionSpec("--budget", value: "B", help: "Choose the largest gain whose total cost is at most B.", group: "goal"),
            OptionSpec("--target", value: "T", help: "Choose the cheapest set whose total reaches T.", group: "goal"),
            .format(["text", "json"]),
            .lang,
        ],
        usage: "<evidence> [--top <n>] [--rules <dir>] [--format <format>] [--lang <lang>]\n"
            + "<evidence> --plan <plan> (--budget <b> | --target <t>) [--rules <dir>] [--format <format>] [--lang <lang>]")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let goal = try Self.goal(arguments, context: context)
        try arguments.checkLanguageApplies(context)
        guard let top = Int(arguments.value("--top") ?? "10"), top > 0 else {
            throw context.usageError("'--top' takes a positive whole number, such as 10")
        }
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let path = arguments.argument("EVIDENCE") ?? ""
        guard let evidence = try session.evidence([path], instrument).first else { throw session.failure() }
        let json = arguments.value("--format") == "json"
        guard let goal, let planPath = arguments.value("--plan") else {
            let suggestions = try Suggestions(instrument: instrument, evidence: evidence)
            context.io.print(json ? JSONWriter.write(suggestions.json(top: top)) : suggestions.renderText(top: top, language: arguments.language))
            return .success
        }
        let printed = session.workspace.diagnostics.all.count
        let loaded = try session.workspace.loadPlan(path: planPath, instrument: instrument)
        if let loaded, let warning = PlanChecker.checkMunicipality(loaded, against: evidence) { session.workspace.report(warning) }
        try session.printNew(since: printed)
        guard let plan = loaded else { throw InvalidInput() }
        let report = try PlanSearchReport(instrument: instrument, evidence: evidence, plan: plan, goal: goal)
        context.io.print(json ? JSONWriter.write(report.json()) : report.renderText(language: arguments.language))
        return report.result.chosen == nil ? .failure : .success
    }

    /// The goal of `--budget` or `--target`, checked against `--plan` and `--top`.
    static func goal(_ arguments: ParsedArguments, context: CommandContext) throws -> PlanGoal? {
        let budget = arguments.value("--budget")
        let target = arguments.value("--target")
        guard arguments.has("--plan") else {
            if budget != nil || target != nil { throw context.usageError("'--budget' and '--target' need '--plan'") }
            return nil
        }
        if arguments.has("--top") { throw context.usageError("'--top' lists suggestions; it does not apply with '--plan'") }
        if let budget {
            guard let value = Rational(decimalText: budget), value >= .zero else {
                throw context.usageError("'--budget' takes a non-negative number, such as 500 or 412.5, not '\(budget)'")
            }
            return .budget(value)
        }
        if let target {
            guard let value = Rational(decimalText: target) else {
                throw context.usageError("'--target' takes a number, such as 550, not '\(target)'")
            }
            return .target(value)
        }
        throw context.usageError("'--plan' needs '--budget B' or '--target T'")
    }
}
