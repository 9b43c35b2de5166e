import Engine

CommandLineTool(
    name: ToolInfo.name, version: ToolInfo.version,
    abstract: "Score municipal evaluations with declarative, explainable rules.",
    commands: [
        ScoreCommand.self, ExplainCommand.self, WhatIfCommand.self, SuggestCommand.self, CheckCommand.self, TestCommand.self, CompareCommand.self, CalibrateCommand.self, FitCommand.self, ConvertCommand.self,
    ]
).main()
