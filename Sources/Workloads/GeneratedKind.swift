/// The built-in rule kinds the generator writes, in the order the benchmark report lists them.
public enum GeneratedKind: String, CaseIterable, Sendable {
    case ladder, when, each, threshold, scale, judgement
}
