// The floor of the engine issue: a straight loop over contiguous `[Int32]` fact values,
// `[Int32]` thresholds and `[Int64]` points, one read, one comparison and one addition
// per rule, its result consumed. It is the cost of the arithmetic a fully lowered
// instrument could not avoid; the engine is reported as a multiple of it.

import Engine

/// The floor's data for one instrument: one entry per rule.
struct FloorData {
    var facts: [Int32]
    var thresholds: [Int32]
    var points: [Int64]

    /// Derives per-rule data from a real instrument and input, so the floor works on
    /// the same number of rules with plausible values (its cost does not depend on them).
    init(instrument: Instrument, input: EvaluationInput) {
        facts = []
        thresholds = []
        points = []
        facts.reserveCapacity(instrument.rules.count)
        thresholds.reserveCapacity(instrument.rules.count)
        points.reserveCapacity(instrument.rules.count)
        for (index, rule) in instrument.rules.enumerated() {
            var value: Int32 = -1
            if let fact = rule.kind.factsRead.first, let v = input.values[fact] {
                switch v {
                case .flag(let b): value = b ? 1 : 0
                case .level(let l): value = Int32(l)
                case .number(let n): value = Int32(clamping: n.integerPart())
                case .set(let items): value = Int32(items.count)
                }
            } else if let judgement = input.judgements[index] {
                value = Int32(clamping: judgement.integerPart())
            }
            facts.append(value)
            thresholds.append(index % 3 == 0 ? 1 : 2)
            points.append(rule.kind.best.numerator)
        }
    }

    var count: Int { facts.count }
}

/// One evaluation of the floor: one read, one comparison, one addition per rule.
@inline(never)
func floorEvaluate(
    _ facts: UnsafeBufferPointer<Int32>, _ thresholds: UnsafeBufferPointer<Int32>, _ points: UnsafeBufferPointer<Int64>
) -> Int64 {
    var sum: Int64 = 0
    for i in 0..<facts.count where facts[i] >= thresholds[i] {
        sum &+= points[i]
    }
    return sum
}

extension FloorData {
    /// `n` evaluations; each result is consumed (the sink write also keeps the
    /// optimiser from hoisting the loop-invariant call out of the loop).
    func run(_ n: Int) -> UInt64 {
        facts.withUnsafeBufferPointer { f in
            thresholds.withUnsafeBufferPointer { t in
                points.withUnsafeBufferPointer { p in
                    var acc: UInt64 = 0
                    for _ in 0..<n {
                        let sum = floorEvaluate(f, t, p)
                        blackHole(UInt64(bitPattern: sum))
                        acc &+= UInt64(bitPattern: sum)
                    }
                    return acc
                }
            }
        }
    }
}
