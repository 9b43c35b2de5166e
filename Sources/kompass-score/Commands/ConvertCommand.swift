import CommandLineKit
import Engine

/// `kompass-score convert FILE --to json|kompass [--output FILE]`.
enum ConvertCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert evidence or a plan between the language and JSON.",
        discussion: "The meaning is kept both ways; comments are not carried over. Never writes over the input.",
        arguments: [ArgumentSpec("FILE", help: "An evidence or plan file.")],
        options: [
            OptionSpec(
                "--to", value: "FORMAT", allowedValues: ["json", "kompass"], help: "The format to write.", required: true),
            .output,
            .maxErrors,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let path = arguments.argument("FILE") ?? ""
        // An instrument file gets its one error while parsing: only evidence and plans convert.
        guard let (syntax, _) = try session.workspace.parseDocument(path: path), !session.workspace.diagnostics.hasErrors else {
            throw session.failure()
        }
        // Overwriting the input is the worse mistake, so it is named before a format that
        // contradicts the output's extension.
        let output = arguments.value("--output")
        if let output { try session.checkOutput(output) }
        try OutputFormat.check(
            arguments.value("--to") ?? "", named: "--to", among: ["json", "kompass"], against: output, context: context)
        let text = arguments.value("--to") == "json" ? DocumentJSON.write(syntax) : KompassWriter.write(syntax)
        try session.emit(text, output: arguments.value("--output"))
        return .success
    }
}
