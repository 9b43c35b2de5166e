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
        let loaded = OrderedParallelMap.map(count: paths.count) { index in
            var single = Workspace(registry: registry)
            let outcome = Result { () throws(InputFileError) in
                try single.loadEvidence(path: paths[index], instrument: instrument)
            }
            return (workspace: single, outcome: outcome)
        }
        var evidence: [Evidence?] = []
        evidence.reserveCapacity(paths.count)
        for (single, outcome) in loaded {
            for source in single.sources { record(source, DiagnosticBag()) }
            for diagnostic in single.diagnostics.all { report(diagnostic) }
            evidence.append(try outcome.get())
        }
        return evidence
    }
}
