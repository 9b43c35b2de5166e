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
            lines.contains("  kommunikation.klarsprak        nominal       6    44%  −0.06  −0.1 (−0.78 to 0.58)  -                            −0.12"))
        // A ladder finding shows the unweighted AC1 beside its AC2.
        #expect(lines.contains("  dialog.uppfoljning             ordinal       6    67%   0.84  0.59 (0.12 to 1)      0.91 (0.79 to 1)              0.53"))
        #expect(lines.contains("  E3                      6  −9.8 (−13.7 to −5.9)  3.7  −17.1 to −2.5"))
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
        #expect(lines.contains("  rules as written     0         -          -   -"))
        #expect(lines.contains("  verdict: the rules as written reproduce every awarded score"))
        #expect(lines.contains("  2.2.a    10  0.5 (0.5 to 0.5)        0.5 (0.5 to 0.5) of [0, 1]"))
        #expect(lines.contains("  rules as written   2.9         -          -   -"))
        #expect(!lines.contains { $0.hasPrefix("1.") }, "only the subareas in the table are fitted")
        #expect(lines.last == "awarded \(awarded)")

        // With a perfect fit, RMSE_LOO/RMSE is 0/0: the optimism ratio is undefined (not a
        // number made of rounding noise), said below the table, and no residual of 0 is
        // flagged as beyond 2 RMSE_LOO.
        let block = FitJSON.section("2.1 ", in: lines)
        let nnls = try #require(block.first { $0.hasPrefix("  NNLS ") })
        #expect(nnls.split(separator: " ").map(String.init) == ["NNLS", "0", "0", "undefined", "1"])
        #expect(
            block.contains(
                "  undefined: the fit reproduces every awarded score (RMSE 0), so RMSE_LOO/RMSE divides by 0 (NNLS, bounded)"))
        #expect(!block.contains { $0.contains("beyond 2 RMSE_LOO") })
        #expect(!block.contains { $0.contains("flatters") })
        let swedish = try BinaryRun.succeed(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", awarded, "--lang", "sv"])
        #expect(
            FitJSON.section("2.1 ", in: swedish).contains(
                "  odefinierad: anpassningen återger varje tilldelad poäng (RMSE 0), så RMSE_LOO/RMSE delar med 0 (NNLS, begränsad)"))
        let json = try FitJSON.subarea("2.1", try BinaryRun.run(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", awarded, "--format", "json"]))
        let fitted = try #require(json["nonNegative"] as? [String: Any])
        #expect(fitted["optimismRatio"] is NSNull)
        #expect((fitted["optimismRatioReason"] as? [String: Any])?["code"] as? String == "perfectFit")
        #expect(fitted["qSquared"] as? Double == 1)
    }

    /// Every awarded score 1.1: SST is exactly 0 (the naive mean of eighteen 1.1s is not
    /// 1.1), so R² and Q² are undefined, in text and JSON, not −8.6e32.
    @Test func constantAwardedScoresHaveUndefinedRSquared() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        var csv = "municipality,year,evaluator,subarea,awarded\n"
        let header = try BinaryRun.run(["score"] + Self.rules + names.map { Shipped.round + "/" + $0 } + ["--format", "csv"])
        for row in header.out.components(separatedBy: "\r\n").dropFirst().filter({ !$0.isEmpty }) {
            let cells = row.components(separatedBy: ",")
            csv += "\(cells[0]),\(cells[1]),\(cells[2]),2.2,1.1\n"
        }
        let scratch = try ScratchDirectory()
        let awarded = try scratch.file("awarded.csv", csv)
        let lines = try BinaryRun.succeed(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", awarded, "--lang", "en"])
        let block = FitJSON.section("2.2 ", in: lines)
        #expect(block.first == "2.2 Servicedeklarationer (max 10): 18 awarded scores, 6 municipalities")
        #expect(block.contains { $0.hasPrefix("  NNLS ") && $0.hasSuffix("  undefined") })
        #expect(
            block.contains(
                "  undefined: every awarded score is the same (no variation about the mean), so R² and Q² divide by 0 (NNLS, bounded)"))
        let json = try FitJSON.subarea("2.2", try BinaryRun.run(["fit"] + Self.rules + ["--round", Shipped.round, "--awarded", awarded, "--format", "json"]))
        for key in ["current", "nonNegative", "bounded"] {
            let object = try #require(json[key] as? [String: Any], "\(key)")
            #expect(object["rSquared"] is NSNull, "\(key)")
            #expect((object["rSquaredReason"] as? [String: Any])?["code"] as? String == "constantObservations", "\(key)")
        }
        let fitted = try #require(json["nonNegative"] as? [String: Any])
        #expect(fitted["qSquared"] is NSNull)
        #expect((fitted["qSquaredReason"] as? [String: Any])?["text"] as? String
            == "every awarded score is the same (no variation about the mean), so R² and Q² divide by 0")
    }
}

/// Reads one subarea of `fit`'s output.
enum FitJSON {
    /// The text of one subarea: from its heading to the next unindented line.
    static func section(_ prefix: String, in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { !$0.isEmpty && !$0.hasPrefix(" ") } ?? lines.endIndex
        return Array(lines[start..<end])
    }

    /// One subarea of `fit --format json`.
    static func subarea(_ id: String, _ outcome: ProcessOutcome) throws -> [String: Any] {
        #expect(outcome.status == 0, "\(outcome.err)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let subareas = try #require(document["subareas"] as? [[String: Any]])
        return try #require(subareas.first { $0["id"] as? String == id })
    }
}

/// `calibrate --round` on rounds built here, where the statistics are known exactly:
/// evaluators who agree exactly, municipalities whose means are all equal, Krippendorff's
/// D2 as a ladder finding, and a round of two evaluators.
@Suite struct CalibrationRoundUndefinedTests {
    static let rules = ["--rules", Shipped.calibrationRules]
    static let municipalities = ["adala", "bergvik", "ekholm", "lindby", "norrby", "sjovik"]

    /// A round where E2 recorded exactly what E1 did (E1's files, renamed) on the first
    /// `count` municipalities.
    static func agreeingRound(_ count: Int, in scratch: ScratchDirectory) throws -> String {
        for name in municipalities.prefix(count) {
            let text = try String(contentsOfFile: PackageRoot.path(Shipped.evaluation("\(name)-E1")), encoding: .utf8)
            try scratch.write("round/\(name)-E1.kompass", text)
            try scratch.write("round/\(name)-E2.kompass", text.replacingOccurrences(of: "evaluator \"E1\"", with: "evaluator \"E2\""))
        }
        return scratch.path + "/round"
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try BinaryRun.run(["calibrate"] + rules + arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
    }

    static func code(_ object: [String: Any]?, _ key: String) -> String? {
        (object?[key + "Reason"] as? [String: Any])?["code"] as? String
    }

    /// Issue 15: "evaluators who agree exactly get a severity F test of 15 (p 0.002) with 5
    /// municipalities, 36 with 4, and an infinite F printed as null with p = 0 with 3".
    @Test(arguments: [5, 4, 3])
    func exactAgreementLeavesTheSeverityFTestUndefined(_ count: Int) throws {
        let scratch = try ScratchDirectory()
        let round = try Self.agreeingRound(count, in: scratch)
        let document = try Self.json(["--round", round])
        let severity = try #require(document["severity"] as? [String: Any])
        let total = try #require(severity["totalPoints"] as? [String: Any])
        let test = try #require(total["raterTest"] as? [String: Any])
        #expect(test["F"] is NSNull && test["p"] is NSNull)
        #expect(Self.code(test, "F") == "noResidualVariance" && Self.code(test, "p") == "noResidualVariance")
        #expect(test["df1"] as? Double == 1 && test["df2"] as? Double == Double(count - 1))
        if count == 5 {
            let pooled = try #require(severity["pooledPercent"] as? [String: Any])
            #expect(Self.code(pooled["raterTest"] as? [String: Any], "F") == "noResidualVariance")
            // The ICC on the total is 1 and its F tests are undefined too.
            let icc = try #require((document["total"] as? [String: Any])?["icc"] as? [String: Any])
            let single = try #require(icc["agreementSingle"] as? [String: Any])
            #expect(single["value"] as? Double == 1 && single["F"] is NSNull)
            #expect(Self.code(single, "F") == "noResidualVariance")
            let english = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", round, "--lang", "en"])
            #expect(
                english.contains(
                    "  pooled model: residual SD 0 percentage points, evaluator F on (1, 24) df undefined: the model fits every rating exactly (no residual variance), so the F test divides by 0"
                ))
            let swedish = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", round, "--lang", "sv"])
            #expect(
                swedish.contains(
                    "  sammanslagen modell: residualens standardavvikelse 0 procentenheter, utvärderarnas F med (1, 24) frihetsgrader odefinierad: modellen återger varje bedömning exakt (ingen residualvarians), så F-testet delar med 0"
                ))
        } else {
            let pooled = try #require(severity["pooledPercent"] as? NSNull)
            _ = pooled
            #expect(Self.code(severity, "pooledPercent") == "tooFewMunicipalities")
        }
    }

    /// Five municipalities judged by two evaluators so that every municipality's mean total
    /// is 2 points (judgement 1.1.b alone: 20 · v/4 = 5v points), while the evaluators
    /// differ within each. Totals A 1, 3, 2, 1.5, 2.5 and B 3, 1, 2, 2.5, 1.5.
    static func equalMeansRound(in scratch: ScratchDirectory) throws -> String {
        let judgements: [(Double, Double)] = [(0.2, 0.6), (0.6, 0.2), (0.4, 0.4), (0.3, 0.5), (0.5, 0.3)]
        for (i, (a, b)) in judgements.enumerated() {
            for (evaluator, value) in [("A", a), ("B", b)] {
                try scratch.write(
                    "round/k\(i + 1)-\(evaluator).kompass",
                    """
                    evidence "Kommun \(i + 1)" year 2020 instrument "Kalibreringsexempel" version "2019"
                      evaluator "\(evaluator)"

                    judge 1.1.b = \(value) because "Bedömning."

                    """)
            }
        }
        return scratch.path + "/round"
    }

    /// Issue 15: "when all unit means are equal, ICC is refused with the reason 'no
    /// variation' although the variation is within units". Also the Bland–Altman table,
    /// computed by hand: d_A = A − B = −2, 2, 0, −1, 1, so bias 0, SD √(10/4) = 1.58, limits
    /// ±1.96·1.58 = ±3.1, and the bias interval ±t(0.975, 4)·1.58/√5 = ±2.776·0.707 = ±1.96.
    @Test func equalMunicipalityMeansNameTheMissingVariation() throws {
        let scratch = try ScratchDirectory()
        let round = try Self.equalMeansRound(in: scratch)
        let english = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", round, "--lang", "en"])
        #expect(
            english.contains(
                "  undefined: every municipality has the same mean, so there is no variation between municipalities to set the evaluators' differences within them against (1.1 Strategi för demokratiutveckling, subareas pooled (% of max), area 1 Samspel mellan förtroendevalda och medborgare, total)"
            ))
        #expect(english.contains { $0.hasPrefix("  total ") && $0.contains("undefined") })
        #expect(english.contains("  A                       5  0 (−2 to 2)    1.6  −3.1 to +3.1"))
        #expect(english.contains("  B                       5  0 (−2 to 2)    1.6  −3.1 to +3.1"))
        let swedish = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", round, "--lang", "sv"])
        #expect(
            swedish.contains { line in
                line.hasPrefix(
                    "  odefinierad: alla kommuner har samma medelvärde, så det finns ingen variation mellan kommunerna att ställa utvärderarnas skillnader inom dem mot")
            })
        #expect(swedish.contains("  A                   5  0 (−2 till 2)                          1,6  −3,1 till +3,1"))
        let document = try Self.json(["--round", round])
        let total = try #require(document["total"] as? [String: Any])
        #expect(total["icc"] is NSNull && Self.code(total, "icc") == "noVariationBetweenUnits")
        let severity = try #require(document["severity"] as? [String: Any])
        let blandAltman = try #require(severity["blandAltmanTotal"] as? [[String: Any]])
        let a = try #require(blandAltman.first?["comparison"] as? [String: Any])
        #expect(a["bias"] as? Double == 0 && a["municipalities"] as? Double == 5)
        #expect(a["standardDeviation"] as? Double == 1.581139)  // √2.5
        #expect(a["upperLimit"] as? Double == 3.099032)  // 1.96·√2.5
    }

    /// Krippendorff's D2 (docs/STATISTICS.md §8) as the ladder finding dialog.uppfoljning:
    /// 12 municipalities, 4 evaluators, values 1–5 as the ladder's five levels, empty cells
    /// unassessed. Percent agreement per municipality, as AC1's p_a, is 0.8181818182 (the
    /// pairs pooled over municipalities would give 43/55 = 0.78); AC1 0.7754440681 beside
    /// AC2 (ordinal) 0.8989397699; α-ordinal 0.8153875038.
    @Test func ladderFindingShowsAC1BesideAC2AndPerUnitAgreement() throws {
        let d2: [[Int?]] = [
            [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4],
            [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
        ]
        let levels = ["none", "started", "exists", "followed_up", "evaluated"]
        let scratch = try ScratchDirectory()
        for (u, row) in d2.enumerated() {
            for (e, value) in row.enumerated() {
                guard let value else { continue }
                let evaluator = ["A", "B", "C", "D"][e]
                try scratch.write(
                    "round/u\(u + 10)-\(evaluator).kompass",
                    """
                    evidence "Kommun \(u + 10)" year 2020 instrument "Kalibreringsexempel" version "2019"
                      evaluator "\(evaluator)"

                    finding dialog.uppfoljning = \(levels[value - 1])
                      source document "Underlag"

                    """)
            }
        }
        let document = try Self.json(["--round", scratch.path + "/round"])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["fact"] as? String == "dialog.uppfoljning" })
        #expect(finding["percentAgreement"] as? Double == 0.818182)
        #expect(finding["pairs"] as? Double == 55 && finding["agreeingPairs"] as? Double == 43)
        #expect(finding["alpha"] as? Double == 0.815388)
        let ac1 = try #require(finding["unweightedAC1"] as? [String: Any])
        #expect(ac1["value"] as? Double == 0.775444)
        #expect(ac1["observedAgreement"] as? Double == 0.818182)
        let gwet = try #require(finding["gwet"] as? [String: Any])
        #expect(gwet["name"] as? String == "AC2 (ordinal)")
        #expect((gwet["result"] as? [String: Any])?["value"] as? Double == 0.89894)
        #expect(finding["cohenKappa"] is NSNull, "four evaluators: no Cohen's κ")
        // Fleiss' κ over the same table: 0.7611692754 in docs/STATISTICS.md.
        #expect((finding["fleissKappa"] as? [String: Any])?["value"] as? Double == 0.761169)
        let lines = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", scratch.path + "/round", "--lang", "en"])
        let row = try #require(lines.first { $0.hasPrefix("  dialog.uppfoljning ") })
        #expect(row.contains("  82%   0.82  0.78 (0.46 to 1)  0.9 (0.66 to 1)  "))
    }

    /// Two evaluators (E1 and E3 of the shipped round): Cohen's κ beside the others,
    /// quadratic-weighted for the ladder dialog.uppfoljning (0.7272727272727273 =
    /// scikit-learn's `cohen_kappa_score(e1, e3, weights="quadratic", labels=[0, 1, 2, 3, 4])`
    /// on E1 3, 2, 3, 1, 4, 2 and E3 2, 1, 3, 1, 3, 2) and unweighted for the flag
    /// kommunikation.klarsprak (E1 no, no, yes, no, yes, yes; E3 no, yes, no, no, yes, no:
    /// p_o = 3/6 and p_e = 3/6·4/6 + 3/6·2/6 = 1/2, so κ = 0).
    @Test func twoEvaluatorsShowCohenKappa() throws {
        let scratch = try ScratchDirectory()
        for name in Self.municipalities {
            for evaluator in ["E1", "E3"] {
                let text = try String(contentsOfFile: PackageRoot.path(Shipped.evaluation("\(name)-\(evaluator)")), encoding: .utf8)
                try scratch.write("round/\(name)-\(evaluator).kompass", text)
            }
        }
        let document = try Self.json(["--round", scratch.path + "/round"])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let ladder = try #require(findings.first { $0["fact"] as? String == "dialog.uppfoljning" })
        #expect((ladder["cohenKappa"] as? [String: Any])?["value"] as? Double == 0.727273)
        #expect(ladder["cohenWeights"] as? String == "quadratic")
        let flag = try #require(findings.first { $0["fact"] as? String == "kommunikation.klarsprak" })
        #expect((flag["cohenKappa"] as? [String: Any])?["value"] as? Double == 0)
        #expect(flag["cohenWeights"] as? String == "identity")
        let lines = try BinaryRun.succeed(["calibrate"] + Self.rules + ["--round", scratch.path + "/round", "--lang", "en"])
        #expect(lines.contains { $0.hasSuffix("Cohen kappa (quadratic for levels)") })
        let row = try #require(lines.first { $0.hasPrefix("  dialog.uppfoljning ") })
        #expect(row.hasSuffix("  0.73"))
    }

    /// Bland–Altman on the shipped round's totals, each evaluator against the mean of the
    /// other two, recomputed here from `score --format csv`.
    @Test func blandAltmanOfTheShippedRound() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path(Shipped.round)).sorted()
        let outcome = try BinaryRun.run(["score"] + Self.rules + names.map { Shipped.round + "/" + $0 } + ["--format", "csv"])
        let rows = outcome.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        var totals: [String: [String: Double]] = [:]
        for row in rows { totals[row[0], default: [:]][row[2]] = Double(row[5]) }
        let document = try Self.json(["--round", Shipped.round])
        let entries = try #require((document["severity"] as? [String: Any])?["blandAltmanTotal"] as? [[String: Any]])
        for evaluator in ["E1", "E2", "E3"] {
            let d = totals.values.map { t in t[evaluator]! - (t.values.reduce(0, +) - t[evaluator]!) / 2 }
            let bias = d.reduce(0, +) / Double(d.count)
            let sd = (d.reduce(0) { $0 + ($1 - bias) * ($1 - bias) } / Double(d.count - 1)).squareRoot()
            let entry = try #require(entries.first { $0["evaluator"] as? String == evaluator }?["comparison"] as? [String: Any])
            #expect(abs((entry["bias"] as? Double ?? .nan) - bias) < 1e-6)
            #expect(abs((entry["standardDeviation"] as? Double ?? .nan) - sd) < 1e-6)
            #expect(abs((entry["lowerLimit"] as? Double ?? .nan) - (bias - 1.96 * sd)) < 1e-6)
            #expect(entry["municipalities"] as? Double == 6)
        }
    }
}
