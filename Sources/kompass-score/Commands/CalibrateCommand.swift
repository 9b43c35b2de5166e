import Analysis
import CommandLineKit
import Engine
import Reports

/// `kompass-score calibrate EVIDENCE EVIDENCE… [--consensus FILE]` and
/// `kompass-score calibrate --round DIR`.
enum CalibrateCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "calibrate",
        abstract: "Compare evaluators: one municipality's evaluations side by side, or a calibration round.",
        discussion: """
            With evidence files (one per evaluator, of one municipality): each finding, judgement and override as \
            each evaluator recorded it; each subarea's scores and spread; each pair's score difference split exactly \
            into findings and judgements (Shapley values, so caps and conditions share fairly; an unassessed input \
            against an assessed one counts, at its least value) and overrides. --consensus writes a draft evidence \
            file keeping what all recorded alike and leaving each dispute unassessed with every version in a comment. \
            With --round (a folder of evidence files, one per evaluator and municipality; the evaluator is the first \
            one the header names): ICC(A,1) and ICC(C,1) with 95% intervals and Krippendorff's alpha per subarea \
            (with at least 5 municipalities), pooled on percent of maximum, per area and on the total; agreement on \
            each finding (alpha at its level, Gwet's AC1/AC2, Fleiss' kappa); evaluator severity by the two-way \
            additive model with intervals, and awarded minus rule score; the findings that drive disagreement, ranked; \
            and a plain-language summary.
            """,
        arguments: [
            ArgumentSpec(
                "EVIDENCE", help: "Two or more evaluations of one municipality, one per evaluator.", repeating: true,
                optional: true)
        ],
        options: [
            .rules,
            .maxErrors,
            OptionSpec("--round", value: "DIR", help: "A folder of evidence files: several municipalities, several evaluators."),
            OptionSpec("--consensus", value: "FILE", help: "Write a consensus draft to FILE (never over an input)."),
            .format(["text", "json"]),
            .lang,
        ],
        usage: "<evidence> <evidence>… [--consensus <file>] [--rules <dir>] [--format <format>] [--lang <lang>]\n"
            + "--round <dir> [--rules <dir>] [--format <format>] [--lang <lang>]")

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let paths = arguments.arguments("EVIDENCE")
        let json = arguments.value("--format") == "json"
        try arguments.checkLanguageApplies(context)
        if let directory = arguments.value("--round") {
            guard paths.isEmpty else {
                throw context.usageError("'--round' reads every evidence file in its folder; give no EVIDENCE with it")
            }
            guard !arguments.has("--consensus") else {
                throw context.usageError("'--consensus' drafts one municipality's evidence, not a round")
            }
            return try round(directory, json: json, arguments, context)
        }
        guard paths.count >= 2 else {
            throw context.usageError(
                "calibrate needs two or more evidence files of one municipality, or '--round DIR'",
                help: "give each evaluator's evidence file, such as 'calibrate a-E1.kompass a-E2.kompass'")
        }
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        let evidence = try session.evidence(paths, instrument)
        let records = try Self.records(evidence, session.compiled(instrument))
        try PairwiseCalibration.validate(records)
        let calibration = try PairwiseCalibration(instrument: instrument, records: records)
        var draft: ConsensusDraft?
        let consensusPath = arguments.value("--consensus")
        if let consensusPath {
            let made = ConsensusDraft(calibration)
            let check = ConsensusDraft.check(made.text, path: consensusPath, instrument: instrument)
            guard !check.hasErrors else { throw ConsensusDraftInvalid(errors: check.errorCount) }
            try session.write(Array(made.text.utf8), to: consensusPath)
            draft = made
        }
        if json {
            context.io.print(JSONWriter.write(calibration.json(consensus: draft, consensusPath: consensusPath)))
        } else {
            context.io.print(
                calibration.renderText(language: arguments.language, consensus: draft, consensusPath: consensusPath))
        }
        return .success
    }

    static func round(_ directory: String, json: Bool, _ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        let instrument = try session.instrument(arguments)
        guard let evidence = try session.workspace.loadRound(directory: directory, instrument: instrument) else {
            throw session.failure()
        }
        session.printDiagnostics()
        let round = try CalibrationRound(instrument: instrument, records: try records(evidence, session.compiled(instrument)))
        let analysis = try RoundAnalysis(round)
        context.io.print(json ? JSONWriter.write(analysis.json()) : analysis.renderText(language: arguments.language))
        return .success
    }

    /// Each evidence file scored, its evaluator the first its header names.
    static func records(_ evidence: [Evidence], _ compiled: CompiledInstrument) throws -> [CalibrationRecord] {
        var records: [CalibrationRecord] = []
        for file in evidence { records.append(try CalibrationRecord(evidence: file, compiled: compiled)) }
        return records
    }
}

/// A consensus draft that does not parse cleanly: a bug, never written. Exit status 70.
struct ConsensusDraftInvalid: Error, CustomStringConvertible {
    var errors: Int
    var description: String { "the consensus draft has \(errors) error\(errors == 1 ? "" : "s") and was not written" }
}
