extension ToolSpec {
    /// Mistakes in the specs themselves, one line each; empty when the specs are sound.
    /// A test runs this over the tool's registered commands so a bad spec never ships.
    public var specProblems: [String] {
        var problems: [String] = []
        var names: Set<String> = ["help"]
        for command in subcommands {
            if !names.insert(command.name).inserted {
                problems.append("subcommand '\(command.name)' is declared twice or shadows 'help'")
            }
            problems += command.specProblems.map { "\(command.name): \($0)" }
        }
        return problems
    }
}

extension CommandSpec {
    /// Mistakes in this command's spec, one line each.
    public var specProblems: [String] {
        var problems: [String] = []
        var names: Set<String> = ["--help"]
        for option in options {
            let name = option.name
            if !name.hasPrefix("--") || name.count < 3 || name.contains("=") || name.contains(" ") {
                problems.append("option '\(name)' must be '--' followed by a name without '=' or spaces")
            }
            if !names.insert(name).inserted {
                problems.append("option '\(name)' is declared twice or shadows '--help'")
            }
            if let short = option.shortName {
                if short.count != 2 || !short.hasPrefix("-") || !(short.last?.isLetter ?? false) {
                    problems.append("option '\(name)': short name '\(short)' must be '-' and one letter")
                }
                if short == "-h" || !names.insert(short).inserted {
                    problems.append("option '\(name)': short name '\(short)' is declared twice or shadows '-h'")
                }
            }
            if option.isFlag,
                !option.allowedValues.isEmpty || option.defaultValue != nil
                    || option.repetition == .repeatingUntilNextOption
            {
                problems.append("flag '\(name)' cannot have allowed values, a default or take several values")
            }
            if let defaultValue = option.defaultValue, !option.allowedValues.isEmpty,
                !option.allowedValues.contains(defaultValue)
            {
                problems.append("option '\(name)' has default '\(defaultValue)' outside its allowed values")
            }
            if option.group != nil, option.isRequired {
                problems.append("option '\(name)' is required, so it cannot be in a mutually exclusive group")
            }
            if let group = option.group, options.filter({ $0.group == group }).count < 2 {
                problems.append("group '\(group)' of '\(name)' has no other member")
            }
        }
        var arguments: Set<String> = []
        for argument in self.arguments where argument.name.isEmpty || !arguments.insert(argument.name).inserted {
            problems.append("argument '\(argument.name)' is empty or declared twice")
        }
        return problems
    }
}
