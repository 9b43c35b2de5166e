/// A folder given for evidence that holds none, or cannot be listed.
public struct EvidenceFolderError: Error, Sendable, Equatable {
    /// Why the folder gives no evidence.
    public enum Reason: Sendable, Equatable {
        /// No `*.kompass` file directly in it.
        case noEvidence
        /// It cannot be listed.
        case unreadable
    }

    /// The folder as given.
    public var path: String
    /// Why.
    public var reason: Reason

    /// The error for `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What is wrong.
    public var message: String {
        switch reason {
        case .noEvidence: "'\(path)' holds no '.kompass' evidence files"
        case .unreadable: "cannot list the folder '\(path)'"
        }
    }

    /// How to fix it.
    public var help: String {
        "a folder stands for every '*.kompass' evidence file directly in it; or name the files"
    }
}
