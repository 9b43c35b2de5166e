/// Why a rule change could not be re-scored on its own. Reports put it in words in the
/// reader's language; ``text`` is the English form JSON carries.
public enum RescoreFailure: Sendable, Equatable {
    /// The old version's declaration of the rule was not found.
    case oldDeclarationMissing
    /// The rule's old subarea is not in the new version.
    case oldSubareaMissing(subarea: String)
    /// The new version with the old rule put back does not check; `diagnostic` is the
    /// check's first error (a diagnostic, in English), when there is one.
    case doesNotFit(diagnostic: String?)

    /// In English, as JSON and diagnostics say it.
    public var text: String {
        switch self {
        case .oldDeclarationMissing: "the old rule's declaration was not found"
        case .oldSubareaMissing(let subarea): "its old subarea \(subarea) is not in the new version"
        case .doesNotFit(let diagnostic): "the old rule does not fit the new version: \(diagnostic ?? "it does not check")"
        }
    }
}
