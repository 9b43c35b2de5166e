import Testing

@testable import kompass_score

/// Every command of the real tool runs through the built binary at least twice in these
/// tests: once succeeding with its output asserted (a golden or exact lines), once failing
/// with its exit status checked. The tests live beside their command's other tests; this
/// ledger names them, and the compiler checks that each named test exists (the entries
/// are references to the test methods, not strings). A command added to the tool's spec
/// without an entry here fails ``everyCommandOfTheSpecIsInTheLedger()``.
@Suite struct EveryCommandBinaryTests {
    /// One command's binary tests: at least one success with asserted output and at
    /// least one failure with its exit status.
    struct Entry {
        var command: String
        var success: [Any]
        var failure: [Any]
    }

    static var ledger: [Entry] {
        [
            Entry(
                command: "score", success: [ScoreBinaryTests.textTableOfAle, ScoreBinaryTests.jsonOfAleAddsUp],
                failure: [FailureStatusBinaryTests.failure, ScoreBinaryTests.strictFailsOnlyWhenSomethingIsUnassessed]),
            Entry(
                command: "explain", success: [ExplainBinaryTests.evaluatorViewOfSubarea11, ExplainBinaryTests.jsonOfSubarea11],
                failure: [FailureStatusBinaryTests.failure, FailureStatusBinaryTests.invalidEvidence]),
            Entry(
                command: "whatif", success: [WhatIfBinaryTests.twoActionsOfThePlan, WhatIfBinaryTests.json],
                failure: [FailureStatusBinaryTests.whatifSetOfAnUnknownFactExits65]),
            Entry(
                command: "suggest", success: [SuggestBinaryTests.topThree, SuggestBinaryTests.budgetAsJSON],
                failure: [SuggestBinaryTests.unreachableTargetExits1, FailureStatusBinaryTests.failure]),
            Entry(
                command: "check", success: [CheckBinaryTests.theShippedInstrumentAlone, CheckBinaryTests.theShippedEvidenceAndPlan],
                failure: [FailureStatusBinaryTests.invalidEvidence]),
            Entry(
                command: "test", success: [TestCommandBinaryTests.theShippedInstrumentPassesWithFullCoverage],
                failure: [TestCommandBinaryTests.aFailingTestExits1]),
            Entry(
                command: "compare", success: [CompareBinaryTests.aleAgainstItsPublishedTable],
                failure: [FailureStatusBinaryTests.comparePublishedTableThatIsNotCSVExits65]),
            Entry(
                command: "calibrate", success: [CalibrateBinaryTests.twoEvaluatorsOfNorrby, CalibrateBinaryTests.theWholeRound],
                failure: [FailureStatusBinaryTests.calibrateRoundWithAnEvaluatorTwiceExits65]),
            Entry(
                command: "fit", success: [FitBinaryTests.shippedAwardedScores],
                failure: [FailureStatusBinaryTests.fitAwardedScoresThatNameNoEvaluationExit65]),
            Entry(
                command: "convert", success: [ConvertTests.evidenceRoundTripsKompassJSONKompass, ConvertBinaryTests.thePlanAsJSON],
                failure: [FailureStatusBinaryTests.convertOfInvalidSyntaxExits65, ConvertTests.unwritableOutputIsExitStatus73]),
            Entry(
                command: "corpus", success: [CorpusBinaryTests.corpusOfTheExamples],
                failure: [CorpusBinaryTests.failsWithItsStatus]),
            Entry(
                command: "diff", success: [CorpusBinaryTests.diffOfTheRevision],
                failure: [CorpusBinaryTests.aBadRenamesLineIsALocatedError]),
            Entry(
                command: "new", success: [NewAndFactsBinaryTests.newEvidenceChecksCleanAndScoresWithEveryFactOpen],
                failure: [NewAndFactsBinaryTests.missingEvidenceForAPlan]),
            Entry(
                command: "facts", success: [NewAndFactsBinaryTests.factsInEveryFormat],
                failure: [NewAndFactsBinaryTests.unknownRulesFolder]),
            Entry(
                command: "fmt", success: [FmtBinaryTests.checkListsAMessyCopyAndFmtRewritesItToTheShippedBytes],
                failure: [FmtBinaryTests.aFileThatDoesNotParseStopsEverythingAndIsUntouched]),
            Entry(
                command: "lsp", success: [LanguageServerBinaryTests.aWholeConversation],
                failure: [LanguageServerBinaryTests.exitWithoutShutdownIsStatusOne, LanguageServerBinaryTests.malformedInputGetsErrorsNotACrash]),
        ]
    }

    /// The commands are read from the tool's spec, so a new command needs its entry.
    @Test func everyCommandOfTheSpecIsInTheLedger() {
        let commands = KompassTool.tool.spec.subcommands.map(\.name)
        #expect(commands.count >= 16)
        let listed = Self.ledger.map(\.command)
        #expect(listed.sorted() == commands.sorted(), "missing: \(Set(commands).subtracting(listed).sorted())")
        #expect(Set(listed).count == listed.count, "a command listed twice")
        for entry in Self.ledger {
            #expect(!entry.success.isEmpty && !entry.failure.isEmpty, "\(entry.command)")
        }
    }
}
