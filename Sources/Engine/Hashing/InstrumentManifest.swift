import Foundation

/// The manifest that identifies an instrument: one line `<sha256 hex>  <file name>\n`
/// per `*.kompass` file, sorted by file name in byte order.
///
/// Its SHA-256 is the instrument hash named in every output, and the shell
/// reproduces it:
///
/// ```sh
/// sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum
/// ```
///
/// Lines are written exactly as GNU `sha256sum` writes them, including its escape
/// for names holding a backslash, line feed or carriage return.
public enum InstrumentManifest {
    /// Why an instrument folder could not be read.
    public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The folder does not exist or cannot be listed.
        case directoryUnreadable(path: String)
        /// A `*.kompass` file in the folder cannot be read.
        case fileUnreadable(path: String)
        /// The folder holds no `*.kompass` file.
        case noInstrumentFiles(path: String)

        /// The message, lowercase and without a trailing period.
        public var description: String {
            switch self {
            case .directoryUnreadable(let path): "cannot read instrument folder '\(path)'"
            case .fileUnreadable(let path): "cannot read instrument file '\(path)'"
            case .noInstrumentFiles(let path): "no '*.kompass' files in instrument folder '\(path)'"
            }
        }
    }

    /// The manifest text for `files`, one `sha256sum` line per file, sorted by the
    /// bytes of the name as written (as `LC_ALL=C sort -k2` does).
    public static func text(files: [(name: String, bytes: [UInt8])]) -> String {
        let lines = files.map { file -> (name: [UInt8], line: String) in
            let (name, escaped) = sha256sumName(file.name)
            let line = (escaped ? "\\" : "") + SHA256.hexDigest(file.bytes) + "  " + name + "\n"
            return (Array(name.utf8), line)
        }
        // Names are unique in a folder; the line breaks ties so the order is total anyway.
        let sorted = lines.sorted { lhs, rhs in
            lhs.name == rhs.name
                ? Array(lhs.line.utf8).lexicographicallyPrecedes(Array(rhs.line.utf8))
                : lhs.name.lexicographicallyPrecedes(rhs.name)
        }
        return sorted.map(\.line).joined()
    }

    /// The instrument hash: the lowercase hex SHA-256 of the UTF-8 bytes of
    /// ``text(files:)``.
    public static func sha256(files: [(name: String, bytes: [UInt8])]) -> String {
        SHA256.hexDigest(Array(text(files: files).utf8))
    }

    /// Reads every file the shell glob `*.kompass` matches directly in `directory`
    /// (not recursive, no hidden files, no folders) and returns them sorted by the
    /// bytes of their names, with the instrument hash.
    ///
    /// - Throws: ``LoadError`` when the folder or a file cannot be read, or when the
    ///   folder holds no `*.kompass` file.
    public static func load(directory: String) throws -> (files: [(name: String, bytes: [UInt8])], sha256: String) {
        let fileManager = FileManager.default
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError.directoryUnreadable(path: directory)
        }
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        var files: [(name: String, bytes: [UInt8])] = []
        for name in names where matchesGlob(name) {
            let path = base.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            guard let data = fileManager.contents(atPath: path) else {
                throw LoadError.fileUnreadable(path: path)
            }
            files.append((name, [UInt8](data)))
        }
        guard !files.isEmpty else { throw LoadError.noInstrumentFiles(path: directory) }
        files.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        return (files, sha256(files: files))
    }

    /// Whether `sh` expands `*.kompass` to `name`: compared as bytes, so Unicode
    /// equivalence never makes a name match that the shell would skip.
    private static func matchesGlob(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return bytes.first != UInt8(ascii: ".") && bytes.suffix(8).elementsEqual(".kompass".utf8)
    }

    /// The name as `sha256sum` prints it, and whether the line needs its leading
    /// backslash (GNU coreutils escapes `\`, line feed and carriage return).
    private static func sha256sumName(_ name: String) -> (String, escaped: Bool) {
        guard name.utf8.contains(where: { $0 == 0x5c || $0 == 0x0a || $0 == 0x0d }) else { return (name, false) }
        var escaped = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return (escaped, true)
    }
}
