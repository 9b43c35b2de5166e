/// A generated instrument (a folder of files), evidence for it, and what went into them.
public struct GeneratedCase: Sendable {
    /// The scale it was generated at (1 is the size of Kommunkompassen; 0 for a
    /// ``RandomInstrumentGenerator`` instrument, which has no scale).
    public var scale: Int
    /// The instrument's files as (file name, text), in byte order of their names.
    public var files: [(path: String, text: String)]
    /// The text of one evidence file for the instrument.
    public var evidence: String
    /// How many areas the instrument declares.
    public var areaCount: Int
    /// How many subareas it declares.
    public var subareaCount: Int
    /// How many of those are `weighted`.
    public var weightedSubareas: Int
    /// How many rules it declares.
    public var ruleCount: Int
    /// How many facts it declares.
    public var factCount: Int
    /// How many facts the evidence assesses.
    public var assessedFacts: Int
    /// How many rules are judgements.
    public var judgementRules: Int
    /// How many of those the evidence judges.
    public var judged: Int
    /// Rules by kind.
    public var kinds: [GeneratedKind: Int]
    /// `when` rules by the form of their condition.
    public var whenForms: [String: Int]

    /// The instrument's size in bytes of UTF-8.
    public var instrumentBytes: Int { files.reduce(0) { $0 + $1.text.utf8.count } }
}
