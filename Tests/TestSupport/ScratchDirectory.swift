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

    /// Writes `bytes` to the file `name` (a path relative to the directory), creating the
    /// folders on the way; returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` (UTF-8) to the file `name`, creating the folders on the way; returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// The text of the file `name` in the directory.
    public func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)), as: UTF8.self)
    }

    /// The bytes of the file `name` in the directory.
    public func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
    }

    /// The names in the directory, or in its folder `folder` when given, sorted.
    public func entries(_ folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? path : path + "/" + folder).sorted()
    }
}
