/// A stable diagnostic id such as `sema.unknown-fact`, with its catalogue entry.
///
/// Ids are created only in the catalogue (`DiagnosticID+Catalogue.swift`), so every id
/// the code can report is listed there, and the catalogue test covers each one.
public struct DiagnosticID: Hashable, Sendable, CustomStringConvertible {
    /// The id text, `domain.name`.
    public let rawValue: String
    /// The severity a diagnostic of this id has unless the reporter says otherwise.
    public let defaultSeverity: Severity
    /// One line on what the id means, for the catalogue.
    public let summary: String

    init(_ rawValue: String, _ severity: Severity = .error, _ summary: String) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
        self.summary = summary
    }

    /// Ids compare by their text only.
    public static func == (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the id text.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The id text.
    public var description: String { rawValue }
}
