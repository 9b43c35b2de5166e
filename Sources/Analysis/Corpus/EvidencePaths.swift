import Engine
import Foundation

/// The evidence files a list of arguments names: a file as given, and a folder as every
/// `*.kompass` file directly in it (not hidden, not in subfolders), in byte order of
/// their names.
public enum EvidencePaths {
    /// The files `arguments` name, in order.
    ///
    /// - Throws: ``EvidenceFolderError`` for a folder without `*.kompass` files or one
    ///   that cannot be listed. A path that does not exist is passed on as a file, so the
    ///   loader reports it.
    public static func expand(_ arguments: [String]) throws(EvidenceFolderError) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument)
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
                throw EvidenceFolderError(path: argument, reason: .unreadable)
            }
            let prefix = argument.hasSuffix("/") ? argument : argument + "/"
            let files = names.filter { name in
                guard !name.hasPrefix("."), name.hasSuffix(".kompass") else { return false }
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: prefix + name, isDirectory: &isFolder) && !isFolder.boolValue
            }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            guard !files.isEmpty else { throw EvidenceFolderError(path: argument, reason: .noEvidence) }
            paths += files.map { prefix + $0 }
        }
        return paths
    }
}
