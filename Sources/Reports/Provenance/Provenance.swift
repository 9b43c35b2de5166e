import Engine

/// Where an output came from (DESIGN.md, "Provenance and determinism"): the tool, the
/// instrument with its manifest hash, and every file read with its hash. Every text
/// footer and every JSON header is written here, so they cannot drift apart.
public struct Provenance: Sendable {
    /// One file an output was made from.
    public struct File: Sendable {
        /// What the file is: `evidence`, `plan`, `published`, `awarded`.
        public var role: String
        /// The path as given.
        public var path: String
        /// The SHA-256 of its bytes, when the output names it.
        public var sha256: String?
        /// A word after the hash, such as the evaluator of a calibration record.
        public var note: String?

        /// A file of an output.
        public init(role: String, path: String, sha256: String?, note: String? = nil) {
            self.role = role
            self.path = path
            self.sha256 = sha256
            self.note = note
        }
    }

    /// The instrument scored against.
    public var instrument: Instrument
    /// The files read, in the order the footer lists them.
    public var files: [File]

    /// The provenance of an instrument and the files read with it.
    public init(instrument: Instrument, files: [File]) {
        self.instrument = instrument
        self.files = files
    }

    /// The provenance of an evidence file, and of a plan applied to it.
    public init(instrument: Instrument, evidence: Evidence, plan: Plan?) {
        self.init(instrument: instrument, files: [.evidence(evidence)] + (plan.map { [.plan($0)] } ?? []))
    }

    /// The provenance of a scored evidence file.
    public init(_ scored: ScoredEvidence) {
        self.init(instrument: scored.instrument, files: [.evidence(scored.evidence)])
    }

    /// The tool as outputs name it: `kompass-score 0.1.0`.
    public static let tool = "\(ToolInfo.name) \(ToolInfo.version)"

    /// The text footer: a blank line, the tool and instrument, then one line per file.
    public var text: String {
        var out = "\n\(Self.tool) · instrument \(instrument.name) \(instrument.version) "
        out += "sha256 \(instrument.sha256)\n"
        for file in files {
            out += "\(file.role) \(file.path)"
            if let sha256 = file.sha256 { out += " sha256 \(sha256)" }
            if let note = file.note { out += " (\(note))" }
            out += "\n"
        }
        return out
    }

    /// The leading members of every JSON document: `schemaVersion`, `tool`, the
    /// document's `kind` when it has one, and `instrument`.
    public static func jsonHeader(_ instrument: Instrument, kind: String? = nil) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .number("1")),
            ("tool", .object(pairs: [("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
        ]
        if let kind { members.append(("kind", .string(kind))) }
        members.append(
            ("instrument", .object(pairs: [
                ("name", .string(instrument.name)), ("version", .string(instrument.version)),
                ("sha256", .string(instrument.sha256)),
            ])))
        return members
    }

    /// An evidence file in JSON: municipality, year, evaluators, path and hash.
    public static func json(_ evidence: Evidence) -> JSONValue {
        .object(pairs: evidenceMembers(evidence))
    }

    /// The members of an evidence file's JSON object.
    static func evidenceMembers(_ evidence: Evidence) -> [(String, JSONValue)] {
        [
            ("municipality", .string(evidence.municipality)), ("year", .number(String(evidence.year))),
            ("evaluators", .array(evidence.evaluators.map { .string($0) })), ("path", .string(evidence.path)),
            ("sha256", .string(evidence.sha256)),
        ]
    }
}

extension Provenance.File {
    /// An evidence file.
    public static func evidence(_ evidence: Evidence, note: String? = nil) -> Provenance.File {
        Provenance.File(role: "evidence", path: evidence.path, sha256: evidence.sha256, note: note)
    }

    /// A plan file.
    public static func plan(_ plan: Plan) -> Provenance.File {
        Provenance.File(role: "plan", path: plan.path, sha256: plan.sha256)
    }
}
