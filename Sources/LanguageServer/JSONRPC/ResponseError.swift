import Engine

/// A JSON-RPC 2.0 error object, with the codes of JSON-RPC and of the Language Server
/// Protocol this server uses.
public struct ResponseError: Error, Equatable, Sendable {
    /// The error code.
    public var code: Int
    /// A short description.
    public var message: String

    /// Creates an error.
    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// The text was not JSON (-32700).
    public static func parseError(_ detail: String) -> ResponseError {
        ResponseError(code: -32700, message: "Parse error: \(detail)")
    }

    /// The JSON is not a request, a notification or a response (-32600).
    public static func invalidRequest(_ detail: String) -> ResponseError {
        ResponseError(code: -32600, message: "Invalid request: \(detail)")
    }

    /// No such method (-32601).
    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: -32601, message: "Method not found: '\(method)'")
    }

    /// The parameters do not fit the method (-32602).
    public static func invalidParams(_ detail: String) -> ResponseError {
        ResponseError(code: -32602, message: "Invalid params: \(detail)")
    }

    /// A request before `initialize` (-32002).
    public static let serverNotInitialized = ResponseError(
        code: -32002, message: "Server not initialized: send 'initialize' first")

    /// A request after `shutdown` (-32600).
    public static let shutDown = ResponseError(code: -32600, message: "Invalid request: the server is shut down")

    /// The error object.
    public var json: JSONValue {
        .object(pairs: [("code", .number(code)), ("message", .string(message))])
    }
}
