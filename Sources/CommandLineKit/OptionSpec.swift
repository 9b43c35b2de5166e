/// A named option of a command, such as `--format <format>` or the flag `--strict`.
public struct OptionSpec: Sendable, Equatable {
    /// How often an option may be given and how many values each occurrence takes.
    public enum Repetition: Sendable, Equatable {
        /// At most once, with one value (or none for a flag).
        case once
        /// Any number of times, one value each: `--set a=1 --set b=2`.
        case repeating
        /// Any number of times, each occurrence taking every following argument up to
        /// the next option or `--`: `--action a b c`. Positionals must come before it.
        /// The `--action=a` spelling takes exactly one value.
        case repeatingUntilNextOption
    }

    /// The long name with its dashes, such as `--format`.
    public var name: String
    /// A one-letter short name with its dash, such as `-f`, if the option has one.
    public var shortName: String?
    /// The value's name in upper case, such as `FORMAT`; nil makes the option a flag.
    public var valueName: String?
    /// The values the option accepts; empty accepts any value.
    public var allowedValues: [String]
    /// The value used when the option is not given; shown in help.
    public var defaultValue: String?
    /// One line on what the option does.
    public var help: String
    /// How often the option may be given.
    public var repetition: Repetition
    /// Options sharing a group name are mutually exclusive, like `--area | --subarea | --rule`.
    public var group: String?
    /// Whether the command cannot run without the option.
    public var isRequired: Bool

    /// Declares an option that takes a value, or a flag when `value` is nil.
    public init(
        _ name: String,
        value valueName: String? = nil,
        allowedValues: [String] = [],
        defaultValue: String? = nil,
        help: String,
        repetition: Repetition = .once,
        group: String? = nil,
        required isRequired: Bool = false,
        short shortName: String? = nil
    ) {
        self.name = name
        self.shortName = shortName
        self.valueName = valueName
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.help = help
        self.repetition = repetition
        self.group = group
        self.isRequired = isRequired
    }

    /// Declares a flag: an option without a value.
    public static func flag(_ name: String, help: String, group: String? = nil) -> OptionSpec {
        OptionSpec(name, help: help, group: group)
    }

    /// Whether the option is a flag, taking no value.
    public var isFlag: Bool { valueName == nil }

    /// Whether the option may be given more than once.
    public var isRepeating: Bool { repetition != .once }
}
