import CommandLineKit

/// The format of a written output: `--format` when given, else what the extension of
/// `--output` says (DESIGN.md, "Command line"); a pair that contradicts is a usage error.
enum OutputFormat {
    /// The format each file extension means.
    static let byExtension = [
        "txt": "text", "json": "json", "csv": "csv", "md": "markdown", "html": "html", "svg": "svg", "kompass": "kompass",
    ]

    /// The format the extension of `output` means, if it means one.
    static func implied(by output: String?) -> String? {
        guard let output, output != "-", let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else {
            return nil
        }
        return byExtension[output[output.index(after: dot)...].lowercased()]
    }

    /// `--format`, or the format the extension of `--output` implies among `formats`, or
    /// text; a `--format` that contradicts the extension is a usage error.
    static func choose(_ arguments: ParsedArguments, among formats: [String], context: CommandContext) throws -> String {
        let output = arguments.value("--output")
        guard arguments.has("--format"), let format = arguments.value("--format") else {
            return implied(by: output).flatMap { formats.contains($0) ? $0 : nil } ?? "text"
        }
        try check(format, named: "--format", among: formats, against: output, context: context)
        return format
    }

    /// A usage error when `format` (the value of `option`) is not what the extension of
    /// `output` means, where that is one of the command's `formats`.
    static func check(
        _ format: String, named option: String, among formats: [String], against output: String?,
        context: CommandContext
    ) throws {
        guard let output, let implied = implied(by: output), formats.contains(implied), implied != format else { return }
        let fitting = byExtension.filter { $0.value == format }.keys.sorted().first.map { "'….\($0)'" } ?? "another name"
        throw context.usageError(
            "'\(option) \(format)' contradicts the extension of '\(output)', which means \(implied)",
            help: "leave out '\(option)' to write \(implied), or name the file \(fitting)")
    }
}
