import CommandLineKit
import Testing

@Suite struct CommandParsingTests {
    private func parse(_ command: CommandSpec, _ arguments: String) throws -> ParsedArguments {
        try command.parse(CommandLineFixtures.words(arguments))
    }

    @Test func optionWithSeparateValueAndWithEquals() throws {
        let separate = try parse(CommandLineFixtures.score, "a.kompass --format json --output out.json")
        let equals = try parse(CommandLineFixtures.score, "a.kompass --format=json --output=out.json")
        for parsed in [separate, equals] {
            #expect(parsed.value("--format") == "json")
            #expect(parsed.value("output") == "out.json")
            #expect(parsed.positionals == ["a.kompass"])
        }
    }

    @Test func equalsSplitsAtTheFirstEqualsSign() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "e.kompass --set=a.b=yes --set c=d=e")
        #expect(parsed.values("--set") == ["a.b=yes", "c=d=e"])
    }

    @Test func defaultsApplyUntilAnOptionIsGiven() throws {
        let parsed = try parse(CommandLineFixtures.score, "a.kompass")
        #expect(parsed.value("--format") == "text")
        #expect(parsed.values("--rules") == ["Rules/kommunkompassen-2019"])
        #expect(!parsed.has("--format"))
        #expect(parsed.value("--output") == nil)
        #expect(parsed.values("--output") == [])
    }

    @Test func flagsAreSetOnlyWhenGiven() throws {
        let parsed = try parse(CommandLineFixtures.score, "--strict a.kompass")
        #expect(parsed.flag("--strict"))
        #expect(!parsed.flag("--color"))
        #expect(parsed.occurrences == [.init(option: "--strict", value: nil)])
    }

    @Test func positionalsMayStandBetweenOptions() throws {
        let parsed = try parse(CommandLineFixtures.score, "a.kompass --strict b.kompass --format csv c.kompass")
        #expect(parsed.positionals == ["a.kompass", "b.kompass", "c.kompass"])
        #expect(parsed.arguments("EVIDENCE") == ["a.kompass", "b.kompass", "c.kompass"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(CommandLineFixtures.score, "--strict -- --format -h a.kompass")
        #expect(parsed.positionals == ["--format", "-h", "a.kompass"])
        #expect(parsed.flag("--strict"))
        #expect(parsed.value("--format") == "text")
    }

    @Test func dashAndNegativeNumbersArePositionalsAndValues() throws {
        #expect(try parse(CommandLineFixtures.score, "- -5").positionals == ["-", "-5"])
        #expect(try parse(CommandLineFixtures.score, "a --output -").value("--output") == "-")
    }

    @Test func repeatingOptionCollectsValuesInOrder() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "e --set a=1 --plan p --set b=2 --set=c=3")
        #expect(parsed.values("--set") == ["a=1", "b=2", "c=3"])
        #expect(parsed.value("--set") == "c=3")
        #expect(
            parsed.occurrences.map(\.option) == ["--set", "--plan", "--set", "--set"])
    }

    @Test func optionMayTakeValuesUpToTheNextOption() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "e --action a b c --plan p --action d")
        #expect(parsed.values("--action") == ["a", "b", "c", "d"])
        #expect(parsed.positionals == ["e"])
        #expect(parsed.value("--plan") == "p")
    }

    @Test func valuesUpToTheNextOptionStopAtDoubleDash() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "--action a b -- e")
        #expect(parsed.values("--action") == ["a", "b"])
        #expect(parsed.argument("EVIDENCE") == "e")
    }

    @Test func equalsSpellingTakesExactlyOneValue() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "--action=a e")
        #expect(parsed.values("--action") == ["a"])
        #expect(parsed.positionals == ["e"])
    }

    @Test func singleValueOptionTakesOneValue() throws {
        let parsed = try parse(CommandLineFixtures.whatif, "--plan p e")
        #expect(parsed.value("--plan") == "p")
        #expect(parsed.positionals == ["e"])
    }

    @Test func optionalPositionalIsFilledAfterRequiredOnes() throws {
        let one = try parse(CommandLineFixtures.convert, "in.kompass")
        #expect(one.argument("FILE") == "in.kompass")
        #expect(one.argument("DESTINATION") == nil)
        let two = try parse(CommandLineFixtures.convert, "in.kompass out.json")
        #expect(two.argument("DESTINATION") == "out.json")
    }

    @Test func requiredPositionalsAreReservedAfterARepeatingOne() throws {
        let command = CommandSpec(
            name: "copy", abstract: "",
            arguments: [
                ArgumentSpec("SOURCE", help: "", repeating: true),
                ArgumentSpec("DESTINATION", help: ""),
            ])
        let parsed = try command.parse(["a", "b", "c"])
        #expect(parsed.arguments("SOURCE") == ["a", "b"])
        #expect(parsed.argument("DESTINATION") == "c")
    }

    @Test func exclusiveGroupAllowsOneMemberAndRepeatsAreStillRefused() throws {
        let parsed = try parse(CommandLineFixtures.explain, "e --subarea 1.3 --for auditor")
        #expect(parsed.value("--subarea") == "1.3")
        #expect(!parsed.has("--area"))
        #expect(throws: UsageError(.repeatedOption("--subarea"), command: CommandLineFixtures.explain)) {
            try parse(CommandLineFixtures.explain, "e --subarea 1.3 --subarea 1.4")
        }
    }

    @Test func parsedArgumentsCanBeBuiltForTests() {
        let parsed = ParsedArguments(
            positionals: ["e"], occurrences: [.init(option: "--format", value: "csv")],
            arguments: ["EVIDENCE": ["e"]], command: CommandLineFixtures.score)
        #expect(parsed.value("format") == "csv")
        #expect(parsed.value("rules") == "Rules/kommunkompassen-2019")
        #expect(parsed.arguments("EVIDENCE") == ["e"])
    }
}
