import Testing

@testable import Engine

@Suite struct JSONParserTests {
    /// One input the parser must reject, with the error it must report.
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var message: String
        var line: Int
        var column: Int
        var byteOffset: Int
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ message: String, _ line: Int, _ column: Int, _ byteOffset: Int) {
            self.init(name, Array(text.utf8), message, line, column, byteOffset)
        }

        init(_ name: String, _ bytes: [UInt8], _ message: String, _ line: Int, _ column: Int, _ byteOffset: Int) {
            (self.name, self.bytes, self.message) = (name, bytes, message)
            (self.line, self.column, self.byteOffset) = (line, column, byteOffset)
        }
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func opens(_ count: Int) -> String {
        String(repeating: "[", count: count)
    }

    static let errorCases: [ErrorCase] = [
        .init("empty input", "", "expected a value", 1, 1, 0),
        .init("whitespace only", " \n ", "expected a value", 2, 2, 3),
        .init("trailing comma in array", "[1,]", "trailing comma before ']'", 1, 3, 2),
        .init("trailing comma in object", #"{"a":1,}"#, "trailing comma before '}'", 1, 7, 6),
        .init("line comment", "[1, // one\n2]", "comments are not allowed", 1, 5, 4),
        .init("block comment", "/* x */ 1", "comments are not allowed", 1, 1, 0),
        .init("leading zero", "01", "leading zeros are not allowed", 1, 1, 0),
        .init("negative leading zero", "[-012]", "leading zeros are not allowed", 1, 2, 1),
        .init("NaN", "NaN", "expected a value", 1, 1, 0),
        .init("negative infinity", "[-Infinity]", "expected a digit after '-'", 1, 3, 2),
        .init("plus sign", "+1", "expected a value", 1, 1, 0),
        .init("bare fraction", ".5", "expected a value", 1, 1, 0),
        .init("missing fraction digits", "1.", "expected a digit after '.'", 1, 3, 2),
        .init("missing exponent digits", "1e+", "expected a digit in the exponent", 1, 4, 3),
        .init("hex number", "0x1", "expected end of input after top-level value", 1, 2, 1),
        .init("truncated true", "tru", "expected 'true'", 1, 1, 0),
        .init("misspelt null", "[nul]", "expected 'null'", 1, 2, 1),
        .init("capitalised false", "False", "expected a value", 1, 1, 0),
        .init("single quotes", "'a'", "expected a value", 1, 1, 0),
        .init("unterminated string", #"["abc"#, "unterminated string", 1, 2, 1),
        .init("backslash at end", #""ab\"#, "unterminated string", 1, 1, 0),
        .init("tab in string", "\"a\tb\"", "unescaped control character U+0009 in string", 1, 3, 2),
        .init("newline in string", "{\n  \"a\": \"x\ny\"}", "unescaped control character U+000A in string", 2, 10, 11),
        .init("invalid escape", #""\x""#, #"invalid escape '\x'"#, 1, 2, 1),
        .init("short unicode escape", #""\u12G4""#, #"expected 4 hex digits after '\u'"#, 1, 2, 1),
        .init("lone high surrogate", #""\uD800""#, #"unpaired surrogate '\uD800'"#, 1, 2, 1),
        .init("lone low surrogate", #"["\udc00"]"#, #"unpaired surrogate '\udc00'"#, 1, 3, 2),
        .init("high then non-low", #""\ud800\u0041""#, #"unpaired surrogate '\ud800'"#, 1, 2, 1),
        .init("high then bad escape", #""\ud800\uZZZZ""#, #"expected 4 hex digits after '\u'"#, 1, 8, 7),
        .init("invalid byte", [0x22, 0x61, 0xFF, 0x22], "invalid UTF-8 sequence", 1, 3, 2),
        .init("overlong encoding", [0x22, 0xC0, 0xAF, 0x22], "invalid UTF-8 sequence", 1, 2, 1),
        .init("encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 sequence", 1, 2, 1),
        .init("truncated sequence", [0x22, 0xE2, 0x82, 0x22], "invalid UTF-8 sequence", 1, 2, 1),
        .init("above U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8 sequence", 1, 2, 1),
        .init("stray continuation byte", [0x5B, 0x80, 0x5D], "expected a value", 1, 2, 1),
        .init("bare key", "{a:1}", "expected a string key or '}'", 1, 2, 1),
        .init("missing colon", #"{"a" 1}"#, "expected ':' after object key", 1, 6, 5),
        .init("number after comma in object", #"{"a":1,2}"#, "expected a string key after ','", 1, 8, 7),
        .init("missing comma in array", "[1 2]", "expected ',' or ']' after array element", 1, 4, 3),
        .init("unclosed array", "[1", "expected ',' or ']' after array element", 1, 3, 2),
        .init("unclosed object", #"{"a":1"#, "expected ',' or '}' after object member", 1, 7, 6),
        .init(
            "missing comma between lines", "{\n  \"a\": 1\n  \"b\": 2\n}",
            "expected ',' or '}' after object member", 3, 3, 13),
        .init("data after value", "{} x", "expected end of input after top-level value", 1, 4, 3),
        .init("columns count characters", #"["åäö", x]"#, "expected a value", 1, 9, 11),
        .init("combining mark is one character", "[\"e\u{301}\", x]", "expected a value", 1, 7, 8),
        .init("CRLF line endings", "[\r\n1,\r\n]", "trailing comma before ']'", 2, 2, 4),
        .init("BOM not counted as a column", bom + Array("[,]".utf8), "expected a value", 1, 2, 4),
        .init("BOM only", bom, "expected a value", 1, 1, 3),
        .init("second BOM", bom + bom, "expected a value", 1, 1, 3),
        .init("257 arrays", opens(257), "nesting deeper than 256", 1, 257, 256),
        .init(
            "257 objects", String(repeating: #"{"a":"#, count: 257), "nesting deeper than 256", 1, 1281, 1280),
        .init("257 with empty innermost", opens(256) + "[]", "nesting deeper than 256", 1, 257, 256),
    ]

    @Test(arguments: errorCases)
    func rejectsWithLocatedError(_ example: ErrorCase) {
        let expected = JSONSyntaxError(
            message: example.message, line: example.line, column: example.column, byteOffset: example.byteOffset)
        #expect(throws: expected) { try JSONParser.parse(example.bytes) }
    }

    @Test func millionOpenBracketsReportTooDeepWithoutRecursing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        let expected = JSONSyntaxError(message: "nesting deeper than 256", line: 1, column: 257, byteOffset: 256)
        #expect(throws: expected) { try JSONParser.parse(bytes) }
    }

    @Test func acceptsNestingOf256() throws {
        let text = String(repeating: "[", count: 254) + #"{"a":[]}"# + String(repeating: "]", count: 254)
        var value = try JSONParser.parse(text)
        var levels = 1
        while let inner = value.arrayValue?.first ?? value["a"] {
            levels += 1
            value = inner
        }
        #expect(levels == 256)
        #expect(value == .array([]))
    }

    @Test(arguments: ["0", "-0", "0.1", "1e400", "-1.50E-007", "1E+2", "123456789012345678901234567890"])
    func keepsNumberTextExactly(_ text: String) throws {
        #expect(try JSONParser.parse(text) == .number(text))
        #expect(try JSONParser.parse("[\(text)]")[0] == .number(text))
    }

    @Test func keepsKeyOrderAndDuplicateKeys() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": {"y": null, "b": true}, "a": 3}"#)
        #expect(value.objectValue?.map(\.key) == ["z", "a", "m", "a"])
        #expect(value["a"] == .number("2"))
        #expect(value["m"]?.objectValue?.map(\.key) == ["y", "b"])
        #expect(value["missing"] == nil)
    }

    @Test func parsesEveryKindOfValue() throws {
        let text = " {\"s\": \"x\", \"n\": -2.5e3, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, [], {}]}\r\n\t"
        let expected: JSONValue = [
            "s": "x", "n": .number("-2.5e3"), "t": true, "f": false, "z": .null, "a": [1, .array([]), .object([])],
        ]
        let value = try JSONParser.parse(text)
        #expect(value == expected)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["n"]?.numberText == "-2.5e3")
        #expect(value["t"]?.boolValue == true)
        #expect(value["z"]?.isNull == true)
        #expect(value["a"]?.arrayValue?.count == 3)
        #expect(value["s"]?.numberText == nil)
    }

    @Test(arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u00e5\u00C4\u0000""#, "åÄ\u{0}"),
        (#""\ud83d\ude00 \uD834\uDD1E""#, "😀 𝄞"),
        (#""åäö 😀 e\#u{301}""#, "åäö 😀 e\u{301}"),
        (#""\u2028/""#, "\u{2028}/"),
    ])
    func decodesStrings(_ text: String, _ expected: String) throws {
        let value = try JSONParser.parse(text)
        #expect(value.stringValue?.unicodeScalars.elementsEqual(expected.unicodeScalars) == true)
    }

    @Test func skipsLeadingBOM() throws {
        #expect(try JSONParser.parse(Self.bom + Array(#"{"a": [1]}"#.utf8)) == ["a": [1]])
    }

    @Test func errorDescribesLocation() {
        let error = JSONSyntaxError(message: "expected a value", line: 2, column: 5, byteOffset: 9)
        #expect(error.description == "2:5: expected a value")
    }
}

extension JSONValue {
    /// The array element at `index`, for tests.
    fileprivate subscript(index: Int) -> JSONValue? {
        guard let elements = arrayValue, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
