/// Help pages in swift-argument-parser's layout: `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`,
/// `OPTIONS:` and, for the tool, `SUBCOMMANDS:`; wrapped at ``width`` columns.
public enum HelpFormatter {
    /// Help is wrapped at this many columns, whatever the terminal's width, so it is the
    /// same everywhere.
    public static let width = 80
    /// Descriptions start in this column; longer labels put them on the next line.
    static let labelColumn = 26
    static let labelIndent = "  "

    /// The help page of a subcommand, ending in a newline.
    public static func help(for command: CommandSpec, tool: ToolSpec) -> String {
        var blocks = [overview(command.abstract, discussion: command.discussion)]
        blocks.append(UsageFormatter.lines(for: command, tool: tool, prefix: "USAGE: "))
        if !command.arguments.isEmpty {
            blocks.append(
                ["ARGUMENTS:"]
                    + command.arguments.flatMap { row(UsageFormatter.placeholder($0.name), $0.help) })
        }
        let options = command.options.flatMap { row(UsageFormatter.helpLabel(of: $0), description(of: $0)) }
        blocks.append(["OPTIONS:"] + options + helpRow)
        return render(blocks)
    }

    /// The tool's help page, listing its subcommands, ending in a newline.
    public static func help(for tool: ToolSpec) -> String {
        var blocks = [overview(tool.abstract, discussion: "")]
        blocks.append(UsageFormatter.lines(for: nil, tool: tool, prefix: "USAGE: "))
        blocks.append(["OPTIONS:"] + row("--version", "Show the version.") + helpRow)
        let subcommands = tool.subcommands.flatMap { row($0.name, $0.abstract) }
        blocks.append(["SUBCOMMANDS:"] + subcommands + row("help", "Show subcommand help information."))
        blocks.append(["  See '\(tool.name) help <subcommand>' for detailed help."])
        return render(blocks)
    }

    /// The usage lines of `command` (the tool's when nil), each starting with `prefix`
    /// or aligned under it, joined by newlines, without a final newline.
    public static func usage(for command: CommandSpec?, tool: ToolSpec, prefix: String = "USAGE: ") -> String {
        UsageFormatter.lines(for: command, tool: tool, prefix: prefix).joined(separator: "\n")
    }

    private static var helpRow: [String] { row("-h, --help", "Show help information.") }

    private static func overview(_ abstract: String, discussion: String) -> [String] {
        var lines = abstract.isEmpty ? [] : HelpTextWrapper.wrap("OVERVIEW: " + abstract, width: width)
        if !discussion.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += HelpTextWrapper.wrap(discussion, width: width)
        }
        return lines
    }

    /// An option's help followed by its allowed values and default, as in
    /// `Output format. (values: text, json; default: text)`.
    private static func description(of option: OptionSpec) -> String {
        var notes: [String] = []
        if !option.allowedValues.isEmpty { notes.append("values: " + option.allowedValues.joined(separator: ", ")) }
        if let defaultValue = option.defaultValue { notes.append("default: " + defaultValue) }
        guard !notes.isEmpty else { return option.help }
        let suffix = "(" + notes.joined(separator: "; ") + ")"
        return option.help.isEmpty ? suffix : option.help + " " + suffix
    }

    /// A label in the left column and its description from ``labelColumn`` on, wrapped;
    /// a label too long to leave two spaces puts the description on the next line.
    private static func row(_ label: String, _ text: String) -> [String] {
        let padded = labelIndent + label
        guard !text.isEmpty else { return [padded] }
        let column = String(repeating: " ", count: labelColumn)
        let wrapped = HelpTextWrapper.wrap(text, width: width - labelColumn).map { column + $0 }
        guard padded.count + 2 <= labelColumn else { return [padded] + wrapped }
        let first =
            padded + String(repeating: " ", count: labelColumn - padded.count)
            + wrapped[0].dropFirst(labelColumn)
        return [first] + wrapped.dropFirst()
    }

    private static func render(_ blocks: [[String]]) -> String {
        blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }
}
