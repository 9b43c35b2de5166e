/// One instrument file as a worker thread leaves it for ``Workspace/checkInstrument(files:sha256:directory:)``:
/// decoded, recognised and, when it is an instrument's file, parsed. Nothing is recorded
/// yet; the workspace records the files in order.
struct ParsedFile: Sendable {
    /// The decoded source.
    var source: SourceText
    /// What the file is, or nil when decoding already found a problem.
    var recognition: FileRecognition.Outcome?
    /// The syntax and its diagnostics, for an instrument's file.
    var parsed: (file: SourceFileSyntax, diagnostics: DiagnosticBag)?

    init(_ source: SourceText, kindWords: [String: [String]]) {
        self.source = source
        recognition = source.diagnostics.isEmpty ? FileRecognition.recognise(source) : nil
        if case .file(.instrument, _)? = recognition {
            parsed = Parser.parse(source, kindWords: kindWords)
        }
    }
}
