import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed XML document, for reading reports back in tests.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [ParsedElement] = []
    /// The text directly inside, and that of every descendant in document order.
    private(set) var text = ""
    weak var parent: ParsedElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func append(_ child: ParsedElement) {
        children.append(child)
        child.parent = self
    }

    func appendText(_ string: String) {
        var node: ParsedElement? = self
        while let current = node {
            current.text += string
            node = current.parent
        }
    }

    /// Every element below, depth first, in document order.
    var descendants: [ParsedElement] {
        children.flatMap { [$0] + $0.descendants }
    }

    /// The descendants with this name.
    func all(_ name: String) -> [ParsedElement] {
        descendants.filter { $0.name == name }
    }

    /// The descendants whose `class` attribute lists `className`.
    func all(class className: String) -> [ParsedElement] {
        descendants.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains { $0 == className } }
    }

    /// The first descendant with this `id`.
    func element(id: String) -> ParsedElement? {
        descendants.first { $0.attributes["id"] == id }
    }

    /// The text with runs of white space made single spaces.
    var normalizedText: String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// A numeric attribute.
    func number(_ attribute: String) -> Double? {
        attributes[attribute].flatMap(Double.init)
    }
}

/// Parses a document with Foundation's `XMLParser` (libxml2): nil and the error when the
/// text is not well-formed XML.
enum XMLTree {
    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> ParsedElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        let ok = parser.parse()
        guard ok, builder.error == nil, let root = builder.root else {
            let where_ = "line \(parser.lineNumber), column \(parser.columnNumber)"
            let reason = builder.error ?? parser.parserError.map { "\($0)" } ?? "no root"
            throw ParseFailure(description: "not well-formed XML at \(where_): \(reason)")
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: ParsedElement?
        var stack: [ParsedElement] = []
        var error: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = ParsedElement(name: elementName, attributes: attributes)
            if let top = stack.last { top.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.appendText(string)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            error = "\(parseError)"
        }
    }
}
