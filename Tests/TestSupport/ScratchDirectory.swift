import Foundation

/// A fresh temporary directory for one test, removed when the test lets go of it.
public final class ScratchDirectory {
    /// The directory's absolute path.
    public let path: String

    /// Creates the directory under the system's temporary directory.
    public init() throws {
        path = FileManager.default.temporaryDirectory.path + "/kompass-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to the file `name` in the directory; returns its path.
    public func file(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The text of the file `name` in the directory.
    public func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)), as: UTF8.self)
    }

    /// The names in the directory, sorted.
    public func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
