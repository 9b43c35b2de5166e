/// Checks a plan file against an instrument and builds the ``Plan``.
public enum PlanChecker {
    /// Checks a parsed plan file.
    public static func check(
        _ file: SourceFileSyntax, sha256: String, instrument: Instrument
    ) -> (plan: Plan?, diagnostics: DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let catalog = instrument.catalog
        let resolver = ValueResolver(catalog: catalog)
        var plan = Plan(path: file.path, sha256: sha256, name: "", municipality: nil, actions: [])
        var hasHeader = false
        var actionSpans: [String: SourceSpan] = [:]
        // Per fact: the first action that changes it, where, and whether only by `add`.
        var changedBy: [Int: (action: String, span: SourceSpan, onlyAdd: Bool)] = [:]
        for declaration in file.declarations {
            switch declaration {
            case .plan(let header):
                if hasHeader {
                    diagnostics.report(.semaDuplicateID, "a second plan header", at: header.span)
                }
                hasHeader = true
                plan.name = header.name.value
                plan.municipality = header.municipality?.value
            case .action(let decl):
                if let first = actionSpans[decl.id.value] {
                    diagnostics.report(
                        .semaDuplicateID, "action '\(decl.id.value)' is declared twice", at: decl.id.span,
                        notes: [Diagnostic.Note("first declared here", at: first)])
                    continue
                }
                actionSpans[decl.id.value] = decl.id.span
                var action = PlanAction(id: decl.id.value, title: decl.title?.value, cost: nil, changes: [], span: decl.id.span)
                if let text = decl.cost, let cost = Rational(decimalText: text.value) {
                    if cost < .zero {
                        diagnostics.report(.semaOutOfRange, "a cost cannot be negative", at: text.span)
                    }
                    action.cost = cost
                }
                for change in decl.changes {
                    guard let fact = catalog.fact(change.fact, inEvidence: true, diagnostics: &diagnostics) else { continue }
                    if change.isAdd, case .set = catalog.type(of: fact) {} else if change.isAdd {
                        diagnostics.report(
                            .semaTypeMismatch, "'add' needs a set fact, and '\(change.fact.value)' is a \(resolver.typeName(fact))",
                            at: change.fact.span, help: "use 'set \(change.fact.value) = …'")
                        continue
                    }
                    if let first = changedBy[fact], !(first.onlyAdd && change.isAdd) {
                        diagnostics.report(
                            .planConflictingSet,
                            first.action == decl.id.value
                                ? "action '\(decl.id.value)' changes '\(change.fact.value)' twice"
                                : "actions '\(first.action)' and '\(decl.id.value)' both change '\(change.fact.value)'",
                            at: change.fact.span, notes: [Diagnostic.Note("first changed here", at: first.span)],
                            help: "the result would depend on the order of the actions; merge them or change different facts")
                    }
                    if changedBy[fact] == nil || !change.isAdd {
                        changedBy[fact] = (decl.id.value, change.fact.span, change.isAdd && (changedBy[fact]?.onlyAdd ?? true))
                    }
                    guard let value = resolver.resolve(change.value, for: fact, diagnostics: &diagnostics) else { continue }
                    action.changes.append(PlanChange(fact: fact, isAdd: change.isAdd, value: value))
                }
                plan.actions.append(action)
            default:
                diagnostics.report(
                    .parseExpectedToken, "only actions belong in a plan file", at: EvidenceChecker.span(of: declaration))
            }
        }
        if !hasHeader {
            diagnostics.report(
                .parseExpectedToken, "a plan file starts with 'plan \"Name\" for \"Municipality\"'",
                at: SourceSpan(path: file.path, start: SourceLocation(line: 1, column: 1), length: 1))
        }
        return (diagnostics.hasErrors ? nil : plan, diagnostics)
    }
}

extension PlanChecker {
    /// A warning when the plan names another municipality than the evidence.
    public static func checkMunicipality(_ plan: Plan, against evidence: Evidence) -> Diagnostic? {
        guard let municipality = plan.municipality, municipality != evidence.municipality else { return nil }
        return Diagnostic(
            .planOtherMunicipality,
            "plan '\(plan.name)' is for '\(municipality)', the evidence is for '\(evidence.municipality)'",
            at: SourceSpan(path: plan.path, start: SourceLocation(line: 1, column: 1), length: 1),
            help: "check that the plan and the evidence belong together")
    }
}
