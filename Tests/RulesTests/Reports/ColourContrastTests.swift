import Engine
import Foundation
import Reports
import Testing

/// WCAG 2 contrast: every text colour the stylesheets declare against every background
/// they declare is at least 4.5:1, every graphics colour (lines, markers, bars, rules) at
/// least 3:1; and no colour appears in a report outside the stylesheets.
@Suite struct ColourContrastTests {
    /// One declaration block of a stylesheet: its selector and its properties.
    struct Block {
        var selector: String
        var properties: [(name: String, value: String)]
    }

    /// The innermost `selector { … }` blocks (those inside `@media` included).
    static func blocks(_ css: String) -> [Block] {
        css.matches(of: /([^{}]+)\{([^{}]*)\}/).map { match in
            let properties = match.output.2.split(separator: ";").compactMap { declaration -> (String, String)? in
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                return (parts[0].trimmedSpaces(), parts[1].trimmedSpaces())
            }
            return Block(selector: match.output.1.trimmedSpaces(), properties: properties)
        }
    }

    /// The colours a stylesheet declares, as text, background and graphics colours. A
    /// `fill` on SVG text is a text colour; `fill`, `stroke` and borders are graphics.
    static func colours(_ css: String) -> (text: Set<RGBColour>, background: Set<RGBColour>, graphics: Set<RGBColour>) {
        var text = Set<RGBColour>()
        var background = Set<RGBColour>()
        var graphics = Set<RGBColour>()
        for block in blocks(css) {
            for (name, value) in block.properties {
                for hex in value.matches(of: /#[0-9a-fA-F]{3,6}\b/) {
                    guard let colour = RGBColour(hex: String(hex.output)) else {
                        Issue.record("bad colour \(hex.output) in \(block.selector)")
                        continue
                    }
                    switch name {
                    case "color": text.insert(colour)
                    case "background", "background-color": background.insert(colour)
                    case "fill" where block.selector.contains("text"): text.insert(colour)
                    default: graphics.insert(colour)
                    }
                }
            }
        }
        return (text, background, graphics)
    }

    @Test func ratiosMatchWCAGReferenceValues() {
        let white = RGBColour(red: 255, green: 255, blue: 255)
        let black = RGBColour(red: 0, green: 0, blue: 0)
        #expect(abs(white.contrastRatio(with: black) - 21) < 1e-9)
        #expect(white.contrastRatio(with: white) == 1)
        // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
        #expect(RGBColour(hex: "#767676").map { $0.contrastRatio(with: white) >= 4.5 } == true)
        #expect(RGBColour(hex: "#777777").map { $0.contrastRatio(with: white) < 4.5 } == true)
        #expect(abs((RGBColour(hex: "#777777")?.contrastRatio(with: white) ?? 0) - 4.478) < 0.001)
        #expect(RGBColour(hex: "#1F5AA6")?.hex == "#1f5aa6")
        #expect(RGBColour(hex: "#abc") == RGBColour(hex: "#aabbcc"))
        #expect(RGBColour(hex: "1f5aa6") == nil)
    }

    @Test func everyDeclaredPairHasEnoughContrast() {
        let css = ReportStylesheet.page + ReportStylesheet.radar
        let (text, declaredBackgrounds, graphics) = Self.colours(css)
        #expect(!text.isEmpty && !graphics.isEmpty)
        #expect(declaredBackgrounds.contains(ReportPalette.page))
        let backgrounds = declaredBackgrounds.union([ReportPalette.page])
        for background in backgrounds.sorted(by: { $0.hex < $1.hex }) {
            for colour in text.sorted(by: { $0.hex < $1.hex }) {
                let ratio = colour.contrastRatio(with: background)
                #expect(ratio >= 4.5, "text \(colour) on \(background): \(ratio)")
            }
            for colour in graphics.sorted(by: { $0.hex < $1.hex }) {
                let ratio = colour.contrastRatio(with: background)
                #expect(ratio >= 3, "graphics \(colour) on \(background): \(ratio)")
            }
        }
    }

    @Test func reportsUseNoColourOutsideTheirStylesheets() throws {
        let report = try ReportFixtures.aleReport()
        for document in [HTMLReport.render(report), RadarChart.document(report)] {
            let root = try XMLTree.parse(document)
            let css = root.all("style").map(\.text).joined()
            let (text, background, graphics) = Self.colours(css)
            let declared = text.union(background).union(graphics)
            var markup = document
            for style in root.all("style") { markup = markup.replacingOccurrences(of: style.text, with: "") }
            #expect(markup.matches(of: /#[0-9a-fA-F]{6}\b/).isEmpty, "a colour outside the stylesheet")
            #expect(!markup.contains("style=\""))
            #expect(!markup.contains("fill=\"") && !markup.contains("stroke=\""))
            #expect(!declared.isEmpty)
        }
    }
}

extension StringProtocol {
    fileprivate func trimmedSpaces() -> String {
        String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
}
