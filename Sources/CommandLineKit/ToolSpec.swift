/// The tool as a whole: its name, version, abstract and subcommands.
public struct ToolSpec: Sendable, Equatable {
    /// The executable's name, such as `kompass-score`.
    public var name: String
    /// The version `--version` prints, such as `0.1.0`.
    public var version: String
    /// One line on what the tool does, shown in `OVERVIEW:`.
    public var abstract: String
    /// The subcommands in the order help lists them.
    public var subcommands: [CommandSpec]

    /// Declares the tool.
    public init(name: String, version: String, abstract: String, subcommands: [CommandSpec]) {
        self.name = name
        self.version = version
        self.abstract = abstract
        self.subcommands = subcommands
    }

    /// The subcommand with this name, if any.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The line `--version` prints: the tool's name and version.
    public var versionLine: String { "\(name) \(version)\n" }
}
