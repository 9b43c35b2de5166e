import Engine

extension Workspace {
    /// Reads `--set FACT=VALUE` or `--add FACT={…}` (with `option` naming which) as a plan
    /// change, in the language's syntax for values. Problems are recorded as diagnostics
    /// located in the option's text (shown as `--set:1:5: …`); returns nil then.
    public mutating func commandLineChange(_ text: String, option: String, instrument: Instrument) -> CommandLineChange? {
        let isAdd = option == "--add"
        let source = SourceText(path: option, text: text)
        let (tokens, lexed) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, path: option, kindWords: [:])
        var bag = lexed
        var parsed: (fact: Located<String>, value: ValueLiteral)?
        do throws(Parser.Abort) {
            let fact = try parser.expectWord("a fact path")
            if isAdd {
                _ = parser.take(.equal)
                guard parser.current.kind == .leftBrace else { throw parser.fail("'{' with the items to add") }
                let start = parser.current.span
                parsed = (fact, ValueLiteral(.items(try parser.parseItemList()), at: start))
            } else {
                _ = try parser.expect(.equal, "'=' after '\(fact.value)'")
                parsed = (fact, try parser.parseValue())
            }
            if !parser.atEnd { throw parser.fail("the end of the \(option) value") }
        } catch {
            parsed = nil
        }
        bag.append(contentsOf: parser.diagnostics)
        var change: PlanChange?
        if let parsed, !bag.hasErrors {
            let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
            if let fact = catalog.fact(parsed.fact, inEvidence: true, diagnostics: &bag) {
                let resolver = ValueResolver(catalog: catalog)
                if isAdd, case .set = catalog.type(of: fact) {} else if isAdd {
                    bag.report(
                        .semaTypeMismatch, "'--add' needs a set fact, and '\(parsed.fact.value)' is a \(resolver.typeName(fact))",
                        at: parsed.fact.span, help: "use '--set \(parsed.fact.value)=…'")
                }
                if !bag.hasErrors, let value = resolver.resolve(parsed.value, for: fact, diagnostics: &bag) {
                    change = PlanChange(fact: fact, isAdd: isAdd, value: value)
                }
            }
        }
        record(source, bag)
        return change.map { CommandLineChange(option: option, change: $0) }
    }
}
