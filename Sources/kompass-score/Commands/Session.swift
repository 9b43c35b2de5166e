import CommandLineKit
import Engine
import Foundation
import Rules
import Support

/// What every command that reads rules does: find the instrument, load it with the
/// built-in kinds, load evidence and plans, and print diagnostics to standard error.
struct Session {
    var workspace = Workspace(registry: BuiltinKinds.registry)
    let context: CommandContext
    /// The instrument compiled: once per command, on first use.
    private var compiledInstrument: CompiledInstrument?
    /// The instrument's folder, once found.
    private(set) var instrumentDirectory: String?
    /// Files read outside the workspace: published tables, awarded scores.
    private var otherInputs: [String] = []

    /// At most this many diagnostics are shown per file; nil shows all (`--max-errors 0`).
    let maxErrors: Int?

    init(context: CommandContext, arguments: ParsedArguments) throws {
        self.context = context
        let limit = arguments.value("--max-errors") ?? "20"
        guard let count = Int(limit), count >= 0 else {
            throw context.usageError("'--max-errors' takes a whole number, such as 20 (0 shows every diagnostic)")
        }
        maxErrors = count == 0 ? nil : count
    }

    mutating func instrument(_ arguments: ParsedArguments) throws -> Instrument {
        let directory = try RulesDirectory.resolve(
            explicit: arguments.value("--rules"), executablePath: CommandLine.arguments.first ?? "")
        instrumentDirectory = directory
        let instrument = try workspace.loadInstrument(directory: directory)
        guard let instrument else { throw failure() }
        return instrument
    }

    /// Reads and checks evidence files on every core; diagnostics keep the order of `paths`.
    mutating func evidence(_ paths: [String], _ instrument: Instrument) throws -> [Evidence] {
        let loaded = try workspace.loadEvidence(paths: paths, instrument: instrument).compactMap { $0 }
        guard !workspace.diagnostics.hasErrors else { throw failure() }
        printDiagnostics()
        return loaded
    }

    mutating func plan(_ path: String, _ instrument: Instrument) throws -> Plan {
        guard let plan = try workspace.loadPlan(path: path, instrument: instrument), !workspace.diagnostics.hasErrors
        else { throw failure() }
        return plan
    }

    /// Prints the diagnostics so far and returns the error to throw.
    mutating func failure() -> InvalidInput {
        printDiagnostics()
        return InvalidInput()
    }

    func printDiagnostics() {
        guard !workspace.diagnostics.all.isEmpty else { return }
        context.io.printError(
            workspace.renderedDiagnostics(colour: context.io.errorStyle.isColorEnabled, maxPerFile: maxErrors))
    }

    /// The instrument compiled, once per command however many files it scores.
    mutating func compiled(_ instrument: Instrument) -> CompiledInstrument {
        if let compiledInstrument { return compiledInstrument }
        let compiled = CompiledInstrument(instrument)
        compiledInstrument = compiled
        return compiled
    }

    mutating func score(_ evidence: Evidence, _ instrument: Instrument) throws -> ScoredEvidence {
        try score([evidence], instrument)[0]
    }

    /// Scores evidence files with the instrument compiled once, on every core; the first
    /// file (in the order given) whose arithmetic overflows throws.
    mutating func score(_ evidence: [Evidence], _ instrument: Instrument) throws -> [ScoredEvidence] {
        let compiled = compiled(instrument)
        let outcomes = OrderedParallelMap.map(count: evidence.count) { index in
            Result { () throws(ArithmeticOverflow) in try ScoredEvidence(compiled: compiled, evidence: evidence[index]) }
        }
        return try outcomes.map { try $0.get() }
    }

    /// Every file this command has read: the instrument's, evidence, plans, rounds, tables.
    var inputs: [String] {
        workspace.sources.map(\.path) + otherInputs
    }

    /// Reads a file that is not the language (a published table, awarded scores), so that
    /// it counts as an input.
    mutating func read(_ path: String) throws -> [UInt8] {
        let bytes = try InputFile.contents(of: path)
        otherInputs.append(path)
        return bytes
    }

    /// Writes `text` to `output`, or to standard output when there is none or it is `-`.
    func emit(_ text: String, output: String?) throws {
        try emit(Array(text.utf8), output: output)
    }

    /// Writes UTF-8 bytes to `output`, or to standard output when there is none or it is `-`.
    func emit(_ bytes: [UInt8], output: String?) throws {
        guard let output, output != "-" else { return context.io.writeOutput(bytes) }
        try write(bytes, to: output)
    }

    /// Writes a file whole or not at all (a temporary file and a rename), never over a file
    /// the command reads and never as a new `.kompass` file in the instrument's folder.
    func write(_ bytes: [UInt8], to output: String) throws {
        try checkOutput(output)
        try AtomicFile.write(bytes, to: output, refusingInputs: inputs)
    }

    /// Refuses an output that is a file the command reads, or a new `.kompass` file in the
    /// instrument's folder (it would become part of the instrument).
    func checkOutput(_ output: String) throws {
        let inputs = inputs
        if let input = inputs.first(where: { PathIdentity.sameFile($0, output) }) {
            throw OutputFileError(path: output, reason: .namesInput(input))
        }
        let instrumentFolder =
            instrumentDirectory ?? (try? RulesDirectory.resolve(explicit: nil, executablePath: CommandLine.arguments.first ?? ""))
        if let instrumentFolder, output.hasSuffix(".kompass"),
            PathIdentity.sameFile(PathIdentity.split(output).directory, instrumentFolder)
        {
            throw OutputFileError(path: output, reason: .insideInputFolder(instrumentFolder, what: "the instrument"))
        }
    }
}

extension OptionSpec {
    static let rules = OptionSpec(
        "--rules", value: "DIR", help: "The instrument's folder (default: Rules/kommunkompassen-2019).")

    static let maxErrors = OptionSpec(
        "--max-errors", value: "N", defaultValue: "20", help: "Show at most N diagnostics per file (0: all of them).")

    static let output = OptionSpec(
        "--output", value: "FILE", help: "Write to FILE ('-': standard output); never over a file the command reads.",
        short: "-o")

    /// `--format` (`-f`) with these values.
    static func format(_ values: [String], help: String = "The output format.", defaultValue: String? = "text")
        -> OptionSpec
    {
        OptionSpec("--format", value: "FORMAT", allowedValues: values, defaultValue: defaultValue, help: help, short: "-f")
    }
}
