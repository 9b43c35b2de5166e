/// What a file is, found from its first word before it is parsed, so that a wrong file
/// gets one clear error instead of one per line: an empty file, a table or a web page
/// where the language is expected, evidence where an instrument is expected.
public enum FileRecognition {
    /// The kinds of file in the language, by their first declaration.
    public enum Kind: Sendable, Equatable {
        case instrument
        case evidence
        case plan

        /// The kind a file starting with `keyword` is; nil when no declaration starts so.
        init?(first keyword: Keyword) {
            switch keyword {
            case .evidence: self = .evidence
            case .plan: self = .plan
            case .instrument, .ladder, .fact, .area, .subarea, .rule, .test, .reference, .labels: self = .instrument
            default: return nil
            }
        }

        /// "an instrument file", "an evidence file", "a plan file".
        var described: String {
            switch self {
            case .instrument: "an instrument file"
            case .evidence: "an evidence file"
            case .plan: "a plan file"
            }
        }
    }

    /// What recognising a file found.
    public enum Outcome: Sendable {
        /// A file of the language, of this kind; the span of its first word.
        case file(Kind, SourceSpan)
        /// Not a file of the language: the one file-level diagnostic that says why.
        case problem(Diagnostic)
    }

    /// The file's kind by its first word, or the one file-level diagnostic that says why it
    /// is not a file of the language.
    public static func recognise(_ source: SourceText) -> Outcome {
        // Only the start of the file is read: up to its first word and the end of that line.
        let text = source.text
        let end = text.endIndex
        var index = text.startIndex
        var line = 1
        var lineStart = index
        while index < end {
            let c = text[index]
            if c == "#" {
                while index < end, !text[index].isNewline { index = text.index(after: index) }
            } else if c.isNewline {
                index = text.index(after: index)
                line += 1
                lineStart = index
            } else if c.isWhitespace {
                index = text.index(after: index)
            } else {
                break
            }
        }
        guard index < end else {
            let blank = text.allSatisfy(\.isWhitespace)
            return .problem(
                Diagnostic(
                    .fileEmpty, blank ? "the file is empty" : "the file holds only comments",
                    at: SourceSpan(path: source.path, start: SourceLocation(line: 1, column: 1), length: 1),
                    help: "evidence files start with 'evidence \"Municipality\" year …', plans with 'plan \"Name\"'"))
        }
        var wordEnd = index
        while wordEnd < end, text[wordEnd].isWordCharacter || text[wordEnd] == "." { wordEnd = text.index(after: wordEnd) }
        let word = String(text[index..<wordEnd])
        let span = SourceSpan(
            path: source.path,
            start: SourceLocation(line: line, column: text.distance(from: lineStart, to: index) + 1),
            length: max(1, text.distance(from: index, to: wordEnd)))
        if let keyword = Keyword(rawValue: word), let kind = Kind(first: keyword) { return .file(kind, span) }
        let firstLine = String(text[index...].prefix { !$0.isNewline })
        let shown = firstLine.count > 40 ? String(firstLine.prefix(40)) + "…" : firstLine
        return .problem(
            Diagnostic(
                .fileNotKompass, "the file is not in the kompass language: it starts with '\(shown)'", at: span,
                help: (guess(firstLine).map { "it looks like \($0); " } ?? "")
                    + "a kompass file starts with 'instrument', 'evidence' or 'plan' (or another declaration)"))
    }

    /// The file-level diagnostic for a file of `kind` where `expected` is wanted (or, with
    /// `orPlan`, an evidence or plan file), at the file's first word.
    public static func wrongKind(_ source: SourceText, is kind: Kind, expected: Kind, orPlan: Bool = false) -> Diagnostic {
        var span = SourceSpan(path: source.path, start: SourceLocation(line: 1, column: 1), length: 1)
        if case .file(_, let first) = recognise(source) { span = first }
        let help: String =
            switch expected {
            case .instrument: "an instrument's files are in its folder, given with '--rules DIR'"
            case .evidence: kind == .instrument
                ? "pass the instrument's folder with '--rules DIR', and evidence files (they start with 'evidence') as arguments"
                : "evidence files start with 'evidence \"Municipality\" year …'"
            case .plan: "plan files start with 'plan \"Name\" for \"Municipality\"' and are given with '--plan'"
            }
        return Diagnostic(
            .fileWrongKind,
            "expected \(orPlan ? "an evidence or plan file" : expected.described), found \(kind.described)",
            at: span, help: help)
    }

    /// What a first line that is not the language looks like.
    static func guess(_ line: String) -> String? {
        let trimmed = line.drop(while: \.isWhitespace)
        if trimmed.hasPrefix("<") { return "HTML or XML" }
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") { return "JSON" }
        if line.contains(",") || line.contains(";") || line.contains("\t") { return "a table (CSV)" }
        return nil
    }
}
