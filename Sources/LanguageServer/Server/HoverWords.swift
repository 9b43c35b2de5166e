import Foundation
import Engine

/// The few words of hover texts, in Swedish or English; numbers with a decimal comma in
/// Swedish. Ids, fact paths and the instrument's own texts stay as written.
struct HoverWords {
    let swedish: Bool

    var readBy: String { swedish ? "Läses av regler" : "Read by rules" }
    var readByNone: String { swedish ? "Ingen regel läser uppgiften." : "No rule reads this fact." }
    var levels: String { swedish ? "Nivåer" : "Levels" }
    var items: String { swedish ? "Alternativ" : "Items" }
    var openSet: String { swedish ? "Öppen mängd: valfria alternativ." : "Open set: any items." }
    var maximum: String { swedish ? "Högst" : "At most" }
    var weight: String { swedish ? "vikt" : "weight" }
    var rules: String { swedish ? "regler" : "rules" }
    var weighted: String { swedish ? "viktat delområde" : "weighted subarea" }

    func points(_ value: Rational) -> String {
        number(value) + (swedish ? " poäng" : (value == Rational(1) ? " point" : " points"))
    }

    func number(_ value: Rational) -> String {
        let text = value.decimalString(maxFractionDigits: 2).replacingOccurrences(of: "-", with: "−")
        return swedish ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func status(_ status: RuleStatus) -> String {
        switch status {
        case .hit: swedish ? "uppfylld" : "met"
        case .partial: swedish ? "delvis uppfylld" : "partly met"
        case .miss: swedish ? "ej uppfylld" : "not met"
        case .unassessed: swedish ? "ej bedömd" : "not assessed"
        }
    }

    func current(_ file: String, _ points: Rational, of maximum: Rational, _ status: RuleStatus) -> String {
        swedish
            ? "I \(file): \(number(points)) av \(self.points(maximum)) (\(self.status(status)))."
            : "In \(file): \(number(points)) of \(self.points(maximum)) (\(self.status(status)))."
    }

    func level(_ word: String, of ladder: String) -> String {
        swedish ? "Nivå `\(word)` på skalan `\(ladder)`" : "Level `\(word)` of the ladder `\(ladder)`"
    }

    func item(_ word: String, of fact: String) -> String {
        swedish ? "Alternativ `\(word)` i `\(fact)`" : "Item `\(word)` of `\(fact)`"
    }
}
