/// One problem found in the input: a stable id, a severity, a message, where it is,
/// related places and a hint.
public struct Diagnostic: Hashable, Sendable {
    /// A related place, such as "first declared here".
    public struct Note: Hashable, Sendable {
        /// What the related place is.
        public var message: String
        /// Where it is, if it has a place.
        public var span: SourceSpan?

        /// Creates a note.
        public init(_ message: String, at span: SourceSpan?) {
            self.message = message
            self.span = span
        }
    }

    /// The stable id from the catalogue.
    public var id: DiagnosticID
    /// Error or warning.
    public var severity: Severity
    /// Lowercase, no trailing period; code in single quotes.
    public var message: String
    /// Where the problem is; nil for problems of a whole run (such as a missing file).
    public var span: SourceSpan?
    /// Related places.
    public var notes: [Note]
    /// How to fix it.
    public var help: String?

    /// Creates a diagnostic with the catalogue's default severity.
    public init(
        _ id: DiagnosticID, _ message: String, at span: SourceSpan?, severity: Severity? = nil,
        notes: [Note] = [], help: String? = nil
    ) {
        self.id = id
        self.severity = severity ?? id.defaultSeverity
        self.message = message
        self.span = span
        self.notes = notes
        self.help = help
    }
}

/// Collects diagnostics in the order they are found.
public struct DiagnosticBag: Sendable {
    /// Everything reported so far.
    public private(set) var all: [Diagnostic] = []
    /// How many of them are errors: kept as they are added, so asking is one look.
    public private(set) var errorCount = 0

    /// An empty bag.
    public init() {}

    /// A bag holding these diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        all = diagnostics
        errorCount = diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
    }

    /// Records a diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
        if diagnostic.severity == .error { errorCount += 1 }
    }

    /// Records a diagnostic built in place.
    public mutating func report(
        _ id: DiagnosticID, _ message: String, at span: SourceSpan?, notes: [Diagnostic.Note] = [],
        help: String? = nil
    ) {
        report(Diagnostic(id, message, at: span, notes: notes, help: help))
    }

    /// Appends every diagnostic of another bag.
    public mutating func append(contentsOf other: DiagnosticBag) {
        all.append(contentsOf: other.all)
        errorCount += other.errorCount
    }

    /// Whether any error was reported.
    public var hasErrors: Bool { errorCount > 0 }

    /// The number of warnings.
    public var warningCount: Int { all.count - errorCount }

    /// The diagnostics sorted by path, line and column (stable for equal places).
    public var sorted: [Diagnostic] {
        // Each place read once, not per comparison (a span's path is looked up by its number).
        let keys = all.map { ($0.span?.path ?? "", $0.span?.start.line ?? 0, $0.span?.start.column ?? 0) }
        return all.indices.sorted { l, r in
            if keys[l] != keys[r] { return keys[l] < keys[r] }
            return l < r
        }.map { all[$0] }
    }
}
