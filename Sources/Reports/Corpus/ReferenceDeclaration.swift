import Analysis
import Engine

/// `corpus --write-reference NAME`: the corpus means per area as a reference profile,
/// `reference "NAME" { 1: 61.428571, … }`, ready to paste into an instrument, after
/// comment lines that give its provenance. Values are the exact means written with at
/// most 6 decimals (the language's limit), rounded half away from zero.
public enum ReferenceDeclaration {
    /// The declaration alone: `reference "NAME" { 1: 63.2, 2: 65 }`.
    public static func declaration(name: String, values: [(area: String, value: Rational)]) -> String {
        let entries = values.map { "\(Spelling.word($0.area)): \($0.value.decimalString())" }
        return "reference \(Spelling.quoted(name)) { \(entries.joined(separator: ", ")) }"
    }

    /// The declaration of the corpus's area means, after `#` comments saying what they are
    /// and where they come from.
    public static func render(_ corpus: Corpus, name: String) -> String {
        let n = corpus.evaluations.count
        let m = corpus.municipalities.count
        var out = "# The mean points per area of \(n) evaluation\(n == 1 ? "" : "s") of \(m) "
            + "municipalit\(m == 1 ? "y" : "ies") (\(CorpusNumbers.years(corpus.evaluations.map(\.evidence.year)))), "
            + "scored by \(corpus.instrument.name) \(corpus.instrument.version).\n"
        for line in CorpusText.provenance(corpus).text.split(separator: "\n") {
            out += "# " + line + "\n"
        }
        return out + declaration(name: name, values: corpus.areaMeans) + "\n"
    }
}
