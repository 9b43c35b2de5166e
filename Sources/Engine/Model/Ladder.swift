/// An ordered scale such as `none < started < exists < followed_up < evaluated`.
public struct Ladder: Sendable {
    /// The ladder's name.
    public var name: String
    /// The levels, lowest first.
    public var levels: [String]

    /// The index of a level, if it is on the ladder.
    public func index(of level: String) -> Int? { levels.firstIndex(of: level) }

}
