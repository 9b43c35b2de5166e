import Engine

extension KindClause {
    /// The clause with every fact path in `renames` replaced by its new name (words that
    /// are levels or items are left alone, unless spelled exactly like a renamed fact).
    func renamingFacts(_ renames: [String: String]) -> KindClause {
        guard !renames.isEmpty else { return self }
        var clause = self
        clause.arguments = arguments.map { $0.renamingFacts(renames) }
        clause.words = words.map { ($0.word, $0.arguments.map { $0.renamingFacts(renames) }) }
        return clause
    }
}

extension Expression {
    /// The expression with every word in `renames` replaced by its new name.
    func renamingFacts(_ renames: [String: String]) -> Expression {
        func r(_ e: Expression) -> Expression { e.renamingFacts(renames) }
        let node: Node
        switch self.node {
        case .word(let w): node = .word(renames[w] ?? w)
        case .count(let fact): node = .count(Located(renames[fact.value] ?? fact.value, at: fact.span))
        case .not(let a): node = .not(r(a))
        case .and(let a, let b): node = .and(r(a), r(b))
        case .or(let a, let b): node = .or(r(a), r(b))
        case .compare(let op, let a, let b): node = .compare(op, r(a), r(b))
        case .contains(let a, let item): node = .contains(r(a), item)
        case .containsAny(let a, let items): node = .containsAny(r(a), items)
        case .containsAll(let a, let items): node = .containsAll(r(a), items)
        default: node = self.node
        }
        return Expression(node, at: span)
    }
}
