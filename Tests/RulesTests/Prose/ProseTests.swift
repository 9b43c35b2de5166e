import Analysis
import Engine
import Statistics
import Testing

@testable import Reports

/// The shared prose facility of the text outputs: numbers with at most two decimals,
/// rounded half away from zero, decimal comma and `81 %` in Swedish, a real minus sign,
/// grouping as the report groups, units agreeing with their number, status words.
@Suite struct ProseTests {
    static let sv = Prose(.sv)
    static let en = Prose(.en)

    /// Exact halves round away from zero, also where a double would sit below the half
    /// (1.005, 2.675) and where `String(format:)` would round to even (0.125, 2.5).
    @Test(arguments: [
        ("1.005", "1,01", "1.01"), ("2.675", "2,68", "2.68"), ("0.125", "0,13", "0.13"), ("-0.125", "−0,13", "−0.13"),
        ("16.25", "16,25", "16.25"), ("484.187555", "484,19", "484.19"), ("-0.004", "0", "0"), ("10", "10", "10"),
        ("0.1", "0,1", "0.1"), ("12345.678", "12\u{00A0}345,68", "12,345.68"), ("1234", "1234", "1,234"),
    ])
    func exactNumbers(_ value: String, _ swedish: String, _ english: String) {
        #expect(Self.sv.number(q(value)) == swedish)
        #expect(Self.en.number(q(value)) == english)
    }

    @Test func statistics() {
        #expect(Self.sv.number(0.125) == "0,13")
        #expect(Self.en.number(2.5, digits: 0) == "3")
        #expect(Self.en.number(-2.5, digits: 0) == "−3")
        #expect(Self.sv.number(-0.0001) == "0")
        #expect(Self.sv.number(Double.nan) == "saknas")
        #expect(Self.en.number(Double.infinity) == "n/a")
        #expect(Self.sv.share(0.2149) == "21\u{00A0}%")
        #expect(Self.en.share(0.215) == "22%")
    }

    @Test func signsAndPercent() {
        #expect(Self.sv.signed(q("2.5")) == "+2,5")
        #expect(Self.en.signed(q("-0.5")) == "−0.5")
        #expect(Self.en.signed(q("0.001")) == "0")
        #expect(Self.sv.signed(-9.18, digits: 1) == "−9,2")
        #expect(Self.sv.percent(Int64(81)) == "81\u{00A0}%")
        #expect(Self.en.percent(Int64(81)) == "81%")
        #expect(Self.sv.percent(q("60.5")) == "60,5\u{00A0}%")
        #expect(Self.sv.shown(q("14.5")) == "15")
        #expect(Self.en.shown(q("-14.5")) == "−15")
        #expect(Self.sv.localized("-1234567.5") == "−1\u{00A0}234\u{00A0}567,5")
        #expect(Self.en.localized("n/a") == "n/a")
    }

    /// "1 poäng" / "2,5 poäng"; "1 point" / "2.5 points"; counts agree with their noun.
    @Test func numberWords() {
        #expect(Self.sv.points(q(1)) == "1 poäng")
        #expect(Self.sv.points(q("2.5")) == "2,5 poäng")
        #expect(Self.en.points(q(1)) == "1 point")
        #expect(Self.en.points(q("2.5")) == "2.5 points")
        #expect(Self.en.points(q(0)) == "0 points")
        #expect(Self.en.points(q("1.004")) == "1 point")
        #expect(Self.en.signedPoints(q(1)) == "+1 point")
        #expect(Self.en.signedPoints(q(-1)) == "−1 point")
        #expect(Self.en.signedPoints(q(2)) == "+2 points")
        let action = Noun("åtgärd", "åtgärder")
        #expect(Self.sv.count(1, action) == "1 åtgärd")
        #expect(Self.sv.count(37, action) == "37 åtgärder")
        #expect(Self.en.count(12345, Noun("node", "nodes")) == "12,345 nodes")
    }

    @Test func statusWordsAndLists() {
        #expect(
            [RuleStatus.hit, .partial, .miss, .unassessed].map(Self.sv.status) == [
                "uppfylld", "delvis uppfylld", "ej uppfylld", "ej bedömd",
            ])
        #expect(
            [RuleStatus.hit, .partial, .miss, .unassessed].map(Self.en.status) == [
                "met", "partly met", "not met", "not assessed",
            ])
        #expect(Self.sv.list(["a", "b", "c"]) == "a, b och c")
        #expect(Self.en.list(["a", "b"]) == "a and b")
        #expect(Self.sv.yesNo(true) == "ja" && Self.en.yesNo(false) == "no")
        #expect(Self.sv.quoted("Plan") == "”Plan”" && Self.en.quoted("Plan") == "“Plan”")
    }

    /// Why a statistic is undefined is a case with its numbers (issue 15), written in the
    /// prose's language from the case, not matched from English text.
    @Test func reasons() {
        let reason = UndefinedReason.tooFewUnits(required: 5, found: 3)
        #expect(
            UndefinedReasonWords.text(reason, Self.sv)
                == "otillräckliga data: kräver minst 5 enheter med tillräckligt många bedömningar, fann 3")
        #expect(UndefinedReasonWords.text(reason, Self.en) == reason.description)
        #expect(UndefinedReasonWords.text(nil, Self.sv) == "inte beräknad")
        #expect(UndefinedReasonWords.cell(.noResidualVariance, Self.sv) == "odefinierad")
        #expect(UndefinedReasonWords.cell(reason, Self.en) == Self.en.notAvailable)
    }

    /// An interval end with more than two decimals is rounded outwards, so the interval
    /// shown still contains the exact one.
    @Test func intervalsRoundOutwards() throws {
        let interval = ExactInterval(lower: q("10.875"), lowerClosed: true, upper: q("11.025"), upperClosed: false)
        #expect(ComparisonTable.interval(interval, Self.en) == "[10.87, 11.03)")
        #expect(ComparisonTable.interval(interval, Self.sv) == "[10,87; 11,03)")
        #expect(ComparisonTable.interval(.closed(q("18.15"), q("18.45")), Self.sv) == "[18,15; 18,45]")
    }

    /// Changes read as prose in either language; a set change that only adds items is an
    /// `add`; a judgement names its rule.
    @Test func changes() throws {
        let instrument = try Fixture.instrument(
            """
            instrument "K" version "1" language "sv"
            ladder m: none < exists
            fact f: flag "F"
            fact s: set "S"
            fact l: level m "L"
            area 1 "A" max 10
              subarea 1.1 "B" max 10
                rule 1.1.a "R" when f award 1
                rule 1.1.b "T" each s award 1 cap 3
                rule 1.1.c "U" ladder l { exists: 2 }
                rule 1.1.d "J" judgement max 1
            """)
        let f = try #require(instrument.factIndex["f"])
        let s = try #require(instrument.factIndex["s"])
        let l = try #require(instrument.factIndex["l"])
        var values = [FactValue?](repeating: nil, count: instrument.facts.count)
        values[s] = .set(["a"])
        #expect(Self.sv.change(PlanChange(set: f, to: .flag(true)), in: instrument) == "f = ja")
        #expect(Self.en.change(PlanChange(add: ["b"], to: s), in: instrument) == "add {b} to s")
        #expect(Self.sv.change(PlanChange(add: ["b"], to: s), in: instrument) == "lägg till {b} i s")
        #expect(
            Self.sv.change(FindingChange(fact: s, value: .set(["a", "b"])), rule: 1, in: instrument, values: values)
                == "lägg till {b} i s")
        #expect(
            Self.en.change(FindingChange(fact: l, value: .level(1)), rule: 2, in: instrument, values: values)
                == "l = exists")
        #expect(
            Self.sv.change(FindingChange(judgement: q("0.5")), rule: 3, in: instrument, values: values)
                == "bedömning 1.1.d = 0,5")
        #expect(Self.en.value(ofFact: f, in: values, instrument: instrument) == "not assessed")
    }
}
