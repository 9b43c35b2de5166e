import Engine
import Testing

/// Text cells that a spreadsheet would read as a formula are written with a leading
/// apostrophe, numbers are not, and our reader takes exactly that apostrophe off again.
@Suite struct CSVFormulaGuardTests {
    @Test(arguments: [
        ("- intervju med förvaltningschefen", "'- intervju med förvaltningschefen"),
        ("=SUMMA(A1:A3)", "'=SUMMA(A1:A3)"),
        ("+46 303 33 00 00", "'+46 303 33 00 00"),
        ("@kommunen", "'@kommunen"),
        ("\tindrag", "'\tindrag"),
        ("-", "'-"),
        ("-1.", "'-1."),
        ("-,5", "'-,5"),
        ("'=x", "''=x"),
        ("''-", "'''-"),
        ("-1.5", "-1.5"),
        ("-1,5", "-1,5"),
        ("-300", "-300"),
        ("'a", "'a"),
        ("'", "'"),
        ("a-b", "a-b"),
        ("", ""),
    ])
    func textThatStartsLikeAFormulaGetsOneApostrophe(_ text: String, _ guarded: String) {
        #expect(CSVDialect.guardingFormula(text) == guarded)
        #expect(CSVDialect.unguardingFormula(guarded) == text)
    }

    @Test func everyTextReadsBackUnchangedInBothDialects() throws {
        let alphabet: [Character] = ["'", "=", "-", "+", "@", "a", "1", ".", ",", ";", "\"", "\t", "\n", " "]
        var texts = [""]
        var layer = [""]
        for _ in 0..<4 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += layer
        }
        #expect(texts.count == 1 + 14 + 196 + 2_744 + 38_416)
        for dialect in CSVDialect.allCases {
            var failures: [String] = []
            for text in texts {
                let written = dialect.render([[text, "x"]])
                let read = try CSVReader.records(written, separator: dialect.separator)
                if read != [[text, "x"]] { failures.append(text.debugDescription) }
            }
            #expect(failures.isEmpty, "\(dialect): \(failures.prefix(5))")
        }
    }

    @Test func theReaderKeepsThePositionsOfTheCharactersAfterTheApostrophe() throws {
        let table = try CSVReader.table("a,'-b\n")
        let field = try #require(table.first?.fields.last)
        #expect(field.text == "-b")
        #expect(field.positions.map(\.column) == [4, 5])
    }
}
