import CommandLineKit
import Foundation
import TestSupport
import Testing

@testable import kompass_score

/// Every command spec of the real tool is sound: no problem `specProblems` knows, no two
/// options sharing a name, defaults among the allowed values, an abstract for each; and
/// each command's help, through the binary, exits 0 and starts with its overview.
@Suite struct OptionSpecTests {
    static let commandNames = [
        "score", "explain", "whatif", "suggest", "check", "test", "compare", "calibrate", "fit", "convert", "corpus", "diff",
        "new", "facts", "fmt", "lsp",
    ]

    static func spec(_ name: String) throws -> CommandSpec {
        try #require(KompassTool.tool.spec.subcommand(named: name), "no command '\(name)'")
    }

    /// A one-letter short name such as `-f`, when the option declares one. Read by
    /// reflection so this test does not depend on the property existing.
    static func shortName(of option: OptionSpec) -> String? {
        Mirror(reflecting: option).children.first { $0.label == "shortName" }.flatMap { $0.value as? String }
    }

    /// Whitespace runs as one space: help wraps its text at 80 columns.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theToolHasEveryCommandInHelpOrder() {
        #expect(KompassTool.tool.spec.subcommands.map(\.name) == Self.commandNames)
        #expect(KompassTool.tool.spec.name == "kompass-score")
        #expect(!KompassTool.tool.spec.abstract.isEmpty)
    }

    @Test func specProblemsFindsNothing() {
        #expect(KompassTool.tool.spec.specProblems == [])
    }

    /// `specProblems` is not blind: it does report a duplicate option and a default
    /// outside the allowed values, so the test above can fail.
    @Test func specProblemsSeesTheMistakesItChecks() throws {
        var bad = try Self.spec("score")
        bad.options.append(OptionSpec("--format", value: "FORMAT", help: "Again."))
        bad.options.append(OptionSpec("--colour", value: "WHEN", allowedValues: ["always", "never"], defaultValue: "auto", help: "C."))
        #expect(
            bad.specProblems == [
                "option '--format' is declared twice or shadows '--help'",
                "option '--colour' has default 'auto' outside its allowed values",
            ])
    }

    @Test(arguments: commandNames)
    func optionsAreSound(_ name: String) throws {
        let spec = try Self.spec(name)
        #expect(spec.name == name)
        #expect(!spec.abstract.isEmpty)
        #expect(!spec.abstract.contains("\n"), "the abstract is one line")
        #expect(spec.abstract.hasSuffix("."))
        var names: Set<String> = ["--help", "-h"]
        for option in spec.options {
            #expect(option.name.range(of: #"^--[a-z][a-z-]*[a-z]$"#, options: .regularExpression) != nil, "\(option.name)")
            #expect(names.insert(option.name).inserted, "\(name): option \(option.name) declared twice")
            if let short = Self.shortName(of: option) {
                #expect(names.insert(short).inserted, "\(name): short name \(short) of \(option.name) declared twice")
            }
            #expect(!option.help.isEmpty, "\(name) \(option.name) has help")
            #expect(Set(option.allowedValues).count == option.allowedValues.count, "\(name) \(option.name): allowed values repeat")
            if let value = option.defaultValue {
                #expect(!option.isFlag, "\(name) \(option.name): a flag with a default")
                if !option.allowedValues.isEmpty {
                    #expect(option.allowedValues.contains(value), "\(name) \(option.name): default '\(value)' not allowed")
                }
            }
            if option.isFlag { #expect(option.allowedValues.isEmpty) }
            if let group = option.group {
                #expect(!option.isRequired)
                #expect(spec.options.filter { $0.group == group }.count >= 2, "\(name): group \(group) has one member")
            }
        }
        #expect(Set(spec.arguments.map(\.name)).count == spec.arguments.count)
        // Every command that reads an instrument takes --rules (convert: for findings tables);
        // the language server finds each document's instrument itself (or from its
        // initialization option 'rules').
        #expect((spec.option(named: "--rules") != nil) == (name != "lsp"))
    }

    /// `<command> --help`, `-h` and `help <command>` print the same help: status 0, nothing
    /// on standard error, the overview first, every option with its values and default.
    @Test(arguments: commandNames)
    func helpThroughTheBinary(_ name: String) throws {
        let spec = try Self.spec(name)
        let outcome = try BinaryRun.run([name, "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        #expect(outcome.out.hasPrefix("OVERVIEW: "))
        let overview = outcome.out.components(separatedBy: "\n\n").first ?? ""
        #expect(Self.collapsed(overview) == "OVERVIEW: " + spec.abstract)
        #expect(outcome.out.contains("\nUSAGE: kompass-score \(name)"))
        let help = Self.collapsed(outcome.out)
        for option in spec.options {
            var notes: [String] = []
            if !option.allowedValues.isEmpty { notes.append("values: " + option.allowedValues.joined(separator: ", ")) }
            if let value = option.defaultValue { notes.append("default: " + value) }
            let text = Self.collapsed(option.help + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
            #expect(help.contains(text), "\(name) \(option.name): \(text)")
            // Listed as `  --name` or, with a short name, `  -n, --name`.
            let label = Self.shortName(of: option).map { "  \($0), \(option.name)" } ?? "  " + option.name
            #expect(outcome.out.contains("\n" + label), "\(name) lists \(label)")
        }
        #expect(try BinaryRun.run([name, "-h"]).stdout == outcome.stdout)
        #expect(try BinaryRun.run(["help", name]).stdout == outcome.stdout)
    }

    @Test func toolHelpAndVersion() throws {
        let help = try BinaryRun.run(["--help"])
        #expect(help.status == 0)
        #expect(help.err == "")
        #expect(help.out.hasPrefix("OVERVIEW: \(KompassTool.tool.spec.abstract)\n"))
        let listed = BinaryRun.lines(help.out).drop { $0 != "SUBCOMMANDS:" }.dropFirst()
            .compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.dropFirst(2).split(separator: " ").first.map(String.init)
            }
        #expect(Array(listed.prefix(Self.commandNames.count)) == Self.commandNames)
        let version = try BinaryRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out == "kompass-score \(KompassTool.tool.spec.version)\n")
    }
}
