/// A line of report prose with a little structure, so HTML and Markdown render the same
/// sentences: plain text, code (fact paths, values, changes), strong and muted runs.
struct RichText: Sendable, Equatable {
    /// One run of a line.
    enum Run: Sendable, Equatable {
        case text(String)
        case code(String)
        case strong(String)
        case muted(String)
    }

    var runs: [Run]

    init(_ runs: [Run] = []) {
        self.runs = runs
    }

    init(_ text: String) {
        self.runs = [.text(text)]
    }

    static func + (lhs: RichText, rhs: RichText) -> RichText {
        RichText(lhs.runs + rhs.runs)
    }

    /// The plain text, without structure.
    var plain: String {
        runs.map { run in
            switch run {
            case .text(let t), .code(let t), .strong(let t), .muted(let t): t
            }
        }.joined()
    }
}

/// A list item of prose: a head line and the lines under it.
struct ReportItem: Sendable, Equatable {
    var head: RichText
    var details: [RichText]
}

/// What a subarea's improvement opportunities say: lead lines, the headroom items,
/// and notes after them.
struct Opportunities: Sendable, Equatable {
    var lead: [RichText]
    var items: [ReportItem]
    var notes: [RichText]
}
