import Support

extension Parser {
    mutating func parseInstrumentHeader() throws(Abort) -> InstrumentHeaderDecl {
        let start = try expect(.instrument)
        let name = try expectString("the instrument's name as a string")
        try require(.version)
        let version = try expectString("the version as a string")
        var language: Located<String>?
        if skip(.language) { language = try expectString("the language code as a string") }
        return InstrumentHeaderDecl(name: name, version: version, language: language, span: span(start))
    }

    mutating func parseLadder() throws(Abort) -> LadderDecl {
        try require(.ladder)
        let name = try expectWord("the ladder's name")
        pending = UnfinishedDecl(.ladder, id: name)
        try require(.colon, "':' after the ladder's name")
        var levels = [try parseLevelName()]
        while skip(.less) { levels.append(try parseLevelName()) }
        return LadderDecl(name: name, levels: levels)
    }

    private mutating func parseLevelName() throws(Abort) -> Located<String> {
        if tokens[index].kind == .string || tokens[index].is(.none) {
            return advanceLocated()
        }
        return try expectWord("a level name")
    }

    mutating func parseFact() throws(Abort) -> FactDecl {
        try require(.fact)
        let path = try expectWord("the fact's path")
        pending = UnfinishedDecl(.fact, id: path)
        if !(path.value.first?.isLetter ?? false) {
            diagnostics.report(
                .parseExpectedToken, "a fact path starts with a letter, found '\(path.value)'", at: path.span)
        }
        try require(.colon, "':' after the fact's path")
        let type = try parseFactType()
        var description: Located<String>?
        if tokens[index].kind == .string { description = advanceLocated() }
        return FactDecl(path: path, type: type, description: description)
    }

    /// A fact's type after its ':'.
    private mutating func parseFactType() throws(Abort) -> FactTypeSyntax {
        let type: FactTypeSyntax
        switch tokens[index].kind {
        case .keyword(.flag): advance(); type = .flag
        case .keyword(.number): advance(); type = .number
        case .keyword(.level):
            advance()
            type = .level(try expectWord("the ladder's name after 'level'"))
        case .keyword(.set):
            advance()
            type = .set(closed: tokens[index].kind == .leftBrace ? try parseItemList() : nil)
        case .keyword(.ladder) where peekKind() == .word:
            // 'fact p: ladder maturity': the ladder's name is right, its keyword is not. One
            // error here, then read as 'level', not a second one at the next declaration.
            _ = fail(
                "a fact type ('flag', 'level LADDER', 'number' or 'set')",
                help: "a fact whose value is a step of a ladder has the type 'level \(text(index + 1))'")
            tokens[index].kind = .keyword(.level)
            return try parseFactType()
        default:
            let what = "a fact type ('flag', 'level LADDER', 'number' or 'set')"
            guard tokens[index].kind == .word,
                let close = EditDistance.closestMatch(to: text(index), among: ["flag", "level", "number", "set"]),
                let keyword = Keyword(rawValue: close)
            else { throw fail(what) }
            // A misspelt type ('levle'): reported once, then read as the type it most likely is.
            _ = fail(what, help: "did you mean '\(close)'?")
            tokens[index].kind = .keyword(keyword)
            return try parseFactType()
        }
        return type
    }

    mutating func parseSection() throws(Abort) -> SectionDecl {
        let isSubarea = tokens[advance()].is(.subarea)
        let id = try expectWord(isSubarea ? "the subarea's id" : "the area's id")
        pending = UnfinishedDecl(isSubarea ? .subarea : .area, id: id)
        let title = try expectString("the title as a string")
        var max: Located<String>?
        var weighted = false
        var aliases: [Located<String>] = []
        var english: Located<String>?
        while true {
            if skip(.max) {
                max = try expectNumber("the maximum after 'max'")
            } else if isSubarea, skip(.weighted) {
                weighted = true
            } else if isSubarea, skip(.points) {
                weighted = false
            } else if skip(.alias) {
                aliases.append(try expectString("the alias as a string"))
            } else if skip(.en) {
                english = try expectString("the English title as a string")
            } else {
                break
            }
        }
        if max == nil {
            if !isAtDeclarationStart {
                // A misspelt option ('maks 20'): one error here, not a second at the next word.
                let close =
                    tokens[index].kind == .word
                    ? EditDistance.closestMatch(to: text(index), among: ["max", "weighted", "points", "alias", "en"]) : nil
                throw fail(
                    "'max N' for \(isSubarea ? "subarea" : "area") '\(id.value)'",
                    help: close.map { "did you mean '\($0)'?" } ?? "give the maximum, as in 'max 20'")
            }
            diagnostics.report(
                .parseExpectedToken, "expected 'max N' for \(isSubarea ? "subarea" : "area") '\(id.value)'",
                at: id.span, help: "give the maximum, as in 'max 20'")
        }
        return SectionDecl(
            isSubarea: isSubarea, id: id, title: title, max: max, weighted: weighted, aliases: aliases,
            english: english)
    }

    mutating func parseRule() throws(Abort) -> RuleDecl {
        let start = try expect(.rule)
        let id = try expectWord("the rule's id")
        pending = UnfinishedDecl(.rule, id: id)
        var title: Located<String>?
        if tokens[index].kind == .string { title = advanceLocated() }
        // The parts in locals, the declaration made once at the end (mutating a declaration
        // in place copied it whole on the way out).
        let ruleSpan = span(start).through(id.span)
        var why: Located<String>?
        var weight: Located<String>?
        var clause: KindClause?
        while true {
            if skip(.why) {
                why = try expectString("the rationale as a string after 'why'")
            } else if skip(.weight) {
                weight = try expectNumber("the weight after 'weight'")
            } else if clause == nil, tokens[index].kind == .word || tokens[index].is(.ladder) {
                clause = try parseKindClause()
            } else {
                break
            }
        }
        if clause == nil {
            diagnostics.report(
                .parseExpectedToken, "expected a kind clause for rule '\(id.value)', found \(token(index).quoted)",
                at: span(index), help: "a rule has one kind clause, such as 'when FACT award 2'")
        }
        return RuleDecl(id: id, title: title, why: why, weight: weight, clause: clause, span: ruleSpan)
    }

    mutating func parseTest() throws(Abort) -> TestDecl {
        try require(.test)
        let name = try expectString("the test's name as a string")
        var test = TestDecl(name: name, givens: [], expects: [])
        while true {
            if skip(.given) {
                while tokens[index].kind == .word || tokens[index].is(.judge) {
                    let isJudgement = skip(.judge)
                    let target = try expectWord(isJudgement ? "a rule id after 'judge'" : "a fact path")
                    try require(.equal, "'=' after '\(target.value)'")
                    let value = isJudgement ? try numberLiteral() : try parseValue()
                    test.givens.append(GivenDecl(isJudgement: isJudgement, target: target, value: value))
                }
            } else if skip(.expect) {
                let target = try expectWord("a rule, subarea or area id, or 'total'")
                try require(.equal, "'=' after '\(target.value)'")
                let value = try expectNumber()
                var tolerance: Located<String>?
                if skip(.within) { tolerance = try expectNumber("a tolerance after 'within'") }
                test.expects.append(ExpectDecl(target: target, value: value, tolerance: tolerance))
            } else {
                break
            }
        }
        return test
    }

    private mutating func numberLiteral() throws(Abort) -> ValueLiteral {
        let number = try expectNumber()
        return ValueLiteral(.number(number.value), at: number.span)
    }

    mutating func parseLabels() throws(Abort) -> LabelsDecl {
        try require(.labels)
        let name = try expectWord("the ladder's name or the set fact's path")
        let isEnglish = skip(.en)
        try require(.leftBrace, "'{' to open the labels")
        var entries: [(key: Located<String>, label: Located<String>)] = []
        repeat {
            guard tokens[index].kind == .word || tokens[index].kind == .string || tokens[index].is(.none) else {
                throw fail("a level or an item, then ':' and its label")
            }
            let key = advanceLocated()
            try require(.colon, "':' after '\(key.value)'")
            entries.append((key, try expectString("the label of '\(key.value)' as a string")))
        } while skip(.comma) && tokens[index].kind != .rightBrace
        try require(.rightBrace, "',' or '}' in the labels")
        return LabelsDecl(name: name, isEnglish: isEnglish, entries: entries)
    }

    mutating func parseReference() throws(Abort) -> ReferenceDecl {
        try require(.reference)
        let name = try expectString("the reference profile's name as a string")
        guard tokens[index].kind == .leftBrace else { throw fail("'{' to open the reference values") }
        let open = advance()
        guard case .map(let entries) = try parseBraced(open).node else {
            throw fail("'id: value' entries")
        }
        return ReferenceDecl(name: name, entries: entries)
    }
}
