import CommandLineKit

/// A small tool in the shape of kompass-score, shared by the command-line tests.
enum CommandLineFixtures {
    static let score = CommandSpec(
        name: "score",
        abstract: "Score evidence files against the instrument.",
        arguments: [ArgumentSpec("EVIDENCE", help: "The evidence files to score.", repeating: true)],
        options: [
            OptionSpec(
                "--rules", value: "DIR", defaultValue: "Rules/kommunkompassen-2019", help: "The instrument's folder."),
            OptionSpec(
                "--format", value: "FORMAT", allowedValues: ["text", "json", "csv", "markdown"], defaultValue: "text",
                help: "The output format."),
            OptionSpec("--output", value: "FILE", help: "Write to FILE instead of standard output."),
            .flag("--strict", help: "Treat warnings as errors."),
            .flag("--color", help: "Colour the output even when it is not a terminal."),
        ])

    static let explain = CommandSpec(
        name: "explain",
        abstract: "Explain how a subarea got its points.",
        discussion:
            "Shows every rule with its status and the evidence it read.\n\nExample:\n  kompass-score explain evidence.kompass --subarea 1.3",
        arguments: [ArgumentSpec("EVIDENCE", help: "The evidence file.")],
        options: [
            OptionSpec("--area", value: "ID", help: "Explain one area.", group: "target"),
            OptionSpec("--subarea", value: "ID", help: "Explain one subarea.", group: "target"),
            OptionSpec("--rule", value: "ID", help: "Explain one rule.", group: "target"),
            OptionSpec(
                "--for", value: "AUDIENCE", allowedValues: ["auditor", "evaluator", "planner"],
                defaultValue: "evaluator", help: "Who the explanation is for."),
        ])

    static let whatif = CommandSpec(
        name: "whatif",
        abstract: "Score the evidence as a plan would change it.",
        arguments: [ArgumentSpec("EVIDENCE", help: "The evidence file.")],
        options: [
            OptionSpec("--plan", value: "PLAN", help: "The plan file."),
            OptionSpec(
                "--action", value: "ID", help: "Actions of the plan to apply.", repetition: .repeatingUntilNextOption),
            OptionSpec("--set", value: "FACT=VALUE", help: "Set a fact.", repetition: .repeating),
        ])

    static let fit = CommandSpec(
        name: "fit",
        abstract: "Fit rule weights to awarded points.",
        options: [
            OptionSpec("--round", value: "DIR", help: "The calibration round.", required: true),
            OptionSpec("--awarded", value: "CSV", help: "The points awarded.", required: true),
        ])

    static let convert = CommandSpec(
        name: "convert",
        abstract: "Convert evidence or a plan between the rule language and JSON.",
        arguments: [
            ArgumentSpec("FILE", help: "The file to convert."),
            ArgumentSpec("DESTINATION", help: "Where to write.", optional: true),
        ],
        options: [])

    static let suggest = CommandSpec(
        name: "suggest",
        abstract: "Suggest improvements.",
        arguments: [ArgumentSpec("EVIDENCE", help: "The evidence file.")],
        options: [
            OptionSpec("--top", value: "N", help: "How many suggestions."),
            OptionSpec("--plan", value: "PLAN", help: "Choose actions from this plan."),
            OptionSpec("--budget", value: "B", help: "Spend at most B.", group: "goal"),
            OptionSpec("--target", value: "T", help: "Reach T points.", group: "goal"),
        ],
        usage: "<evidence> [--top <n>]\n<evidence> --plan <plan> (--budget <b> | --target <t>)")

    static let tool = ToolSpec(
        name: "kompass-score",
        version: "0.1.0",
        abstract: "Score municipal evaluations against a rule instrument and explain every point.",
        subcommands: [score, explain, whatif, fit, convert, suggest])

    static func parse(_ arguments: String) -> CommandLineAction {
        CommandLineParser.parse(arguments: words(arguments), tool: tool)
    }

    static func words(_ arguments: String) -> [String] {
        arguments.split(separator: " ").map(String.init)
    }

    /// The text and status the tool reports for a command line that is a usage error;
    /// nil when it is not one.
    static func usageErrorText(_ arguments: String) -> String? {
        guard case .usageError(let error) = parse(arguments) else { return nil }
        return ErrorReport(error, tool: tool, table: errors).text
    }

    /// A file a fixture command could not find.
    struct MissingFile: Error {
        var path: String
    }

    /// An error table in the shape of the executable's: usage errors, a missing file,
    /// outputs; anything else is unknown.
    static let errors: ErrorTable = { error in
        switch error {
        case let error as UsageError:
            ErrorDescription(error.message, help: error.help, exitStatus: .usage)
        case let error as MissingFile:
            ErrorDescription("no such file '\(error.path)'", exitStatus: .inputNotFound)
        case let error as OutputFileError:
            ErrorDescription(error.message, help: error.help, exitStatus: .cannotWriteOutput)
        default:
            nil
        }
    }
}
