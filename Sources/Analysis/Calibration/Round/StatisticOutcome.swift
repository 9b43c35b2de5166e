import Statistics

/// A statistic, or why it is undefined ("insufficient data", "no variation", …): reports
/// never show a bare gap, and render the reason from its case in their own language.
public enum StatisticOutcome<Value: Sendable>: Sendable {
    /// The statistic.
    case computed(Value)
    /// Why there is none.
    case unavailable(UndefinedReason)

    /// Runs a computation, keeping its error's reason.
    init(_ compute: () throws -> Value) {
        do {
            self = .computed(try compute())
        } catch let error as StatisticsError {
            self = .unavailable(error.undefinedReason)
        } catch {
            self = .unavailable(.invalidInput(String(describing: error)))
        }
    }

    /// The statistic, if computed.
    public var value: Value? {
        if case .computed(let value) = self { return value }
        return nil
    }

    /// The reason, if not computed.
    public var reason: UndefinedReason? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}
