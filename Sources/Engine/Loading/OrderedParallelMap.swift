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

    /// Makes a value for every index in `0..<count` on every core and hands each to
    /// `consume` on the calling thread, in index order, as soon as it and those before it
    /// are made: the first values are consumed while the later ones are being made.
    ///
    /// At most `window` values are made ahead of the one consumed; each of the `window`
    /// slots keeps the value `make` last put there, which `make` receives back to reuse
    /// (its memory) for a later index.
    public static func stream<Value: Sendable>(
        count: Int, window: Int = 8, initial: Value, make: @escaping @Sendable (Int, inout Value) -> Void,
        consume: (Int, Value) -> Void
    ) {
        guard count > 1 else {
            var value = initial
            for index in 0..<max(count, 0) {
                make(index, &value)
                consume(index, value)
            }
            return
        }
        let ring = StreamRing(count: count, window: max(window, 1), initial: initial)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // Index i may start once i − window is consumed: the lowest index not yet
                // consumed may always start, so the window never locks every thread.
                let slot = index % ring.window
                ring.start[index].wait()
                var value = ring.take(slot)
                make(index, &value)
                ring.put(value, slot)
                ring.ready[slot].signal()
            }
        }
        for index in 0..<count {
            let slot = index % ring.window
            ring.ready[slot].wait()
            let value = ring.take(slot)
            consume(index, value)
            ring.put(value, slot)
            if index + ring.window < count { ring.start[index + ring.window].signal() }
        }
    }
}

/// The slots of ``OrderedParallelMap/stream(count:window:initial:make:consume:)``: slot
/// `i % window` holds index `i`'s value, made after `start[i]` is signalled (when index
/// `i − window` has been consumed) and consumed after `ready[i % window]` is, so that
/// only one thread at a time touches a slot, and index `i` only after `i − window`.
final class StreamRing<Value>: @unchecked Sendable {
    let window: Int
    let start: [DispatchSemaphore]
    let ready: [DispatchSemaphore]
    private let slots: UnsafeMutableBufferPointer<Value>

    init(count: Int, window: Int, initial: Value) {
        self.window = window
        // Every semaphore starts at 0 and is signalled as often as it is waited for
        // (libdispatch stops a process that frees one below its initial value).
        start = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        for index in 0..<min(window, count) { start[index].signal() }
        ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        slots = .allocate(capacity: window)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The slot's value, moved out (the slot keeps an empty copy until ``put(_:_:)``), so
    /// that the one who took it holds the only reference to its memory.
    func take(_ slot: Int) -> Value {
        slots.moveElement(from: slot)
    }

    func put(_ value: Value, _ slot: Int) {
        slots.initializeElement(at: slot, to: value)
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
