// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kompass-score",
    products: [
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Rules", targets: ["Rules"]),
        .executable(name: "kompass-score", targets: ["kompass-score"]),
    ],
    targets: [
        .target(name: "Engine"),
        .target(name: "Rules", dependencies: ["Engine"]),
        .executableTarget(name: "kompass-score", dependencies: ["Engine", "Rules"]),
        .executableTarget(name: "Benchmarks", dependencies: ["Engine", "Rules"], path: "Benchmarks"),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "RulesTests", dependencies: ["Engine", "Rules"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["kompass-score"]),
        .testTarget(name: "ExtensionTests", dependencies: ["Engine", "Rules"]),
    ]
)
