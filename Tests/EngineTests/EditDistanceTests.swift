import Support
import Testing

/// The "did you mean" distance: optimal string alignment (Levenshtein with swaps of two
/// adjacent characters), values worked out by hand.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("rule", "rule", 0),
        // One swap of neighbours is one edit.
        ("ruel", "rule", 1), ("levle", "level", 1), ("fcat", "fact", 1),
        // Levenshtein where no swap helps.
        ("kitten", "sitting", 3), ("maks", "max", 2), ("flaw", "lawn", 2),
        // Optimal string alignment edits no substring twice: "ca" → "abc" is 3, not 2.
        ("ca", "abc", 3),
        // Characters, not bytes.
        ("påbörjad", "pbåörjad", 1), ("å", "ä", 1),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test func closestMatchTakesASwapAsATypo() {
        let keywords = ["area", "fact", "ladder", "rule", "subarea"]
        #expect(EditDistance.closestMatch(to: "ruel", among: keywords) == "rule")
        #expect(EditDistance.closestMatch(to: "fcat", among: keywords) == "fact")
        #expect(EditDistance.closestMatch(to: "grade", among: keywords) == nil)
        // Ties go to the candidate that sorts first, whatever the order given.
        #expect(EditDistance.closestMatch(to: "ab", among: ["ba", "aa"]) == "aa")
        #expect(EditDistance.closestMatch(to: "ab", among: ["aa", "ba"]) == "aa")
    }
}
