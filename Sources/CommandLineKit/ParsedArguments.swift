/// The arguments of one subcommand after parsing: positionals, options and flags.
///
/// Options are looked up by long name, with or without the dashes (`"--format"` or
/// `"format"`). Asking for an option the command does not declare is a programming
/// error, caught by an assertion in debug builds.
public struct ParsedArguments: Sendable, Equatable {
    /// One option as given on the command line, in order.
    public struct Occurrence: Sendable, Equatable {
        /// The option's long name, such as `--format`.
        public var option: String
        /// The value given, nil for a flag.
        public var value: String?

        /// Records an option as given.
        public init(option: String, value: String?) {
            self.option = option
            self.value = value
        }
    }

    /// The positional arguments, in order, including those after `--`.
    public var positionals: [String]
    /// Every option and flag given, in command-line order; one entry per value.
    public var occurrences: [Occurrence]
    /// The positionals by argument name, as assigned to the command's argument specs.
    var argumentValues: [String: [String]]
    /// The declared options' defaults, by long name.
    var defaults: [String: String]
    /// The declared options' long names; nil when built without a command spec.
    var declared: Set<String>?

    /// Parsed arguments built directly, for tests of subcommands and for callers that
    /// assemble arguments themselves.
    public init(
        positionals: [String] = [],
        occurrences: [Occurrence] = [],
        arguments: [String: [String]] = [:],
        command: CommandSpec? = nil
    ) {
        self.positionals = positionals
        self.occurrences = occurrences
        self.argumentValues = arguments
        var defaults: [String: String] = [:]
        for option in command?.options ?? [] {
            defaults[option.name] = option.defaultValue
        }
        self.defaults = defaults
        self.declared = command.map { Set($0.options.map(\.name)) }
    }

    /// The option's value: the last one given, else its default, else nil.
    public func value(_ option: String) -> String? {
        let name = checked(option)
        return occurrences.last { $0.option == name }?.value ?? defaults[name]
    }

    /// Every value given for a repeating option, in order; the default alone when none was given.
    public func values(_ option: String) -> [String] {
        let name = checked(option)
        let given = occurrences.filter { $0.option == name }.compactMap(\.value)
        if given.isEmpty, let fallback = defaults[name] { return [fallback] }
        return given
    }

    /// Whether a flag was given.
    public func flag(_ option: String) -> Bool {
        has(option)
    }

    /// Whether the option or flag was given on the command line (a default does not count).
    public func has(_ option: String) -> Bool {
        let name = checked(option)
        return occurrences.contains { $0.option == name }
    }

    /// The value of a positional argument by its name (`"EVIDENCE"`), if given.
    public func argument(_ name: String) -> String? {
        argumentValues[name]?.first
    }

    /// Every value of a repeating positional argument by its name, in order.
    public func arguments(_ name: String) -> [String] {
        argumentValues[name] ?? []
    }

    private func checked(_ option: String) -> String {
        let name = OptionSpec.canonicalName(option)
        assert(declared?.contains(name) ?? true, "the command declares no option '\(name)'")
        return name
    }
}
