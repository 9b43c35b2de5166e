import Engine

/// Where each name of an instrument is declared, read from the syntax of its files, so it
/// answers also while the instrument has errors.
public struct DeclarationIndex: Sendable {
    /// The first `instrument` header.
    public private(set) var header: InstrumentHeaderDecl?
    /// Facts by path (the first declaration).
    public private(set) var facts: [String: FactDecl] = [:]
    /// Ladders by name.
    public private(set) var ladders: [String: LadderDecl] = [:]
    /// `labels` declarations by the ladder or fact they label, in source order.
    public private(set) var labels: [String: [LabelsDecl]] = [:]
    /// Areas and subareas by id.
    public private(set) var sections: [String: SectionDecl] = [:]
    /// Rules by id.
    public private(set) var rules: [String: RuleDecl] = [:]

    /// The index of these files' declarations.
    public init(_ files: [SourceFileSyntax]) {
        for file in files {
            for declaration in file.declarations {
                switch declaration {
                case .instrument(let decl): if header == nil { header = decl }
                case .fact(let decl): if facts[decl.path.value] == nil { facts[decl.path.value] = decl }
                case .ladder(let decl): if ladders[decl.name.value] == nil { ladders[decl.name.value] = decl }
                case .labels(let decl): labels[decl.name.value, default: []].append(decl)
                case .section(let decl): if sections[decl.id.value] == nil { sections[decl.id.value] = decl }
                case .rule(let decl): if rules[decl.id.value] == nil { rules[decl.id.value] = decl }
                default: break
                }
            }
        }
    }

    /// Where `word` is declared: a fact, a ladder, an area, subarea or rule id; else a
    /// ladder's level or a closed set's item (when `fact` names the fact it belongs to, or
    /// when only one ladder or set has it).
    public func declaration(of word: String, fact: String? = nil) -> SourceSpan? {
        if let decl = facts[word] { return decl.path.span }
        if let decl = ladders[word] { return decl.name.span }
        if let decl = rules[word] { return decl.id.span }
        if let decl = sections[word] { return decl.id.span }
        return valueDeclaration(of: word, fact: fact)
    }

    /// The level or item `word` of the fact `fact` (or of the one ladder or set that has it).
    public func valueDeclaration(of word: String, fact: String?) -> SourceSpan? {
        var candidates: [SourceSpan] = []
        let owners = fact.flatMap { facts[$0] }.map { [$0] } ?? facts.values.sorted { $0.path.value < $1.path.value }
        for owner in owners {
            switch owner.type {
            case .level(let ladder):
                if let level = ladders[ladder.value]?.levels.first(where: { $0.value == word }),
                    !candidates.contains(level.span)
                {
                    candidates.append(level.span)
                }
            case .set(let closed?):
                if let item = closed.first(where: { $0.value == word }) { candidates.append(item.span) }
            default: break
            }
        }
        if fact == nil {
            for ladder in ladders.values {
                if let level = ladder.levels.first(where: { $0.value == word }), !candidates.contains(level.span) {
                    candidates.append(level.span)
                }
            }
        }
        return candidates.count == 1 || fact != nil ? candidates.first : nil
    }
}
