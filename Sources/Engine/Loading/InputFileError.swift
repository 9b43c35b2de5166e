/// An input file that cannot be read (the tool exits with 66).
public struct InputFileError: Error, Sendable, Equatable {
    /// Why the file cannot be read.
    public enum Reason: Sendable, Equatable {
        /// Nothing exists at the path; with the closest name in the same directory, if any.
        case notFound(suggestion: String?)
        /// The path names a directory; with a hint on what to give instead, if there is one.
        case isDirectory(hint: String? = nil)
        /// A folder is expected (an instrument's) and the path is a file; with the folder
        /// that holds it, if that is an instrument's folder.
        case notAFolder(suggestion: String?)
        /// The folder holds no `*.kompass` file; with a folder below it that does, if any.
        case noKompassFiles(suggestion: String?)
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
        case .isDirectory: "'\(path)' is a folder, not a file"
        case .notAFolder: "'\(path)' is a file, not an instrument's folder"
        case .noKompassFiles: "'\(path)' holds no '.kompass' files, so it is not an instrument's folder"
        case .unreadable(let system): "cannot read '\(path)': \(system)"
        }
    }

    /// A "did you mean" for a missing file with a similar name nearby, or what to give
    /// instead of a folder or a file.
    public var help: String? {
        switch reason {
        case .notFound(let suggestion?), .notAFolder(let suggestion?), .noKompassFiles(let suggestion?):
            "did you mean '\(suggestion)'?"
        case .notAFolder(nil), .noKompassFiles(nil): "'--rules' takes the folder of an instrument's '.kompass' files"
        case .isDirectory(let hint?): hint
        case .notFound(nil), .isDirectory(nil), .unreadable: nil
        }
    }
}
