import Analysis
import CommandLineKit
import Foundation
import TestSupport
import Testing

@testable import kompass_score

/// `corpus` and `diff` through the built binary on the shipped examples: Examples/corpus
/// (Ale 2020 and 13 fictional evaluations), Examples/instrument-2019b and its renames.
/// Numbers are checked against `score` run separately, not against the code under test.
@Suite struct CorpusBinaryTests {
    static let corpus = "Examples/corpus"
    static let revision = "Examples/instrument-2019b"
    static let renames = "Examples/instrument-2019b/renames"
    static let diffArguments = ["diff", "--rules", Shipped.instrument, "--against", revision, corpus, "--renames", renames]

    /// The corpus's files, as the folder argument expands them (byte order of names).
    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(corpus)).filter { $0.hasSuffix(".kompass") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { corpus + "/" + $0 }
    }

    /// `score --format json` of every file of the corpus: per file its total and area points.
    static func scores() throws -> [(total: Double, areas: [Double])] {
        let outcome = try BinaryRun.run(["score"] + (try files()) + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [[String: Any]])
        return array.map { json in
            let total = (json["total"] as? [String: Any])?["points"] as? Double ?? .nan
            let areas = (json["areas"] as? [[String: Any]] ?? []).map { $0["points"] as? Double ?? .nan }
            return (total, areas)
        }
    }

    /// numpy's default quantile, on doubles, for the cross-check.
    static func quantile(_ values: [Double], _ p: Double) -> Double {
        let x = values.sorted()
        let h = Double(x.count - 1) * p
        let j = Int(h.rounded(.down))
        return j + 1 < x.count ? x[j] + (h - Double(j)) * (x[j + 1] - x[j]) : x[j]
    }

    @Test func corpusOfTheExamples() throws {
        let lines = try BinaryRun.succeed(["corpus", Self.corpus, "--lang", "en"])
        #expect(lines.first == "Corpus · Kommunkompassen 2019 · 14 evaluations of 12 municipalities, 2019–2024")
        let totals = try Self.scores().map(\.total)
        #expect(totals.count == 14)
        #expect(totals.allSatisfy { $0 >= 300 && $0 <= 650 })
        // The distribution row of the total, against the totals `score` gives.
        let row = try #require(lines.first { $0.hasPrefix("total  Total ") })
        let cells = row.split(separator: " ").suffix(7).compactMap { Double($0) }
        let expected = [
            totals.reduce(0, +) / 14, totals.min() ?? 0, Self.quantile(totals, 0.25), Self.quantile(totals, 0.5),
            Self.quantile(totals, 0.75), totals.max() ?? 0,
        ]
        #expect(cells.first == 14)
        for (cell, value) in zip(cells.dropFirst(), expected) { #expect(abs(cell - value) <= 0.05 + 1e-9, "\(row)") }
        // Ale's row: rank 1 + the totals above 484.187555; percentile (below + 1/2) / 14 (no total equals it).
        let ale = try #require(lines.first { $0.contains("Ale kommun") && $0.contains("2020") })
        let below = totals.filter { $0 < 484.187555 }.count
        let rank = totals.filter { $0 > 484.187555 }.count + 1
        let percentile = Int((100 * (Double(below) + 0.5) / 14).rounded(.toNearestOrAwayFromZero))
        #expect(Array(ale.split(separator: " ").prefix(6)) == ["\(rank)", "Ale", "kommun", "2020", "484.2", "\(percentile)"])
        // Both municipalities evaluated twice, as series.
        #expect(lines.contains("Norrvik kommun (fiktiv)"))
        #expect(lines.contains("Sjöby kommun (fiktiv)"))
        try Sha256Sum.expectProvenance(lines, inputs: try Self.files().map { ("evidence", $0) })
    }

    @Test func corpusIsDeterministicAndJSONIsExact() throws {
        let first = try BinaryRun.run(["corpus", Self.corpus, "--format", "json"])
        let second = try BinaryRun.run(["corpus", Self.corpus, "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout)) as? [String: Any])
        #expect(json["kind"] as? String == "corpus")
        let evaluations = try #require(json["evaluations"] as? [[String: Any]])
        let totals = try Self.scores().map(\.total)
        let points = evaluations.map { ($0["total"] as? [String: Any])?["points"] as? Double ?? .nan }
        #expect(points == totals)
        let csv = try BinaryRun.run(["corpus", Self.corpus, "--format", "csv"])
        #expect(csv.status == 0)
        // RFC 4180: CRLF after every record; a header, then 14 evaluations × (8 areas + 35 subareas + total).
        let records = csv.out.components(separatedBy: "\r\n")
        #expect(records.last == "")
        #expect(records.count - 1 == 1 + 14 * 44)
    }

    /// The declaration's values are the area means of `score`'s points, and a copy of the
    /// instrument with the declaration added still checks.
    @Test func writeReferenceIsTheAreaMeansAndPastesIntoTheInstrument() throws {
        let lines = try BinaryRun.succeed(["corpus", Self.corpus, "--write-reference", "Korpusmedel (fiktivt)"])
        let declaration = try #require(lines.last)
        #expect(declaration.hasPrefix(#"reference "Korpusmedel (fiktivt)" { 1: "#))
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("# ") })
        let scores = try Self.scores()
        let inner = declaration.drop { $0 != "{" }.dropFirst().dropLast(2)
        let values = inner.split(separator: ",").map { Double($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? .nan }
        #expect(values.count == 8)
        for (area, value) in values.enumerated() {
            let mean = scores.map { $0.areas[area] }.reduce(0, +) / Double(scores.count)
            #expect(abs(value - mean) < 1e-6)
            #expect(value == (value * 1e6).rounded() / 1e6)
        }
        let scratch = try ScratchDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.instrument)) {
            try scratch.write("rules/" + name, try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path(Shipped.instrument + "/" + name))).map { $0 })
        }
        try scratch.write("rules/90-korpus.kompass", lines.joined(separator: "\n") + "\n")
        let check = try BinaryRun.run(["check", "--rules", scratch.path + "/rules"])
        #expect(check.status == 0, "\(check.err)")
        // Written into the instrument's folder, it would become part of it: refused.
        let refused = try BinaryRun.run(["corpus", Self.corpus, "--write-reference", "X", "-o", Shipped.instrument + "/x.kompass"])
        #expect(refused.status == 64)
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.path(Shipped.instrument + "/x.kompass")))
    }

    @Test func diffOfTheRevision() throws {
        let lines = try BinaryRun.succeed(Self.diffArguments + ["--lang", "en"])
        #expect(lines.first == "Kommunkompassen 2019 → 2019b · 14 evaluations")
        #expect(lines.contains("  facts renamed (2): dialog.webbsandning → dialog.fullmaktige_webb, "
            + "hallbarhet.social.tidiga_insatser → hallbarhet.social.tidiga_samordnade_insatser"))
        #expect(lines.contains("  subarea 2.2 Social hållbarhet: max 30 → 16"))
        #expect(lines.contains("  subarea 2.5 Inkludering och jämställdhet: added, max 14"))
        #expect(lines.contains { $0.hasPrefix("    2.2.f → 2.5.a") && $0.hasSuffix("id, subarea") })
        #expect(lines.contains("Every finding, judgement and override reads in Kommunkompassen 2019b (after the renames)."))
        // Ale: 1.1 16.25 → 15 (1.1.e weighs 3 of 9, not 2 of 8), 4.2 16.5 → 16 (4.2.g's first step is 1, not 1.5).
        #expect(lines.contains("  1.1  16.3  →  15  −1.3  1.1.e −1.3"))
        #expect(lines.contains("  4.2  16.5  →  16  −0.5  4.2.g −0.5"))
        #expect(lines.contains { $0.hasPrefix("  Ale kommun 2020") && $0.contains("484.2  482.4  −1.8") })
        try Sha256Sum.expectProvenance(
            Array(lines.dropLast()), inputs: try Self.files().map { ("evidence", $0) } + [("renames", Self.renames)])
        #expect(lines.last == "against instrument Kommunkompassen 2019b sha256 \(try Sha256Sum.instrument(Self.revision))")
    }

    /// The new version's score of Ale, as `diff` reads the old evidence, is what `score`
    /// gives for the same evidence rewritten by hand for 2019b.
    @Test func diffReadsOldEvidenceAsTheNewVersionWould() throws {
        let outcome = try BinaryRun.run(Self.diffArguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(try BinaryRun.run(Self.diffArguments + ["--format", "json"]).stdout == outcome.stdout, "deterministic")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let evaluations = try #require(json["evaluations"] as? [[String: Any]])
        let ale = try #require(evaluations.first)
        var text = try String(contentsOfFile: PackageRoot.path(Shipped.ale), encoding: .utf8)
        text = text.replacingOccurrences(of: #"version "2019""#, with: #"version "2019b""#)
            .replacingOccurrences(of: "dialog.webbsandning", with: "dialog.fullmaktige_webb")
            .replacingOccurrences(of: "hallbarhet.social.tidiga_insatser", with: "hallbarhet.social.tidiga_samordnade_insatser")
        let scratch = try ScratchDirectory()
        let path = try scratch.write("ale-2019b.kompass", text)
        let scored = try BinaryRun.run(["score", path, "--rules", Self.revision, "--format", "json"])
        #expect(scored.status == 0, "\(scored.err)")
        let score = try #require(try JSONSerialization.jsonObject(with: Data(scored.stdout)) as? [String: Any])
        let total = (score["total"] as? [String: Any])?["points"] as? Double
        #expect(ale["new"] as? Double == total)
        #expect(ale["old"] as? Double == 484.187555)
        // 1.1.e's effect on Ale alone: 16.25 − 15.
        let effects = try #require(json["effects"] as? [[String: Any]])
        let weight = try #require(effects.first { $0["rule"] as? String == "1.1.e" })
        let first = (weight["evaluations"] as? [[String: Any]])?.first
        #expect(first?["total"] as? Double == -1.25)
    }

    /// Every evaluation of the corpus (issue 15): `diff`'s old and new total, area and
    /// subarea points equal two separate `score` runs (the old evidence under the old
    /// instrument, and the same evidence rewritten by the renames file for 2019b under the
    /// new one), each change is new minus old, every subarea's rule parts plus its rest add
    /// up to its change, and the rest is 0 wherever no rest reason applies (the subarea's
    /// own maximum or mode unchanged, at most one rule change in it, every finding read).
    @Test func diffDeltasEqualTwoScoreRunsForEveryEvaluation() throws {
        let outcome = try BinaryRun.run(Self.diffArguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let evaluations = try #require(diff["evaluations"] as? [[String: Any]])
        let files = try Self.files()
        #expect(evaluations.count == 14 && files.count == 14)

        // The renames file, read here: `old -> new` a line, '#' comments.
        let renames = try String(contentsOfFile: PackageRoot.path(Self.renames), encoding: .utf8)
            .split(separator: "\n").map { $0.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { line -> (String, String) in
                let sides = line.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                return (sides[0], sides[1])
            }
        #expect(renames.count == 6)
        let scratch = try ScratchDirectory()
        var rewritten: [String] = []
        for file in files {
            var text = try String(contentsOfFile: PackageRoot.path(file), encoding: .utf8)
                .replacingOccurrences(of: #"version "2019""#, with: #"version "2019b""#)
            for (old, new) in renames {
                text = text.replacingOccurrences(of: "finding \(old) ", with: "finding \(new) ")
                    .replacingOccurrences(of: "judge \(old) ", with: "judge \(new) ")
            }
            rewritten.append(try scratch.write((file as NSString).lastPathComponent, text))
        }
        let before = try Self.scoreDocuments(["score"] + files + ["--format", "json"])
        let after = try Self.scoreDocuments(["score", "--rules", Self.revision] + rewritten + ["--format", "json"])
        #expect(before.count == 14 && after.count == 14)

        let changes = try #require(diff["changes"] as? [String: Any])
        let ownChanges = Set((changes["subareas"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        var changesPerSubarea: [String: Int] = [:]
        for rule in changes["rules"] as? [[String: Any]] ?? [] {
            let subarea = rule["subarea"] as? [String: Any]
            for id in Set([subarea?["old"] as? String, subarea?["new"] as? String].compactMap { $0 }) {
                changesPerSubarea[id, default: 0] += 1
            }
        }
        let close: (Double?, Double?) -> Bool = { a, b in
            guard let a, let b else { return a == nil && b == nil }
            return abs(a - b) <= 1e-6
        }
        for (k, evaluation) in evaluations.enumerated() {
            let name = files[k]
            let old = before[k]
            let new = after[k]
            #expect(close(evaluation["old"] as? Double, old.total), "\(name)")
            #expect(close(evaluation["new"] as? Double, new.total), "\(name)")
            #expect(close(evaluation["change"] as? Double, new.total - old.total), "\(name)")
            #expect((evaluation["notes"] as? [Any])?.isEmpty == true, "\(name)")
            for area in evaluation["areas"] as? [[String: Any]] ?? [] {
                let id = area["id"] as? String ?? ""
                #expect(close(area["old"] as? Double, old.areas[id]), "\(name) area \(id)")
                #expect(close(area["new"] as? Double, new.areas[id]), "\(name) area \(id)")
            }
            let subareas = evaluation["subareas"] as? [[String: Any]] ?? []
            #expect(subareas.count == 36, "\(name): the 35 subareas of 2019 and the new 2.5")
            for subarea in subareas {
                let id = subarea["id"] as? String ?? ""
                let (o, n) = (old.subareas[id], new.subareas[id])
                #expect(close(subarea["old"] as? Double, o), "\(name) \(id)")
                #expect(close(subarea["new"] as? Double, n), "\(name) \(id)")
                let change = try #require(subarea["change"] as? Double)
                #expect(abs(change - ((n ?? 0) - (o ?? 0))) <= 1e-6, "\(name) \(id)")
                let parts = (subarea["parts"] as? [[String: Any]] ?? []).map { $0["points"] as? Double ?? .nan }
                let rest = try #require(subarea["rest"] as? Double)
                // Written to 6 decimals each: the sum agrees to their rounding.
                #expect(abs(parts.reduce(0, +) + rest - change) <= 1e-6 * Double(parts.count + 2), "\(name) \(id)")
                if !ownChanges.contains(id), changesPerSubarea[id, default: 0] <= 1 {
                    #expect(rest == 0, "\(name) \(id): rest \(rest) without a rest reason")
                }
            }
        }
    }

    /// `score --format json` of several files: per file its total and its areas' and
    /// subareas' points by id.
    static func scoreDocuments(_ arguments: [String]) throws
        -> [(total: Double, areas: [String: Double], subareas: [String: Double])]
    {
        let outcome = try BinaryRun.run(arguments)
        #expect(outcome.status == 0, "\(outcome.err)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [[String: Any]])
        return array.map { json in
            var areas: [String: Double] = [:]
            var subareas: [String: Double] = [:]
            for area in json["areas"] as? [[String: Any]] ?? [] {
                areas[area["id"] as? String ?? ""] = area["points"] as? Double
                for subarea in area["subareas"] as? [[String: Any]] ?? [] {
                    subareas[subarea["id"] as? String ?? ""] = subarea["points"] as? Double
                }
            }
            return ((json["total"] as? [String: Any])?["points"] as? Double ?? .nan, areas, subareas)
        }
    }

    /// The HTML report of Ale against the example corpus: the band behind the radar, a
    /// percentile line under each of the 8 areas and 35 subareas.
    @Test func scoreReportAgainstTheCorpus() throws {
        let lines = try BinaryRun.succeed(["score", Shipped.ale, "--format", "html", "--corpus", Self.corpus])
        let html = lines.joined(separator: "\n")
        #expect(html.contains("<path class=\"radar-band\""))
        #expect(html.components(separatedBy: "<p class=\"note corpus\">Bland 14 utvärderingar").count - 1 == 43)
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var firstLine: String
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(name: "corpus without evidence", arguments: ["corpus"], status: 64, firstLine: "Error: missing argument '<evidence>'"),
        Failure(
            name: "--write-reference with --format", arguments: ["corpus", corpus, "--write-reference", "X", "-f", "json"],
            status: 64, firstLine: "Error: '--write-reference' writes a declaration of the language; it takes no '--format'"),
        Failure(
            name: "--format against the extension of --output", arguments: ["corpus", corpus, "-f", "json", "-o", "x.csv"],
            status: 64, firstLine: "Error: '--format json' contradicts the extension of 'x.csv', which means csv"),
        Failure(name: "diff without --rules", arguments: ["diff", corpus], status: 64, firstLine: "Error: missing option '--rules <dir>'"),
        Failure(
            name: "diff without --against", arguments: ["diff", "--rules", Shipped.instrument, corpus], status: 64,
            firstLine: "Error: missing option '--against <dir>'"),
        Failure(
            name: "diff in csv", arguments: diffArguments + ["--format", "csv"], status: 64,
            firstLine: "Error: invalid value 'csv' for '--format <format>'"),
        Failure(name: "a missing folder", arguments: ["corpus", "Examples/no-such-corpus"], status: 66,
            firstLine: "Error: no such file 'Examples/no-such-corpus'"),
        Failure(
            name: "a folder without evidence", arguments: ["corpus", "docs"], status: 66,
            firstLine: "Error: 'docs' holds no '.kompass' evidence files"),
        Failure(
            name: "diff against a missing folder",
            arguments: ["diff", "--rules", Shipped.instrument, "--against", "Examples/no-such-version", corpus], status: 66,
            firstLine: "Error: no such file 'Examples/no-such-version'"),
        Failure(
            name: "score --corpus in text", arguments: ["score", Shipped.ale, "--corpus", corpus], status: 64,
            firstLine: "Error: '--corpus' applies to '--format html' only, not 'text'"),
        Failure(
            name: "corpus --lang with --format json", arguments: ["corpus", corpus, "--lang", "sv", "-f", "json"], status: 64,
            firstLine: "Error: '--lang' applies to text output, not '--format json'"),
        Failure(
            name: "corpus --lang with csv", arguments: ["corpus", corpus, "--lang", "en", "-o", "x.csv"], status: 64,
            firstLine: "Error: '--lang' applies to text and html output, not '--format csv'"),
        Failure(
            name: "diff --lang with --format json", arguments: diffArguments + ["--lang", "en", "-f", "json"], status: 64,
            firstLine: "Error: '--lang' applies to text output, not '--format json'"),
        Failure(
            name: "diff with a missing renames file",
            arguments: ["diff", "--rules", Shipped.instrument, "--against", revision, corpus, "--renames", "no-renames"],
            status: 66, firstLine: "Error: no such file 'no-renames'"),
    ]

    @Test(arguments: failures)
    func failsWithItsStatus(_ f: Failure) throws {
        let outcome = try BinaryRun.run(f.arguments)
        #expect(outcome.status == f.status, "\(outcome.err)")
        #expect(outcome.stdout == [])
        #expect(outcome.errLines.first.map(String.init) == f.firstLine)
    }

    /// A renames file with a malformed line: located like every diagnostic, status 65.
    @Test func aBadRenamesLineIsALocatedError() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("renames", "# ok\ndialog.webbsandning -> dialog.fullmaktige_webb\nfoo bar\n")
        let outcome = try BinaryRun.run(
            ["diff", "--rules", Shipped.instrument, "--against", Self.revision, Shipped.ale, "--renames", path])
        #expect(outcome.status == 65)
        #expect(outcome.stdout == [])
        #expect(
            outcome.errLines.first.map(String.init)
                == "\(path):3:1: error: expected 'old.id -> new.id', found 'foo bar' [parse.expected-token]")
    }

    @Test func theErrorTableKnowsAnEmptyEvidenceFolder() throws {
        let description = try #require(ErrorTable.describe(EvidenceFolderError(path: "x", reason: .noEvidence)))
        #expect(description.message == "'x' holds no '.kompass' evidence files")
        #expect(description.exitStatus == .inputNotFound)
    }
}
