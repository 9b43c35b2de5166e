import Dispatch

extension Workspace {
    /// Reads and checks evidence files against an instrument on every core, and records
    /// their sources and diagnostics in the order of `paths`: the same record, byte for
    /// byte, as loading them one by one.
    ///
    /// Returns, per path, the evidence or nil when that file has an error. A file that
    /// cannot be read throws its ``InputFileError`` after the files before it are recorded,
    /// as loading one by one would (the files after it are read, but not recorded).
    public mutating func loadEvidence(paths: [String], instrument: Instrument) throws(InputFileError) -> [Evidence?] {
        let registry = self.registry
        let loaded = ResultSlots<(workspace: Workspace, outcome: Result<Evidence?, InputFileError>)>(count: paths.count)
        let load: @Sendable (Int) -> Void = { index in
            var single = Workspace(registry: registry)
            let outcome = Result { () throws(InputFileError) in
                try single.loadEvidence(path: paths[index], instrument: instrument)
            }
            loaded[index] = (single, outcome)
        }
        if paths.count == 1 {
            load(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: paths.count, execute: load)
        }
        var evidence: [Evidence?] = []
        evidence.reserveCapacity(paths.count)
        for index in paths.indices {
            guard let (single, outcome) = loaded[index] else { continue }
            for source in single.sources { record(source, DiagnosticBag()) }
            for diagnostic in single.diagnostics.all { report(diagnostic) }
            evidence.append(try outcome.get())
        }
        return evidence
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
}
