import Foundation
import Rules
import Testing

/// STYLE.md: "Engine never imports Rules"; DESIGN.md: "Engine names no concrete rule
/// kind". Scans the Engine's source files.
@Suite struct EngineIndependenceTests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static func engineSources() throws -> [(path: String, text: String)] {
        let base = root + "/Sources/Engine"
        let enumerator = try #require(FileManager.default.enumerator(atPath: base))
        var files: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            files.append((relative, try String(contentsOfFile: base + "/" + relative, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Whole identifiers in a text.
    static func identifiers(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var current = ""
        for character in text {
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

    @Test func engineSourcesAreFound() throws {
        let files = try Self.engineSources()
        #expect(files.count > 50)
        #expect(files.contains { $0.path.hasSuffix("RuleKind.swift") })
    }

    @Test func engineNeverImportsRules() throws {
        for file in try Self.engineSources() {
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init).filter { !$0.isEmpty }
                let importIndex = words.firstIndex(of: "import")
                if let importIndex, importIndex + 1 < words.count {
                    #expect(words[importIndex + 1] != "Rules", "\(file.path): \(line)")
                }
            }
        }
    }

    @Test func engineNamesNoConcreteKind() throws {
        let kindTypes = BuiltinKinds.all.map { String(describing: $0) }
        #expect(kindTypes.sorted() == ["EachKind", "JudgementKind", "LadderKind", "ScaleKind", "ThresholdKind", "WhenKind"])
        let forbidden = Set(kindTypes + ["BuiltinKinds", "ClauseShape", "StepTable", "NumericInput"])
        for file in try Self.engineSources() {
            let named = Self.identifiers(file.text).intersection(forbidden)
            #expect(named.isEmpty, "\(file.path) names \(named.sorted())")
        }
    }

    @Test func engineTargetHasNoDependencies() throws {
        let manifest = try String(contentsOfFile: Self.root + "/Package.swift", encoding: .utf8)
        let line = try #require(manifest.split(separator: "\n").first { $0.contains(".target(name: \"Engine\"") })
        #expect(!line.contains("dependencies"), "\(line)")
    }
}
