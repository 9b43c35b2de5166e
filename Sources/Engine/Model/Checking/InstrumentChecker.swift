import Support

/// Checks the meaning of an instrument's files and builds the ``Instrument``.
public struct InstrumentChecker {
    let registry: RuleKindRegistry
    var diagnostics = DiagnosticBag()
    var ladders: [Ladder] = []
    var ladderSpans: [String: SourceSpan] = [:]
    var facts: [Fact] = []
    /// Fact index by path, kept as facts are declared (the catalogue's index).
    var factIndex: [String: Int] = [:]
    var areas: [Area] = []
    var subareas: [Subarea] = []
    var rules: [Rule] = []
    var ids: [String: InstrumentID] = [:]
    /// Rules whose clause failed its checks, and areas, subareas and rules whose
    /// declaration failed: known ids, so tests naming them do not cascade.
    var brokenRules: Set<String> = []
    /// Facts whose declaration failed (not parsed, or of an unknown ladder): known paths,
    /// so rules and tests reading them do not cascade.
    var failedFacts: Set<String> = []
    /// Ladders whose declaration was not parsed: facts of them fail without another error.
    var failedLadders: Set<String> = []

    /// Checks parsed files (in byte order of their names) and builds the instrument.
    public static func check(
        _ files: [SourceFileSyntax], registry: RuleKindRegistry, sha256: String
    ) -> (instrument: Instrument?, diagnostics: DiagnosticBag) {
        var checker = InstrumentChecker(registry: registry)
        return checker.run(files, sha256: sha256)
    }

    mutating func run(_ files: [SourceFileSyntax], sha256: String) -> (Instrument?, DiagnosticBag) {
        // Three passes over the files' declarations, in place: copying them out (as a list
        // of (path, declaration) pairs) cost more than checking them. The first pass counts
        // rules and sections, so their arrays are allocated once.
        var headers: [InstrumentHeaderDecl] = []
        var declarationCount = 0
        var ruleCount = 0
        var sectionCount = 0
        // Declarations are read by index where they stand (`switch declarations[i]`): a
        // `for declaration in` loop would copy each one (a retain per string and array
        // it holds) and destroy it again, in each pass.
        for file in files {
            let declarations = file.declarations
            declarationCount += declarations.count
            for i in declarations.indices {
                switch declarations[i] {
                case .instrument(let header):
                    if let first = headers.first {
                        diagnostics.report(
                            .semaInstrumentHeader, "a second 'instrument' header", at: header.span,
                            notes: [Diagnostic.Note("first header here", at: first.span)],
                            help: "an instrument folder has exactly one 'instrument' header")
                    }
                    headers.append(header)
                case .ladder(let ladder): declareLadder(ladder)
                case .unfinished(let decl): noteUnfinished(decl)
                case .rule: ruleCount += 1
                case .section: sectionCount += 1
                default: break
                }
            }
        }
        ids.reserveCapacity(declarationCount)
        rules.reserveCapacity(ruleCount)
        subareas.reserveCapacity(sectionCount)
        for file in files {
            let declarations = file.declarations
            for i in declarations.indices {
                if case .fact(let fact) = declarations[i] { declareFact(fact) }
            }
        }
        var catalog = FactCatalog(facts: [], ladders: [])
        catalog.facts = facts
        catalog.ladders = ladders
        catalog.index = factIndex
        catalog.paths = FactPathTable(facts: facts)
        catalog.failedFacts = failedFacts
        // One context for every rule, its id and mode set per rule: building one per rule
        // copied the catalogue (a retain and release per table) each time.
        var context = RuleContext(catalog: catalog, ruleID: "", isWeighted: false)
        var tests: [TestDecl] = []
        var references: [ReferenceDecl] = []
        var labels: [LabelsDecl] = []
        var currentPath = ""
        var area = Enclosing.none
        var subarea = Enclosing.none
        for file in files {
            // Sections do not reach across files.
            if file.path != currentPath {
                currentPath = file.path
                area = .none
                subarea = .none
            }
            let declarations = file.declarations
            for i in declarations.indices {
                switch declarations[i] {
                case .section(let section) where !section.isSubarea:
                    area = Enclosing(declareArea(section))
                    subarea = .none
                    if case .failed = area { brokenRules.insert(section.id.value) }
                case .section(let section):
                    if case .failed = area {
                        subarea = .failed
                    } else {
                        subarea = Enclosing(declareSubarea(section, in: area.index))
                    }
                    if case .failed = subarea { brokenRules.insert(section.id.value) }
                case .unfinished(let decl) where decl.what == .area:
                    area = .failed
                    subarea = .none
                case .unfinished(let decl) where decl.what == .subarea:
                    subarea = .failed
                case .rule(let rule):
                    if case .failed = subarea {
                        // Its subarea's error is reported; the rule's id is known.
                        brokenRules.insert(rule.id.value)
                    } else {
                        declareRule(rule, in: subarea.index, context: &context)
                    }
                case .test(let test): tests.append(test)
                case .reference(let reference): references.append(reference)
                case .labels(let decl): labels.append(decl)
                case .evidence(let header):
                    misplaced("evidence header", header.span)
                case .finding(let finding): misplaced("finding", finding.fact.span)
                case .verdict(let verdict): misplaced(verdict.isOverride ? "override" : "judgement", verdict.span)
                case .plan(let plan): misplaced("plan header", plan.span)
                case .action(let action): misplaced("action", action.id.span)
                default: break
                }
            }
        }
        guard let header = headers.first else {
            diagnostics.report(
                .semaInstrumentHeader, "no 'instrument' header in the instrument's files",
                at: files.first.map { SourceSpan(path: $0.path, start: SourceLocation(line: 1, column: 1), length: 1) },
                help: "start one file with 'instrument \"Name\" version \"1\"'")
            return (nil, diagnostics)
        }
        var instrument = Instrument(
            name: header.name.value, version: header.version.value, language: header.language?.value,
            ladders: ladders, facts: facts, areas: areas, subareas: subareas, rules: rules, tests: tests,
            references: [], sha256: sha256, factIndex: catalog.index, ids: ids)
        instrument.factPaths = catalog.paths
        instrument.references = references.compactMap { checkReference($0) }
        instrument.labels = checkLabels(labels, language: header.language?.value ?? "sv")
        var testChecker = TestChecker(instrument: instrument, brokenRules: brokenRules, failedFacts: failedFacts)
        for test in tests { testChecker.check(test) }
        diagnostics.append(contentsOf: testChecker.diagnostics)
        return (diagnostics.hasErrors ? nil : instrument, diagnostics)
    }

    mutating func misplaced(_ what: String, _ span: SourceSpan) {
        diagnostics.report(
            .parseExpectedToken, "a \(what) does not belong in an instrument file", at: span,
            help: "evidence files start with 'evidence', plan files with 'plan'")
    }

    mutating func duplicate(_ kind: String, _ name: String, _ span: SourceSpan, first: SourceSpan?) {
        diagnostics.report(
            .semaDuplicateID, "\(kind) '\(name)' is declared twice", at: span,
            notes: first.map { [Diagnostic.Note("first declared here", at: $0)] } ?? [])
    }

    mutating func declareLadder(_ decl: LadderDecl) {
        if let first = ladderSpans[decl.name.value] {
            return duplicate("ladder", decl.name.value, decl.name.span, first: first)
        }
        var seen: [String: SourceSpan] = [:]
        for level in decl.levels {
            if let first = seen[level.value] { duplicate("level", level.value, level.span, first: first) }
            seen[level.value] = level.span
        }
        ladderSpans[decl.name.value] = decl.name.span
        ladders.append(Ladder(name: decl.name.value, levels: decl.levels.map(\.value)))
    }

    /// Records what a declaration the parser could not finish declared (its error is
    /// reported): its id is known from here on, so its uses report nothing more.
    mutating func noteUnfinished(_ decl: UnfinishedDecl) {
        switch decl.what {
        case .ladder: failedLadders.insert(decl.id.value)
        case .fact: failedFacts.insert(decl.id.value)
        case .area, .subarea, .rule: brokenRules.insert(decl.id.value)
        }
    }

    mutating func declareFact(_ decl: FactDecl) {
        if let first = factIndex[decl.path.value] {
            return duplicate("fact", decl.path.value, decl.path.span, first: facts[first].span)
        }
        let type: FactType
        switch decl.type {
        case .flag: type = .flag
        case .number: type = .number
        case .set(let closed): type = .set(closed: closed.map { FactValue.normalizedItems($0.map(\.value)) })
        case .level(let name):
            guard let ladder = ladders.firstIndex(where: { $0.name == name.value }) else {
                failedFacts.insert(decl.path.value)
                if failedLadders.contains(name.value) { return }
                let suggestion = EditDistance.closestMatch(to: name.value, among: ladders.map(\.name))
                diagnostics.report(
                    .semaUnknownLevel, "unknown ladder '\(name.value)'", at: name.span,
                    help: suggestion.map { "did you mean '\($0)'?" } ?? "declare it with 'ladder \(name.value): a < b'")
                return
            }
            type = .level(ladder: ladder)
        }
        factIndex[decl.path.value] = facts.count
        facts.append(Fact(path: decl.path.value, type: type, description: decl.description?.value ?? "", span: decl.path.span))
    }
}
