import Testing

@testable import Engine

/// Work spread over the cores comes back in index order, every index once.
@Suite struct OrderedParallelMapTests {
    @Test(arguments: [0, 1, 2, 3, 1_000])
    func resultsComeBackInIndexOrder(_ count: Int) {
        let squares = OrderedParallelMap.map(count: count) { index in "\(index * index)" }
        #expect(squares == (0..<count).map { "\($0 * $0)" })
    }

    /// Streamed values reach `consume` in index order, on the calling thread, each the
    /// value `make` made for its index, whatever the window.
    @Test(arguments: [(0, 8), (1, 8), (2, 1), (7, 3), (1_000, 8), (1_000, 1)])
    func streamedValuesAreConsumedInIndexOrder(_ count: Int, _ window: Int) {
        var consumed: [Int] = []
        var texts: [String] = []
        OrderedParallelMap.stream(count: count, window: window, initial: "") { index, text in
            text = "\(index * index)"
        } consume: { index, text in
            consumed.append(index)
            texts.append(text)
        }
        #expect(consumed == Array(0..<count))
        #expect(texts == (0..<count).map { "\($0 * $0)" })
    }

    /// `make` gets back a value made before (its memory to reuse): at most `window` values
    /// are ever fresh, and every later one is some earlier index's value.
    @Test func streamedSlotsAreReused() {
        let count = 200
        let window = 4
        var fresh = 0
        OrderedParallelMap.stream(count: count, window: window, initial: [-1]) { index, value in
            // The first element says which index last used this slot (-1: none yet).
            let previous = value[0]
            value = [index, previous]
        } consume: { index, value in
            #expect(value[0] == index)
            if value[1] == -1 {
                fresh += 1
            } else {
                #expect(value[1] == index - window)
            }
        }
        #expect(fresh == window)
    }
}
