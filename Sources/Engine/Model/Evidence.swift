/// Where a finding comes from.
public struct EvidenceSource: Sendable, Equatable {
    /// interview, document, web, social, survey.
    public var kind: String
    /// The reference text.
    public var text: String
    /// The report section, if given.
    public var section: String?

    /// A source of this kind, reference text and section.
    public init(kind: String, text: String, section: String?) {
        self.kind = kind
        self.text = text
        self.section = section
    }
}

/// One fact's value in one evaluation, with its sources.
public struct Finding: Sendable {
    public var fact: Int
    public var value: FactValue
    public var sources: [EvidenceSource]
    public var note: String?
    public var confidence: Rational?
    /// The evaluator who recorded it (`by`); nil when the evaluators of the header
    /// recorded it jointly.
    public var by: String?
    public var span: SourceSpan
}

/// An evaluator's judgement of a `judgement` rule, or an override of a subarea.
public struct Verdict: Sendable {
    /// The rule (for a judgement) or subarea (for an override) index.
    public var target: Int
    public var value: Rational
    public var reason: String
    /// The evaluator who gave it (`by`); nil when the evaluators gave it jointly.
    public var by: String?
    public var span: SourceSpan

    /// Creates a verdict.
    public init(target: Int, value: Rational, reason: String, by: String?, span: SourceSpan) {
        self.target = target
        self.value = value
        self.reason = reason
        self.by = by
        self.span = span
    }
}

/// A checked evidence file.
public struct Evidence: Sendable {
    public var path: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    public var municipality: String
    public var year: Int
    public var instrumentName: String
    public var instrumentVersion: String
    public var evaluators: [String]
    /// Findings in source order.
    public var findings: [Finding] {
        didSet {
            findingPositions = Self.positions(of: findings)
            bindingRecord = nil
        }
    }
    public var judgements: [Verdict]
    public var overrides: [Verdict]
    /// Per fact index, the position of its finding in ``findings`` (the first, should a
    /// fact have two; -1 for none): kept by `findings`' observer, so ``finding(of:)`` is
    /// one array read. Facts past its end have no finding.
    var findingPositions: [Int] = []
    /// The findings in the compact form binding reads, filled by the evidence checker and
    /// cleared by any change of ``findings`` (binding then reads the findings): see
    /// ``EvidenceBindingRecord``.
    var bindingRecord: EvidenceBindingRecord? = nil

    /// Every fact's value by index (nil: unassessed).
    public func values(factCount: Int) -> [FactValue?] {
        var values = [FactValue?](repeating: nil, count: factCount)
        for finding in findings { values[finding.fact] = finding.value }
        return values
    }

    /// The finding of a fact, if recorded.
    public func finding(of fact: Int) -> Finding? {
        guard fact >= 0, fact < findingPositions.count else { return nil }
        let position = findingPositions[fact]
        return position < 0 ? nil : findings[position]
    }

    static func positions(of findings: [Finding]) -> [Int] {
        var size = 0
        for finding in findings where finding.fact >= size { size = finding.fact + 1 }
        var positions = [Int](repeating: -1, count: size)
        for (position, finding) in findings.enumerated() where finding.fact >= 0 && positions[finding.fact] < 0 {
            positions[finding.fact] = position
        }
        return positions
    }
}

extension Evidence {
    /// Who recorded a finding or gave a verdict recorded `by` an evaluator, or jointly:
    /// that evaluator, else every evaluator of the header (never one of them alone).
    public func recorders(_ by: String?) -> [String] {
        by.map { [$0] } ?? evaluators
    }
}

/// One change of a plan's action.
public struct PlanChange: Sendable, Equatable {
    public var fact: Int
    /// `add` unions items into a set; otherwise the value replaces the finding.
    public var isAdd: Bool
    public var value: FactValue

    /// A change of `fact`: its value replaced, or (`isAdd`) items unioned in.
    public init(fact: Int, isAdd: Bool, value: FactValue) {
        self.fact = fact
        self.isAdd = isAdd
        self.value = value
    }
}

/// A named improvement: finding changes and an optional cost.
public struct PlanAction: Sendable {
    public var id: String
    public var title: String?
    public var cost: Rational?
    public var changes: [PlanChange]
    public var span: SourceSpan
}

/// A checked plan.
public struct Plan: Sendable {
    public var path: String
    public var sha256: String
    public var name: String
    public var municipality: String?
    public var actions: [PlanAction]
}
