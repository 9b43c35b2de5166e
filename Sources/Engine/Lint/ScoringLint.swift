/// The scoring lint of `check`: an instrument that parses and checks cleanly can still
/// score in ways its author did not mean. Each finding is a warning (the instrument
/// still scores); ids `lint.*` in the catalogue.
///
/// - `lint.unreachable-max`: a subarea whose rules can never reach its maximum.
/// - `lint.dead-rule`: a rule of a points subarea that can never count, because the
///   least values of the other rules already fill the maximum.
/// - `lint.never-fires`: a rule, or a part of its clause, that can never apply under
///   the fact types (bands beyond a closed set, levels beyond the ladder, items outside
///   a closed list).
/// - `lint.fact-read-twice`: a fact read more than once in one subarea, not all in one
///   direction, so that its bounds are approximate while it is unassessed.
/// - `lint.unused-fact`: a fact no rule reads.
/// - `lint.area-max-sum`: an area whose maximum is not the sum of its subareas' maxima.
public struct ScoringLint {
    let instrument: Instrument
    let catalog: FactCatalog
    /// Each rule's reach, indexed like ``Instrument/rules``.
    let reaches: [RuleReach]

    /// A lint of an instrument.
    public init(_ instrument: Instrument) {
        self.instrument = instrument
        self.catalog = FactCatalog(facts: instrument.facts, ladders: instrument.ladders)
        self.reaches = instrument.rules.map { [catalog] in $0.kind.reach(catalog) }
    }

    /// Every lint finding of an instrument, in source order of the instrument.
    public static func check(_ instrument: Instrument) -> [Diagnostic] {
        ScoringLint(instrument).diagnostics()
    }

    /// Every lint finding, in source order of the instrument.
    public func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for area in instrument.areas.indices {
            found += areaMaximum(area)
            for subarea in instrument.areas[area].subareas {
                found += unreachableMaximum(subarea)
                found += instrument.subareas[subarea].rules.flatMap { neverFires($0) + deadRule($0) }
                found += factsReadTwice(subarea)
            }
        }
        return found + unusedFacts()
    }

    /// The exact sum, or nil when it overflows (the check is then skipped).
    static func sum(_ values: some Sequence<Rational>) -> Rational? {
        var total = Rational.zero
        for value in values {
            guard let next = try? total.adding(value) else { return nil }
            total = next
        }
        return total
    }

    /// A value as messages write it.
    static func text(_ value: Rational) -> String {
        value.decimalString(maxFractionDigits: 3)
    }
}
