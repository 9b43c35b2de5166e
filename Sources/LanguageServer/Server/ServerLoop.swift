import Engine
import Support

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a ``LanguageServer`` over file descriptors (standard input and output): reads
/// framed messages, writes framed answers, logs problems to the error descriptor, and ends
/// at `exit` or at the end of the input.
public struct ServerLoop {
    /// The server.
    public let server: LanguageServer
    /// Where messages come from.
    public var input: Int32 = 0
    /// Where answers go.
    public var output: Int32 = 1

    /// A loop around a server.
    public init(server: LanguageServer, input: Int32 = 0, output: Int32 = 1) {
        self.server = server
        self.input = input
        self.output = output
    }

    /// Serves until `exit` (its status: 0 after `shutdown`, 1 without) or the end of the
    /// input (1: the client went away without `shutdown` and `exit`).
    public func run() -> Int32 {
        var framing = ContentLengthFraming()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var anyMessage = false
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                server.log("kompass-score lsp: cannot read the input: \(POSIXCalls.message(for: errno))")
                return 1
            }
            if count == 0 {
                server.log("kompass-score lsp: " + endOfInput(partial: framing.hasPartialMessage, anyMessage: anyMessage))
                return 1
            }
            framing.append(chunk[..<count])
            while let frame = framing.next() {
                switch frame {
                case .badHeader(let problem):
                    server.log("kompass-score lsp: bad message header: \(problem); skipped to the next header")
                case .message(let body):
                    anyMessage = true
                    for message in server.receive(body) {
                        let bytes = ContentLengthFraming.frame(Array(JSONWriter.write(message, pretty: false).utf8))
                        if let code = POSIXCalls.writeAll(bytes, to: output) {
                            server.log("kompass-score lsp: cannot write the output: \(POSIXCalls.message(for: code))")
                            return 1
                        }
                    }
                    if let code = server.exitCode { return code }
                }
            }
        }
    }

    /// Why the input ended too early, for the error stream: inside a message, before any
    /// message (someone ran the command by hand), or before `shutdown` and `exit`.
    func endOfInput(partial: Bool, anyMessage: Bool) -> String {
        if partial { return "the input ended inside a message (truncated body)" }
        if !anyMessage {
            return "the input ended before any message; this is the language server that an editor starts "
                + "(LSP over standard input and output), see editors/README.md"
        }
        return "the input ended before 'shutdown' and 'exit' (the editor went away)"
    }
}
