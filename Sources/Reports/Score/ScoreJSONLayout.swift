import Engine

/// What the score JSON of every evidence file repeats for one instrument, quoted and
/// escaped once: ids, titles, kinds and the facts each rule reads. A thousand files
/// scored against one instrument then cost only what differs between them.
struct ScoreJSONLayout: Sendable {
    /// One rule's constant members.
    struct RuleText: Sendable {
        var id: [UInt8]
        var title: [UInt8]
        var kind: [UInt8]
        var weight: Rational
        /// The paths of the facts the rule reads, each once, in first-read order.
        var facts: [[UInt8]]
    }

    var rules: [RuleText]
    var subareaIDs: [[UInt8]]
    var subareaTitles: [[UInt8]]
    var areaIDs: [[UInt8]]
    var areaTitles: [[UInt8]]
    var factPaths: [[UInt8]]
    /// The instrument's maximum (the sum of its areas' maxima).
    var maximum: Rational
    /// What tells this instrument from another: name, version, hash and sizes.
    private var identity: Identity

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

    init(_ instrument: Instrument) {
        let quoted = JSONByteWriter.quoted
        let factPaths = instrument.facts.map { quoted($0.path) }
        self.factPaths = factPaths
        rules = instrument.rules.map { rule in
            RuleText(
                id: quoted(rule.id), title: quoted(rule.title),
                kind: quoted(type(of: rule.kind).description.identifier), weight: rule.weight,
                facts: FactList.distinct(rule.kind.factsRead).map { factPaths[$0] })
        }
        subareaIDs = instrument.subareas.map { quoted($0.id) }
        subareaTitles = instrument.subareas.map { quoted($0.title) }
        areaIDs = instrument.areas.map { quoted($0.id) }
        areaTitles = instrument.areas.map { quoted($0.title) }
        maximum = instrument.maximum
        identity = Identity(instrument)
    }

    /// Whether this is the layout of `instrument` (else a file needs its own).
    func fits(_ instrument: Instrument) -> Bool {
        identity == Identity(instrument)
    }
}
