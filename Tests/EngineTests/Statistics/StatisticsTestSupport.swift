import Foundation
import Testing

/// Relative closeness with an absolute floor, the comparison every reference test uses.
func statClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// Element-wise `isClose` for vectors of equal length.
func statClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { statClose($0, $1, relative: relative, absolute: absolute) }
}

/// A named reference value for parameterized tests: the name shows in the test report.
struct StatReference: CustomTestStringConvertible, Sendable {
    let name: String
    let expected: Double
    var testDescription: String { name }

    init(_ name: String, _ expected: Double) {
        self.name = name
        self.expected = expected
    }
}
