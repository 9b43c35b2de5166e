import Analysis
import Engine
import Testing

/// The RFC 4180 reader the published tables go through.
@Suite struct CSVReaderTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3\n"
        #expect(try CSVReader.records(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"]])
    }

    @Test func recordsKnowTheLineTheyStartOn() throws {
        let text = "h1,h2\n\"one\ntwo\",x\nlast,y"
        #expect(try CSVReader.lines(text).map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndFinalLineBreakAreSkipped() throws {
        #expect(try CSVReader.records("\u{FEFF}a,b\n") == [["a", "b"]])
        #expect(try CSVReader.records("a,b") == [["a", "b"]])
        #expect(try CSVReader.records("a,\"\"") == [["a", ""]])
        #expect(try CSVReader.records("") == [])
    }

    @Test func aTrailingCommaIsAnEmptyField() throws {
        #expect(try CSVReader.records("a,b,\n") == [["a", "b", ""]])
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var text: String
        var error: CSVError
        var testDescription: String { error.message }
    }

    @Test(arguments: [
        Bad(text: "a,b\n\"open,c\nd", error: CSVError(line: 2, message: "a quoted field is not closed")),
        Bad(text: "a,b\nx\"y,c", error: CSVError(line: 2, message: "a quote inside an unquoted field")),
        Bad(text: "a\n\"q\"r,c", error: CSVError(line: 2, message: "text after a closing quote")),
    ])
    func malformedTextIsAnErrorWithItsLine(_ c: Bad) {
        #expect(throws: c.error) { try CSVReader.records(c.text) }
    }
}
