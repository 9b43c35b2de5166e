import CommandLineKit
import Engine
import Reports

/// `kompass-score facts [--rules DIR] [--area ID | --subarea ID] [--format text|json|csv|markdown] [--lang sv|en]`.
enum FactsCommand: RunnableCommand {
    static let formats = ["text", "json", "csv", "markdown"]

    static let spec = CommandSpec(
        name: "facts",
        abstract: "List the instrument's facts: descriptions, types, answers, and the rules that read them.",
        discussion: "Per area and subarea, each fact with the answers it takes (levels and items with their labels) "
            + "and each rule that reads it with the most it can add. '--format markdown' is an interview guide to "
            + "print: what the instrument looks for and what to ask for, per subarea.",
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--area", value: "ID", help: "Only the facts read in this area.", group: "scope"),
            OptionSpec("--subarea", value: "ID", help: "Only the facts read in this subarea.", group: "scope"),
            .format(formats, help: "The output format (default: from the extension of --output, else text).", defaultValue: nil),
            .output,
            .lang,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let format = try OutputFormat.choose(arguments, among: formats, context: context)
        if arguments.has("--lang"), format == "json" || format == "csv" {
            throw context.usageError("'--lang' applies to text and markdown, not '--format \(format)'")
        }
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        session.printDiagnostics()
        let scope = try self.scope(arguments, instrument, context)
        let catalogue = try FactCatalogue(instrument)
        let text: String
        switch format {
        case "json": text = JSONWriter.write(catalogue.json(scope))
        case "csv": text = catalogue.renderCSV(scope)
        case "markdown": text = catalogue.renderMarkdown(scope, language: arguments.language)
        default: text = catalogue.renderText(scope, language: arguments.language)
        }
        try session.emit(text, output: arguments.value("--output"))
        return .success
    }

    /// The part of the catalogue `--area` or `--subarea` asks for; an unknown id is a usage
    /// error with a "did you mean".
    static func scope(_ arguments: ParsedArguments, _ instrument: Instrument, _ context: CommandContext) throws
        -> FactCatalogue.Scope
    {
        if let id = arguments.value("--area") {
            let target = try ExplainCommand.resolve(id, "--area", context, instrument) {
                if case .area(let i) = $0 { return .area(i) }
                return nil
            }
            if case .area(let index) = target { return .area(index) }
        }
        if let id = arguments.value("--subarea") {
            let target = try ExplainCommand.resolve(id, "--subarea", context, instrument) {
                if case .subarea(let i) = $0 { return .subarea(i) }
                return nil
            }
            if case .subarea(let index) = target { return .subarea(index) }
        }
        return .all
    }
}
