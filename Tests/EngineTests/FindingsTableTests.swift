import Engine
import Foundation
import TestSupport
import Testing

/// Findings tables (CSV) read into evidence and written back: both dialects, quoting,
/// several sources, judgements and overrides, and every problem located at its cell.
@Suite struct FindingsTableTests {
    /// A small instrument with one fact of each type, and no rules (so no rule kinds).
    static let instrument = """
        instrument "K" version "1" language "sv"
        ladder maturity: none < started < exists < followed_up < evaluated
        fact politik.utbildning: level maturity "Utbildning"
        fact fragestund: flag "Frågestund"
        fact dialog.former: set "Former"
        fact kanaler: set {webb, facebook} "Kanaler"
        fact panel.storlek: number "Antal"
        area 1 "A" max 30
        subarea 1.3 "S" max 30

        """

    /// A table read against the instrument with the header `X 2020` by E1 and E2: the
    /// evidence (nil on errors), the syntax, the dialect, and the diagnostics as rendered.
    struct Loaded {
        var evidence: Evidence?
        var syntax: SourceFileSyntax?
        var dialect: CSVDialect?
        var rendered: String
        var path: String
    }

    static func load(_ table: String, bytes: [UInt8]? = nil) throws -> Loaded {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/rules", withIntermediateDirectories: false)
        _ = try scratch.file("rules/k.kompass", instrument)
        let path = try scratch.write("t.csv", bytes ?? Array(table.utf8))
        var workspace = Workspace(registry: RuleKindRegistry())
        let instrument = try #require(try workspace.loadInstrument(directory: scratch.path + "/rules"))
        let header = FindingsTable.header(
            municipality: "X", year: "2020", evaluators: ["E1", "E2"], instrument: instrument, path: path)
        let loaded = try workspace.loadFindingsTable(path: path, header: header, instrument: instrument)
        return Loaded(
            evidence: loaded?.evidence, syntax: loaded?.syntax, dialect: loaded?.dialect,
            rendered: workspace.renderedDiagnostics(colour: false), path: path)
    }

    /// The findings of evidence as `fact = value` with the instrument's fact order.
    static func values(_ evidence: Evidence) -> [String] {
        let paths = ["politik.utbildning", "fragestund", "dialog.former", "kanaler", "panel.storlek"]
        return evidence.findings.map { finding in
            let value: String
            switch finding.value {
            case .flag(let yes): value = yes ? "yes" : "no"
            case .level(let index): value = ["none", "started", "exists", "followed_up", "evaluated"][index]
            case .number(let number): value = number.decimalString()
            case .set(let items): value = "{" + items.joined(separator: "|") + "}"
            }
            return "\(paths[finding.fact]) = \(value)"
        }
    }

    /// A finding's sources as `kind|text|section` (`-` for no section).
    static func sources(_ finding: Finding) -> [String] {
        finding.sources.map { "\($0.kind)|\($0.text)|\($0.section ?? "-")" }
    }

    @Test func excelSvTableWithBOMCRLFQuotesAndALineBreakInANote() throws {
        // What a Swedish Excel saves: BOM, ';', CRLF, decimal commas, quotes where a cell
        // holds ';', a quote or a line break. Columns in another order than the writer's.
        let table =
            "\u{FEFF}value;fact;source_kind;source;section;note;confidence;by\r\n"
            + "exists;politik.utbildning;interview;\"Politiker; förvaltning\";1.5;\"Rad ett\r\nrad två\";0,9;E2\r\n"
            + "\"ortsdialog, \"\"Ale i 360 grader\"\"\";dialog.former;web;ale.se;;;;\r\n"
            + ";dialog.former;document;\"Rapporten \"\"Dialog\"\"\";1.3;;;\r\n"
            + "300;panel.storlek;survey;Panelrapport;;;1;\r\n"
            + ";;;;;;;\r\n"
            + "12,5;override 1.3;;;;Samlad bedömning;;E1\r\n"
        let loaded = try Self.load(table)
        #expect(loaded.rendered == "")
        #expect(loaded.dialect == .excelSv)
        let evidence = try #require(loaded.evidence)
        #expect(
            Self.values(evidence) == [
                "politik.utbildning = exists", "dialog.former = {Ale i 360 grader|ortsdialog}", "panel.storlek = 300",
            ])
        let first = evidence.findings[0]
        #expect(Self.sources(first) == ["interview|Politiker; förvaltning|1.5"])
        #expect(first.note == "Rad ett\nrad två")
        #expect(first.confidence == Rational(numerator: 9, denominator: 10))
        #expect(first.by == "E2")
        #expect(first.span.start == Engine.SourceLocation(line: 2, column: 8))
        #expect(
            Self.sources(evidence.findings[1]) == ["web|ale.se|-", "document|Rapporten \"Dialog\"|1.3"])
        #expect(evidence.findings[1].note == nil && evidence.findings[1].by == nil)
        #expect(evidence.findings[2].confidence == Rational(1))
        #expect(evidence.overrides.count == 1)
        #expect(evidence.overrides.first?.value == Rational(numerator: 25, denominator: 2))
        #expect(evidence.overrides.first?.reason == "Samlad bedömning")
        #expect(evidence.overrides.first?.by == "E1")
    }

    @Test func rfc4180TableWithQuotedCommasAndBracedSets() throws {
        let table =
            "fact,value,source_kind,source,note\n"
            + "kanaler,\"{webb, facebook}\",web,\"ale.se, Facebook\",\"två\nrader\"\n"
            + "fragestund,no,document,Arbetsordningen,\n"
            + "panel.storlek,0.5,survey,Panel,\n"
            + "dialog.former,none,interview,Ledningen,\n"
        let loaded = try Self.load(table)
        #expect(loaded.rendered == "")
        #expect(loaded.dialect == .rfc4180)
        let evidence = try #require(loaded.evidence)
        #expect(
            Self.values(evidence) == [
                "kanaler = {facebook|webb}", "fragestund = no", "panel.storlek = 0.5", "dialog.former = {}",
            ])
        #expect(Self.sources(evidence.findings[0]) == ["web|ale.se, Facebook|-"])
        #expect(evidence.findings[0].note == "två\nrader")
        // The row after the two-line note starts on line 4: positions are the file's lines.
        #expect(evidence.findings[1].span.start == Engine.SourceLocation(line: 4, column: 1))
    }

    @Test func writingTheTableBackGivesTheCanonicalTableInEitherDialect() throws {
        let canonical =
            "fact,value,source_kind,source,section,note,confidence,by\r\n"
            + "dialog.former,\"{ortsdialog, \"\"Ale i 360 grader\"\"}\",web,ale.se,1.3,\"två\nrader\",0.75,E1\r\n"
            + "dialog.former,,document,\"Rapport, bilaga\",,,,\r\n"
            + "panel.storlek,300.5,survey,Panel,,,,\r\n"
            + "override 1.3,12.5,,,,Samlad bedömning,,E2\r\n"
        let syntax = try #require(try Self.load(canonical).syntax)
        #expect(FindingsTable.write(syntax, dialect: .rfc4180) == canonical)
        let excel =
            "\u{FEFF}fact;value;source_kind;source;section;note;confidence;by\r\n"
            + "dialog.former;\"{ortsdialog, \"\"Ale i 360 grader\"\"}\";web;ale.se;1.3;\"två\nrader\";0,75;E1\r\n"
            + "dialog.former;;document;Rapport, bilaga;;;;\r\n"
            + "panel.storlek;300,5;survey;Panel;;;;\r\n"
            + "override 1.3;12,5;;;;Samlad bedömning;;E2\r\n"
        #expect(FindingsTable.write(syntax, dialect: .excelSv) == excel)
        let again = try #require(try Self.load(excel).syntax)
        #expect(FindingsTable.write(again, dialect: .excelSv) == excel)
    }

    @Test func aNoteThatStartsLikeAFormulaIsGuardedInTheTableAndReadBackUnchanged() throws {
        let table =
            "fact,value,source_kind,source,section,note,confidence,by\r\n"
            + "panel.storlek,2.5,survey,=Panel,,'- intervju med förvaltningschefen,,E1\r\n"
        let loaded = try Self.load(table)
        #expect(loaded.rendered == "")
        let evidence = try #require(loaded.evidence)
        #expect(Self.values(evidence) == ["panel.storlek = 2.5"])
        #expect(evidence.findings.first?.note == "- intervju med förvaltningschefen")
        #expect(Self.sources(try #require(evidence.findings.first)) == ["survey|=Panel|-"])
        let syntax = try #require(loaded.syntax)
        #expect(
            FindingsTable.write(syntax, dialect: .rfc4180)
                == "fact,value,source_kind,source,section,note,confidence,by\r\n"
                + "panel.storlek,2.5,survey,'=Panel,,'- intervju med förvaltningschefen,,E1\r\n")
    }

    struct BadTable: CustomTestStringConvertible, Sendable {
        var name: String
        var table: String
        /// The rendered diagnostics, with `PATH` for the table's path.
        var rendered: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadTable(
            name: "unknown fact",
            table: "fact;value;source_kind;source\ndialog.forme;{a};web;w\n",
            rendered: """
                PATH:2:1: error: unknown fact 'dialog.forme' [sema.unknown-fact]
                 2 | dialog.forme;{a};web;w
                   | ^~~~~~~~~~~~
                RULES:5:6: note: 'dialog.former' declared here
                help: did you mean 'dialog.former'?
                1 error, 0 warnings

                """),
        BadTable(
            name: "bad level",
            table: "fact,value,source_kind,source\npolitik.utbildning,  finnes,web,w\n",
            rendered: """
                PATH:2:22: error: 'finnes' is not a level of ladder 'maturity' [sema.unknown-level]
                 2 | politik.utbildning,  finnes,web,w
                   |                      ^~~~~~

                """),
        BadTable(
            name: "decimal comma in an RFC 4180 table",
            table: "fact,value,source_kind,source,confidence\npanel.storlek,12,web,w,\"0,5\"\n",
            rendered: """
                PATH:2:25: error: number '0,5' has a decimal comma; a table with ',' between its columns (RFC 4180) writes decimal points [lex.bad-number]
                 2 | panel.storlek,12,web,w,"0,5"
                   |                         ^~~
                help: write '0.5', or separate the columns with ';' (excel-sv) to write decimal commas
                1 error, 0 warnings

                """),
        BadTable(
            name: "decimal point in an excel-sv table",
            table: "fact;value;source_kind;source\npanel.storlek;12.5;web;w\n",
            rendered: """
                PATH:2:15: error: number '12.5' has a decimal point; a table with ';' between its columns (excel-sv) writes decimal commas [lex.bad-number]
                 2 | panel.storlek;12.5;web;w
                   |               ^~~~
                help: write '12,5'
                1 error, 0 warnings

                """),
        BadTable(
            name: "missing required column",
            table: "fact;source_kind;source\nfragestund;web;w\n",
            rendered: """
                PATH:1:1: error: the header has no 'value' column [parse.expected-token]
                 1 | fact;source_kind;source
                   | ^~~~~~~~~~~~~~~~~~~~~~~
                help: a findings table starts with the header fact,value,source_kind,source,section,note,confidence,by ('fact' and 'value' are required; any order)
                1 error, 0 warnings

                """),
        BadTable(
            name: "unclosed quote",
            table: "fact;value;note\nfragestund;yes;\"Ett citat\nsom aldrig slutar\n",
            rendered: """
                PATH:2:16: error: a quoted field is not closed [lex.unterminated-string]
                 2 | fragestund;yes;"Ett citat
                   |                ^
                help: close the cell with '"'; a quote inside a quoted cell is written twice ('""')
                1 error, 0 warnings

                """),
        BadTable(
            name: "unknown column",
            table: "fact;value;sorce\nfragestund;yes;w\n",
            rendered: """
                PATH:1:12: error: unknown column 'sorce' [parse.expected-token]
                 1 | fact;value;sorce
                   |            ^~~~~
                help: did you mean 'source'?
                1 error, 0 warnings

                """),
    ])
    func badCellsAreLocatedWithTheirLineAndColumn(_ c: BadTable) throws {
        let loaded = try Self.load(c.table)
        #expect(loaded.evidence == nil)
        let rules = loaded.path.dropLast("t.csv".count) + "rules/k.kompass"
        let expected = c.rendered.replacingOccurrences(of: "PATH", with: loaded.path)
            .replacingOccurrences(of: "RULES", with: rules)
        // The bad level's note and help depend on the catalogue's wording: its first lines
        // are what this test pins.
        #expect(loaded.rendered.hasPrefix(expected), "\(loaded.rendered)")
        #expect(loaded.rendered.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func aLineBreakInACellAboveGivesTheRowAsANote() throws {
        let loaded = try Self.load(
            "fact;value;source_kind;source;note\nfragestund;yes;web;w;\"två\nrader\"\npolitik.utbildning;finns;web;w;\n"
        )
        #expect(loaded.rendered.hasPrefix("\(loaded.path):4:20: error: 'finns' is not a level of ladder 'maturity'"))
        #expect(loaded.rendered.contains("note: this is row 3 of the table (a cell above it spans several lines)\n"))
    }

    @Test func aTableWithoutFactAndValueColumnsGetsOneFileLevelError() throws {
        let published =
            "source,year,revision,id,name,achieved,max,printed_percent,reference,note\n"
            + "Ale,2020,2019/2020,1,Offentlighet och demokrati,74,100,74,\"reference, section 4\",\n"
            + "Ale,2020,2019/2020,1.1,Strategi,16,20,81,\"reference, section 4\",\n"
        let loaded = try Self.load(published)
        #expect(loaded.evidence == nil)
        let lines = loaded.rendered.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "\(loaded.path):1:1: error: expected a findings table, found a table without a 'fact' or a 'value' column [file.wrong-kind]"
        )
        #expect(
            lines.contains(
                "help: a findings table starts with the header fact,value,source_kind,source,section,note,confidence,by ('fact' and 'value' are required; any order)"
            ))
        #expect(lines.last == "1 error, 0 warnings")
    }

    @Test func rowsOfOneFactAddSourcesAndADifferentValueIsADuplicate() throws {
        let loaded = try Self.load(
            "fact;value;source_kind;source\nfragestund;yes;web;a\nfragestund;yes;document;b\nfragestund;no;web;c\n")
        let lines = loaded.rendered.split(separator: "\n").map(String.init)
        #expect(
            lines.first == "\(loaded.path):4:12: error: fact 'fragestund' is recorded twice [sema.duplicate-finding]")
        #expect(lines.contains("\(loaded.path):2:1: note: first recorded here"))
        #expect(lines.last == "1 error, 0 warnings")
    }

    @Test func aFileThatIsNotUTF8GetsTheOneEncodingError() throws {
        // "fact;value\nfrågestund" in Windows-1252: å is the single byte 0xE5.
        let bytes: [UInt8] = Array("fact;value\nfr".utf8) + [0xE5] + Array("gestund;ja\n".utf8)
        let loaded = try Self.load("", bytes: bytes)
        let lines = loaded.rendered.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(loaded.path):2:3: error: invalid UTF-8 byte sequence [lex.invalid-utf8]")
        #expect(lines.contains("help: the file looks like Latin-1/Windows-1252; save it as UTF-8"))
        #expect(lines.last == "1 error, 0 warnings")
    }

    @Test func theDialectIsTheHeadersFirstSeparator() {
        #expect(CSVDialect.detect(headerOf: "fact;value,x\n") == .excelSv)
        #expect(CSVDialect.detect(headerOf: "fact,value;x\n") == .rfc4180)
        #expect(CSVDialect.detect(headerOf: "\"a;b\",fact\n") == .rfc4180)
        #expect(CSVDialect.detect(headerOf: "fact\nvalue;x") == .rfc4180)
    }
}
