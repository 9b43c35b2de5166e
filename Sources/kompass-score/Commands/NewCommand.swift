import CommandLineKit
import Engine
import Reports
import Support

/// `kompass-score new evidence --municipality NAME --year YYYY --evaluator NAME… [--output FILE]` and
/// `kompass-score new plan --evidence FILE --name NAME [--output FILE]`.
enum NewCommand: RunnableCommand {
    static let kinds = ["evidence", "plan"]
    static let evidenceOptions = ["--municipality", "--year", "--evaluator"]
    static let planOptions = ["--evidence", "--name"]

    static let spec = CommandSpec(
        name: "new",
        abstract: "Start an evaluation: write an evidence file or a plan to fill in.",
        discussion: "'new evidence' writes the header and every fact of the instrument, grouped by area and subarea, "
            + "as commented finding lines with their descriptions, answers and rules, ready to fill in. "
            + "'new plan' writes, per subarea of the evidence, what is missing and the change that would raise each "
            + "rule, as commented actions. Both parse once a line's '#' is removed and its '?' filled in.",
        arguments: [ArgumentSpec("KIND", help: "What to write: evidence or plan.")],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--municipality", value: "NAME", help: "evidence: the municipality, as the header names it."),
            OptionSpec("--year", value: "YYYY", help: "evidence: the year of the evaluation."),
            OptionSpec(
                "--evaluator", value: "NAME", help: "evidence: an evaluator (give one for each).", repetition: .repeating),
            OptionSpec("--evidence", value: "FILE", help: "plan: the evidence file the plan starts from."),
            OptionSpec("--name", value: "NAME", help: "plan: the plan's name."),
            .output,
            .lang,
        ],
        usage: "evidence --municipality <name> --year <yyyy> --evaluator <name>… [--rules <dir>] [-o <file>] [--lang <lang>]\n"
            + "plan --evidence <file> --name <name> [--rules <dir>] [-o <file>] [--lang <lang>]")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let kind = try self.kind(arguments, context)
        let output = arguments.value("--output")
        if let implied = OutputFormat.implied(by: output), implied != "kompass", implied != "text" {
            throw context.usageError(
                "'new' writes the rule language, not \(implied)", help: "name the output '….kompass'")
        }
        var session = try Session(context: context, arguments: arguments)
        let text: String
        if kind == "evidence" {
            let template = try evidenceTemplate(arguments, context)
            let instrument = try session.instrument(arguments)
            session.printDiagnostics()
            text = template.render(try FactCatalogue(instrument), language: arguments.language)
        } else {
            let (path, name) = try planArguments(arguments, context)
            let instrument = try session.instrument(arguments)
            guard let evidence = try session.evidence([path], instrument).first else { throw session.failure() }
            let scored = try session.score(evidence, instrument)
            text = try PlanTemplate(name: name).render(scored, evidencePath: path, language: arguments.language)
        }
        try session.emit(text, output: output)
        return .success
    }

    /// `evidence` or `plan`, with the options that belong to the other refused.
    static func kind(_ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
        let kind = arguments.argument("KIND") ?? ""
        guard kinds.contains(kind) else {
            throw context.usageError(
                "'new' writes 'evidence' or 'plan', not '\(kind)'",
                help: EditDistance.closestMatch(to: kind, among: kinds).map { "did you mean '\($0)'?" })
        }
        let foreign = kind == "evidence" ? planOptions : evidenceOptions
        if let option = foreign.first(where: { arguments.has($0) }) {
            throw context.usageError(
                "'\(option)' applies to 'new \(kind == "evidence" ? "plan" : "evidence")', not 'new \(kind)'")
        }
        return kind
    }

    static func evidenceTemplate(_ arguments: ParsedArguments, _ context: CommandContext) throws -> EvidenceTemplate {
        for option in evidenceOptions where !arguments.has(option) {
            throw context.usageError("'new evidence' needs '\(option)'", help: "for example: \(example)")
        }
        let municipality = arguments.value("--municipality") ?? ""
        let evaluators = arguments.values("--evaluator")
        for (option, text) in [("--municipality", municipality)] + evaluators.map({ ("--evaluator", $0) }) {
            try checkString(text, option, context)
        }
        let yearText = arguments.value("--year") ?? ""
        guard yearText.count == 4, yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText), year >= 1000
        else {
            throw context.usageError("'--year' takes a year of four digits, such as 2024, not '\(yearText)'")
        }
        return EvidenceTemplate(municipality: municipality, year: year, evaluators: evaluators)
    }

    static func planArguments(_ arguments: ParsedArguments, _ context: CommandContext) throws -> (String, String) {
        for option in planOptions where !arguments.has(option) {
            throw context.usageError(
                "'new plan' needs '\(option)'",
                help: "for example: kompass-score new plan --evidence evidence.kompass --name \"Handlingsplan 2025\"")
        }
        let name = arguments.value("--name") ?? ""
        try checkString(name, "--name", context)
        return (arguments.value("--evidence") ?? "", name)
    }

    static let example = "kompass-score new evidence --municipality \"Ale kommun\" --year 2024 --evaluator \"E1\""

    /// A name the header writes as a string: not empty, and one the language can quote.
    static func checkString(_ text: String, _ option: String, _ context: CommandContext) throws {
        guard !text.allSatisfy({ $0 == " " }), Spelling.canQuote(text) else {
            throw context.usageError(
                "'\(option)' takes a name on one line, not '\(text)'", help: "give the name as a file would write it")
        }
    }
}
