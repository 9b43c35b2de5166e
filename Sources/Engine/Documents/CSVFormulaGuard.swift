// A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
// return as a formula (OWASP, "CSV injection"): a note such as "- intervju med
// förvaltningschefen" shows as #NAMN?, and a crafted one runs. Text cells that start so
// are written with a leading apostrophe, which the spreadsheet shows as text; our own
// reader takes exactly that apostrophe off again, so writing and reading a table gives
// back every text unchanged. Numbers (`-1.5`, `-1,5`) are written as they are.

extension CSVDialect {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// `text` with one apostrophe in front when, after its own leading apostrophes, it
    /// starts like a formula and is not a number; otherwise unchanged. The inverse of
    /// ``unguardingFormula(_:)``.
    public static func guardingFormula(_ text: String) -> String {
        guard startsLikeFormula(afterApostrophes: text), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// `text` without the apostrophe ``guardingFormula(_:)`` adds: one leading apostrophe
    /// is dropped when what follows the leading apostrophes starts like a formula.
    public static func unguardingFormula(_ text: String) -> String {
        guard text.first == "'", startsLikeFormula(afterApostrophes: text) else { return text }
        return String(text.dropFirst())
    }

    static func startsLikeFormula(afterApostrophes text: String) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(first)
    }

    /// `-?digits([.,]digits)?`: a number as either dialect writes it.
    static func isPlainNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let whole = rest.prefix { $0.isASCII && $0.isNumber }
        guard !whole.isEmpty else { return false }
        rest = rest.dropFirst(whole.count)
        guard let mark = rest.first else { return true }
        guard mark == "." || mark == "," else { return false }
        let fraction = rest.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
