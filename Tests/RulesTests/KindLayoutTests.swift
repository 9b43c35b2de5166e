import Rules
import Testing

/// The kinds most rules use are small enough to be held in a rule's `any RuleKind` in
/// place (three words), so checking a rule of these kinds allocates no box for its kind.
@Suite struct KindLayoutTests {
    /// A ladder rule's kind: its fact and its table of steps.
    @Test func aLadderKindFitsInAnExistentialInPlace() {
        #expect(MemoryLayout<LadderKind>.size == 2 * MemoryLayout<Int>.size)
        #expect(MemoryLayout<LadderKind>.size <= 3 * MemoryLayout<Int>.size)
    }

    /// A threshold rule's kind: its input and its table of steps.
    @Test func aThresholdKindFitsInAnExistentialInPlace() {
        #expect(MemoryLayout<ThresholdKind>.size <= 3 * MemoryLayout<Int>.size)
    }
}
