/// A rule's kind clause, read generically: the kind's name, its leading arguments, and
/// the arguments after each of the kind's own words (`award`, `cap`, `from`, …).
public struct KindClause: Sendable {
    /// The kind's name as written (`when`, `ladder`, …).
    public var kind: Located<String>
    /// The arguments before the first clause word.
    public var arguments: [Expression]
    /// Each clause word written, in order, with the arguments after it.
    public var words: [(word: Located<String>, arguments: [Expression])]
    /// The whole clause's first line span.
    public var span: SourceSpan

    /// The arguments after the first occurrence of `word`, or nil when it is absent.
    public func arguments(after word: String) -> [Expression]? {
        words.first { $0.word.value == word }?.arguments
    }

    /// The place of the first occurrence of `word`.
    public func span(of word: String) -> SourceSpan? {
        words.first { $0.word.value == word }?.word.span
    }
}
