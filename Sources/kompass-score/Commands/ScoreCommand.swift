import Engine

/// `kompass-score score EVIDENCE… [--format text|json] [--output FILE] [--strict]`.
enum ScoreCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Score evidence: points per subarea, area and total, with bounds.",
        discussion: "Text is laid out like the point table of the published report; JSON follows the output contract.",
        arguments: [ArgumentSpec("EVIDENCE", help: "Evidence files (.kompass or JSON).", repeating: true)],
        options: [
            .rules,
            OptionSpec("--format", value: "FORMAT", allowedValues: ["text", "json"], defaultValue: "text", help: "The output format."),
            OptionSpec("--output", value: "FILE", help: "Write to FILE instead of standard output (never over an input)."),
            .flag("--strict", help: "Fail when a fact read by a rule is unassessed or a judgement is missing."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = Session(context: context)
        let instrument = try session.instrument(arguments)
        let paths = arguments.arguments("EVIDENCE")
        let scored = try session.evidence(paths, instrument).map { try session.score($0, instrument) }
        if arguments.flag("--strict") {
            var open: [String] = []
            for s in scored {
                for fact in s.score.unassessed { open.append("\(s.evidence.path): fact '\(instrument.facts[fact].path)' is unassessed") }
                for rule in s.score.unjudged { open.append("\(s.evidence.path): judgement '\(instrument.rules[rule].id)' is missing") }
            }
            if !open.isEmpty {
                context.io.printError(open.map { "error: \($0)\n" }.joined())
                return .invalidInput
            }
        }
        let text = arguments.value("--format") == "json"
            ? ScoreJSON.document(scored)
            : scored.map(ScoreTable.render).joined(separator: "\n")
        try session.emit(text, output: arguments.value("--output"), inputs: paths)
        return .success
    }
}
