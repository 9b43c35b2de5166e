/// What a subcommand is called, what it accepts and how its help reads.
public struct CommandSpec: Sendable, Equatable {
    /// The subcommand's name, such as `score`.
    public var name: String
    /// One line on what the command does, shown in `OVERVIEW:` and in the tool's `SUBCOMMANDS:`.
    public var abstract: String
    /// Longer text shown after the abstract in the command's help; may hold several paragraphs.
    public var discussion: String
    /// The positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// The named options, in the order help lists them.
    public var options: [OptionSpec]
    /// Synopses replacing the generated usage, one per line, each written after
    /// `kompass-score <command> `; for usage that the specs cannot express, such as
    /// `<evidence> --plan <plan> (--budget <b> | --target <t>)`. Not wrapped.
    public var usage: String?

    /// Declares a subcommand.
    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        usage: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.usage = usage
    }

    /// The option with this long name (`--format`, or `format` without dashes), if declared.
    public func option(named name: String) -> OptionSpec? {
        let key = OptionSpec.canonicalName(name)
        return options.first { $0.name == key || ($0.shortName != nil && $0.shortName == name) }
    }
}

extension OptionSpec {
    /// `format` and `--format` both name the option `--format`.
    static func canonicalName(_ name: String) -> String {
        name.hasPrefix("-") ? name : "--" + name
    }
}
