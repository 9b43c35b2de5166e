import Engine

/// The report as Markdown (`--format markdown`): the same sections and sentences as the
/// HTML report, with tables in place of the charts.
public enum MarkdownReport {
    /// The whole document.
    public static func render(_ report: Report) -> String {
        let words = report.words
        let l = report.language
        let scored = report.scored
        var out = "# \(escape(report.documentTitle))\n\n"
        if !scored.evidence.evaluators.isEmpty {
            out += "\(words.evaluators): \(escape(scored.evidence.evaluators.joined(separator: ", ")))\n\n"
        }
        out += "## \(words.summary)\n\n"
        out += "**\(l.points(report.total))** \(words.of) \(words.pointsUnit(l.decimal(report.maximum))) "
        out += "(\(l.percent(report.total.percent(of: report.maximum))))\n\n"
        if !scored.score.totalBounds.isExact {
            out +=
                words.couldBe(l.decimal(scored.score.totalBounds.min), l.decimal(scored.score.totalBounds.max)) + "\n\n"
        }
        out += areaTable(report)
        out += report.highlights().map { "- " + rich($0) + "\n" }.joined() + "\n"
        for area in report.areas { out += areaSection(report, area) }
        out += pointTable(report)
        out += "---\n\n"
        out += "- \(words.tool): \(Provenance.tool)\n"
        out += "- \(words.instrument): \(escape("\(scored.instrument.name) \(scored.instrument.version)")), "
        out += "sha256 `\(scored.instrument.sha256)`\n"
        out += "- \(words.evidence): \(code(scored.evidence.path)), sha256 `\(scored.evidence.sha256)`\n"
        return out
    }

    /// The area table of the summary, with the reference and the difference.
    static func areaTable(_ report: Report) -> String {
        let words = report.words
        let l = report.language
        var headings = [words.area, words.totalLine, words.max, words.percent]
        if let reference = report.reference { headings += [reference.name, words.difference] }
        var rows: [[String]] = report.areas.map { area in
            var row = [
                escape("\(area.id) \(area.title)"), l.points(area.points), l.decimal(area.max),
                l.percent(area.points.percent(of: area.max)),
            ]
            if report.reference != nil {
                row += [area.reference.map { l.decimal($0, digits: 1) } ?? "–", report.difference(area) ?? "–"]
            }
            return row
        }
        var total = [
            "**\(words.total)**", "**\(l.points(report.total))**", "**\(l.decimal(report.maximum))**",
            "**\(l.percent(report.total.percent(of: report.maximum)))**",
        ]
        if report.reference != nil { total += ["", ""] }
        rows.append(total)
        return table(headings, rows, numeric: 1) + "\n"
    }

    /// An area: its score, then per subarea its score, strengths and opportunities.
    static func areaSection(_ report: Report, _ area: AreaReport) -> String {
        let words = report.words
        var out = "## \(words.area) \(escape(area.id)) \(escape(area.title))\n\n"
        out += escape(
            report.scoreLine(points: area.points, max: area.max, bounds: area.bounds, reference: area.reference))
        out += "\n\n"
        for subarea in area.subareas {
            out += "### \(escape(subarea.id)) \(escape(subarea.title))\n\n"
            out += escape(report.scoreLine(points: subarea.points, max: subarea.max, bounds: subarea.bounds)) + "\n\n"
            if let line = report.overrideLine(subarea) { out += rich(line) + "\n\n" }
            out += "**\(words.strengths)**\n\n"
            let strengths = report.strengthItems(subarea)
            out += strengths.isEmpty ? words.noStrengths + "\n\n" : list(strengths)
            out += "**\(words.opportunities)**\n\n"
            let opportunities = report.opportunities(subarea)
            for line in opportunities.lead { out += rich(line) + "\n\n" }
            if !opportunities.items.isEmpty { out += list(opportunities.items) }
            for line in opportunities.notes { out += rich(line) + "\n\n" }
        }
        return out
    }

    /// The point table, one table per area as in section 4 of the published report, with
    /// the bounds column when any score is still open.
    static func pointTable(_ report: Report) -> String {
        let words = report.words
        let l = report.language
        let showBounds = report.hasOpenBounds
        func cells(_ points: Rational, _ max: Rational, _ bounds: Bounds, mark: String = "") -> [String] {
            var cells = [l.points(points) + mark, l.decimal(max), l.percent(points.percent(of: max))]
            if showBounds { cells.append(bounds.isExact ? "" : l.decimal(bounds.min) + "–" + l.decimal(bounds.max)) }
            return cells
        }
        let headings = [words.totalLine, words.max, words.percent] + (showBounds ? [words.bounds] : [])
        var out = "## \(words.pointTable)\n\n"
        var notes = ""
        for area in report.areas {
            var rows: [[String]] = area.subareas.map { s in
                let mark = s.explanation.override == nil ? "" : "\\*"
                if let line = report.overrideLine(s) { notes += "\\* \(escape(s.id)): \(rich(line))\n\n" }
                return [escape(s.id), escape(s.title)] + cells(s.points, s.max, s.bounds, mark: mark)
            }
            rows.append(["", ""] + cells(area.points, area.max, area.bounds))
            out += table([escape(area.id) + ".", escape(area.title)] + headings, rows, numeric: 2) + "\n"
        }
        let total = [words.total] + cells(report.total, report.maximum, report.scored.score.totalBounds)
        out += table([""] + headings, [total], numeric: 1) + "\n"
        return out + notes
    }

    /// A pipe table; columns from `numeric` on are right-aligned.
    static func table(_ headings: [String], _ rows: [[String]], numeric: Int) -> String {
        var out = "| " + headings.joined(separator: " | ") + " |\n"
        out += "|" + headings.indices.map { $0 >= numeric ? " --: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    static func list(_ items: [ReportItem]) -> String {
        var out = ""
        for item in items {
            out += "- " + rich(item.head) + "\n"
            for detail in item.details { out += "  - " + rich(detail) + "\n" }
        }
        return out + "\n"
    }

    /// A line of prose: code in backticks, strong in `**`, muted as plain text.
    static func rich(_ text: RichText) -> String {
        text.runs.map { run in
            switch run {
            case .text(let t), .muted(let t): escape(t)
            case .strong(let t): "**" + escape(t) + "**"
            case .code(let t): code(t)
            }
        }.joined()
    }

    /// A code span that holds any backticks in `text`.
    static func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// Text with Markdown's punctuation escaped, so names and notes read as written.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            if character == "\n" {
                out += " "
            } else {
                out.append(character)
            }
        }
        return out
    }
}
