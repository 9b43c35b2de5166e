/// Read access to one evaluation's findings, for a rule kind.
public struct FactReader: Sendable {
    /// Every fact's value by index; nil is unassessed.
    public let values: [FactValue?]
    /// The evaluator's judgement of the rule being evaluated, if any.
    public let judgement: Rational?

    /// Creates a reader.
    public init(values: [FactValue?], judgement: Rational? = nil) {
        self.values = values
        self.judgement = judgement
    }

    /// A fact's value, or nil when unassessed.
    @inline(__always)
    public func value(_ fact: Int) -> FactValue? { values[fact] }

    /// The same findings with one fact changed.
    public func with(_ change: FindingChange) -> FactReader {
        guard let value = change.value else { return FactReader(values: values, judgement: change.judgement) }
        var copy = values
        copy[change.fact] = value
        return FactReader(values: copy, judgement: judgement)
    }
}

/// Three-valued truth: unassessed facts make conditions unknown.
public enum Truth: Sendable, Equatable {
    case no, yes, unknown

    /// `false and ? = false`.
    public func and(_ other: Truth) -> Truth {
        if self == .no || other == .no { return .no }
        if self == .yes && other == .yes { return .yes }
        return .unknown
    }

    /// `true or ? = true`.
    public func or(_ other: Truth) -> Truth {
        if self == .yes || other == .yes { return .yes }
        if self == .no && other == .no { return .no }
        return .unknown
    }

    /// `not ? = ?`.
    public var negated: Truth {
        switch self {
        case .no: return .yes
        case .yes: return .no
        case .unknown: return .unknown
        }
    }

    init(_ value: Bool) { self = value ? .yes : .no }
}
