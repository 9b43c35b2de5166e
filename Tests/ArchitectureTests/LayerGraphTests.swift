import Foundation
import Testing

/// The layers follow the data: text → syntax → checked model → compiled form → outcome →
/// trace → renderings. This test pins the whole dependency graph twice, in Package.swift
/// and in the sources' imports, so no layer reaches across another. Since a target can
/// name only what it imports, the compiler then keeps Statistics and CommandLineKit free
/// of every engine type.
@Suite struct LayerGraphTests {
    /// Each target and the project targets it may use; nothing else.
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Statistics": [],
        "CommandLineKit": ["Support"],
        "Engine": ["Support"],
        "Rules": ["Engine"],
        "Analysis": ["Support", "Engine", "Statistics"],
        "Reports": ["Support", "Engine", "Analysis", "Statistics"],
        "LanguageServer": ["Support", "Engine"],
        "Workloads": ["Engine"],
        "kompass-score": ["CommandLineKit", "Support", "Engine", "Rules", "Analysis", "Reports", "LanguageServer"],
        "Benchmarks": ["Engine", "Rules", "Analysis", "Reports", "LanguageServer", "Workloads"],
    ]

    /// The system modules a source may import.
    static let system: Set<String> = ["Foundation", "FoundationXML", "Glibc", "Musl", "Darwin", "Dispatch", "Synchronization"]

    @Test func manifestDeclaresExactlyTheAllowedGraph() throws {
        let graph = try SourceTree.manifestGraph()
        for (target, dependencies) in Self.allowed {
            let declared = try #require(graph[target], "Package.swift has no target '\(target)'")
            #expect(Set(declared) == dependencies, "\(target) depends on \(declared.sorted())")
        }
        let layers = graph.keys.filter { !$0.hasSuffix("Tests") && $0 != "TestSupport" }
        #expect(Set(layers) == Set(Self.allowed.keys))
    }

    @Test(arguments: allowed.keys.sorted())
    func sourcesImportOnlyWhatTheirLayerMay(_ target: String) throws {
        let files = try SourceTree.files(of: target)
        #expect(!files.isEmpty)
        let allowed = try #require(Self.allowed[target])
        for file in files {
            for module in SourceTree.imports(file.text) {
                let ok = Self.system.contains(module) || allowed.contains(module)
                #expect(ok, "\(target)/\(file.path) imports \(module)")
            }
        }
    }

    @Test func theGraphHasNoCycle() {
        var state: [String: Int] = [:]  // 1 while visiting, 2 when done
        func visit(_ target: String) -> Bool {
            if state[target] == 2 { return true }
            if state[target] == 1 { return false }
            state[target] = 1
            for next in Self.allowed[target] ?? [] where !visit(next) { return false }
            state[target] = 2
            return true
        }
        for target in Self.allowed.keys.sorted() { #expect(visit(target), "a cycle through \(target)") }
    }
}
