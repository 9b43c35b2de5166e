import Analysis
import CommandLineKit
import Engine
import Reports

/// `kompass-score diff --rules OLD --against NEW EVIDENCE…|DIR [--renames FILE] [--format text|json|markdown] [--lang sv|en]`.
enum DiffCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Show how a new version of an instrument changes the scores of evaluations.",
        discussion: "Evidence written for the old version (--rules) is scored by it, then rewritten in memory for the "
            + "new one (--against): its header names the new version and renamed facts and rules take their new "
            + "names (--renames: lines 'old.id -> new.id', '#' comments); what the new version still cannot read is "
            + "left out with a note. Rules are compared by id (title, kind clause as written, weight, subarea); each "
            + "rule added, removed or changed is re-scored on its own: the new version against the new version with "
            + "only that rule as the old one had it. Per evaluation: the total, area and subarea changes, each "
            + "subarea's change split into those rule effects and a rest. A folder stands for every '*.kompass' "
            + "file directly in it, by name. --lang sets the language of text and markdown (default: the old version's).",
        arguments: [ArgumentSpec("EVIDENCE", help: "Evidence files written for the old version, or folders of them.", repeating: true)],
        options: [
            OptionSpec("--rules", value: "DIR", help: "The old version's folder (the evidence's instrument).", required: true),
            OptionSpec("--against", value: "DIR", help: "The new version's folder.", required: true),
            OptionSpec("--renames", value: "FILE", help: "Facts and rules renamed between the versions: 'old.id -> new.id' lines."),
            .maxErrors,
            .format(
                ["text", "json", "markdown"], help: "The output format (default: from the extension of --output, else text).",
                defaultValue: nil),
            .output,
            .lang,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        let format = try OutputFormat.choose(arguments, among: ["text", "json", "markdown"], context: context)
        try arguments.checkLanguageApplies(context)
        if arguments.has("--lang"), format == "json" {
            throw context.usageError("'--lang' applies to text and markdown output, not '--format json'")
        }
        let paths = try EvidencePaths.expand(arguments.arguments("EVIDENCE"))
        var session = try Session(context: context, arguments: arguments)
        let old = try session.instrument(arguments)
        let oldDirectory = session.instrumentDirectory ?? ""
        let newDirectory = arguments.value("--against") ?? ""
        guard let new = try session.workspace.loadInstrument(directory: newDirectory) else { throw session.failure() }
        var renames = Renames.none
        var renamesFile: Provenance.File?
        if let path = arguments.value("--renames") {
            let bytes = try InputFile.contents(of: path)
            renamesFile = Provenance.File(role: "renames", path: path, sha256: SHA256.hexDigest(bytes))
            let source = SourceText(path: path, bytes: bytes)
            let (parsed, diagnostics) = Renames.parse(source)
            var all = diagnostics
            if !diagnostics.hasErrors { all.append(contentsOf: parsed.validate(old: old, new: new)) }
            session.workspace.record(source, all)
            if session.workspace.diagnostics.hasErrors { throw session.failure() }
            renames = parsed
        }
        let evidence = try session.evidence(paths, old)
        let scored = try session.score(evidence, old)
        var inputs: [VersionDiff.Input] = []
        for (k, file) in evidence.enumerated() {
            guard let syntax = try session.workspace.evidenceSyntax(path: file.path) else { throw session.failure() }
            inputs.append(VersionDiff.Input(evidence: file, syntax: syntax, score: scored[k].score))
        }
        let registry = session.workspace.registry
        let diff = try VersionDiff(
            old: (old, try InstrumentSyntax.load(directory: oldDirectory, registry: registry)),
            new: (new, try InstrumentSyntax.load(directory: newDirectory, registry: registry)),
            renames: renames, inputs: inputs, registry: registry)
        let prose = Prose(arguments.language, for: old)
        let text: String
        switch format {
        case "json": text = DiffJSON.document(diff, renames: renamesFile)
        case "markdown": text = DiffMarkdown.render(diff, renames: renamesFile, prose: prose)
        default: text = DiffText.render(diff, renames: renamesFile, prose: prose)
        }
        try session.emit(text, output: arguments.value("--output"))
        return .success
    }
}
