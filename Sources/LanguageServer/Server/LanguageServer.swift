import Engine

/// A Language Server Protocol (3.17) server for `.kompass` files: diagnostics as `check`
/// reports them, hover, completion, go-to-definition, document symbols and formatting.
///
/// The server is a value machine: it takes one message body at a time and returns the
/// messages to send (responses and notifications). ``ServerLoop`` runs it over a pair of
/// file descriptors; tests call ``receive(_:)`` directly.
public final class LanguageServer {
    /// The rule kinds instruments may use.
    let registry: RuleKindRegistry
    /// Where warnings of the server itself go (standard error).
    let log: (String) -> Void

    var state = Lifecycle.starting
    var documents = DocumentStore()
    var locator: InstrumentLocator
    /// Instrument projects by folder, with a flag for those to rebuild.
    var projects: [String: InstrumentProject] = [:]
    var staleProjects: Set<String> = []
    /// Generations: a project's count grows with each rebuild.
    var generations: [String: Int] = [:]
    /// The last check of each open evidence or plan document, by path.
    var checks: [String: DocumentCheck] = [:]
    /// The last diagnostics published, by URI, to send only what changed.
    var published: [String: JSONValue] = [:]
    /// `sv` or `en`: the words of hover texts (default: the instrument's language).
    var language: String?

    /// Where the server is in its lifecycle.
    enum Lifecycle: Equatable {
        case starting, running, shutDown
        case exited(code: Int32)
    }

    /// A server with these rule kinds; `executablePath` finds the commands' default
    /// instrument; `log` receives the server's own warnings.
    public init(registry: RuleKindRegistry, executablePath: String, log: @escaping (String) -> Void = { _ in }) {
        self.registry = registry
        self.log = log
        locator = InstrumentLocator(root: nil, explicit: nil, executablePath: executablePath)
    }

    /// The exit status once `exit` arrived: 0 after `shutdown`, 1 without.
    public var exitCode: Int32? {
        if case .exited(let code) = state { return code }
        return nil
    }

    /// Handles one message body; returns the messages to send, in order.
    public func receive(_ body: [UInt8]) -> [JSONValue] {
        switch Message.decode(body) {
        case .failure(let failure):
            log("kompass-score lsp: \(failure.error.message)")
            return [Outgoing.error(id: failure.id, failure.error)]
        case .success(let message):
            return handle(message)
        }
    }

    /// Handles one decoded message.
    public func handle(_ message: Message) -> [JSONValue] {
        switch message {
        case .response:
            return []
        case .notification(let method, let params):
            return notify(method, params)
        case .request(let id, let method, let params):
            switch state {
            case .starting where method != "initialize":
                return [Outgoing.error(id: id, .serverNotInitialized)]
            case .shutDown, .exited:
                return [Outgoing.error(id: id, .shutDown)]
            default:
                break
            }
            switch request(method, params) {
            case .success(let result): return [Outgoing.result(id: id, result)]
            case .failure(let error): return [Outgoing.error(id: id, error)]
            }
        }
    }

    private func request(_ method: String, _ params: JSONValue) -> Result<JSONValue, ResponseError> {
        switch method {
        case "initialize": return initialize(params)
        case "shutdown":
            state = .shutDown
            return .success(.null)
        case "textDocument/hover": return withDocument(params) { hover($0, at: $1) }
        case "textDocument/completion": return withDocument(params) { completion($0, at: $1) }
        case "textDocument/definition": return withDocument(params) { definition($0, at: $1) }
        case "textDocument/documentSymbol": return withDocument(params, needsPosition: false) { document, _ in
                documentSymbols(document)
            }
        case "textDocument/formatting": return withDocument(params, needsPosition: false) { document, _ in
                formatting(document)
            }
        default: return .failure(.methodNotFound(method))
        }
    }

    private func notify(_ method: String, _ params: JSONValue) -> [JSONValue] {
        if method == "exit" {
            state = .exited(code: state == .shutDown ? 0 : 1)
            return []
        }
        guard state == .running else { return [] }
        switch method {
        case "textDocument/didOpen":
            guard let item = params["textDocument"], let uri = item["uri"]?.stringValue,
                let text = item["text"]?.stringValue
            else { return invalid(method) }
            guard documents.open(uri: uri, text: text, version: item["version"]?.intValue ?? 0) != nil else {
                log("kompass-score lsp: not a file: URI, ignored: \(uri)")
                return []
            }
            return changed(uri)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.stringValue,
                let changes = params["contentChanges"]?.arrayValue, let text = changes.last?["text"]?.stringValue
            else { return invalid(method) }
            guard changes.allSatisfy({ $0["range"] == nil }) else {
                log("kompass-score lsp: incremental changes are not supported (the server asked for full text)")
                return []
            }
            documents.open(uri: uri, text: text, version: params["textDocument"]?["version"]?.intValue ?? 0)
            return changed(uri)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.stringValue else { return invalid(method) }
            locator.forget()
            return changed(uri)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.stringValue else { return invalid(method) }
            return closed(uri)
        case "workspace/didChangeWatchedFiles":
            locator.forget()
            staleProjects.formUnion(projects.keys)
            return refresh()
        default:
            return []
        }
    }

    private func invalid(_ method: String) -> [JSONValue] {
        log("kompass-score lsp: '\(method)' without the parameters it needs, ignored")
        return []
    }

    /// Runs a feature on the document a request names (and the position, when it needs one).
    private func withDocument(
        _ params: JSONValue, needsPosition: Bool = true,
        _ body: (DocumentStore.Document, Position) -> JSONValue
    ) -> Result<JSONValue, ResponseError> {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else {
            return .failure(.invalidParams("'textDocument.uri' is required"))
        }
        let position = Position(json: params["position"])
        guard position != nil || !needsPosition else { return .failure(.invalidParams("'position' is required")) }
        guard let document = documents.document(uri: uri) else {
            return .failure(.invalidParams("the document '\(uri)' is not open"))
        }
        return .success(body(document, position ?? Position(line: 0, character: 0)))
    }
}
