import CommandLineKit
import Engine

/// `kompass-score convert FILE --to json|kompass|csv [--output FILE]`: evidence and plans
/// between the language and JSON, and evidence to and from a findings table (CSV).
enum ConvertCommand: RunnableCommand {
    static let formats = ["json", "kompass", "csv"]

    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert evidence or a plan between the language, JSON and a findings table (CSV).",
        discussion: """
            The meaning is kept every way; comments are not carried over. Never writes over the input.
            A FILE ending in .csv is a findings table: a header row naming the columns \
            \(FindingsTable.headerLine) ('fact' and 'value' required, any order), one row per \
            finding (values as the language writes them; a set's braces may be left out), one more \
            row per further source (the fact repeated, value empty), and 'judge RULE' or 'override \
            SUBAREA' in 'fact' for a judgement or an override (its reason in 'note'). The dialect is \
            read from the header line: a ';' before any ',' means excel-sv (decimal commas, as a \
            Swedish Excel saves), else RFC 4180 (decimal points). A table holds no evidence header: \
            give --header-from or --municipality, --year and --evaluator.
            """,
        arguments: [ArgumentSpec("FILE", help: "An evidence or plan file, or a findings table (.csv).")],
        options: [
            OptionSpec(
                "--to", value: "FORMAT", allowedValues: formats,
                help: "The format to write (default: what the extension of --output says)."),
            .output,
            OptionSpec(
                "--csv-dialect", value: "DIALECT", allowedValues: CSVDialect.allCases.map(\.rawValue),
                defaultValue: CSVDialect.rfc4180.rawValue,
                help: "With --to csv: rfc4180 (',' and decimal points) or excel-sv (';', decimal commas, BOM)."),
            OptionSpec(
                "--header-from", value: "EVIDENCE",
                help: "A table's evidence header (municipality, year, instrument, evaluators) from this evidence file."),
            OptionSpec("--municipality", value: "NAME", help: "A table's municipality (with --year and --evaluator)."),
            OptionSpec("--year", value: "YYYY", help: "A table's year of evaluation."),
            OptionSpec(
                "--evaluator", value: "NAME", help: "An evaluator of a table's evidence; repeat for each.",
                repetition: .repeating),
            .rules,
            .maxErrors,
        ])

    static let headerOptions = ["--header-from", "--municipality", "--year", "--evaluator"]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let path = arguments.argument("FILE") ?? ""
        let output = arguments.value("--output")
        let isTable = path.lowercased().hasSuffix(".csv")
        if !isTable, let option = (headerOptions + ["--rules"]).first(where: arguments.has) {
            throw context.usageError(
                "'\(option)' applies to a findings table (a FILE ending in .csv) only",
                help: "an evidence or plan file carries its own header")
        }
        let syntax: SourceFileSyntax
        var tableDialect: CSVDialect?
        if isTable {
            let instrument = try session.instrument(arguments)
            let header = try tableHeader(arguments, instrument: instrument, table: path, session: &session)
            guard
                let table = try session.workspace.loadFindingsTable(path: path, header: header, instrument: instrument)
            else { throw session.failure() }
            session.printDiagnostics()
            syntax = table.syntax
            tableDialect = table.dialect
        } else {
            // An instrument file gets its one error while parsing: only evidence and plans convert.
            let parsed = try session.workspace.parseDocument(path: path)
            guard let parsed, !session.workspace.diagnostics.hasErrors else { throw session.failure() }
            syntax = parsed.syntax
        }
        // Overwriting the input is the worse mistake, so it is named before a format that
        // contradicts the output's extension.
        if let output { try session.checkOutput(output) }
        let format = try target(arguments, output: output, context: context)
        if arguments.has("--csv-dialect"), format != "csv" {
            throw context.usageError("'--csv-dialect' applies to '--to csv' only, not '\(format)'")
        }
        let text: String
        switch format {
        case "json": text = DocumentJSON.write(syntax)
        case "csv":
            guard syntax.kind == .evidence else {
                throw context.usageError(
                    "'\(path)' is a plan; only evidence converts to a findings table",
                    help: "use '--to json' or '--to kompass'")
            }
            let dialect =
                arguments.has("--csv-dialect")
                ? arguments.value("--csv-dialect").flatMap(CSVDialect.init(rawValue:)) ?? .rfc4180
                : tableDialect ?? .rfc4180
            text = FindingsTable.write(syntax, dialect: dialect)
        default: text = KompassWriter.write(syntax)
        }
        try session.emit(text, output: output)
        return .success
    }

    /// `--to`, or the format the extension of `--output` implies; a pair that contradicts,
    /// or neither, is a usage error.
    static func target(_ arguments: ParsedArguments, output: String?, context: CommandContext) throws -> String {
        if let format = arguments.value("--to") {
            try OutputFormat.check(format, named: "--to", among: formats, against: output, context: context)
            return format
        }
        guard let implied = OutputFormat.implied(by: output), formats.contains(implied) else {
            throw context.usageError(
                "'convert' needs '--to json|kompass|csv'",
                help: "or an '--output' file ending in .json, .kompass or .csv")
        }
        return implied
    }

    /// The evidence header of a findings table: from `--header-from`, or from
    /// `--municipality`, `--year` and `--evaluator` with the instrument's name and version.
    static func tableHeader(
        _ arguments: ParsedArguments, instrument: Instrument, table: String, session: inout Session
    ) throws -> EvidenceHeaderDecl {
        let context = session.context
        if let evidence = arguments.value("--header-from") {
            if let option = headerOptions.dropFirst().first(where: arguments.has) {
                throw context.usageError("'\(option)' and '--header-from' exclude each other", help: "give one of them")
            }
            guard let parsed = try session.workspace.parseDocument(path: evidence, expecting: .evidence),
                !session.workspace.diagnostics.hasErrors, let header = FindingsTable.header(of: parsed.syntax)
            else { throw session.failure() }
            return header
        }
        guard let municipality = arguments.value("--municipality"), let year = arguments.value("--year") else {
            throw context.usageError(
                "a findings table needs an evidence header: '--header-from EVIDENCE', or '--municipality NAME --year YYYY --evaluator NAME'",
                help: "a table holds findings only; the header names the municipality, year and evaluators")
        }
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw context.usageError("'--year' takes a year such as 2020, not '\(year)'")
        }
        let evaluators = arguments.values("--evaluator")
        for (index, name) in evaluators.enumerated() where evaluators[..<index].contains(name) {
            throw context.usageError("evaluator '\(name)' is given twice")
        }
        if let text = ([municipality] + evaluators).first(where: { $0.isEmpty || !Spelling.canQuote($0) }) {
            throw context.usageError("\(text.debugDescription) cannot be written as a name in the language")
        }
        return FindingsTable.header(
            municipality: municipality, year: year, evaluators: evaluators, instrument: instrument, path: table)
    }
}
