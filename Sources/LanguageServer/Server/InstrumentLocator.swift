import Engine
import Foundation

/// Finds the instrument folder a document is checked against, the way the commands do
/// and a little further: an instrument file's own folder; for evidence, the instrument
/// folder near it whose header has the name and version the evidence names (looking in
/// each folder from the document's up to the workspace root, at its subfolders and at
/// `Rules/*`); else the folder given in the initialization options (`rules`), else the
/// workspace's `Rules/kommunkompassen-2019`, else the default of the commands.
public struct InstrumentLocator: Sendable {
    /// The workspace root, if the editor named one.
    public var root: String?
    /// The folder given with the initialization option `rules`, absolute.
    public var explicit: String?
    /// The running executable, for the commands' default.
    public var executablePath: String

    private var headers: [String: (name: String, version: String)?] = [:]

    /// A locator for a workspace.
    public init(root: String?, explicit: String?, executablePath: String) {
        self.root = root
        self.explicit = explicit
        self.executablePath = executablePath
    }

    /// Forgets what it read from disk (files changed).
    public mutating func forget() {
        headers = [:]
    }

    /// The folder for a document at `path` of `kind`, naming `instrument` (an evidence
    /// header's name and version), or nil when none is found.
    public mutating func folder(
        for path: String, kind: FileRecognition.Kind?, instrument: (name: String, version: String)?
    ) -> String? {
        let directory = PathParts.directory(path)
        if kind == .instrument { return directory }
        if let instrument {
            for candidate in candidates(from: directory) {
                if let header = header(of: candidate), header == instrument { return candidate }
            }
        }
        return fallback
    }

    /// The folder used when a document names none that is found.
    public var fallback: String? {
        if let explicit { return explicit }
        if let root, InstrumentFolder.holdsInstrumentFolder(root + "/" + RulesDirectory.defaultRelativePath) {
            return root + "/" + RulesDirectory.defaultRelativePath
        }
        guard let found = try? RulesDirectory.resolve(explicit: nil, executablePath: executablePath) else { return nil }
        return DocumentStore.normalised(
            found.hasPrefix("/") ? found : FileManager.default.currentDirectoryPath + "/" + found)
    }

    /// Instrument folders near `directory`, nearest first.
    func candidates(from directory: String) -> [String] {
        var result: [String] = explicit.map { [$0] } ?? []
        var folder = directory
        // Up to the workspace root; outside it, the document's own folder only.
        let inside = root.map { directory == $0 || directory.hasPrefix($0 + "/") } ?? false
        for _ in 0..<(inside ? 16 : 1) {
            for parent in [folder, folder + "/Rules"] {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
                for name in names where !name.hasPrefix(".") {
                    let candidate = parent + "/" + name
                    if !result.contains(candidate), InstrumentFolder.holdsInstrumentFolder(candidate) {
                        result.append(candidate)
                    }
                }
            }
            if folder == root || folder == "/" { break }
            folder = PathParts.directory(folder)
        }
        return result
    }

    /// The name and version of the `instrument` header in a folder's files.
    mutating func header(of folder: String) -> (name: String, version: String)? {
        if let known = headers[folder] { return known }
        var found: (name: String, version: String)?
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".kompass")
        }
        search: for name in names.sorted() {
            guard let bytes = try? InputFile.contents(of: folder + "/" + name) else { continue }
            let tokens = Lexer.tokenize(SourceText(path: name, bytes: bytes)).tokens
            for (i, token) in tokens.enumerated() where token.is(.instrument) && i + 3 < tokens.count {
                if tokens[i + 1].kind == .string, tokens[i + 2].is(.version), tokens[i + 3].kind == .string {
                    found = (tokens[i + 1].text, tokens[i + 3].text)
                    break search
                }
            }
        }
        headers[folder] = found
        return found
    }
}

extension InstrumentFolder {
    /// Whether `path` is a folder that holds an instrument.
    static func holdsInstrumentFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            && holdsInstrument(path)
    }
}
