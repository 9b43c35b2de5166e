/// A JSON value that keeps what Foundation's `JSONSerialization` loses: numbers are
/// kept as their exact text and object members in their written order.
///
/// Two values are equal when they are written the same way: `.number("1.0")` and
/// `.number("1")` differ, and so do objects whose members come in another order.
public enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its text (for example `"0.1"`, `"1e400"` or `"-0"`).
    case number(String)
    /// A string.
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object: its members in their written order; duplicate keys are kept.
    case object([JSONMember])
}

/// One member of a JSON object: a key and its value.
public struct JSONMember: Equatable, Sendable {
    /// The member's key.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates a member from a key and a value.
    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }

    /// Creates a member from a key and a value, without argument labels.
    public init(_ key: String, _ value: JSONValue) {
        self.init(key: key, value: value)
    }
}

extension JSONValue {
    /// An object with the given members in the order written:
    /// `.object(["id": .string("1.3"), "max": .number(30)])`.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.key, value: $0.value) })
    }

    /// An object with the given members in order; for members built at run time.
    public static func object(pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.0, value: $0.1) })
    }

    /// A number written as the integer's decimal text.
    public static func number(_ value: Int) -> JSONValue {
        .number(String(value))
    }

    /// The value of the first member named `key`, or `nil` if there is none or this
    /// is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number's exact text, if this is a number.
    public var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    /// The Boolean, if this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members in order, if this is an object.
    public var objectValue: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        self == .null
    }
}

/// Literals build values concisely: `let v: JSONValue = ["a": 1, "b": [true, "x"]]`.
/// A dictionary literal keeps its order and any duplicate keys.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Creates a string.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// Creates a number from the integer's decimal text.
    public init(integerLiteral value: Int) {
        self = .number(String(value))
    }

    /// Creates `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    /// Creates an array.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }

    /// Creates an object with the members in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { JSONMember(key: $0.0, value: $0.1) })
    }
}
