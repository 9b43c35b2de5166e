// The generator's names and values as rule-language text.

extension InstrumentGenerator {
    /// `area-0001.kompass`: names sort in declaration order for every scale.
    func format4(_ area: Int) -> String {
        let digits = String(area)
        return "area-" + String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits + ".kompass"
    }

    /// The section an evidence source cites for a fact: `o12.d3.x_4` is in 12.3.
    func sectionOf(_ path: String) -> String {
        let parts = path.split(separator: ".")
        return "\(parts[0].dropFirst()).\(parts[1].dropFirst())"
    }

    /// A fact's type as declared: `flag`, `level maturity`, `number`, `set` or `set {…}`.
    static func typeText(_ kind: FactKind) -> String {
        switch kind {
        case .flag: return "flag"
        case .level: return "level maturity"
        case .number: return "number"
        case .set(let closed?): return "set {\(closed.joined(separator: ", "))}"
        case .set(nil): return "set"
        }
    }

    /// A random finding value of a type, as evidence text.
    mutating func value(for kind: FactKind) -> String {
        switch kind {
        case .flag: return rng.chance(0.6) ? "yes" : "no"
        case .level:
            // Skewed toward the middle of the ladder, as evaluations are.
            let weights = [10, 15, 35, 25, 15]
            var x = rng.int(0..<100)
            for (i, w) in weights.enumerated() {
                if x < w { return Self.levels[i] }
                x -= w
            }
            return "exists"
        case .number: return String(rng.int(0...600))
        case .set(let closed):
            let pool = closed ?? Self.vocabulary
            let count = rng.int(0...Swift.min(5, pool.count))
            var items: [String] = []
            for item in pool where items.count < count && rng.chance(0.6) { items.append(item) }
            return items.isEmpty && count == 0 ? "none" : "{\(items.joined(separator: ", "))}"
        }
    }

    /// A judgement value without a needless `.0`.
    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension String {
    /// The text with its first letter upper-cased.
    var titled: String { prefix(1).uppercased() + dropFirst() }
}
