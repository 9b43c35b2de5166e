/// A small RFC 4180 reader: records separated by CRLF or LF, fields by a separator (a
/// comma unless told otherwise; Swedish spreadsheets write `;`); a field in double quotes
/// may hold separators, line breaks and doubled quotes (`""`). A leading BOM is skipped,
/// a final line break does not start an empty record, and the apostrophe that guards a
/// text against being read as a formula is taken off (``CSVDialect/guardingFormula(_:)``).
public enum CSVReader {
    /// The records of a CSV text, each a list of fields.
    /// - Throws: ``CSVError`` for a quote inside an unquoted field, text after a closing
    ///   quote, or a quoted field that is never closed.
    public static func records(_ text: String, separator: Character = ",") throws(CSVError) -> [[String]] {
        try lines(text, separator: separator).map(\.fields)
    }

    /// The records of a CSV text with the line each starts on.
    public static func lines(_ text: String, separator: Character = ",") throws(CSVError) -> [(
        line: Int, fields: [String]
    )] {
        do {
            return try table(text, separator: separator).map { ($0.line, $0.fields.map(\.text)) }
        } catch {
            // Callers of this form locate errors by line only.
            throw CSVError(line: error.line, message: error.message)
        }
    }

    /// The records of a CSV text with the place of every field and of each of its
    /// characters, for diagnostics that point into a cell. Lines and columns count as
    /// ``SourceText`` counts them (characters, after the BOM); a line break inside a quoted
    /// field (CRLF, CR or LF) is read as `\n`.
    public static func table(_ text: String, separator: Character = ",") throws(CSVError) -> [CSVRecord] {
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var line = 1
        var column = 1
        var field = CSVField(start: SourceLocation(line: 1, column: 1))
        var recordLine = 1
        var quoted = false
        var afterQuote = false
        var openingQuote = SourceLocation(line: 1, column: 1)
        var i = 0
        func here() -> SourceLocation { SourceLocation(line: line, column: column) }
        func advance(_ c: Character) {
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        while i < characters.count {
            let c = characters[i]
            let at = here()
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        field.append("\"", at: at)
                        advance(c)
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(c == "\r\n" || c == "\r" ? "\n" : c, at: at)
                }
                advance(c)
            } else if c == separator {
                advance(c)
                fields.append(field.unguarded())
                field = CSVField(start: here())
                afterQuote = false
            } else if c == "\n" || c == "\r" || c == "\r\n" {
                advance(c)
                fields.append(field.unguarded())
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                field = CSVField(start: here())
                afterQuote = false
                recordLine = line
            } else if afterQuote {
                throw CSVError(line: at.line, column: at.column, message: "text after a closing quote")
            } else if c == "\"" {
                guard field.text.isEmpty else {
                    throw CSVError(line: at.line, column: at.column, message: "a quote inside an unquoted field")
                }
                quoted = true
                field.isQuoted = true
                openingQuote = at
                advance(c)
            } else {
                field.append(c, at: at)
                advance(c)
            }
        }
        if quoted {
            throw CSVError(
                line: openingQuote.line, column: openingQuote.column, message: "a quoted field is not closed")
        }
        if !fields.isEmpty || !field.text.isEmpty || afterQuote {
            fields.append(field.unguarded())
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return records
    }
}

/// One record of a CSV text: its fields and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// The fields, in order.
    public var fields: [CSVField]
}

/// One field of a CSV record, with where it and each of its characters are.
public struct CSVField: Sendable, Equatable {
    /// The field's text, without its quotes, doubled quotes read as one.
    public var text = ""
    /// Where the field starts: its first character, or its opening quote.
    public var start: SourceLocation
    /// Where each character of ``text`` is in the file.
    public var positions: [SourceLocation] = []
    /// Whether the field was written in quotes.
    public var isQuoted = false

    /// An empty field starting at `start`.
    public init(start: SourceLocation) {
        self.start = start
    }

    mutating func append(_ character: Character, at location: SourceLocation) {
        text.append(character)
        positions.append(location)
    }

    /// The field without the apostrophe a writer puts before text that a spreadsheet
    /// would read as a formula (``CSVDialect/unguardingFormula(_:)``).
    func unguarded() -> CSVField {
        let text = CSVDialect.unguardingFormula(self.text)
        guard text.count != self.text.count else { return self }
        var field = self
        field.text = text
        field.positions.removeFirst()
        return field
    }
}

/// A CSV text that is not RFC 4180.
public struct CSVError: Error, Sendable, Equatable {
    /// The line (1-based) where the problem is.
    public var line: Int
    /// The column (1-based, in characters) where the problem is, when known.
    public var column: Int?
    /// What is wrong, lowercase.
    public var message: String

    /// Creates an error.
    public init(line: Int, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
