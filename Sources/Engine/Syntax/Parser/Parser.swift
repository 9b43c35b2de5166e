import Support

/// A recursive-descent parser for instrument, evidence and plan files: one method per
/// grammar level, recovery at the next declaration keyword after an error.
public struct Parser {
    /// The deepest nesting of conditions accepted.
    public static let maximumDepth = 256

    /// Thrown inside the parser after a diagnostic is reported, to unwind to the
    /// declaration loop, which skips to the next declaration.
    public struct Abort: Error {}

    /// The tokens, compact; the last is `.end`.
    var tokens: [CompactToken]
    /// The texts the tokens index (``LexedFile/texts``).
    let texts: [String]
    var index = 0
    var depth = 0
    public var diagnostics = DiagnosticBag()
    let path: String
    /// The number of `path` in ``SourcePaths``, looked up once for the file's spans.
    let pathNumber: Int32
    /// Each registered rule kind's clause words, by kind name.
    let kindWords: [String: [String]]
    /// The kinds found so far, by the text index of their name (a file names a handful of
    /// kinds, so a scan of this list replaces hashing the name for every rule).
    var kindsByText: [(text: Int32, words: [String])] = []
    var stopWords: [String] = []
    /// What the declaration being parsed declares, once its id is read: kept as
    /// ``Declaration/unfinished(_:)`` when the declaration aborts.
    var pending: UnfinishedDecl?

    /// Parses one file. The clause words of the registered rule kinds tell where a kind
    /// clause ends.
    public static func parse(_ source: SourceText, kindWords: [String: [String]] = [:]) -> (
        file: SourceFileSyntax, diagnostics: DiagnosticBag
    ) {
        var bag = DiagnosticBag()
        for diagnostic in source.diagnostics { bag.report(diagnostic) }
        if source.diagnostics.contains(where: { $0.id == .parseFileTooLarge }) {
            return (SourceFileSyntax(path: source.path, kind: .instrument, declarations: []), bag)
        }
        let (lexed, lexing) = Lexer.lex(source)
        bag.append(contentsOf: lexing)
        var parser = Parser(lexed: lexed, kindWords: kindWords)
        let file = parser.parseFile()
        bag.append(contentsOf: parser.diagnostics)
        return (file, bag)
    }

    /// A parser over `tokens`, whose last is `.end` and whose spans name `path`.
    public init(tokens: [Token], path: String, kindWords: [String: [String]]) {
        self.init(lexed: LexedFile(tokens: tokens, path: path), kindWords: kindWords)
    }

    /// A parser over a file's compact tokens.
    init(lexed: LexedFile, kindWords: [String: [String]]) {
        self.tokens = lexed.tokens
        self.texts = lexed.texts
        self.path = lexed.path
        self.pathNumber = SourcePaths.number(of: lexed.path)
        self.kindWords = kindWords
    }

    // MARK: Token access

    /// The text of token `i`.
    @inline(__always)
    func text(_ i: Int) -> String { texts[Int(tokens[i].text)] }

    /// The span of token `i`, made here: tokens hold no path.
    @inline(__always)
    func span(_ i: Int) -> SourceSpan {
        let token = tokens[i]
        return SourceSpan(
            pathNumber: pathNumber, start: SourceLocation(line: Int(token.line), column: Int(token.column)),
            length: Int(token.length))
    }

    /// Token `i` as a ``Token``.
    func token(_ i: Int) -> Token {
        Token(kind: tokens[i].kind, text: text(i), span: span(i))
    }

    /// The current token.
    public var current: Token { token(index) }
    public var atEnd: Bool { tokens[index].kind == .end }

    /// The kind of the token `offset` after the current one (the end beyond the last).
    func peekKind(_ offset: Int = 1) -> Token.Kind {
        tokens[min(index + offset, tokens.count - 1)].kind
    }

    /// Steps over the current token (never beyond the end); the index of the token stepped over.
    @discardableResult
    @inline(__always)
    mutating func advance() -> Int {
        let i = index
        if index < tokens.count - 1 { index += 1 }
        return i
    }

    /// Steps over the current token when it is `keyword`; its index.
    mutating func take(_ keyword: Keyword) -> Int? {
        tokens[index].kind == .keyword(keyword) ? advance() : nil
    }

    /// Steps over the current token when it is of `kind`, and returns it.
    public mutating func take(_ kind: Token.Kind) -> Token? {
        tokens[index].kind == kind ? token(advance()) : nil
    }

    /// Steps over the current token when it is `keyword`, without copying it; whether it was.
    mutating func skip(_ keyword: Keyword) -> Bool {
        guard tokens[index].kind == .keyword(keyword) else { return false }
        if index < tokens.count - 1 { index += 1 }
        return true
    }

    /// Steps over the current token when it is of `kind`, without copying it; whether it was.
    mutating func skip(_ kind: Token.Kind) -> Bool {
        guard tokens[index].kind == kind else { return false }
        if index < tokens.count - 1 { index += 1 }
        return true
    }

    /// Reports that `expected` was expected here, and aborts the declaration.
    public mutating func fail(_ expected: String, help: String? = nil) -> Abort {
        diagnostics.report(
            .parseExpectedToken, "expected \(expected), found \(token(index).quoted)", at: span(index), help: help)
        return Abort()
    }

    @discardableResult
    public mutating func expect(_ kind: Token.Kind, _ what: @autoclosure () -> String) throws(Abort) -> Token {
        guard let token = take(kind) else { throw fail(what()) }
        return token
    }

    /// Steps over the current token when it is `keyword`, and reports and aborts when it
    /// is not; the index of the keyword.
    @discardableResult
    mutating func expect(_ keyword: Keyword) throws(Abort) -> Int {
        guard let i = take(keyword) else { throw fail("'\(keyword.rawValue)'") }
        return i
    }

    /// Steps over the current token when it is of `kind`, and reports and aborts when it
    /// is not: ``expect(_:_:)`` for a token nobody reads.
    mutating func require(_ kind: Token.Kind, _ what: @autoclosure () -> String) throws(Abort) {
        guard skip(kind) else { throw fail(what()) }
    }

    /// ``expect(_:)`` for a keyword nobody reads.
    mutating func require(_ keyword: Keyword) throws(Abort) {
        guard skip(keyword) else { throw fail("'\(keyword.rawValue)'") }
    }

    /// The current token's text and span, and steps over it.
    @inline(__always)
    mutating func advanceLocated() -> Located<String> {
        let located = Located(text(index), at: span(index))
        if index < tokens.count - 1 { index += 1 }
        return located
    }

    mutating func expectString(_ what: @autoclosure () -> String) throws(Abort) -> Located<String> {
        guard tokens[index].kind == .string else { throw fail(what()) }
        return advanceLocated()
    }

    /// A dotted word (id or path).
    public mutating func expectWord(_ what: @autoclosure () -> String) throws(Abort) -> Located<String> {
        guard tokens[index].kind == .word else {
            if case .keyword(let keyword) = tokens[index].kind {
                throw fail(what(), help: "'\(keyword.rawValue)' is a keyword; write it as a string to use it as a name")
            }
            throw fail(what())
        }
        return advanceLocated()
    }

    /// A number literal, checked for its size and decimals.
    mutating func expectNumber(_ what: @autoclosure () -> String = "a number") throws(Abort) -> Located<String> {
        guard tokens[index].isNumeric else { throw fail(what()) }
        let i = advance()
        checkMagnitude(i)
        return Located(text(i), at: span(i))
    }

    /// Reports token `i` (a number) when it is out of the language's range.
    mutating func checkMagnitude(_ i: Int) {
        let text = text(i)
        if !NumberText.isInRange(text) {
            diagnostics.report(
                .semaNumberTooLarge, "number '\(text)' is out of range", at: span(i),
                help: "numbers have a magnitude of at most 10^12 and at most 6 decimals")
        }
    }

    /// Skips to the next declaration keyword (or the end).
    mutating func synchronize() {
        if tokens[index].kind != .end { advance() }
        while tokens[index].kind != .end {
            if case .keyword(let keyword) = tokens[index].kind, keyword.startsDeclaration { return }
            advance()
        }
    }

    // MARK: File

    mutating func parseFile() -> SourceFileSyntax {
        var declarations: [Declaration] = []
        // At most one declaration per keyword that starts one: growing the list would copy
        // every declaration so far, and a guess too large costs a large allocation.
        var starts = 0
        for token in tokens {
            if case .keyword(let keyword) = token.kind, keyword.startsDeclaration { starts += 1 }
        }
        declarations.reserveCapacity(starts)
        let kind: FileKind = tokens[index].is(.evidence) ? .evidence : tokens[index].is(.plan) ? .plan : .instrument
        while tokens[index].kind != .end {
            let start = index
            pending = nil
            do throws(Abort) {
                if let declaration = try parseDeclaration() { declarations.append(declaration) }
            } catch {
                if let pending { declarations.append(.unfinished(pending)) }
                if index == start || !isAtDeclarationStart { synchronize() }
            }
        }
        return SourceFileSyntax(path: path, kind: kind, declarations: belonging(declarations, in: kind))
    }

    /// The declarations that belong in an evidence or plan file. The others, and a second
    /// header, are reported here and left out, not by the checkers: `convert` only parses,
    /// and must refuse a file it could not write back whole.
    mutating func belonging(_ declarations: [Declaration], in kind: FileKind) -> [Declaration] {
        guard kind != .instrument, !Self.allBelong(declarations, in: kind) else { return declarations }
        var kept: [Declaration] = []
        var hasHeader = false
        for declaration in declarations {
            var header: SourceSpan?
            let belongs: Bool
            switch declaration {
            case .evidence(let decl):
                header = decl.span
                belongs = kind == .evidence
            case .plan(let decl):
                header = decl.span
                belongs = kind == .plan
            case .finding, .verdict: belongs = kind == .evidence
            case .action: belongs = kind == .plan
            case .unfinished: continue  // its parse error is reported
            default: belongs = false
            }
            guard belongs else {
                diagnostics.report(
                    .parseExpectedToken,
                    kind == .evidence
                        ? "only findings, judgements and overrides belong in an evidence file" : "only actions belong in a plan file",
                    at: EvidenceChecker.span(of: declaration))
                continue
            }
            if let header {
                if hasHeader {
                    diagnostics.report(.semaDuplicateID, "a second \(kind.rawValue) header", at: header)
                    continue
                }
                hasHeader = true
            }
            kept.append(declaration)
        }
        return kept
    }

    /// Whether every declaration belongs in an evidence or plan file with at most one
    /// header: then ``belonging(_:in:)`` keeps the list as it is, without copying it.
    static func allBelong(_ declarations: [Declaration], in kind: FileKind) -> Bool {
        var headers = 0
        for i in declarations.indices {
            switch declarations[i] {
            case .evidence:
                guard kind == .evidence else { return false }
                headers += 1
            case .plan:
                guard kind == .plan else { return false }
                headers += 1
            case .finding, .verdict: guard kind == .evidence else { return false }
            case .action: guard kind == .plan else { return false }
            default: return false
            }
        }
        return headers <= 1
    }

    var isAtDeclarationStart: Bool {
        if case .keyword(let keyword) = tokens[index].kind { return keyword.startsDeclaration }
        return tokens[index].kind == .end
    }

    mutating func parseDeclaration() throws(Abort) -> Declaration? {
        guard case .keyword(let keyword) = tokens[index].kind else {
            if let intended = misspelledDeclaration() {
                // Reported once, then read on as the declaration it most likely is, so that
                // what it declares is known and its uses repeat nothing.
                _ = fail("a declaration", help: "did you mean '\(intended.rawValue)'?")
                tokens[index].kind = .keyword(intended)
                return try parseDeclaration()
            }
            throw fail("a declaration", help: declarationHelp)
        }
        switch keyword {
        case .instrument: return .instrument(try parseInstrumentHeader())
        case .ladder: return .ladder(try parseLadder())
        case .fact: return .fact(try parseFact())
        case .area, .subarea: return .section(try parseSection())
        case .rule: return .rule(try parseRule())
        case .test: return .test(try parseTest())
        case .reference: return .reference(try parseReference())
        case .labels: return .labels(try parseLabels())
        case .evidence: return .evidence(try parseEvidenceHeader())
        case .finding: return .finding(try parseFinding())
        case .judge, .override: return .verdict(try parseVerdict())
        case .plan: return .plan(try parsePlanHeader())
        case .action: return .action(try parseAction())
        default: throw fail("a declaration", help: declarationHelp)
        }
    }

    /// The declaring keyword a word most likely misspells (`ruel 6.1.a`, `fakt x.y`): a
    /// word close to one, followed by the name or id such a declaration starts with.
    private func misspelledDeclaration() -> Keyword? {
        guard tokens[index].kind == .word, index + 1 < tokens.count, tokens[index + 1].kind == .word,
            let close = EditDistance.closestMatch(to: text(index), among: Keyword.declarationStarts.map(\.rawValue))
        else { return nil }
        return Keyword(rawValue: close)
    }

    private var declarationHelp: String {
        if tokens[index].kind == .word, let close = EditDistance.closestMatch(
            to: text(index), among: Keyword.declarationStarts.map(\.rawValue))
        {
            return "did you mean '\(close)'?"
        }
        return "a declaration starts with a keyword such as 'fact', 'rule' or 'finding'"
    }
}
