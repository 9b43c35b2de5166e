extension Parser {
    mutating func parseEvidenceHeader() throws(Abort) -> EvidenceHeaderDecl {
        let start = try expect(.evidence)
        let municipality = try expectString("the municipality's name as a string")
        try require(.year)
        let year = try expectNumber("the year")
        try require(.instrument)
        let instrument = try expectString("the instrument's name as a string")
        try require(.version)
        let version = try expectString("the instrument's version as a string")
        var evaluators: [Located<String>] = []
        while skip(.evaluator) {
            evaluators.append(try expectString("the evaluator's name as a string"))
        }
        return EvidenceHeaderDecl(
            municipality: municipality, year: year, instrument: instrument, version: version,
            evaluators: evaluators, span: span(start))
    }

    mutating func parseFinding() throws(Abort) -> FindingDecl {
        try require(.finding)
        let fact = try expectWord("a fact path after 'finding'")
        try require(.equal, "'=' after '\(fact.value)'")
        var finding = FindingDecl(
            fact: fact, value: try parseValue(), sources: [], note: nil, confidence: nil, by: nil)
        while true {
            if skip(.source) {
                let kind = try expectWord("a source kind (interview, document, web, social, survey)")
                let text = try expectString("the source's reference text as a string")
                var section: Located<String>?
                if skip(.section) { section = try expectString("the section as a string") }
                finding.sources.append(SourceDecl(kind: kind, text: text, section: section))
            } else if skip(.note) {
                finding.note = try expectString("the note as a string")
            } else if skip(.confidence) {
                finding.confidence = try expectNumber("a confidence between 0 and 1")
            } else if skip(.by) {
                finding.by = try expectString("the evaluator's name as a string")
            } else {
                break
            }
        }
        return finding
    }

    mutating func parseVerdict() throws(Abort) -> VerdictDecl {
        let start = advance()
        let isOverride = tokens[start].is(.override)
        let target = try expectWord(isOverride ? "a subarea id after 'override'" : "a rule id after 'judge'")
        try require(.equal, "'=' after '\(target.value)'")
        let value = try expectNumber()
        var verdict = VerdictDecl(
            isOverride: isOverride, target: target, value: value, reason: nil, by: nil, span: span(start).through(value.span))
        while true {
            if skip(.because) {
                verdict.reason = try expectString("the reason as a string after 'because'")
            } else if skip(.by) {
                verdict.by = try expectString("the evaluator's name as a string")
            } else {
                break
            }
        }
        return verdict
    }

    mutating func parsePlanHeader() throws(Abort) -> PlanHeaderDecl {
        let start = try expect(.plan)
        let name = try expectString("the plan's name as a string")
        var municipality: Located<String>?
        if skip(.for) { municipality = try expectString("the municipality's name as a string") }
        return PlanHeaderDecl(name: name, municipality: municipality, span: span(start))
    }

    mutating func parseAction() throws(Abort) -> ActionDecl {
        try require(.action)
        let id = try expectWord("the action's id")
        var action = ActionDecl(id: id, title: nil, cost: nil, changes: [])
        if tokens[index].kind == .string { action.title = advanceLocated() }
        if skip(.cost) { action.cost = try expectNumber("the cost after 'cost'") }
        while true {
            if skip(.set) {
                let fact = try expectWord("a fact path after 'set'")
                try require(.equal, "'=' after '\(fact.value)'")
                action.changes.append(ChangeDecl(isAdd: false, fact: fact, value: try parseValue()))
            } else if skip(.add) {
                let fact = try expectWord("a set fact's path after 'add'")
                _ = skip(.equal)
                guard tokens[index].kind == .leftBrace else { throw fail("'{' with the items to add") }
                let items = try parseItemList()
                action.changes.append(
                    ChangeDecl(isAdd: true, fact: fact, value: ValueLiteral(.items(items), at: fact.span)))
            } else {
                break
            }
        }
        return action
    }
}
