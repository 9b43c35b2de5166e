import Foundation
import Support

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the files a command is given: evidence, plans, published tables, rounds.
public enum InputFile {
    /// The bytes of the file at `path`.
    ///
    /// A missing file, a directory or a read failure throws an ``InputFileError`` (exit
    /// status 66); a missing file's error suggests a similarly named file in the same
    /// directory.
    public static func contents(of path: String) throws(InputFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw InputFileError(path: path, reason: .notFound(suggestion: nearbyName(for: path)))
            }
            throw InputFileError(path: path, reason: .unreadable(POSIXCalls.message(for: code)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, POSIXCalls.isDirectory(status.st_mode) {
            throw InputFileError(path: path, reason: .isDirectory(hint: folderHint(path)))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: path, reason: .unreadable(POSIXCalls.message(for: errno)))
            }
            bytes += chunk[..<count]
        }
    }

    /// What to give instead of a folder: the folder itself with `--rules` when it is an
    /// instrument's, else one of its `.kompass` files.
    static func folderHint(_ path: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".kompass") && !$0.hasPrefix(".") }.sorted()
        guard let first = names.first else { return nil }
        let folder = path.hasSuffix("/") ? path : path + "/"
        if InstrumentFolder.holdsInstrument(path) {
            return "it is an instrument's folder: pass it with '--rules \(path)'"
        }
        return "give one of its files, such as '\(folder)\(first)'"
    }

    /// `Examples/ale-2020/evidence.kompass` for a missing `Examples/ale-2020/evidnce.kompass`.
    private static func nearbyName(for path: String) -> String? {
        let (directory, name) = PathIdentity.split(path)
        guard !name.isEmpty,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: directory),
            let match = EditDistance.closestMatch(to: name, among: entries)
        else { return nil }
        return path.contains("/") ? String(path.dropLast(name.count)) + match : match
    }
}
