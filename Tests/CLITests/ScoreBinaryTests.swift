import Foundation
import TestSupport
import Testing

/// `score` through the built binary on Ale's shipped evidence: the text table, JSON, CSV
/// and Markdown, each checked on its key lines and against the others.
@Suite struct ScoreBinaryTests {
    /// Rounds half away from zero, as every shown number is rounded.
    /// The JSON's values are exact values printed to 6 decimals, and an exact half such as
    /// 19.4 / 40 = 48.5% may come out of double arithmetic a hair below; the tolerance,
    /// far below the 6th decimal's rounding, puts it back on the half.
    static func shown(_ value: Double) -> Int { Int((value + 1e-9).rounded(.toNearestOrAwayFromZero)) }

    /// The score of Ale as JSON, parsed.
    static func aleJSON() throws -> [String: Any] {
        let outcome = try BinaryRun.run(["score", Shipped.ale, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.err == "")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
    }

    /// Every area and subarea of the JSON score: id, title, exact points (6 decimals), max.
    static func rows(_ json: [String: Any]) throws -> [(id: String, title: String, points: Double, max: Double, area: Bool)] {
        var rows: [(id: String, title: String, points: Double, max: Double, area: Bool)] = []
        for area in try #require(json["areas"] as? [[String: Any]]) {
            rows.append(
                (area["id"] as? String ?? "?", area["title"] as? String ?? "?", area["points"] as? Double ?? .nan,
                    area["max"] as? Double ?? .nan, true))
            for subarea in try #require(area["subareas"] as? [[String: Any]]) {
                rows.append(
                    (subarea["id"] as? String ?? "?", subarea["title"] as? String ?? "?",
                        subarea["points"] as? Double ?? .nan, subarea["max"] as? Double ?? .nan, false))
            }
        }
        return rows
    }

    @Test func textTableOfAle() throws {
        let lines = try BinaryRun.succeed(["score", Shipped.ale])
        #expect(lines.first == "Ale kommun 2020 · Kommunkompassen 2019")
        // The published report's section 4 layout: 8 area headers, 35 subarea rows.
        let headers = lines.filter { $0.range(of: #"^\d\.  "#, options: .regularExpression) != nil }
        #expect(headers.count == 8)
        #expect(headers.allSatisfy { $0.hasSuffix("Uppnått  Max  Procent  Möjligt") })
        let subareaRows = lines.filter { $0.range(of: #"^\d\.\d  "#, options: .regularExpression) != nil }
        #expect(subareaRows.count == 35)
        // 16.25 of 20: shown 16, 81 % (Swedish: a no-break space before the percent sign).
        #expect(lines.contains("1.1  Strategi för kommunikation och demokratiutveckling                       16   20     81\u{00A0}%"))
        // 23.5 rounds half away from zero to 24 (the report prints 23).
        #expect(lines.contains("3.2  Politisk styrning                                                        24   40     59\u{00A0}%"))
        // Area 2 is 65.5 exactly: shown 66 (the report prints 67, against its own 64%).
        #expect(lines.contains("                                                                              66  100     66\u{00A0}%"))
        #expect(lines.contains("Totalt                                                                       484  800     61\u{00A0}%"))
        // Everything in Ale's evidence is assessed: no bounds, no list of open facts.
        #expect(!lines.contains { $0.contains("–") || $0.hasPrefix("Ej bedömda") })
        try Sha256Sum.expectProvenance(lines, inputs: [("underlag", Shipped.ale)])
    }

    /// Every shown number of the text table is the JSON's exact value rounded half away
    /// from zero, and its percent of the maximum the same way.
    @Test func textAgreesWithJSONOnEveryRow() throws {
        let lines = try BinaryRun.succeed(["score", Shipped.ale])
        let json = try Self.aleJSON()
        let rows = try Self.rows(json)
        #expect(rows.count == 43)
        var areaIndex = 0
        for row in rows {
            let percent = Self.shown(row.points * 100 / row.max)
            let cells = "\(Self.shown(row.points))  \(String(format: "%3d", Int(row.max)))  \(String(format: "%5d", percent))\u{00A0}%"
            if row.area {
                // The area's sum row is the line after its last subarea; match it by position.
                areaIndex += 1
                let sums = lines.filter { $0.hasPrefix("      ") && $0.hasSuffix("%") }
                #expect(sums.count == 8)
                if areaIndex <= sums.count {
                    #expect(sums[areaIndex - 1].hasSuffix(cells), "area \(row.id): \(sums[areaIndex - 1]) vs \(cells)")
                }
            } else {
                let line = lines.first { $0.hasPrefix(row.id + "  ") }
                #expect(line?.contains(row.title) == true, "\(row.id)")
                #expect(line?.hasSuffix(cells) == true, "\(row.id): \(line ?? "-") vs \(cells)")
            }
        }
    }

    @Test func jsonOfAleAddsUp() throws {
        let json = try Self.aleJSON()
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["points"] as? Double == 484.187555)
        #expect(total["rounded"] as? Int == 484)
        #expect(total["max"] as? Int == 800)
        #expect(total["percent"] as? Int == 61)
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(areas.map { $0["id"] as? String } == (1...8).map { "\($0)" })
        // Exact values are printed to 6 decimals, so sums agree to within a few millionths.
        let areaSum = areas.compactMap { $0["points"] as? Double }.reduce(0, +)
        #expect(abs(areaSum - 484.187555) < 1e-5)
        for area in areas {
            let subareas = try #require(area["subareas"] as? [[String: Any]])
            let sum = subareas.compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(abs(sum - (area["points"] as? Double ?? .nan)) < 1e-5, "area \(area["id"] ?? "?")")
            for subarea in subareas {
                let points = subarea["points"] as? Double ?? .nan
                #expect(subarea["rounded"] as? Int == Self.shown(points))
                let bounds = subarea["bounds"] as? [String: Double]
                #expect(bounds == ["min": points, "max": points], "\(subarea["id"] ?? "?") is fully assessed")
            }
        }
        let evidence = try #require(json["evidence"] as? [String: Any])
        #expect(evidence["municipality"] as? String == "Ale kommun")
        #expect(evidence["year"] as? Int == 2020)
        #expect(evidence["evaluators"] as? [String] == ["Anna Eklöf", "Leif Eldås"])
        #expect(evidence["path"] as? String == Shipped.ale)
        #expect(evidence["sha256"] as? String == (try Sha256Sum.file(Shipped.ale)))
        let instrument = try #require(json["instrument"] as? [String: Any])
        #expect(instrument["sha256"] as? String == (try Sha256Sum.instrument(Shipped.instrument)))
    }

    @Test func csvOfAleHasTheFixedColumnsAndTheExactValues() throws {
        let outcome = try BinaryRun.run(["score", Shipped.ale, "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        // RFC 4180: every record ends in CRLF.
        let records = outcome.out.components(separatedBy: "\r\n")
        #expect(records.count == 3 && records.last == "", "a header, one row, and nothing after the last CRLF")
        let rows = try Self.rows(try Self.aleJSON())
        let header = ["municipality", "year", "evaluators", "instrument", "version", "total"] + rows.map(\.id)
            + ["instrument_sha256", "evidence", "evidence_sha256", "tool"]
        #expect(records[0] == header.joined(separator: ","))
        let cells = records[1].components(separatedBy: ",")
        #expect(cells.count == header.count)
        guard cells.count == header.count else { return }
        #expect(Array(cells[0..<6]) == ["Ale kommun", "2020", "Anna Eklöf; Leif Eldås", "Kommunkompassen", "2019", "484.187555"])
        for (index, row) in rows.enumerated() {
            #expect(Double(cells[6 + index]) == row.points, "column \(row.id)")
        }
        #expect(cells[6 + rows.count] == (try Sha256Sum.instrument(Shipped.instrument)))
        #expect(cells[7 + rows.count] == Shipped.ale)
        #expect(cells[8 + rows.count] == (try Sha256Sum.file(Shipped.ale)))
        #expect(cells[9 + rows.count] == Shipped.toolLine)
    }

    /// `--csv-dialect excel-sv`: a byte order mark, `;` and decimal commas.
    @Test func csvForASwedishExcel() throws {
        let outcome = try BinaryRun.run(["score", Shipped.ale, "--format", "csv", "--csv-dialect", "excel-sv"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        #expect(Array(outcome.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = String(decoding: outcome.stdout.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(records.first?.hasPrefix("municipality;year;evaluators;instrument;version;total;1;1.1;") == true)
        // The evaluators' "; " is quoted, since ';' separates the fields here.
        #expect(
            records.dropFirst().first?.hasPrefix(
                "Ale kommun;2020;\"Anna Eklöf; Leif Eldås\";Kommunkompassen;2019;484,187555;74,333333;16,25;5,75;30;")
                == true)
    }

    @Test func markdownReportOfAle() throws {
        let lines = try BinaryRun.succeed(["score", Shipped.ale, "--format", "markdown"])
        // Swedish typography: a no-break space before '%', decimal commas, a true minus sign.
        #expect(lines.first == "# Kommunkompassen 2019: Analys av Ale kommun 2020")
        #expect(lines.contains("Utvärderare: Anna Eklöf, Leif Eldås"))
        #expect(lines.contains("**484** av 800 poäng (61\u{00A0}%)"))
        // Against the reference profile Sverigesnitt 2021 (63 and 68 in the published table):
        // 74.33 − 63 = +11,3 and 54.8 − 68 = −13,2, with Swedish decimal commas and a minus sign.
        #expect(lines.contains("| 1 Samspel mellan förtroendevalda och medborgare | 74 | 100 | 74\u{00A0}% | 63 | +11,3 |"))
        #expect(lines.contains("| 7 Arbetsliv | 55 | 100 | 55\u{00A0}% | 68 | −13,2 |"))
        #expect(lines.contains("| **Totalt** | **484** | **800** | **61\u{00A0}%** |  |  |"))
        #expect(
            lines.contains(
                "- **Under Sverigesnitt 2021:** område 3, område 5, område 6, område 7, område 8."))
        #expect(lines.contains("| 3.2 | Politisk styrning | 24 | 40 | 59\u{00A0}% |"))
        let footer = Array(lines.suffix(3))
        #expect(
            footer == [
                "- Verktyg: \(Shipped.toolLine)",
                "- Instrument: Kommunkompassen 2019, sha256 `\(try Sha256Sum.instrument(Shipped.instrument))`",
                "- Underlag: `\(Shipped.ale)`, sha256 `\(try Sha256Sum.file(Shipped.ale))`",
            ])
    }

    /// `--strict` passes on Ale (everything assessed) and fails with 65 on evidence that
    /// leaves a fact a rule reads unassessed.
    @Test func strictFailsOnlyWhenSomethingIsUnassessed() throws {
        try BinaryRun.succeed(["score", Shipped.ale, "--strict"])
        let scratch = try ScratchDirectory()
        try scratch.write(
            "rules/a.kompass",
            """
            instrument "K" version "1"
            fact f: flag "F"
            fact g: flag "G"
            area 1 "A" max 10
            subarea 1.1 "S" max 10
              rule 1.1.a "R" when f award 4
              rule 1.1.b "Q" when g award 6

            """)
        try scratch.write(
            "e.kompass",
            """
            evidence "Testby" year 2020 instrument "K" version "1"
              evaluator "E1"
            finding f = yes
              source web "w"

            """)
        // Without --strict: 4 points, possibly 10 (the bounds), and g listed as open.
        let lines = try BinaryRun.succeed(["score", "--rules", "rules", "e.kompass"], in: scratch.path)
        #expect(lines.contains("1.1  S                                         4   10     40\u{00A0}%  4–10"))
        #expect(lines.contains("Ej bedömda fakta (1): g"))
        let strict = try BinaryRun.run(["score", "--rules", "rules", "e.kompass", "--strict"], in: scratch.path)
        BinaryRun.expectFailure(
            strict, status: 65,
            firstLine: "rules/a.kompass:7:8: error: 'e.kompass' has no finding for 'g', which rule '1.1.b' reads [strict.unassessed]")
    }
}

/// `explain` through the binary, for each audience, on subarea 1.1 of Ale (16.25 of 20).
@Suite struct ExplainBinaryTests {
    static let dialogResult =
        "Resultaten av medborgardialogen används stringent i styrningen, för olika syften och situationer"

    /// What an evaluator sees of 1.1 (English): each rule with status, points and the
    /// finding it read (description, id, value in words) with its first source, then the
    /// headroom. Reviewed: 2.5 + 5 + 2.5 + 5 + 1.25 = 16.25 (a weighted subarea), 3.75 short
    /// of 20; 1.1.e from 'started' to its best 'evaluated' earns all of it, its steps 1.25
    /// and 2.5 on the way. 1.1.c's source is the evaluation report itself.
    static let evaluatorGolden = """
        1.1 Strategi för kommunikation och demokratiutveckling: 16.25 of 20 points (shown as 16, 81%), weighted subarea
          1.1.a    met              2.5    Medborgarna i fokus i visionen
              Medborgarna står i fokus i kommunens vision [demokrati.vision]: yes  (document “Verksamhetsplan med budget 2020: visionen inleds med medborgarna”, section 1.1)
          1.1.b    met              5      Delaktighet i de strategiska målen
              Medborgarnas delaktighet är en tydlig del av flertalet strategiska mål [demokrati.strategiska_mal]: yes  (document “Verksamhetsplan 2020: delaktighet finns med i de flesta strategiska målen, bl.a. under Hälsa och välbefinnande”, section 1.1)
          1.1.c    met              2.5    Demokratifokuset genomsyrar organisationen
              Medborgar- och demokratifokuset genomsyrar organisationen och syns i mål och aktiviteter [demokrati.genomsyrar]: yes  (evaluation report “Utvärderarnas samlade intryck av intervjuerna”, section 1.1)
          1.1.d    met              5      Medborgardialog som strategiskt arbetssätt
              Medborgardialog som långsiktigt arbetssätt: metoder prövas, följs upp och utvärderas [demokrati.dialogstrategi]: evaluated and developed  (interview “Politisk ledning och förvaltningsledning”, section 1.1)
          1.1.e    partly met       1.25   Dialogens resultat används stringent i styrningen
              \(dialogResult) [demokrati.dialogresultat]: started  (interview “Politisk ledning och förvaltningsledning”, section 1.3)
          3.75 points short of the maximum 20.
            +3.75 points 1.1.e: \(dialogResult) [demokrati.dialogresultat]: evaluated and developed (today: started)
                on the way: in place (+1.25 points)
                on the way: followed up (+2.5 points)
          Together the changes give 3.75 of the 3.75 missing points.
        """

    @Test func evaluatorViewOfSubarea11() throws {
        let lines = try BinaryRun.succeed(["explain", Shipped.ale, "--subarea", "1.1", "--lang", "en"])
        #expect(BinaryRun.withoutProvenance(lines) == BinaryRun.lines(Self.evaluatorGolden))
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale)])
        // `--for evaluator` is the default.
        #expect(try BinaryRun.succeed(["explain", Shipped.ale, "--subarea", "1.1", "--for", "evaluator", "--lang", "en"]) == lines)
    }

    @Test func auditorNarrativeCitesEveryFindingAndSource() throws {
        let lines = try BinaryRun.withoutProvenance(
            BinaryRun.succeed(["explain", Shipped.ale, "--subarea", "1.1", "--for", "auditor", "--lang", "en"]))
        #expect(lines.first == BinaryRun.lines(Self.evaluatorGolden).first)
        #expect(lines.filter { $0.hasPrefix("Rule 1.1.") }.count == 5)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Rule 1.1.e “Dialogens resultat används stringent i styrningen” is partly met and gives 1.25 points. It looks for: Avsnitt 1.3")
            })
        // Every source of a finding, not only the first, as recorded in the evidence file;
        // no `by` in Ale's evidence, so both evaluators recorded it.
        let sourceLine =
            "  Finding: Medborgardialog som långsiktigt arbetssätt: metoder prövas, följs upp och utvärderas: evaluated and developed, recorded by the evaluators (Anna Eklöf, Leif Eldås), from interview “Politisk ledning och förvaltningsledning”, section 1.1; evaluation report “Styrkor: dialogformerna utvärderas fortlöpande”, section 1.1."
        #expect(lines.contains(sourceLine))
        let evidence = try String(contentsOfFile: PackageRoot.path(Shipped.ale), encoding: .utf8)
        #expect(evidence.contains("source report \"Styrkor: dialogformerna utvärderas fortlöpande\" section \"1.1\""))
        #expect(lines.contains("  Note: Lång tradition av ortsdialog; lyfts som nationellt exempel."))
        #expect(Array(lines.suffix(2)) == ["      on the way: followed up (+2.5 points)", "Together the changes give 3.75 of the 3.75 missing points."])
    }

    @Test func plannerToDoList() throws {
        let lines = try BinaryRun.succeed(["explain", Shipped.ale, "--subarea", "1.1", "--for", "planner"])
        #expect(
            BinaryRun.withoutProvenance(lines) == [
                "1.1 Strategi för kommunikation och demokratiutveckling: 16,25 av 20 poäng (visas som 16, 81\u{00A0}%), viktat delområde",
                "  Att göra (3,75 poäng kvar till max):",
                "  [1] \(Self.dialogResult): utvärderas och utvecklas (i dag: påbörjad) (+3,75 poäng, regel 1.1.e ”Dialogens resultat används stringent i styrningen”)",
                "      på vägen: finns (+1,25 poäng)",
                "      på vägen: följs upp (+2,5 poäng)",
                "  Tillsammans ger ändringarna 3,75 av de 3,75 poäng som saknas.",
            ])
    }

    /// The planner's to-do is right: making that change does raise 1.1 by 3.75 (and the
    /// first step by 1.25).
    @Test func theSuggestedChangeGainsWhatItSays() throws {
        let best = try BinaryRun.succeed(["score", Shipped.ale, "--format", "json"])
        let raised = try BinaryRun.run(["whatif", Shipped.ale, "--set", "demokrati.dialogresultat=evaluated", "--format", "json"])
        #expect(raised.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(raised.stdout)) as? [String: Any])
        let total = try #require(json["total"] as? [String: Any])
        #expect((total["delta"] as? Double).map { abs($0 - 3.75) < 1e-9 } == true)
        #expect(!best.isEmpty)
        let step = try BinaryRun.run(["whatif", Shipped.ale, "--set", "demokrati.dialogresultat=exists", "--format", "json"])
        let stepJSON = try #require(try JSONSerialization.jsonObject(with: Data(step.stdout)) as? [String: Any])
        #expect(((stepJSON["total"] as? [String: Any])?["delta"] as? Double).map { abs($0 - 1.25) < 1e-9 } == true)
    }

    @Test func jsonOfSubarea11() throws {
        let outcome = try BinaryRun.run(["explain", Shipped.ale, "--subarea", "1.1", "--for", "auditor", "--format", "json"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        #expect(json["audience"] as? String == "auditor")
        let subareas = try #require(json["subareas"] as? [[String: Any]])
        #expect(subareas.count == 1)
        let subarea = try #require(subareas.first)
        #expect(subarea["id"] as? String == "1.1")
        #expect(subarea["points"] as? Double == 16.25)
        let rules = try #require(subarea["rules"] as? [[String: Any]])
        #expect(rules.map { $0["status"] as? String } == ["hit", "hit", "hit", "hit", "partial"])
        #expect(rules.compactMap { $0["points"] as? Double }.reduce(0, +) == 16.25)
        let reconciliation = try #require(subarea["reconciliation"] as? [String: Any])
        #expect(reconciliation["missing"] as? Double == 3.75)
        #expect(reconciliation["together"] as? Double == 3.75)
    }

    @Test func areaAndRule() throws {
        let area = try BinaryRun.withoutProvenance(BinaryRun.succeed(["explain", Shipped.ale, "--area", "1", "--lang", "en"]))
        #expect(area.first == "1 Samspel mellan förtroendevalda och medborgare: 74.33 of 100 points (shown as 74, 74%)")
        // All five subareas, each with its own block.
        #expect(area.filter { $0.range(of: #"^1\.\d "#, options: .regularExpression) != nil }.count == 5)
        // 1.3: rules give 32 (the own cap of 1.3.f already applied), the subarea caps at 30.
        #expect(area.contains("  The maximum of 30 cuts 2 points, from rule 1.3.j."))
        #expect(area.contains("  Full points: nothing is missing."))

        let rule = try BinaryRun.withoutProvenance(BinaryRun.succeed(["explain", Shipped.ale, "--rule", "1.1.e", "--lang", "en"]))
        let golden = BinaryRun.lines(Self.evaluatorGolden)
        #expect(rule == [golden[0], golden[9], golden[10]] + golden.suffix(5))
    }
}

/// `compare` through the binary: Ale's score against the published table shipped with it.
@Suite struct CompareBinaryTests {
    static let arguments = ["compare", Shipped.ale, "--published", Shipped.published, "--lang", "en"]

    /// The published CSV, parsed (RFC 4180, quoted fields with commas and quotes).
    static func publishedRows() throws -> [[String: String]] {
        let text = try String(contentsOfFile: PackageRoot.path(Shipped.published), encoding: .utf8)
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                records[records.count - 1].append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                records[records.count - 1].append(field)
                field = ""
                records.append([])
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty { records[records.count - 1].append(field) }
        records = records.filter { !$0.isEmpty }
        let header = records.removeFirst()
        return records.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The table rows of the output: id → the 7 numeric cells and whether flagged `!`.
    static func tableRows(_ lines: [String]) -> [String: (cells: [String], flagged: Bool)] {
        var rows: [String: (cells: [String], flagged: Bool)] = [:]
        let table = BinaryRun.block(startingWith: "id     title", in: lines).dropFirst()
        for line in table {
            var tokens = line.split(separator: " ").map(String.init)
            let flagged = tokens.last == "!"
            if flagged { tokens.removeLast() }
            rows[tokens[0]] = (Array(tokens.suffix(7)), flagged)
        }
        return rows
    }

    @Test func aleAgainstItsPublishedTable() throws {
        let lines = try BinaryRun.succeed(Self.arguments)
        #expect(lines.first == "Ale kommun 2020 · Kommunkompassen 2019 · published: Ale 2020")
        #expect(lines.contains("id     title                                         max  computed  printed       Δ  percent    implies       Δ"))
        #expect(lines.contains("1.1    Strategy for communication and democratic…     20     16.25       16   +0.25      81%       16.2   +0.05"))
        #expect(lines.contains("2      Community development                         100      65.5       67    −1.5      64%         64    +1.5  !"))
        #expect(lines.contains("3.2    Political governance                           40      23.5       23    +0.5      59%       23.6    −0.1"))
        #expect(lines.contains("total  Total                                         800    484.19      484   +0.19    60.5%        484   +0.19"))
        #expect(
            BinaryRun.block(startingWith: "The published table, by intervals", in: lines) == [
                "The published table, by intervals of the exact values that print as its numbers:",
                "! 2     its points allow [66.5, 67.5), its percent [63.5, 64.5): no value prints as both",
                "        (the table notes: printed total 67 but 64 percent)",
                "! 2.2   its points allow [19.5, 20.5), its percent [18.15, 18.45): no value prints as both",
                "        (the table notes: printed points and percent disagree in the source)",
                "! 2.3   its points allow [16.5, 17.5), its percent [15.75, 16.05): no value prints as both",
                "        (the table notes: printed points and percent disagree in the source)",
                "  The other 41 rows are consistent; 1, 3, 4, 5, 6, 7, 8, total also with the sums of their parts' intervals.",
            ])
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale), ("published", Shipped.published)])
    }

    /// Every row, checked against its two sources: the computed column against `score
    /// --format json`, the printed columns against the CSV; and the rows flagged `!` are
    /// exactly those whose points and percent intervals do not meet.
    @Test func everyRowAgreesWithTheScoreAndTheCSV() throws {
        let rows = Self.tableRows(try BinaryRun.succeed(Self.arguments))
        let score = try ScoreBinaryTests.rows(try ScoreBinaryTests.aleJSON())
        let published = try Self.publishedRows().filter { $0["source"] == "Ale" }
        #expect(rows.count == 44)
        #expect(published.count == 44)
        var flagged: Set<String> = []
        for row in published {
            let id = try #require(row["id"])
            let cells = try #require(rows[id]?.cells, "row \(id)")
            #expect(cells[2] == row["achieved"], "printed points of \(id)")
            #expect(cells[4] == (row["printed_percent"] ?? "?") + "%", "printed percent of \(id)")
            if id == "total" {
                #expect(cells[1] == "484.19")
            } else {
                let computed = try #require(score.first { $0.id == id }?.points)
                #expect(abs((Double(cells[1]) ?? .nan) - computed) <= 0.005 + 1e-9, "computed \(id)")
            }
            // Consistency by intervals: points p allow [p - ½, p + ½); a percent printed with
            // d decimals allows ± half its last digit, times max / 100.
            let points = Double(row["achieved"] ?? "") ?? .nan
            let percentText = row["printed_percent"] ?? ""
            let percent = Double(percentText) ?? .nan
            let decimals = percentText.split(separator: ".").dropFirst().first?.count ?? 0
            let half = 0.5 / pow(10, Double(decimals))
            let max = Double(row["max"] ?? "") ?? .nan
            let low = Swift.max(points - 0.5, (percent - half) * max / 100)
            let high = Swift.min(points + 0.5, (percent + half) * max / 100)
            if low >= high { flagged.insert(id) }
        }
        #expect(flagged == ["2", "2.2", "2.3"])
        #expect(Set(rows.filter(\.value.flagged).keys) == flagged)
    }

    /// `--tolerance N` exits 1 when a row is more than N from its printed points or its
    /// percent-implied value: area 2 is 1.5 from both, 2.3 is 1.1 from its implied value.
    @Test(arguments: [
        ("1", Int32(1), "Tolerance 1: 2 rows beyond: 2, 2.3"),
        ("1.4", Int32(1), "Tolerance 1.4: 1 row beyond: 2"),
        ("1.5", Int32(0), "Tolerance 1.5: every row within"),
    ])
    func tolerance(_ tolerance: String, status: Int32, verdict: String) throws {
        let plain = try BinaryRun.succeed(Self.arguments)
        let outcome = try BinaryRun.run(Self.arguments + ["--tolerance", tolerance])
        #expect(outcome.status == status)
        #expect(outcome.err == "")
        // The same report, with the verdict and an empty line before the provenance.
        var expected = BinaryRun.withoutProvenance(plain)
        expected += ["", verdict]
        #expect(BinaryRun.withoutProvenance(BinaryRun.lines(outcome.out)) == expected)
    }

    /// `--source` picks another municipality; of its years (2017, 2021) the latest, since
    /// the evidence's year 2020 is not among them. Its table has areas and the total only.
    @Test func anotherSource() throws {
        let lines = try BinaryRun.succeed(Self.arguments + ["--source", "Vallentuna"])
        #expect(lines.first == "Ale kommun 2020 · Kommunkompassen 2019 · published: Vallentuna 2021")
        #expect(lines.contains("total  Total                                         800    484.19      648 −163.81    81.0%        648 −163.81"))
        #expect(lines.contains("  All 9 rows are consistent; total also with the sums of their parts' intervals."))
        let missing = lines.first { $0.hasPrefix("Not in the published table: ") }
        #expect(missing?.dropFirst("Not in the published table: ".count).split(separator: ",").count == 35)
    }
}
