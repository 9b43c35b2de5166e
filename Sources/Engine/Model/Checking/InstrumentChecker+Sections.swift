extension InstrumentChecker {
    /// Registers an id in the shared namespace; false when it is taken. One hash per id:
    /// the first declaration's place is read from what the id names (an area's, subarea's
    /// or rule's span is the span of its id), not kept in a second table.
    mutating func claim(_ id: Located<String>, as what: InstrumentID) -> Bool {
        if !brokenRules.isEmpty, brokenRules.contains(id.value) {
            duplicate("id", id.value, id.span, first: ids[id.value].map { span(of: $0) })
            return false
        }
        if let taken = ids.updateValue(what, forKey: id.value) {
            ids[id.value] = taken
            duplicate("id", id.value, id.span, first: span(of: taken))
            return false
        }
        return true
    }

    /// Where the area, subarea or rule an id names was declared: the span of its id.
    func span(of id: InstrumentID) -> SourceSpan {
        switch id {
        case .area(let index): areas[index].span
        case .subarea(let index): subareas[index].span
        case .rule(let index): rules[index].span
        }
    }

    /// Checks that `id` nests directly in `parent` (`1.3` in `1`, `1.3.c` in `1.3`).
    mutating func checkNesting(_ id: Located<String>, in parent: String?, what: String, parentKind: String) -> Bool {
        guard let parent else {
            diagnostics.report(
                .semaBadNesting, "\(what) '\(id.value)' is not inside any \(parentKind)", at: id.span,
                help: "declare the \(parentKind) earlier in the same file")
            return false
        }
        guard Self.nestsDirectly(id.value, in: parent) else {
            diagnostics.report(
                .semaBadNesting, "\(what) '\(id.value)' does not nest in \(parentKind) '\(parent)'", at: id.span,
                help: "ids nest: a \(what) of '\(parent)' is named '\(parent).x'")
            return false
        }
        return true
    }

    /// Whether `id` contains a point: an ASCII id's bytes are searched (asking the string,
    /// which went through Foundation's search, cost ~3,400 instructions an area), any
    /// other id is asked as before.
    static func containsPoint(_ id: String) -> Bool {
        var point = false
        for byte in id.utf8 {
            if byte >= 0x80 { return id.contains(".") }
            if byte == UInt8(ascii: ".") { point = true }
        }
        return point
    }

    /// Whether `id` is `parent`, a point and one more part without a point. ASCII ids are
    /// compared as bytes in place, without building `parent + "."`; others as `String`
    /// compares them (where two byte sequences can be one character).
    static func nestsDirectly(_ id: String, in parent: String) -> Bool {
        let fast = id.utf8.withContiguousStorageIfAvailable { bytes in
            parent.utf8.withContiguousStorageIfAvailable { prefix in asciiNestsDirectly(bytes, in: prefix) } ?? nil
        } ?? nil
        if let fast { return fast }
        let bytes = id.utf8
        let prefix = parent.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }), prefix.allSatisfy({ $0 < 0x80 }) else {
            let rest = id.hasPrefix(parent + ".") ? id.dropFirst(parent.count + 1) : ""
            return !rest.isEmpty && !rest.contains(".")
        }
        guard bytes.count > prefix.count + 1, bytes.starts(with: prefix) else { return false }
        let rest = bytes.dropFirst(prefix.count)
        return rest.first == UInt8(ascii: ".") && !rest.dropFirst().contains(UInt8(ascii: "."))
    }

    /// ``nestsDirectly(_:in:)`` over contiguous bytes; nil when either is not ASCII.
    private static func asciiNestsDirectly(_ bytes: UnsafeBufferPointer<UInt8>, in prefix: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        for byte in prefix { high |= byte }
        guard high < 0x80 else { return nil }
        let p = prefix.count
        guard bytes.count > p + 1, bytes[p] == UInt8(ascii: ".") else { return false }
        for i in 0..<p where bytes[i] != prefix[i] { return false }
        for i in (p + 1)..<bytes.count where bytes[i] == UInt8(ascii: ".") { return false }
        return true
    }

    mutating func maximum(_ text: Located<String>?) -> Rational? {
        guard let text, let value = Rational(decimalText: text.value) else { return nil }
        guard value > .zero else {
            diagnostics.report(.semaOutOfRange, "a maximum must be above 0", at: text.span)
            return nil
        }
        return value
    }

    mutating func declareArea(_ decl: SectionDecl) -> Int? {
        if Self.containsPoint(decl.id.value) {
            diagnostics.report(
                .semaBadNesting, "area id '\(decl.id.value)' cannot be dotted", at: decl.id.span,
                help: "areas have plain ids such as '1'; '\(decl.id.value)' looks like a subarea")
            return nil
        }
        guard let max = maximum(decl.max), claim(decl.id, as: .area(areas.count)) else { return nil }
        areas.append(
            Area(
                id: decl.id.value, title: decl.title.value, english: decl.english?.value,
                aliases: decl.aliases.map(\.value), max: max, subareas: [], span: decl.id.span))
        return areas.count - 1
    }

    mutating func declareSubarea(_ decl: SectionDecl, in area: Int?) -> Int? {
        guard checkNesting(decl.id, in: area.map { areas[$0].id }, what: "subarea", parentKind: "area"),
            let area, let max = maximum(decl.max), claim(decl.id, as: .subarea(subareas.count))
        else { return nil }
        subareas.append(
            Subarea(
                id: decl.id.value, title: decl.title.value, english: decl.english?.value,
                aliases: decl.aliases.map(\.value), max: max, mode: decl.weighted ? .weighted : .points,
                area: area, rules: [], span: decl.id.span))
        // Room for eight subareas at the first, as for a subarea's rules.
        if areas[area].subareas.isEmpty { areas[area].subareas.reserveCapacity(8) }
        areas[area].subareas.append(subareas.count - 1)
        return subareas.count - 1
    }

    /// Checks a rule with `context` (the catalogue, shared by every rule): its id and mode
    /// are set here, before the kind reads them.
    mutating func declareRule(_ decl: RuleDecl, in subarea: Int?, context: inout RuleContext) {
        // The id read out once: each use of `decl.id` copied it through `Located`'s
        // generic value witness.
        let id = decl.id
        guard checkNesting(id, in: subarea.map { subareas[$0].id }, what: "rule", parentKind: "subarea"),
            let subarea
        else { return }
        let weighted = subareas[subarea].mode == .weighted
        var weight = Rational.one
        if let text = decl.weight, let value = Rational(decimalText: text.value) {
            if value <= .zero {
                diagnostics.report(
                    .semaOutOfRange, "a weight must be above 0, found \(text.value)", at: text.span,
                    help: "to leave a rule out, delete it")
            } else {
                weight = value
            }
            if !weighted {
                diagnostics.report(
                    .semaIgnoredWeight, "'weight' has no effect in points subarea '\(subareas[subarea].id)'",
                    at: text.span, help: "add 'weighted' to the subarea, or remove the weight")
            }
        }
        guard let clause = decl.clause, let kindType = registry.kind(named: clause.kind.value) else {
            brokenRules.insert(id.value)
            return
        }
        context.ruleID = id.value
        context.isWeighted = weighted
        guard let kind = kindType.checked(clause: clause, context: context, diagnostics: &diagnostics) else {
            if ids[id.value] == nil { brokenRules.insert(id.value) }
            return
        }
        guard claim(id, as: .rule(rules.count)) else { return }
        var title = id.value
        if case .some(let written) = decl.title { title = written.value }
        var why: String?
        if case .some(let written) = decl.why { why = written.value }
        rules.append(
            Rule(id: id.value, title: title, why: why, weight: weight, subarea: subarea, kind: kind, span: id.span))
        // Room for eight rules at the first (a subarea of the instrument has a handful):
        // growing the list from empty allocated at the first, second, third and fifth.
        if subareas[subarea].rules.isEmpty { subareas[subarea].rules.reserveCapacity(8) }
        subareas[subarea].rules.append(rules.count - 1)
    }

    mutating func checkReference(_ decl: ReferenceDecl) -> ReferenceProfile? {
        var values: [(area: String, value: Rational)] = []
        for entry in decl.entries {
            guard case .area? = ids[entry.key.value] else {
                diagnostics.report(
                    .semaUnknownID, "'\(entry.key.value)' is not an area", at: entry.key.span,
                    help: "a reference profile gives a value per area id")
                continue
            }
            guard let value = Rational(decimalText: entry.value.value) else { continue }
            values.append((entry.key.value, value))
        }
        return ReferenceProfile(name: decl.name.value, values: values)
    }
}
