// The one catalogue of diagnostic ids. Each id has a test pinning its line, column and
// message (Tests/EngineTests/Diagnostics/DiagnosticCatalogueTests.swift).

extension DiagnosticID {
    // MARK: Files
    /// A file with no declaration: empty, blank or only comments.
    public static let fileEmpty = DiagnosticID("file.empty", .error, "a file with no declaration")
    /// A file that is not in the language at all: CSV, HTML, JSON where the language is expected.
    public static let fileNotKompass = DiagnosticID(
        "file.not-kompass", .error, "a file that is not in the kompass language")
    /// An evidence or plan file where an instrument is expected, or the reverse.
    public static let fileWrongKind = DiagnosticID(
        "file.wrong-kind", .error, "an evidence, plan or instrument file where another kind is expected")

    // MARK: Lexical
    /// A character that cannot start any token.
    public static let lexBadChar = DiagnosticID("lex.bad-char", .error, "a character that cannot start a token")
    /// A string without its closing quote on the same line.
    public static let lexUnterminatedString = DiagnosticID(
        "lex.unterminated-string", .error, "a string is not closed before the end of its line")
    /// An escape other than `\"`, `\\`, `\n`, `\t`.
    public static let lexBadEscape = DiagnosticID("lex.bad-escape", .error, "an unknown escape in a string")
    /// A malformed number, such as `0,5`.
    public static let lexBadNumber = DiagnosticID("lex.bad-number", .error, "a malformed number")
    /// Bytes that are not UTF-8: one error for the file, at the first bad byte.
    public static let lexInvalidUTF8 = DiagnosticID("lex.invalid-utf8", .error, "the file is not valid UTF-8")

    // MARK: Syntax
    /// A token other than the grammar allows.
    public static let parseExpectedToken = DiagnosticID(
        "parse.expected-token", .error, "the grammar expects another token here")
    /// Nesting deeper than the limit.
    public static let parseTooDeep = DiagnosticID("parse.too-deep", .error, "nesting deeper than 256")
    /// A file larger than the limit.
    public static let parseFileTooLarge = DiagnosticID(
        "parse.file-too-large", .error, "a file larger than the size limit")

    // MARK: Meaning
    /// A fact that is not declared.
    public static let semaUnknownFact = DiagnosticID("sema.unknown-fact", .error, "a fact that is not declared")
    /// A level that is not on the fact's ladder, or a ladder that is not declared.
    public static let semaUnknownLevel = DiagnosticID(
        "sema.unknown-level", .error, "a level that is not on the ladder")
    /// An item outside a closed set's list.
    public static let semaUnknownItem = DiagnosticID("sema.unknown-item", .error, "an item outside a closed set")
    /// A rule kind that is not registered.
    public static let semaUnknownKind = DiagnosticID("sema.unknown-kind", .error, "a rule kind that is not registered")
    /// An area, subarea or rule id that does not exist.
    public static let semaUnknownID = DiagnosticID("sema.unknown-id", .error, "an id that is not declared")
    /// An id, fact, ladder, level, evaluator or action declared twice.
    public static let semaDuplicateID = DiagnosticID("sema.duplicate-id", .error, "a name declared twice")
    /// A value or comparison of the wrong type.
    public static let semaTypeMismatch = DiagnosticID(
        "sema.type-mismatch", .error, "a value or comparison of the wrong type")
    /// A fact recorded twice in one evidence file.
    public static let semaDuplicateFinding = DiagnosticID(
        "sema.duplicate-finding", .error, "a fact recorded twice")
    /// A judgement above the rule's maximum.
    public static let semaJudgementOverMax = DiagnosticID(
        "sema.judgement-over-max", .error, "a judgement outside 0 to the rule's maximum")
    /// A judgement or override without `because`.
    public static let semaMissingReason = DiagnosticID(
        "sema.missing-reason", .error, "a judgement or override without a reason")
    /// Evidence or a test for another instrument or version.
    public static let semaInstrumentMismatch = DiagnosticID(
        "sema.instrument-mismatch", .error, "evidence for another instrument or version")
    /// A number beyond 10^12 or with more than 6 decimals.
    public static let semaNumberTooLarge = DiagnosticID(
        "sema.number-too-large", .error, "a number beyond 10^12 or with more than 6 decimals")
    /// A rule kind's argument that the kind does not accept.
    public static let semaBadArgument = DiagnosticID("sema.bad-argument", .error, "an argument the rule kind rejects")
    /// A value above 1 in a weighted subarea.
    public static let semaSatisfactionRange = DiagnosticID(
        "sema.satisfaction-range", .error, "a satisfaction outside [0, 1] in a weighted subarea")
    /// A number outside its allowed range (confidence, weight, maximum, override).
    public static let semaOutOfRange = DiagnosticID("sema.out-of-range", .error, "a number outside its allowed range")
    /// An id that does not nest in its parent (`1.3.c` outside `1.3`).
    public static let semaBadNesting = DiagnosticID("sema.bad-nesting", .error, "an id that does not nest in its parent")
    /// A missing or repeated `instrument` header.
    public static let semaInstrumentHeader = DiagnosticID(
        "sema.instrument-header", .error, "an instrument needs exactly one header")
    /// A finding without a source.
    public static let semaMissingSource = DiagnosticID("sema.missing-source", .warning, "a finding without a source")
    /// A `weight` outside a weighted subarea, where it has no effect.
    public static let semaIgnoredWeight = DiagnosticID(
        "sema.ignored-weight", .warning, "a weight in a points subarea has no effect")
    /// A `by` naming an evaluator not in the header.
    public static let semaUnknownEvaluator = DiagnosticID(
        "sema.unknown-evaluator", .error, "an evaluator not named in the header")

    // MARK: Plans
    /// Two actions of one plan change the same fact.
    public static let planConflictingSet = DiagnosticID(
        "plan.conflicting-set", .error, "two actions change the same fact")
    /// A plan for another municipality than the evidence.
    public static let planOtherMunicipality = DiagnosticID(
        "plan.other-municipality", .warning, "a plan for another municipality")

    // MARK: Scoring lint (`check`)
    /// A subarea whose rules can never reach its maximum.
    public static let lintUnreachableMax = DiagnosticID(
        "lint.unreachable-max", .warning, "a subarea whose rules can never reach its maximum")
    /// A rule that never counts: the other rules' least values fill the subarea's maximum.
    public static let lintDeadRule = DiagnosticID(
        "lint.dead-rule", .warning, "a rule that never counts, as the other rules always fill the maximum")
    /// A rule, or a part of one, that can never apply under the fact types.
    public static let lintNeverFires = DiagnosticID(
        "lint.never-fires", .warning, "a rule or a part of one that can never apply under the fact types")
    /// A fact read more than once in one subarea, not all in one direction.
    public static let lintFactReadTwice = DiagnosticID(
        "lint.fact-read-twice", .warning, "a fact read twice in one subarea, making its bounds approximate")
    /// A fact that no rule reads.
    public static let lintUnusedFact = DiagnosticID("lint.unused-fact", .warning, "a fact that no rule reads")
    /// An area whose maximum is not the sum of its subareas' maxima.
    public static let lintAreaMaxSum = DiagnosticID(
        "lint.area-max-sum", .warning, "an area maximum that is not the sum of its subareas' maxima")

    // MARK: Strict scoring
    /// `--strict`: a fact some rule reads has no finding.
    public static let strictUnassessed = DiagnosticID(
        "strict.unassessed", .error, "with '--strict', a fact a rule reads is unassessed")
    /// `--strict`: a judgement rule has no judgement.
    public static let strictUnjudged = DiagnosticID(
        "strict.unjudged", .error, "with '--strict', a judgement is missing")

    // MARK: Evaluation
    /// Exact arithmetic overflowed.
    public static let evalOverflow = DiagnosticID("eval.overflow", .error, "exact arithmetic overflowed")

    /// Every id, sorted by its text.
    public static let catalogue: [DiagnosticID] = [
        fileEmpty, fileNotKompass, fileWrongKind,
        lexBadChar, lexUnterminatedString, lexBadEscape, lexBadNumber, lexInvalidUTF8,
        parseExpectedToken, parseTooDeep, parseFileTooLarge,
        semaUnknownFact, semaUnknownLevel, semaUnknownItem, semaUnknownKind, semaUnknownID, semaDuplicateID,
        semaTypeMismatch, semaDuplicateFinding, semaJudgementOverMax, semaMissingReason,
        semaInstrumentMismatch, semaNumberTooLarge, semaBadArgument, semaSatisfactionRange,
        semaOutOfRange, semaBadNesting, semaInstrumentHeader, semaMissingSource, semaIgnoredWeight,
        semaUnknownEvaluator, planConflictingSet, planOtherMunicipality, evalOverflow, strictUnassessed, strictUnjudged,
        lintUnreachableMax, lintDeadRule, lintNeverFires, lintFactReadTwice, lintUnusedFact, lintAreaMaxSum,
    ].sorted { $0.rawValue < $1.rawValue }
}
