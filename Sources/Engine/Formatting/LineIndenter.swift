/// Follows the declarations of a token stream to tell which tokens start a declaration
/// (and so a line) and how far each line is indented. It reads tokens only, so it works
/// on any file that lexes, and it mirrors the parser where a keyword's role depends on
/// where it stands: `instrument` inside an evidence header, `judge` inside a test's
/// `given`, `ladder` as a rule's kind clause.
struct LineIndenter {
    /// The keyword of the declaration being read, nil before the first.
    private var declaration: Keyword?
    private var declarationIndent = 0
    /// The clause being read (`given`, `source`, …), nil for none or a kind clause.
    private var clause: Keyword?
    /// The indent of the line on which the current clause (or the declaration) started.
    private var clauseIndent = 0
    private var ruleHasKind = false
    private var headerHasInstrument = false
    /// Open braces and parentheses: the indent of the line that opened each.
    private var open: [Int] = []
    /// The indent of the line being written.
    private(set) var lineIndent = 0
    private var previous: Token?

    /// Whether `token` starts a declaration here (then it starts a line).
    func startsDeclaration(_ token: Token) -> Bool {
        guard case .keyword(let keyword) = token.kind, Keyword.declarationStarts.contains(keyword) else { return false }
        switch keyword {
        case .instrument: return !(declaration == .evidence && !headerHasInstrument)
        case .judge: return !(declaration == .test && clause == .given && open.isEmpty)
        case .ladder: return !startsKindClause(token)
        default: return true
        }
    }

    /// Whether `token` starts the kind clause of the rule being read.
    private func startsKindClause(_ token: Token) -> Bool {
        guard declaration == .rule, !ruleHasKind, open.isEmpty, token.kind == .word || token.is(.ladder) else {
            return false
        }
        // The rule's id and its weight are words too.
        return !(previous?.is(.rule) ?? false) && !(previous?.is(.weight) ?? false)
    }

    /// The indent of a line that starts with `token`, which does not start a declaration.
    private func indent(ofLineStartingWith token: Token) -> Int {
        if let opener = open.last {
            return token.kind == .rightBrace || token.kind == .rightParen ? opener : opener + LayoutRules.indentStep
        }
        if let declaration, case .keyword(let keyword) = token.kind,
            LayoutRules.clauseKeywords(of: declaration).contains(keyword)
        {
            return declarationIndent + LayoutRules.indentStep
        }
        if startsKindClause(token) { return declarationIndent + LayoutRules.indentStep }
        return clauseIndent + (clause == .given ? LayoutRules.givenIndent : LayoutRules.continuationIndent)
    }

    /// The indent for full-line comments before the line that `token` starts, once it is
    /// read: the line's own, or before a closing brace, that of the group's content.
    func commentIndent(before token: Token) -> Int {
        token.kind == .rightBrace || token.kind == .rightParen ? lineIndent + LayoutRules.indentStep : lineIndent
    }

    /// Reads the next token; `startsLine` says whether it begins a line. Sets ``lineIndent``
    /// when it does.
    mutating func read(_ token: Token, startsLine: Bool) {
        if startsDeclaration(token), case .keyword(let keyword) = token.kind {
            declaration = keyword
            declarationIndent = LayoutRules.declarationIndent(keyword)
            clause = nil
            clauseIndent = declarationIndent
            ruleHasKind = false
            headerHasInstrument = false
            open = []
            lineIndent = declarationIndent
        } else {
            if startsLine { lineIndent = indent(ofLineStartingWith: token) }
            readInside(token)
        }
        previous = token
    }

    /// Follows clauses and groups inside a declaration.
    private mutating func readInside(_ token: Token) {
        switch token.kind {
        case .leftBrace, .leftParen:
            open.append(lineIndent)
            return
        case .rightBrace, .rightParen:
            _ = open.popLast()
            return
        default:
            break
        }
        guard open.isEmpty, let declaration else { return }
        if startsKindClause(token) {
            ruleHasKind = true
            clause = nil
            clauseIndent = lineIndent
        } else if case .keyword(let keyword) = token.kind, LayoutRules.clauseKeywords(of: declaration).contains(keyword) {
            clause = keyword
            clauseIndent = lineIndent
            if keyword == .instrument { headerHasInstrument = true }
        }
    }
}
