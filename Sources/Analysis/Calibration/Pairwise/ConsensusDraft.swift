import Engine

/// A draft evidence file for the team to discuss (`calibrate --consensus FILE`): the
/// findings, judgements and overrides every evaluator recorded alike are kept, with all
/// their sources; each disputed one is left unassessed, with a comment giving every
/// evaluator's value and source in the language, ready to keep one by removing its `#`.
public struct ConsensusDraft: Sendable {
    /// The draft in the language.
    public let text: String
    /// The inputs kept, as outputs name them (`dialog.former`, `judge 1.1.b`).
    public let agreed: [String]
    /// The inputs left unassessed for discussion.
    public let disputed: [String]

    /// The draft of a comparison.
    public init(_ calibration: PairwiseCalibration) {
        let instrument = calibration.instrument
        let records = calibration.records
        let first = records[0].evidence
        var out = "# Consensus draft of \(Self.comment(first.municipality)) \(first.year), written by \(ToolInfo.name) calibrate.\n"
        out += "# Kept: what every evaluator recorded alike, with all their sources. Disputed findings, judgements\n"
        out += "# and overrides are left out (unassessed); each evaluator's version follows in a comment.\n"
        for record in records {
            out += "#   \(Self.comment(record.evaluator)): \(Self.comment(record.evidence.path)) sha256 \(record.evidence.sha256)\n"
        }
        out += "evidence \(Spelling.quoted(first.municipality)) year \(first.year)"
        out += " instrument \(Spelling.quoted(instrument.name)) version \(Spelling.quoted(instrument.version))\n"
        for record in records { out += "  evaluator \(Spelling.quoted(record.evaluator))\n" }
        var agreed: [String] = []
        var disputed: [String] = []
        for input in calibration.inputs {
            let name = input.name(in: instrument)
            if input.agree {
                agreed.append(name)
                out += "\n" + Self.kept(input, records, instrument)
            } else {
                disputed.append(name)
                out += "\n" + Self.dispute(input, records, instrument)
            }
        }
        self.text = out
        self.agreed = agreed
        self.disputed = disputed
    }

    /// Parses and checks a draft as the tool reads evidence: the draft is only written
    /// when this reports no error.
    public static func check(_ text: String, path: String, instrument: Instrument) -> DiagnosticBag {
        let (syntax, parsed) = Parser.parse(SourceText(path: path, text: text))
        var bag = parsed
        guard !parsed.hasErrors else { return bag }
        bag.append(contentsOf: EvidenceChecker.check(syntax, sha256: "", instrument: instrument).diagnostics)
        return bag
    }

    static func kept(_ input: InputComparison, _ records: [CalibrationRecord], _ instrument: Instrument) -> String {
        switch input.subject {
        case .fact(let fact):
            var sources: [EvidenceSource] = []
            var notes: [(String, String)] = []
            for record in records {
                guard let finding = record.evidence.finding(of: fact) else { continue }
                for source in finding.sources where !sources.contains(source) { sources.append(source) }
                if let note = finding.note { notes.append((record.evaluator, note)) }
            }
            var out = "finding \(instrument.facts[fact].path) = \(input.values[0] ?? "")\n"
            for source in sources { out += "  " + Self.source(source) + "\n" }
            if let note = Self.combined(notes) { out += "  note \(Spelling.quoted(note))\n" }
            return out
        case .judgement(let rule):
            let reasons = records.compactMap { r in r.evidence.judgements.first { $0.target == rule }.map { (r.evaluator, $0.reason) } }
            return "judge \(instrument.rules[rule].id) = \(input.values[0] ?? "")"
                + " because \(Spelling.quoted(Self.combined(reasons) ?? "agreed"))\n"
        case .override(let subarea):
            let reasons = records.compactMap { r in r.evidence.overrides.first { $0.target == subarea }.map { (r.evaluator, $0.reason) } }
            return "override \(instrument.subareas[subarea].id) = \(input.values[0] ?? "")"
                + " because \(Spelling.quoted(Self.combined(reasons) ?? "agreed"))\n"
        }
    }

    static func dispute(_ input: InputComparison, _ records: [CalibrationRecord], _ instrument: Instrument) -> String {
        let name = input.name(in: instrument)
        let left: String
        switch input.subject {
        case .fact: left = "left unassessed"
        case .judgement: left = "left unjudged"
        case .override: left = "no override"
        }
        var out = "# DISPUTED \(name): \(left); agree on a value, then keep one line below without its '#'\n"
        // Each version on a line of its own, the evaluator in a trailing comment, so that
        // removing the leading '#' leaves a line that parses.
        for (record, value) in zip(records, input.values) {
            guard let value else {
                out += "#   # \(Self.comment(record.evaluator)): not recorded\n"
                continue
            }
            out += "#   "
            switch input.subject {
            case .fact(let fact):
                out += "finding \(instrument.facts[fact].path) = \(value)"
                for source in record.evidence.finding(of: fact)?.sources ?? [] { out += " " + Self.source(source) }
            case .judgement(let rule):
                let reason = record.evidence.judgements.first { $0.target == rule }?.reason ?? ""
                out += "judge \(instrument.rules[rule].id) = \(value) because \(Spelling.quoted(reason))"
            case .override(let subarea):
                let reason = record.evidence.overrides.first { $0.target == subarea }?.reason ?? ""
                out += "override \(instrument.subareas[subarea].id) = \(value) because \(Spelling.quoted(reason))"
            }
            out += "  # \(Self.comment(record.evaluator))\n"
        }
        return out
    }

    /// `source interview "text" section "1.5"`.
    static func source(_ source: EvidenceSource) -> String {
        "source \(source.kind) \(Spelling.quoted(source.text))"
            + (source.section.map { " section \(Spelling.quoted($0))" } ?? "")
    }

    /// One text when all agree, else each evaluator's: `E1: …; E2: …`; nil when none.
    static func combined(_ texts: [(evaluator: String, text: String)]) -> String? {
        guard let first = texts.first else { return nil }
        if texts.allSatisfy({ $0.text == first.text }) { return first.text }
        return texts.map { "\($0.evaluator): \($0.text)" }.joined(separator: "; ")
    }

    /// Text safe inside a `#` comment: one line.
    static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
