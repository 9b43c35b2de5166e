import Analysis
import Engine

/// What a report is rendered with: its language and the reference profile it compares with.
public struct ReportOptions: Sendable {
    /// The language of labels and numbers.
    public var language: ReportLanguage
    /// The profile the radar chart and the area table compare with; nil for none.
    public var reference: ReferenceProfile?
    /// A corpus to show the evaluation against (html: quartile bands, percentiles); nil for none.
    public var corpus: Corpus?

    /// Options as given.
    public init(language: ReportLanguage, reference: ReferenceProfile?) {
        self.language = language
        self.reference = reference
    }

    /// The defaults for an instrument: its language and its first reference profile.
    public init(for instrument: Instrument) {
        self.init(language: .default(for: instrument), reference: instrument.references.first)
    }
}

extension Instrument {
    /// The reference profile with this name, if declared.
    public func reference(named name: String) -> ReferenceProfile? {
        references.first { $0.name == name }
    }
}

extension ReferenceProfile {
    /// The profile's value for an area, if it gives one.
    public func value(forArea id: String) -> Rational? {
        values.first { $0.area == id }?.value
    }
}
