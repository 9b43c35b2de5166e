/// Evidence as a spreadsheet: a findings table, one row per finding and source, with the
/// columns `fact,value,source_kind,source,section,note,confidence,by` (a header row names
/// them, in any order; `fact` and `value` are required).
///
/// - A finding's first row carries its value (written as in the language: `yes`, a level,
///   a number, `{a, b}`; in a set's cell the braces may be left out), its first source,
///   note, confidence and evaluator. Each further source takes a row of its own that
///   repeats the fact and leaves value, note, confidence and by empty (or as above).
/// - A judgement or an override takes one row whose `fact` is `judge RULE` or
///   `override SUBAREA`, whose `value` is its value and whose `note` is its reason.
/// - The separator is read from the header line: its first `;` or `,` outside quotes.
///   `;` is the excel-sv dialect (decimal commas, as a Swedish Excel saves), `,` RFC 4180
///   (decimal points).
///
/// A table holds no evidence header: the municipality, year and evaluators come from
/// elsewhere (an evidence file's header, or the command line).
public struct FindingsTable: Sendable {
    /// The columns of a findings table, in the order the writer writes them.
    public enum Column: String, Sendable, CaseIterable {
        case fact, value
        case sourceKind = "source_kind"
        case source, section, note, confidence, by

        /// Whether a table without the column is no findings table.
        public var isRequired: Bool { self == .fact || self == .value }
    }

    /// The dialect the table is written in.
    public var dialect: CSVDialect
    /// The table's findings, judgements and overrides, located in its cells.
    public var declarations: [Declaration]
    /// The line each record starts on, the header's first, for row numbers.
    var recordLines: [Int] = []
    /// The fact cells of findings whose source had an error (reported already).
    var sourceErrors: [SourceSpan] = []

    /// The header line, as the help and the diagnostics show it.
    public static var headerLine: String { Column.allCases.map(\.rawValue).joined(separator: ",") }

    /// The table as an evidence file with `header`, for the checker and the writers.
    public func evidence(path: String, header: EvidenceHeaderDecl) -> SourceFileSyntax {
        SourceFileSyntax(path: path, kind: .evidence, declarations: [.evidence(header)] + declarations)
    }

    /// An evidence header for a table, from the command line: the instrument's name and
    /// version, and a place at the start of the table for diagnostics.
    public static func header(
        municipality: String, year: String, evaluators: [String], instrument: Instrument, path: String
    ) -> EvidenceHeaderDecl {
        let here = SourceSpan(path: path, start: SourceLocation(line: 1, column: 1), length: 1)
        return EvidenceHeaderDecl(
            municipality: Located(municipality, at: here), year: Located(year, at: here),
            instrument: Located(instrument.name, at: here), version: Located(instrument.version, at: here),
            evaluators: evaluators.map { Located($0, at: here) }, span: here)
    }

    /// The header of an evidence file's syntax, if it has one.
    public static func header(of file: SourceFileSyntax) -> EvidenceHeaderDecl? {
        for case .evidence(let header) in file.declarations { return header }
        return nil
    }
}
