import CommandLineKit
import Testing

@Suite struct HelpFormatterTests {
    private func help(_ arguments: String) -> String? {
        guard case .printHelp(let text) = CommandLineFixtures.parse(arguments) else { return nil }
        return text
    }

    @Test func commandHelpListsArgumentsOptionsValuesAndDefaults() {
        let expected = """
            OVERVIEW: Score evidence files against the instrument.

            USAGE: kompass-score score <evidence> ... [--rules <dir>] [--format <format>]
                                       [--output <file>] [--strict] [--color]

            ARGUMENTS:
              <evidence>              The evidence files to score.

            OPTIONS:
              --rules <dir>           The instrument's folder. (default:
                                      Rules/kommunkompassen-2019)
              --format <format>       The output format. (values: text, json, csv, markdown;
                                      default: text)
              --output <file>         Write to FILE instead of standard output.
              --strict                Treat warnings as errors.
              --color                 Colour the output even when it is not a terminal.
              -h, --help              Show help information.

            """
        #expect(help("score --help") == expected)
    }

    @Test func toolHelpListsSubcommands() {
        let expected = """
            OVERVIEW: Score municipal evaluations against a rule instrument and explain
            every point.

            USAGE: kompass-score <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              score                   Score evidence files against the instrument.
              explain                 Explain how a subarea got its points.
              whatif                  Score the evidence as a plan would change it.
              fit                     Fit rule weights to awarded points.
              convert                 Convert evidence or a plan between the rule language
                                      and JSON.
              suggest                 Suggest improvements.
              help                    Show subcommand help information.

              See 'kompass-score help <subcommand>' for detailed help.

            """
        #expect(help("--help") == expected)
    }

    @Test func discussionAndExclusiveGroupAndWrappedUsage() {
        let expected = """
            OVERVIEW: Explain how a subarea got its points.

            Shows every rule with its status and the evidence it read.

            Example:
              kompass-score explain evidence.kompass --subarea 1.3

            USAGE: kompass-score explain <evidence>
                                         [--area <id> | --subarea <id> | --rule <id>]
                                         [--for <audience>]

            ARGUMENTS:
              <evidence>              The evidence file.

            OPTIONS:
              --area <id>             Explain one area.
              --subarea <id>          Explain one subarea.
              --rule <id>             Explain one rule.
              --for <audience>        Who the explanation is for. (values: auditor,
                                      evaluator, planner; default: evaluator)
              -h, --help              Show help information.

            """
        #expect(help("explain -h") == expected)
    }

    @Test func usageOverrideGivesOneLinePerSynopsis() {
        let expected = """
            USAGE: kompass-score suggest <evidence> [--top <n>]
                   kompass-score suggest <evidence> --plan <plan> (--budget <b> | --target <t>)
            """
        #expect(HelpFormatter.usage(for: CommandLineFixtures.suggest, tool: CommandLineFixtures.tool) == expected)
    }

    @Test func requiredOptionsOptionalArgumentsAndRepeatingOptions() {
        #expect(
            HelpFormatter.usage(for: CommandLineFixtures.fit, tool: CommandLineFixtures.tool)
                == "USAGE: kompass-score fit --round <dir> --awarded <csv>")
        #expect(
            HelpFormatter.usage(for: CommandLineFixtures.convert, tool: CommandLineFixtures.tool)
                == "USAGE: kompass-score convert <file> [<destination>]")
        #expect(
            HelpFormatter.usage(for: CommandLineFixtures.whatif, tool: CommandLineFixtures.tool, prefix: "Usage: ")
                == """
                Usage: kompass-score whatif <evidence> [--plan <plan>] [--action <id> ...]
                                            [--set <fact=value> ...]
                """)
    }

    @Test func longLabelPutsItsDescriptionOnTheNextLine() {
        let command = CommandSpec(
            name: "score",
            abstract: "Score.",
            options: [
                OptionSpec(
                    "--csv-dialect", value: "CSV-DIALECT", allowedValues: ["rfc4180", "excel-sv"],
                    defaultValue: "rfc4180", help: "The CSV dialect."),
                OptionSpec(
                    "--lang", value: "LANG",
                    help: "Språk för rubriker: svenska eller engelska, för läsare i och utanför Sverige."),
            ])
        let expected = """
            OVERVIEW: Score.

            USAGE: kompass-score score [--csv-dialect <csv-dialect>] [--lang <lang>]

            OPTIONS:
              --csv-dialect <csv-dialect>
                                      The CSV dialect. (values: rfc4180, excel-sv; default:
                                      rfc4180)
              --lang <lang>           Språk för rubriker: svenska eller engelska, för läsare
                                      i och utanför Sverige.
              -h, --help              Show help information.

            """
        #expect(HelpFormatter.help(for: command, tool: CommandLineFixtures.tool) == expected)
    }

    @Test func everyLineFitsInEightyColumns() {
        var pages = [HelpFormatter.help(for: CommandLineFixtures.tool)]
        for command in CommandLineFixtures.tool.subcommands where command.usage == nil {
            pages.append(HelpFormatter.help(for: command, tool: CommandLineFixtures.tool))
        }
        for line in pages.joined().split(separator: "\n") {
            #expect(line.count <= HelpFormatter.width, "\(line)")
        }
    }
}
