/// A side of a comparison.
public enum Operand: Sendable, Equatable {
    /// A level's index or a number.
    case fact(Int)
    /// The number of items of a set fact.
    case count(Int)
    /// A constant (a level's index, a number, or a flag as 0/1).
    case constant(Rational)

    var fact: Int? {
        switch self {
        case .fact(let index), .count(let index): return index
        case .constant: return nil
        }
    }
}

/// A checked condition, with names resolved to fact indices. Only the cases that hold
/// conditions are boxed: a fact, a comparison or a `contains` is held in place.
public enum Condition: Sendable, Equatable {
    /// The fact is positive (yes, above the bottom, non-empty, above 0).
    case positive(Int)
    /// A comparison between operands.
    case compare(ComparisonOperator, Operand, Operand)
    /// A set contains the item.
    case contains(Int, String)
    /// A set contains at least one of the items.
    case containsAny(Int, [String])
    /// A set contains all of the items.
    case containsAll(Int, [String])
    indirect case not(Condition)
    indirect case and(Condition, Condition)
    indirect case or(Condition, Condition)

    /// The facts the condition reads, once per reading.
    public var factsRead: [Int] {
        switch self {
        case .positive(let f), .contains(let f, _), .containsAny(let f, _), .containsAll(let f, _): return [f]
        case .compare(_, let l, let r): return [l.fact, r.fact].compactMap { $0 }
        case .not(let c): return c.factsRead
        case .and(let l, let r), .or(let l, let r): return l.factsRead + r.factsRead
        }
    }

    /// The truth of the condition on the findings, in three-valued logic.
    public func evaluate(_ facts: FactReader) -> Truth {
        switch self {
        case .positive(let fact):
            guard let value = facts.value(fact) else { return .unknown }
            return Truth(value.isPositive)
        case .compare(let op, let lhs, let rhs):
            guard let l = Self.number(lhs, facts), let r = Self.number(rhs, facts) else { return .unknown }
            return Truth(op.holds(l, r))
        case .contains(let fact, let item):
            guard case .set(let items)? = facts.value(fact) else { return .unknown }
            return Truth(items.contains(item))
        case .containsAny(let fact, let wanted):
            guard case .set(let items)? = facts.value(fact) else { return .unknown }
            return Truth(wanted.contains { items.contains($0) })
        case .containsAll(let fact, let wanted):
            guard case .set(let items)? = facts.value(fact) else { return .unknown }
            return Truth(wanted.allSatisfy { items.contains($0) })
        case .not(let inner): return inner.evaluate(facts).negated
        case .and(let l, let r):
            let left = l.evaluate(facts)
            return left == .no ? .no : left.and(r.evaluate(facts))
        case .or(let l, let r):
            let left = l.evaluate(facts)
            return left == .yes ? .yes : left.or(r.evaluate(facts))
        }
    }

    /// The numeric value of an operand, or nil when its fact is unassessed.
    static func number(_ operand: Operand, _ facts: FactReader) -> Rational? {
        switch operand {
        case .constant(let value): return value
        case .fact(let fact):
            switch facts.value(fact) {
            case .flag(let v)?: return v ? .one : .zero
            case .level(let i)?: return Rational(Int64(i))
            case .number(let n)?: return n
            case .set(let items)?: return Rational(Int64(items.count))
            case nil: return nil
            }
        case .count(let fact):
            guard case .set(let items)? = facts.value(fact) else { return nil }
            return Rational(Int64(items.count))
        }
    }
}

extension ComparisonOperator {
    /// Whether `lhs op rhs` holds.
    public func holds(_ lhs: Rational, _ rhs: Rational) -> Bool {
        switch self {
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        case .less: return lhs < rhs
        case .lessEqual: return lhs <= rhs
        case .greater: return lhs > rhs
        case .greaterEqual: return lhs >= rhs
        }
    }

    /// The operator with its sides swapped (`a < b` is `b > a`).
    public var swapped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        }
    }
}
