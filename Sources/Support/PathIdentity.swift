import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether two paths name the same file, however they are spelled.
public enum PathIdentity {
    /// True when the paths are the same after making them absolute and removing `.`,
    /// `..` and repeated slashes; or the same once symbolic links are resolved; or,
    /// when both exist, the same device and inode (hard links, bind mounts).
    public static func sameFile(_ first: String, _ second: String) -> Bool {
        if lexical(first) == lexical(second) { return true }
        if let resolvedFirst = resolved(first), resolvedFirst == resolved(second) { return true }
        var firstStatus = stat()
        var secondStatus = stat()
        guard stat(first, &firstStatus) == 0, stat(second, &secondStatus) == 0 else { return false }
        return firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino
    }

    /// The absolute path with `.`, `..` and empty components removed, without touching the
    /// file system. Only used to refuse more, never to write elsewhere.
    static func lexical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components: [Substring] = []
        for component in absolute.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }

    /// The path with symbolic links resolved; for a file that does not exist yet, its
    /// resolved directory and its name. Nil when neither resolves.
    static func resolved(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        let (directory, name) = split(path)
        guard !name.isEmpty, let real = realPath(directory) else { return nil }
        return real == "/" ? "/" + name : real + "/" + name
    }

    /// `("a/b", "c")` for `a/b/c`, `(".", "c")` for `c`, `("/", "c")` for `/c`.
    public static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
