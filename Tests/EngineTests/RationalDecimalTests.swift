import Testing

@testable import Engine

@Suite struct RationalDecimalTests {
    static func r(_ numerator: Int64, _ denominator: Int64 = 1) -> Rational {
        Rational(numerator: numerator, denominator: denominator)!
    }

    static let validDecimals: [(String, Int64, Int64)] = [
        ("0.5", 1, 2),
        ("14.5", 29, 2),
        ("0.8", 4, 5),
        ("-0.0", 0, 1),
        ("-0", 0, 1),
        ("007", 7, 1),
        ("1.123456", 1_123_456, 1_000_000),
        ("1.100000", 11, 10),
        ("0.000001", 1, 1_000_000),
        ("1000000000000", 1_000_000_000_000, 1),
        ("-1000000000000", -1_000_000_000_000, 1),
        ("1000000000000.000000", 1_000_000_000_000, 1),
        ("999999999999.999999", 999_999_999_999_999_999, 1_000_000),
        ("-16.2", -81, 5),
        ("3.000", 3, 1),
        ("-3.0", -3, 1),
        ("-0.000000", 0, 1),
        ("-1000000000000.000000", -1_000_000_000_000, 1),
        ("12.500", 25, 2),
        ("-0.000010", -1, 100_000),
    ]

    @Test(arguments: validDecimals)
    func parsesDecimals(text: String, numerator: Int64, denominator: Int64) {
        #expect(Rational.parseDecimal(text) == .success(Self.r(numerator, denominator)))
        #expect(Rational(decimalText: text) == Self.r(numerator, denominator))
    }

    static let invalidDecimals: [(String, Rational.DecimalParseError)] = [
        ("0,5", .decimalComma),
        ("-12,25", .decimalComma),
        ("1.", .malformed),
        (".5", .malformed),
        ("-.5", .malformed),
        ("1,", .malformed),
        ("", .malformed),
        ("-", .malformed),
        ("+1", .malformed),
        ("--1", .malformed),
        ("1-", .malformed),
        ("1e3", .malformed),
        (" 1", .malformed),
        ("1 ", .malformed),
        ("1.2.3", .malformed),
        ("1.2,3", .malformed),
        ("١", .malformed),
        ("1.1234567", .tooManyDecimals),
        ("0.0000001", .tooManyDecimals),
        ("1.0000000", .tooManyDecimals),
        ("1000000000001", .tooLarge),
        ("-1000000000001", .tooLarge),
        ("1000000000000.000001", .tooLarge),
        ("99999999999999999999999999", .tooLarge),
        ("99999999999999999999999999.1234567", .tooManyDecimals),
    ]

    @Test(arguments: invalidDecimals)
    func rejectsDecimalsAndSaysWhy(text: String, error: Rational.DecimalParseError) {
        #expect(Rational.parseDecimal(text) == .failure(error))
        #expect(Rational(decimalText: text) == nil)
    }

    /// Every sign, whole part and fraction from a grid, against the value built digit by
    /// digit as numerator over 10^k (normalised by `Rational(numerator:denominator:)`).
    @Test func parsesAGridOfDecimalsAsNumeratorOverAPowerOfTen() {
        let wholes = ["0", "1", "7", "10", "120", "999999", "1000000000000"]
        let fractions = ["", "0", "00", "5", "50", "25", "125", "000001", "999999", "100000"]
        for negative in [false, true] {
            for whole in wholes {
                for fraction in fractions {
                    let text = (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
                    var scale: Int64 = 1
                    for _ in fraction { scale *= 10 }
                    let magnitude = Int64(whole)! * scale + (Int64(fraction) ?? 0)
                    let expected: Result<Rational, Rational.DecimalParseError> =
                        whole == "1000000000000" && magnitude != 1_000_000_000_000 * scale
                        ? .failure(.tooLarge)
                        : .success(Self.r(negative ? -magnitude : magnitude, scale))
                    #expect(Rational.parseDecimal(text) == expected, "\(text)")
                    #expect(Rational.parseDecimal(Substring(text)) == expected, "\(text) as a substring")
                }
            }
        }
    }

    /// One- and two-byte texts are read by ``Rational/smallWholeNumber(_:)`` when they are
    /// digits, to the value the digits spell; any other such text is left to the general parse.
    @Test func readsOneAndTwoDigitWholeNumbersDirectly() {
        let characters = Array("0123456789-.,a ")
        var texts = characters.map { String($0) }
        for first in characters { for second in characters { texts.append(String([first, second])) } }
        var direct = 0
        for text in texts {
            let small = Array(text.utf8).withUnsafeBufferPointer { Rational.smallWholeNumber($0) }
            if text.allSatisfy(\.isNumber) {
                direct += 1
                #expect(small == Self.r(Int64(text)!), "\(text)")
                #expect(Rational(decimalText: text) == Self.r(Int64(text)!), "\(text)")
            } else {
                #expect(small == nil, "\(text)")
            }
        }
        #expect(direct == 110)
        #expect(Rational.parseDecimal("-7") == .success(Self.r(-7)))
        #expect(Rational.parseDecimal("7.") == .failure(.malformed))
        #expect(Rational.parseDecimal("7,") == .failure(.malformed))
        #expect(Rational.parseDecimal("123") == .success(Self.r(123)))
    }

    @Test func parsesSubstrings() {
        let line = "score 14.5 points"
        let word = line.split(separator: " ")[1]
        #expect(Rational(decimalText: word) == Self.r(29, 2))
    }

    static let decimalStringCases: [(Int64, Int64, Int, String)] = [
        (29, 2, 6, "14.5"),
        (1, 3, 6, "0.333333"),
        (2, 3, 6, "0.666667"),
        (-2, 3, 6, "-0.666667"),
        (-1, 2, 6, "-0.5"),
        (5, 1, 6, "5"),
        (0, 1, 6, "0"),
        (1, 8, 2, "0.13"),
        (-1, 8, 2, "-0.13"),
        (1, 8, 0, "0"),
        (1, 2, 0, "1"),
        (-1, 2, 0, "-1"),
        (-1, 3, 0, "0"),
        (-1, 3_000_000, 6, "0"),
        (-1, 2_000_000, 6, "-0.000001"),
        (1, 2_000_000, 6, "0.000001"),
        (19_999_999, 20, 6, "999999.95"),
        (1_999_999_999, 2_000_000, 6, "1000"),
        (-1_999_999_999, 2_000_000, 6, "-1000"),
        (19_999_999_999_999, 20_000_000, 6, "1000000"),
        (1_999_999_997, 2_000_000, 6, "999.999999"),
        (39_999_999_999_999, 40_000_000, 5, "1000000"),
        (-39_999_999_999_999, 40_000_000, 5, "-1000000"),
        (81, 5, 6, "16.2"),
        (2421, 5, 6, "484.2"),
        (1, 1_000_000, 6, "0.000001"),
        (1, 1_000_000, 5, "0"),
        (1, 3, 18, "0.333333333333333333"),
        (1, 3, 40, "0.333333333333333333"),
        (2, 3, -1, "1"),
        (Int64.min, 1, 6, "-9223372036854775808"),
        (Int64.max, 2, 6, "4611686018427387903.5"),
        (1, Int64.max, 18, "0"),
        (Int64.max - 1, Int64.max, 6, "1"),
    ]

    @Test(arguments: decimalStringCases)
    func decimalStringRoundsHalfAwayFromZero(numerator: Int64, denominator: Int64, digits: Int, expected: String) {
        #expect(Self.r(numerator, denominator).decimalString(maxFractionDigits: digits) == expected)
    }

    static let roundingCases: [(Int64, Int64, Int64)] = [
        (29, 2, 15),
        (-29, 2, -15),
        (5, 2, 3),
        (-5, 2, -3),
        (1, 2, 1),
        (-1, 2, -1),
        (3, 2, 2),
        (149, 100, 1),
        (-149, 100, -1),
        (1, 3, 0),
        (2, 3, 1),
        (-2, 3, -1),
        (81, 5, 16),
        (7, 1, 7),
        (0, 1, 0),
        (Int64.max, 1, Int64.max),
        (Int64.min, 1, Int64.min),
        (Int64.max, 2, 1 << 62),
        (-Int64.max, 2, -(1 << 62)),
        (Int64.max - 1, Int64.max, 1),
    ]

    @Test(arguments: roundingCases)
    func pointsRoundHalfAwayFromZero(numerator: Int64, denominator: Int64, expected: Int64) {
        #expect(Self.r(numerator, denominator).roundedHalfAwayFromZero() == expected)
    }

    static let percentCases: [(String, String, Int64)] = [
        ("16.2", "20", 81),
        ("14.5", "20", 73),
        ("-14.5", "20", -73),
        ("14.5", "-20", -73),
        ("5.75", "10", 58),
        ("-5.75", "10", -58),
        ("0.005", "1", 1),
        ("-0.005", "1", -1),
        ("0.004999", "1", 0),
        ("26", "30", 87),
        ("484.2", "800", 61),
        ("0", "20", 0),
        ("20", "20", 100),
        ("30", "20", 150),
        ("1", "0", 0),
        ("1000000000000", "0.01", 10_000_000_000_000_000),
    ]

    @Test(arguments: percentCases)
    func percentRoundsHalfAwayFromZero(value: String, max: String, expected: Int64) throws {
        let value = try #require(Rational(decimalText: value))
        let max = try #require(Rational(decimalText: max))
        #expect(value.percent(of: max) == expected)
    }

    @Test func percentIsExactBeyondInt64AndSaturates() throws {
        #expect(Self.r(1, 3).percent(of: .one) == 33)
        #expect(Self.r(2, 3).percent(of: .one) == 67)
        #expect(Self.r(1, 200).percent(of: .one) == 1)
        #expect(Self.r(1, 201).percent(of: .one) == 0)
        // a(a+4)/(a+2)²: just below 1, and not representable as a Rational.
        let a: Int64 = (1 << 62) + 1
        let x = Self.r(a, a + 2)
        let y = Self.r(a + 2, a + 4)
        #expect(throws: ArithmeticOverflow(.division)) { try x.divided(by: y) }
        #expect(x.percent(of: y) == 100)
        #expect(Self.r(1, Int64.max).percent(of: Self.r(2, Int64.max - 2)) == 50)
        #expect(Rational(Int64.max).percent(of: .one) == Int64.max)
        #expect(Rational(Int64.min).percent(of: .one) == Int64.min)
        #expect(Rational(Int64.max).percent(of: Rational(100)) == Int64.max)
        #expect(Rational(Int64.min).percent(of: Rational(-100)) == Int64.max)
    }

    @Test func decimalStringRoundTripsValuesWithSixDecimals() throws {
        var random = RationalTests.SplitMix64(state: 0x4B6F_6D70_6173_73)
        let scales: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
        for _ in 0..<500 {
            let scale = scales[Int.random(in: 0..<scales.count, using: &random)]
            let bound = Rational.maxDecimalMagnitude * scale
            let value = Self.r(Int64.random(in: -bound...bound, using: &random), scale)
            let text = value.decimalString()
            #expect(Rational.parseDecimal(text) == .success(value), "\(value) printed as \(text)")
        }
    }

    @Test func decimalStringIsWithinHalfAMillionth() throws {
        var random = RationalTests.SplitMix64(state: 81)
        let halfUnit = Self.r(1, 2_000_000)
        let lowest = try halfUnit.negated()
        for _ in 0..<500 {
            let value = Self.r(
                Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &random),
                Int64.random(in: 1...1_000_000_007, using: &random))
            let text = value.decimalString()
            let parsed = try #require(Rational(decimalText: text), "\(value) printed as \(text)")
            let error = try parsed.subtracting(value)
            #expect(error.clamped(to: lowest...halfUnit) == error, "\(value) printed as \(text)")
            #expect(!text.hasPrefix("-0") || text.hasPrefix("-0."), "\(text)")
            #expect(!text.contains(".") || !text.hasSuffix("0"), "\(text)")
        }
    }
}
