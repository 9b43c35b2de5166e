import CommandLineKit
import Engine

/// `kompass-score fmt [--check] [--rules DIR] [PATH…]`.
enum FmtCommand: RunnableCommand {
    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Rewrite .kompass files in the canonical layout, keeping every comment.",
        discussion: """
            fmt is the one command that writes the files it reads: without '--check' it rewrites each \
            .kompass file that is not in the canonical layout, in place and atomically. A folder means \
            its .kompass files, recursively. A file that does not parse is never touched: its errors are \
            shown, nothing is written and fmt exits 65. With '--check' nothing is written: the files not \
            in the canonical layout are listed and fmt exits 1. 'kompass-score fmt -' reads one file \
            from standard input and writes its canonical layout to standard output (for editors); \
            errors name it '<stdin>'.
            """,
        arguments: [
            ArgumentSpec(
                "PATH", help: "Files and folders to format (default: the instrument's folder); '-' for standard input.",
                repeating: true,
                optional: true)
        ],
        options: [
            .flag("--check", help: "Write nothing; list the files not in the canonical layout and exit 1 if any."),
            .rules,
            .maxErrors,
        ])

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitStatus {
        var session = try Session(context: context, arguments: arguments)
        var paths = arguments.arguments("PATH")
        if paths.isEmpty {
            paths = [
                try RulesDirectory.resolve(
                    explicit: arguments.value("--rules"), executablePath: CommandLine.arguments.first ?? "")
            ]
        }
        if paths.contains("-") {
            guard paths == ["-"] else {
                throw context.usageError(
                    "'-' (standard input) cannot be combined with other paths", help: "format standard input on its own")
            }
            return try formatStandardInput(&session, arguments: arguments, context: context)
        }
        var changed: [(path: String, bytes: [UInt8])] = []
        for path in try KompassFileList.expand(paths) {
            if case .changed(let bytes)? = try session.workspace.format(path: path) { changed.append((path, bytes)) }
        }
        // Every file is read and parsed before any is written: one that does not parse stops all.
        guard !session.workspace.diagnostics.hasErrors else { throw session.failure() }
        session.printDiagnostics()
        if arguments.flag("--check") {
            for file in changed { context.io.print("\(file.path): not formatted\n") }
            return changed.isEmpty ? .success : .failure
        }
        for file in changed {
            // By design the output is the input: no input is refused here, unlike every other command.
            try AtomicFile.write(file.bytes, to: KompassFileList.target(of: file.path), refusingInputs: [])
            context.io.print("\(file.path): formatted\n")
        }
        return .success
    }

    /// `fmt -`: the canonical layout of standard input on standard output (the input as it
    /// is when it is canonical already); with `--check`, nothing but the verdict.
    static func formatStandardInput(
        _ session: inout Session, arguments: ParsedArguments, context: CommandContext
    ) throws -> ExitStatus {
        let path = "<stdin>"
        let input = context.io.readInput()
        if let failure = input.failure {
            throw InputFileError(path: path, reason: .unreadable(failure))
        }
        let outcome = session.workspace.format(bytes: input.bytes, path: path)
        guard let outcome, !session.workspace.diagnostics.hasErrors else { throw session.failure() }
        session.printDiagnostics()
        if arguments.flag("--check") {
            guard case .changed = outcome else { return .success }
            context.io.print("\(path): not formatted\n")
            return .failure
        }
        switch outcome {
        case .formatted: context.io.writeOutput(input.bytes)
        case .changed(let bytes): context.io.writeOutput(bytes)
        }
        return .success
    }
}
