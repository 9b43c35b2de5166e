import Foundation

/// Where the package is, found from this file's place in it.
public enum PackageRoot {
    /// The package's folder: the one holding `Package.swift`, above `Tests/TestSupport`.
    public static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A path inside the package.
    public static func path(_ relative: String) -> String {
        path + "/" + relative
    }
}
