/// Writes JSON text straight into a byte buffer, one value at a time, without building a
/// ``JSONValue`` tree first: the bytes are those ``JSONWriter`` gives for the same tree
/// (the same indentation, separators, escapes and final newline).
///
/// Open a container, write its members (``key(_:)-(StaticString)`` then a value) or
/// elements, and close it; ``finish()`` ends the document. A writer can start at a
/// deeper `indent`, so that a document's elements can be written apart (on several
/// threads) and joined in order.
public struct JSONByteWriter {
    /// The text written so far, UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether members and elements go on lines of their own, indented by two spaces.
    public let pretty: Bool
    /// The indentation of the current container's closing bracket, in spaces.
    private var indent: Int
    /// Whether the current container has no member or element yet.
    private var first = true
    /// Whether a member's key was just written, so the value follows on the same line.
    private var afterKey = false
    /// The places left for values by ``hole()``: where each goes in `bytes`, and the
    /// indentation a value written there continues at.
    public private(set) var holes: [(offset: Int, indent: Int)] = []

    /// An empty writer; `indent` is the indentation (in spaces) of the line the first
    /// value starts on, for an element of an enclosing array written apart.
    public init(pretty: Bool = true, indent: Int = 0, reservingCapacity capacity: Int = 0) {
        self.pretty = pretty
        self.indent = pretty ? indent : 0
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a member's key: an ASCII literal that needs no escape (such as `"points"`).
    public mutating func key(_ name: StaticString) {
        beginMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        endKey()
    }

    /// Writes a member's key, escaped as needed.
    public mutating func key(_ name: String) {
        beginMember()
        JSONWriter.appendString(name, to: &bytes)
        endKey()
    }

    /// Writes a string, escaped as needed.
    public mutating func string(_ text: String) {
        beginValue()
        JSONWriter.appendString(text, to: &bytes)
    }

    /// Writes a string already quoted and escaped by ``quoted(_:)``: a value written once
    /// and repeated.
    public mutating func quotedString(_ quoted: [UInt8]) {
        beginValue()
        bytes.append(contentsOf: quoted)
    }

    /// `text` quoted and escaped, as ``string(_:)`` writes it.
    public static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.appendString(text, to: &out)
        return out
    }

    /// Writes a number given as its text, as is.
    public mutating func number(text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes an integer.
    public mutating func number(_ value: Int64) {
        beginValue()
        JSONByteWriter.appendInteger(value, to: &bytes)
    }

    /// Writes an exact value as the JSON number ``Rational/decimalString(maxFractionDigits:)``
    /// gives (at most 6 decimals, half away from zero), without making a `String`.
    public mutating func number(_ value: Rational) {
        beginValue()
        JSONByteWriter.appendDecimal(value, to: &bytes)
    }

    /// Leaves the place of a value that differs between documents of one shape, for a
    /// ``JSONTemplate`` made of this writer to fill; nothing is written.
    public mutating func hole() {
        beginValue()
        holes.append((bytes.count, indent))
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ flag: Bool) {
        beginValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes a whole ``JSONValue``.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): number(text: text)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Appends bytes written by another writer whose `indent` was this one's current
    /// indentation plus two: the next element of the current array.
    public mutating func element(_ written: [UInt8]) {
        beginValue()
        bytes.append(contentsOf: written)
    }

    /// Ends the document: a newline after pretty output, nothing after compact output.
    public mutating func finish() {
        if pretty { bytes.append(0x0A) }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        indent += pretty ? 2 : 0
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= pretty ? 2 : 0
        if !first { newline() }
        bytes.append(bracket)
        first = false
    }

    /// Before a value: nothing after a key, else the separator and line of an element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !(first && bytes.isEmpty) else {
            first = false
            return
        }
        beginMember()
    }

    private mutating func beginMember() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
        first = false
    }

    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(UInt8(ascii: " ")) }
    }
}
