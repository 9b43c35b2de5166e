import Engine
import Foundation
import TestSupport
import Testing

/// `kompass-score lsp` driven as an editor drives it: the built binary, framed JSON-RPC over
/// pipes, every answer read with a time limit.
@Suite(.serialized) struct LanguageServerBinaryTests {
    static let root = PackageRoot.path
    /// An evidence document that exists only in the editor (never written to disk), in the
    /// package, so the server finds the shipped instrument its header names.
    static let evidencePath = root + "/Examples/lsp-unsaved-evidence.kompass"
    static let evidenceURI = "file://" + evidencePath
    static let header = """
        evidence "Testkommun" year 2024 instrument "Kommunkompassen" version "2019"
          evaluator "E1"


        """
    /// Line 4: an item outside the closed set, a string with å, ö and an emoji.
    static let broken = header + "finding politik.hot_och_hat = {personlarm, \"Åsa ö 😀\"}\n  source interview \"Åsa Öberg\"\n"
    static let fixed = header + "finding politik.hot_och_hat = {personlarm}\n  source interview \"Åsa Öberg\"\n"

    static func initialize(_ client: LanguageServerClient) throws -> JSONValue {
        let params: JSONValue = .object(pairs: [
            ("processId", .null), ("rootUri", .string("file://" + root)), ("capabilities", .object([])),
        ])
        let response = try client.request("initialize", params)
        client.notify("initialized", .object([]))
        return response
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object(pairs: [("line", .number(line)), ("character", .number(character))])
    }

    static func textDocument(_ uri: String) -> (String, JSONValue) {
        ("textDocument", .object(pairs: [("uri", .string(uri))]))
    }

    @Test func aWholeConversation() throws {
        let client = try LanguageServerClient()
        let initialized = try Self.initialize(client)
        let capabilities = try #require(initialized["result"]?["capabilities"])
        #expect(capabilities["hoverProvider"] == true)
        #expect(capabilities["definitionProvider"] == true)
        #expect(capabilities["documentSymbolProvider"] == true)
        #expect(capabilities["documentFormattingProvider"] == true)
        #expect(capabilities["textDocumentSync"]?["change"] == 1)
        #expect(capabilities["completionProvider"]?["triggerCharacters"] == ["."])

        // didOpen: one error, as `check` reports it for the same text on disk.
        client.notify(
            "textDocument/didOpen",
            .object(pairs: [
                ("textDocument", .object(pairs: [
                    ("uri", .string(Self.evidenceURI)), ("languageId", "kompass"), ("version", 1),
                    ("text", .string(Self.broken)),
                ]))
            ]))
        let diagnostics = try client.diagnostics(for: Self.evidenceURI)
        try #require(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = diagnostics[0]
        // `"Åsa ö 😀"` is columns 44–52 (9 characters) and UTF-16 units 43–53 (the emoji is two).
        #expect(diagnostic["range"] == .object(pairs: [("start", Self.position(3, 43)), ("end", Self.position(3, 53))]))
        #expect(diagnostic["severity"] == 1)
        let code = try #require(diagnostic["code"]?.stringValue)
        let message = try #require(diagnostic["message"]?.stringValue)
        let scratch = try ScratchDirectory()
        let file = try scratch.write("evidence.kompass", Self.broken)
        let check = try KompassExecutable.run(["check", file], in: Self.root)
        #expect(check.status == 65)
        #expect(check.err.contains("\(file):4:44: error: \(message) [\(code)]"), "\(check.err)")
        #expect(code == "sema.unknown-item")

        // didChange that fixes it: no diagnostics.
        client.notify(
            "textDocument/didChange",
            .object(pairs: [
                ("textDocument", .object(pairs: [("uri", .string(Self.evidenceURI)), ("version", 2)])),
                ("contentChanges", [.object(pairs: [("text", .string(Self.fixed))])]),
            ]))
        #expect(try client.diagnostics(for: Self.evidenceURI) == [])

        // Hover on the fact: its description, its items and the rules that read it.
        let hover = try client.request(
            "textDocument/hover", .object(pairs: [Self.textDocument(Self.evidenceURI), ("position", Self.position(3, 12))]))
        let hoverText = try #require(hover["result"]?["contents"]?["value"]?.stringValue)
        #expect(hoverText.contains("Stöd till förtroendevalda mot hot, hat och våld"))
        #expect(hoverText.contains("`personlarm`"))
        #expect(hover["result"]?["range"] == .object(pairs: [("start", Self.position(3, 8)), ("end", Self.position(3, 27))]))

        // Completion after `finding `: fact ids.
        let withNewLine = Self.fixed + "finding "
        client.notify(
            "textDocument/didChange",
            .object(pairs: [
                ("textDocument", .object(pairs: [("uri", .string(Self.evidenceURI)), ("version", 3)])),
                ("contentChanges", [.object(pairs: [("text", .string(withNewLine))])]),
            ]))
        let completion = try client.request(
            "textDocument/completion",
            .object(pairs: [Self.textDocument(Self.evidenceURI), ("position", Self.position(5, 8))]))
        let labels = (completion["result"]?["items"]?.arrayValue ?? []).compactMap { $0["label"]?.stringValue }
        #expect(labels.contains("politik.hot_och_hat"))
        #expect(labels.contains("dialog.former"))
        #expect(!labels.contains("evidence"), "only facts after 'finding'")
        client.notify(
            "textDocument/didChange",
            .object(pairs: [
                ("textDocument", .object(pairs: [("uri", .string(Self.evidenceURI)), ("version", 4)])),
                ("contentChanges", [.object(pairs: [("text", .string(Self.fixed))])]),
            ]))

        // Definition of the fact: its declaration in the instrument.
        let definition = try client.request(
            "textDocument/definition",
            .object(pairs: [Self.textDocument(Self.evidenceURI), ("position", Self.position(3, 20))]))
        let area1 = Self.root + "/Rules/kommunkompassen-2019/area-1.kompass"
        let area1Lines = try String(contentsOfFile: area1, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let declared = try #require(area1Lines.firstIndex { $0.hasPrefix("fact politik.hot_och_hat:") })
        #expect(definition["result"]?["uri"] == .string("file://" + area1))
        #expect(
            definition["result"]?["range"]
                == .object(pairs: [("start", Self.position(declared, 5)), ("end", Self.position(declared, 24))]))

        // Document symbols of an instrument file: areas hold subareas, subareas hold rules.
        let area1URI = "file://" + area1
        client.notify(
            "textDocument/didOpen",
            .object(pairs: [
                ("textDocument", .object(pairs: [
                    ("uri", .string(area1URI)), ("languageId", "kompass"), ("version", 1),
                    ("text", .string(area1Lines.joined(separator: "\n"))),
                ]))
            ]))
        #expect(try client.diagnostics(for: area1URI) == [], "the shipped instrument checks clean")
        let symbols = try client.request("textDocument/documentSymbol", .object(pairs: [Self.textDocument(area1URI)]))
        let top = symbols["result"]?.arrayValue ?? []
        let area = try #require(top.first { $0["name"]?.stringValue?.hasPrefix("1 ") == true })
        #expect(area["name"] == "1 Samspel mellan förtroendevalda och medborgare")
        let subareas = area["children"]?.arrayValue ?? []
        let expectedSubareas = area1Lines.filter { $0.hasPrefix("subarea ") }.map { line in
            line.split(separator: "\"")[0].dropFirst("subarea ".count).trimmingCharacters(in: .whitespaces)
                + " " + line.split(separator: "\"")[1]
        }
        #expect(subareas.compactMap { $0["name"]?.stringValue } == expectedSubareas)
        let rulesOf11 = (subareas.first?["children"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        #expect(rulesOf11.prefix(2) == ["1.1.a Medborgarna i fokus i visionen", "1.1.b Delaktighet i de strategiska målen"])
        #expect(top.contains { $0["name"] == "politik.hot_och_hat" })

        // Formatting: one whole-document edit that is the formatter's output, or none.
        let formatting = try client.request(
            "textDocument/formatting",
            .object(pairs: [Self.textDocument(Self.evidenceURI), ("options", .object(pairs: [("tabSize", 2), ("insertSpaces", true)]))]))
        let edits = try #require(formatting["result"]?.arrayValue)
        if let formatted = KompassFormatter.format(SourceText(path: Self.evidencePath, text: Self.fixed)), formatted != Self.fixed {
            #expect(edits.count == 1)
            #expect(edits.first?["newText"] == .string(formatted))
            #expect(edits.first?["range"] == .object(pairs: [("start", Self.position(0, 0)), ("end", Self.position(5, 0))]))
        } else {
            #expect(edits.isEmpty)
        }

        // shutdown, exit: status 0.
        let shutdown = try client.request("shutdown", .null)
        #expect(shutdown["result"] == .null)
        #expect(shutdown["error"] == nil)
        client.notify("exit", .null)
        #expect(client.finish(closingInput: false) == .exit)
        #expect(client.process.terminationStatus == 0)
    }

    @Test func malformedInputGetsErrorsNotACrash() throws {
        let client = try LanguageServerClient()
        // Before initialize: -32002.
        let early = try client.request("textDocument/hover", .object([]))
        #expect(early["error"]?["code"] == -32002)
        _ = try Self.initialize(client)

        // Not JSON: a parse error with id null.
        client.sendRaw(Array("Content-Length: 17\r\n\r\n{\"jsonrpc\": \"2.0\"".utf8))
        let parseError = try client.response(id: .null)
        #expect(parseError["error"]?["code"] == -32700)

        // No method: an invalid request, answered with its id.
        client.send(.object(pairs: [("jsonrpc", "2.0"), ("id", 41)]))
        let noMethod = try client.response(id: 41)
        #expect(noMethod["error"]?["code"] == -32600)

        // An unknown method: MethodNotFound; an unknown notification: nothing.
        client.notify("kompass/unknownNotification", .object([]))
        let unknown = try client.request("kompass/doesNotExist", .object([]))
        #expect(unknown["error"]?["code"] == -32601)

        // A bad header: logged, skipped, and the next message is answered.
        client.sendRaw(Array("Content-Length: many\r\n\r\n{}".utf8))
        let after = try client.request("kompass/stillThere", .object([]))
        #expect(after["error"]?["code"] == -32601)
        #expect(client.standardError.contains("bad message header: 'Content-Length' is not a number: 'many'"))

        // A truncated body, then the end of the input: a clean exit with status 1.
        client.sendRaw(Array("Content-Length: 100\r\n\r\n{\"jsonrpc\"".utf8))
        #expect(client.finish() == .exit)
        #expect(client.process.terminationStatus == 1)
        #expect(client.standardError.contains("the input ended inside a message (truncated body)"))
    }

    @Test func anInputThatEndsBeforeAnyMessageSaysWhatTheCommandIsFor() throws {
        let client = try LanguageServerClient()
        #expect(client.finish() == .exit)
        #expect(client.process.terminationStatus == 1)
        #expect(
            client.standardError
                == "kompass-score lsp: the input ended before any message; this is the language server that an "
                + "editor starts (LSP over standard input and output), see editors/README.md\n")
    }

    @Test func anInputThatEndsWithoutShutdownAndExitSaysSo() throws {
        let client = try LanguageServerClient()
        _ = try Self.initialize(client)
        #expect(client.finish() == .exit)
        #expect(client.process.terminationStatus == 1)
        #expect(
            client.standardError == "kompass-score lsp: the input ended before 'shutdown' and 'exit' (the editor went away)\n")
    }

    @Test func exitWithoutShutdownIsStatusOne() throws {
        let client = try LanguageServerClient()
        _ = try Self.initialize(client)
        client.notify("exit", .null)
        #expect(client.finish(closingInput: false) == .exit)
        #expect(client.process.terminationStatus == 1)
    }
}
