import Testing

@testable import Engine

@Suite struct JSONWriterTests {
    static let sample: JSONValue = .object([
        "schemaVersion": 1,
        "tool": ["name": "kompass-score", "version": "0.1.0"],
        "total": ["points": .number("484.2"), "max": .number(800), "exact": .number("1e400")],
        "evaluators": ["E1", "E2"],
        "override": .null,
        "flags": [true, false],
        "empty": ["list": [], "map": .object([])],
    ])

    @Test func writesPrettyWithTwoSpaceIndentation() {
        let expected = """
            {
              "schemaVersion": 1,
              "tool": {
                "name": "kompass-score",
                "version": "0.1.0"
              },
              "total": {
                "points": 484.2,
                "max": 800,
                "exact": 1e400
              },
              "evaluators": [
                "E1",
                "E2"
              ],
              "override": null,
              "flags": [
                true,
                false
              ],
              "empty": {
                "list": [],
                "map": {}
              }
            }

            """
        #expect(JSONWriter.write(Self.sample) == expected)
    }

    @Test func writesCompactWithoutWhitespace() {
        let expected =
            #"{"schemaVersion":1,"tool":{"name":"kompass-score","version":"0.1.0"},"#
            + #""total":{"points":484.2,"max":800,"exact":1e400},"evaluators":["E1","E2"],"#
            + #""override":null,"flags":[true,false],"empty":{"list":[],"map":{}}}"#
        #expect(JSONWriter.write(Self.sample, pretty: false) == expected)
    }

    @Test(arguments: [
        (JSONValue.null, "null"), (true, "true"), (.number("-0"), "-0"), (.number("0.10"), "0.10"),
        ("", #""""#), (.array([]), "[]"), (.object([]), "{}"),
    ])
    func writesScalarsAndEmptyContainers(_ value: JSONValue, _ expected: String) {
        #expect(JSONWriter.write(value, pretty: false) == expected)
        #expect(JSONWriter.write(value) == expected + "\n")
    }

    @Test(arguments: [
        ("quote \"", #""quote \"""#), ("back\\slash", #""back\\slash""#), ("a/b", #""a/b""#),
        ("line\nfeed", #""line\nfeed""#), ("tab\t", #""tab\t""#), ("cr\r", #""cr\r""#),
        ("\u{8}\u{C}", #""\b\f""#), ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""), ("åäö 😀 e\u{301}", "\"åäö 😀 e\u{301}\""), ("\u{2028}", "\"\u{2028}\""),
    ])
    func escapesStrings(_ text: String, _ expected: String) {
        #expect(JSONWriter.write(.string(text), pretty: false) == expected)
        #expect(JSONWriter.write(.object(pairs: [(text, .null)]), pretty: false) == "{\(expected):null}")
    }

    @Test(arguments: [true, false])
    func roundTripsThroughParser(_ pretty: Bool) throws {
        let tricky: JSONValue = [
            "numbers": [.number("0.1"), .number("1e400"), .number("-0"), .number("-1.50E-007")],
            "strings": ["\u{0}\u{1F}\"\\/", "😀 \u{10FFFF}", "e\u{301}"],
            "dup": 1, "dup": 2,
            "sample": Self.sample,
        ]
        let text = JSONWriter.write(tricky, pretty: pretty)
        let parsed = try JSONParser.parse(text)
        #expect(parsed == tricky)
        #expect(JSONWriter.write(parsed, pretty: pretty) == text)
    }

    @Test func canonicalTextIsRewrittenByteForByte() throws {
        let text = JSONWriter.write(Self.sample)
        let bytes = Array(JSONWriter.write(try JSONParser.parse(text)).utf8)
        #expect(bytes == Array(text.utf8))
    }

    @Test func writesAreDeterministic() {
        let writes = (0..<5).map { _ in JSONWriter.write(Self.sample) }
        #expect(Set(writes).count == 1)
    }

    @Test func buildersAgree() {
        let fromPairs = JSONValue.object(pairs: [("b", .number(2)), ("a", "x")])
        let fromLiteral: JSONValue = ["b": 2, "a": "x"]
        let fromMembers = JSONValue.object([JSONMember("b", .number("2")), JSONMember(key: "a", value: .string("x"))])
        #expect(fromPairs == fromLiteral)
        #expect(fromMembers == fromLiteral)
        #expect(JSONValue.object(["b": 2, "a": "x"]) == fromLiteral)
        #expect(JSONWriter.write(fromLiteral, pretty: false) == #"{"b":2,"a":"x"}"#)
    }
}
