import Engine

/// One area of a report.
public struct AreaReport: Sendable {
    /// The area's id, `1`.
    public var id: String
    /// The title in the report's language.
    public var title: String
    /// The area's exact score.
    public var points: Rational
    /// The area's maximum.
    public var max: Rational
    /// Where the score could end once everything is assessed.
    public var bounds: Bounds
    /// The reference profile's value, if it gives one for this area.
    public var reference: Rational?
    /// The subareas in instrument order.
    public var subareas: [SubareaReport]
}

/// One subarea of a report, with its explanation.
public struct SubareaReport: Sendable {
    /// The subarea's id, `1.1`.
    public var id: String
    /// The title in the report's language.
    public var title: String
    /// The reported exact score (an override's value where there is one).
    public var points: Rational
    /// The subarea's maximum.
    public var max: Rational
    /// Where the score could end once everything is assessed.
    public var bounds: Bounds
    /// Points still missing to the maximum.
    public var missing: Rational
    /// The engine's explanation: rules, findings, sources, headroom.
    public var explanation: SubareaExplanation

    /// The rules that earn points (hit or partly), in source order.
    public var strengths: [RuleExplanation] {
        explanation.rules.filter { $0.points > .zero && ($0.status == .hit || $0.status == .partial) }
    }
}
