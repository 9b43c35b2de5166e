import Foundation
import TestSupport
import Testing

/// The README's examples cannot go stale: every fenced block that starts with a
/// `$ kompass-score …` (or `$ swift run kompass-score …`) command is run with the built
/// tool in the package root, and every line the block shows under the command must appear
/// in what the command prints. A line with `…` stands for its text up to the `…`.
@Suite struct ReadmeExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var line: Int
        var arguments: [String]
        var shown: [String]
        var testDescription: String { "README line \(line): kompass-score \(arguments.joined(separator: " "))" }
    }

    /// The examples of the README, in order.
    static let examples: [Example] = {
        guard let text = try? String(contentsOfFile: PackageRoot.path("README.md"), encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inBlock = false
        var current: Example?
        var continued: (number: Int, command: String)?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // A command continued with `\` on the next lines.
            if let partial = continued {
                let rest = line.trimmingCharacters(in: .whitespaces)
                if rest.hasSuffix("\\") {
                    continued = (partial.number, partial.command + " " + rest.dropLast())
                    continue
                }
                continued = nil
                var words = Self.words(partial.command + " " + rest)
                if words.starts(with: ["swift", "run"]) { words.removeFirst(2) }
                current = words.first == "kompass-score" ? Example(line: partial.number, arguments: Array(words.dropFirst()), shown: []) : nil
                continue
            }
            if line.hasPrefix("```") {
                if let example = current { examples.append(example) }
                current = nil
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                if let example = current { examples.append(example) }
                current = nil
                if line.hasSuffix("\\") {
                    continued = (number + 1, String(line.dropFirst(2).dropLast()))
                    continue
                }
                var words = Self.words(String(line.dropFirst(2)))
                if words.starts(with: ["swift", "run"]) { words.removeFirst(2) }
                current = words.first == "kompass-score" ? Example(line: number + 1, arguments: Array(words.dropFirst()), shown: []) : nil
            } else if current != nil {
                current?.shown.append(String(line))
            }
        }
        return examples
    }()

    /// Shell words: spaces separate, double quotes group, no expansion.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in command {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test func theReadmeHasExamplesOfTheMainCommands() {
        let commands = Set(Self.examples.compactMap(\.arguments.first))
        #expect(Self.examples.count >= 8)
        #expect(commands.isSuperset(of: ["score", "explain", "whatif", "suggest", "calibrate"]))
    }

    @Test(arguments: examples)
    func exampleOutputAppears(_ example: Example) throws {
        let outcome = try KompassExecutable.run(example.arguments)
        let printed = (outcome.out + outcome.err).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces) }
        for shown in example.shown {
            var expected = shown.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
            if let ellipsis = expected.firstIndex(of: "…") { expected = String(expected[..<ellipsis]).trimmingCharacters(in: .whitespaces) }
            guard !expected.isEmpty else { continue }
            let found = shown.contains("…") ? printed.contains { $0.hasPrefix(expected) } : printed.contains(expected)
            #expect(found, "README line \(example.line): '\(shown)' is not in the output")
        }
    }
}
