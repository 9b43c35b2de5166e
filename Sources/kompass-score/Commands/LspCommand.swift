import CommandLineKit
import Engine
import LanguageServer
import Rules

/// `kompass-score lsp`: the language server, over standard input and output.
enum LspCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run the language server for editors (LSP over standard input and output).",
        discussion: """
            Speaks the Language Server Protocol 3.17 (JSON-RPC with Content-Length framing) on standard \
            input and output: diagnostics as 'check' reports them, hover, completion, go to definition, \
            document symbols and formatting for .kompass files. Evidence and plans are checked against the \
            instrument their header names, found near them in the workspace (initialization option 'rules' \
            gives a folder). Editors start it; see editors/README.md. Exits 0 after 'shutdown' and 'exit', \
            1 when the input ends without them.
            """)

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let server = LanguageServer(
            registry: BuiltinKinds.registry, executablePath: CommandLine.arguments.first ?? "",
            log: { context.io.printError($0 + "\n") })
        return ServerLoop(server: server).run() == 0 ? .success : .failure
    }
}
