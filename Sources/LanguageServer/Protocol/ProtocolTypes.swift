import Engine

/// A place in a file: its URI and a range.
public struct Location: Equatable, Sendable {
    /// The file's URI.
    public var uri: String
    /// The range in it.
    public var range: TextRange

    /// Creates a location.
    public init(uri: String, range: TextRange) {
        self.uri = uri
        self.range = range
    }

    /// `{"uri": …, "range": …}`.
    public var json: JSONValue {
        .object(pairs: [("uri", .string(uri)), ("range", range.json)])
    }
}

/// The protocol's symbol kinds this server uses.
public enum SymbolKind: Int, Sendable {
    case module = 2
    case namespace = 3
    case `class` = 5
    case method = 6
    case property = 7
    case field = 8
    case `enum` = 10
    case function = 12
    case variable = 13
    case string = 15
    case enumMember = 22
    case event = 24
}

/// A symbol of a document, with the symbols inside it.
public struct DocumentSymbol: Sendable {
    /// What the symbol is called (an id with its title).
    public var name: String
    /// More about it, such as `max 30`.
    public var detail: String?
    /// Its kind.
    public var kind: SymbolKind
    /// The whole declaration.
    public var range: TextRange
    /// The id or name to select.
    public var selectionRange: TextRange
    /// The symbols inside it.
    public var children: [DocumentSymbol]

    /// The protocol object.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(name))]
        if let detail { pairs.append(("detail", .string(detail))) }
        pairs += [
            ("kind", .number(kind.rawValue)), ("range", range.json), ("selectionRange", selectionRange.json),
            ("children", .array(children.map(\.json))),
        ]
        return .object(pairs: pairs)
    }
}

/// The protocol's completion item kinds this server uses.
public enum CompletionItemKind: Int, Sendable {
    case function = 3
    case field = 5
    case variable = 6
    case value = 12
    case keyword = 14
    case snippet = 15
    case enumMember = 20
}

/// One completion proposal.
public struct CompletionItem: Sendable {
    /// The text shown and inserted (unless `insertText` is given).
    public var label: String
    /// Its kind.
    public var kind: CompletionItemKind
    /// A short detail, such as a fact's type.
    public var detail: String?
    /// Longer documentation (Markdown).
    public var documentation: String?
    /// A snippet to insert instead of the label.
    public var snippet: String?
    /// The range the item replaces (the word typed so far, dots included).
    public var replacing: TextRange?

    /// Creates an item.
    public init(
        label: String, kind: CompletionItemKind, detail: String? = nil, documentation: String? = nil,
        snippet: String? = nil, replacing: TextRange? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.snippet = snippet
        self.replacing = replacing
    }

    /// The protocol object.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("label", .string(label)), ("kind", .number(kind.rawValue))]
        if let detail { pairs.append(("detail", .string(detail))) }
        if let documentation {
            pairs.append(("documentation", .object(pairs: [("kind", "markdown"), ("value", .string(documentation))])))
        }
        let text = snippet ?? label
        if let replacing {
            pairs.append(("filterText", .string(label)))
            pairs.append(("textEdit", .object(pairs: [("range", replacing.json), ("newText", .string(text))])))
        } else if let snippet {
            pairs.append(("insertText", .string(snippet)))
        }
        if snippet != nil { pairs.append(("insertTextFormat", 2)) }
        return .object(pairs: pairs)
    }
}

/// A replacement of a range by new text.
public struct TextEdit: Equatable, Sendable {
    /// The range replaced.
    public var range: TextRange
    /// The new text.
    public var newText: String

    /// Creates an edit.
    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }

    /// `{"range": …, "newText": …}`.
    public var json: JSONValue {
        .object(pairs: [("range", range.json), ("newText", .string(newText))])
    }
}
