import Foundation
import Engine
import Rules
import Testing

/// One example of one registered kind, named for the test report.
struct KindExampleCase: CustomTestStringConvertible, Sendable {
    var kind: String
    var number: Int
    var example: RuleKindExample

    var testDescription: String { "\(kind) example \(number)" }

    /// Every example of every kind in the built-in registry.
    static let all: [KindExampleCase] = BuiltinKinds.registry.kinds.flatMap { kind in
        kind.description.examples.enumerated().map { index, example in
            KindExampleCase(kind: kind.description.identifier, number: index + 1, example: example)
        }
    }
}

/// The examples in each kind's `description` are its documentation and its tests
/// (STYLE.md, SwiftLint's anchor): every registered kind's examples must score as they say.
@Suite struct KindExampleTests {
    @Test func everyBuiltinKindIsRegisteredAndHasExamples() {
        let names = BuiltinKinds.registry.kinds.map { $0.description.identifier }
        #expect(names == ["each", "judgement", "ladder", "scale", "threshold", "when"])
        for kind in BuiltinKinds.registry.kinds {
            #expect(!kind.description.examples.isEmpty, "\(kind.description.identifier) has no examples")
            #expect(!kind.description.summary.isEmpty)
            #expect(!kind.description.parameters.isEmpty)
        }
    }

    @Test func registryListIsSortedByIdentifier() {
        let names = BuiltinKinds.all.map { $0.description.identifier }
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
    }

    /// `expected` is the value rule `x.1.a` must give (RuleKindExample): its points in a
    /// points subarea, its points of the weighted subarea (`max · w · s / Σw`) in a weighted one.
    @Test(arguments: KindExampleCase.all)
    func exampleScoresAsDocumented(_ test: KindExampleCase) throws {
        let example = test.example
        var text = "instrument \"Example\" version \"1\"\n" + example.instrument + "\n"
        let hasGiven = !example.given.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if hasGiven {
            // The `given` is test syntax; a test block parses it, then it becomes evidence.
            text += "test \"example\" given \(example.given) expect x.1.a = \(example.expected)\n"
        }
        let (instrument, bag, _) = Fixture.check([("example.kompass", text)])
        #expect(bag.all.isEmpty, "example instrument has diagnostics: \(bag.all.map(\.message))")
        let checked = try #require(instrument)
        var body = ""
        if hasGiven {
            let givens = try #require(checked.tests.first).givens
            for given in givens { body += Self.evidenceLine(given) + "\n" }
        }
        let scored = try Fixture.scored(checked, body)
        #expect(checked.subareas.count == 1)
        let rule = scored.ruleScore("x.1.a")
        #expect(rule.points == q(example.expected), "\(test.testDescription): got \(rule.points)")
        #expect(rule.outcome.assessed, "every example is fully assessed")
    }

    /// A test's `given` as an evidence line: a finding or a judgement with a reason.
    static func evidenceLine(_ given: GivenDecl) -> String {
        if given.isJudgement {
            guard case .number(let text) = given.value.node else { return "# bad judgement" }
            return "judge \(given.target.value) = \(text) because \"example\""
        }
        return "finding \(given.target.value) = \(literal(given.value)) source document \"example\""
    }

    static func literal(_ value: ValueLiteral) -> String {
        switch value.node {
        case .yes: return "yes"
        case .no: return "no"
        case .none: return "none"
        case .level(let name): return quoted(name)
        case .number(let text): return text
        case .items(let items): return "{" + items.map { quoted($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
