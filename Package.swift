// swift-tools-version:6.0
import PackageDescription

// The layers follow the data: text → syntax → checked model → compiled form → outcome →
// trace → renderings. Each target names only the layers below it; ArchitectureTests
// pins this graph against the imports in the sources.
let package = Package(
    name: "kompass-score",
    products: [
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Rules", targets: ["Rules"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Reports", targets: ["Reports"]),
        .executable(name: "kompass-score", targets: ["kompass-score"]),
    ],
    targets: [
        // Leaves: no domain type.
        .target(name: "Support"),
        .target(name: "Statistics"),
        .target(name: "CommandLineKit", dependencies: ["Support"]),
        // The language and scoring core, and the built-in rule kinds on its plugin protocol.
        .target(name: "Engine", dependencies: ["Support"]),
        .target(name: "Rules", dependencies: ["Engine"]),
        // What users do with scores, and every rendering of them.
        .target(name: "Analysis", dependencies: ["Support", "Engine", "Statistics"]),
        .target(name: "Reports", dependencies: ["Support", "Engine", "Analysis", "Statistics"]),
        // The language server for editors (`kompass-score lsp`).
        .target(name: "LanguageServer", dependencies: ["Support", "Engine"]),
        // Generated instruments and evidence, for the benchmarks and the differential tests.
        .target(name: "Workloads", dependencies: ["Engine"]),
        // The thin executable: arguments, the error table, wiring.
        .executableTarget(
            name: "kompass-score",
            dependencies: ["CommandLineKit", "Support", "Engine", "Rules", "Analysis", "Reports", "LanguageServer"]),
        .executableTarget(
            name: "Benchmarks", dependencies: ["Engine", "Rules", "Analysis", "Reports", "LanguageServer", "Workloads"], path: "Benchmarks"),
        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"]),
        .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit", "Support", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Support", "TestSupport"]),
        .testTarget(
            name: "RulesTests",
            dependencies: ["Engine", "Rules", "Analysis", "Reports", "Statistics", "CommandLineKit", "TestSupport", "Workloads"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CLITests", dependencies: ["kompass-score", "CommandLineKit", "Engine", "Analysis", "TestSupport"]),
        .testTarget(name: "ExtensionTests", dependencies: ["Engine", "Rules", "Reports", "TestSupport"]),
        .testTarget(name: "ArchitectureTests", dependencies: ["Rules", "TestSupport"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "Engine", "Rules", "TestSupport"]),
    ]
)
