/// A mistake on the command line: reported with the usage line and exit status 64.
///
/// The text of every kind is in `UsageError+Message.swift`; ``ErrorReport`` renders
/// it with the usage line of ``command``.
public struct UsageError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// An option the command does not declare, with the closest declared one.
        case unknownOption(String, suggestion: String?)
        /// A subcommand the tool does not have, with the closest one.
        case unknownSubcommand(String, suggestion: String?)
        /// An option that takes a value came last, or before another option.
        case missingValue(option: String)
        /// A value outside the option's allowed values, with the closest allowed one.
        case invalidValue(String, option: String, suggestion: String?)
        /// A flag written with a value, as in `--strict=yes`.
        case unexpectedValue(String, flag: String)
        /// An option that may be given once was given again.
        case repeatedOption(String)
        /// Two options of one mutually exclusive group were given.
        case mutuallyExclusive(String, String)
        /// A required option was not given.
        case missingOption(String)
        /// A required positional argument (its spec name, such as `EVIDENCE`) was not given.
        case missingArgument(String)
        /// Positional arguments beyond those the command takes.
        case unexpectedArguments([String])
        /// A subcommand's own check of its arguments failed, such as `--action` without `--plan`.
        case invalidArguments(message: String, help: String?)
    }

    /// What is wrong.
    public var kind: Kind
    /// The subcommand whose usage the error concerns; nil for the tool itself.
    public var command: CommandSpec?

    /// A usage error about `command`, or about the tool when `command` is nil.
    public init(_ kind: Kind, command: CommandSpec?) {
        self.kind = kind
        self.command = command
    }
}
