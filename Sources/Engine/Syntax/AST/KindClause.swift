/// A rule's kind clause, read generically: the kind's name, its leading arguments, and
/// the arguments after each of the kind's own words (`award`, `cap`, `from`, …).
///
/// Held as one list (``parts``): the leading arguments, then each clause word (as a
/// word expression at the word's place) followed by its arguments. A clause is one
/// allocation, where a list of leading arguments, a list of words and a list per word's
/// arguments were up to five, each allocated, destroyed and freed per rule. Where each
/// word stands is kept in ``wordPlaces``, packed (no list) for the built-in kinds.
public struct KindClause: Sendable {
    /// The kind's name as written (`when`, `ladder`, …).
    public var kind: Located<String>
    /// The whole clause's first line span.
    public var span: SourceSpan
    /// The leading arguments, then each clause word followed by its arguments.
    public private(set) var parts: [Expression]
    /// Where each clause word stands in ``parts``.
    var wordPlaces: ClauseWordPlaces

    /// The number of clause words written.
    public var wordCount: Int { wordPlaces.count }

    /// A clause of `kind` with these leading `arguments` and `words`.
    public init(
        kind: Located<String>, arguments: [Expression], words: [(word: Located<String>, arguments: [Expression])],
        span: SourceSpan
    ) {
        var parts = arguments
        var places = ClauseWordPlaces()
        for (word, wordArguments) in words {
            places.append(parts.count)
            parts.append(Expression(.word(word.value), at: word.span))
            parts.append(contentsOf: wordArguments)
        }
        self.init(kind: kind, parts: parts, wordPlaces: places, span: span)
    }

    /// A clause from its ``parts`` and where each word stands in them (ascending, each part
    /// there a word expression).
    init(kind: Located<String>, parts: [Expression], wordPlaces: ClauseWordPlaces, span: SourceSpan) {
        self.kind = kind
        self.span = span
        self.parts = parts
        self.wordPlaces = wordPlaces
    }

    /// The place in ``parts`` of clause word `k`.
    @inline(__always)
    func place(ofWord k: Int) -> Int { wordPlaces[k] }

    /// Clause word `k` (`0..<wordCount`) as written.
    public func word(at k: Int) -> Located<String> {
        let part = parts[place(ofWord: k)]
        return Located(part.word ?? "", at: part.span)
    }

    /// The arguments after clause word `k`, in place.
    public func argumentSlice(ofWord k: Int) -> ArraySlice<Expression> {
        let end = k + 1 < wordCount ? place(ofWord: k + 1) : parts.count
        return parts[(place(ofWord: k) + 1)..<end]
    }

    /// The arguments before the first clause word, in place (indexed from 0).
    public var leadingArguments: ArraySlice<Expression> {
        parts[0..<(wordCount == 0 ? parts.count : place(ofWord: 0))]
    }

    /// The index of the first occurrence of clause word `word`.
    public func indexOfWord(_ word: String) -> Int? {
        for k in 0..<wordCount where parts[place(ofWord: k)].word == word { return k }
        return nil
    }

    /// The arguments after the first occurrence of `word`, in place, or nil when it is absent.
    public func argumentSlice(after word: String) -> ArraySlice<Expression>? {
        indexOfWord(word).map { argumentSlice(ofWord: $0) }
    }

    /// The place of the first occurrence of `word`.
    public func span(of word: String) -> SourceSpan? {
        indexOfWord(word).map { parts[place(ofWord: $0)].span }
    }
}
