/// A comparison operator in a condition or a threshold band.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="

    /// The operator that holds exactly when this one does not.
    public var negation: ComparisonOperator {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterEqual
        case .lessEqual: .greater
        case .greater: .lessEqual
        case .greaterEqual: .less
        }
    }
}

/// One entry of a `{ key: value, … }` map: a level (`exists: 2`), a band (`>= 100: 2`)
/// or an id (`1: 63`).
public struct MapEntry: Sendable {
    /// The band's operator, if the key is a band.
    public var comparison: ComparisonOperator?
    /// The key: a level, an id or a number.
    public var key: Located<String>
    /// The value's number text.
    public var value: Located<String>
}

/// An argument or condition, as written. Names are resolved later, by the rule kinds
/// and the checker.
public struct Expression: Sendable {
    /// The shapes an expression can take.
    /// Only the cases that hold expressions (and `count`, whose located path is large)
    /// are boxed: a word, number or string is held in place, with no allocation.
    public enum Node: Sendable {
        /// A dotted word: a fact path, a level or an item, depending on where it stands.
        case word(String)
        /// A number's text.
        case number(String)
        /// A string literal's value.
        case string(String)
        case yes, no, none
        /// `{a, b, "c d"}`.
        case setLiteral([Located<String>])
        /// `{ key: value, … }`.
        case map([MapEntry])
        /// `count(FACT)`.
        indirect case count(Located<String>)
        indirect case not(Expression)
        indirect case and(Expression, Expression)
        indirect case or(Expression, Expression)
        indirect case compare(ComparisonOperator, Expression, Expression)
        /// `FACT contains ITEM`.
        indirect case contains(Expression, Located<String>)
        /// `FACT contains any {…}`.
        indirect case containsAny(Expression, [Located<String>])
        /// `FACT contains all {…}`.
        indirect case containsAll(Expression, [Located<String>])
    }

    /// The shape.
    public var node: Node
    /// Where it was written (its first token, extended over the line where possible).
    public var span: SourceSpan

    /// Creates an expression.
    public init(_ node: Node, at span: SourceSpan) {
        self.node = node
        self.span = span
    }

    /// The word, if this expression is a bare word.
    public var word: String? {
        if case .word(let text) = node { return text }
        return nil
    }
}
