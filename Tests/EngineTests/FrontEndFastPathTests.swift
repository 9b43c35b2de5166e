import Testing

@testable import Engine

/// The front end's byte-level shortcuts give exactly what the character-level code they
/// stand in for gives: number ranges, the order of a set's items, id nesting, the finding
/// of a fact.
@Suite struct FrontEndFastPathTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    // MARK: Numbers

    @Test(arguments: [
        ("0", true), ("-0", true), ("000", true), ("1000000000000", true), ("-1000000000000", true),
        ("1000000000000.000000", true), ("1000000000000.000001", false), ("1000000000001", false),
        ("9999999999999", false), ("10000000000000", false), ("0001000000000000", true),
        ("999999999999.999999", true), ("1.1234567", false), ("1.123456", true), ("-2.5", true),
        ("00000000000000000.5", true), ("2000000000000", false),
    ])
    func numberRangeCases(_ text: String, _ expected: Bool) {
        #expect(NumberText.isInRange(text) == expected, "\(text)")
        #expect(NumberText.isInRangeByCharacters(text) == expected, "\(text)")
    }

    @Test func numberRangeAgreesWithCharactersOnGeneratedNumbers() {
        var random = Generator(state: 13)
        var checked = 0
        for _ in 0..<20_000 {
            var text = random.next(4) == 0 ? "-" : ""
            for _ in 0..<random.next(4) { text += "0" }
            let leading = random.next(3) == 0 ? "1" : String(1 + random.next(9))
            text += leading
            for _ in 0..<random.next(15) { text += String(random.next(3) == 0 ? random.next(10) : 0) }
            if random.next(2) == 0 {
                text += "."
                for _ in 0..<(1 + random.next(8)) { text += String(random.next(3) == 0 ? random.next(10) : 0) }
            }
            #expect(NumberText.isWellFormed(text))
            #expect(NumberText.isInRange(text) == NumberText.isInRangeByCharacters(text), "\(text)")
            checked += 1
        }
        #expect(checked == 20_000)
    }

    // MARK: Set items

    @Test(arguments: [
        [], ["a"], ["a", "b", "c"], ["c", "b", "a"], ["a", "a"], ["b", "a", "b"], ["B", "a"], ["a", "B"],
        ["ab", "a"], ["a", "ab"], ["öl", "ål"], ["e\u{301}", "\u{E9}"], ["\u{E9}", "e\u{301}"], ["x", "é", "y"],
    ])
    func itemsAreNormalizedAsBefore(_ items: [String]) {
        #expect(ValueResolver.normalized(items) == FactValue.normalizedItems(items), "\(items)")
    }

    @Test func itemsAreNormalizedAsBeforeOnGeneratedLists() {
        var random = Generator(state: 7)
        let words = ["a", "b", "ab", "ba", "_", "a_b", "z", "Z", "10", "2", "å", "ä"]
        for _ in 0..<5_000 {
            let items = (0..<random.next(6)).map { _ in words[random.next(words.count)] }
            #expect(ValueResolver.normalized(items) == FactValue.normalizedItems(items), "\(items)")
        }
    }

    @Test func sortedASCIIItemsAreKeptAsWritten() {
        let items = ["dialogcafe", "medborgarpanel", "webbenkat"]
        #expect(ValueResolver.normalized(items) == items)
        #expect(ValueResolver.normalized(["webbenkat", "dialogcafe"]) == ["dialogcafe", "webbenkat"])
        #expect(ValueResolver.normalized(["x", "x"]) == ["x"])
    }

    // MARK: Nesting of ids

    /// The test as the checker first wrote it.
    static func nestsByCharacters(_ id: String, in parent: String) -> Bool {
        let rest = id.hasPrefix(parent + ".") ? id.dropFirst(parent.count + 1) : ""
        return !rest.isEmpty && !rest.contains(".")
    }

    @Test(arguments: [
        ("1.3", "1", true), ("1.3.c", "1.3", true), ("1.3.c", "1", false), ("1", "1", false), ("1.", "1", false),
        ("11.3", "1", false), ("1.3", "11", false), ("2.3", "1", false), ("x.1", "x", true), ("å.1", "å", true),
        ("e\u{301}.1", "\u{E9}", true), ("\u{E9}.b", "e\u{301}", true), ("1.3..c", "1.3", false), ("", "", false),
    ])
    func nesting(_ id: String, _ parent: String, _ expected: Bool) {
        #expect(InstrumentChecker.nestsDirectly(id, in: parent) == expected, "\(id) in \(parent)")
        #expect(Self.nestsByCharacters(id, in: parent) == expected, "\(id) in \(parent)")
    }

    @Test(arguments: [
        ("1", false), ("1.3", true), ("1.3.c", true), (".", true), ("", false), ("x1", false), ("å", false),
        ("å.1", true), ("e\u{301}.b", true), ("ö1", false), ("1.", true),
    ])
    func anAreaIdContainsAPoint(_ id: String, _ expected: Bool) {
        #expect(InstrumentChecker.containsPoint(id) == expected, "\(id)")
    }

    @Test func nestingAgreesWithCharactersOnGeneratedIds() {
        var random = Generator(state: 3)
        let parts = ["1", "2", "12", "a", "b", "ö", ""]
        func id() -> String { (0..<(1 + random.next(3))).map { _ in parts[random.next(parts.count)] }.joined(separator: ".") }
        for _ in 0..<5_000 {
            let (child, parent) = (id(), id())
            #expect(InstrumentChecker.nestsDirectly(child, in: parent) == Self.nestsByCharacters(child, in: parent), "\(child) in \(parent)")
        }
    }

    // MARK: Findings by fact

    static func finding(_ fact: Int, _ line: Int) -> Finding {
        Finding(
            fact: fact, value: .flag(true), sources: [], note: nil, confidence: nil, by: nil,
            span: SourceSpan(path: "e.kompass", start: SourceLocation(line: line, column: 1), length: 1))
    }

    @Test func findingOfAFactIsItsFirstFinding() {
        var evidence = Evidence(
            path: "e.kompass", sha256: "", municipality: "M", year: 2024, instrumentName: "I", instrumentVersion: "1",
            evaluators: [], findings: [], judgements: [], overrides: [])
        evidence.findings = [Self.finding(4, 1), Self.finding(0, 2), Self.finding(4, 3)]
        #expect(evidence.finding(of: 4)?.span.start.line == 1)
        #expect(evidence.finding(of: 0)?.span.start.line == 2)
        #expect(evidence.finding(of: 1) == nil)
        #expect(evidence.finding(of: 5) == nil)
        #expect(evidence.finding(of: 1_000) == nil)
        #expect(evidence.finding(of: -1) == nil)
        evidence.findings.removeFirst()
        #expect(evidence.finding(of: 4)?.span.start.line == 3)
    }
}
