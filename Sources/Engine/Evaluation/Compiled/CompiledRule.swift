/// A rule in compiled form: a primitive over flat arrays, or a plugin call.
enum CompiledRule: Sendable {
    /// `award` when the condition program `ops[start..<end]` yields yes.
    case condition(start: Int, end: Int, award: Rational)
    /// Steps `steps[start..<end]` over an input.
    case steps(CompiledInput, start: Int, end: Int)
    case perUnit(CompiledInput, award: Rational, cap: Rational)
    case linear(CompiledInput, from: Rational, span: Rational, award: Rational)
    case judgement(maximum: Rational, weighted: Bool)
    /// Called through the plugin protocol.
    case plugin
}

/// An input in compiled form.
enum CompiledInput: Sendable {
    /// `scalar[fact]`.
    case value(Int)
    /// The number of held slots `lists[start..<start+count]`.
    case countOf(fact: Int, start: Int, count: Int)
    /// The integer part of `scalar[fact]`.
    case integerPart(Int)

    var fact: Int {
        switch self {
        case .value(let f), .countOf(let f, _, _), .integerPart(let f): return f
        }
    }
}
