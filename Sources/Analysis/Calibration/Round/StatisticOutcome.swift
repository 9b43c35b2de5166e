import Statistics

/// A statistic, or why it could not be computed ("insufficient data", "no variation"):
/// reports never show a bare gap.
public enum StatisticOutcome<Value: Sendable>: Sendable {
    /// The statistic.
    case computed(Value)
    /// Why there is none, in the words of ``StatisticsError``.
    case unavailable(String)

    /// Runs a computation, keeping its error's explanation.
    init(_ compute: () throws -> Value) {
        do {
            self = .computed(try compute())
        } catch let error as StatisticsError {
            self = .unavailable(error.description)
        } catch {
            self = .unavailable(String(describing: error))
        }
    }

    /// The statistic, if computed.
    public var value: Value? {
        if case .computed(let value) = self { return value }
        return nil
    }

    /// The reason, if not computed.
    public var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}
