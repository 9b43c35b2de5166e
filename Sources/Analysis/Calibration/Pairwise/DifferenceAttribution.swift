import Engine

/// Splits score differences between two evaluators of the same municipality
/// (docs/STATISTICS.md §4): per subarea, ΔA = ΔR + ΔO, and ΔR across the differing findings
/// and judgements by exact Shapley values, so caps and `and` conditions share their
/// effect fairly and the parts add up to the difference.
public enum DifferenceAttribution {
    /// The first record's score minus the second's, split subarea by subarea.
    public static func pair(
        _ first: CalibrationRecord, _ second: CalibrationRecord, positions: (Int, Int) = (0, 1), instrument: Instrument
    ) throws(ArithmeticOverflow) -> PairDifference {
        var subareas: [SubareaDifference] = []
        var sum = Rational.zero
        for index in instrument.subareas.indices {
            let difference = try split(first, second, subarea: index, instrument: instrument)
            sum = try sum.adding(difference.difference)
            subareas.append(difference)
        }
        let total = try first.score.total.subtracting(second.score.total)
        return PairDifference(
            first: positions.0, second: positions.1, total: total, subareas: subareas,
            areaCapDifference: try total.subtracting(sum))
    }

    /// One subarea's difference, first minus second.
    public static func split(
        _ first: CalibrationRecord, _ second: CalibrationRecord, subarea: Int, instrument: Instrument
    ) throws(ArithmeticOverflow) -> SubareaDifference {
        let a = first.score.subareas[subarea]
        let b = second.score.subareas[subarea]
        let ruleDifference = try a.computed.subtracting(b.computed)
        let overrideDifference = try first.overrideOffset(subarea).subtracting(second.overrideOffset(subarea))
        let game = SubareaGame(instrument: instrument, subarea: subarea, from: second.input, to: first.input)
        var parts: [DifferencePart] = []
        if !game.players.isEmpty {
            let phi = try game.shapleyValues()
            if let phi {
                for (player, value) in zip(game.players, phi) { parts.append(DifferencePart(source: player, points: value)) }
            } else {
                parts.append(DifferencePart(source: .unattributed, points: CalibrationNumber.double(ruleDifference)))
            }
        }
        if overrideDifference != .zero {
            parts.append(DifferencePart(source: .override, points: CalibrationNumber.double(overrideDifference)))
        }
        return SubareaDifference(
            subarea: subarea, difference: try a.points.subtracting(b.points), ruleDifference: ruleDifference,
            overrideDifference: overrideDifference, parts: parts)
    }
}
