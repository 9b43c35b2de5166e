import Engine
import Foundation

/// The documents the editor has open, by path: their text as last sent (saved or not),
/// their URI as the editor spells it, and their version.
public struct DocumentStore: Sendable {
    /// One open document.
    public struct Document: Sendable {
        /// The URI as the editor sent it (answers use it unchanged).
        public var uri: String
        /// The absolute path it names.
        public var path: String
        /// The whole text.
        public var text: String
        /// The editor's version number.
        public var version: Int
        /// A counter that grows with every change of any document: orders documents by recency.
        public var touched: Int
    }

    private var documents: [String: Document] = [:]
    private var clock = 0

    /// No documents.
    public init() {}

    /// Opens or replaces a document; nil when the URI is not a `file:` URI.
    @discardableResult
    public mutating func open(uri: String, text: String, version: Int) -> Document? {
        guard let path = DocumentURI.path(uri).map(Self.normalised) else { return nil }
        clock += 1
        let document = Document(uri: uri, path: path, text: text, version: version, touched: clock)
        documents[path] = document
        return document
    }

    /// Closes a document.
    public mutating func close(uri: String) {
        guard let path = DocumentURI.path(uri).map(Self.normalised) else { return }
        documents[path] = nil
    }

    /// The open document at a path.
    public func document(atPath path: String) -> Document? {
        documents[path]
    }

    /// The open document with this URI.
    public func document(uri: String) -> Document? {
        DocumentURI.path(uri).map(Self.normalised).flatMap { documents[$0] }
    }

    /// Every open document, most recently changed first (ties by path, for determinism).
    public var all: [Document] {
        documents.values.sorted { ($0.touched, $1.path) > ($1.touched, $0.path) }
    }

    /// The URI to use for a path: the editor's when the document is open.
    public func uri(forPath path: String) -> String {
        documents[path]?.uri ?? DocumentURI.uri(path)
    }

    /// A path without `.` and `..` components and without a trailing slash.
    public static func normalised(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.path
    }
}
