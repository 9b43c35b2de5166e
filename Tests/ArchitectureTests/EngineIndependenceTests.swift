import Rules
import Testing

/// STYLE.md: "Engine never imports Rules" (LayerGraphTests pins the imports); DESIGN.md:
/// "Engine names no concrete rule kind": it receives kinds through a registry value.
@Suite struct EngineIndependenceTests {
    @Test func engineSourcesAreFound() throws {
        let files = try SourceTree.files(of: "Engine")
        #expect(files.count > 50)
        #expect(files.contains { $0.path.hasSuffix("RuleKind.swift") })
    }

    @Test func engineNamesNoConcreteKind() throws {
        let kindTypes = BuiltinKinds.all.map { String(describing: $0) }
        #expect(kindTypes.sorted() == ["EachKind", "JudgementKind", "LadderKind", "ScaleKind", "ThresholdKind", "WhenKind"])
        let forbidden = Set(kindTypes + ["BuiltinKinds", "ClauseShape", "StepTable", "NumericInput"])
        for file in try SourceTree.files(of: "Engine") {
            let named = SourceTree.identifiers(file.text).intersection(forbidden)
            #expect(named.isEmpty, "\(file.path) names \(named.sorted())")
        }
    }
}
