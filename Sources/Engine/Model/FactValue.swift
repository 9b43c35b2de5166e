/// The type of a fact, as declared.
public enum FactType: Sendable, Equatable {
    /// Yes or no.
    case flag
    /// A level on the ladder with this index in ``Instrument/ladders``.
    case level(ladder: Int)
    /// A non-negative number.
    case number
    /// A set of named items, closed to `closed` when given (sorted).
    case set(closed: [String]?)

    /// How the type reads in messages.
    public func name(in instrument: Instrument) -> String {
        switch self {
        case .flag: return "flag"
        case .level(let ladder): return "level \(instrument.ladders[ladder].name)"
        case .number: return "number"
        case .set: return "set"
        }
    }
}

/// One assessed value of a fact.
public enum FactValue: Sendable, Hashable {
    /// A flag's value.
    case flag(Bool)
    /// A level's index on its ladder (0 is the bottom).
    case level(Int)
    /// A number, exact.
    case number(Rational)
    /// A set's distinct items, sorted by their UTF-8 bytes.
    case set([String])

    /// Whether the value is positive: yes, above the bottom, non-empty, above 0.
    public var isPositive: Bool {
        switch self {
        case .flag(let value): return value
        case .level(let index): return index > 0
        case .number(let value): return value > .zero
        case .set(let items): return !items.isEmpty
        }
    }

    /// A set's items normalised: distinct and sorted by UTF-8 bytes, so output never
    /// depends on the order they were written in.
    public static func normalizedItems(_ items: [String]) -> [String] {
        Array(Set(items)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The value as the language writes it.
    public func formatted(ladder: Ladder?) -> String {
        switch self {
        case .flag(let value): return value ? "yes" : "no"
        case .level(let index):
            guard let ladder else { return String(index) }
            return index == 0 && ladder.levels[0] == "none" ? "none" : Spelling.word(ladder.levels[index])
        case .number(let value): return value.decimalString()
        case .set(let items):
            return items.isEmpty ? "{}" : "{" + items.map(Spelling.word).joined(separator: ", ") + "}"
        }
    }
}
