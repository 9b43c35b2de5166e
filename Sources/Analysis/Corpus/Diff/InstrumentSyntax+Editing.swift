import Engine

extension InstrumentSyntax {
    /// The files without their `test` blocks: a variant of the instrument scores, it is not
    /// tested (its tests may name the very rule that was swapped).
    func withoutTests() -> InstrumentSyntax {
        var copy = self
        for f in copy.files.indices {
            copy.files[f].declarations.removeAll { if case .test = $0 { true } else { false } }
        }
        return copy
    }

    /// The files without the rule `id`.
    func removingRule(_ id: String) -> InstrumentSyntax {
        var copy = self
        for f in copy.files.indices {
            copy.files[f].declarations.removeAll { if case .rule(let r) = $0 { r.id.value == id } else { false } }
        }
        return copy
    }

    /// The files with `rule` added after the last rule of subarea `subarea` (after the
    /// subarea's declaration when it has none); nil when no subarea has that id.
    func insertingRule(_ rule: RuleDecl, inSubarea subarea: String) -> InstrumentSyntax? {
        var copy = self
        for f in copy.files.indices {
            let declarations = copy.files[f].declarations
            guard let start = declarations.firstIndex(where: { d in
                if case .section(let s) = d { s.isSubarea && s.id.value == subarea } else { false }
            }) else { continue }
            var at = start + 1
            var index = start + 1
            while index < declarations.count {
                if case .section = declarations[index] { break }
                if case .rule = declarations[index] { at = index + 1 }
                index += 1
            }
            copy.files[f].declarations.insert(.rule(rule), at: at)
            return copy
        }
        return nil
    }
}
