import Engine

CommandLineTool(
    name: ToolInfo.name, version: ToolInfo.version,
    abstract: "Score municipal evaluations with declarative, explainable rules.",
    commands: [
        ScoreCommand.self, ExplainCommand.self, CheckCommand.self, TestCommand.self, ConvertCommand.self,
    ]
).main()
