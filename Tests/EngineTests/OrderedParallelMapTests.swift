import Testing

@testable import Engine

/// Work spread over the cores comes back in index order, every index once.
@Suite struct OrderedParallelMapTests {
    @Test(arguments: [0, 1, 2, 3, 1_000])
    func resultsComeBackInIndexOrder(_ count: Int) {
        let squares = OrderedParallelMap.map(count: count) { index in "\(index * index)" }
        #expect(squares == (0..<count).map { "\($0 * $0)" })
    }
}
