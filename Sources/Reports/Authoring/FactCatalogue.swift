import Engine

/// The instrument's facts as an evaluator meets them (`kompass-score facts`, and the
/// templates of `kompass-score new`): each fact with the rules that read it and the most
/// each rule can be worth, grouped by the subareas that read it, in instrument order.
///
/// Not to be confused with Engine's ``FactCatalog``, the declared facts as rule kinds see
/// them; this is the reader's catalogue built on top of it.
public struct FactCatalogue: Sendable {
    /// One rule that reads a fact.
    public struct Reader: Sendable, Equatable {
        /// The rule's index in ``Instrument/rules``.
        public var rule: Int
        /// The most the rule can add to its subarea, in points: its most under the fact
        /// types (``RuleReach/most``), capped at the subarea's maximum in a points subarea,
        /// its weighted share `max · w · most / Σ w` in a weighted one.
        public var most: Rational
    }

    /// One fact with its readers.
    public struct Entry: Sendable {
        /// The fact's index in ``Instrument/facts``.
        public var fact: Int
        /// The rules that read it, each once, in instrument order.
        public var readers: [Reader]
        /// The subareas that read it, each once, in instrument order; the first is where
        /// the catalogue and the templates describe it in full.
        public var subareas: [Int]
    }

    /// One subarea: the facts its rules read and the rules the evaluator judges.
    public struct Section: Sendable {
        /// The subarea's index in ``Instrument/subareas``.
        public var subarea: Int
        /// The facts its rules read, each once, in the order the rules read them.
        public var facts: [Int]
        /// Its rules of a kind the evaluator judges (`judgement max M`), in source order.
        public var judgements: [Int]
    }

    /// Which part of the catalogue to show.
    public enum Scope: Sendable, Equatable {
        /// Every fact, the unread ones last.
        case all
        /// The facts read in one area (index in ``Instrument/areas``).
        case area(Int)
        /// The facts read in one subarea (index in ``Instrument/subareas``).
        case subarea(Int)
    }

    /// The instrument described.
    public let instrument: Instrument
    /// Every fact's entry, indexed like ``Instrument/facts``.
    public let entries: [Entry]
    /// Every subarea's section, indexed like ``Instrument/subareas``.
    public let sections: [Section]
    /// The subareas in instrument order: area by area, each area's subareas in order.
    public let subareaOrder: [Int]
    /// The facts no rule reads, in declaration order.
    public let unread: [Int]
    /// The most each rule can add to its subarea, in points (see ``Reader/most``), indexed
    /// like ``Instrument/rules``.
    public let ruleMost: [Rational]

    /// The catalogue of an instrument.
    public init(_ instrument: Instrument) throws(ArithmeticOverflow) {
        self.instrument = instrument
        let catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        var entries = instrument.facts.indices.map { Entry(fact: $0, readers: [], subareas: []) }
        var sections: [Section] = instrument.subareas.indices.map { Section(subarea: $0, facts: [], judgements: []) }
        var ruleMost = [Rational](repeating: .zero, count: instrument.rules.count)
        let order = instrument.areas.flatMap(\.subareas)
        for s in order {
            let subarea = instrument.subareas[s]
            let weights = try Self.sum(subarea.rules.map { instrument.rules[$0].weight })
            for r in subarea.rules {
                let rule = instrument.rules[r]
                let most = try Self.most(rule, reach: rule.kind.reach(catalog).most, in: subarea, weights: weights)
                ruleMost[r] = most
                if rule.kind.readsJudgement { sections[s].judgements.append(r) }
                for fact in FactList.distinct(rule.kind.factsRead) {
                    entries[fact].readers.append(Reader(rule: r, most: most))
                    if !entries[fact].subareas.contains(s) { entries[fact].subareas.append(s) }
                    if !sections[s].facts.contains(fact) { sections[s].facts.append(fact) }
                }
            }
        }
        self.entries = entries
        self.sections = sections
        self.subareaOrder = order
        self.ruleMost = ruleMost
        self.unread = entries.filter(\.readers.isEmpty).map(\.fact)
    }

    /// The facts of a scope: in the order the subareas first read them, then (for the
    /// whole catalogue) the facts no rule reads.
    public func facts(in scope: Scope) -> [Int] {
        FactList.distinct(subareas(in: scope).flatMap { sections[$0].facts }) + (scope == .all ? unread : [])
    }

    /// The subareas of a scope, in instrument order.
    public func subareas(in scope: Scope) -> [Int] {
        switch scope {
        case .all: return subareaOrder
        case .area(let area): return instrument.areas[area].subareas
        case .subarea(let subarea): return [subarea]
        }
    }

    /// The areas of a scope, in instrument order.
    public func areas(in scope: Scope) -> [Int] {
        switch scope {
        case .all: return Array(instrument.areas.indices)
        case .area(let area): return [area]
        case .subarea(let subarea): return [instrument.subareas[subarea].area]
        }
    }

    /// The ids of the subareas that read a fact: `["3.2", "4.1"]`.
    public func subareaIDs(of fact: Int) -> [String] {
        entries[fact].subareas.map { instrument.subareas[$0].id }
    }

    /// The most a rule can add to its subarea, in points (see ``Reader/most``).
    static func most(_ rule: Rule, reach: Rational, in subarea: Subarea, weights: Rational) throws(ArithmeticOverflow)
        -> Rational
    {
        switch subarea.mode {
        case .points:
            return Swift.min(reach, subarea.max)
        case .weighted:
            guard weights > .zero else { return .zero }
            return try subarea.max.multiplied(by: rule.weight).multiplied(by: reach).divided(by: weights)
        }
    }

    static func sum(_ values: [Rational]) throws(ArithmeticOverflow) -> Rational {
        var total = Rational.zero
        for value in values { total = try total.adding(value) }
        return total
    }
}
