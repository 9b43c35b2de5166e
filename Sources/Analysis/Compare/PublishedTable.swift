import Engine

/// A published point table read from CSV (columns `source, year, revision, id, name,
/// achieved, max, printed_percent, reference, note`, in any order; `source`, `id`,
/// `achieved` and `max` are required), possibly holding several sources.
public struct PublishedTable: Sendable {
    /// Every row, in file order.
    public var rows: [PublishedRow]

    /// The sources, in order of first appearance.
    public var sources: [String] {
        rows.map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Reads a table; `path` names the file in errors.
    public init(csv text: String, path: String) throws(PublishedTableError) {
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSVReader.lines(text)
        } catch {
            throw PublishedTableError(path: path, line: error.line, message: error.message)
        }
        guard let header = records.first?.fields else { throw PublishedTableError(path: path, line: 1, message: "the file is empty") }
        let names = header.map { $0.lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        for required in ["source", "id", "achieved", "max"] where column(required) == nil {
            throw PublishedTableError(path: path, line: 1, message: "no '\(required)' column in the header")
        }
        var rows: [PublishedRow] = []
        for (line, record) in records.dropFirst() {
            if record == [""] { continue }
            guard record.count == header.count else {
                throw PublishedTableError(
                    path: path, line: line, message: "\(record.count) fields where the header has \(header.count)")
            }
            func field(_ name: String) -> String { column(name).map { record[$0] } ?? "" }
            guard let achieved = PrintedNumber(field("achieved")) else {
                throw PublishedTableError(path: path, line: line, message: "'achieved' is not a number: '\(field("achieved"))'")
            }
            guard let max = PrintedNumber(field("max"))?.value, max > .zero else {
                throw PublishedTableError(path: path, line: line, message: "'max' is not a number above 0: '\(field("max"))'")
            }
            let percentText = field("printed_percent")
            let percent = PrintedNumber(percentText)
            if percent == nil, !percentText.isEmpty {
                throw PublishedTableError(path: path, line: line, message: "'printed_percent' is not a number: '\(percentText)'")
            }
            rows.append(
                PublishedRow(
                    source: field("source"), year: Int(field("year")), revision: field("revision"), id: field("id"),
                    name: field("name"), achieved: achieved, max: max, percent: percent, note: field("note"),
                    line: line))
        }
        self.rows = rows
    }

    /// The rows of the source `name`: the source spelled so (ignoring case), else the first
    /// source whose first word is `name`. Of several years, those of `year` when present,
    /// else the latest.
    public func rows(ofSource name: String, year: Int?) -> (source: String, rows: [PublishedRow])? {
        let wanted = name.lowercased()
        let source = sources.first { $0.lowercased() == wanted }
            ?? sources.first { Self.firstWord($0).lowercased() == wanted }
        guard let source else { return nil }
        let mine = rows.filter { $0.source == source }
        let years = Set(mine.compactMap(\.year))
        guard years.count > 1 else { return (source, mine) }
        let chosen = year.flatMap { years.contains($0) ? $0 : nil } ?? years.max()
        return (source, mine.filter { $0.year == chosen })
    }

    /// `Ale` of `Ale kommun`, `Sverigesnitt` of `Sverigesnitt (…)`.
    public static func firstWord(_ text: String) -> String {
        String(text.prefix { $0 != " " && $0 != "(" && $0 != "," })
    }
}

/// A published table that cannot be read (the tool exits with 65).
public struct PublishedTableError: Error, Sendable, Equatable {
    /// The file as given.
    public var path: String
    /// The line of the problem.
    public var line: Int
    /// What is wrong.
    public var problem: String

    /// Creates an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.problem = message
    }

    /// `path:line: problem`.
    public var message: String { "\(path):\(line): \(problem)" }
    /// How to fix it.
    public var help: String? { "the published table is RFC 4180 CSV with a header naming its columns" }
}
