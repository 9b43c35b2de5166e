import Foundation
import TestSupport
import Testing

/// `calibrate` through the binary on the shipped calibration round (6 municipalities ×
/// 3 evaluators, its own small instrument).
@Suite struct CalibrateBinaryTests {
    static let rules = ["--rules", Shipped.calibrationRules]

    /// Norrby by E1 and E3. Reviewed against the instrument: 1.1 is weighted 3:1, so
    /// E1's followed_up (0.8) and judgement 0.8 give 20 · 3.2/4 = 16, E3's 0.8 and 0.5 give
    /// 14.5; 1.3 is 4 + 12 + 6 + 4 = 26 for E1, and E3's rules give 24 (followed_up: 4,
    /// not 6) overridden to 20; 2.1.b needs the analysis E3 records as absent (−6). The
    /// parts add up: 8 + 1.5 + 4 = 13.5 = 69 − 55.5.
    static let norrbyGolden = """
        Calibration of Norrby kommun 2020 by 2 evaluators: E1, E3

        Inputs (- not recorded)
          input                         E1                                                    E3                                                    agree
          demokrati.strategi            followed_up                                           followed_up                                           yes
          kommunikation.sprak           yes                                                   yes                                                   yes
          kommunikation.klarsprak       yes                                                   yes                                                   yes
          kommunikation.tillganglighet  yes                                                   yes                                                   yes
          fullmaktige.fragestund        yes                                                   yes                                                   yes
          dialog.former                 {fokusgrupp, medborgarpanel, ortsdialog, ungdomsrad}  {fokusgrupp, medborgarpanel, ortsdialog, ungdomsrad}  yes
          dialog.uppfoljning            evaluated                                             followed_up                                           no
          medborgarpanel.storlek        350                                                   350                                                   yes
          synpunkter.system             yes                                                   yes                                                   yes
          synpunkter.analys             yes                                                   no                                                    no
          service.malniva               followed_up                                           followed_up                                           yes
          judgement 1.1.b               0.8                                                   0.5                                                   no
          override 1.3                  -                                                     20                                                    no

        Scores
          subarea                               max  E1    E3  spread
          1.1 Strategi för demokratiutveckling   20  16  14.5     1.5
          1.2 Information till medborgarna       10  10    10       0
          1.3 Medborgardialog                    26  26    20       6
          2.1 Synpunkter och klagomål            10  10     4       6
          2.2 Servicedeklarationer               10   7     7       0
          Total                                  76  69  55.5    13.5

        Differences (first minus second; findings and judgements split by Shapley values)

          E1 − E3: +13.5 points = findings +8, judgements +1.5, overrides +4
            1.1  +1.5  judgement 1.1.b 0.8 vs 0.5                   +1.5
            1.3    +6  dialog.uppfoljning evaluated vs followed_up    +2
                       override 1.3 - vs 20                           +4
            2.1    +6  synpunkter.analys yes vs no                    +6

        4 of 13 inputs disputed: dialog.uppfoljning, synpunkter.analys, judgement 1.1.b, override 1.3
        """

    @Test func twoEvaluatorsOfNorrby() throws {
        let files = [Shipped.evaluation("norrby-E1"), Shipped.evaluation("norrby-E3")]
        let lines = try BinaryRun.succeed(["calibrate"] + Self.rules + files + ["--lang", "en"])
        #expect(BinaryRun.withoutProvenance(lines) == BinaryRun.lines(Self.norrbyGolden))
        try Sha256Sum.expectProvenance(
            lines, instrument: Shipped.calibrationRules,
            inputs: [("evidence", files[0], " (E1)"), ("evidence", files[1], " (E3)")])
        // `score` gives the same totals.
        let csv = try BinaryRun.run(["score"] + Self.rules + files + ["--format", "csv"])
        let totals = csv.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ",")[5] }
        #expect(totals == ["69", "55.5"])
    }

    /// `--consensus` writes a draft that checks clean, keeps what all three recorded alike
    /// and leaves the five disputes for discussion.
    @Test func consensusDraftOfNorrby() throws {
        let scratch = try ScratchDirectory()
        let draft = scratch.path + "/norrby-consensus.kompass"
        let files = ["norrby-E1", "norrby-E2", "norrby-E3"].map(Shipped.evaluation)
        let lines = try BinaryRun.succeed(["calibrate"] + Self.rules + files + ["--consensus", draft, "--lang", "en"])
        #expect(
            lines.contains(
                "5 of 13 inputs disputed: kommunikation.klarsprak, dialog.uppfoljning, synpunkter.analys, judgement 1.1.b, override 1.3"))
        #expect(BinaryRun.withoutProvenance(lines).last == "consensus draft \(draft): 8 kept, 5 left for discussion")
        let text = try scratch.text("norrby-consensus.kompass")
        let disputed = BinaryRun.lines(text).filter { $0.hasPrefix("# DISPUTED ") }
            .map { String($0.dropFirst("# DISPUTED ".count).prefix { $0 != ":" }) }
        #expect(disputed == ["kommunikation.klarsprak", "dialog.uppfoljning", "synpunkter.analys", "judge 1.1.b", "override 1.3"])
        #expect(BinaryRun.lines(text).filter { $0.hasPrefix("finding ") }.count == 8)
        #expect(text.contains("finding dialog.former = {fokusgrupp, medborgarpanel, ortsdialog, ungdomsrad}\n"))
        let check = try BinaryRun.succeed(["check"] + Self.rules + [draft])
        #expect(check == ["ok: Kalibreringsexempel 2019: 2 areas, 5 subareas, 12 rules, 11 facts; 1 file(s) checked"])
    }

    /// The draft says to keep one version of a dispute "by removing its '#'"; doing exactly
    /// that leaves the evaluator's label (`E2:`) in front of the finding, which does not parse.
    @Test func keepingADisputedVersionAsTheDraftSays() throws {
        let scratch = try ScratchDirectory()
        let draft = scratch.path + "/draft.kompass"
        let files = ["norrby-E1", "norrby-E2", "norrby-E3"].map(Shipped.evaluation)
        try BinaryRun.succeed(["calibrate"] + Self.rules + files + ["--consensus", draft])
        let text = try scratch.text("draft.kompass")
        #expect(text.contains("# DISPUTED kommunikation.klarsprak: left unassessed; agree on a value, then keep one line below without its '#'"))
        let version = "#   finding kommunikation.klarsprak = no source document \"Kommunens styrdokument\" section \"1.2\"  # E2\n"
        #expect(text.contains(version))
        try scratch.write("kept.kompass", text.replacingOccurrences(of: version, with: String(version.dropFirst())))
        let checked = try BinaryRun.run(["check", "--rules", PackageRoot.path(Shipped.calibrationRules), "kept.kompass"], in: scratch.path)
        // Removing only the '#' leaves a finding that parses; the evaluator stays as a comment.
        #expect(checked.status == 0, "\(checked.err)")
    }

    @Test func theWholeRound() throws {
        let lines = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", Shipped.round, "--lang", "en"])
        #expect(lines.first == "Calibration round: 6 municipalities, 3 evaluators · Kalibreringsexempel 2019")
        #expect(lines.contains("  - 6 municipalities, 3 evaluators (E1, E2, E3), 18 evaluations; 5 of 5 subareas assessed."))
        #expect(
            lines.contains(
                "  - E3 is stricter than the panel: −9.2 percentage points of each subarea's maximum (95% CI −13.1 to −5.2; ≈ −1.8 points on a 20-point subarea)."
            ))
        #expect(lines.contains("  E3         −9.2 (−13.1 to −5.2)       −6.5 (−8.9 to −4.1)     −0.83 (0.65)                  2"))
        // The two overrides of the round are both E3's (adala-E3 and norrby-E3).
        let overrides = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
            .filter { (try? String(contentsOfFile: PackageRoot.path(Shipped.round + "/" + $0), encoding: .utf8))?.contains("\noverride ") == true }
        #expect(overrides == ["adala-E3.kompass", "norrby-E3.kompass"])
        // Klarspråk: the evaluators agree in 8 of the 18 pairs (44%), counted from the files below.
        #expect(
            lines.contains("  kommunikation.klarsprak        nominal       6    44%  −0.06  AC1 −0.1 (−0.78 to 0.58)               −0.12"))
        #expect(try Self.pairwiseAgreement(on: "kommunikation.klarsprak") == 8)
        #expect(
            lines.contains(
                "What drives disagreement (Shapley split of every subarea difference in 18 comparisons; 160.5 points of absolute difference)"
            ))
        #expect(lines.contains("     1  kommunikation.klarsprak    21%      36  10 of 18"))
        #expect(lines.contains("  total                                                  76      6  0.87 (0.3 to 0.98)   0.96 (0.85 to 0.99)    0.85         7.72"))
        // 160.5 is the sum of |difference| over every subarea of every pair, as `score` gives them.
        #expect(try Self.absoluteSubareaDifferences() == 160.5)
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        #expect(names.count == 18)
        // Each file named with its evaluator, the two letters before ".kompass".
        let inputs: [(kind: String, path: String, suffix: String)] = names.map { name in
            let evaluator = String(name.dropLast(".kompass".count).suffix(2))
            return (kind: "evidence", path: Shipped.round + "/" + name, suffix: " (\(evaluator))")
        }
        try Sha256Sum.expectProvenance(lines, instrument: Shipped.calibrationRules, inputs: inputs)
    }

    /// In how many of the 18 pairs (3 per municipality) two evaluators record the same value of `fact`.
    static func pairwiseAgreement(on fact: String) throws -> Int {
        var values: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted() {
            let text = try String(contentsOfFile: PackageRoot.path(Shipped.round + "/" + name), encoding: .utf8)
            let line = try #require(BinaryRun.lines(text).first { $0.hasPrefix("finding \(fact) = ") })
            values[String(name.prefix { $0 != "-" }), default: []].append(String(line.dropFirst("finding \(fact) = ".count)))
        }
        #expect(values.count == 6 && values.values.allSatisfy { $0.count == 3 })
        return values.values.map { v in [(0, 1), (0, 2), (1, 2)].filter { v[$0.0] == v[$0.1] }.count }.reduce(0, +)
    }

    /// Σ |a − b| over the subareas of every pair of evaluations of one municipality.
    static func absoluteSubareaDifferences() throws -> Double {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        let outcome = try BinaryRun.run(["score"] + rules + names.map { Shipped.round + "/" + $0 } + ["--format", "csv"])
        let records = outcome.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let header = try #require(records.first)
        let subareas = ["1.1", "1.2", "1.3", "2.1", "2.2"].compactMap { header.firstIndex(of: $0) }
        #expect(subareas.count == 5)
        let byMunicipality = Dictionary(grouping: records.dropFirst(), by: { $0[0] })
        var sum = 0.0
        for rows in byMunicipality.values {
            for (i, j) in [(0, 1), (0, 2), (1, 2)] {
                for column in subareas { sum += abs((Double(rows[i][column]) ?? .nan) - (Double(rows[j][column]) ?? .nan)) }
            }
        }
        return sum
    }
}

/// `fit` through the binary: the shipped awarded scores, and awarded scores built here
/// from the rules themselves, where the answer is known.
@Suite struct FitBinaryTests {
    static let rules = ["--rules", Shipped.calibrationRules]

    /// The shipped awarded scores were made with klarspråk (1.2.b) at 1.5 times its points,
    /// the panel rule (1.3.d) at half and 2.1.b at 0.8: the fit finds those directions.
    @Test func shippedAwardedScores() throws {
        let lines = try BinaryRun.succeed(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", Shipped.awarded, "--lang", "en"])
        #expect(lines.first == "Rule scales fitted to awarded scores: 90 awarded scores in 5 subareas · Kalibreringsexempel 2019")
        #expect(lines.contains("  1.2.b     4  1.34 (1.22 to 1.52)     1.34 (1.22 to 1.52) of [0, 2.5]"))
        #expect(lines.contains("  2.1.b     6  0.79 (0.74 to 0.81)     0.79 (0.74 to 0.81) of [0, 1.67]"))
        #expect(
            BinaryRun.block(startingWith: "1.3 Medborgardialog", in: lines) == [
                "1.3 Medborgardialog (max 26): 18 awarded scores, 6 municipalities",
                "  rule   best  NNLS scale (LOO range)  bounded scale (LOO range)",
                "  1.3.a     4  0.97 (0.94 to 0.99)     0.97 (0.94 to 0.99) of [0, 6.5]",
                "  1.3.b    12  1 (0.98 to 1.01)        1 (0.98 to 1.01) of [0, 2.17]",
                "  1.3.c     6  1.01 (0.98 to 1.06)     1.01 (0.98 to 1.06) of [0, 4.33]",
                "  1.3.d     4  0.55 (0.47 to 0.6)      0.55 (0.47 to 0.6) of [0, 6.5]",
            ])
        #expect(
            lines.contains(
                "  verdict: the fitted scales predict left-out municipalities clearly better (RMSE_LOO 0.41 against 0.96 points for the rules as written)"
            ))
        // The provenance names the instrument, the 18 evaluations and the awarded table.
        #expect(lines.last == "awarded \(Shipped.awarded)")
        #expect(lines.filter { $0.hasPrefix("evidence \(Shipped.round)/") }.count == 18)
        #expect(lines.contains("\(Shipped.toolLine) · instrument Kalibreringsexempel 2019 sha256 \(try Sha256Sum.instrument(Shipped.calibrationRules))"))
    }

    /// `--max-scale` bounds every scale: klarspråk's 1.34 is held at 1.2, and said to be.
    @Test func maxScale() throws {
        let lines = try BinaryRun.succeed(
            ["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", Shipped.awarded, "--max-scale", "1.2", "--lang", "en"])
        #expect(lines.contains("  1.2.b     4  1.34 (1.22 to 1.52)     1.2 (1.2 to 1.2) of [0, 1.2]"))
        #expect(lines.contains("    - rule 1.2.b reaches its upper bound 1.2 in the bounded fit"))
    }

    /// Awarded scores equal to what the rules give (2.1) and to half of it (2.2), taken from
    /// `score --format csv` of the round: the fit must find scales 1, 1 and 0.5 with no error.
    @Test func awardedScoresWithAKnownAnswer() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        let outcome = try BinaryRun.run(["score"] + Self.rules + names.map { Shipped.round + "/" + $0 } + ["--format", "csv"])
        #expect(outcome.status == 0)
        let records = outcome.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let header = try #require(records.first)
        let (s21, s22) = (try #require(header.firstIndex(of: "2.1")), try #require(header.firstIndex(of: "2.2")))
        var csv = "municipality,year,evaluator,subarea,awarded\n"
        for row in records.dropFirst() {
            csv += "\(row[0]),\(row[1]),\(row[2]),2.1,\(row[s21])\n"
            csv += "\(row[0]),\(row[1]),\(row[2]),2.2,\((Double(row[s22]) ?? .nan) / 2)\n"
        }
        let scratch = try ScratchDirectory()
        let awarded = try scratch.file("awarded.csv", csv)
        let lines = try BinaryRun.succeed(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", awarded, "--lang", "en"])
        #expect(lines.first == "Rule scales fitted to awarded scores: 36 awarded scores in 2 subareas · Kalibreringsexempel 2019")
        #expect(lines.contains("  2.1.a     4  1 (1 to 1)              1 (1 to 1) of [0, 2.5]"))
        #expect(lines.contains("  2.1.b     6  1 (1 to 1)              1 (1 to 1) of [0, 1.67]"))
        #expect(lines.contains("  rules as written     0         -         -   -"))
        #expect(lines.contains("  verdict: the rules as written reproduce every awarded score"))
        #expect(lines.contains("  2.2.a    10  0.5 (0.5 to 0.5)        0.5 (0.5 to 0.5) of [0, 1]"))
        #expect(lines.contains("  rules as written   2.9         -         -   -"))
        #expect(!lines.contains { $0.hasPrefix("1.") }, "only the subareas in the table are fitted")
        #expect(lines.last == "awarded \(awarded)")

        // With a perfect fit, RMSE_LOO/RMSE is 0/0: the optimism ratio is undefined, and
        // should not come out of rounding noise as a number like 1.13.
        let nnls = BinaryRun.block(startingWith: "2.1 ", in: lines).first { $0.hasPrefix("  NNLS ") }
        let optimism = nnls?.split(separator: " ").dropFirst(3).first.map(String.init)
        withKnownIssue("fit reports an optimism ratio computed from rounding noise when RMSE and RMSE_LOO are both 0") {
            #expect(optimism == "-" || optimism == "1", "\(nnls ?? "-")")
        }
    }
}
