import Synchronization

/// Counts the instruments compiled within a task: how tests pin that a command compiles
/// its instrument once, however many files it scores.
///
/// ```swift
/// let counter = CompilationCounter()
/// CompilationCounter.$current.withValue(counter) { /* run a command */ }
/// #expect(counter.count == 1)
/// ```
public final class CompilationCounter: Sendable {
    private let compilations = Atomic<Int>(0)

    /// The counter of the current task, if one is installed.
    @TaskLocal public static var current: CompilationCounter?

    /// A counter at zero.
    public init() {}

    /// How many instruments were compiled while this counter was current.
    public var count: Int { compilations.load(ordering: .relaxed) }

    /// Counts one compilation.
    func record() {
        compilations.add(1, ordering: .relaxed)
    }
}
