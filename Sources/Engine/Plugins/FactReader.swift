/// Read access to one evaluation's findings, for a rule kind.
///
/// A reader is the findings as given plus a short list of changed facts on top: a change
/// (``with(_:)``, ``applying(_:)``) costs the number of changes, never a copy of every
/// fact, so searching for the changes that satisfy a rule costs the rule, not the instrument.
public struct FactReader: Sendable {
    /// Every fact's value by index as given, before ``changed``.
    let base: [FactValue?]
    /// Facts changed on top of ``base``, in order (a later entry wins); usually empty.
    let changed: [(fact: Int, value: FactValue)]
    /// The evaluator's judgement of the rule being evaluated, if any.
    public let judgement: Rational?

    /// Creates a reader.
    public init(values: [FactValue?], judgement: Rational? = nil) {
        self.base = values
        self.changed = []
        self.judgement = judgement
    }

    init(base: [FactValue?], changed: [(fact: Int, value: FactValue)], judgement: Rational?) {
        self.base = base
        self.changed = changed
        self.judgement = judgement
    }

    /// Every fact's value by index; nil is unassessed. With changes made, this builds the
    /// whole array (it costs the number of facts): rule kinds read ``value(_:)``.
    public var values: [FactValue?] {
        if changed.isEmpty { return base }
        var copy = base
        for (fact, value) in changed { copy[fact] = value }
        return copy
    }

    /// A fact's value, or nil when unassessed.
    @inline(__always)
    public func value(_ fact: Int) -> FactValue? {
        if changed.isEmpty { return base[fact] }
        return changedValue(fact)
    }

    /// A fact's value when changes are made: the latest change of it, or its value as given.
    @inline(never)
    func changedValue(_ fact: Int) -> FactValue? {
        for (changedFact, value) in changed.reversed() where changedFact == fact { return value }
        return base[fact]
    }

    /// The same findings with one fact changed (or, for a judgement change, the judgement).
    public func with(_ change: FindingChange) -> FactReader {
        applying(CollectionOfOne(change))
    }

    /// The findings with several changes applied in order.
    public func applying(_ changes: some Collection<FindingChange>) -> FactReader {
        var judgement = self.judgement
        var changed = self.changed
        for change in changes {
            if let value = change.value {
                changed.append((change.fact, value))
            } else {
                judgement = change.judgement
            }
        }
        return FactReader(base: base, changed: changed, judgement: judgement)
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
