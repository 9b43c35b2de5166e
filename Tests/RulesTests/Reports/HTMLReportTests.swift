import Engine
import Foundation
import Reports
import Testing

/// The Ale report as one HTML file: well-formed XML, self-contained, accessible, and
/// holding the engine's numbers in its tables and its radar chart.
@Suite struct HTMLReportTests {
    static func aleHTML(_ language: ReportLanguage = .sv) throws -> (html: String, root: ParsedElement, report: Report)
    {
        let report = try ReportFixtures.aleReport(language)
        let html = HTMLReport.render(report)
        return (html, try XMLTree.parse(html), report)
    }

    @Test func aleReportIsWellFormedXML() throws {
        let (html, root, _) = try Self.aleHTML()
        #expect(root.name == "html")
        #expect(root.attributes["lang"] == "sv")
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(root.all("head").count == 1 && root.all("body").count == 1)
        // The five XML escapes only, never a named HTML entity such as &nbsp;.
        let entities = html.matches(of: /&([a-zA-Z][a-zA-Z0-9]*);/).map { String($0.output.1) }
        #expect(Set(entities).isSubset(of: ["amp", "lt", "gt", "quot"]))
    }

    @Test func aleReportHasNoExternalReference() throws {
        let (html, root, _) = try Self.aleHTML()
        let fetching = [
            "script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "base", "form", "use",
            "image", "a",
        ]
        for name in fetching { #expect(root.all(name).isEmpty, "a <\(name)> element") }
        let referencing = [
            "href", "xlink:href", "src", "srcset", "action", "formaction", "poster", "data", "background", "ping",
        ]
        for element in [root] + root.descendants {
            for attribute in referencing {
                #expect(element.attributes[attribute] == nil, "\(attribute) on <\(element.name)>")
            }
            for (name, value) in element.attributes where name.hasPrefix("on") {
                Issue.record("event handler \(name)=\"\(value)\" on <\(element.name)>")
            }
        }
        let css = root.all("style").map(\.text).joined()
        #expect(!css.contains("url("))
        #expect(!css.contains("@import"))
        // The only URIs are the XHTML and SVG namespace names.
        let uris = html.matches(of: /[a-z]+:\/\/[^"'\s<)]*/).map { String($0.output) }
        #expect(Set(uris) == ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"])
    }

    @Test func pointTableHoldsTheEngineNumbers() throws {
        let (_, root, report) = try Self.aleHTML()
        let scored = report.scored
        let rows = root.all("tr").filter { $0.attributes["data-subarea"] != nil }
        #expect(rows.count == scored.instrument.subareas.count)
        for (index, subarea) in scored.instrument.subareas.enumerated() {
            let row = rows.first { $0.attributes["data-subarea"] == subarea.id }
            let cells = row?.children.map(\.normalizedText) ?? []
            let points = scored.score.subareas[index].points
            #expect(
                cells == [
                    subarea.id, subarea.title, String(points.roundedHalfAwayFromZero()), subarea.max.decimalString(),
                    "\(points.percent(of: subarea.max))\u{00A0}%",
                ], "subarea \(subarea.id)")
        }
        // Section 4 of the published report, as the shipped instrument reproduces it.
        let row = rows.first { $0.attributes["data-subarea"] == "1.3" }
        #expect(row?.children.dropFirst(2).map(\.normalizedText) == ["30", "30", "100\u{00A0}%"])
        for (index, area) in scored.instrument.areas.enumerated() {
            let table = root.all("table").first { $0.attributes["data-area"] == area.id }
            let total = table?.all("tfoot").first?.all("td").dropFirst().map(\.normalizedText)
            let points = scored.score.areas[index].points
            #expect(
                total == [String(points.roundedHalfAwayFromZero()), "100", "\(points.percent(of: area.max))\u{00A0}%"])
        }
        let total = root.all("tr").first { $0.attributes["data-total"] != nil }?.all("td").map(\.normalizedText)
        #expect(total == ["484", "800", "61\u{00A0}%"])
    }

    @Test func summaryTableComparesWithTheReference() throws {
        let (_, root, report) = try Self.aleHTML()
        let table = try #require(root.all(class: "areas").first)
        let headings = table.all("thead").first?.all("th").map(\.normalizedText)
        #expect(headings == ["Område", "Uppnått", "Max", "Procent", "Sverigesnitt 2021", "Skillnad"])
        let reference = try #require(report.scored.instrument.references.first)
        for (index, area) in report.scored.instrument.areas.enumerated() {
            let row = table.all("tr").first { $0.attributes["data-area"] == area.id }
            let cells = row?.all("td").map(\.normalizedText) ?? []
            let points = report.scored.score.areas[index].points
            #expect(cells.first == String(points.roundedHalfAwayFromZero()))
            #expect(cells.dropFirst(3).first == reference.value(forArea: area.id)?.decimalString())
        }
        // Area 1: 74.333… against 63 is +11.3.
        let first = table.all("tr").first { $0.attributes["data-area"] == "1" }
        #expect(first?.all("td").last?.normalizedText == "+11,3")
    }

    @Test func radarChartHoldsTheEngineNumbers() throws {
        let (_, root, report) = try Self.aleHTML()
        let svg = try #require(root.all(class: "radar").first { $0.name == "svg" })
        let plot = try #require(svg.all(class: "radar-plot").first)
        let cx = try #require(plot.number("data-cx"))
        let cy = try #require(plot.number("data-cy"))
        let radius = try #require(plot.number("data-r"))
        let series = plot.all(class: "radar-series")
        #expect(series.map { $0.attributes["data-series"] } == ["Ale kommun 2020", "Sverigesnitt 2021"])
        let reference = try #require(report.reference)
        for (k, group) in series.enumerated() {
            let markers = group.children.filter { $0.attributes["data-area"] != nil }
            #expect(markers.count == 8)
            for (index, area) in report.scored.instrument.areas.enumerated() {
                let marker = try #require(markers.first { $0.attributes["data-area"] == area.id })
                let exact =
                    k == 0 ? report.scored.score.areas[index].points : try #require(reference.value(forArea: area.id))
                #expect(marker.attributes["data-value"] == exact.decimalString())
                // Read the value back from where the marker is drawn.
                let x =
                    marker.name == "circle" ? try #require(marker.number("cx")) : try #require(marker.number("x")) + 4.5
                let y =
                    marker.name == "circle" ? try #require(marker.number("cy")) : try #require(marker.number("y")) + 4.5
                let drawn = ((x - cx) * (x - cx) + (y - cy) * (y - cy)).squareRoot() / radius * 100
                let expected = Double(exact.numerator) / Double(exact.denominator)
                #expect(abs(drawn - expected) < 0.02, "area \(area.id): drawn at \(drawn), exact \(expected)")
                // And along its own axis, clockwise from the top.
                let angle = atan2(y - cy, x - cx)
                let axis = -Double.pi / 2 + 2 * Double.pi * Double(index) / 8
                #expect(abs(remainder(angle - axis, 2 * Double.pi)) < 0.001)
            }
        }
    }

    @Test func radarChartIsAccessible() throws {
        let (_, root, report) = try Self.aleHTML()
        let svg = try #require(root.all(class: "radar").first { $0.name == "svg" })
        #expect(svg.attributes["role"] == "img")
        #expect(svg.attributes["aria-labelledby"] == "radar-title radar-desc")
        let title = try #require(svg.children.first { $0.name == "title" })
        let desc = try #require(svg.children.first { $0.name == "desc" })
        #expect(title.text == "Ale kommun 2020 jämfört med Sverigesnitt 2021")
        #expect(desc.text.contains("område 1 74\u{00A0}%"))
        #expect(desc.text.contains("Sverigesnitt 2021: område 1 63\u{00A0}%"))
        // The series differ by line pattern and marker shape, not by colour alone.
        let style = svg.all("style").map(\.text).joined()
        let line0 = try #require(style.split(separator: "\n").first { $0.contains(".radar-line-0 ") })
        let line1 = try #require(style.split(separator: "\n").first { $0.contains(".radar-line-1 ") })
        #expect(!line0.contains("stroke-dasharray") && line1.contains("stroke-dasharray"))
        let plot = try #require(svg.all(class: "radar-plot").first)
        let shapes = plot.all(class: "radar-series").map {
            Set($0.children.filter { $0.attributes["data-area"] != nil }.map(\.name))
        }
        #expect(shapes == [["circle"], ["rect"]])
        for marker in plot.all("circle") + plot.all("rect") {
            #expect(marker.children.first?.name == "title")
        }
        _ = report
    }

    @Test func tablesMarkHeaderCellsWithScope() throws {
        let (_, root, _) = try Self.aleHTML()
        let headers = root.all("th")
        #expect(!headers.isEmpty)
        for th in headers { #expect(["col", "row"].contains(th.attributes["scope"] ?? ""), "th \(th.normalizedText)") }
        for table in root.all("table") { #expect(!table.all("th").isEmpty) }
    }

    @Test func printsOnA4WithPageBreaks() throws {
        let (_, root, _) = try Self.aleHTML()
        let css = root.all("style").map(\.text).joined()
        #expect(css.contains("@page { size: A4;"))
        #expect(css.contains("section.area, section.point-table { break-before: page; }"))
        #expect(css.contains("break-inside: avoid"))
        #expect(root.all(class: "area").filter { $0.name == "section" }.count == 8)
        #expect(root.all(class: "subarea").filter { $0.name == "section" }.count == 35)
    }

    @Test func strengthsAndOpportunitiesComeFromTheExplanation() throws {
        let (_, root, report) = try Self.aleHTML()
        let section = try #require(root.element(id: "subarea-1-2"))
        let strengths = try #require(section.all(class: "strengths").first)
        let ids = strengths.all("strong").map(\.normalizedText)
        let subarea = try #require(report.areas.first?.subareas.dropFirst().first)
        #expect(ids == subarea.strengths.map(\.id))
        #expect(ids == ["1.2.a", "1.2.b", "1.2.c", "1.2.d", "1.2.g"])
        #expect(strengths.normalizedText.contains("dokument ”Kommunikationspolicyn”, avsnitt 1.2"))
        let opportunities = try #require(section.all(class: "opportunities").first)
        #expect(opportunities.normalizedText.contains("4,25 poäng kvar till max 10."))
        let first = try #require(opportunities.all("li").first)
        #expect(first.normalizedText.hasPrefix("+2 poäng 1.2.f Information på andra språk än svenska"))
        // The change in words: the fact's description and the value, not ids.
        #expect(first.normalizedText.contains("Information på webben på andra språk än svenska: ja (i dag: nej)"))
        #expect(opportunities.all("code").isEmpty)
        #expect(!opportunities.normalizedText.contains("medborgarinfo."))
        #expect(opportunities.normalizedText.contains("Tillsammans ger ändringarna 4,25 av de 4,25 poäng som saknas."))
        #expect(subarea.explanation.headroom.first?.written(report.scored.instrument) == "medborgarinfo.andra_sprak = yes")
    }

    @Test func provenanceFooterNamesToolInstrumentAndEvidence() throws {
        let (html, root, report) = try Self.aleHTML()
        let footer = try #require(root.all("footer").first)
        let text = footer.normalizedText
        #expect(text.contains("kompass-score 0.1.0"))
        #expect(text.contains("Kommunkompassen 2019, sha256 \(report.scored.instrument.sha256)"))
        #expect(text.contains("\(report.scored.evidence.path), sha256 \(report.scored.evidence.sha256)"))
        #expect(HTMLReport.render(report) == html)
    }

    @Test func englishReport() throws {
        let (_, root, _) = try Self.aleHTML(.en)
        #expect(root.attributes["lang"] == "en")
        #expect(root.all("h1").first?.text == "Evaluation of Ale kommun 2020")
        #expect(
            root.element(id: "area-1")?.children.first?.text
                == "Area 1 Interaction between elected representatives and citizens")
        let total = root.all("tr").first { $0.attributes["data-total"] != nil }?.all("td").map(\.normalizedText)
        #expect(total == ["484", "800", "61%"])
        let section = try #require(root.element(id: "subarea-1-1"))
        #expect(section.all("h3").first?.text == "1.1 Strategy for communication and democratic development")
        #expect(section.normalizedText.contains("3.75 points short of the maximum 20."))
        let svg = try #require(root.all(class: "radar").first { $0.name == "svg" })
        #expect(svg.children.first { $0.name == "title" }?.text == "Ale kommun 2020 compared with Sverigesnitt 2021")
    }

    @Test func swedishReportIsTheInstrumentsDefault() throws {
        let scored = try ReportFixtures.ale()
        #expect(ReportOptions(for: scored.instrument).language == .sv)
        let (_, root, _) = try Self.aleHTML()
        #expect(root.all("h1").first?.text == "Analys av Ale kommun 2020")
        let section = try #require(root.element(id: "subarea-1-1"))
        #expect(section.all("h3").first?.text == "1.1 Strategi för kommunikation och demokratiutveckling")
        #expect(section.normalizedText.contains("3,75 poäng kvar till max 20."))
    }
}
