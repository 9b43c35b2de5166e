extension KindClause {
    /// The arguments before the first clause word, as a list of their own (made on each
    /// read; ``leadingArguments`` reads them in place).
    public var arguments: [Expression] {
        get { Array(leadingArguments) }
        set { self = KindClause(kind: kind, arguments: newValue, words: words, span: span) }
    }

    /// Each clause word written, in order, with the arguments after it, as lists of their
    /// own (made on each read; ``word(at:)`` and ``argumentSlice(ofWord:)`` read in place).
    public var words: [(word: Located<String>, arguments: [Expression])] {
        get { (0..<wordCount).map { (word(at: $0), Array(argumentSlice(ofWord: $0))) } }
        set { self = KindClause(kind: kind, arguments: arguments, words: newValue, span: span) }
    }

    /// The arguments after the first occurrence of `word`, or nil when it is absent.
    public func arguments(after word: String) -> [Expression]? {
        argumentSlice(after: word).map { Array($0) }
    }
}
