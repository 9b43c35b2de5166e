// The rules and the evidence of a random instrument.

extension RandomInstrumentGenerator {
    /// A fact of `kind` for a rule of subarea `area`: often one declared before (perhaps
    /// in another subarea), else a new one.
    mutating func fact(_ kind: InstrumentGenerator.FactKind, _ subarea: String) -> String {
        let same = facts.filter { Self.sameKind($0.kind, kind) }
        if !same.isEmpty, rng.chance(0.35) { return rng.pick(same).path }
        let parts = subarea.split(separator: ".")
        let path = "a\(parts[0]).s\(parts[parts.count - 1]).f\(facts.count + 1)"
        facts.append((path, kind))
        return path
    }

    static func sameKind(_ a: InstrumentGenerator.FactKind, _ b: InstrumentGenerator.FactKind) -> Bool {
        switch (a, b) {
        case (.flag, .flag), (.level, .level), (.number, .number): return true
        case (.set(let x), .set(let y)): return x == y
        default: return false
        }
    }

    /// A clause whose values are satisfactions in [0, 1], for a weighted subarea.
    mutating func satisfactionClause(_ id: String, area: String) -> String {
        let kind = drawKind()
        kinds[kind, default: 0] += 1
        switch kind {
        case .when:
            let condition = condition(area)
            return rng.chance(0.5) ? "when \(condition)" : "when \(condition) award \(rng.pick(["0.5", "0.7", "0.9"]))"
        case .ladder:
            let values = rng.pick([["0.3", "0.5", "0.7", "1"], ["0.1", "0.4", "0.9", "1"], ["0", "0.5", "0.5", "1"]])
            let f = fact(.level, area)
            return "ladder \(f) { started: \(values[0]), exists: \(values[1]), followed_up: \(values[2]), evaluated: \(values[3]) }"
        case .each:
            if rng.chance(0.5) { return "each \(fact(.set(closed: nil), area)) award 0.3 cap 0.9" }
            return "each \(fact(.set(closed: nil), area)) from {alfa, beta, gamma} award 0.25 cap 0.5"
        case .threshold:
            return "threshold \(fact(.number, area)) { >= 10: 0.3, >= 45.5: 0.7, > 90: 1 }"
        case .scale:
            return rng.chance(0.5)
                ? "scale \(fact(.number, area)) from 0 to 7 award 1" : "scale \(fact(.number, area)) from 90 to 27 award 0.9"
        case .judgement:
            let maximum = rng.pick([3, 7, 9])
            judgements.append((id, maximum))
            return "judgement max \(maximum)"
        }
    }

    /// A clause in points and its best value, for a points subarea.
    mutating func pointsClause(_ id: String, area: String) -> (String, Int) {
        let kind = drawKind()
        kinds[kind, default: 0] += 1
        switch kind {
        case .when:
            let award = rng.int(1...7)
            return ("when \(condition(area)) award \(award)", award)
        case .ladder:
            let a = rng.int(1...3)
            return ("ladder \(fact(.level, area)) { exists: \(a), followed_up: \(a + 2), evaluated: \(a + 5) }", a + 5)
        case .each:
            if rng.chance(0.5) {
                let award = rng.int(1...3)
                return ("each \(fact(.set(closed: nil), area)) award \(award) cap \(2 * award)", 2 * award)
            }
            return ("each \(fact(.set(closed: ["alfa", "beta", "gamma", "delta"]), area)) award 1.5", 6)
        case .threshold:
            return ("threshold \(fact(.number, area)) { > 0: 1, >= 33.3: 3, >= 77: 5 }", 5)
        case .scale:
            let award = rng.int(2...9)
            return ("scale \(fact(.number, area)) from 0 to 13 award \(award)", award)
        case .judgement:
            let maximum = rng.int(2...6)
            judgements.append((id, maximum))
            return ("judgement max \(maximum)", maximum)
        }
    }

    /// A condition of one of several forms, reading one to three facts.
    mutating func condition(_ area: String) -> String {
        switch rng.int(0..<6) {
        case 0: return fact(.flag, area)
        case 1: return "\(fact(.flag, area)) and \(fact(.flag, area))"
        case 2: return "\(fact(.flag, area)) or not \(fact(.level, area)) >= exists"
        case 3: return "\(fact(.set(closed: nil), area)) contains \(rng.pick(["alfa", "beta", "gamma"]))"
        case 4: return "\(fact(.number, area)) > 50 and not \(fact(.flag, area))"
        default: return "\(fact(.set(closed: nil), area)) contains any {delta, epsilon} or \(fact(.flag, area))"
        }
    }

    mutating func drawKind() -> GeneratedKind {
        switch rng.int(0..<100) {
        case ..<30: return .when
        case ..<50: return .ladder
        case ..<65: return .each
        case ..<77: return .threshold
        case ..<89: return .scale
        default: return .judgement
        }
    }

    /// The evidence: its text, the facts assessed and the judgements given.
    mutating func evidenceText() -> (String, Int, Int) {
        var text = "evidence \"Slumpby\" year 2024 instrument \"Slump\" version \"1\"\n  evaluator \"E1\"\n\n"
        var assessed = 0
        for (path, kind) in facts where rng.chance(0.8) {
            assessed += 1
            text += "finding \(path) = \(value(kind))\n  source document \"Underlag\"\n"
        }
        var judged = 0
        for (id, maximum) in judgements where rng.chance(0.75) {
            judged += 1
            // Halves and thirds of the maximum, never above it.
            let value = rng.chance(0.5) ? Self.tenths(rng.int(0...(10 * maximum))) : String(rng.int(0...maximum))
            text += "judge \(id) = \(value) because \"Bedömning\"\n"
        }
        for (id, maximum) in subareaMaxima where rng.chance(0.1) {
            text += "override \(id) = \(rng.int(0...maximum)) because \"Samlad bedömning\"\n"
        }
        return (text, assessed, judged)
    }

    /// A random value of a fact's type, as evidence text.
    mutating func value(_ kind: InstrumentGenerator.FactKind) -> String {
        switch kind {
        case .flag: return rng.chance(0.5) ? "yes" : "no"
        case .level: return rng.pick(Self.levels)
        case .number: return rng.chance(0.3) ? Self.tenths(rng.int(0...1000)) : String(rng.int(0...100))
        case .set(let closed):
            let chosen = (closed ?? Self.items).filter { _ in rng.chance(0.4) }
            return chosen.isEmpty ? "none" : "{\(chosen.joined(separator: ", "))}"
        }
    }
}
