/// Small random instruments that stress the arithmetic of aggregation, with evidence.
///
/// Every area has two to four subareas; about half are `weighted`, with rule weights that
/// sum to an awkward prime (7 to 31, or that many tenths) and maxima that do not divide by
/// it, and satisfactions with denominators of 3, 7 and 9. The other subareas' rules can
/// exceed the subarea's maximum, `each` rules carry their own caps, and every area's
/// maximum is below the sum of its subareas' maxima, so caps cut at every level. Rules of
/// different subareas share facts, so one changed finding touches several subareas. The
/// evidence assesses about 80 % of the facts, judges most judgements and overrides the
/// odd subarea.
public struct RandomInstrumentGenerator: Sendable {
    /// The items of set facts; rules ask about all but the last.
    public static let items = ["alfa", "beta", "gamma", "delta", "epsilon", "omega"]
    static let primes = [7, 11, 13, 17, 19, 23, 29, 31]
    static let levels = ["none", "started", "exists", "followed_up", "evaluated"]

    /// The stream every choice is drawn from.
    var rng: SplitMix64
    /// The facts declared so far, by kind.
    var facts: [(path: String, kind: InstrumentGenerator.FactKind)] = []
    var kinds: [GeneratedKind: Int] = [:]
    var judgements: [(id: String, max: Int)] = []
    var subareaMaxima: [(id: String, max: Int)] = []

    /// A generator whose every choice follows from `seed`.
    public init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    /// An instrument of `areas` areas (one file each) and evidence for it. Its
    /// ``GeneratedCase/scale`` is 0: it is not Kommunkompassen at a scale.
    public mutating func generate(areas: Int = 3) -> GeneratedCase {
        var files: [(path: String, text: String)] = [
            (
                "00-instrument.kompass",
                "instrument \"Slump\" version \"1\" language \"sv\"\n\n"
                    + "ladder maturity: \(Self.levels.joined(separator: " < "))\n"
            )
        ]
        var rules = 0
        var subareas = 0
        var weighted = 0
        for area in 1...max(1, areas) {
            var body = ""
            var sum = 0
            for sub in 1...rng.int(2...4) {
                subareas += 1
                let isWeighted = rng.chance(0.5)
                if isWeighted { weighted += 1 }
                let (text, maximum, count) = isWeighted ? weightedSubarea("\(area).\(sub)") : pointsSubarea("\(area).\(sub)")
                body += text
                sum += maximum
                rules += count
            }
            let areaMax = max(1, sum * rng.int(60...95) / 100)
            let declarations = facts.filter { $0.path.hasPrefix("a\(area).") }.map {
                "fact \($0.path): \(InstrumentGenerator.typeText($0.kind)) \"Faktum \($0.path)\"\n"
            }
            files.append(
                (
                    "area-\(area).kompass",
                    declarations.joined() + "\narea \(area) \"Område \(area)\" max \(areaMax)\n" + body
                ))
        }
        let (evidence, assessed, judged) = evidenceText()
        return GeneratedCase(
            scale: 0, files: files, evidence: evidence, areaCount: max(1, areas), subareaCount: subareas,
            weightedSubareas: weighted, ruleCount: rules, factCount: facts.count, assessedFacts: assessed,
            judgementRules: judgements.count, judged: judged, kinds: kinds, whenForms: [:])
    }

    /// A weighted subarea: its text, its maximum and its number of rules.
    mutating func weightedSubarea(_ id: String) -> (String, Int, Int) {
        let count = rng.int(2...6)
        let prime = rng.pick(Self.primes)
        // Weights of 1 each, then the rest of the prime spread at random.
        var weights = [Int](repeating: 1, count: count)
        for _ in 0..<(prime - count) { weights[rng.int(0..<count)] += 1 }
        let tenths = rng.chance(0.3)
        let maximum = rng.pick([5, 6, 10, 12, 20, 25])
        subareaMaxima.append((id, maximum))
        var text = "\nsubarea \(id) \"Delområde \(id)\" max \(maximum) weighted\n"
        for (r, weight) in weights.enumerated() {
            let ruleID = "\(id).\(Self.letter(r))"
            let weightText = tenths ? Self.tenths(weight) : String(weight)
            text += "  rule \(ruleID) \"Regel \(ruleID)\" weight \(weightText)\n    \(satisfactionClause(ruleID, area: id))\n"
        }
        return (text, maximum, count)
    }

    /// A points subarea whose rules' best values can exceed its maximum.
    mutating func pointsSubarea(_ id: String) -> (String, Int, Int) {
        let count = rng.int(2...6)
        var clauses: [String] = []
        var best = 0
        for r in 0..<count {
            let (clause, value) = pointsClause("\(id).\(Self.letter(r))", area: id)
            clauses.append(clause)
            best += value
        }
        let maximum = max(1, best * rng.int(50...110) / 100)
        subareaMaxima.append((id, maximum))
        var text = "\nsubarea \(id) \"Delområde \(id)\" max \(maximum)\n"
        for (r, clause) in clauses.enumerated() {
            let ruleID = "\(id).\(Self.letter(r))"
            text += "  rule \(ruleID) \"Regel \(ruleID)\"\n    \(clause)\n"
        }
        return (text, maximum, count)
    }

    static func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(97 + index))) }

    /// `13` as `1.3`, `10` as `1`.
    static func tenths(_ value: Int) -> String {
        value % 10 == 0 ? String(value / 10) : "\(value / 10).\(value % 10)"
    }
}
