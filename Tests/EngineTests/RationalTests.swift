import Testing

@testable import Engine

@Suite struct RationalTests {
    /// SplitMix64: a tiny seeded generator, so property tests are deterministic.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func r(_ numerator: Int64, _ denominator: Int64 = 1) -> Rational {
        Rational(numerator: numerator, denominator: denominator)!
    }

    static let big = Int64.max  // 2^63 - 1 = 7^2 · 73 · 127 · 337 · 92737 · 649657

    static let normalisationCases: [(Int64, Int64, Int64, Int64)] = [
        (6, 4, 3, 2),
        (-6, 4, -3, 2),
        (6, -4, -3, 2),
        (-6, -4, 3, 2),
        (0, 7, 0, 1),
        (0, -7, 0, 1),
        (5, 1, 5, 1),
        (Int64.min, 1, Int64.min, 1),
        (Int64.min, -2, 1 << 62, 1),
        (Int64.min, Int64.min, 1, 1),
        (Int64.max, Int64.max, 1, 1),
        (-(1 << 61) * 3, 1 << 61, -3, 1),
    ]

    @Test(arguments: normalisationCases)
    func normalisesSignAndCommonFactors(
        numerator: Int64, denominator: Int64, reducedNumerator: Int64, reducedDenominator: Int64
    ) throws {
        let value = try #require(Rational(numerator: numerator, denominator: denominator))
        #expect(value.numerator == reducedNumerator)
        #expect(value.denominator == reducedDenominator)
    }

    static let unrepresentableCases: [(Int64, Int64)] = [
        (1, 0), (0, 0), (Int64.min, 0), (1, Int64.min), (Int64.min, -1), (3, Int64.min),
    ]

    @Test(arguments: unrepresentableCases)
    func rejectsZeroDenominatorAndUnrepresentableValues(numerator: Int64, denominator: Int64) {
        #expect(Rational(numerator: numerator, denominator: denominator) == nil)
    }

    @Test func constantsAndIntegers() {
        #expect(Rational.zero == Self.r(0, 5))
        #expect(Rational.one == Self.r(-3, -3))
        #expect(Rational(-4) == Self.r(8, -2))
        #expect(Set([Self.r(1, 2), Self.r(2, 4), Self.r(-3, -6)]).count == 1)
    }

    @Test func thirdsAddUpToOne() throws {
        let third = Self.r(1, 3)
        #expect(try third.adding(third).adding(third) == .one)
        #expect(try Rational.one.subtracting(third).subtracting(third).subtracting(third) == .zero)
        #expect(try Self.r(1, 6).adding(Self.r(1, 3)) == Self.r(1, 2))
        #expect(try Self.r(5, 6).multiplied(by: Self.r(3, 10)) == Self.r(1, 4))
    }

    @Test func weightedExampleFromDesign() throws {
        // 20 · (3 · 0.8 + 1 · 0.5) / 4 == 14.5
        let weighted = try Rational(3).multiplied(by: Self.r(8, 10)).adding(Rational(1).multiplied(by: Self.r(1, 2)))
        let points = try Rational(20).multiplied(by: weighted).divided(by: Rational(4))
        #expect(points == Self.r(29, 2))
        #expect(points.description == "29/2")
    }

    @Test func crossCancellationAvoidsNeedlessOverflow() throws {
        let a = Self.r(1 << 62, 3)
        let b = Self.r(3, 1 << 62)
        #expect(try a.multiplied(by: b) == .one)
        #expect(try a.divided(by: a) == .one)
        #expect(try Self.r(1, 1 << 62).adding(Self.r(1, 1 << 62)) == Self.r(1, 1 << 61))
        // a·d + c·b overflows 64 bits, but the reduced sum fits.
        #expect(try Self.r(Self.big, 2).adding(Self.r(Self.big, 2)) == Rational(Self.big))
        #expect(try Self.r(Int64.min + 1, 2).subtracting(Self.r(Self.big, 2)) == Rational(Int64.min + 1))
    }

    @Test func overflowThrowsInsteadOfTrapping() {
        #expect(throws: ArithmeticOverflow(.addition)) { try Rational(Self.big).adding(.one) }
        #expect(throws: ArithmeticOverflow(.subtraction)) { try Rational(.min).subtracting(.one) }
        #expect(throws: ArithmeticOverflow(.multiplication)) { try Rational(Self.big).multiplied(by: Rational(2)) }
        #expect(throws: ArithmeticOverflow(.multiplication)) {
            try Self.r(1, Self.big).multiplied(by: Self.r(1, Self.big - 1))
        }
        #expect(throws: ArithmeticOverflow(.division)) { try Rational(Self.big).divided(by: Self.r(1, 2)) }
        #expect(throws: ArithmeticOverflow(.division)) { try Rational.one.divided(by: Rational(.min)) }
        #expect(throws: ArithmeticOverflow(.negation)) { try Rational(.min).negated() }
        #expect(throws: ArithmeticOverflow(.addition)) { try Self.r(1, Self.big).adding(Self.r(1, Self.big - 1)) }
    }

    @Test func divisionByZeroThrows() {
        #expect(throws: ArithmeticOverflow(.division, reason: .divisionByZero)) { try Rational.one.divided(by: .zero) }
        #expect(throws: ArithmeticOverflow(.division, reason: .divisionByZero)) { try Rational.zero.divided(by: .zero) }
        #expect(ArithmeticOverflow(.division, reason: .divisionByZero).description == "division by zero")
        #expect(ArithmeticOverflow(.addition).description == "addition overflows exact 64-bit arithmetic")
    }

    @Test func negationAndZeroProducts() throws {
        #expect(try Self.r(-3, 4).negated() == Self.r(3, 4))
        #expect(try Rational(Self.big).negated() == Rational(-Self.big))
        #expect(try Rational.zero.negated() == .zero)
        #expect(try Rational.zero.multiplied(by: Self.r(2, 3)) == .zero)
        #expect(try Self.r(-2, 3).multiplied(by: .zero).denominator == 1)
        #expect(try Rational.zero.divided(by: Self.r(-7, 9)) == .zero)
    }

    @Test func comparesExactlyBeyondInt64CrossProducts() {
        // 1 - 1/M > 1 - 1/(M-1): cross products near 2^126, equal as Doubles.
        let a = Self.r(Self.big - 1, Self.big)
        let b = Self.r(Self.big - 2, Self.big - 1)
        #expect(b < a)
        #expect(!(a < b))
        #expect(Self.r(-(Self.big - 1), Self.big) < Self.r(-(Self.big - 2), Self.big - 1))
        #expect(Rational(.min) < Rational(Self.big))
        #expect(Rational(.min) < Self.r(.min + 1, Self.big))
        #expect(Self.r(-1, Self.big) < .zero)
        #expect(Self.r(1, 3) < Self.r(1, 2))
        #expect(!(Self.r(1, 3) < Self.r(2, 6)))
    }

    @Test func minMaxAndClamp() {
        let range = Rational.zero...Rational.one
        #expect(min(Self.r(1, 3), Self.r(1, 4)) == Self.r(1, 4))
        #expect(max(Self.r(-1, 3), Self.r(-1, 4)) == Self.r(-1, 4))
        #expect(Self.r(3, 2).clamped(to: range) == .one)
        #expect(Self.r(-1, 2).clamped(to: range) == .zero)
        #expect(Self.r(1, 2).clamped(to: range) == Self.r(1, 2))
    }

    static let integerPartCases: [(Int64, Int64, Int64, Int64)] = [
        (7, 2, 3, 3),
        (-7, 2, -3, -4),
        (6, 3, 2, 2),
        (-6, 3, -2, -2),
        (1, 3, 0, 0),
        (-1, 3, 0, -1),
        (0, 1, 0, 0),
        (Int64.min, 1, Int64.min, Int64.min),
        (Int64.min + 1, 2, -(1 << 62) + 1, -(1 << 62)),
    ]

    @Test(arguments: integerPartCases)
    func integerPartTruncatesAndFloorRoundsDown(numerator: Int64, denominator: Int64, integerPart: Int64, floor: Int64)
    {
        let value = Self.r(numerator, denominator)
        #expect(value.integerPart() == integerPart)
        #expect(value.floor() == floor)
        #expect(value.isInteger == (Rational(floor) == value))
    }

    @Test func randomArithmeticIdentities() throws {
        var random = SplitMix64(state: 2020)
        for _ in 0..<400 {
            let a = Self.r(
                Int64.random(in: -1_000_000...1_000_000, using: &random), Int64.random(in: 1...10_000, using: &random))
            let b = Self.r(
                Int64.random(in: -1_000_000...1_000_000, using: &random), Int64.random(in: 1...10_000, using: &random))
            #expect(try a.adding(b).subtracting(b) == a)
            #expect(try a.adding(b) == b.adding(a))
            #expect(try (a < b) == (a.subtracting(b) < .zero))
            #expect(a.floor() <= a.integerPart() && Rational(a.floor()) <= a)
            if b != .zero {
                #expect(try a.multiplied(by: b).divided(by: b) == a)
            }
        }
    }
}
