import Engine
import Foundation
import TestSupport
import Testing

/// The editor files in `editors/` stay true to the lexer: every keyword is highlighted as
/// one (and not inside a dotted name), and the JSON files parse and agree on the scope.
@Suite struct EditorGrammarTests {
    static func json(_ relative: String) throws -> JSONValue {
        try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(relative)))))
    }

    /// The `match` expressions of the grammar's `keywords` rules.
    static func keywordPatterns() throws -> [NSRegularExpression] {
        let grammar = try json("editors/kompass.tmLanguage.json")
        let rules = grammar["repository"]?["keywords"]?["patterns"]?.arrayValue ?? []
        return try rules.compactMap { $0["match"]?.stringValue }.map { try NSRegularExpression(pattern: $0) }
    }

    static func matchesWhole(_ patterns: [NSRegularExpression], _ text: String, at offset: Int = 0) -> Bool {
        let string = text as NSString
        return patterns.contains { pattern in
            pattern.matches(in: text, range: NSRange(location: 0, length: string.length)).contains {
                $0.range.location == offset && $0.range.length == string.length - offset
            }
        }
    }

    @Test(arguments: Keyword.allCases.map(\.rawValue))
    func everyKeywordOfTheLexerIsHighlighted(_ keyword: String) throws {
        let patterns = try Self.keywordPatterns()
        #expect(Self.matchesWhole(patterns, keyword), "'\(keyword)' is not a keyword in the grammar")
        // Reservation applies to whole words: `c.set` and `setting` are names.
        #expect(!Self.matchesWhole(patterns, "c.\(keyword)", at: 2))
        #expect(!Self.matchesWhole(patterns, keyword + "x"))
    }

    @Test func aWordThatIsNoKeywordIsNotHighlightedAsOne() throws {
        #expect(!Self.matchesWhole(try Self.keywordPatterns(), "dialog"))
    }

    @Test func theEditorFilesParseAndAgree() throws {
        let grammar = try Self.json("editors/kompass.tmLanguage.json")
        #expect(grammar["scopeName"] == "source.kompass")
        let manifest = try Self.json("editors/vscode/package.json")
        let contributed = manifest["contributes"]?["grammars"]?.arrayValue?.first
        #expect(contributed?["scopeName"] == "source.kompass")
        #expect(contributed?["language"] == "kompass")
        #expect(manifest["contributes"]?["languages"]?.arrayValue?.first?["extensions"] == [".kompass"])
        let configuration = try Self.json("editors/language-configuration.json")
        #expect(configuration["comments"]?["lineComment"] == "#")
        #expect(configuration["brackets"] == [["{", "}"], ["(", ")"]])
    }

    @Test func stringsKnowTheEscapesOfTheLexer() throws {
        let grammar = try Self.json("editors/kompass.tmLanguage.json")
        let escapes = grammar["repository"]?["string"]?["patterns"]?.arrayValue?.first?["match"]?.stringValue
        let pattern = try NSRegularExpression(pattern: try #require(escapes))
        for (escape, valid) in [(#"\""#, true), (#"\\"#, true), (#"\n"#, true), (#"\t"#, true), (#"\r"#, false)] {
            let found = pattern.firstMatch(in: escape, range: NSRange(location: 0, length: (escape as NSString).length))
            #expect((found?.range.length == 2) == valid, "\(escape)")
        }
    }
}
