import Analysis
import Engine
import Statistics

/// Why a statistic is undefined, in the language of the prose, written from the reason's
/// case and its numbers (``UndefinedReason``); JSON carries the English text and the code.
enum UndefinedReasonWords {
    /// The reason as a sentence fragment; nil reads as "not computed".
    static func text(_ reason: UndefinedReason?, _ prose: Prose) -> String {
        guard let reason else { return prose.isSwedish ? "inte beräknad" : "not computed" }
        let n = prose.integer
        if !prose.isSwedish {
            switch reason {
            case .tooFewUnits(let required, let found):
                return
                    "insufficient data: needs at least \(n(required)) subjects with enough ratings, found \(n(found))"
            case .tooFewMunicipalities(let required, let found):
                return "insufficient data: needs at least \(n(required)) municipalities evaluated by two or more "
                    + "evaluators, found \(n(found))"
            case .tooFewRaters(let required, let found):
                return "insufficient data: needs at least \(n(required)) evaluators, found \(n(found))"
            case .disconnectedDesign(let groups):
                return "the evaluators form \(n(groups)) groups that share no municipality; "
                    + "effects are comparable only within a group"
            case .didNotConverge(let iterations):
                return "the solver did not converge in \(n(iterations)) iterations"
            case .tooManyDifferingInputs(let count, let limit):
                return "\(n(count)) differing inputs exceed the exact limit of \(n(limit))"
            default:
                return reason.description
            }
        }
        switch reason {
        case .tooFewUnits(let required, let found):
            return
                "otillräckliga data: kräver minst \(n(required)) enheter med tillräckligt många bedömningar, fann \(n(found))"
        case .tooFewMunicipalities(let required, let found):
            return "otillräckliga data: kräver minst \(n(required)) kommuner som utvärderats av två eller fler "
                + "utvärderare, fann \(n(found))"
        case .tooFewRaters(let required, let found):
            return "otillräckliga data: kräver minst \(n(required)) utvärderare, fann \(n(found))"
        case .noVariation:
            return "alla värden är lika, så samstämmigheten är total och koefficienten blir 0/0"
        case .noVariationBetweenUnits(let within):
            return within
                ? "alla kommuner har samma medelvärde, så det finns ingen variation mellan kommunerna "
                    + "att ställa utvärderarnas skillnader inom dem mot"
                : "alla kommuner har samma medelvärde och utvärderarna är helt eniga, så det finns "
                    + "ingen variation alls"
        case .noResidualVariance:
            return "modellen återger varje bedömning exakt (ingen residualvarians), så F-testet delar med 0"
        case .noSpread:
            return "alla värden är lika, så medelfelet är 0 och t delar med 0"
        case .noResidualDegreesOfFreedom:
            return "otillräckliga data: modellen lämnar inga frihetsgrader åt residualen"
        case .perfectFit:
            return "anpassningen återger varje tilldelad poäng (RMSE 0), så RMSE_LOO/RMSE delar med 0"
        case .constantObservations:
            return "alla tilldelade poäng är lika (ingen variation kring medelvärdet), så R² och Q² "
                + "delar med 0"
        case .disconnectedDesign(let groups):
            return "utvärderarna bildar \(n(groups)) grupper utan gemensamma kommuner; effekterna går "
                + "bara att jämföra inom en grupp"
        case .dependentColumns:
            return "designmatrisen har linjärt beroende kolumner"
        case .infeasibleConstraint:
            return "inga koefficienter inom gränserna uppfyller likhetsvillkoret"
        case .didNotConverge(let iterations):
            return "lösaren konvergerade inte på \(n(iterations)) iterationer"
        case .tooManyDifferingInputs(let count, let limit):
            return "\(n(count)) olika underlag överskrider gränsen \(n(limit)) för en exakt fördelning"
        case .invalidInput(let text):
            return text
        }
    }

    /// `undefined` / `odefinierad`: the cell of a statistic that is undefined (not a
    /// shortage of data, which reads as not available).
    static func cell(_ reason: UndefinedReason?, _ prose: Prose) -> String {
        guard let reason, !reason.isShortage else { return prose.notAvailable }
        return prose.isSwedish ? "odefinierad" : "undefined"
    }

    /// The reason as a clause that says what it is: shortages begin "insufficient data",
    /// the others are prefixed "undefined: " (`odefinierad: `).
    static func statement(_ reason: UndefinedReason?, _ prose: Prose) -> String {
        guard let reason, !reason.isShortage else { return text(reason, prose) }
        if case .invalidInput = reason { return text(reason, prose) }
        return cell(reason, prose) + ": " + text(reason, prose)
    }

    /// `{"code": "noResidualVariance", "text": "…"}`, the value of a `…Reason` key.
    static func json(_ reason: UndefinedReason) -> JSONValue {
        .object(pairs: [("code", .string(reason.code)), ("text", .string(reason.description))])
    }

    /// `key: value`, or `key: null` and `keyReason: {…}` when the value is undefined.
    static func pairs(_ key: String, _ value: JSONValue?, _ reason: UndefinedReason?) -> [(String, JSONValue)] {
        if let value, reason == nil { return [(key, value)] }
        return [(key, .null), (key + "Reason", json(reason ?? .invalidInput("not computed")))]
    }
}
