import Engine

extension ScoreJSON {
    /// The bytes of ``document(_:)``: one file as an object, several as an array whose
    /// elements are written on every core and joined in the order given.
    public static func documentBytes(_ scored: [ScoredEvidence]) -> [UInt8] {
        guard let first = scored.first else { return Array("[]\n".utf8) }
        let layout = ScoreJSONLayout(first.instrument)
        guard scored.count > 1 else {
            var writer = JSONByteWriter()
            write(first, layout: layout, to: &writer)
            writer.finish()
            return writer.bytes
        }
        // The first element's size is a good guess for the others'.
        var firstElement = JSONByteWriter(indent: 2)
        write(first, layout: layout, to: &firstElement)
        let capacity = firstElement.bytes.count + firstElement.bytes.count / 8
        let rest = OrderedParallelMap.map(count: scored.count - 1) { index in
            var element = JSONByteWriter(indent: 2, reservingCapacity: capacity)
            write(scored[index + 1], layout: layout, to: &element)
            return element.bytes
        }
        var writer = JSONByteWriter(reservingCapacity: rest.reduce(firstElement.bytes.count + 4) { $0 + $1.count + 4 })
        writer.beginArray()
        writer.element(firstElement.bytes)
        for element in rest { writer.element(element) }
        writer.endArray()
        writer.finish()
        return writer.bytes
    }

    /// Writes one scored file's object: the members of ``object(_:)``, in its order.
    static func write(_ scored: ScoredEvidence, layout given: ScoreJSONLayout, to w: inout JSONByteWriter) {
        let instrument = scored.instrument
        let layout = given.fits(instrument) ? given : ScoreJSONLayout(instrument)
        let score = scored.score
        w.beginObject()
        Provenance.writeJSONHeader(instrument, to: &w)
        w.key("evidence")
        Provenance.writeJSON(scored.evidence, to: &w)
        w.key("total")
        w.beginObject()
        w.key("points")
        w.number(score.total)
        w.key("rounded")
        w.number(score.total.roundedHalfAwayFromZero())
        w.key("max")
        w.number(layout.maximum)
        w.key("percent")
        w.number(score.total.percent(of: layout.maximum))
        w.key("bounds")
        write(score.totalBounds, to: &w)
        w.endObject()
        w.key("areas")
        w.beginArray()
        for (a, area) in instrument.areas.enumerated() {
            let areaScore = score.areas[a]
            w.beginObject()
            writeHeading(id: layout.areaIDs[a], title: layout.areaTitles[a], points: areaScore.points, max: area.max, to: &w)
            w.key("bounds")
            write(areaScore.bounds, to: &w)
            w.key("subareas")
            w.beginArray()
            for s in area.subareas { writeSubarea(s, scored, instrument, layout, to: &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("unassessed")
        w.beginArray()
        for fact in score.unassessed { w.quotedString(layout.factPaths[fact]) }
        w.endArray()
        w.key("unjudged")
        w.beginArray()
        for rule in score.unjudged { w.quotedString(layout.rules[rule].id) }
        w.endArray()
        w.endObject()
    }

    /// The members an area and a subarea share: id and title (escaped once per
    /// instrument), points, rounded, max and percent.
    static func writeHeading(
        id: [UInt8], title: [UInt8], points: Rational, max: Rational, to w: inout JSONByteWriter
    ) {
        w.key("id")
        w.quotedString(id)
        w.key("title")
        w.quotedString(title)
        w.key("points")
        w.number(points)
        w.key("rounded")
        w.number(points.roundedHalfAwayFromZero())
        w.key("max")
        w.number(max)
        w.key("percent")
        w.number(points.percent(of: max))
    }

    static func writeSubarea(
        _ index: Int, _ scored: ScoredEvidence, _ instrument: Instrument, _ layout: ScoreJSONLayout,
        to w: inout JSONByteWriter
    ) {
        let subarea = instrument.subareas[index]
        let score = scored.score.subareas[index]
        w.beginObject()
        writeHeading(
            id: layout.subareaIDs[index], title: layout.subareaTitles[index], points: score.points, max: subarea.max,
            to: &w)
        w.key("mode")
        w.string(subarea.mode.rawValue)
        w.key("capCut")
        w.number(score.capCut)
        w.key("bounds")
        write(score.bounds, to: &w)
        w.key("override")
        if let override = score.override {
            w.beginObject()
            w.key("points")
            w.number(override.value)
            w.key("computed")
            w.number(score.computed)
            w.key("reason")
            w.string(override.reason)
            w.key("by")
            if let by = override.by { w.string(by) } else { w.null() }
            w.key("recordedBy")
            w.beginArray()
            for name in scored.evidence.recorders(override.by) { w.string(name) }
            w.endArray()
            w.endObject()
        } else {
            w.null()
        }
        w.key("rules")
        w.beginArray()
        let weighted = subarea.mode == .weighted
        for r in subarea.rules { writeRule(r, weighted: weighted, scored.score.rules[r], layout, to: &w) }
        w.endArray()
        w.endObject()
    }

    static func writeRule(
        _ index: Int, weighted: Bool, _ ruleScore: RuleScore, _ layout: ScoreJSONLayout, to w: inout JSONByteWriter
    ) {
        let text = layout.rules[index]
        w.beginObject()
        w.key("id")
        w.quotedString(text.id)
        w.key("title")
        w.quotedString(text.title)
        w.key("kind")
        w.quotedString(text.kind)
        w.key("status")
        w.string(ruleScore.status.rawValue)
        w.key("points")
        w.number(ruleScore.points)
        w.key("weight")
        w.number(text.weight)
        w.key("satisfaction")
        if weighted { w.number(ruleScore.outcome.value) } else { w.null() }
        w.key("capCut")
        w.number(ruleScore.capCut)
        w.key("ruleCapCut")
        w.number(ruleScore.outcome.ownCapCut)
        w.key("bounds")
        write(ruleScore.bounds, to: &w)
        w.key("facts")
        w.beginArray()
        for fact in text.facts { w.quotedString(fact) }
        w.endArray()
        w.endObject()
    }

    /// `{"min": …, "max": …}`.
    static func write(_ bounds: Bounds, to w: inout JSONByteWriter) {
        w.beginObject()
        w.key("min")
        w.number(bounds.min)
        w.key("max")
        w.number(bounds.max)
        w.endObject()
    }
}
