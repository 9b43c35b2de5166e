import CommandLineKit
import Engine
import Foundation
import Rules

/// What every command that reads rules does: find the instrument, load it with the
/// built-in kinds, load evidence and plans, and print diagnostics to standard error.
struct Session {
    var workspace = Workspace(registry: BuiltinKinds.registry)
    let context: CommandContext
    /// The instrument compiled: once per command, on first use.
    private var compiledInstrument: CompiledInstrument?

    init(context: CommandContext) {
        self.context = context
    }

    mutating func instrument(_ arguments: ParsedArguments) throws -> Instrument {
        let directory = try RulesDirectory.resolve(
            explicit: arguments.value("--rules"), executablePath: CommandLine.arguments.first ?? "")
        let instrument = try workspace.loadInstrument(directory: directory)
        guard let instrument else { throw failure() }
        return instrument
    }

    mutating func evidence(_ paths: [String], _ instrument: Instrument) throws -> [Evidence] {
        var loaded: [Evidence] = []
        for path in paths {
            if let evidence = try workspace.loadEvidence(path: path, instrument: instrument) { loaded.append(evidence) }
        }
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
        let bag = workspace.diagnostics
        return InvalidInput(message: "\(bag.errorCount) error\(bag.errorCount == 1 ? "" : "s") in the input")
    }

    func printDiagnostics() {
        guard !workspace.diagnostics.all.isEmpty else { return }
        context.io.printError(workspace.renderedDiagnostics(colour: context.io.errorStyle.isColorEnabled))
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

    /// Scores evidence files with the instrument compiled once.
    mutating func score(_ evidence: [Evidence], _ instrument: Instrument) throws -> [ScoredEvidence] {
        let compiled = compiled(instrument)
        var scored: [ScoredEvidence] = []
        for file in evidence { scored.append(try ScoredEvidence(compiled: compiled, evidence: file)) }
        return scored
    }

    /// Writes `text` to `--output` (through a temporary file and a rename, never over an
    /// input) or to standard output.
    func emit(_ text: String, output: String?, inputs: [String]) throws {
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output, refusingInputs: inputs)
        } else {
            context.io.print(text)
        }
    }
}

extension OptionSpec {
    static let rules = OptionSpec(
        "--rules", value: "DIR", help: "The instrument's folder (default: Rules/kommunkompassen-2019).")
}
