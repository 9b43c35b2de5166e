import Engine
import Foundation
import Rules
import Testing

/// Bad input never crashes the tool, and every diagnostic it gives is well formed.
/// Each DESIGN.md example is mutated at its token boundaries: every prefix, every
/// single-token deletion and every single-token duplication, and each mutant is
/// parsed, checked (with the other examples unchanged), linted and, when clean, scored.
@Suite struct MutationTests {
    enum Role: Sendable { case instrument(Int), evidence, plan }

    struct Example: CustomTestStringConvertible, Sendable {
        let file: String
        let role: Role
        var testDescription: String { file }
    }

    static let examples = [
        Example(file: "instrument/a-declarations.kompass", role: .instrument(0)),
        Example(file: "instrument/b-excerpt.kompass", role: .instrument(1)),
        Example(file: "evidence.kompass", role: .evidence),
        Example(file: "plan.kompass", role: .plan),
    ]

    @Test(arguments: examples)
    func mutantsNeverCrashAndDiagnoseWell(_ example: Example) throws {
        let original = Array(try RulesTestPaths.text(RulesTestPaths.design + "/" + example.file))
        let ranges = Self.tokenRanges(of: String(original), path: example.file)
        #expect(ranges.count > 30, "the example lexes into tokens")
        var mutants: [[Character]] = []
        for range in ranges {
            mutants.append(Array(original[..<range.lowerBound]))
            mutants.append(Array(original[..<range.lowerBound] + original[range.upperBound...]))
            mutants.append(Array(original[..<range.upperBound] + [" "] + original[range] + original[range.upperBound...]))
        }
        var problems: [String] = []
        var clean = 0
        for mutant in mutants {
            let result = try Self.run(example, String(mutant))
            if !result.diagnostics.contains(where: { $0.severity == .error }) { clean += 1 }
            for problem in Self.problems(in: result) where problems.count < 20 {
                problems.append("\(problem)\n--- mutant ---\n\(String(mutant))")
            }
        }
        #expect(mutants.count == 3 * ranges.count)
        // Most mutants are wrong somehow: the checks notice.
        #expect(clean < mutants.count / 2)
        #expect(problems == [])
    }

    /// The original examples check clean (the lint only warns) and score.
    @Test(arguments: examples)
    func originalIsClean(_ example: Example) throws {
        let text = try RulesTestPaths.text(RulesTestPaths.design + "/" + example.file)
        let result = try Self.run(example, text)
        // The scoring lint has its say on DESIGN.md's excerpt (unused facts, an area
        // maximum of 100 over subareas of 30 and 20): warnings, never errors.
        #expect(result.diagnostics.allSatisfy { $0.id.rawValue.hasPrefix("lint.") && $0.severity == .warning })
        #expect(Self.problems(in: result) == [])
        #expect(result.scored != nil)
    }

    /// The examples, read once.
    static let originals = Result { () throws -> ([PipelineInput], PipelineInput, PipelineInput) in
        (
            try CheckingPipeline.designInstrumentFiles(),
            PipelineInput("evidence.kompass", bytes: try RulesTestPaths.bytes(RulesTestPaths.design + "/evidence.kompass")),
            PipelineInput("plan.kompass", bytes: try RulesTestPaths.bytes(RulesTestPaths.design + "/plan.kompass"))
        )
    }

    /// The well-formedness check itself notices what it should.
    @Test func problemsNoticesMalformedDiagnostics() throws {
        let source = SourceText(path: "x.kompass", text: "fact f: flag\n")
        let id = try #require(DiagnosticID.catalogue.first)
        let diagnostics = [
            Diagnostic(id, "fine", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 13), length: 1)),
            Diagnostic(id, "Capitalised", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 1), length: 1)),
            Diagnostic(id, "a period.", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 1), length: 1)),
            Diagnostic(id, "", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 1), length: 1)),
            Diagnostic(id, "far line", at: SourceSpan(path: "x.kompass", start: .init(line: 4, column: 1), length: 1)),
            Diagnostic(id, "far column", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 14), length: 1)),
            Diagnostic(id, "column 0", at: SourceSpan(path: "x.kompass", start: .init(line: 1, column: 0), length: 1)),
            Diagnostic(id, "other file", at: SourceSpan(path: "y.kompass", start: .init(line: 1, column: 1), length: 1)),
            Diagnostic(id, "nowhere", at: nil),
        ]
        let result = CheckingResult(diagnostics: diagnostics, sources: ["x.kompass": source])
        #expect(Self.problems(in: result).count == diagnostics.count - 1)
    }

    /// Runs the examples with one file replaced by `text`, scoring when all is clean.
    static func run(_ example: Example, _ text: String) throws -> CheckingResult {
        var (instrument, evidence, plan) = try originals.get()
        switch example.role {
        case .instrument(let index): instrument[index].bytes = Array(text.utf8)
        case .evidence: evidence.bytes = Array(text.utf8)
        case .plan: plan.bytes = Array(text.utf8)
        }
        return CheckingPipeline.run(instrument: instrument, evidence: evidence, plan: plan, score: true, lint: true)
    }

    /// The character ranges of the tokens of `text` (the end token excluded).
    static func tokenRanges(of text: String, path: String) -> [Range<Int>] {
        let source = SourceText(path: path, text: text)
        // The character offset where each line starts, counted as the lexer counts.
        var lineStarts = [0]
        for (offset, character) in source.characters.enumerated() where character.isNewline {
            lineStarts.append(offset + 1)
        }
        return Lexer.tokenize(source).tokens.filter { $0.kind != .end }.map { token in
            let start = lineStarts[token.span.start.line - 1] + token.span.start.column - 1
            return start..<(start + token.span.length)
        }
    }

    static let catalogue = Set(DiagnosticID.catalogue.map(\.rawValue))

    /// What is wrong with a run's diagnostics: an id outside the catalogue, a missing or
    /// impossible place, a message or help that is empty, capitalised or ends with a period.
    static func problems(in result: CheckingResult) -> [String] {
        let sources = result.sources
        var problems: [String] = []
        func place(_ span: SourceSpan?, _ what: String) {
            guard let span else { return problems.append("\(what): no place") }
            guard let source = sources[span.path] else { return problems.append("\(what): unknown path \(span.path)") }
            guard span.start.line >= 1, span.start.line <= source.lines.count + 1 else {
                return problems.append("\(what): line \(span.start.line) of \(source.lines.count)")
            }
            let width = source.line(span.start.line)?.count ?? 0
            if span.start.column < 1 || span.start.column > width + 1 {
                problems.append("\(what): column \(span.start.column) on a line of \(width) characters")
            }
            if span.length < 1 { problems.append("\(what): span of length \(span.length)") }
        }
        func text(_ message: String, _ what: String) {
            if message.isEmpty || message.first?.isUppercase == true || message.hasSuffix(".") {
                problems.append("\(what): badly formed text '\(message)'")
            }
        }
        for diagnostic in result.diagnostics {
            let what = diagnostic.oneLineForm
            if !catalogue.contains(diagnostic.id.rawValue) { problems.append("\(what): id not in the catalogue") }
            place(diagnostic.span, what)
            text(diagnostic.message, what)
            if let help = diagnostic.help { text(help, what + " (help)") }
            for note in diagnostic.notes {
                place(note.span, what + " (note)")
                text(note.message, what + " (note)")
            }
        }
        return problems
    }
}
