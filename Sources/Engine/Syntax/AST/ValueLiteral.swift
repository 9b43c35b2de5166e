/// A fact's value as written in a finding, a test's `given` or a plan's `set`.
public struct ValueLiteral: Sendable {
    /// The shapes a value can take.
    public enum Node: Sendable, Equatable {
        case yes, no, none
        /// A level of the fact's ladder.
        case level(String)
        /// A number's text.
        case number(String)
        /// Items of a set.
        case items([Located<String>])
    }

    /// The shape.
    public var node: Node
    /// Where it was written.
    public var span: SourceSpan

    /// Creates a value literal.
    public init(_ node: Node, at span: SourceSpan) {
        self.node = node
        self.span = span
    }
}
