import Engine
import Support

extension Renames {
    /// Checks every entry against the two versions: the old name must be a fact or rule of
    /// `old`, the new one the same sort of name in `new`. Errors are located at the name.
    public func validate(old: Instrument, new: Instrument) -> DiagnosticBag {
        var diagnostics = DiagnosticBag()
        for entry in entries {
            let oldSort = Self.sort(of: entry.old.value, in: old)
            let newSort = Self.sort(of: entry.new.value, in: new)
            if oldSort == nil {
                Self.unknown(entry.old, in: old, version: "old", diagnostics: &diagnostics)
            }
            if newSort == nil {
                Self.unknown(entry.new, in: new, version: "new", diagnostics: &diagnostics)
            }
            if let oldSort, let newSort, oldSort != newSort {
                diagnostics.report(
                    .semaTypeMismatch,
                    "'\(entry.old.value)' is a \(oldSort) of the old version, but '\(entry.new.value)' is a \(newSort) of the new",
                    at: entry.new.span, help: "rename facts to facts and rules to rules")
            }
        }
        return diagnostics
    }

    /// `fact` or `rule`, for a name `instrument` declares; nil otherwise.
    static func sort(of name: String, in instrument: Instrument) -> String? {
        if instrument.factIndex[name] != nil { return "fact" }
        if case .rule? = instrument.ids[name] { return "rule" }
        return nil
    }

    /// An unknown name, with the closest declared one.
    static func unknown(
        _ name: Located<String>, in instrument: Instrument, version: String, diagnostics: inout DiagnosticBag
    ) {
        let isFact = name.value.first?.isLetter == true
        let candidates = isFact ? instrument.facts.map(\.path) : instrument.rules.map(\.id)
        let suggestion = EditDistance.closestMatch(to: name.value, among: candidates)
        diagnostics.report(
            isFact ? .semaUnknownFact : .semaUnknownID,
            "no \(isFact ? "fact" : "rule") '\(name.value)' in the \(version) version (\(instrument.name) \(instrument.version))",
            at: name.span, help: suggestion.map { "did you mean '\($0)'?" })
    }
}

extension Renames {
    /// The fact renames: old path to new path, for the facts `old` declares.
    public func facts(of old: Instrument) -> [String: String] {
        var map: [String: String] = [:]
        for entry in entries where old.factIndex[entry.old.value] != nil { map[entry.old.value] = entry.new.value }
        return map
    }

    /// The rule renames: old id to new id, for the rules `old` declares.
    public func rules(of old: Instrument) -> [String: String] {
        var map: [String: String] = [:]
        for entry in entries {
            if case .rule? = old.ids[entry.old.value] { map[entry.old.value] = entry.new.value }
        }
        return map
    }
}
