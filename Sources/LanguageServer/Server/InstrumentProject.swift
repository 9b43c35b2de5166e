import Engine
import Foundation

/// An instrument folder as the editor sees it: its `*.kompass` files (an open buffer
/// instead of the file on disk), parsed, checked and linted as `check` does, with an index
/// of the declarations for hover and go-to-definition.
public struct InstrumentProject: Sendable {
    /// The folder's absolute path.
    public let folder: String
    /// Its files in byte order of their names.
    public let files: [ParsedDocument]
    /// The checked instrument; nil when any file has an error.
    public let instrument: Instrument?
    /// Every diagnostic of the folder: files, meaning checks, then the scoring lint.
    public let diagnostics: [Diagnostic]
    /// The declarations, from the syntax (also when the instrument has errors).
    public let index: DeclarationIndex
    /// The instrument header's name and version, if there is one.
    public let header: (name: String, version: String)?

    /// Builds the project from the files on disk and the open buffers, reusing the parse of
    /// every text that has not changed since `previous`.
    public init(
        folder: String, documents: DocumentStore, registry: RuleKindRegistry, previous: InstrumentProject? = nil
    ) {
        self.folder = folder
        var reuse: [String: ParsedDocument] = [:]
        for file in previous?.files ?? [] { reuse[file.path] = file }
        var names = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
                $0.hasSuffix(".kompass") && !$0.hasPrefix(".")
            })
        for document in documents.all where PathParts.directory(document.path) == folder {
            let name = PathParts.name(document.path)
            if name.hasSuffix(".kompass") { names.insert(name) }
        }
        var files: [ParsedDocument] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let path = folder + "/" + name
            let text: String
            if let open = documents.document(atPath: path) {
                text = open.text
            } else if let bytes = try? InputFile.contents(of: path) {
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                continue
            }
            if let old = reuse[path], old.text == text {
                files.append(old)
            } else {
                files.append(ParsedDocument(path: path, text: text, kindWords: registry.clauseWords, blankIsError: false))
            }
        }
        self.files = files
        var diagnostics: [Diagnostic] = []
        var syntax: [SourceFileSyntax] = []
        var complete = true
        for file in files {
            diagnostics += file.diagnostics
            guard let kind = file.kind, let tree = file.syntax else {
                if !file.diagnostics.isEmpty { complete = false }
                continue
            }
            guard kind == .instrument else {
                var diagnostic = FileRecognition.wrongKind(file.source, is: kind, expected: .instrument)
                diagnostic.help = "move it out of the instrument's folder '\(folder)'"
                diagnostics.append(diagnostic)
                complete = false
                continue
            }
            syntax.append(tree)
        }
        index = DeclarationIndex(syntax)
        header = index.header.map { ($0.name.value, $0.version.value) }
        // As `check`: a file that cannot be read leaves the instrument incomplete.
        var instrument: Instrument?
        if complete && !syntax.isEmpty {
            let (checked, bag) = InstrumentChecker.check(syntax, registry: registry, sha256: "")
            diagnostics += bag.all
            if !diagnostics.contains(where: { $0.severity == .error }), let checked {
                instrument = checked
                diagnostics += ScoringLint.check(checked)
            }
        }
        self.instrument = instrument
        self.diagnostics = diagnostics
    }

    /// The file at a path.
    public func file(_ path: String) -> ParsedDocument? {
        files.first { $0.path == path }
    }
}

/// Splitting `/a/b/c.kompass` into its folder and name.
enum PathParts {
    static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
