import CommandLineKit
import Testing

@Suite struct TerminalStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var isTerminal: Bool
        var environment: [String: String]
        var colour: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "terminal", isTerminal: true, environment: ["TERM": "xterm-256color"], colour: true),
        Case(name: "terminal without TERM", isTerminal: true, environment: [:], colour: true),
        Case(name: "pipe or file", isTerminal: false, environment: ["TERM": "xterm-256color"], colour: false),
        Case(name: "NO_COLOR set", isTerminal: true, environment: ["NO_COLOR": "1", "TERM": "xterm"], colour: false),
        Case(name: "NO_COLOR any text", isTerminal: true, environment: ["NO_COLOR": "no"], colour: false),
        Case(name: "NO_COLOR empty", isTerminal: true, environment: ["NO_COLOR": "", "TERM": "xterm"], colour: true),
        Case(name: "TERM dumb", isTerminal: true, environment: ["TERM": "dumb"], colour: false),
        Case(
            name: "TERM dumb and NO_COLOR empty", isTerminal: true, environment: ["TERM": "dumb", "NO_COLOR": ""],
            colour: false),
        Case(name: "pipe with NO_COLOR", isTerminal: false, environment: ["NO_COLOR": "1"], colour: false),
    ]

    @Test(arguments: cases)
    func colourDecision(_ testCase: Case) {
        #expect(
            TerminalStyle.decide(isTerminal: testCase.isTerminal, environment: testCase.environment) == testCase.colour)
    }

    @Test func paintWrapsInEscapesOnlyWhenEnabled() {
        #expect(TerminalStyle(colorEnabled: true).paint("Error:", as: .error) == "\u{1B}[1;31mError:\u{1B}[0m")
        #expect(TerminalStyle.plain.paint("Error:", as: .error) == "Error:")
        #expect(TerminalStyle(colorEnabled: true).paint("", as: .help) == "")
    }

    @Test func standardStreamsInTestsAreNotTerminalsOrHonourNoColor() {
        // Test runs have their output captured; with NO_COLOR the answer is no either way.
        #expect(!TerminalStyle.forStandardOutput(environment: ["NO_COLOR": "1"]).isColorEnabled)
        #expect(!TerminalStyle.forStandardError(environment: ["TERM": "dumb"]).isColorEnabled)
    }
}
