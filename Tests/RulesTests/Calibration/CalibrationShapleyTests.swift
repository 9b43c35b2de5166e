import Analysis
import Engine
import Rules
import Testing

/// The pairwise split of a score difference (docs/STATISTICS.md §4): Shapley values over the
/// differing findings and judgements, plus the override difference, adding up exactly.
@Suite struct CalibrationShapleyTests {
    static let capped = """
        instrument "Split" version "1"
        fact f: flag "F"
        fact g: flag "G"
        fact h: flag "H"
        fact s: flag "S"
        fact a: flag "A"
        area x "X" max 100
        subarea x.1 "Capped" max 10
          rule x.1.a "A" when f award 4
          rule x.1.b "B" when g award 5
          rule x.1.c "C" when h award 3
        subarea x.2 "Condition" max 10
          rule x.2.a "System" when s award 4
          rule x.2.b "System and analysis" when s and a award 6
        subarea x.3 "Judged" max 20 weighted
          rule x.3.a "Judged" judgement max 1
          rule x.3.b "Flag" when f
        """

    static func part(_ difference: SubareaDifference, _ source: DifferenceSource) -> Double? {
        difference.parts.first { $0.source == source }?.points
    }

    /// 4 + 5 + 3 capped at 10 against 4 alone: g and h differ. Alone g would add 5 and h 3,
    /// but together they add only 6; Shapley: g = ½(5 + 3) = 4, h = ½(3 + 1) = 2.
    @Test func bindingCapSharesTheCut() throws {
        let instrument = try Fixture.instrument(Self.capped)
        let first = try CalibrationFixtures.record(
            instrument, evaluator: "E1", body: "finding f = yes\nfinding g = yes\nfinding h = yes\n")
        let second = try CalibrationFixtures.record(
            instrument, evaluator: "E2", body: "finding f = yes\nfinding g = no\nfinding h = no\n")
        let subarea = CalibrationFixtures.index("x.1", in: instrument)
        let split = try DifferenceAttribution.split(first, second, subarea: subarea, instrument: instrument)
        #expect(split.difference == q(6))
        #expect(split.ruleDifference == q(6))
        #expect(split.parts.count == 2)
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("g", in: instrument))) == 4)
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("h", in: instrument))) == 2)
    }

    /// `s and a` pays 6 only with both; s alone pays 4. From neither to both (10 points):
    /// s = ½(4 + 10) = 7, a = ½(0 + 6) = 3.
    @Test func andConditionSharesTheJointPoints() throws {
        let instrument = try Fixture.instrument(Self.capped)
        let first = try CalibrationFixtures.record(instrument, evaluator: "E1", body: "finding s = yes\nfinding a = yes\n")
        let second = try CalibrationFixtures.record(instrument, evaluator: "E2", body: "finding s = no\nfinding a = no\n")
        let subarea = CalibrationFixtures.index("x.2", in: instrument)
        let split = try DifferenceAttribution.split(first, second, subarea: subarea, instrument: instrument)
        #expect(split.difference == q(10))
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("s", in: instrument))) == 7)
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("a", in: instrument))) == 3)
        // The other way round the parts change sign.
        let reverse = try DifferenceAttribution.split(second, first, subarea: subarea, instrument: instrument)
        #expect(Self.part(reverse, .finding(fact: CalibrationFixtures.fact("s", in: instrument))) == -7)
    }

    /// An unassessed fact against an assessed one is a difference, scored at its least value.
    @Test func unassessedAgainstAssessedCounts() throws {
        let instrument = try Fixture.instrument(Self.capped)
        let first = try CalibrationFixtures.record(instrument, evaluator: "E1", body: "finding f = yes\nfinding g = yes\n")
        let second = try CalibrationFixtures.record(instrument, evaluator: "E2", body: "finding f = yes\n")
        let subarea = CalibrationFixtures.index("x.1", in: instrument)
        let split = try DifferenceAttribution.split(first, second, subarea: subarea, instrument: instrument)
        #expect(split.parts.map(\.source) == [.finding(fact: CalibrationFixtures.fact("g", in: instrument))])
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("g", in: instrument))) == 5)
    }

    /// A judgement and an override: ΔA = φ(judgement) + φ(finding) + ΔO, exactly.
    /// x.3 is weighted (max 20, two rules of weight 1): judgement 1 vs 0.5 is 5 points,
    /// f yes vs no is 10 points; E2's override of 12 replaces a computed 5.
    @Test func judgementsAndOverridesAreSeparateParts() throws {
        let instrument = try Fixture.instrument(Self.capped)
        let first = try CalibrationFixtures.record(
            instrument, evaluator: "E1", body: "finding f = yes\njudge x.3.a = 1 because \"Alla nämnder.\"\n")
        let second = try CalibrationFixtures.record(
            instrument, evaluator: "E2",
            body: "finding f = no\njudge x.3.a = 0.5 because \"Hälften.\"\noverride x.3 = 12 because \"Helheten.\"\n")
        let subarea = CalibrationFixtures.index("x.3", in: instrument)
        let split = try DifferenceAttribution.split(first, second, subarea: subarea, instrument: instrument)
        #expect(split.difference == q(8))  // 20 − 12
        #expect(split.ruleDifference == q(15))  // 20 − 5
        #expect(split.overrideDifference == q(-7))  // 0 − (12 − 5)
        #expect(Self.part(split, .judgement(rule: CalibrationFixtures.index("x.3.a", in: instrument))) == 5)
        #expect(Self.part(split, .finding(fact: CalibrationFixtures.fact("f", in: instrument))) == 10)
        #expect(Self.part(split, .override) == -7)
        #expect(split.parts.reduce(0) { $0 + $1.points } == 8)
    }

    /// On every pair of the example round, every subarea's parts add up to its difference,
    /// and the subareas (with any area cut) to the total.
    @Test func partsAddUpOnTheExampleRound() throws {
        let (instrument, round) = try CalibrationFixtures.example()
        var checked = 0
        for row in round.cells {
            let present = row.compactMap { $0 }
            for i in present.indices {
                for j in present.indices where j > i {
                    let pair = try DifferenceAttribution.pair(
                        round.records[present[i]], round.records[present[j]], instrument: instrument)
                    var total = 0.0
                    for subarea in pair.subareas {
                        let sum = subarea.parts.reduce(0) { $0 + $1.points }
                        #expect(close(sum, decimal(subarea.difference)))
                        total += sum
                    }
                    #expect(close(total + decimal(pair.areaCapDifference), decimal(pair.total)))
                    #expect(close(pair.findings + pair.judgements + pair.overrides + pair.unattributed, total))
                    checked += 1
                }
            }
        }
        #expect(checked == 18)
    }

    func decimal(_ value: Rational) -> Double { Double(value.numerator) / Double(value.denominator) }
}
