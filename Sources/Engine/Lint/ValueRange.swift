/// The numbers a fact can stand for under its type (a flag as 0 or 1, a level as its
/// index, a set as its number of items), with the phrase lint messages give as the reason.
public struct ValueRange: Sendable, Equatable {
    /// The least value.
    public var lower: Rational
    /// The largest value; nil when there is none (numbers, open sets).
    public var upper: Rational?
    /// Whether only whole numbers occur.
    public var integral: Bool
    /// Why: `'p' is between 'none' and 'evaluated'`, `'k' has at most 4 items`.
    public var phrase: String

    /// Creates a range.
    public init(lower: Rational, upper: Rational?, integral: Bool, phrase: String) {
        self.lower = lower
        self.upper = upper
        self.integral = integral
        self.phrase = phrase
    }

    /// A single constant.
    static func constant(_ value: Rational) -> ValueRange {
        ValueRange(lower: value, upper: value, integral: value.isInteger, phrase: "")
    }

    /// Whether the two ranges share a value, whole or not.
    func overlaps(_ other: ValueRange) -> Bool {
        let low = Swift.max(lower, other.lower)
        return [upper, other.upper].compactMap { $0 }.allSatisfy { low <= $0 }
    }

    /// Whether some value of this range and some of `other` satisfy `self op other`.
    func canSatisfy(_ op: ComparisonOperator, _ other: ValueRange) -> Bool {
        switch op {
        case .less: return other.upper.map { lower < $0 } ?? true
        case .lessEqual: return other.upper.map { lower <= $0 } ?? true
        case .greater: return other.canSatisfy(.less, self)
        case .greaterEqual: return other.canSatisfy(.lessEqual, self)
        case .notEqual:
            return !(upper == lower && other.upper == other.lower && lower == other.lower)
        case .equal:
            guard overlaps(other) else { return false }
            guard integral || other.integral else { return true }
            let low = Swift.max(lower, other.lower)
            let high: Rational? = [upper, other.upper].compactMap { $0 }.min()
            // A whole number in [low, high]: the least one at or above low.
            let ceiling = Rational(low.isInteger ? low.floor() : low.floor() + 1)
            return high.map { ceiling <= $0 } ?? true
        }
    }
}

extension FactCatalog {
    /// The numbers a fact stands for under its type; for a set, its number of items.
    public func valueRange(of fact: Int) -> ValueRange {
        let path = facts[fact].path
        switch facts[fact].type {
        case .flag:
            return ValueRange(lower: .zero, upper: .one, integral: true, phrase: "'\(path)' is yes or no")
        case .level(let index):
            let levels = ladders[index].levels
            return ValueRange(
                lower: .zero, upper: Rational(Int64(Swift.max(levels.count - 1, 0))), integral: true,
                phrase: "'\(path)' is between '\(levels.first ?? "")' and '\(levels.last ?? "")'")
        case .number:
            return ValueRange(lower: .zero, upper: nil, integral: false, phrase: "'\(path)' is 0 or more")
        case .set(let closed?):
            return ValueRange(
                lower: .zero, upper: Rational(Int64(closed.count)), integral: true,
                phrase: "'\(path)' has at most \(closed.count) item\(closed.count == 1 ? "" : "s")")
        case .set(nil):
            return ValueRange(lower: .zero, upper: nil, integral: true, phrase: "'\(path)' has 0 or more items")
        }
    }
}
