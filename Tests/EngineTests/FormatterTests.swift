import Engine
import Foundation
import TestSupport
import Testing

/// `KompassFormatter`: hand-written messy sources and their canonical layout; and on every
/// `.kompass` file of the repository and the mutation corpus of the DESIGN.md examples,
/// the layout is idempotent, keeps every token and keeps every comment before the same token.
@Suite struct FormatterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "instrument",
            input: """
                   # header comment   \n\
                instrument   "K" version "2019"    language "sv"



                ladder m:none<started< exists
                fact a.b:flag      "A"   # trailing
                fact c:set{x,y}"C"
                fact d: level m
                   "D"
                reference "R" {1:63, 2 : 65}
                area 1 "A" max 100
                alias "Alt"
                      en "Area"
                subarea 1.1 "S" max 20 weighted
                rule 1.1.a "R"
                why "W"
                weight 2
                ladder d {exists:0.5,evaluated:1}
                    # before rule
                        rule 1.1.b "T" when a.b and not (count(c)>=2) award 1
                  rule 1.1.c "U" weight 1 threshold d{>=1:0.5, > 2 :1}
                rule 1.1.d "V"
                  when a.b and
                  c contains any {x,y} award 1
                test "t"
                given a.b = yes
                c = {x, y}
                judge 1.1.b = 0.5
                  expect 1.1 = 10 within 0.01
                """,
            expected: """
                # header comment
                instrument "K" version "2019" language "sv"

                ladder m: none < started < exists
                fact a.b: flag "A"  # trailing
                fact c: set {x, y} "C"
                fact d: level m
                    "D"
                reference "R" { 1: 63, 2: 65 }
                area 1 "A" max 100
                  alias "Alt"
                  en "Area"
                subarea 1.1 "S" max 20 weighted
                  rule 1.1.a "R"
                    why "W"
                    weight 2
                    ladder d { exists: 0.5, evaluated: 1 }
                  # before rule
                  rule 1.1.b "T" when a.b and not (count(c) >= 2) award 1
                  rule 1.1.c "U" weight 1 threshold d { >= 1: 0.5, > 2: 1 }
                  rule 1.1.d "V"
                    when a.b and
                        c contains any {x, y} award 1
                test "t"
                  given a.b = yes
                        c = {x, y}
                        judge 1.1.b = 0.5
                  expect 1.1 = 10 within 0.01

                """),
        Case(
            name: "evidence",
            input: """
                evidence "Ale" year 2020 instrument "K" version "2019"
                evaluator "E1"
                      # findings
                finding a.b = yes
                source web "a\tb \\\\" section "1.1"
                   note "n"
                finding c = {x,"y z"} judge 1.1.b = 0.5 because "r"
                override 1.1 = 3 because "s"
                   by "E1"
                finding d = none confidence 0.90
                """,
            expected: """
                evidence "Ale" year 2020 instrument "K" version "2019"
                  evaluator "E1"
                # findings
                finding a.b = yes
                  source web "a\\tb \\\\" section "1.1"
                  note "n"
                finding c = {x, "y z"}
                judge 1.1.b = 0.5 because "r"
                override 1.1 = 3 because "s"
                  by "E1"
                finding d = none confidence 0.90

                """),
        Case(
            name: "plan",
            input: """
                plan "P" for "Ale"
                  action a "A" cost 80
                    set x = yes
                    add y {p,q}
                  action b "B"   cost -0
                      set z = exists
                """,
            expected: """
                plan "P" for "Ale"
                action a "A" cost 80
                  set x = yes
                  add y {p, q}
                action b "B" cost -0
                  set z = exists

                """),
        Case(
            name: "labels and blank lines",
            input: """


                labels m {
                none: "saknas",

                    # the top


                evaluated: "utvärderas"
                  # end
                  }
                # last


                """,
            expected: """
                labels m {
                  none: "saknas",

                  # the top

                  evaluated: "utvärderas"
                  # end
                }
                # last

                """),
    ]

    @Test(arguments: cases)
    func messyInputGetsTheCanonicalLayout(_ example: Case) throws {
        let formatted = try #require(KompassFormatter.format(SourceText(path: "x.kompass", text: example.input)))
        #expect(formatted == example.expected)
        // The canonical layout is a fixed point.
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", text: example.expected)) == example.expected)
    }

    @Test func lineEndingsAndByteOrderMarkAreMadePlain() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("fact a: flag\r\n\r\n\r\nfact b: flag   # b\r\n# end".utf8)
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", bytes: bytes)) == "fact a: flag\n\nfact b: flag  # b\n# end\n")
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", text: "")) == "")
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", text: "\n  # only\n\n")) == "# only\n")
    }

    @Test(arguments: [
        "fact a: flag \"open\n", "finding a = 0,5\n", "fact a: flag;\n", "fact a: flag \"\\q\"\n", "fact a: flag @\n",
    ])
    func textThatDoesNotLexIsLeftAlone(_ text: String) {
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", text: text)) == nil)
    }

    @Test func invalidUTF8IsLeftAlone() {
        let bytes = Array("fact a: flag \"".utf8) + [0xE5] + Array("\"\n".utf8)
        #expect(KompassFormatter.format(SourceText(path: "x.kompass", bytes: bytes)) == nil)
    }

    // MARK: The repository and the mutation corpus

    /// Every `.kompass` file under Rules, Examples and Tests.
    static let repositoryFiles: [String] = {
        var files: [String] = []
        for folder in ["Rules", "Examples", "Tests"] {
            let root = PackageRoot.path(folder)
            let walker = FileManager.default.enumerator(atPath: root)
            while let relative = walker?.nextObject() as? String {
                if relative.hasSuffix(".kompass") { files.append(folder + "/" + relative) }
            }
        }
        return files.sorted()
    }()

    @Test func theRepositoryHasKompassFilesOfEveryKind() {
        #expect(Self.repositoryFiles.count > 50)
        for prefix in ["Rules/kommunkompassen-2019/", "Examples/ale-2020/", "Examples/corpus/", "Tests/RulesTests/Fixtures/"] {
            #expect(Self.repositoryFiles.contains { $0.hasPrefix(prefix) }, "\(prefix)")
        }
    }

    @Test func everyRepositoryFileKeepsItsMeaningAndComments() throws {
        var checked = 0
        for file in Self.repositoryFiles {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(file))))
            let source = SourceText(path: file, bytes: bytes)
            guard source.diagnostics.isEmpty, Lexer.tokenize(source).diagnostics.all.isEmpty else {
                // Fixtures of lexical errors: left alone.
                #expect(KompassFormatter.format(source) == nil, "\(file)")
                continue
            }
            let formatted = try #require(KompassFormatter.format(source), "\(file)")
            try Self.expectSameMeaning(source, formatted)
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func everyMutantOfTheDesignExamplesKeepsItsMeaningAndComments() throws {
        var mutants = 0
        for name in ["instrument/a-declarations.kompass", "instrument/b-excerpt.kompass", "evidence.kompass", "plan.kompass"] {
            let path = PackageRoot.path("Tests/RulesTests/Fixtures/design/" + name)
            let original = Array(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
            // As MutationTests does: every prefix, token deletion and token duplication.
            for range in Self.tokenRanges(SourceText(path: name, text: String(original))) {
                for mutant in [
                    Array(original[..<range.lowerBound]),
                    Array(original[..<range.lowerBound] + original[range.upperBound...]),
                    Array(original[..<range.upperBound] + [" "] + original[range] + original[range.upperBound...]),
                ] {
                    let source = SourceText(path: name, text: String(mutant))
                    guard Lexer.tokenize(source).diagnostics.all.isEmpty else { continue }
                    let formatted = try #require(KompassFormatter.format(source), "\(String(mutant))")
                    try Self.expectSameMeaning(source, formatted)
                    mutants += 1
                }
            }
        }
        #expect(mutants > 500)
    }

    // MARK: Checks, written apart from the formatter

    /// The formatted text is a fixed point, has the same tokens, and the same comments
    /// before the same tokens.
    static func expectSameMeaning(
        _ source: SourceText, _ formatted: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let again = SourceText(path: source.path, text: formatted)
        #expect(KompassFormatter.format(again) == formatted, "idempotent: \(source.path)", sourceLocation: sourceLocation)
        let before = Lexer.tokenize(source).tokens.map { "\($0.kind) \($0.text)" }
        let after = Lexer.tokenize(again).tokens.map { "\($0.kind) \($0.text)" }
        #expect(before == after, "tokens: \(source.path)", sourceLocation: sourceLocation)
        #expect(comments(source) == comments(again), "comments: \(source.path)", sourceLocation: sourceLocation)
        #expect(!formatted.contains(" \n") && !formatted.contains("\n\n\n"), "\(source.path)", sourceLocation: sourceLocation)
    }

    /// Each comment's text (without trailing spaces) with the index of the token after it,
    /// sorted: found by scanning characters outside strings.
    static func comments(_ source: SourceText) -> [String] {
        let starts = tokenStarts(source).map(\.start)
        var found: [String] = []
        let characters = source.characters
        var index = 0
        var inString = false
        while index < characters.count {
            let c = characters[index]
            if inString {
                if c == "\\" { index += 1 } else if c == "\"" || c.isNewline { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "#" {
                var end = index
                while end < characters.count, !characters[end].isNewline { end += 1 }
                var text = String(characters[index..<end])
                while text.last?.isWhitespace == true { text.removeLast() }
                let next = starts.firstIndex { $0 > index } ?? starts.count
                found.append("\(next) \(text)")
                index = end
                continue
            }
            index += 1
        }
        return found.sorted()
    }

    /// The character offset of each token's start, counting lines as the lexer does.
    static func tokenStarts(_ source: SourceText) -> [(token: Token, start: Int)] {
        var lineStarts = [0]
        for (index, c) in source.characters.enumerated() where c.isNewline { lineStarts.append(index + 1) }
        return Lexer.tokenize(source).tokens.map { ($0, lineStarts[$0.span.start.line - 1] + $0.span.start.column - 1) }
    }

    static func tokenRanges(_ source: SourceText) -> [Range<Int>] {
        tokenStarts(source).filter { $0.token.kind != .end }.map { $0.start..<($0.start + $0.token.span.length) }
    }
}
