import Statistics
import Testing

@Suite struct JudgementOffsetTests {
    @Test func handComputedOffsets() throws {
        // Rater 0 overrides −1, −0.5, −0.75: mean −0.75, SD 0.25, SE 0.25/√3.
        let offsets = JudgementOffset.compute(try RatingMatrix([[-1, 0, nil], [-0.5, 0, nil], [-0.75, nil, 2]]))
        #expect(offsets.map(\.rater) == [0, 1, 2])
        #expect(statClose(offsets[0].mean, -0.75, relative: 1e-14))
        #expect(statClose(offsets[0].standardDeviation ?? .nan, 0.25, relative: 1e-14))
        #expect(statClose(offsets[0].t ?? .nan, -0.75 / (0.25 / 3.0.squareRoot()), relative: 1e-13))
        #expect(offsets[1].t == nil)  // SD 0
        #expect(offsets[2].standardError == nil)  // a single override
    }
}
