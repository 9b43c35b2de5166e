/// The fixed rules of the canonical layout (docs/DESIGN.md, "Canonical layout"): indents,
/// which keywords start a line of their own within a declaration, and the spaces between
/// tokens on one line.
enum LayoutRules {
    /// Spaces per level of nesting.
    static let indentStep = 2
    /// The extra indent of a continuation line: a line that goes on with a clause.
    static let continuationIndent = 4
    /// The extra indent of the assignments after the first in a test's `given`, so that
    /// they stand under the first (`given ` is six characters).
    static let givenIndent = 6
    /// The spaces between a token and a comment at the end of its line.
    static let trailingCommentGap = "  "

    /// The indent of a declaration's first line: rules stand under their subarea.
    static func declarationIndent(_ keyword: Keyword) -> Int {
        keyword == .rule ? indentStep : 0
    }

    /// The keywords that start a clause of a declaration when they begin a line; such a
    /// line is indented one step under the declaration. A rule's kind clause is one too.
    static func clauseKeywords(of declaration: Keyword) -> Set<Keyword> {
        switch declaration {
        case .instrument: [.version, .language]
        case .area, .subarea: [.alias, .en, .max, .weighted, .points]
        case .rule: [.why, .weight]
        case .test: [.given, .expect]
        case .evidence: [.year, .instrument, .version, .evaluator]
        case .finding: [.source, .note, .confidence, .by]
        case .judge, .override: [.because, .by]
        case .plan: [.for]
        case .action: [.cost, .set, .add]
        default: []
        }
    }

    /// The token as the canonical layout writes it: strings re-escaped canonically,
    /// everything else (numbers included: they are exact decimals) as written.
    static func text(of token: Token) -> String {
        token.kind == .string ? Spelling.quoted(token.text) : token.text
    }

    /// Whether one space separates two tokens on the same line. `isMap` tells, for a
    /// brace, whether its group is a map (`{ exists: 2 }`, spaced inside) or a list of
    /// items (`{a, b}`, not spaced).
    static func spaced(_ previous: Token, _ next: Token, previousIsMapBrace: Bool, nextIsMapBrace: Bool) -> Bool {
        switch next.kind {
        case .comma, .colon, .rightParen: return false
        case .rightBrace: return previous.kind != .leftBrace && nextIsMapBrace
        case .leftParen where previous.is(.count): return false
        default: break
        }
        switch previous.kind {
        case .leftParen: return false
        case .leftBrace: return previousIsMapBrace
        default: return true
        }
    }

    /// For each brace token, whether its group is a map: it holds a `:` at its own level.
    static func mapBraces(_ tokens: [Token]) -> Set<Int> {
        var maps: Set<Int> = []
        var open: [(index: Int, isMap: Bool)] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftBrace:
                open.append((index, false))
            case .colon where !open.isEmpty:
                open[open.count - 1].isMap = true
            case .rightBrace:
                if let group = open.popLast(), group.isMap {
                    maps.insert(group.index)
                    maps.insert(index)
                }
            default:
                break
            }
        }
        return maps
    }
}
