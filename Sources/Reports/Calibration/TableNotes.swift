/// The reasons behind the cells of one table that could not be computed, each with the
/// rows it applies to, in the language of the prose.
struct TableNotes {
    let prose: Prose
    var reasons: [(reason: String, rows: [String])] = []

    init(_ prose: Prose) {
        self.prose = prose
    }

    /// `saknas` / `n/a`, remembering why.
    mutating func mark(_ reason: String?, _ row: String) -> String {
        let reason = StatisticReason.text(reason, prose)
        if let index = reasons.firstIndex(where: { $0.reason == reason }) {
            if !reasons[index].rows.contains(row) { reasons[index].rows.append(row) }
        } else {
            reasons.append((reason, [row]))
        }
        return prose.notAvailable
    }

    func render() -> String {
        reasons.map { "  \(prose.notAvailable): \($0.reason) (\($0.rows.joined(separator: ", ")))\n" }.joined()
    }
}
