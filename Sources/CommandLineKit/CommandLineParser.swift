import Support

/// Turns the tool's command line into a ``CommandLineAction``.
public enum CommandLineParser {
    /// Decides what to do with `arguments` (the command line without the executable's path).
    ///
    /// No arguments, `--help`, `-h` and `help` give the tool's help; `help <subcommand>`
    /// and `-h`/`--help` anywhere before `--` after a subcommand give that subcommand's
    /// help; `--version` gives the version line. Everything else runs a subcommand or
    /// is a usage error.
    public static func parse(arguments: [String], tool: ToolSpec) -> CommandLineAction {
        guard let first = arguments.first else { return .printHelp(HelpFormatter.help(for: tool)) }
        let rest = Array(arguments.dropFirst())
        if first == "help" { return helpSubcommand(rest, tool: tool) }
        if looksLikeOption(first) || first == "--" { return toolOption(first, tool: tool) }
        guard let command = tool.subcommand(named: first) else {
            let names = tool.subcommands.map(\.name) + ["help"]
            let suggestion = EditDistance.closestMatch(to: first, among: names)
            return .usageError(UsageError(.unknownSubcommand(first, suggestion: suggestion), command: nil))
        }
        if rest.prefix(while: { $0 != "--" }).contains(where: isHelpOption) {
            return .printHelp(HelpFormatter.help(for: command, tool: tool))
        }
        do {
            return .run(command: command, arguments: try command.parse(rest))
        } catch {
            return .usageError(error)
        }
    }

    /// `--help`, `-h` or `--version` before any subcommand; anything else is unknown.
    private static func toolOption(_ token: String, tool: ToolSpec) -> CommandLineAction {
        let (name, inlineValue) = splitInlineValue(token)
        let known = ["--help", "--version"]
        if let inlineValue, known.contains(name) {
            return .usageError(UsageError(.unexpectedValue(inlineValue, flag: name), command: nil))
        }
        switch name {
        case "--help", "-h": return .printHelp(HelpFormatter.help(for: tool))
        case "--version": return .printVersion(tool.versionLine)
        default:
            let suggestion = EditDistance.closestMatch(to: name, among: known)
            return .usageError(UsageError(.unknownOption(name, suggestion: suggestion), command: nil))
        }
    }

    /// `help`, `help <subcommand>`.
    private static func helpSubcommand(_ arguments: [String], tool: ToolSpec) -> CommandLineAction {
        guard let name = arguments.first, !isHelpOption(name) else {
            return .printHelp(HelpFormatter.help(for: tool))
        }
        if looksLikeOption(name) { return toolOption(name, tool: tool) }
        guard let command = tool.subcommand(named: name) else {
            let suggestion = EditDistance.closestMatch(to: name, among: tool.subcommands.map(\.name))
            return .usageError(UsageError(.unknownSubcommand(name, suggestion: suggestion), command: nil))
        }
        if arguments.count > 1 {
            return .usageError(UsageError(.unexpectedArguments(Array(arguments.dropFirst())), command: nil))
        }
        return .printHelp(HelpFormatter.help(for: command, tool: tool))
    }

    static func isHelpOption(_ token: String) -> Bool {
        token == "-h" || token == "--help"
    }

    /// `--x…`, or `-` followed by a letter; not `-`, `-5` or `--` alone.
    static func looksLikeOption(_ token: String) -> Bool {
        if token == "--" { return false }
        if token.hasPrefix("--") { return true }
        guard token.hasPrefix("-"), let second = token.dropFirst().first else { return false }
        return second.isLetter
    }

    /// Whether a token following an option may be its value: not `--`, not an option.
    static func canBeValue(_ token: String) -> Bool {
        token != "--" && !looksLikeOption(token)
    }

    /// `--format=json` is `("--format", "json")`; `--format` is `("--format", nil)`.
    static func splitInlineValue(_ token: String) -> (name: String, value: String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }
}
