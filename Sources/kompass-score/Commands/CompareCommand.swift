import Analysis
import CommandLineKit
import Engine
import Reports
import Support

/// `kompass-score compare EVIDENCE --published CSV [--source NAME] [--tolerance N]`.
enum CompareCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Compare a score with a published point table, and check the table's consistency.",
        discussion: "Per subarea, area and total: the computed exact value against the printed points and against "
            + "the value the printed percent implies (percent · max / 100). The table is checked by intervals: a row "
            + "is consistent when some exact value rounds (half away from zero) to its printed points and its "
            + "printed percent; an area (and the total) when values inside its parts' intervals can sum to one. "
            + "Without --tolerance the command exits 0 on valid input; with it, 1 when a row differs by more.",
        arguments: [ArgumentSpec("EVIDENCE", help: "An evidence file.")],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--published", value: "CSV", help: "The published table (RFC 4180 CSV).", required: true),
            OptionSpec(
                "--source", value: "NAME",
                help: "The table's source to compare with (default: the first word of the evidence's municipality)."),
            OptionSpec(
                "--tolerance", value: "N",
                help: "Exit 1 when a computed value differs from printed points or percent-implied value by more than N."),
            .lang,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let tolerance = try arguments.value("--tolerance").map { text in
            guard let value = Rational(decimalText: text), value >= .zero else {
                throw context.usageError("'--tolerance' takes a number of points, 0 or more, not '\(text)'")
            }
            return value
        }
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let path = arguments.argument("EVIDENCE") ?? ""
        let csvPath = arguments.value("--published") ?? ""
        let bytes = try session.read(csvPath)
        guard let evidence = try session.evidence([path], instrument).first else { throw session.failure() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PublishedTableError(path: csvPath, line: 1, message: "the file is not valid UTF-8")
        }
        let table = try PublishedTable(csv: text, path: csvPath)
        let name = arguments.value("--source") ?? PublishedTable.firstWord(evidence.municipality)
        guard let (source, rows) = table.rows(ofSource: name, year: evidence.year) else {
            let suggestion = EditDistance.closestMatch(to: name, among: table.sources)
            throw context.usageError(
                "no source '\(name)' in '\(csvPath)'",
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "pass '--source NAME'; the sources are: \(table.sources.joined(separator: ", "))")
        }
        let scored = try session.score(evidence, instrument)
        let comparison = try Comparison(scored, published: rows)
        let published = ComparisonTable.Published(source: source, path: csvPath, sha256: SHA256.hexDigest(bytes))
        context.io.print(ComparisonTable.render(
                comparison, scored: scored, published: published, tolerance: tolerance, language: arguments.language))
        if let tolerance, !comparison.beyond(tolerance: tolerance).isEmpty { return .failure }
        return .success
    }
}
