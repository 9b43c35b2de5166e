/// A positional argument of a command, such as the evidence files of `score`.
public struct ArgumentSpec: Sendable, Equatable {
    /// The argument's name in upper case, such as `EVIDENCE`; help shows it as `<evidence>`.
    public var name: String
    /// One line on what the argument is.
    public var help: String
    /// Whether the argument takes every remaining positional value (at least one unless optional).
    public var isRepeating: Bool
    /// Whether the argument may be left out.
    public var isOptional: Bool

    /// Declares a positional argument.
    public init(_ name: String, help: String, repeating: Bool = false, optional: Bool = false) {
        self.name = name
        self.help = help
        self.isRepeating = repeating
        self.isOptional = optional
    }

    /// The smallest number of values the argument takes.
    var minimumCount: Int { isOptional ? 0 : 1 }

    /// The largest number of values the argument takes; nil when unbounded.
    var maximumCount: Int? { isRepeating ? nil : 1 }
}
