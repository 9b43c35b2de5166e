/// Evidence that cannot be calibrated together: evaluations of different
/// municipalities compared as one, one evaluator twice on one municipality, an empty
/// round, or an awarded-scores table that names unknown evaluations (the tool exits
/// with 65).
public struct CalibrationInputError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var help: String?

    /// Creates the error.
    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}
