import CommandLineKit
import Engine

/// The tool: every command, in the order `--help` lists them, and the error table.
enum KompassTool {
    static let tool = CommandLineTool(
        name: ToolInfo.name, version: ToolInfo.version,
        abstract: "Score municipal evaluations with declarative, explainable rules.",
        commands: [
            ScoreCommand.self, ExplainCommand.self, WhatIfCommand.self, SuggestCommand.self, CheckCommand.self,
            TestCommand.self, CompareCommand.self, CalibrateCommand.self, FitCommand.self, ConvertCommand.self,
            CorpusCommand.self, DiffCommand.self, NewCommand.self, FactsCommand.self, FmtCommand.self, LspCommand.self,
        ],
        errors: ErrorTable.describe)
}
