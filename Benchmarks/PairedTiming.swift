// Timing an operation against the floor in alternating batches. The machines these
// benchmarks run on are shared and change speed by up to 2× within a minute; a ratio of
// two medians measured seconds apart carries that change. Here each pair is a batch of
// the floor and a batch of the operation back to back (their order alternating), the
// ratio is taken within the pair, and the median over pairs is reported.

/// An operation and the floor, timed in pairs.
struct PairedTiming {
    /// The operation's own timing (ns per operation), over all pairs.
    var operation: Timing
    /// The floor's timing (ns per floor evaluation), over the same pairs.
    var floor: Timing
    /// Median over pairs of operation time / floor time, wall clock.
    var ratio: Double
    /// The same on the thread's CPU time.
    var cpuRatio: Double
    /// The lowest and highest ratio of a pair.
    var ratioLow: Double
    var ratioHigh: Double
}

extension Stopwatch {
    /// Times `body(n)` (n operations) against `floor(n)` (n floor evaluations) in pairs of
    /// batches, each batch calibrated to about a third of `plan.sampleTime`, three pairs
    /// per sample of `plan`, the order within a pair alternating.
    static func paired(_ plan: TimingPlan, _ body: (Int) -> UInt64, floor: (Int) -> UInt64) -> PairedTiming {
        let batchTime = plan.sampleTime / 3
        let n = calibrate(batchTime, body)
        let m = calibrate(batchTime, floor)
        let clock = ContinuousClock()
        var wall: [Double] = []
        var cpu: [Double] = []
        var floorWall: [Double] = []
        var floorCPU: [Double] = []
        var ratios: [Double] = []
        var cpuRatios: [Double] = []
        func time(_ run: (Int) -> UInt64, _ count: Int) -> (wall: Double, cpu: Double) {
            let c0 = threadCPUTime()
            let t = clock.measure { blackHole(run(count)) }
            return (t.nanoseconds / Double(count), (threadCPUTime() - c0) / Double(count))
        }
        let start = clock.now
        for pair in 0..<(3 * plan.samples) {
            let measured: (wall: Double, cpu: Double)
            let reference: (wall: Double, cpu: Double)
            if pair % 2 == 0 {
                reference = time(floor, m)
                measured = time(body, n)
            } else {
                measured = time(body, n)
                reference = time(floor, m)
            }
            wall.append(measured.wall)
            cpu.append(measured.cpu)
            floorWall.append(reference.wall)
            floorCPU.append(reference.cpu)
            ratios.append(measured.wall / reference.wall)
            cpuRatios.append(measured.cpu / Swift.max(reference.cpu, 1e-9))
            if ratios.count >= 3 * plan.minimumSamples && clock.now - start > plan.budget { break }
        }
        ratios.sort()
        var operation = from(wall, cpu: cpu)
        operation.iterationsPerSample = n
        var reference = from(floorWall, cpu: floorCPU)
        reference.iterationsPerSample = m
        return PairedTiming(
            operation: operation, floor: reference, ratio: median(ratios), cpuRatio: median(cpuRatios.sorted()),
            ratioLow: ratios.first!, ratioHigh: ratios.last!)
    }
}
