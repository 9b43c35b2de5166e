extension UnsafeBufferPointer {
    /// Elements `lower..<upper` of a table whose bounds lowering produced, in range by
    /// construction (as every index the evaluation's loops use, see FixedPointFrame):
    /// without the bounds checks of slicing, which cost each of an evaluation's loops
    /// several instructions. Only debug builds check the count.
    @inline(__always)
    func unchecked(_ lower: Int, _ upper: Int) -> UnsafeBufferPointer {
        UnsafeBufferPointer(start: baseAddress.map { $0 + lower }, count: upper &- lower)
    }
}
