import Testing

@testable import Engine

/// A template filled in order gives the text a writer gives for the whole document: the
/// holes may be numbers, strings, `null` or whole objects and arrays, at any depth.
@Suite struct JSONTemplateTests {
    /// What goes in one hole, and how the writer would have written it in place.
    enum Hole {
        case integer(Int64)
        case decimal(Rational)
        case string(String)
        case null
        case value(JSONValue)
    }

    /// Writes `value`, leaving a hole for every scalar or container `isHole` picks (in
    /// writing order), into `template`, and the same value whole into `whole`; the holes'
    /// contents in order.
    static func write(
        _ value: JSONValue, template: inout JSONByteWriter, whole: inout JSONByteWriter, isHole: () -> Bool
    ) -> [Hole] {
        if isHole() {
            whole.value(value)
            template.hole()
            switch value {
            case .null: return [.null]
            case .string(let text): return [.string(text)]
            default: return [.value(value)]
            }
        }
        switch value {
        case .array(let elements):
            template.beginArray()
            whole.beginArray()
            let holes = elements.flatMap { write($0, template: &template, whole: &whole, isHole: isHole) }
            template.endArray()
            whole.endArray()
            return holes
        case .object(let members):
            template.beginObject()
            whole.beginObject()
            var holes: [Hole] = []
            for member in members {
                template.key(member.key)
                whole.key(member.key)
                holes += write(member.value, template: &template, whole: &whole, isHole: isHole)
            }
            template.endObject()
            whole.endObject()
            return holes
        default:
            template.value(value)
            whole.value(value)
            return []
        }
    }

    static func fill(_ template: JSONTemplate, _ holes: [Hole], buffer: inout [UInt8], prefix: [UInt8] = []) -> [UInt8] {
        var filler = JSONTemplate.Filler(template, reusing: &buffer, prefix: prefix)
        for hole in holes {
            switch hole {
            case .integer(let value): filler.number(value)
            case .decimal(let value): filler.number(value)
            case .string(let text): filler.string(text)
            case .null: filler.null()
            case .value(let value): filler.value { $0.value(value) }
            }
        }
        return filler.finish()
    }

    @Test(arguments: 0..<60)
    func randomDocumentsWithRandomHolesAreTheWritersText(seed: Int) {
        var random = JSONByteWriterTests.Seeded(state: UInt64(seed) &* 7919)
        let value = JSONValue.object(
            (0..<4).map { JSONMember("m\($0)", JSONByteWriterTests.randomValue(&random, depth: 0)) })
        let indent = seed % 2 == 0 ? 0 : 2
        var template = JSONByteWriter(indent: indent)
        var whole = JSONByteWriter(indent: indent)
        var picks = JSONByteWriterTests.Seeded(state: UInt64(seed) &+ 1)
        let holes = Self.write(value, template: &template, whole: &whole) { picks.below(3) == 0 }
        if indent == 0 {
            template.finish()
            whole.finish()
        }
        let made = JSONTemplate(template)
        #expect(made.holeCount == holes.count)
        var buffer: [UInt8] = []
        #expect(String(decoding: Self.fill(made, holes, buffer: &buffer), as: UTF8.self) == String(decoding: whole.bytes, as: UTF8.self))
    }

    /// Numbers in holes are written as the writer writes them; a prefix comes first; the
    /// buffer handed in is emptied and its memory used.
    @Test func numbersPrefixAndBuffer() throws {
        let third = try #require(Rational(numerator: 10, denominator: 3))
        let quarter = try #require(Rational(numerator: -1, denominator: 4))
        var template = JSONByteWriter()
        template.beginObject()
        template.key("a")
        template.hole()
        template.key("b")
        template.beginArray()
        template.hole()
        template.hole()
        template.endArray()
        template.endObject()
        template.finish()
        let made = JSONTemplate(template)
        #expect(made.holeCount == 3)
        var buffer = Array(repeating: UInt8(ascii: "x"), count: 4_096)
        let text = Self.fill(
            made, [.integer(-42), .decimal(third), .decimal(quarter)], buffer: &buffer, prefix: Array("> ".utf8))
        #expect(String(decoding: text, as: UTF8.self) == "> {\n  \"a\": -42,\n  \"b\": [\n    3.333333,\n    -0.25\n  ]\n}\n")
        #expect(buffer.isEmpty)
        #expect(text.capacity >= 4_096)
    }
}
