/// The reserved words of the language. Reservation applies to whole, undotted words.
public enum Keyword: String, CaseIterable, Sendable {
    case instrument, version, language, ladder, fact, flag, level, number, set, area, subarea
    case alias, max, points, weighted, rule, weight, why, test, given, expect, within, reference
    case evidence, year, evaluator, finding, source, section, note, confidence, by, judge
    case override, because, plan, `for`, action, cost, add, and, or, not, contains, any, all
    case count, yes, no, none, en, labels

    /// Keywords that start a declaration: the parser recovers at these.
    public static let declarationStarts: Set<Keyword> = [
        .instrument, .ladder, .fact, .area, .subarea, .rule, .test, .reference, .labels, .evidence,
        .finding, .judge, .override, .plan, .action,
    ]

    /// Whether this keyword starts a declaration: membership in ``declarationStarts``,
    /// answered by a `switch` instead of hashing.
    public var startsDeclaration: Bool {
        switch self {
        case .instrument, .ladder, .fact, .area, .subarea, .rule, .test, .reference, .labels, .evidence, .finding, .judge,
            .override, .plan, .action:
            true
        default: false
        }
    }
}
