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
        var loaded: [Evidence] = []
        for name in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: prefix + name, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            if let evidence = try loadEvidence(path: prefix + name, instrument: instrument) { loaded.append(evidence) }
        }
        return diagnostics.hasErrors ? nil : loaded
    }
}
