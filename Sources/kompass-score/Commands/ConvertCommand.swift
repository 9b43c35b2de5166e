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
            OptionSpec("--to", value: "FORMAT", allowedValues: ["json", "kompass"], help: "The format to write.", required: true),
            OptionSpec("--output", value: "FILE", help: "Write to FILE instead of standard output."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = Session(context: context)
        let path = arguments.argument("FILE") ?? ""
        guard let (syntax, _) = try session.workspace.parseDocument(path: path), !session.workspace.diagnostics.hasErrors else {
            throw session.failure()
        }
        guard syntax.kind != .instrument else {
            throw InvalidInput(message: "'\(path)' is not an evidence or plan file")
        }
        let text = arguments.value("--to") == "json" ? DocumentJSON.write(syntax) : KompassWriter.write(syntax)
        try session.emit(text, output: arguments.value("--output"), inputs: [path])
        return .success
    }
}
