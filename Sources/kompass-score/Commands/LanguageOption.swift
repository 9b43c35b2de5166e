import CommandLineKit
import Reports

extension OptionSpec {
    /// `--lang sv|en`: the language of the prose a command prints (DESIGN.md: every command
    /// that prints prose takes it; the default is the instrument's `language`). Diagnostics
    /// stay in English.
    static let lang = OptionSpec(
        "--lang", value: "LANG", allowedValues: ReportLanguage.allCases.map(\.rawValue),
        help: "The language of the text: sv or en (default: the instrument's language).")
}

extension ParsedArguments {
    /// The language `--lang` asks for; nil leaves it to the instrument.
    var language: ReportLanguage? {
        value("--lang").flatMap(ReportLanguage.init(rawValue:))
    }

    /// Refuses `--lang` with `--format json`: JSON keeps ids and exact values in every
    /// language, so the option would change nothing.
    func checkLanguageApplies(_ context: CommandContext) throws {
        guard has("--lang"), let format = value("--format"), format == "json" else { return }
        throw context.usageError("'--lang' applies to text output, not '--format \(format)'")
    }
}
