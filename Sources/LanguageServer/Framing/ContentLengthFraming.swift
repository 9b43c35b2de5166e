/// The base protocol's framing: each message is a header block (`Content-Length: N`, an
/// optional `Content-Type`, lines ending in `\r\n`, then an empty line) followed by exactly
/// N bytes of UTF-8 JSON.
///
/// The reader is incremental: feed it bytes as they arrive and take whole messages out.
/// A header block without a usable `Content-Length` is reported and skipped: the reader
/// then looks for the next header, so one bad message does not end the conversation.
public struct ContentLengthFraming: Sendable {
    /// The largest body accepted; a larger `Content-Length` is reported as a bad header.
    public static let maximumBodySize = 64 * 1024 * 1024

    /// What the reader found next.
    public enum Frame: Equatable, Sendable {
        /// A whole message body.
        case message([UInt8])
        /// A header block that could not be used, and why (lowercase, no trailing period).
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// After a bad header: skip bytes up to the next `Content-Length` header.
    private var resynchronising = false

    /// An empty reader.
    public init() {}

    /// Appends bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Whether bytes of an unfinished message are waiting (at the end of input: a
    /// truncated message).
    public var hasPartialMessage: Bool {
        buffer[start...].contains { $0 != 0x0D && $0 != 0x0A && $0 != 0x20 }
    }

    /// The next whole message or bad header, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        defer { compact() }
        if resynchronising {
            guard let header = Self.find(Self.contentLength, in: buffer, from: start, caseInsensitive: true) else {
                // Keep a tail that may hold the start of the header.
                start = max(start, buffer.count - Self.contentLength.count)
                return nil
            }
            start = header
            resynchronising = false
        }
        guard let end = Self.find(Self.headerEnd, in: buffer, from: start, caseInsensitive: false) else {
            if buffer.count - start > 8192 {
                start = buffer.count
                resynchronising = true
                return .badHeader("header block longer than 8192 bytes without an empty line")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end], as: UTF8.self)
        let bodyStart = end + Self.headerEnd.count
        switch Self.contentLength(of: header) {
        case .failure(let problem):
            start = bodyStart
            resynchronising = true
            return .badHeader(problem.message)
        case .success(let length):
            guard buffer.count - bodyStart >= length else { return nil }
            let body = Array(buffer[bodyStart..<bodyStart + length])
            start = bodyStart + length
            return .message(body)
        }
    }

    /// The framed bytes of a message body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private struct HeaderProblem: Error {
        var message: String
    }

    /// The `Content-Length` of a header block: present once, a decimal number, not too large.
    private static func contentLength(of header: String) -> Result<Int, HeaderProblem> {
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem(message: "header line '\(line.prefix(60))' has no ':'"))
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard name == "content-length" else { continue }
            guard length == nil else { return .failure(HeaderProblem(message: "two 'Content-Length' headers")) }
            guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit), value.count <= 10, let number = Int(value) else {
                return .failure(HeaderProblem(message: "'Content-Length' is not a number: '\(value.prefix(40))'"))
            }
            guard number <= maximumBodySize else {
                return .failure(HeaderProblem(message: "'Content-Length' \(number) is over the limit of \(maximumBodySize) bytes"))
            }
            length = number
        }
        guard let length else { return .failure(HeaderProblem(message: "no 'Content-Length' header")) }
        return .success(length)
    }

    private static let headerEnd = Array("\r\n\r\n".utf8)
    private static let contentLength = Array("content-length".utf8)

    /// The offset of `needle` in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, caseInsensitive: Bool) -> Int? {
        guard haystack.count - from >= needle.count else { return nil }
        outer: for offset in from...(haystack.count - needle.count) {
            for (i, byte) in needle.enumerated() {
                var candidate = haystack[offset + i]
                if caseInsensitive, candidate >= 0x41, candidate <= 0x5A { candidate += 0x20 }
                if candidate != byte { continue outer }
            }
            return offset
        }
        return nil
    }

    /// Drops consumed bytes once they are most of the buffer.
    private mutating func compact() {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
