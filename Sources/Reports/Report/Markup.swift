/// Writes well-formed markup that is both HTML and XML: every element closed, void
/// elements as `<meta … />`, attribute values quoted, and only the five XML escapes
/// (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`), never a named HTML entity; characters XML
/// cannot hold become U+FFFD.
struct Markup {
    private(set) var text = ""

    /// Escapes text or an attribute value.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF).
                let forbidden = character.unicodeScalars.contains { s in
                    (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
                }
                if forbidden { out += "\u{FFFD}" } else { out.append(character) }
            }
        }
        return out
    }

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// `<name attributes>`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<\(name)\(Self.attributes(attributes))>"
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        text += "</\(name)>"
    }

    /// `<name attributes>escaped text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) {
        open(name, attributes)
        text += Self.escape(content)
        close(name)
    }

    /// `<name attributes/>`: a void HTML element, or an empty SVG element.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// Escaped text.
    mutating func write(_ content: String) {
        text += Self.escape(content)
    }

    /// A `<style>` element. Its content is raw text in HTML (no escapes are read there),
    /// so the stylesheet is written as is and must hold no `<` or `&`, which keeps it
    /// well-formed XML too.
    mutating func style(_ css: String) {
        precondition(!css.contains("<") && !css.contains("&"), "a stylesheet with '<' or '&'")
        text += "<style>" + css + "</style>"
    }

    /// Markup written elsewhere, as is.
    mutating func raw(_ markup: String) {
        text += markup
    }

    /// A line break, for people reading the source.
    mutating func newline() {
        text += "\n"
    }
}
