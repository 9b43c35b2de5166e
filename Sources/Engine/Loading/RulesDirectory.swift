import Foundation

/// Finds the default instrument folder: `Rules/kommunkompassen-2019` in the working
/// directory, else in the package holding the executable.
public enum RulesDirectory {
    /// The default folder's path relative to a package.
    public static let defaultRelativePath = "Rules/kommunkompassen-2019"

    /// The folder to use, or an error naming both places looked in.
    public static func resolve(explicit: String?, executablePath: String) throws(RulesNotFound) -> String {
        if let explicit { return explicit }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: defaultRelativePath, isDirectory: &isDirectory), isDirectory.boolValue {
            return defaultRelativePath
        }
        var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" && !url.path.isEmpty {
            let candidate = url.appendingPathComponent(defaultRelativePath).path
            if fileManager.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
                fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return candidate
            }
            url.deleteLastPathComponent()
        }
        throw RulesNotFound(executablePath: executablePath)
    }
}

/// Neither place holds the default instrument folder (the tool exits with 66).
public struct RulesNotFound: Error, Sendable {
    /// The executable whose package was searched.
    public var executablePath: String

    /// The error for a search from `executablePath`.
    public init(executablePath: String) {
        self.executablePath = executablePath
    }

    /// Names both places looked in.
    public var message: String {
        "no instrument folder '\(RulesDirectory.defaultRelativePath)' in the working directory, nor in a package above '\(executablePath)'"
    }

    /// How to point at one.
    public var help: String? { "pass the instrument's folder with '--rules DIR'" }
}
