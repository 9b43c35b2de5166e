import Engine
import Foundation
import Reports
import Rules
import TestSupport
import Testing

/// DESIGN.md, "JSON output contract" and "Provenance and determinism".
@Suite struct ScoreJSONTests {
    /// The contract's keys at each level (keys may be added; these must be there).
    static let topKeys = ["schemaVersion", "tool", "instrument", "evidence", "total", "areas", "unassessed", "unjudged"]
    static let areaKeys = ["id", "title", "points", "rounded", "max", "percent", "bounds", "subareas"]
    static let subareaKeys = [
        "id", "title", "points", "rounded", "max", "percent", "mode", "capCut", "bounds", "override", "rules",
    ]
    static let ruleKeys = ["id", "status", "points", "weight", "satisfaction", "capCut", "ruleCapCut", "facts"]

    static func keys(_ value: JSONValue?) -> Set<String> {
        Set(value?.objectValue?.map(\.key) ?? [])
    }

    /// A JSON number as the contract writes it: at most 6 decimals, no trailing zeros,
    /// integers without `.0`, no exponent, no `-0`.
    static func isContractNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, text != "-0" else { return false }
        let whole = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0][...]
        guard !whole.isEmpty, whole.allSatisfy(Self.isDigit), whole == "0" || !whole.hasPrefix("0") else { return false }
        guard parts.count == 2 else { return true }
        let fraction = parts[1]
        return (1...6).contains(fraction.count) && fraction.allSatisfy(Self.isDigit) && !fraction.hasSuffix("0")
    }

    static func isDigit(_ c: Character) -> Bool { ("0"..."9").contains(c) }

    /// Every number anywhere in a value.
    static func numbers(_ value: JSONValue) -> [String] {
        switch value {
        case .number(let text): return [text]
        case .array(let items): return items.flatMap(numbers)
        case .object(let members): return members.flatMap { numbers($0.value) }
        default: return []
        }
    }

    @Test func aleDocumentHasEveryContractKey() throws {
        let scored = try Shipped.ale()
        let json = try JSONParser.parse(ScoreJSON.document([scored]))
        #expect(Self.keys(json).isSuperset(of: Self.topKeys))
        #expect(json["schemaVersion"]?.numberText == "1")
        #expect(json["tool"]?["name"]?.stringValue == "kompass-score")
        #expect(json["tool"]?["version"]?.stringValue == ToolInfo.version)
        #expect(json["instrument"]?["name"]?.stringValue == "Kommunkompassen")
        #expect(json["instrument"]?["version"]?.stringValue == "2019")
        #expect(json["instrument"]?["sha256"]?.stringValue?.count == 64)
        #expect(json["evidence"]?["municipality"]?.stringValue == "Ale kommun")
        #expect(json["evidence"]?["year"]?.numberText == "2020")
        #expect(json["evidence"]?["evaluators"]?.arrayValue?.map(\.stringValue) == ["Anna Eklöf", "Leif Eldås"])
        #expect(json["evidence"]?["sha256"]?.stringValue?.count == 64)
        let total = try #require(json["total"])
        #expect(Self.keys(total).isSuperset(of: ["points", "rounded", "max", "percent", "bounds"]))
        #expect(Self.keys(total["bounds"]) == ["min", "max"])
        #expect(total["max"]?.numberText == "800")
        let areas = try #require(json["areas"]?.arrayValue)
        #expect(areas.count == 8)
        var subareaCount = 0
        var ruleCount = 0
        for area in areas {
            #expect(Self.keys(area).isSuperset(of: Self.areaKeys), "area \(area["id"]?.stringValue ?? "?")")
            #expect(Self.keys(area["bounds"]) == ["min", "max"])
            for subarea in area["subareas"]?.arrayValue ?? [] {
                subareaCount += 1
                let id = subarea["id"]?.stringValue ?? "?"
                #expect(Self.keys(subarea).isSuperset(of: Self.subareaKeys), "subarea \(id)")
                #expect(["points", "weighted"].contains(subarea["mode"]?.stringValue ?? ""), "subarea \(id)")
                #expect(Self.keys(subarea["bounds"]) == ["min", "max"], "subarea \(id)")
                for rule in subarea["rules"]?.arrayValue ?? [] {
                    ruleCount += 1
                    #expect(Self.keys(rule).isSuperset(of: Self.ruleKeys), "rule \(rule["id"]?.stringValue ?? "?")")
                    #expect(["hit", "partial", "miss", "unassessed"].contains(rule["status"]?.stringValue ?? ""))
                    #expect(rule["facts"]?.arrayValue != nil)
                }
            }
        }
        #expect(subareaCount == 35)
        #expect(ruleCount == scored.instrument.rules.count)
        #expect(json["unassessed"]?.arrayValue?.map(\.stringValue) == scored.unassessedPaths)
        #expect(json["unjudged"]?.arrayValue?.map(\.stringValue) == scored.score.unjudged.map { scored.instrument.rules[$0].id })
    }

    @Test func aleNumbersFollowTheContractFormat() throws {
        let json = try JSONParser.parse(ScoreJSON.document([try Shipped.ale()]))
        let numbers = Self.numbers(json)
        #expect(numbers.count > 500)
        let bad = numbers.filter { !Self.isContractNumber($0) }
        #expect(bad.isEmpty, "not in the contract's number format: \(bad.prefix(10))")
    }

    @Test func contractNumberCheckerRejectsBadForms() {
        #expect(Self.isContractNumber("74.333333"))
        #expect(Self.isContractNumber("0"))
        #expect(Self.isContractNumber("-0.5"))
        for text in ["1.0", "1.50", "0.1234567", "1e3", "-0", "01", "1."] {
            #expect(!Self.isContractNumber(text), "\(text)")
        }
    }

    /// Area 1 of Ale as computed in Rules/kommunkompassen-2019/area-1.kompass's header:
    /// 1.1 = 20·6.5/8 = 16.25, 1.3 = 32 capped at 30, 1.4 = 10·11/15, area = 74.333….
    @Test func aleAreaOneValues() throws {
        let scored = try Shipped.ale()
        let json = ScoreJSON.object(scored)
        let area = try #require(json["areas"]?.arrayValue?.first)
        #expect(area["id"]?.stringValue == "1")
        #expect(area["points"]?.numberText == "74.333333")
        #expect(area["rounded"]?.numberText == "74")
        #expect(area["percent"]?.numberText == "74")
        let subareas = area["subareas"]?.arrayValue ?? []
        #expect(subareas.map { $0["points"]?.numberText } == ["16.25", "5.75", "30", "7.333333", "15"])
        #expect(subareas.map { $0["rounded"]?.numberText } == ["16", "6", "30", "7", "15"])
        #expect(subareas.map { $0["percent"]?.numberText } == ["81", "58", "100", "73", "50"])
        #expect(subareas.map { $0["mode"]?.stringValue } == ["weighted", "weighted", "points", "weighted", "points"])
        #expect(subareas[2]["capCut"]?.numberText == "2")
        #expect(scored.areaScore("1").points == q(223, 3))
    }

    /// The evidence hash is of the file's bytes; the instrument hash reproduces with
    /// `sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum`.
    @Test func hashesReproduceWithTheShell() throws {
        let scored = try Shipped.ale()
        let pipeline = "cd '\(RulesTestPaths.instrumentDirectory)' && sha256sum *.kompass | LC_ALL=C sort -k2 | sha256sum"
        let manifest = try ProcessRunner.run("/bin/sh", ["-c", pipeline]).out
        #expect(scored.instrument.sha256 == String(manifest.prefix(64)))
        let evidence = try ProcessRunner.run("/bin/sh", ["-c", "sha256sum '\(RulesTestPaths.aleEvidence)'"]).out
        #expect(scored.evidence.sha256 == String(evidence.prefix(64)))
    }

    /// No timestamps, no absolute paths: the document is the same when rendered twice,
    /// and names the evidence by the path it was given.
    @Test func documentIsStableAndNamesPathsAsGiven() throws {
        let scored = try Shipped.ale()
        #expect(ScoreJSON.document([scored]) == ScoreJSON.document([try Shipped.ale()]))
        let tiny = try Fixture.scored(Self.tiny, "finding f = yes source web \"f\"\n")
        let text = ScoreJSON.document([tiny])
        #expect(!text.contains("/work"))
        #expect(!text.contains(PackageRoot.path))
    }

    static let tiny = """
        instrument "Tiny" version "1"
        fact f: flag "F"
        fact n: number "N"
        area a "Area" max 30
        subarea a.1 "Weighted" max 10 weighted
          rule a.1.a "Flag" weight 2 when f
          rule a.1.b "Judged" judgement max 3
        subarea a.2 "Points" max 20
          rule a.2.a "Scale" scale n from 0 to 3 award 7
        """

    /// Every contract value of a small score, by hand: a.1 = 10·(2·1 + 1·⅓)/3 = 70/9;
    /// a.2 unassessed, [0, 7]; area and total 70/9 of 30 (26 %), bounds [70/9, 133/9].
    @Test func tinyDocumentHasHandComputedValues() throws {
        let scored = try Fixture.scored(Self.tiny, "finding f = yes source web \"f\"\njudge a.1.b = 1 because \"a third\"\n")
        let json = try JSONParser.parse(ScoreJSON.document([scored]))
        let expected: JSONValue = [
            "schemaVersion": 1,
            "tool": ["name": "kompass-score", "version": .string(ToolInfo.version)],
            "instrument": ["name": "Tiny", "version": "1", "sha256": "test"],
            "evidence": ["municipality": "Testby", "year": 2021, "evaluators": ["E1", "E2"], "sha256": "evidence-sha"],
            "total": [
                "points": .number("7.777778"), "rounded": 8, "max": 30, "percent": 26,
                "bounds": ["min": .number("7.777778"), "max": .number("14.777778")],
            ],
            "areas": [
                [
                    "id": "a", "title": "Area", "points": .number("7.777778"), "rounded": 8, "max": 30, "percent": 26,
                    "bounds": ["min": .number("7.777778"), "max": .number("14.777778")],
                    "subareas": [
                        [
                            "id": "a.1", "title": "Weighted", "points": .number("7.777778"), "rounded": 8, "max": 10,
                            "percent": 78, "mode": "weighted", "capCut": 0,
                            "bounds": ["min": .number("7.777778"), "max": .number("7.777778")], "override": .null,
                            "rules": [
                                [
                                    "id": "a.1.a", "status": "hit", "points": .number("6.666667"), "weight": 2,
                                    "satisfaction": 1, "capCut": 0, "ruleCapCut": 0, "facts": ["f"],
                                ],
                                [
                                    "id": "a.1.b", "status": "partial", "points": .number("1.111111"), "weight": 1,
                                    "satisfaction": .number("0.333333"), "capCut": 0, "ruleCapCut": 0, "facts": [],
                                ],
                            ],
                        ],
                        [
                            "id": "a.2", "title": "Points", "points": 0, "rounded": 0, "max": 20, "percent": 0,
                            "mode": "points", "capCut": 0, "bounds": ["min": 0, "max": 7], "override": .null,
                            "rules": [
                                [
                                    "id": "a.2.a", "status": "unassessed", "points": 0, "weight": 1,
                                    "capCut": 0, "ruleCapCut": 0, "facts": ["n"],
                                ]
                            ],
                        ],
                    ],
                ]
            ],
            "unassessed": ["n"],
            "unjudged": [],
        ]
        let mismatches = Self.mismatches(expected: expected, actual: json, at: "$")
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func severalEvidenceFilesGiveAnArray() throws {
        let one = try Fixture.scored(Self.tiny, "finding f = yes source web \"f\"\n")
        let two = try Fixture.scored(Self.tiny, "finding f = no source web \"f\"\n")
        let json = try JSONParser.parse(ScoreJSON.document([one, two]))
        let items = try #require(json.arrayValue)
        #expect(items.count == 2)
        #expect(items.map { $0["total"]?["points"]?.numberText } == ["6.666667", "0"])
    }

    /// Where `actual` differs from `expected`; objects in `expected` may leave out keys.
    static func mismatches(expected: JSONValue, actual: JSONValue?, at path: String) -> [String] {
        guard let actual else { return ["\(path): missing"] }
        switch expected {
        case .object(let members):
            guard actual.objectValue != nil else { return ["\(path): not an object"] }
            return members.flatMap { mismatches(expected: $0.value, actual: actual[$0.key], at: path + "." + $0.key) }
        case .array(let items):
            guard let actualItems = actual.arrayValue, actualItems.count == items.count else {
                return ["\(path): expected \(items.count) items, got \(actual.arrayValue?.count ?? -1)"]
            }
            return zip(items, actualItems).enumerated().flatMap {
                mismatches(expected: $0.element.0, actual: $0.element.1, at: "\(path)[\($0.offset)]")
            }
        default:
            return expected == actual ? [] : ["\(path): expected \(expected), got \(actual)"]
        }
    }
}
