/// Writes ``JSONValue``s as deterministic JSON text: the same value always gives the
/// same bytes, also across processes (members in their order, numbers as their text).
///
/// Pretty output indents by two spaces, writes `"key": value`, `[]` and `{}` for empty
/// containers, and ends with a newline. Compact output has no whitespace and no
/// trailing newline. Strings escape `"`, `\` and the control characters (`\n`, `\t`,
/// `\r`, `\b`, `\f`, others as `\u00xx`); everything else, `/` and non-ASCII
/// included, is written as is.
public enum JSONWriter {
    /// The JSON text of `value`, pretty-printed unless `pretty` is `false`.
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output: [UInt8] = []
        append(value, to: &output, indent: pretty ? 0 : nil)
        if pretty { output.append(0x0A) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `value`; `indent` is the current indentation, or `nil` for compact output.
    private static func append(_ value: JSONValue, to output: inout [UInt8], indent: Int?) {
        switch value {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .string(let text):
            appendString(text, to: &output)
        case .array(let elements):
            appendContainer(elements, open: "[", close: "]", to: &output, indent: indent) { element, output, inner in
                append(element, to: &output, indent: inner)
            }
        case .object(let members):
            appendContainer(members, open: "{", close: "}", to: &output, indent: indent) { member, output, inner in
                appendString(member.key, to: &output)
                output.append(contentsOf: (inner == nil ? ":" : ": ").utf8)
                append(member.value, to: &output, indent: inner)
            }
        }
    }

    private static func appendContainer<Item>(
        _ items: [Item], open: Unicode.Scalar, close: Unicode.Scalar, to output: inout [UInt8], indent: Int?,
        item appendItem: (Item, inout [UInt8], Int?) -> Void
    ) {
        output.append(UInt8(ascii: open))
        let inner = indent.map { $0 + 2 }
        for (position, item) in items.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            newline(to: &output, indent: inner)
            appendItem(item, &output, inner)
        }
        if !items.isEmpty { newline(to: &output, indent: indent) }
        output.append(UInt8(ascii: close))
    }

    private static func newline(to output: inout [UInt8], indent: Int?) {
        guard let indent else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    /// Appends `text` quoted: runs of bytes that need no escape are copied whole.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(byte, to: &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
        case 0x0A: output.append(contentsOf: #"\n"#.utf8)
        case 0x09: output.append(contentsOf: #"\t"#.utf8)
        case 0x0D: output.append(contentsOf: #"\r"#.utf8)
        case 0x08: output.append(contentsOf: #"\b"#.utf8)
        case 0x0C: output.append(contentsOf: #"\f"#.utf8)
        default:
            let digits = Array("0123456789abcdef".utf8)
            output.append(contentsOf: #"\u00"#.utf8)
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
    }
}
