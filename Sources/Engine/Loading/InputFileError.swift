/// An input file that cannot be read (the tool exits with 66).
public struct InputFileError: Error, Sendable, Equatable {
    /// Why the file cannot be read.
    public enum Reason: Sendable, Equatable {
        /// Nothing exists at the path; with the closest name in the same directory, if any.
        case notFound(suggestion: String?)
        /// The path names a directory.
        case isDirectory
        /// The file exists but reading failed; the system's message.
        case unreadable(String)
    }

    /// The path as given.
    public var path: String
    /// Why the file cannot be read.
    public var reason: Reason

    /// An input file error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What went wrong, naming the file.
    public var message: String {
        switch reason {
        case .notFound: "no such file '\(path)'"
        case .isDirectory: "'\(path)' is a directory, not a file"
        case .unreadable(let system): "cannot read '\(path)': \(system)"
        }
    }

    /// A "did you mean" for a missing file with a similar name nearby.
    public var help: String? {
        guard case .notFound(let suggestion?) = reason else { return nil }
        return "did you mean '\(suggestion)'?"
    }
}
