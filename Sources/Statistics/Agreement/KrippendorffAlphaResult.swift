/// The result of `KrippendorffAlpha.compute`.
public struct KrippendorffAlphaResult: Equatable, Sendable {
    /// α = 1 − D_o/D_e.
    public let alpha: Double
    /// D_o, the observed disagreement.
    public let observedDisagreement: Double
    /// D_e, the disagreement expected by chance.
    public let expectedDisagreement: Double
    /// Units with two or more values (the others cannot be paired and are ignored).
    public let pairableUnitCount: Int
    /// n, the number of values in pairable units.
    public let pairableValueCount: Int
}
