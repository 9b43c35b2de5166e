import Analysis
import CommandLineKit
import Engine
import Reports

/// `kompass-score fit --round DIR --awarded CSV [--max-scale F]`.
enum FitCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "fit",
        abstract: "Fit one scale per rule to the subarea scores evaluators actually awarded.",
        discussion: """
            Reads a round's evidence (one file per evaluator and municipality) and a table of awarded subarea scores \
            with the columns municipality,year,evaluator,subarea,awarded. Per subarea, each rule's value as written \
            is multiplied by a scale (so a ladder's internal ratios stay fixed), fitted by non-negative least squares \
            and by least squares within [0, upper] (by default each rule alone at most the subarea's maximum). \
            Reports the scales with their range when one municipality is left out, in-sample and leave-one-municipality-out \
            errors against the rules as written, the optimism ratio RMSE_LOO/RMSE, and warnings where scales cannot \
            be identified.
            """,
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--round", value: "DIR", help: "A folder of evidence files: the findings behind the awarded scores.", required: true),
            OptionSpec("--awarded", value: "CSV", help: "Awarded subarea scores: municipality,year,evaluator,subarea,awarded.", required: true),
            OptionSpec("--max-scale", value: "F", help: "The upper bound of every scale in the bounded fit."),
            .format(["text", "json"]),
            .lang,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        try arguments.checkLanguageApplies(context)
        var maxScale: Double?
        if let text = arguments.value("--max-scale") {
            guard let value = Double(text), value.isFinite, value > 0 else {
                throw context.usageError("'--max-scale' takes a positive number, such as 1.5")
            }
            maxScale = value
        }
        let directory = arguments.value("--round") ?? ""
        let csvPath = arguments.value("--awarded") ?? ""
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let bytes = try session.read(csvPath)
        guard let evidence = try session.workspace.loadRound(directory: directory, instrument: instrument) else {
            throw session.failure()
        }
        session.printDiagnostics()
        let round = try CalibrationRound(instrument: instrument, records: try CalibrateCommand.records(evidence, session.compiled(instrument)))
        let awarded = try AwardedScore.parse(bytes, path: csvPath)
        let fit = try RuleScaleFit(round: round, awarded: awarded, awardedPath: csvPath, maxScale: maxScale)
        context.io.print(arguments.value("--format") == "json" ? JSONWriter.write(fit.json()) : fit.renderText(language: arguments.language))
        return .success
    }
}
