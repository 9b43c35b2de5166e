import CommandLineKit
import Engine
import Reports
import Support

/// `kompass-score explain EVIDENCE (--area ID | --subarea ID | --rule ID) [--for …] [--format text|json]`.
enum ExplainCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Explain the points of an area, a subarea or a rule: hits, sources, cap, headroom.",
        arguments: [ArgumentSpec("EVIDENCE", help: "An evidence file.")],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--area", value: "ID", help: "Explain an area.", group: "target"),
            OptionSpec("--subarea", value: "ID", help: "Explain a subarea.", group: "target"),
            OptionSpec("--rule", value: "ID", help: "Explain a rule.", group: "target"),
            OptionSpec(
                "--for", value: "AUDIENCE", allowedValues: ["auditor", "evaluator", "planner"], defaultValue: "evaluator",
                help: "Who reads it: an auditor's narrative, an evaluator's compact view, a planner's to-do list."),
            .format(["text", "json"]),
            .lang,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let path = arguments.argument("EVIDENCE") ?? ""
        guard let evidence = try session.evidence([path], instrument).first else { throw session.failure() }
        let scored = try session.score(evidence, instrument)
        let target: ExplanationTarget
        if let id = arguments.value("--area") {
            target = try resolve(id, "--area", context, instrument) { if case .area(let i) = $0 { return .area(i) }; return nil }
        } else if let id = arguments.value("--subarea") {
            target = try resolve(id, "--subarea", context, instrument) { if case .subarea(let i) = $0 { return .subarea(i) }; return nil }
        } else if let id = arguments.value("--rule") {
            target = try resolve(id, "--rule", context, instrument) { if case .rule(let i) = $0 { return .rule(i) }; return nil }
        } else {
            throw context.usageError("one of '--area', '--subarea' or '--rule' is required")
        }
        let audience = Audience(rawValue: arguments.value("--for") ?? "evaluator") ?? .evaluator
        let explanation = try Explainer(scored: scored).explain(target)
        let text = arguments.value("--format") == "json"
            ? JSONWriter.write(explanation.json(audience: audience))
            : explanation.render(for: audience, in: arguments.language ?? ReportLanguage.default(for: instrument))
        context.io.print(text)
        return .success
    }

    static func resolve(
        _ id: String, _ option: String, _ context: CommandContext, _ instrument: Instrument,
        _ pick: (InstrumentID) -> ExplanationTarget?
    ) throws -> ExplanationTarget {
        if let found = instrument.ids[id], let target = pick(found) { return target }
        let candidates = instrument.ids.filter { pick($0.value) != nil }.map(\.key)
        let suggestion = EditDistance.closestMatch(to: id, among: candidates)
        throw context.usageError(
            "unknown id '\(id)' for '\(option)'", help: suggestion.map { "did you mean '\($0)'?" })
    }
}
