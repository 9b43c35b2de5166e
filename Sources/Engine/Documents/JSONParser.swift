/// A syntax error in JSON text, with its location.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, lowercase and without a trailing period.
    public var message: String
    /// The 1-based line (lines end at `\n`).
    public var line: Int
    /// The 1-based column, counted in characters (a tab is one), after any BOM.
    public var column: Int
    /// The 0-based offset of the offending byte in the input, counting any BOM.
    public var byteOffset: Int

    /// Creates an error at a location.
    public init(message: String, line: Int, column: Int, byteOffset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}

/// A strict RFC 8259 JSON parser that keeps numbers as their text and object members
/// in order (duplicate keys included).
///
/// A leading UTF-8 BOM is skipped. Rejected with a located error: trailing commas,
/// comments, leading zeros, `NaN` and other non-JSON literals, unescaped control
/// characters, invalid escapes, unpaired surrogates, invalid UTF-8, data after the
/// value, and nesting deeper than ``maximumDepth`` (found before going deeper, so
/// any input is safe: the parser is iterative).
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 256

    /// Parses one JSON value from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        do {
            return try reader.parseDocument()
        } catch {
            throw reader.located(error)
        }
    }

    /// Parses one JSON value from a string.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// An error before its line and column are worked out (only when one is thrown).
private struct JSONFailure: Error {
    var message: String
    var offset: Int
}

/// The parser's state: a cursor over the bytes and an explicit stack of open
/// containers, so deep input never recurses.
private struct JSONReader {
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [JSONMember] = []
        var key = ""
    }

    let bytes: [UInt8]
    let start: Int
    var index: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        index = start
    }

    mutating func parseDocument() throws(JSONFailure) -> JSONValue {
        var stack: [Frame] = []
        while true {
            skipWhitespace()
            var value: JSONValue
            switch peek {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                guard stack.count < JSONParser.maximumDepth else {
                    throw JSONFailure(message: "nesting deeper than \(JSONParser.maximumDepth)", offset: index)
                }
                let isObject = peek == UInt8(ascii: "{")
                index += 1
                skipWhitespace()
                if !isObject, peek == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else if isObject, peek == UInt8(ascii: "}") {
                    index += 1
                    value = .object([])
                } else {
                    var frame = Frame(isObject: isObject)
                    if isObject { frame.key = try parseKey(afterComma: nil) }
                    stack.append(frame)
                    continue
                }
            default:
                value = try parseScalar()
            }
            // Attach the finished value to the open containers, closing those that end.
            attach: while true {
                skipWhitespace()
                guard let top = stack.indices.last else {
                    guard index == bytes.count else { throw failure("expected end of input after top-level value") }
                    return value
                }
                let comma = index
                if stack[top].isObject {
                    stack[top].members.append(JSONMember(key: stack[top].key, value: value))
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        stack[top].key = try parseKey(afterComma: comma)
                        break attach
                    }
                    guard peek == UInt8(ascii: "}") else { throw failure("expected ',' or '}' after object member") }
                    index += 1
                    value = .object(stack.removeLast().members)
                } else {
                    stack[top].elements.append(value)
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if peek == UInt8(ascii: "]") {
                            throw JSONFailure(message: "trailing comma before ']'", offset: comma)
                        }
                        break attach
                    }
                    guard peek == UInt8(ascii: "]") else { throw failure("expected ',' or ']' after array element") }
                    index += 1
                    value = .array(stack.removeLast().elements)
                }
            }
        }
    }

    /// Reads `"key" :`; `afterComma` is the offset of the comma before it, if any.
    private mutating func parseKey(afterComma comma: Int?) throws(JSONFailure) -> String {
        skipWhitespace()
        guard peek == UInt8(ascii: "\"") else {
            guard let comma else { throw failure("expected a string key or '}'") }
            if peek == UInt8(ascii: "}") { throw JSONFailure(message: "trailing comma before '}'", offset: comma) }
            throw failure("expected a string key after ','")
        }
        let key = try parseString()
        skipWhitespace()
        guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after object key") }
        index += 1
        return key
    }

    private mutating func parseScalar() throws(JSONFailure) -> JSONValue {
        switch peek {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", meaning: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", meaning: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", meaning: .null)
        case UInt8(ascii: "-"): return .number(try parseNumber())
        default:
            guard isDigit(peek) else { throw failure("expected a value") }
            return .number(try parseNumber())
        }
    }

    private mutating func parseLiteral(_ word: String, meaning value: JSONValue) throws(JSONFailure) -> JSONValue {
        let count = word.utf8.count
        guard bytes.count - index >= count, bytes[index..<index + count].elementsEqual(word.utf8) else {
            throw failure("expected '\(word)'")
        }
        index += count
        return value
    }

    private mutating func parseNumber() throws(JSONFailure) -> String {
        let begin = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard isDigit(peek) else { throw failure("expected a digit after '-'") }
        if peek == UInt8(ascii: "0") {
            index += 1
            if isDigit(peek) { throw JSONFailure(message: "leading zeros are not allowed", offset: begin) }
        } else {
            skipDigits()
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard isDigit(peek) else { throw failure("expected a digit after '.'") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard isDigit(peek) else { throw failure("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    /// The byte at the cursor, or `nil` at the end of input.
    var peek: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// A failure at the cursor; a `/` there is reported as a comment.
    func failure(_ message: String) -> JSONFailure {
        let text = peek == UInt8(ascii: "/") ? "comments are not allowed" : message
        return JSONFailure(message: text, offset: index)
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while isDigit(peek) { index += 1 }
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    /// The public error for a failure: line and column counted up to its offset.
    func located(_ failure: JSONFailure) -> JSONSyntaxError {
        let end = min(failure.offset, bytes.count)
        var line = 1
        var lineStart = min(start, end)
        for offset in lineStart..<end where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return JSONSyntaxError(message: failure.message, line: line, column: column, byteOffset: failure.offset)
    }
}

extension JSONReader {
    /// Reads a string from its opening quote, decoding escapes and checking UTF-8.
    mutating func parseString() throws(JSONFailure) -> String {
        let open = index
        index += 1
        var buffer: [UInt8] = []
        while true {
            let run = index
            while let byte = peek, byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                index += 1
            }
            buffer.append(contentsOf: bytes[run..<index])
            guard let byte = peek else { throw JSONFailure(message: "unterminated string", offset: open) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer, open: open)
            case 0..<0x20:
                let code = String(byte, radix: 16, uppercase: true)
                throw failure("unescaped control character U+00\(byte < 0x10 ? "0" : "")\(code) in string")
            default:
                try copyUTF8Sequence(into: &buffer)
            }
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8], open: Int) throws(JSONFailure) {
        let escape = index
        guard index + 1 < bytes.count else { throw JSONFailure(message: "unterminated string", offset: open) }
        let letter = bytes[index + 1]
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            buffer.append(simple)
            index += 2
            return
        }
        guard letter == UInt8(ascii: "u") else {
            let shown = (0x21..<0x7F).contains(letter) ? "'\\\(Character(Unicode.Scalar(letter)))'" : "sequence"
            throw JSONFailure(message: "invalid escape \(shown)", offset: escape)
        }
        var scalar = try hexUnit(at: escape)
        if (0xDC00...0xDFFF).contains(scalar) { throw unpaired(at: escape) }
        if (0xD800...0xDBFF).contains(scalar) {
            let next = escape + 6
            guard bytes.count - next >= 2, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u")
            else { throw unpaired(at: escape) }
            let low = try hexUnit(at: next)
            guard (0xDC00...0xDFFF).contains(low) else { throw unpaired(at: escape) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            index = next
        }
        index += 6
        // Surrogates are handled above, so every remaining value is a scalar.
        UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { buffer.append($0) }
    }

    /// The code unit of the `\uXXXX` escape at `escape`.
    private func hexUnit(at escape: Int) throws(JSONFailure) -> UInt32 {
        var unit: UInt32 = 0
        for offset in escape + 2..<escape + 6 {
            guard offset < bytes.count, let digit = hexDigit(bytes[offset]) else {
                throw JSONFailure(message: "expected 4 hex digits after '\\u'", offset: escape)
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    private func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private func unpaired(at escape: Int) -> JSONFailure {
        let text = String(decoding: bytes[escape..<escape + 6], as: UTF8.self)
        return JSONFailure(message: "unpaired surrogate '\(text)'", offset: escape)
    }

    /// Copies one well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates,
    /// nothing above U+10FFFF) starting at a byte of 0x80 or more.
    private mutating func copyUTF8Sequence(into buffer: inout [UInt8]) throws(JSONFailure) {
        let lead = bytes[index]
        let (length, second): (Int, ClosedRange<UInt8>) =
            switch lead {
            case 0xC2...0xDF: (2, 0x80...0xBF)
            case 0xE0: (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
            case 0xED: (3, 0x80...0x9F)
            case 0xF0: (4, 0x90...0xBF)
            case 0xF1...0xF3: (4, 0x80...0xBF)
            case 0xF4: (4, 0x80...0x8F)
            default: (0, 0x80...0xBF)
            }
        let fits = length > 0 && bytes.count - index >= length
        guard fits, second.contains(bytes[index + 1]),
            bytes[index + 2..<index + length].allSatisfy({ (0x80...0xBF).contains($0) })
        else { throw JSONFailure(message: "invalid UTF-8 sequence", offset: index) }
        buffer.append(contentsOf: bytes[index..<index + length])
        index += length
    }
}
