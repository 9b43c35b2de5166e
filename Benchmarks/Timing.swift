// Timing with ContinuousClock: calibrated batches, several samples, the median. Each
// sample also records the thread's CPU time, so that a loaded machine (time spent
// descheduled) can be told apart from slow code.

#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's CPU time in nanoseconds (CLOCK_THREAD_CPUTIME_ID).
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e9 + Double(t.tv_nsec)
}

/// Results are folded into this sink so that the optimiser cannot drop the work.
nonisolated(unsafe) var sink: UInt64 = 0

@inline(never)
func blackHole(_ value: UInt64) {
    sink = sink &* 31 &+ value
}

extension Duration {
    /// The duration in nanoseconds, as a Double.
    var nanoseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
    }
}

/// How long to measure.
struct TimingPlan {
    /// Samples per measurement (the median is reported).
    var samples: Int
    /// Each sample runs long enough to take at least this long.
    var sampleTime: Duration
    /// The most time one measurement may take before it stops early (keeping at least
    /// `minimumSamples` samples).
    var budget: Duration
    var minimumSamples: Int

    static let full = TimingPlan(samples: 9, sampleTime: .milliseconds(40), budget: .seconds(6), minimumSamples: 3)
    static let quick = TimingPlan(samples: 3, sampleTime: .milliseconds(15), budget: .seconds(2), minimumSamples: 1)
}

/// A measured operation: the median and spread of the time per operation.
struct Timing {
    var median: Double  // ns per operation, wall time (ContinuousClock)
    /// Median thread CPU time per operation, ns.
    var cpuMedian: Double
    var low: Double
    var high: Double
    var samples: Int
    var iterationsPerSample: Int

    /// Relative spread of the samples, (high - low) / median.
    var spread: Double { median > 0 ? (high - low) / median : 0 }
}

enum Stopwatch {
    /// ``measure(_:_:)`` of one operation repeated `n` times per batch, its results summed
    /// (and the sum consumed) so that none is optimised away.
    @inline(__always)
    static func measure(_ plan: TimingPlan, repeating operation: () -> UInt64) -> Timing {
        measure(plan) { n in
            var acc: UInt64 = 0
            for _ in 0..<n { acc &+= operation() }
            return acc
        }
    }

    /// Times `body(n)`, which must perform n operations and return something derived
    /// from all of them. Calibrates n so a sample lasts at least `plan.sampleTime`.
    static func measure(_ plan: TimingPlan, _ body: (Int) -> UInt64) -> Timing {
        let clock = ContinuousClock()
        let n = calibrate(plan.sampleTime, body)
        var perOperation: [Double] = []
        var cpu: [Double] = []
        let start = clock.now
        for _ in 0..<plan.samples {
            let c0 = threadCPUTime()
            let t = clock.measure { blackHole(body(n)) }
            cpu.append((threadCPUTime() - c0) / Double(n))
            perOperation.append(t.nanoseconds / Double(n))
            if perOperation.count >= plan.minimumSamples && clock.now - start > plan.budget { break }
        }
        perOperation.sort()
        cpu.sort()
        return Timing(
            median: median(perOperation), cpuMedian: median(cpu), low: perOperation.first!, high: perOperation.last!,
            samples: perOperation.count, iterationsPerSample: n)
    }

    /// Warms up `body` and returns the number of operations that makes one batch last at
    /// least `sampleTime`: n doubles (or jumps to the estimated count) until it does.
    static func calibrate(_ sampleTime: Duration, _ body: (Int) -> UInt64) -> Int {
        let clock = ContinuousClock()
        var n = 1
        var elapsed = clock.measure { blackHole(body(1)) }
        while elapsed < sampleTime {
            let target = sampleTime.nanoseconds * 1.2
            let per = Swift.max(elapsed.nanoseconds / Double(n), 0.01)
            n = Swift.max(n * 2, Swift.min(n * 100, Int(target / per)))
            elapsed = clock.measure { blackHole(body(n)) }
        }
        return n
    }

    /// Times a one-off operation `runs` times (each run once), returning the median in ns.
    static func once(runs: Int, _ body: () -> UInt64) -> Timing {
        let clock = ContinuousClock()
        var times: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<Swift.max(1, runs) {
            let c0 = threadCPUTime()
            times.append(clock.measure { blackHole(body()) }.nanoseconds)
            cpu.append(threadCPUTime() - c0)
        }
        return from(times, cpu: cpu)
    }

    /// A timing of one-off runs already made (ns each).
    static func from(_ wall: [Double], cpu: [Double]) -> Timing {
        let times = wall.sorted()
        return Timing(
            median: median(times), cpuMedian: median(cpu.sorted()), low: times.first!, high: times.last!,
            samples: times.count, iterationsPerSample: 1)
    }

    static func median(_ sorted: [Double]) -> Double {
        let c = sorted.count
        return c % 2 == 1 ? sorted[c / 2] : (sorted[c / 2 - 1] + sorted[c / 2]) / 2
    }
}
