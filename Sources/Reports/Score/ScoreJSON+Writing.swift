import Engine

extension ScoreJSON {
    /// The bytes of ``document(_:)``: one file as an object, several as an array whose
    /// elements are written on every core and joined in the order given.
    public static func documentBytes(_ scored: [ScoredEvidence]) -> [UInt8] {
        var document: [UInt8] = []
        writeDocument(scored) { part in
            if document.isEmpty { document.reserveCapacity(part.count * scored.count + 4) }
            document.append(contentsOf: part)
        }
        return document
    }

    /// Writes the bytes of ``document(_:)`` in parts, in order, to `output` (on the calling
    /// thread): each file's object as soon as it and those before it are written, while
    /// the next ones are written on the other cores. The parts joined are
    /// ``documentBytes(_:)``.
    public static func writeDocument(_ scored: [ScoredEvidence], to output: ([UInt8]) -> Void) {
        guard let first = scored.first else { return output(Array("[]\n".utf8)) }
        guard scored.count > 1 else {
            var buffer: [UInt8] = []
            return output(fill(first, into: &buffer, ScoreJSONTemplate(first.instrument, indent: 0)))
        }
        let template = ScoreJSONTemplate(first.instrument, indent: 2)
        let opening = Array("[\n  ".utf8)
        let separator = Array(",\n  ".utf8)
        OrderedParallelMap.stream(count: scored.count, initial: [UInt8]()) { index, buffer in
            let file = scored[index]
            let own = template.fits(file.instrument) ? template : ScoreJSONTemplate(file.instrument, indent: 2)
            buffer = fill(file, into: &buffer, own, prefix: index == 0 ? opening : separator)
        } consume: { _, bytes in
            output(bytes)
        }
        output(Array("\n]\n".utf8))
    }

    /// One scored file's object, the holes of its instrument's template filled in order:
    /// the members of ``object(_:)``. `buffer`'s memory is reused (it is left empty).
    static func fill(
        _ scored: ScoredEvidence, into buffer: inout [UInt8], _ layout: ScoreJSONTemplate, prefix: [UInt8] = []
    ) -> [UInt8] {
        let instrument = scored.instrument
        let score = scored.score
        var f = JSONTemplate.Filler(layout.template, reusing: &buffer, prefix: prefix)
        f.value { Provenance.writeJSON(scored.evidence, to: &$0) }
        fillFigures(score.total, max: instrument.maximum, &f)
        fill(score.totalBounds, &f)
        for (a, area) in instrument.areas.enumerated() {
            let areaScore = score.areas[a]
            fillFigures(areaScore.points, max: area.max, &f)
            fill(areaScore.bounds, &f)
            for s in area.subareas { fillSubarea(s, scored, &f) }
        }
        f.value { w in
            w.beginArray()
            for fact in score.unassessed { w.string(instrument.facts[fact].path) }
            w.endArray()
        }
        f.value { w in
            w.beginArray()
            for rule in score.unjudged { w.string(instrument.rules[rule].id) }
            w.endArray()
        }
        return f.finish()
    }

    /// The holes of `points`, `rounded` and `percent`.
    static func fillFigures(_ points: Rational, max: Rational, _ f: inout JSONTemplate.Filler) {
        f.number(points)
        f.number(points.roundedHalfAwayFromZero())
        f.number(points.percent(of: max))
    }

    static func fillSubarea(_ index: Int, _ scored: ScoredEvidence, _ f: inout JSONTemplate.Filler) {
        let subarea = scored.instrument.subareas[index]
        let score = scored.score.subareas[index]
        fillFigures(score.points, max: subarea.max, &f)
        f.number(score.capCut)
        fill(score.bounds, &f)
        if let override = score.override {
            f.value { w in
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
            }
        } else {
            f.null()
        }
        let weighted = subarea.mode == .weighted
        for r in subarea.rules {
            let rule = scored.score.rules[r]
            f.string(rule.status.rawValue)
            f.number(rule.points)
            if weighted { f.number(rule.outcome.value) }
            f.number(rule.capCut)
            f.number(rule.outcome.ownCapCut)
            fill(rule.bounds, &f)
        }
    }

    /// The holes of `{"min": …, "max": …}`.
    static func fill(_ bounds: Bounds, _ f: inout JSONTemplate.Filler) {
        f.number(bounds.min)
        f.number(bounds.max)
    }
}
