import Engine
import Reports
import Testing

/// `--format csv`: fixed columns with exact values, one row per evidence file, RFC 4180 or
/// the excel-sv dialect for Swedish spreadsheets.
@Suite struct CSVReportTests {
    /// A second municipality whose name needs quoting, with every fact assessed.
    static let second = """
        evidence "Öby, \\"norra\\"" year 2022 instrument "Minikompass" version "1"
          evaluator "Anna"
        finding policy = evaluated
          source document "Plan"
        finding panel = no
          source web "kommun.se"
        finding kanaler = {webb, facebook, annons}
          source web "kommun.se"
        finding utbildning = yes
          source interview "HR"
        judge 1.2.b = 1 because "Allt är anpassat."

        """

    static func scoredPair() throws -> [ScoredEvidence] {
        let first = try ReportFixtures.scored()
        let (evidence, bag, _) = Fixture.checkEvidence(second, for: first.instrument, path: "b.kompass")
        guard let evidence, !bag.hasErrors else { throw FixtureError(description: "\(bag.all)") }
        return [first, try ScoredEvidence(instrument: first.instrument, evidence: evidence)]
    }

    @Test func rfc4180Golden() throws {
        let csv = CSVReport.render(try Self.scoredPair(), dialect: .rfc4180)
        let expected = [
            "municipality,year,evaluators,instrument,version,total,1,1.1,1.2,2,2.1,instrument_sha256,evidence,evidence_sha256,tool",
            "Testby,2021,E1; E2,Minikompass,1,14.666667,14.666667,8,6.666667,0,0,test,evidence.kompass,evidence-sha,kompass-score 0.1.0",
            "\"Öby, \"\"norra\"\"\",2022,Anna,Minikompass,1,26,16,6,10,10,10,test,b.kompass,evidence-sha,kompass-score 0.1.0",
        ].map { $0 + "\r\n" }.joined()
        #expect(csv == expected)
        #expect(!csv.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func excelSwedishGolden() throws {
        let csv = CSVReport.render(try Self.scoredPair(), dialect: .excelSv)
        let expected =
            "\u{FEFF}"
            + [
                "municipality;year;evaluators;instrument;version;total;1;1.1;1.2;2;2.1;instrument_sha256;evidence;evidence_sha256;tool",
                "Testby;2021;\"E1; E2\";Minikompass;1;14,666667;14,666667;8;6,666667;0;0;test;evidence.kompass;evidence-sha;kompass-score 0.1.0",
                "\"Öby, \"\"norra\"\"\";2022;Anna;Minikompass;1;26;16;6;10;10;10;test;b.kompass;evidence-sha;kompass-score 0.1.0",
            ].map { $0 + "\r\n" }.joined()
        #expect(csv == expected)
    }

    /// Reads the Ale row back the way a Swedish spreadsheet does: byte order mark, `;`,
    /// quoted fields, decimal comma; every column holds the engine's exact value.
    @Test func excelSwedishOpensWithTheRightColumns() throws {
        let scored = try ReportFixtures.ale()
        let bytes = Array(CSVReport.render([scored, scored], dialect: .excelSv).utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = Self.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self), separator: ";")
        #expect(rows.count == 3)
        let header = rows[0]
        var ids: [String] = []
        for area in scored.instrument.areas {
            ids.append(area.id)
            ids += area.subareas.map { scored.instrument.subareas[$0].id }
        }
        #expect(Array(header.prefix(6)) == ["municipality", "year", "evaluators", "instrument", "version", "total"])
        #expect(Array(header.dropFirst(6).prefix(43)) == ids)
        #expect(ids.count == 43)
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            let field = { (name: String) in row[header.firstIndex(of: name) ?? 0] }
            #expect(field("municipality") == "Ale kommun")
            #expect(field("year") == "2020")
            #expect(field("evaluators") == "Anna Eklöf; Leif Eldås")
            #expect(field("instrument_sha256") == scored.instrument.sha256)
            let number = { (name: String) in Rational(decimalText: field(name).replacingComma()) }
            #expect(number("total") == Rational(decimalText: scored.score.total.decimalString()))
            #expect(field("total") == "484,187555")
            for (index, area) in scored.instrument.areas.enumerated() {
                #expect(number(area.id) == Rational(decimalText: scored.score.areas[index].points.decimalString()))
            }
            for (index, subarea) in scored.instrument.subareas.enumerated() {
                #expect(
                    number(subarea.id) == Rational(decimalText: scored.score.subareas[index].points.decimalString()))
            }
        }
    }

    /// A minimal CSV reader (RFC 4180 quoting, CRLF records) for reading output back.
    static func parse(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters = characters.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == separator {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}

extension String {
    fileprivate func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}
