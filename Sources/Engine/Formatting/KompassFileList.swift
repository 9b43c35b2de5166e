import Foundation

/// The `.kompass` files that `fmt` reads: the files given, and the `*.kompass` files under
/// each folder given, recursively, in sorted order.
public enum KompassFileList {
    /// The files for `paths`, each folder's files sorted by path, in the order given, each
    /// once. Hidden entries (`.build`, `.name.tmp`) and symbolic links inside a folder are
    /// not followed.
    ///
    /// - Throws: ``InputFileError`` for a path that does not exist, a folder without
    ///   `.kompass` files, or a file whose name, or that of the file a link names, does
    ///   not end in `.kompass` (fmt writes only `.kompass` files).
    public static func expand(_ paths: [String]) throws(InputFileError) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputFileError(path: path, reason: .notFound(suggestion: nil))
            }
            let found: [String]
            if isDirectory.boolValue {
                found = walk(path.hasSuffix("/") ? String(path.dropLast()) : path)
                guard !found.isEmpty else {
                    throw InputFileError(path: path, reason: .unreadable("the folder holds no '.kompass' files"))
                }
            } else {
                guard path.hasSuffix(".kompass"), target(of: path).hasSuffix(".kompass") else {
                    throw InputFileError(path: path, reason: .unreadable("not a '.kompass' file, so fmt leaves it alone"))
                }
                found = [path]
            }
            for file in found where seen.insert(file).inserted { files.append(file) }
        }
        return files
    }

    /// The file a path names once symbolic links are resolved: the one to write, so that
    /// a link stays a link and only a `.kompass` file is ever written.
    public static func target(of path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// The `*.kompass` files below `folder`, sorted by path (byte order).
    private static func walk(_ folder: String) -> [String] {
        var files: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let type = attributes[.type] as? FileAttributeType
            else { continue }
            if type == .typeDirectory {
                files += walk(path)
            } else if type == .typeRegular, name.hasSuffix(".kompass") {
                files.append(path)
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
