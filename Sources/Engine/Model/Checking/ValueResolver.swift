/// Turns a written value into a fact's typed value, with located diagnostics.
public struct ValueResolver {
    let catalog: FactCatalog

    /// A resolver for the facts of `catalog`.
    public init(catalog: FactCatalog) {
        self.catalog = catalog
    }

    public func resolve(_ literal: ValueLiteral, for fact: Int, diagnostics: inout DiagnosticBag) -> FactValue? {
        let path = catalog.facts[fact].path
        func mismatch(_ expected: String) -> FactValue? {
            diagnostics.report(
                .semaTypeMismatch, "'\(path)' is a \(typeName(fact)) and takes \(expected)", at: literal.span,
                notes: [Diagnostic.Note("'\(path)' declared here", at: catalog.facts[fact].span)])
            return nil
        }
        switch (catalog.type(of: fact), literal.node) {
        case (.flag, .yes): return .flag(true)
        case (.flag, .no): return .flag(false)
        case (.flag, _): return mismatch("'yes' or 'no'")
        case (.level, .level(let name)):
            return level(name, literal, fact, &diagnostics)
        case (.level, .none):
            return level("none", literal, fact, &diagnostics)
        case (.level, _): return mismatch("a level of its ladder")
        case (.number, .number(let text)):
            // A well-formed number out of range is already reported by the parser.
            guard let value = Rational(decimalText: text) else {
                return NumberText.isWellFormed(text) ? nil : mismatch("a number")
            }
            guard value >= .zero else {
                diagnostics.report(.semaOutOfRange, "'\(path)' is a number and cannot be negative", at: literal.span)
                return nil
            }
            return .number(value)
        case (.number, _): return mismatch("a number")
        case (.set, .none): return .set([])
        case (.set, .items(let items)):
            guard catalog.checkItems(items, of: fact, diagnostics: &diagnostics) else { return nil }
            return .set(Self.normalized(items.map(\.value)))
        case (.set, _): return mismatch("'{…}' or 'none'")
        }
    }

    private func level(
        _ name: String, _ literal: ValueLiteral, _ fact: Int, _ diagnostics: inout DiagnosticBag
    ) -> FactValue? {
        catalog.level(Located(name, at: literal.span), of: fact, diagnostics: &diagnostics).map { .level($0) }
    }

    public func typeName(_ fact: Int) -> String {
        catalog.typeName(fact)
    }

    /// The items in byte order without repeats, as ``FactValue/normalizedItems(_:)`` makes
    /// them: ASCII items written so already (as most files write them) are kept as they
    /// are, without hashing or sorting. (Other text goes the long way: two different byte
    /// sequences can be one `String`.)
    static func normalized(_ items: [String]) -> [String] {
        var ascending = true
        for (i, item) in items.enumerated() where ascending {
            ascending = item.utf8.allSatisfy { $0 < 0x80 }
                && (i == 0 || items[i - 1].utf8.lexicographicallyPrecedes(item.utf8))
        }
        return ascending ? items : FactValue.normalizedItems(items)
    }
}
