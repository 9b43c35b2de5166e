import Analysis
import CommandLineKit
import Engine
import Reports

/// `kompass-score corpus EVIDENCE…|DIR [--format text|json|csv|html] [--write-reference NAME] [--lang sv|en]`.
enum CorpusCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "corpus",
        abstract: "Score many evaluations and show how each stands among them.",
        discussion: "Every evaluation is scored by one instrument, compiled once. Per area, subarea and total: the "
            + "distribution (n, mean, least, quartiles by linear interpolation as numpy's default, greatest) and each "
            + "evaluation's rank (equal values share the best rank) and percentile (the share below, equal ones "
            + "counted half); municipalities evaluated in several years as series with the change per area. A folder "
            + "stands for every '*.kompass' file directly in it, by name. --write-reference NAME writes the corpus "
            + "means per area as a 'reference' declaration to paste into an instrument, instead of the report. --lang "
            + "sets the language of text and html (numbers with a decimal comma in Swedish); csv and json keep English "
            + "column ids and decimal points for programs.",
        arguments: [ArgumentSpec("EVIDENCE", help: "Evidence files, or folders of them.", repeating: true)],
        options: [
            .rules,
            .maxErrors,
            .format(
                ["text", "json", "csv", "html"], help: "The output format (default: from the extension of --output, else text).",
                defaultValue: nil),
            .output,
            .lang,
            OptionSpec(
                "--write-reference", value: "NAME",
                help: "Write the corpus means per area as 'reference \"NAME\" {…}' instead of the report."),
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let reference = arguments.value("--write-reference")
        if reference != nil, arguments.has("--format") {
            throw context.usageError(
                "'--write-reference' writes a declaration of the language; it takes no '--format'",
                help: "leave out '--format', or leave out '--write-reference' for the report")
        }
        if let reference, reference.isEmpty || reference.contains("\n") {
            throw context.usageError("'--write-reference' takes a name on one line, such as 'Korpusmedel 2023'")
        }
        let format = reference == nil
            ? try OutputFormat.choose(arguments, among: spec.option(named: "--format")?.allowedValues ?? [], context: context)
            : "kompass"
        try arguments.checkLanguageApplies(context)
        if arguments.has("--lang"), format != "text", format != "html" {
            throw context.usageError(
                "'--lang' applies to text and html output, not '\(format == "kompass" ? "--write-reference" : "--format " + format)'",
                help: "csv and json keep English column ids and decimal points for programs")
        }
        let paths = try EvidencePaths.expand(arguments.arguments("EVIDENCE"))
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let scored = try session.score(try session.evidence(paths, instrument), instrument)
        guard let corpus = try Corpus(scored) else { throw session.failure() }
        let prose = Prose(arguments.language, for: instrument)
        let text: String
        switch format {
        case "kompass": text = ReferenceDeclaration.render(corpus, name: reference ?? "")
        case "json": text = CorpusJSON.document(corpus)
        case "csv": text = CorpusCSV.render(corpus)
        case "html": text = CorpusHTML.render(corpus, prose: prose)
        default: text = CorpusText.render(corpus, prose: prose)
        }
        try session.emit(text, output: arguments.value("--output"))
        return .success
    }
}
