import Dispatch

/// Work on every core whose results come back in order: `map(count:_:)` gives what a
/// plain loop over `0..<count` gives, whichever thread ran which index.
public enum OrderedParallelMap {
    /// `transform` of every index in `0..<count`, run on every core, in index order.
    public static func map<Value: Sendable>(count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        guard count > 1 else { return (0..<max(count, 0)).map(transform) }
        let slots = ResultSlots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(index)
        }
        return slots.drain()
    }
}

/// One slot per task, each written by its own task only: the results of a concurrent loop
/// gathered without a lock.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    /// Every value, in order, moved out of its slot; every slot must have been filled.
    func drain() -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for index in slots.indices {
            guard let value = slots[index] else { preconditionFailure("slot \(index) of a concurrent loop was not filled") }
            slots[index] = nil
            values.append(value)
        }
        return values
    }
}
