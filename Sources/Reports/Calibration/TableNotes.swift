/// The reasons behind "n/a" cells of one table, each with the rows it applies to.
struct TableNotes {
    var reasons: [(reason: String, rows: [String])] = []

    /// "n/a", remembering why.
    mutating func mark(_ reason: String?, _ row: String) -> String {
        let reason = reason ?? "not computed"
        if let index = reasons.firstIndex(where: { $0.reason == reason }) {
            if !reasons[index].rows.contains(row) { reasons[index].rows.append(row) }
        } else {
            reasons.append((reason, [row]))
        }
        return "n/a"
    }

    func render() -> String {
        reasons.map { "  n/a: \($0.reason) (\($0.rows.joined(separator: ", ")))\n" }.joined()
    }
}
