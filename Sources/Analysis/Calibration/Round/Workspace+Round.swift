import Engine
import Foundation

extension Workspace {
    /// The evidence files of a calibration round: every `*.kompass` and `*.json` file
    /// directly in `directory` (not hidden, not in subfolders), in byte order of their
    /// names, each read and checked against the instrument. Returns nil when any has an
    /// error (the diagnostics are recorded).
    ///
    /// - Throws: ``InputFileError`` when the folder does not exist or a file cannot be read.
    public mutating func loadRound(directory: String, instrument: Instrument) throws(InputFileError) -> [Evidence]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw InputFileError(path: directory, reason: .notFound(suggestion: nil))
        }
        guard isDirectory.boolValue else {
            throw InputFileError(path: directory, reason: .unreadable("a round is a folder of evidence files"))
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw InputFileError(path: directory, reason: .unreadable("the folder cannot be listed"))
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let files = names.filter { name in
            !name.hasPrefix(".") && (name.hasSuffix(".kompass") || name.hasSuffix(".json"))
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let paths = files.map { prefix + $0 }.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        // Read and checked on every core, recorded in the order of the names.
        let loaded = try loadEvidence(paths: paths, instrument: instrument).compactMap { $0 }
        return diagnostics.hasErrors ? nil : loaded
    }
}
