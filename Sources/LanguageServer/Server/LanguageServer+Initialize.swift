import Engine
import Foundation

extension LanguageServer {
    /// The capabilities this server offers.
    static let capabilities: JSONValue = .object(pairs: [
        ("positionEncoding", "utf-16"),
        ("textDocumentSync", .object(pairs: [("openClose", true), ("change", 1), ("save", .object([]))])),
        ("hoverProvider", true),
        ("completionProvider", .object(pairs: [("triggerCharacters", ["."])])),
        ("definitionProvider", true),
        ("documentSymbolProvider", true),
        ("documentFormattingProvider", true),
    ])

    /// `initialize`: the workspace root, the options (`rules`: an instrument folder,
    /// `lang`: `sv` or `en`), and the capabilities in answer.
    func initialize(_ params: JSONValue) -> Result<JSONValue, ResponseError> {
        guard state == .starting else { return .failure(.invalidRequest("'initialize' was already received")) }
        let rootURI = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? params["rootUri"]?.stringValue
        var root = rootURI.flatMap(DocumentURI.path) ?? params["rootPath"]?.stringValue
        root = root.map(DocumentStore.normalised)
        var explicit = params["initializationOptions"]?["rules"]?.stringValue
        if let given = explicit, !given.hasPrefix("/") {
            explicit = (root ?? FileManager.default.currentDirectoryPath) + "/" + given
        }
        locator.root = root
        locator.explicit = explicit.map(DocumentStore.normalised)
        if let lang = params["initializationOptions"]?["lang"]?.stringValue, lang == "sv" || lang == "en" {
            language = lang
        }
        state = .running
        return .success(
            .object(pairs: [
                ("capabilities", Self.capabilities),
                ("serverInfo", .object(pairs: [("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ]))
    }
}
