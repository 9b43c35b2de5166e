import Testing

@testable import Engine

/// The byte-hashed fact table answers exactly what the catalogue's dictionary answers, or
/// nothing (and the dictionary is asked): on ASCII paths, on paths only canonically equal
/// (the Kelvin sign and `K`), on repeated paths, and on a table left behind by edited facts.
@Suite struct FactPathTableTests {
    static func fact(_ path: String, _ line: Int = 1) -> Fact {
        Fact(path: path, type: .flag, description: "", span: SourceSpan(path: "i.kompass", start: SourceLocation(line: line, column: 1), length: 1))
    }

    static func catalog(_ paths: [String]) -> FactCatalog {
        FactCatalog(facts: paths.enumerated().map { fact($0.element, $0.offset + 1) }, ladders: [])
    }

    /// Deterministic ASCII paths of the shape instruments use, some sharing long prefixes.
    static var generatedPaths: [String] {
        let areas = ["dialog", "info", "service", "styrning", "kvalitet", "a", "b.c"]
        let leaves = ["mal", "plan", "enkat", "uppfoljning", "x", "x1", "x2", "kanaler"]
        return areas.flatMap { area in leaves.map { "\(area).\($0)" } } + ["f", "n", "p", "ab", "ba"]
    }

    @Test func asciiPathsAreFoundAtTheirIndexAndOthersAreNot() {
        let paths = Self.generatedPaths
        let catalog = Self.catalog(paths)
        for (index, path) in paths.enumerated() {
            #expect(catalog.paths.index(of: path, in: catalog.facts) == index, "\(path)")
            #expect(catalog.indexOfFact(path) == index, "\(path)")
        }
        for missing in ["", "dialog", "dialog.", "dialog.mall", "Dialog.mal", "f.", "ab.c", "info.x3", "x"] {
            #expect(catalog.paths.index(of: missing, in: catalog.facts) == nil, "\(missing)")
            #expect(catalog.indexOfFact(missing) == nil, "\(missing)")
        }
    }

    @Test func agreesWithTheDictionaryOnEveryQuery() {
        let instruments: [[String]] = [
            Self.generatedPaths,
            ["K", "k", "a.b"],
            ["\u{212A}", "a.b"],  // the Kelvin sign: canonically equal to "K"
            ["e\u{301}.x", "a"],  // decomposed é
            ["\u{E9}.x", "a"],  // precomposed é
            ["a", "b", "a"],  // a repeated path (the checker never builds one)
            [],
        ]
        let queries = Self.generatedPaths + ["K", "k", "\u{212A}", "a.b", "a", "b", "e\u{301}.x", "\u{E9}.x", "", "zz"]
        for paths in instruments {
            let catalog = Self.catalog(paths)
            for query in queries {
                #expect(catalog.indexOfFact(query) == catalog.index[query], "\(paths) \(query)")
            }
        }
    }

    @Test func nonASCIIOrRepeatedPathsLeaveTheTableEmpty() {
        for paths in [["\u{212A}", "a"], ["a", "\u{E9}"], ["a", "b", "a"]] {
            let catalog = Self.catalog(paths)
            for path in paths + ["K", "a", "b"] {
                #expect(catalog.paths.index(of: path, in: catalog.facts) == nil, "\(paths) \(path)")
            }
        }
        // The dictionary still answers: "K" is the Kelvin sign's canonical equal.
        #expect(Self.catalog(["\u{212A}", "a"]).indexOfFact("K") == 0)
        #expect(Self.catalog(["a", "b", "a"]).indexOfFact("a") == 2)
    }

    @Test func aTableLeftBehindByEditedFactsNeverAnswersWrongly() {
        var catalog = Self.catalog(["a", "b", "c"])
        catalog.facts.swapAt(0, 2)
        catalog.index = ["c": 0, "b": 1, "a": 2]
        for path in ["a", "b", "c"] {
            #expect(catalog.indexOfFact(path) == catalog.index[path], "\(path)")
        }
        catalog.facts = [Self.fact("z")]
        catalog.index = ["z": 0]
        #expect(catalog.indexOfFact("z") == 0)
        #expect(catalog.indexOfFact("a") == nil)
    }

    @Test func anInstrumentCarriesItsTableToEveryDocument() throws {
        let paths = Self.generatedPaths
        var instrument = Instrument(
            name: "K", version: "1", language: nil, ladders: [], facts: paths.map { Self.fact($0) }, areas: [], subareas: [],
            rules: [], tests: [], references: [], sha256: "", factIndex: [:], ids: [:])
        #expect(instrument.catalog.indexOfFact("dialog.mal") == nil)  // built another way: no table, no index
        instrument.factIndex = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($0.element, $0.offset) })
        instrument.factPaths = FactPathTable(facts: instrument.facts)
        for (index, path) in paths.enumerated() {
            #expect(instrument.catalog.paths.index(of: path, in: instrument.facts) == index)
            #expect(instrument.catalog.indexOfFact(path) == index)
        }
    }
}
