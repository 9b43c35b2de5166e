import Support

/// What a rule kind may know while it checks its clause: the declared facts, the
/// subarea's mode, and helpers that resolve names with located diagnostics.
public struct RuleContext: Sendable {
    /// The declared facts and ladders.
    public var catalog: FactCatalog {
        didSet { sharedCatalog = SharedFactCatalog(catalog) }
    }
    /// The same catalogue behind one reference (made once per context, and again when
    /// `catalog` is set), for kinds that keep it.
    public private(set) var sharedCatalog: SharedFactCatalog
    /// The rule's id.
    public var ruleID: String
    /// Whether the rule's subarea is weighted (values are satisfactions in [0, 1]).
    public var isWeighted: Bool

    /// Creates a context.
    public init(catalog: FactCatalog, ruleID: String, isWeighted: Bool) {
        self.catalog = catalog
        self.sharedCatalog = SharedFactCatalog(catalog)
        self.ruleID = ruleID
        self.isWeighted = isWeighted
    }

    /// Resolves a fact path, reporting `sema.unknown-fact` with a suggestion.
    public func fact(_ path: Located<String>, diagnostics: inout DiagnosticBag) -> Int? {
        catalog.fact(path, diagnostics: &diagnostics)
    }

    /// Resolves an argument that must be a fact path.
    public func fact(_ argument: Expression, diagnostics: inout DiagnosticBag) -> Int? {
        guard let word = argument.word else {
            diagnostics.report(.semaBadArgument, "expected a fact here", at: argument.span)
            return nil
        }
        return fact(Located(word, at: argument.span), diagnostics: &diagnostics)
    }

    /// Resolves a level of a level fact's ladder, reporting `sema.unknown-level`.
    public func level(_ name: Located<String>, of fact: Int, diagnostics: inout DiagnosticBag) -> Int? {
        catalog.level(name, of: fact, diagnostics: &diagnostics)
    }

    /// Checks items against a set fact's closed list, reporting `sema.unknown-item`.
    public func checkItems(_ items: [Located<String>], of fact: Int, diagnostics: inout DiagnosticBag) -> Bool {
        catalog.checkItems(items, of: fact, diagnostics: &diagnostics)
    }

    /// Resolves an argument that must be one number.
    public func number(_ arguments: [Expression]?, after word: String, clause: KindClause,
                       diagnostics: inout DiagnosticBag) -> Rational? {
        number(arguments.map { $0[...] }, after: word, clause: clause, diagnostics: &diagnostics)
    }

    /// Resolves an argument that must be one number, read in place
    /// (``KindClause/argumentSlice(after:)``).
    public func number(_ arguments: ArraySlice<Expression>?, after word: String, clause: KindClause,
                       diagnostics: inout DiagnosticBag) -> Rational? {
        guard let arguments else { return nil }
        guard arguments.count == 1, case .number(let text) = arguments[arguments.startIndex].node else {
            diagnostics.report(
                .semaBadArgument, "'\(word)' takes one number", at: arguments.first?.span ?? clause.span(of: word))
            return nil
        }
        return Rational(decimalText: text)  // nil when out of range: the parser has reported it already
    }

    /// Resolves a number literal's text.
    public func number(_ text: Located<String>, diagnostics: inout DiagnosticBag) -> Rational? {
        guard let value = Rational(decimalText: text.value) else {
            if NumberText.isWellFormed(text.value) { return nil }  // out of range, reported by the parser
            diagnostics.report(.semaBadArgument, "'\(text.value)' is not a number", at: text.span)
            return nil
        }
        return value
    }

    /// Checks a value given to the rule: a satisfaction in [0, 1] in a weighted subarea,
    /// non-negative points elsewhere.
    public func checkValue(_ value: Rational, at span: SourceSpan, diagnostics: inout DiagnosticBag) -> Bool {
        if isWeighted, value > .one || value < .zero {
            diagnostics.report(
                .semaSatisfactionRange,
                "value \(value.decimalString()) is not a satisfaction in [0, 1] in a weighted subarea", at: span,
                help: "in a weighted subarea a rule gives a share of its weight, between 0 and 1")
            return false
        }
        if value < .zero {
            diagnostics.report(.semaOutOfRange, "points cannot be negative", at: span)
            return false
        }
        return true
    }
}
