/// The one place that gives each kind of usage error its text.
extension UsageError {
    /// What is wrong, as shown after `Error: `.
    public var message: String {
        switch kind {
        case .unknownOption(let option, _):
            return "unknown option '\(option)'"
        case .unknownSubcommand(let name, _):
            return "unknown subcommand '\(name)'"
        case .missingValue(let option):
            return "missing value for '\(synopsis(of: option))'"
        case .invalidValue(let value, let option, _):
            return "invalid value '\(value)' for '\(synopsis(of: option))'"
        case .unexpectedValue(let value, let flag):
            return "the flag '\(flag)' takes no value, but '\(value)' was given"
        case .repeatedOption(let option):
            return "the option '\(option)' may be given only once"
        case .mutuallyExclusive(let first, let second):
            return "'\(first)' cannot be used together with '\(second)'"
        case .missingOption(let option):
            return "missing option '\(synopsis(of: option))'"
        case .missingArgument(let name):
            return "missing argument '\(UsageFormatter.placeholder(name))'"
        case .unexpectedArguments(let values):
            let quoted = values.map { "'\($0)'" }.joined(separator: ", ")
            return values.count == 1 ? "unexpected argument \(quoted)" : "unexpected arguments \(quoted)"
        case .invalidArguments(let message, _):
            return message
        }
    }

    /// How to fix it, as shown after `help: `; nil when the usage line says enough.
    public var help: String? {
        switch kind {
        case .unknownOption(_, let suggestion?), .unknownSubcommand(_, let suggestion?),
            .invalidValue(_, _, let suggestion?):
            return "did you mean '\(suggestion)'?"
        case .invalidValue(_, let option, nil), .missingValue(let option):
            return allowedValuesHelp(option)
        case .mutuallyExclusive(let first, _):
            guard let group = command?.option(named: first)?.group, let command else { return nil }
            let names = command.options.filter { $0.group == group }.map { "'\($0.name)'" }
            return "use only one of \(names.joined(separator: ", "))"
        case .invalidArguments(_, let help):
            return help
        case .unknownOption, .unknownSubcommand, .unexpectedValue, .repeatedOption, .missingOption,
            .missingArgument, .unexpectedArguments:
            return nil
        }
    }

    /// `--format <format>` for an option that takes a value, `--strict` for a flag.
    private func synopsis(of option: String) -> String {
        guard let spec = command?.option(named: option) else { return option }
        return UsageFormatter.label(of: spec)
    }

    private func allowedValuesHelp(_ option: String) -> String? {
        guard let values = command?.option(named: option)?.allowedValues, !values.isEmpty else { return nil }
        return "the allowed values are " + values.map { "'\($0)'" }.joined(separator: ", ")
    }
}
