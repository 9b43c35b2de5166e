/// The area or subarea that encloses the declarations after it, for the checker's pass
/// over sections and rules.
enum Enclosing {
    /// None yet in this file: a rule here is reported as outside any subarea.
    case none
    /// The section whose index this is.
    case section(Int)
    /// A section whose declaration failed (its error is reported): what it encloses is
    /// left out without another error.
    case failed

    /// A declared section, or `failed` when its declaration returned none.
    init(_ index: Int?) {
        self = index.map { .section($0) } ?? .failed
    }

    /// The index of a declared section.
    var index: Int? {
        if case .section(let index) = self { return index }
        return nil
    }
}
