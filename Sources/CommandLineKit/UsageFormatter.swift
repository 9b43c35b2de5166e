/// Usage synopses such as `kompass-score score <evidence> ... [--format <format>]`.
enum UsageFormatter {
    /// Continuation lines of a wrapped synopsis indent at most this far.
    static let maximumIndent = 40

    /// `EVIDENCE` is written `<evidence>`.
    static func placeholder(_ name: String) -> String {
        "<\(name.lowercased())>"
    }

    /// `--format <format>` for an option with a value, `--strict` for a flag.
    static func label(of option: OptionSpec) -> String {
        guard let valueName = option.valueName else { return option.name }
        return "\(option.name) \(placeholder(valueName))"
    }

    /// `-o, --output <file>` in help, where the option has a short name.
    static func helpLabel(of option: OptionSpec) -> String {
        option.shortName.map { "\($0), " + label(of: option) } ?? label(of: option)
    }

    /// The usage lines of `command`, or of the tool when nil; the first starts with
    /// `prefix` (`USAGE: ` in help, `Usage: ` in errors), later ones align under it.
    static func lines(for command: CommandSpec?, tool: ToolSpec, prefix: String) -> [String] {
        guard let command else { return [prefix + "\(tool.name) <subcommand>"] }
        let head = "\(tool.name) \(command.name)"
        if let usage = command.usage {
            let padding = String(repeating: " ", count: prefix.count)
            return usage.split(separator: "\n").enumerated().map { number, line in
                (number == 0 ? prefix : padding) + head + " " + line
            }
        }
        let indent = min(prefix.count + head.count + 1, maximumIndent)
        return HelpTextWrapper.flow(
            head: prefix + head, units: units(of: command), indent: indent, width: HelpFormatter.width)
    }

    /// The synopsis units of a command: arguments first, then options, a mutually
    /// exclusive group as one unit where its first member stands.
    static func units(of command: CommandSpec) -> [String] {
        var units = command.arguments.map { argument in
            let unit = placeholder(argument.name) + (argument.isRepeating ? " ..." : "")
            return argument.isOptional ? "[\(unit)]" : unit
        }
        var groupsDone: Set<String> = []
        for option in command.options {
            guard let group = option.group else {
                units.append(bracketed(unit(of: option), required: option.isRequired))
                continue
            }
            guard groupsDone.insert(group).inserted else { continue }
            let members = command.options.filter { $0.group == group }
            let joined = members.map(unit(of:)).joined(separator: " | ")
            units.append("[\(joined)]")
        }
        return units
    }

    private static func unit(of option: OptionSpec) -> String {
        label(of: option) + (option.isRepeating ? " ..." : "")
    }

    private static func bracketed(_ unit: String, required: Bool) -> String {
        required ? unit : "[\(unit)]"
    }
}
