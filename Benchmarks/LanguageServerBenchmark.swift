// The language server's re-check after an edit: `swift run -c release Benchmarks --lsp`.
//
// Opens the shipped instrument's files and Ale's evidence in an in-process server, then
// times didChange → publishDiagnostics: an edit of an instrument file (the server re-parses
// that file, re-checks and lints the whole instrument, and re-checks the open evidence
// against it) and an edit of the evidence alone.

import Engine
import Foundation
import LanguageServer
import Rules

func runLanguageServerBenchmark(quick: Bool) -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    let folder = root + "/Rules/kommunkompassen-2019"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".kompass") }.sorted()
    guard !names.isEmpty else { return "lsp: no instrument at \(folder)" }
    let server = LanguageServer(registry: BuiltinKinds.registry, executablePath: "")
    func send(_ method: String, _ params: JSONValue, id: Int? = nil) -> [JSONValue] {
        var pairs: [(String, JSONValue)] = [("jsonrpc", "2.0")]
        if let id { pairs.append(("id", .number(id))) }
        pairs += [("method", .string(method)), ("params", params)]
        return server.receive(Array(JSONWriter.write(.object(pairs: pairs), pretty: false).utf8))
    }
    func document(_ path: String, _ text: String, version: Int) -> JSONValue {
        .object(pairs: [
            ("uri", .string(DocumentURI.uri(path))), ("languageId", "kompass"), ("version", .number(version)),
            ("text", .string(text)),
        ])
    }
    _ = send("initialize", .object(pairs: [("rootUri", .string(DocumentURI.uri(root))), ("capabilities", .object([]))]), id: 1)
    _ = send("initialized", .object([]))
    var bytes = 0
    var texts: [String: String] = [:]
    for name in names {
        let path = folder + "/" + name
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        bytes += text.utf8.count
        texts[path] = text
        _ = send("textDocument/didOpen", .object(pairs: [("textDocument", document(path, text, version: 1))]))
    }
    let evidencePath = root + "/Examples/ale-2020/evidence.kompass"
    let evidence = (try? String(contentsOfFile: evidencePath, encoding: .utf8)) ?? ""
    _ = send("textDocument/didOpen", .object(pairs: [("textDocument", document(evidencePath, evidence, version: 1))]))

    func timeEdits(_ path: String, _ text: String, runs: Int) -> (median: Double, max: Double, published: Int) {
        var times: [Double] = []
        var published = 0
        let clock = ContinuousClock()
        for run in 0..<runs {
            // A comment that alternates, so every edit changes the text and the diagnostics stay the same.
            let edited = text + (run % 2 == 0 ? "# edit\n" : "")
            let params: JSONValue = .object(pairs: [
                ("textDocument", .object(pairs: [("uri", .string(DocumentURI.uri(path))), ("version", .number(run + 2))])),
                ("contentChanges", [.object(pairs: [("text", .string(edited))])]),
            ])
            let body = Array(JSONWriter.write(.object(pairs: [("jsonrpc", "2.0"), ("method", "textDocument/didChange"), ("params", params)]), pretty: false).utf8)
            let start = clock.now
            let out = server.receive(body)
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
            published += out.count
        }
        times.sort()
        return (times[times.count / 2], times.last ?? 0, published)
    }
    let runs = quick ? 11 : 41
    let area1 = folder + "/area-1.kompass"
    let instrumentEdit = timeEdits(area1, texts[area1] ?? "", runs: runs)
    let evidenceEdit = timeEdits(evidencePath, evidence, runs: runs)
    func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }
    #if DEBUG
        let build = "debug build (use -c release)"
    #else
        let build = "release build"
    #endif
    return """
        language server: didChange → publishDiagnostics, \(build), \(runs) edits each, median (max)
          instrument file edited (area-1.kompass; \(names.count) files, \(bytes / 1024) KB re-checked and linted, \
        Ale's evidence re-checked): \(ms(instrumentEdit.median)) (\(ms(instrumentEdit.max)))
          evidence file edited (Examples/ale-2020/evidence.kompass, \(evidence.utf8.count / 1024) KB): \
        \(ms(evidenceEdit.median)) (\(ms(evidenceEdit.max)))
        """
}
