/// A small RFC 4180 reader: records separated by CRLF or LF, fields by commas; a field
/// in double quotes may hold commas, line breaks and doubled quotes (`""`). A leading
/// BOM is skipped, and a final line break does not start an empty record.
public enum CSVReader {
    /// The records of a CSV text, each a list of fields.
    /// - Throws: ``CSVError`` for a quote inside an unquoted field, text after a closing
    ///   quote, or a quoted field that is never closed.
    public static func records(_ text: String) throws(CSVError) -> [[String]] {
        try lines(text).map(\.fields)
    }

    /// The records of a CSV text with the line each starts on.
    public static func lines(_ text: String) throws(CSVError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var record: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        var quoted = false
        var afterQuote = false
        func endField() {
            record.append(field)
            field = ""
            afterQuote = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "," {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endField()
                records.append((recordLine, record))
                record = []
                line += 1
                recordLine = line
            } else if afterQuote {
                throw CSVError(line: line, message: "text after a closing quote")
            } else if c == "\"" {
                guard field.isEmpty else { throw CSVError(line: line, message: "a quote inside an unquoted field") }
                quoted = true
                fieldLine = line
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if quoted { throw CSVError(line: fieldLine, message: "a quoted field is not closed") }
        if !record.isEmpty || !field.isEmpty || afterQuote {
            endField()
            records.append((recordLine, record))
        }
        return records
    }
}

/// A CSV text that is not RFC 4180.
public struct CSVError: Error, Sendable, Equatable {
    /// The line (1-based) where the problem is.
    public var line: Int
    /// What is wrong, lowercase.
    public var message: String

    /// Creates an error.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
