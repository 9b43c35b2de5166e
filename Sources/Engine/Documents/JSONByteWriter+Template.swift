/// The text of documents that share one shape, written once with holes where they
/// differ (``JSONByteWriter/hole()``): a document is then the constant text between the
/// holes copied whole, with only its own values written between.
///
/// A thousand score documents of one instrument differ in a few numbers per rule; their
/// keys, ids, titles, separators and indentation are written once, here.
public struct JSONTemplate: Sendable {
    /// The constant text, holes left out.
    let text: [UInt8]
    /// Where each hole goes in `text`, in order.
    let cuts: [Int]
    /// The indentation a value written in each hole continues at.
    let indents: [Int]

    /// The template of what `writer` wrote, its holes included.
    public init(_ writer: JSONByteWriter) {
        text = writer.bytes
        cuts = writer.holes.map(\.offset)
        indents = writer.holes.map(\.indent)
    }

    /// The number of holes, which every document of this template fills in order.
    public var holeCount: Int { cuts.count }

    /// Fills the holes of a template in order, into a buffer of the caller's (kept
    /// between documents, so that its memory is reused).
    public struct Filler {
        /// The document so far.
        public private(set) var bytes: [UInt8]
        private let template: JSONTemplate
        /// The next hole to fill.
        private var next = 0

        /// Starts a document after `prefix`, in the memory of `buffer` (its contents are
        /// dropped and its capacity kept; the caller gets an empty array back).
        public init(_ template: JSONTemplate, reusing buffer: inout [UInt8], prefix: [UInt8] = []) {
            self.template = template
            bytes = []
            swap(&bytes, &buffer)
            bytes.removeAll(keepingCapacity: true)
            bytes.reserveCapacity(template.text.count + template.text.count / 4 + prefix.count)
            bytes.append(contentsOf: prefix)
            appendSegment()
        }

        /// Fills the next hole with an integer.
        public mutating func number(_ value: Int64) {
            JSONByteWriter.appendInteger(value, to: &bytes)
            appendSegment()
        }

        /// Fills the next hole with an exact value, as ``JSONByteWriter/number(_:)-(Rational)`` writes it.
        public mutating func number(_ value: Rational) {
            JSONByteWriter.appendDecimal(value, to: &bytes)
            appendSegment()
        }

        /// Fills the next hole with a string, escaped as needed.
        public mutating func string(_ text: String) {
            JSONWriter.appendString(text, to: &bytes)
            appendSegment()
        }

        /// Fills the next hole with `null`.
        public mutating func null() {
            bytes.append(contentsOf: "null".utf8)
            appendSegment()
        }

        /// Fills the next hole with whatever `write` writes (one value: an object, an
        /// array), indented as it would be in place.
        public mutating func value(_ write: (inout JSONByteWriter) -> Void) {
            var writer = JSONByteWriter(indent: template.indents[next - 1])
            write(&writer)
            bytes.append(contentsOf: writer.bytes)
            appendSegment()
        }

        /// The document, every hole filled.
        public consuming func finish() -> [UInt8] {
            precondition(next == template.cuts.count + 1, "a template's holes were not all filled")
            return bytes
        }

        /// Appends the constant text up to the next hole (or the end) and moves past it.
        private mutating func appendSegment() {
            precondition(next <= template.cuts.count, "more values than the template has holes")
            let start = next == 0 ? 0 : template.cuts[next - 1]
            let end = next == template.cuts.count ? template.text.count : template.cuts[next]
            template.text.withUnsafeBufferPointer { text in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
            }
            next += 1
        }
    }
}
