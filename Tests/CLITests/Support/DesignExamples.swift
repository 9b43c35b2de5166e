import Foundation
import TestSupport

extension ScratchDirectory {
    /// The DESIGN.md examples (see Tests/RulesTests/Fixtures/design).
    static let designFixtures = PackageRoot.path("Tests/RulesTests/Fixtures/design")

    /// Copies the DESIGN.md examples in: `rules/` (the instrument), `evidence.kompass`, `plan.kompass`.
    func copyDesignExamples() throws {
        let design = Self.designFixtures
        for name in ["a-declarations.kompass", "b-excerpt.kompass"] {
            try write("rules/" + name, Array(try Data(contentsOf: URL(fileURLWithPath: design + "/instrument/" + name))))
        }
        for name in ["evidence.kompass", "plan.kompass"] {
            try write(name, Array(try Data(contentsOf: URL(fileURLWithPath: design + "/" + name))))
        }
    }
}
