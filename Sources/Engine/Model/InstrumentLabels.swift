/// The words people read for the levels of ladders and the items of closed sets
/// (`labels NAME [en] { item: "label", … }`), per language: the instrument's own language
/// and English.
public struct InstrumentLabels: Sendable {
    /// By ladder index and level index: the label per language.
    var levels: [Int: [Int: [String: String]]] = [:]
    /// By fact index and item: the label per language.
    var items: [Int: [String: [String: String]]] = [:]

    /// No labels.
    public init() {}

    /// The label of a ladder's level in `language`, if the instrument gives one.
    public func level(_ level: Int, ofLadder ladder: Int, in language: String) -> String? {
        levels[ladder]?[level]?[language]
    }

    /// The label of a closed set's item in `language`, if the instrument gives one.
    public func item(_ item: String, ofFact fact: Int, in language: String) -> String? {
        items[fact]?[item]?[language]
    }

    /// Whether the instrument labels anything.
    public var isEmpty: Bool { levels.isEmpty && items.isEmpty }
}

extension Instrument {
    /// The label of a level fact's level in `language`, if the instrument gives one.
    public func label(level: Int, ofFact fact: Int, in language: String) -> String? {
        guard case .level(let ladder) = facts[fact].type else { return nil }
        return labels.level(level, ofLadder: ladder, in: language)
    }

    /// The label of a set fact's item in `language`, if the instrument gives one.
    public func label(item: String, ofFact fact: Int, in language: String) -> String? {
        labels.item(item, ofFact: fact, in: language)
    }
}
