import Foundation
import TestSupport

/// The package's Swift sources, read as text for the architecture tests.
enum SourceTree {
    /// The folder of a target's sources, relative to the package.
    static func folder(of target: String) -> String {
        target == "Benchmarks" ? "Benchmarks" : "Sources/" + target
    }

    /// Every `.swift` file of a target, with its path relative to the target's folder.
    static func files(of target: String) throws -> [(path: String, text: String)] {
        let base = PackageRoot.path(folder(of: target))
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            files.append((relative, try String(contentsOfFile: base + "/" + relative, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The modules a source file imports (`import X`, `@testable import X`, inside `#if` too).
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                words[..<index].allSatisfy({ $0.hasPrefix("@") })
            else { return nil }
            return words[index + 1]
        }
    }

    /// The code of a source: comments and the contents of string literals blanked out, so
    /// that prose ("Evidence or plan files") does not count as naming a type.
    static func code(_ text: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        var previous: Character = " "
        var inComment = false
        for character in text {
            if inComment {
                if character == "\n" {
                    inComment = false
                    out.append(character)
                }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" || character == "\n" {
                    inString = false
                    out.append(character)
                }
                continue
            }
            if character == "/" && previous == "/" {
                out.removeLast()
                inComment = true
            } else {
                if character == "\"" { inString = true }
                out.append(character)
            }
            previous = character
        }
        return out
    }

    /// Whole identifiers in the code of a source (see ``code(_:)``).
    static func identifiers(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var current = ""
        for character in code(text) {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else if !current.isEmpty {
                result.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { result.insert(current) }
        return result
    }

    /// The targets of `Package.swift` with the dependencies it declares for each.
    static func manifestGraph() throws -> [String: [String]] {
        let manifest = try String(contentsOfFile: PackageRoot.path("Package.swift"), encoding: .utf8)
        var graph: [String: [String]] = [:]
        // Each target declaration: `.target(`, `.executableTarget(` or `.testTarget(` up to its `)`.
        for marker in [".target(", ".executableTarget(", ".testTarget("] {
            var rest = Substring(manifest)
            while let start = rest.range(of: marker) {
                rest = rest[start.upperBound...]
                let declaration = rest[..<(rest.firstIndex(of: ")") ?? rest.endIndex)]
                guard let nameStart = declaration.range(of: "name: \""),
                    let nameEnd = declaration[nameStart.upperBound...].firstIndex(of: "\"")
                else { continue }
                let name = String(declaration[nameStart.upperBound..<nameEnd])
                var dependencies: [String] = []
                if let open = declaration.range(of: "dependencies: ["),
                    let close = declaration[open.upperBound...].firstIndex(of: "]")
                {
                    dependencies = declaration[open.upperBound..<close].split(separator: ",").map {
                        $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\""))
                    }.filter { !$0.isEmpty }
                }
                graph[name] = dependencies
            }
        }
        return graph
    }
}
