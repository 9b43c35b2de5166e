/// The counts r_ik of a subjects × raters matrix over declared categories.
struct CategoricalTally {
    let categories: [Double]
    let weights: [[Double]]
    /// r_ik for every subject with at least one rating.
    let counts: [[Double]]
    /// r_i.
    let totals: [Double]
    /// The row of each tallied subject in the rating matrix.
    let subjects: [Int]

    init(_ ratings: RatingMatrix, categories declared: [Double], weights kind: AgreementWeights) throws {
        categories = try AgreementWeights.validated(declared)
        weights = kind.matrix(for: categories)
        let position = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        var counts: [[Double]] = []
        var subjects: [Int] = []
        for (i, row) in ratings.rows.enumerated() {
            var tally = [Double](repeating: 0, count: categories.count)
            for (j, value) in row.enumerated() {
                guard let value else { continue }
                guard let k = position[value] else {
                    throw StatisticsError.undeclaredCategory(value: value, subject: i, rater: j)
                }
                tally[k] += 1
            }
            if tally.contains(where: { $0 > 0 }) {
                counts.append(tally)
                subjects.append(i)
            }
        }
        self.counts = counts
        self.subjects = subjects
        totals = counts.map { $0.reduce(0, +) }
    }

    var subjectCount: Int { counts.count }
    var pairedSubjectCount: Int { totals.filter { $0 >= 2 }.count }
    /// T_w = Σ_k Σ_l w_kl.
    var weightTotal: Double { weights.joined().reduce(0, +) }

    /// Σ_k r_ik (r*_ik − 1) for every subject, with r*_ik = Σ_l w_kl r_il.
    var agreeingPairs: [Double] {
        counts.map { r in
            var sum = 0.0
            for k in r.indices {
                var weighted = 0.0
                for l in r.indices { weighted += weights[k][l] * r[l] }
                sum += r[k] * (weighted - 1)
            }
            return sum
        }
    }

    /// pa_i for every subject (0 when r_i < 2).
    var subjectAgreement: [Double] {
        zip(agreeingPairs, totals).map { pairs, total in total >= 2 ? pairs / (total * (total - 1)) : 0 }
    }

    /// π̃_k = Σ_l ((w_kl + w_lk)/2)·π_l.
    func symmetrised(_ pi: [Double]) -> [Double] {
        pi.indices.map { k in
            var sum = 0.0
            for l in pi.indices { sum += (weights[k][l] + weights[l][k]) / 2 * pi[l] }
            return sum
        }
    }

    /// π_k = (1/n)·Σ_i r_ik/r_i.
    var proportions: [Double] {
        let n = Double(subjectCount)
        return categories.indices.map { k in zip(counts, totals).reduce(0) { $0 + $1.0[k] / $1.1 } / n }
    }

    /// Assembles the coefficient from p_e and the per-subject pe_i (Gwet 2008 variance).
    func coefficient(
        chance pe: Double, subjectChance: [Double], level: Double, minimumSubjects: Int
    ) throws -> AgreementCoefficient {
        let n = Double(subjectCount)
        let paired = pairedSubjectCount
        let required = max(2, minimumSubjects)
        guard paired >= required else { throw StatisticsError.tooFewSubjects(required: required, found: paired) }
        guard 1 - pe > 1e-12 else { throw StatisticsError.noVariation }
        let agreement = subjectAgreement
        let pa = agreement.reduce(0, +) / Double(paired)
        let value = StatisticsSupport.snappedToOne((pa - pe) / (1 - pe))
        var squares = 0.0
        for i in counts.indices {
            let isPaired: Double = totals[i] >= 2 ? 1 : 0
            let c = n / Double(paired) * (agreement[i] - pe * isPaired) / (1 - pe)
            let corrected = c - 2 * (1 - value) * (subjectChance[i] - pe) / (1 - pe)
            squares += (corrected - value) * (corrected - value)
        }
        let se = (squares / (n * (n - 1))).squareRoot()
        let margin = try StatisticsSupport.tCritical(level: level, degrees: n - 1) * se
        return AgreementCoefficient(
            value: value, observedAgreement: pa, chanceAgreement: pe, standardError: se,
            interval: ConfidenceInterval(lower: value - margin, upper: min(1, value + margin), level: level),
            categoryProportions: proportions, subjectCount: subjectCount, pairedSubjectCount: paired)
    }
}
