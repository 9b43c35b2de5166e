/// Relative closeness with an absolute floor, the comparison every reference test uses.
func statClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// Element-wise `statClose` for vectors of equal length.
func statClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { statClose($0, $1, relative: relative, absolute: absolute) }
}
