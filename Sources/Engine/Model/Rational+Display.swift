extension Rational {
    /// `self - other`, or zero if that overflows (for display only).
    public func subtractingOrZero(_ other: Rational) -> Rational {
        (try? subtracting(other)) ?? .zero
    }
}
