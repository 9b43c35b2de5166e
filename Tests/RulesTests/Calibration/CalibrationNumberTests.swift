@testable import Analysis
@testable import Engine
import Testing

/// Calibration outputs round doubles half away from zero (never `String(format:)`, which
/// rounds half to even), without trailing zeros or `-0`.
@Suite struct CalibrationNumberTests {
    @Test(arguments: [
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2.5, 0, "3"), (-0.004, 2, "0"), (1.0, 2, "1"), (0.1 + 0.2, 6, "0.3"),
        (-9.189103, 1, "-9.2"), (Double.nan, 2, "n/a"), (1234567.891, 2, "1234567.89"),
    ])
    func roundsHalfAwayFromZero(_ value: Double, _ digits: Int, _ text: String) {
        #expect(CalibrationNumber.text(value, digits: digits) == text)
    }

    @Test func signsAndJSON() {
        #expect(CalibrationNumber.signed(2.5) == "+2.5")
        #expect(CalibrationNumber.signed(-0.001) == "0")
        #expect(CalibrationNumber.signed(Rational(-3)) == "-3")
        #expect(CalibrationNumber.json(Double.infinity) == .null)
        #expect(CalibrationNumber.json(0.1234567) == .number("0.123457"))
        #expect(CalibrationNumber.percent(0.211144) == "21%")
    }
}
