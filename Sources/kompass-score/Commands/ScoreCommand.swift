import Analysis
import CommandLineKit
import Engine
import Reports
import Support

/// `kompass-score score EVIDENCE… [--format text|json|csv|markdown|html|svg] [--output FILE] [--strict]
/// [--lang sv|en] [--reference NAME] [--csv-dialect rfc4180|excel-sv]`.
enum ScoreCommand: RunnableCommand {
    static let reportFormats = ["markdown", "html", "svg"]

    static let spec = CommandSpec(
        name: "score",
        abstract: "Score evidence: points per subarea, area and total, with bounds.",
        discussion: "Text is laid out like the point table of the published report; JSON follows the output contract. "
            + "html, markdown and svg render the report of one evidence file; csv gives one row per file.",
        arguments: [ArgumentSpec("EVIDENCE", help: "Evidence files (.kompass or JSON).", repeating: true)],
        options: [
            .rules,
            .maxErrors,
            .format(
                ["text", "json", "csv", "markdown", "html", "svg"],
                help: "The output format (default: from the extension of --output, else text).", defaultValue: nil),
            .output,
            .flag("--strict", help: "Fail when a fact read by a rule is unassessed or a judgement is missing."),
            OptionSpec(
                "--lang", value: "LANG", allowedValues: ReportLanguage.allCases.map(\.rawValue),
                help: "The language of text, html, markdown and svg (default: the instrument's)."),
            OptionSpec(
                "--reference", value: "NAME",
                help: "The reference profile html, markdown and svg compare with (default: the instrument's first)."),
            OptionSpec(
                "--csv-dialect", value: "DIALECT", allowedValues: CSVDialect.allCases.map(\.rawValue),
                defaultValue: CSVDialect.rfc4180.rawValue,
                help: "rfc4180 (',' and decimal point) or excel-sv (';', decimal comma, UTF-8 with BOM)."),
            OptionSpec(
                "--corpus", value: "DIR",
                help: "html: show the evaluation against the evidence files in DIR (quartile bands, percentiles)."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let format = try OutputFormat.choose(arguments, among: spec.option(named: "--format")?.allowedValues ?? [], context: context)
        let paths = arguments.arguments("EVIDENCE")
        try checkFormatOptions(arguments, format: format, paths: paths, context: context)
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        var options = try reportOptions(arguments, instrument, context)
        let scored = try session.score(try session.evidence(paths, instrument), instrument)
        if let directory = arguments.value("--corpus") {
            guard format == "html" else { throw context.usageError("'--corpus' applies to '--format html' only, not '\(format)'") }
            let corpus = try session.evidence(try EvidencePaths.expand([directory]), instrument)
            options.corpus = try Corpus(try session.score(corpus, instrument))
        }
        if arguments.flag("--strict") {
            for diagnostic in scored.flatMap(StrictCheck.diagnostics) { session.workspace.report(diagnostic) }
            if session.workspace.diagnostics.hasErrors { throw session.failure() }
        }
        let text: String
        switch format {
        case "json":
            // Straight to bytes, the files' objects written on every core; to standard
            // output each as soon as it is ready, to a file whole or not at all.
            if let output = arguments.value("--output"), output != "-" {
                try session.write(ScoreJSON.documentBytes(scored), to: output)
            } else {
                ScoreJSON.writeDocument(scored, to: context.io.writeOutput)
            }
            return .success
        case "csv":
            let dialect = arguments.value("--csv-dialect").flatMap(CSVDialect.init(rawValue:)) ?? .rfc4180
            text = CSVReport.render(scored, dialect: dialect)
        case "markdown", "html", "svg":
            let report = try Report(scored: scored[0], options: options)
            text = format == "html" ? HTMLReport.render(report)
                : format == "svg" ? RadarChart.document(report) : MarkdownReport.render(report)
        default:
            text = scored.map { ScoreTable.render($0, language: options.language) }.joined(separator: "\n")
        }
        try session.emit(text, output: arguments.value("--output"))
        return .success
    }

    /// Usage errors for options the format does not use, and for a report of several files.
    static func checkFormatOptions(
        _ arguments: ParsedArguments, format: String, paths: [String], context: CommandContext
    ) throws {
        let isReport = reportFormats.contains(format)
        if arguments.has("--lang") && !isReport && format != "text" {
            throw context.usageError("'--lang' applies to '--format text', 'html', 'markdown' and 'svg' only, not '\(format)'")
        }
        if arguments.has("--reference") && !isReport {
            throw context.usageError("'--reference' applies to '--format html', 'markdown' and 'svg' only, not '\(format)'")
        }
        if arguments.has("--csv-dialect") && format != "csv" {
            throw context.usageError("'--csv-dialect' applies to '--format csv' only, not '\(format)'")
        }
        if isReport && paths.count != 1 {
            throw context.usageError(
                "'--format \(format)' renders one evidence file, not \(paths.count)",
                help: "use '--format csv' for one row per evidence file")
        }
    }

    /// The language and reference profile of a report; an unknown profile is a usage error.
    static func reportOptions(
        _ arguments: ParsedArguments, _ instrument: Instrument, _ context: CommandContext
    ) throws -> ReportOptions {
        var options = ReportOptions(for: instrument)
        if let language = arguments.value("--lang").flatMap(ReportLanguage.init(rawValue:)) {
            options.language = language
        }
        if let name = arguments.value("--reference") {
            guard let profile = instrument.reference(named: name) else {
                let names = instrument.references.map(\.name)
                let suggestion = EditDistance.closestMatch(to: name, among: names)
                throw context.usageError(
                    "unknown reference profile '\(name)'",
                    help: suggestion.map { "did you mean '\($0)'?" }
                        ?? (names.isEmpty
                            ? "the instrument declares no reference profile"
                            : "the instrument declares " + names.map { "'\($0)'" }.joined(separator: ", ")))
            }
            options.reference = profile
        }
        return options
    }
}
