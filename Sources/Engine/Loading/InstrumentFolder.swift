import Foundation
import Support

/// Finding and recognising instrument folders, so that a wrong `--rules` gets one error
/// that says what the path is and which folder was probably meant.
public enum InstrumentFolder {
    /// Whether the folder holds a `.kompass` file whose first declaration is an
    /// instrument's (`instrument`, `ladder`, `fact`, `area` …).
    public static func holdsInstrument(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let folder = path.hasSuffix("/") ? path : path + "/"
        for name in names.sorted() where name.hasSuffix(".kompass") && !name.hasPrefix(".") {
            guard let bytes = try? InputFile.contents(of: folder + name) else { continue }
            let source = SourceText(path: name, bytes: Array(bytes.prefix(4096)))
            if case .file(.instrument, _) = FileRecognition.recognise(source) { return true }
        }
        return false
    }

    /// The default instrument folder (`Rules/kommunkompassen-2019`) when it is in the
    /// working directory and holds an instrument.
    public static func defaultFolder() -> String? {
        holdsInstrument(RulesDirectory.defaultRelativePath) ? RulesDirectory.defaultRelativePath : nil
    }

    /// The instrument folder a mistaken path probably meant: the folder itself or one
    /// below it (`Rules` → `Rules/kommunkompassen-2019`), the folder of a file given
    /// instead (`Rules/kommunkompassen-2019/area-1.kompass` → its folder), else nil.
    public static func suggestion(for path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            let folder = PathIdentity.split(path).directory
            return holdsInstrument(folder) ? folder : nil
        }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        return names.lazy.map { folder + "/" + $0 }.first(where: holdsInstrument)
    }
}
