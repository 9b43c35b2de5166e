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
            in the canonical layout are listed and fmt exits 1.
            """,
        arguments: [
            ArgumentSpec(
                "PATH", help: "Files and folders to format (default: the instrument's folder).", repeating: true,
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
}
