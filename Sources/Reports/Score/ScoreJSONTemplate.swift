import Engine

/// What the score JSON of every evidence file repeats for one instrument, written once:
/// keys, ids, titles, kinds, maxima, weights, the facts each rule reads, separators and
/// indentation, with holes for what differs between files. A thousand files scored
/// against one instrument then cost only their own values (``ScoreJSON/fill(_:into:)``).
struct ScoreJSONTemplate: Sendable {
    /// The text of one file's object, as an element of the document's array (indent 2) or
    /// as the document itself (indent 0, with its final newline).
    let template: JSONTemplate
    /// What tells this instrument from another: name, version, hash and sizes.
    private let identity: Identity

    private struct Identity: Equatable, Sendable {
        var name: String
        var version: String
        var sha256: String
        var facts: Int
        var areas: Int
        var subareas: Int
        var rules: Int

        init(_ instrument: Instrument) {
            name = instrument.name
            version = instrument.version
            sha256 = instrument.sha256
            facts = instrument.facts.count
            areas = instrument.areas.count
            subareas = instrument.subareas.count
            rules = instrument.rules.count
        }
    }

    /// The template of `instrument`'s files; `indent` 2 for an element of an array, 0
    /// for a whole document.
    init(_ instrument: Instrument, indent: Int) {
        var w = JSONByteWriter(indent: indent)
        w.beginObject()
        Provenance.writeJSONHeader(instrument, to: &w)
        w.key("evidence")
        w.hole()
        w.key("total")
        w.beginObject()
        Self.writeFigures(max: instrument.maximum, to: &w)
        Self.writeBounds(to: &w)
        w.endObject()
        w.key("areas")
        w.beginArray()
        for area in instrument.areas {
            w.beginObject()
            w.key("id")
            w.string(area.id)
            w.key("title")
            w.string(area.title)
            Self.writeFigures(max: area.max, to: &w)
            Self.writeBounds(to: &w)
            w.key("subareas")
            w.beginArray()
            for s in area.subareas { Self.writeSubarea(instrument.subareas[s], instrument, to: &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("unassessed")
        w.hole()
        w.key("unjudged")
        w.hole()
        w.endObject()
        if indent == 0 { w.finish() }
        template = JSONTemplate(w)
        identity = Identity(instrument)
    }

    /// Whether this is the template of `instrument` (else a file needs its own).
    func fits(_ instrument: Instrument) -> Bool {
        identity == Identity(instrument)
    }

    /// `points`, `rounded`, `max` and `percent`, `max` constant.
    private static func writeFigures(max: Rational, to w: inout JSONByteWriter) {
        w.key("points")
        w.hole()
        w.key("rounded")
        w.hole()
        w.key("max")
        w.number(max)
        w.key("percent")
        w.hole()
    }

    /// `"bounds": {"min": …, "max": …}`.
    private static func writeBounds(to w: inout JSONByteWriter) {
        w.key("bounds")
        w.beginObject()
        w.key("min")
        w.hole()
        w.key("max")
        w.hole()
        w.endObject()
    }

    private static func writeSubarea(_ subarea: Subarea, _ instrument: Instrument, to w: inout JSONByteWriter) {
        w.beginObject()
        w.key("id")
        w.string(subarea.id)
        w.key("title")
        w.string(subarea.title)
        writeFigures(max: subarea.max, to: &w)
        w.key("mode")
        w.string(subarea.mode.rawValue)
        w.key("capCut")
        w.hole()
        writeBounds(to: &w)
        w.key("override")
        w.hole()
        w.key("rules")
        w.beginArray()
        for r in subarea.rules {
            let rule = instrument.rules[r]
            w.beginObject()
            w.key("id")
            w.string(rule.id)
            w.key("title")
            w.string(rule.title)
            w.key("kind")
            w.string(type(of: rule.kind).description.identifier)
            w.key("status")
            w.hole()
            w.key("points")
            w.hole()
            w.key("weight")
            w.number(rule.weight)
            w.key("satisfaction")
            if subarea.mode == .weighted { w.hole() } else { w.null() }
            w.key("capCut")
            w.hole()
            w.key("ruleCapCut")
            w.hole()
            writeBounds(to: &w)
            w.key("facts")
            w.beginArray()
            for fact in FactList.distinct(rule.kind.factsRead) { w.string(instrument.facts[fact].path) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
