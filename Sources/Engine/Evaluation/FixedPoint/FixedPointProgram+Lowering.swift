extension FixedPointProgram {
    /// Lowers a compiled instrument, or nil when some part cannot be: a rule called
    /// through the plugin protocol, a step table whose thresholds do not ascend within
    /// ±2⁶¹ micro-units, a constant that is not a whole number of micro-units,
    /// a span or weight scaling too large for exact 64-bit arithmetic. Such an instrument
    /// is always scored by the `Rational` path.
    init?(_ compiled: CompiledInstrument) {
        let instrument = compiled.instrument
        var lowering = RuleLowering(compiled: compiled)
        for r in compiled.rules.indices {
            guard lowering.lower(rule: r) else { return nil }
        }
        guard var unassessedUpper = Self.micro(compiled.best) else { return nil }
        let constants = lowering.constantMagnitude(unassessedUpper)
        let nonNegative = lowering.constantsNonNegative()
        // Step tables whose thresholds do not ascend within ±2⁶¹ (only a plugin's lowering
        // or thresholds beyond 2.3·10¹² could give one) are left to the `Rational` path.
        guard lowering.layOutSteps() else { return nil }
        lowering.takeLookups(unassessedUpper: unassessedUpper)
        // An unassessed condition counts 0 and at most its award.
        for row in lowering.comparisons { unassessedUpper[Int(row.rule)] = row.award }
        for row in lowering.conditions { unassessedUpper[Int(row.rule)] = row.award }
        for row in lowering.truthTables { unassessedUpper[Int(row.rule)] = row.award }
        var subareas: [FixedPointSubarea] = []
        var subareaRules: [Int32] = []
        var weight = [Int64](repeating: 0, count: instrument.rules.count)
        var ruleIsWeighted = [Bool](repeating: false, count: instrument.rules.count)
        var weightFactor = [Rational](repeating: .zero, count: instrument.rules.count)
        var scalings: [WeightScaling?] = []
        for subarea in instrument.subareas {
            guard let max = MicroUnits.of(subarea.max) else { return nil }
            var row = FixedPointSubarea(
                start: Int32(subareaRules.count), end: Int32(subareaRules.count + subarea.rules.count), max: max,
                weighted: subarea.mode == .weighted)
            subareaRules += subarea.rules.map { Int32($0) }
            if row.weighted {
                guard let scaling = WeightScaling(subarea, compiled.aggregation) else { return nil }
                for (r, w) in zip(subarea.rules, scaling.weights) {
                    weight[r] = w
                    ruleIsWeighted[r] = true
                    // WeightScaling exists only when every factor does.
                    weightFactor[r] = compiled.aggregation.weightFactor[r] ?? .zero
                }
                row.safeLimit = scaling.safeLimit
                scalings.append(scaling)
            } else {
                scalings.append(nil)
            }
            subareas.append(row)
        }
        // Sums of subareas are kept in fine units, 1/(10⁶·L) with L the least common
        // multiple of the weighted subareas' scaling denominators, so that a weighted
        // subarea is a whole number of them: Σ(w′ᵢ·sᵢ) · numerator · (L / denominator).
        var multiple: Int64 = 1
        for case let scaling? in scalings {
            let d = scaling.denominator
            let (lcm, overflow) = (multiple / Int64(WeightScaling.gcd(multiple.magnitude, d.magnitude))).multipliedReportingOverflow(by: d)
            guard !overflow else { return nil }
            multiple = lcm
        }
        let (fineScale, fineOverflow) = MicroUnits.scale.multipliedReportingOverflow(by: multiple)
        guard !fineOverflow else { return nil }
        for (s, scaling) in scalings.enumerated() {
            guard let scaling else { continue }
            let (factor, overflow) = scaling.numerator.multipliedReportingOverflow(by: multiple / scaling.denominator)
            guard !overflow else { return nil }
            subareas[s].factor = factor
        }
        var areas: [FixedPointArea] = []
        var areaSubareas: [Int32] = []
        for area in instrument.areas {
            guard let micro = MicroUnits.of(area.max) else { return nil }
            let (max, overflow) = micro.multipliedReportingOverflow(by: multiple)
            guard !overflow else { return nil }
            areas.append(
                FixedPointArea(
                    start: Int32(areaSubareas.count), end: Int32(areaSubareas.count + area.subareas.count), max: max))
            areaSubareas += area.subareas.map { Int32($0) }
        }
        let factCount = instrument.facts.count
        var factSlotStart: [Int32] = [0]
        var slotIndex: [Int32] = []
        var slotItem: [String] = []
        for fact in 0..<factCount {
            for slot in compiled.slotsOfFact[fact] {
                slotIndex.append(Int32(factCount + slot))
                slotItem.append(compiled.slots.keys[slot].item)
            }
            factSlotStart.append(Int32(slotIndex.count))
        }
        layout = FixedPointLayout(
            facts: factCount, slots: compiled.slots.keys.count, rules: instrument.rules.count,
            subareas: instrument.subareas.count, areas: instrument.areas.count, stackDepth: compiled.stackDepth,
            fineScale: fineScale)
        fineMultiple = multiple
        comparisons = lowering.comparisons
        conditions = lowering.conditions
        let short = lowering.truthTables.filter { $0.tests <= 2 }
        truthTables = short + lowering.truthTables.filter { $0.tests > 2 }
        shortTruthTables = short.count
        ops = lowering.ops
        // A trailing entry keeps both arrays non-empty, so their base addresses exist.
        lists = compiled.slots.lists.map { Int32(factCount + $0) } + [0]
        stepRules = lowering.stepRules
        steps = lowering.steps
        narrowStepRules = lowering.stepRules.prefix { $0.end - $0.start - 1 == RuleLowering.narrowWidth }.count
        lookups = lowering.lookups
        // A trailing entry keeps the array non-empty, so its base address exists.
        lookupValues = lowering.lookupValues + [FixedPointOutcome(value: 0, upper: 0)]
        // By the kind of input, then rule: reading the input branches the same way for long runs.
        perUnits = lowering.perUnits.sorted { ($0.input.kind.rawValue, $0.rule) < ($1.input.kind.rawValue, $1.rule) }
        valuePerUnits = perUnits.prefix { $0.input.kind == .value }.count
        linears = lowering.linears.sorted { ($0.input.kind.rawValue, $0.rule) < ($1.input.kind.rawValue, $1.rule) }
        judgements = lowering.judgements
        self.unassessedUpper = unassessedUpper + [0]
        valueBound = FixedPointBound.valueBound(
            constants: constants, subareas: subareas, subareaRules: subareaRules,
            weight: weight, fine: multiple)
        totalsBound = FixedPointBound.totalsBound(
            valueBound: valueBound, constants: constants, subareas: subareas, weight: weight, areas: areas,
            areaSubareas: areaSubareas, fine: multiple)
        self.subareas = subareas
        let plain = subareas.indices.filter { !subareas[$0].weighted }
        subareasByKind = (plain + subareas.indices.filter { subareas[$0].weighted }).map { Int32($0) } + [0]
        plainSubareaCount = plain.count
        self.subareaRules = subareaRules
        self.weight = weight
        self.ruleIsWeighted = ruleIsWeighted
        self.weightFactor = weightFactor
        self.areas = areas
        self.areaSubareas = areaSubareas
        self.factSlotStart = factSlotStart
        self.slotIndex = slotIndex
        self.slotItem = slotItem
        slotKeys = FixedPointSlotKeys(items: slotItem, factSlotStart: factSlotStart)
        let direct = Self.directSums(
            rules: instrument.rules.count, subareas: subareas, subareaRules: subareaRules, weight: weight,
            areas: areas, areaSubareas: areaSubareas, fine: multiple, constantsNonNegative: nonNegative, totalsBound: totalsBound)
        subareaSums = direct.rows
        let contributions = Self.lookupContributions(lookups, lookupValues, ruleWeight: direct.ruleWeight)
        sumsDirectly = direct.applies && contributions != nil
        self.direct = FixedPointDirectTables(
            comparisons: comparisons, truthTables: truthTables, conditions: conditions, stepRules: stepRules,
            steps: steps, lookups: lookups, lookupContributions: contributions ?? lookupValues.map { _ in 0 },
            perUnits: perUnits, linears: linears, judgements: judgements,
            ruleSubarea: direct.ruleSubarea, ruleWeight: direct.ruleWeight,
            scalarFact: Self.scalarFacts(facts: factCount, slots: layout.slots, factSlotStart: factSlotStart, slotIndex: slotIndex),
            lists: lists, zeroScalar: Int32(exactly: layout.overridden))
    }

    /// Per bound scalar, the fact whose finding assesses it: a fact's own scalar, or the
    /// fact of a membership slot (binding assesses a fact's slots exactly with it).
    static func scalarFacts(facts: Int, slots: Int, factSlotStart: [Int32], slotIndex: [Int32]) -> [Int32] {
        var owner = (0..<(facts + slots)).map { Int32($0) }
        for fact in 0..<facts {
            for k in Int(factSlotStart[fact])..<Int(factSlotStart[fact + 1]) { owner[Int(slotIndex[k])] = Int32(fact) }
        }
        return owner
    }

    /// Every value in micro-units, or nil if one is not a whole number of them.
    static func micro(_ values: [Rational]) -> [Int64]? {
        var result: [Int64] = []
        result.reserveCapacity(values.count)
        for value in values {
            guard let micro = MicroUnits.of(value) else { return nil }
            result.append(micro)
        }
        return result
    }
}
