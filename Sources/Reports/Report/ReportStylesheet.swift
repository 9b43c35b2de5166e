/// The stylesheets of the HTML report and of the radar chart: A4 pages, sensible page
/// breaks, and colours from ``ReportPalette`` only.
public enum ReportStylesheet {
    static let fonts = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif"
    static let mono = "ui-monospace, \"DejaVu Sans Mono\", Menlo, Consolas, monospace"

    /// The page's stylesheet (the radar chart carries its own, ``radar``).
    public static var page: String {
        let p = ReportPalette.self
        return """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
            html { background-color: \(p.page); color: \(p.text); }
            body { font-family: \(fonts); font-size: 11pt; line-height: 1.45;
              max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1, h2, h3 { color: \(p.heading); line-height: 1.2; }
            h1 { font-size: 24pt; margin: 0 0 0.3em; }
            h2 { font-size: 17pt; margin: 1.6em 0 0.5em; padding-bottom: 0.15em;
              border-bottom: 2px solid \(p.heading); }
            h3 { font-size: 12.5pt; margin: 1.3em 0 0.3em; }
            h4 { font-size: 11pt; margin: 0.6em 0 0.2em; }
            p { margin: 0.3em 0 0.6em; }
            .kicker, .meta, .note, .source, figcaption { color: \(p.mutedText); }
            .kicker { font-size: 12pt; font-weight: 600; margin: 0; letter-spacing: 0.02em; }
            .total { font-size: 14pt; }
            .total strong { font-size: 22pt; }
            .strengths h4 { color: \(p.strength); }
            .opportunities h4 { color: \(p.opportunity); }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
            .columns ul { padding-left: 1.1em; margin: 0.2em 0; }
            .columns li { margin-bottom: 0.35em; }
            ul.findings { list-style: none; padding-left: 0.6em; font-size: 9.5pt; }
            .rule-id { font-weight: 600; }
            .score-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.8rem;
              margin: 0.2em 0 0.5em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
            th, td { padding: 0.25em 0.5em; text-align: left; vertical-align: top; border-bottom: 1px solid \(p.grid); }
            thead th { background-color: \(p.headingBackground); }
            th[scope="row"] { font-weight: 400; }
            .num { text-align: right; white-space: nowrap; }
            table.points { table-layout: fixed; width: 100%; }
            table.points col.id { width: 3.5em; }
            table.points col.num { width: 6.5em; }
            table.points col.bounds { width: 8em; }
            table.points th, table.points td { overflow-wrap: break-word; }
            tfoot th, tfoot td { font-weight: 700; border-top: 2px solid \(p.text); }
            code { font-family: \(mono); font-size: 0.88em; background-color: \(p.codeBackground);
              padding: 0 0.2em; word-break: break-word; }
            .bar-track { fill: none; stroke: \(p.track); stroke-width: 1; }
            .bar-fill { fill: \(p.municipality); }
            .bar-reference { stroke: \(p.reference); stroke-width: 2.5; }
            figure.radar { margin: 1em 0; text-align: center; }
            figure.radar svg { max-width: 100%; height: auto; }
            footer.provenance { margin-top: 2.5em; padding-top: 0.5em; border-top: 1px solid \(p.grid);
              font-size: 8.5pt; }
            footer.provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 0.8em; margin: 0; }
            footer.provenance dd { margin: 0; word-break: break-all; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              section.area, section.point-table { break-before: page; }
              section.subarea, table, figure, li, tr { break-inside: avoid; }
              h2, h3, h4 { break-after: avoid; }
              /* An area's heading, its score bar and its note stay with the start of its first
                 subarea: that subarea may break inside (it is often longer than what is left
                 of the page), so its own heading and score bar follow the area's at once. */
              section.area > h2, section.area > .score-line, section.area > .note,
              section.subarea > h3, section.subarea > .score-line, section.subarea > .note {
                break-after: avoid; page-break-after: avoid; }
              section.area > section.subarea:first-of-type { break-inside: auto; page-break-inside: auto; }
            }

            """
    }

    /// The radar chart's stylesheet, embedded in the chart so that it stands alone.
    public static var radar: String {
        let p = ReportPalette.self
        return """
            svg.radar { background-color: \(p.page); font-family: \(fonts); }
            .radar text { fill: \(p.text); font-size: 12px; }
            .radar text.radar-title { font-size: 14px; font-weight: 600; }
            .radar text.radar-scale { fill: \(p.mutedText); font-size: 10px; paint-order: stroke;
              stroke: white; stroke-width: 3px; stroke-linejoin: round; }
            .radar .radar-grid { fill: none; stroke: \(p.grid); stroke-width: 0.75; }
            .radar .radar-axis { stroke: \(p.grid); stroke-width: 0.75; }
            .radar .radar-line-0 { fill: none; stroke: \(p.municipality); stroke-width: 2.5; stroke-linejoin: round; }
            .radar .radar-marker-0 { fill: \(p.municipality); }
            .radar .radar-line-1 { fill: none; stroke: \(p.reference); stroke-width: 2; stroke-dasharray: 8 4;
              stroke-linejoin: round; }
            .radar .radar-marker-1 { fill: none; stroke: \(p.reference); stroke-width: 2; }

            """
    }
}
