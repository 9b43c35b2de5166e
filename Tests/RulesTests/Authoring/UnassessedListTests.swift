import Engine
import Foundation
import Reports
import Rules
import Testing

/// The open facts under the score table: a long list is counted and laid out per area,
/// wrapped, with a pointer to `facts` and `new evidence`, not one line of 6,000 characters.
@Suite struct UnassessedListTests {
    /// The fact paths declared in one of the shipped instrument's area files, read from the
    /// file's `fact` lines (each area file declares the facts its own rules read first).
    static func declared(inArea area: Int) throws -> [String] {
        try RulesTestPaths.text(RulesTestPaths.instrumentDirectory + "/area-\(area).kompass")
            .split(separator: "\n").filter { $0.hasPrefix("fact ") }
            .map { String($0.dropFirst(5).prefix { $0 != ":" }) }
    }

    /// Ale's evidence without the findings of these facts, scored.
    static func ale(without paths: Set<String>) throws -> ScoredEvidence {
        let ale = try Shipped.ale()
        var evidence = ale.evidence
        evidence.findings.removeAll { paths.contains(ale.instrument.facts[$0.fact].path) }
        return try ScoredEvidence(compiled: ale.compiled, evidence: evidence)
    }

    @Test func aLongListIsCountedPerArea() throws {
        let area2 = try Self.declared(inArea: 2)
        #expect(area2.count == 33)
        let area5 = Array(try Self.declared(inArea: 5).prefix(3))
        #expect(area5 == ["brukare.strategi", "brukare.strategi_koncern", "brukare.styrvarden"])
        let scored = try Self.ale(without: Set(area2 + area5))
        let lines = ScoreTable.render(scored, language: .sv).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Ej bedömda fakta") })
        #expect(Array(lines[start...].prefix(6)) == [
            "Ej bedömda fakta (36 av 225), per område:",
            "  2  alla 33",
            // In the order the rules read them, as `new evidence` lists them.
            "  5  3 av 34: brukare.strategi, brukare.styrvarden, brukare.strategi_koncern",
            "  Underlaget har inget fynd för dem. kompass-score facts beskriver varje faktum och vilka",
            "  svar det tar; kompass-score new evidence skriver ett underlag med alla fakta som rader",
            "  att fylla i.",
        ])
        let english = ScoreTable.render(scored, language: .en)
        #expect(english.contains("Facts not assessed (36 of 225), by area:\n  2  all 33\n  5  3 of 34: brukare.strategi,"))
    }

    @Test func aShortListStaysOnOneLine() throws {
        let scored = try Self.ale(without: ["brukare.strategi"])
        let text = ScoreTable.render(scored, language: .en)
        #expect(text.contains("\nFacts not assessed (1): brukare.strategi\n"))
        #expect(!text.contains("by area"))
    }

    @Test func pathsOfAPartlyOpenAreaWrap() throws {
        // Every fact of area 2 but its first open: 32 paths, wrapped under their area.
        let area2 = try Self.declared(inArea: 2)
        let scored = try Self.ale(without: Set(area2.dropFirst()))
        let lines = ScoreTable.render(scored, language: .sv).split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Ej bedömda fakta") })
        #expect(lines[start] == "Ej bedömda fakta (32 av 225), per område:")
        #expect(lines[start + 1].hasPrefix("  2  32 av 33: \(area2[1]), \(area2[2]),"))
        let block = lines[(start + 1)...].prefix { !$0.hasPrefix("  Underlaget") }
        #expect(block.count > 5)
        #expect(block.allSatisfy { $0.count <= 90 })
        #expect(block.dropFirst().allSatisfy { $0.hasPrefix("       ") })
        // Every path is there, once.
        let listed = block.joined(separator: " ").dropFirst("  2  32 av 33: ".count)
            .split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        #expect(listed == Array(area2.dropFirst()))
    }
}
