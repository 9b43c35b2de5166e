/// Helpers for lists of fact indices.
public enum FactList {
    /// The facts in first-read order, each once.
    public static func distinct(_ facts: [Int]) -> [Int] {
        var seen = Set<Int>()
        return facts.filter { seen.insert($0).inserted }
    }
}
