import Statistics

/// The reasons behind the cells of one table that could not be computed, each with the
/// rows it applies to, in the language of the prose.
struct TableNotes {
    let prose: Prose
    var reasons: [(reason: String, rows: [String])] = []

    init(_ prose: Prose) {
        self.prose = prose
    }

    /// `saknas` / `n/a` (or `odefinierad` / `undefined`), remembering why.
    mutating func mark(_ undefined: UndefinedReason?, _ row: String) -> String {
        let reason = UndefinedReasonWords.cell(undefined, prose) + ": " + UndefinedReasonWords.text(undefined, prose)
        if let index = reasons.firstIndex(where: { $0.reason == reason }) {
            if !reasons[index].rows.contains(row) { reasons[index].rows.append(row) }
        } else {
            reasons.append((reason, [row]))
        }
        return UndefinedReasonWords.cell(undefined, prose)
    }

    func render() -> String {
        reasons.map { "  \($0.reason) (\($0.rows.joined(separator: ", ")))\n" }.joined()
    }
}
