import Support

extension CommandSpec {
    /// Parses the arguments that follow the subcommand's name.
    ///
    /// Accepts `--opt value`, `--opt=value`, flags, `--` (everything after it is
    /// positional), repeated options and options taking values up to the next option.
    /// Positionals may stand anywhere before `--`. A token that looks like an option
    /// (`--x`, or `-` followed by a letter) or `--` is never taken as a value; `-` and
    /// `-5` are.
    /// `-h` and `--help` are not handled here: ``CommandLineParser`` answers them first.
    /// The first mistake, in command-line order, is thrown.
    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var positionals: [String] = []
        var occurrences: [ParsedArguments.Occurrence] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1
            if token == "--" {
                positionals += arguments[index...]
                break
            }
            guard CommandLineParser.looksLikeOption(token) else {
                positionals.append(token)
                continue
            }
            let (name, inlineValue) = CommandLineParser.splitInlineValue(token)
            guard let option = option(named: name), name.hasPrefix("--") || name == option.shortName else {
                let suggestion = EditDistance.closestMatch(to: name, among: options.map(\.name) + ["--help"])
                throw error(.unknownOption(name, suggestion: suggestion))
            }
            try checkRepetitionAndGroup(of: option, against: occurrences)
            for value in try values(of: option, inlineValue: inlineValue, arguments: arguments, index: &index) {
                occurrences.append(.init(option: option.name, value: value))
            }
        }
        let assigned = try assign(positionals)
        if let missing = options.first(where: { option in
            option.isRequired && !occurrences.contains { $0.option == option.name }
        }) {
            throw error(.missingOption(missing.name))
        }
        return ParsedArguments(positionals: positionals, occurrences: occurrences, arguments: assigned, command: self)
    }

    /// The values one occurrence of `option` takes: `[nil]` for a flag.
    private func values(
        of option: OptionSpec,
        inlineValue: String?,
        arguments: [String],
        index: inout Int
    ) throws(UsageError) -> [String?] {
        if option.isFlag {
            if let inlineValue { throw error(.unexpectedValue(inlineValue, flag: option.name)) }
            return [nil]
        }
        var values: [String] = []
        if let inlineValue {
            values.append(inlineValue)
        } else {
            while index < arguments.endIndex, CommandLineParser.canBeValue(arguments[index]) {
                values.append(arguments[index])
                index += 1
                if option.repetition != .repeatingUntilNextOption { break }
            }
        }
        guard !values.isEmpty, !values.contains("") else { throw error(.missingValue(option: option.name)) }
        if !option.allowedValues.isEmpty {
            for value in values where !option.allowedValues.contains(value) {
                let suggestion = EditDistance.closestMatch(to: value, among: option.allowedValues)
                throw error(.invalidValue(value, option: option.name, suggestion: suggestion))
            }
        }
        return values
    }

    private func checkRepetitionAndGroup(
        of option: OptionSpec,
        against occurrences: [ParsedArguments.Occurrence]
    ) throws(UsageError) {
        if !option.isRepeating, occurrences.contains(where: { $0.option == option.name }) {
            throw error(.repeatedOption(option.name))
        }
        guard let group = option.group else { return }
        if let other = occurrences.first(where: {
            $0.option != option.name && self.option(named: $0.option)?.group == group
        }) {
            throw error(.mutuallyExclusive(other.option, option.name))
        }
    }

    /// Assigns positionals to the argument specs in order, each taking as many as it may
    /// while leaving enough for the required ones after it.
    private func assign(_ positionals: [String]) throws(UsageError) -> [String: [String]] {
        var available = positionals.count
        for spec in arguments {
            if available < spec.minimumCount { throw error(.missingArgument(spec.name)) }
            available -= spec.minimumCount
        }
        let capacity = arguments.reduce(0 as Int?) { total, spec in
            guard let total, let maximum = spec.maximumCount else { return nil }
            return total + maximum
        }
        if let capacity, positionals.count > capacity {
            throw error(.unexpectedArguments(Array(positionals[capacity...])))
        }
        var assigned: [String: [String]] = [:]
        var cursor = 0
        for (position, spec) in arguments.enumerated() {
            let reserved = arguments[(position + 1)...].reduce(0) { $0 + $1.minimumCount }
            let take = min(spec.maximumCount ?? .max, positionals.count - cursor - reserved)
            guard take > 0 else { continue }
            assigned[spec.name, default: []] += positionals[cursor..<(cursor + take)]
            cursor += take
        }
        return assigned
    }

    private func error(_ kind: UsageError.Kind) -> UsageError {
        UsageError(kind, command: self)
    }
}
