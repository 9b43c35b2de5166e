import Engine

/// One JSON-RPC 2.0 message as the server receives it.
public enum Message: Sendable, Equatable {
    /// A request: it has an id and wants one response.
    case request(id: JSONValue, method: String, params: JSONValue)
    /// A notification: no id, no response.
    case notification(method: String, params: JSONValue)
    /// A response to a request the server sent (the server sends none it waits for).
    case response(id: JSONValue)

    /// Reads a message from its JSON text. A failure carries the error to answer with and
    /// the id to answer (null when the id could not be read).
    public static func decode(_ body: [UInt8]) -> Result<Message, DecodingFailure> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return .failure(DecodingFailure(id: .null, error: .parseError(error.description)))
        }
        guard case .object = value else {
            return .failure(DecodingFailure(id: .null, error: .invalidRequest("a message is a JSON object")))
        }
        var id = value["id"]
        if let given = id, !Self.isValidID(given) {
            return .failure(DecodingFailure(id: .null, error: .invalidRequest("'id' must be a number or a string")))
        }
        if id == .null { id = nil }
        guard value["jsonrpc"] == .string("2.0") else {
            return .failure(DecodingFailure(id: id ?? .null, error: .invalidRequest("'jsonrpc' must be \"2.0\"")))
        }
        guard let methodValue = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(DecodingFailure(id: id ?? .null, error: .invalidRequest("no 'method'")))
        }
        guard let method = methodValue.stringValue else {
            return .failure(DecodingFailure(id: id ?? .null, error: .invalidRequest("'method' must be a string")))
        }
        let params = value["params"] ?? .null
        if let id { return .success(.request(id: id, method: method, params: params)) }
        return .success(.notification(method: method, params: params))
    }

    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .number, .string, .null: true
        default: false
        }
    }

    /// A message that could not be read, and the answer it gets.
    public struct DecodingFailure: Error, Equatable, Sendable {
        /// The request's id, or null.
        public var id: JSONValue
        /// The error to answer with.
        public var error: ResponseError
    }
}

/// The messages the server writes.
public enum Outgoing {
    /// A successful response.
    public static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object(pairs: [("jsonrpc", "2.0"), ("id", id), ("result", result)])
    }

    /// An error response.
    public static func error(id: JSONValue, _ error: ResponseError) -> JSONValue {
        .object(pairs: [("jsonrpc", "2.0"), ("id", id), ("error", error.json)])
    }

    /// A notification the server sends.
    public static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object(pairs: [("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)])
    }
}
