/// A position in a source file: 1-based line and 1-based character column.
///
/// Columns count characters (grapheme clusters), not bytes, so `å` is one column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A range of characters in one named source: where a diagnostic points.
///
/// It holds its path by number (``SourcePaths``), so that a span is plain data: copying
/// one retains nothing.
public struct SourceSpan: Hashable, Sendable {
    /// The number of the file's path in ``SourcePaths``.
    private(set) var pathNumber: Int32
    /// The first character of the span.
    public var start: SourceLocation
    /// The number of characters the span covers on its first line (at least 1 for carets).
    public var length: Int

    /// The file's path as the user gave it.
    public var path: String {
        get { SourcePaths.path(pathNumber) }
        set { pathNumber = SourcePaths.number(of: newValue) }
    }

    /// Creates a span.
    public init(path: String, start: SourceLocation, length: Int) {
        self.init(pathNumber: SourcePaths.number(of: path), start: start, length: length)
    }

    /// Creates a span in the path numbered `pathNumber` (what the parser does for every
    /// node, with its file's number looked up once).
    init(pathNumber: Int32, start: SourceLocation, length: Int) {
        self.pathNumber = pathNumber
        self.start = start
        self.length = length
    }

    /// A span from the start of `self` to the end of `other`, when both are on one line;
    /// otherwise `self` alone.
    public func through(_ other: SourceSpan) -> SourceSpan {
        guard other.pathNumber == pathNumber, other.start.line == start.line, other.start.column >= start.column else {
            return self
        }
        return SourceSpan(pathNumber: pathNumber, start: start, length: other.start.column + other.length - start.column)
    }
}
