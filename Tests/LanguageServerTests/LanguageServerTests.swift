import Engine
import Foundation
import LanguageServer
import Rules
import TestSupport
import Testing

/// The server in process, on a small instrument of its own in a scratch folder: hand-made
/// cases for the lifecycle, the checks and every feature.
@Suite struct LanguageServerTests {
    static let instrument = """
        instrument "Liten" version "1" language "sv"
        ladder mognad: none < started < exists
        labels mognad { none: "saknas", started: "påbörjad", exists: "finns" }
        labels mognad en { none: "missing", started: "started", exists: "in place" }
        fact dialog.former: set {ortsdialog, panel} "Former för medborgardialog"
        fact policy: level mognad "Policy för dialog"

        area 1 "Dialog" max 10
        subarea 1.1 "Former" max 10
          rule 1.1.a "Flera former"
            why "Fler former ger fler röster."
            each dialog.former award 2
          rule 1.1.b "Policy"
            ladder policy { started: 1, exists: 4 }

        """

    let scratch: ScratchDirectory
    let server: LanguageServer
    let rules: String

    init() throws {
        scratch = try ScratchDirectory()
        rules = try scratch.write("rules/instrument.kompass", Self.instrument)
        server = LanguageServer(registry: BuiltinKinds.registry, executablePath: "")
    }

    func send(_ method: String, _ params: JSONValue, id: Int? = nil) -> [JSONValue] {
        var pairs: [(String, JSONValue)] = [("jsonrpc", "2.0")]
        if let id { pairs.append(("id", .number(id))) }
        pairs += [("method", .string(method)), ("params", params)]
        return server.receive(Array(JSONWriter.write(.object(pairs: pairs), pretty: false).utf8))
    }

    func start() {
        _ = send("initialize", .object(pairs: [("rootUri", .string(DocumentURI.uri(scratch.path)))]), id: 1)
        _ = send("initialized", .object([]))
    }

    func open(_ path: String, _ text: String) -> [JSONValue] {
        send("textDocument/didOpen", .object(pairs: [
            ("textDocument", .object(pairs: [("uri", .string(DocumentURI.uri(path))), ("version", 1), ("text", .string(text))]))
        ]))
    }

    func at(_ path: String, _ line: Int, _ character: Int) -> JSONValue {
        .object(pairs: [
            ("textDocument", .object(pairs: [("uri", .string(DocumentURI.uri(path)))])),
            ("position", .object(pairs: [("line", .number(line)), ("character", .number(character))])),
        ])
    }

    var evidencePath: String { scratch.path + "/evidence.kompass" }

    static let evidence = """
        evidence "By" year 2024 instrument "Liten" version "1"
          evaluator "E1"
        finding dialog.former = {ortsdialog, panel}
          source web "by.se"
        finding policy = started
          source web "by.se"

        """

    @Test func requestsBeforeInitializeAndExitCodes() throws {
        let early = send("textDocument/hover", .object([]), id: 3)
        #expect(early == [.object(pairs: [("jsonrpc", "2.0"), ("id", 3), ("error", .object(pairs: [
            ("code", -32002), ("message", "Server not initialized: send 'initialize' first"),
        ]))])])
        start()
        #expect(send("shutdown", .null, id: 2) == [.object(pairs: [("jsonrpc", "2.0"), ("id", 2), ("result", .null)])])
        #expect(send("textDocument/hover", .object([]), id: 4).first?["error"]?["code"] == -32600)
        _ = send("exit", .null)
        #expect(server.exitCode == 0)
    }

    @Test func malformedMessages() {
        #expect(server.receive(Array("{".utf8)).first?["error"]?["code"] == -32700)
        #expect(server.receive(Array("{".utf8)).first?["id"] == .null)
        #expect(server.receive(Array(#"[1]"#.utf8)).first?["error"]?["code"] == -32600)
        #expect(server.receive(Array(#"{"jsonrpc":"2.0","id":{},"method":"x"}"#.utf8)).first?["error"]?["code"] == -32600)
        start()
        #expect(send("no/such", .object([]), id: 9).first?["error"]?["code"] == -32601)
        #expect(send("no/such", .object([])) == [])
        #expect(send("textDocument/hover", .object([]), id: 10).first?["error"]?["code"] == -32602)
        _ = send("exit", .null)
        #expect(server.exitCode == 1)
    }

    @Test func evidenceIsCheckedAgainstTheInstrumentItNames() throws {
        start()
        let published = open(evidencePath, Self.evidence.replacingOccurrences(of: "= started", with: "= startad"))
        let diagnostics = published.first?["params"]?["diagnostics"]?.arrayValue ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] == "sema.unknown-level")
        // `startad` is line 5 (0-based 4), columns 18–24.
        #expect(diagnostics.first?["range"] == .object(pairs: [
            ("start", .object(pairs: [("line", 4), ("character", 17)])), ("end", .object(pairs: [("line", 4), ("character", 24)])),
        ]))
    }

    @Test func anOpenInstrumentBufferOverridesTheFileOnDisk() throws {
        start()
        #expect(open(evidencePath, Self.evidence).first?["params"]?["diagnostics"] == [])
        // The editor renames the fact without saving: the evidence now names an unknown fact.
        let out = open(rules, Self.instrument.replacingOccurrences(of: "dialog.former", with: "dialog.formerna"))
        let evidence = out.first { $0["params"]?["uri"] == .string(DocumentURI.uri(evidencePath)) }
        #expect(evidence?["params"]?["diagnostics"]?.arrayValue?.first?["code"] == "sema.unknown-fact")
    }

    @Test func hoverOnARuleShowsItsPointsInTheOpenEvidence() throws {
        start()
        _ = open(evidencePath, Self.evidence)
        _ = open(rules, Self.instrument)
        // `1.1.b` on line 13 (0-based 12) of the instrument; policy = started gives 1 of 4.
        let hover = send("textDocument/hover", at(rules, 12, 9), id: 5).first?["result"]?["contents"]?["value"]?.stringValue
        #expect(hover == "**1.1.b** Policy\n\nHögst 4 poäng (1.1 max 10)\n\nI evidence.kompass: 1 av 4 poäng (delvis uppfylld).")
    }

    @Test func hoverOnALevelShowsItsLabels() throws {
        start()
        _ = open(evidencePath, Self.evidence)
        let hover = send("textDocument/hover", at(evidencePath, 4, 19), id: 5).first?["result"]?["contents"]?["value"]?.stringValue
        #expect(hover == "Nivå `started` på skalan `mognad`\n\n- `started`: påbörjad / started")
    }

    @Test func completionAfterAFactAndEqualsOffersItsLevels() throws {
        start()
        _ = open(evidencePath, Self.evidence + "finding policy = ")
        let result = send("textDocument/completion", at(evidencePath, 6, 17), id: 6).first?["result"]
        let items = result?["items"]?.arrayValue ?? []
        #expect(items.compactMap { $0["label"]?.stringValue } == ["none", "started", "exists"])
        #expect(items.first?["detail"] == "saknas / missing")
    }

    @Test func completionOfADottedPrefixReplacesTheWholeWord() throws {
        start()
        _ = open(evidencePath, Self.evidence + "finding dialog.f")
        let items = send("textDocument/completion", at(evidencePath, 6, 16), id: 6).first?["result"]?["items"]?.arrayValue ?? []
        #expect(items.compactMap { $0["label"]?.stringValue } == ["dialog.former"])
        #expect(items.first?["textEdit"]?["range"] == .object(pairs: [
            ("start", .object(pairs: [("line", 6), ("character", 8)])), ("end", .object(pairs: [("line", 6), ("character", 16)])),
        ]))
    }

    @Test func definitionOfALevelIsOnItsLadder() throws {
        start()
        _ = open(evidencePath, Self.evidence)
        let location = send("textDocument/definition", at(evidencePath, 4, 19), id: 7).first?["result"]
        #expect(location?["uri"] == .string(DocumentURI.uri(rules)))
        // `started` in `ladder mognad: none < started < exists`: columns 23–29 of line 2.
        #expect(location?["range"] == .object(pairs: [
            ("start", .object(pairs: [("line", 1), ("character", 22)])), ("end", .object(pairs: [("line", 1), ("character", 29)])),
        ]))
    }

    @Test func symbolsOfAnEvidenceFileAreItsFindings() throws {
        start()
        _ = open(evidencePath, Self.evidence)
        let symbols = send("textDocument/documentSymbol", at(evidencePath, 0, 0), id: 8).first?["result"]?.arrayValue ?? []
        #expect(symbols.compactMap { $0["name"]?.stringValue } == ["By", "dialog.former", "policy"])
        #expect(symbols.compactMap { $0["detail"]?.stringValue } == ["year 2024", "{ortsdialog, panel}", "started"])
    }

    @Test func uris() {
        #expect(DocumentURI.uri("/tmp/Område 1/å.kompass") == "file:///tmp/Omr%C3%A5de%201/%C3%A5.kompass")
        #expect(DocumentURI.path("file:///tmp/Omr%C3%A5de%201/%C3%A5.kompass") == "/tmp/Område 1/å.kompass")
        #expect(DocumentURI.path("file://localhost/a/b") == "/a/b")
        #expect(DocumentURI.path("untitled:Untitled-1") == nil)
    }
}
