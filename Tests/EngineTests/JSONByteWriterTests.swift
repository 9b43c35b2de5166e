import Testing

@testable import Engine

/// The byte writer gives, value by value, the bytes `JSONWriter` gives for the same tree.
@Suite struct JSONByteWriterTests {
    /// A small seeded generator, so that every run checks the same values.
    struct Seeded {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let strings = [
        "", "a", "kompass-score", "1.2.a", "Ale kommun", "\"quoted\"", "back\\slash", "line\nbreak", "tab\there",
        "\r\u{08}\u{0C}", "\u{01}\u{1F}", "Anna Eklöf", "å ä ö", "a/b", "emoji 🧭", "\u{7F}",
    ]

    static func randomValue(_ random: inout Seeded, depth: Int) -> JSONValue {
        switch random.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2: return .number(String(Int64(bitPattern: random.next()) >> random.below(64)))
        case 3: return .number(["0.5", "-0", "1e400", "484.2", "0.10"][random.below(5)])
        case 4: return .string(strings[random.below(strings.count)])
        case 5: return .array((0..<random.below(5)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            return .object(
                (0..<random.below(5)).map { _ in
                    JSONMember(strings[random.below(strings.count)], randomValue(&random, depth: depth + 1))
                })
        }
    }

    static func written(_ value: JSONValue, pretty: Bool) -> String {
        var writer = JSONByteWriter(pretty: pretty)
        writer.value(value)
        writer.finish()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func sampleIsWrittenAsTheTreeWriterWritesIt() {
        #expect(Self.written(JSONWriterTests.sample, pretty: true) == JSONWriter.write(JSONWriterTests.sample))
        #expect(
            Self.written(JSONWriterTests.sample, pretty: false) == JSONWriter.write(JSONWriterTests.sample, pretty: false))
    }

    @Test func manyRandomValuesAreWrittenAsTheTreeWriterWritesThem() {
        var random = Seeded(state: 13)
        var containers = 0
        for _ in 0..<2_000 {
            let value = Self.randomValue(&random, depth: 0)
            if value.arrayValue != nil || value.objectValue != nil { containers += 1 }
            #expect(Self.written(value, pretty: true) == JSONWriter.write(value))
            #expect(Self.written(value, pretty: false) == JSONWriter.write(value, pretty: false))
        }
        #expect(containers > 500)
    }

    /// Elements written apart at a deeper indentation and joined give the whole array.
    @Test func elementsWrittenApartJoinToTheArray() {
        var random = Seeded(state: 7)
        for pretty in [true, false] {
            let elements = (0..<40).map { _ in Self.randomValue(&random, depth: 1) }
            var writer = JSONByteWriter(pretty: pretty)
            writer.beginArray()
            for element in elements {
                var apart = JSONByteWriter(pretty: pretty, indent: 2)
                apart.value(element)
                writer.element(apart.bytes)
            }
            writer.endArray()
            writer.finish()
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONWriter.write(.array(elements), pretty: pretty))
        }
    }

    @Test func membersWithLiteralKeysAndScalars() {
        var writer = JSONByteWriter()
        writer.beginObject()
        writer.key("points")
        writer.number(Rational(numerator: 29, denominator: 2)!)
        writer.key("rounded")
        writer.number(Int64(-15))
        writer.key("by")
        writer.null()
        writer.key("ids")
        writer.beginArray()
        writer.quotedString(JSONByteWriter.quoted("1.2\"a"))
        writer.bool(true)
        writer.endArray()
        writer.key("empty")
        writer.beginObject()
        writer.endObject()
        writer.endObject()
        writer.finish()
        let expected: JSONValue = [
            "points": .number("14.5"), "rounded": -15, "by": .null, "ids": ["1.2\"a", true], "empty": .object([]),
        ]
        #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONWriter.write(expected))
    }

    static func decimal(_ value: Rational) -> String {
        var bytes: [UInt8] = []
        JSONByteWriter.appendDecimal(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        (Int64(1), Int64(3), "0.333333"), (-1, 2, "-0.5"), (2, 3, "0.666667"), (29, 2, "14.5"), (0, 1, "0"),
        (-1, 10_000_000, "0"), (1, 2_000_000, "0.000001"), (-1, 2_000_000, "-0.000001"), (19_999_999, 2_000_000, "10"),
        (1_999_999, 2_000_000, "1"), (-1_999_999, 2_000_000, "-1"), (1, 1_000_000, "0.000001"), (101, 100, "1.01"),
        (Int64.max, 1, "9223372036854775807"), (Int64.min, 1, "-9223372036854775808"),
        (Int64.max, Int64.max - 1, "1"), (Int64.min + 1, Int64.max - 1, "-1"), (1, Int64.max, "0"),
    ])
    func decimalsAreTheContractsNumbers(_ numerator: Int64, _ denominator: Int64, _ expected: String) throws {
        let value = try #require(Rational(numerator: numerator, denominator: denominator))
        #expect(Self.decimal(value) == expected)
        #expect(Self.decimal(value) == value.decimalString())
    }

    @Test func manyDecimalsAreWhatDecimalStringGives() {
        var random = Seeded(state: 42)
        var fractions = 0
        for round in 0..<20_000 {
            // Small and large numerators and denominators, both signs.
            let numerator = Int64(bitPattern: random.next()) >> (round % 2 == 0 ? 40 : random.below(64))
            let denominator = Int64(random.next() >> UInt64(2 + random.below(62))) + 1
            guard let value = Rational(numerator: numerator, denominator: denominator) else { continue }
            if value.denominator != 1 { fractions += 1 }
            #expect(Self.decimal(value) == value.decimalString())
        }
        #expect(fractions > 10_000)
    }

    @Test(arguments: [Int64.min, -10, -9, -1, 0, 1, 9, 10, 99, 100, 1_000_000, Int64.max])
    func integersAreTheirDecimalText(_ value: Int64) {
        var bytes: [UInt8] = []
        JSONByteWriter.appendInteger(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }
}
