import Foundation

/// Every file of the language in the package: the shipped instrument, the examples and
/// the test fixtures, each `.kompass` file whole and each `.fuzz` input split into its
/// files (a mode byte, then files separated by NUL bytes).
public enum PackageSourceFiles {
    /// Each file's name (its folder and path inside it) and bytes, in a fixed order.
    public static func all() throws -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for folder in ["Rules", "Examples", "Tests/RulesTests/Fixtures"] {
            let root = PackageRoot.path(folder)
            let names = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
            for name in names where name.hasSuffix(".kompass") || name.hasSuffix(".fuzz") {
                guard let bytes = FileManager.default.contents(atPath: root + "/" + name) else {
                    throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: root + "/" + name])
                }
                let parts =
                    name.hasSuffix(".fuzz")
                    ? [UInt8](bytes.dropFirst()).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
                    : [[UInt8](bytes)]
                for part in parts { files.append((folder + "/" + name, part)) }
            }
        }
        return files
    }
}
