import Engine
import Reports
import Testing

/// `--format markdown`: small golden files, in Swedish (the instrument's language, with its
/// first reference profile) and in English against another profile. The numbers are
/// hand-checked: 1.1 = 4 + 4; 1.2 = 10 · (1·1 + 2·0.5) / 3 = 6.67; area 1 = 14.67 (15,
/// 73 %); 2.1 unassessed, 0 to 10; total 14.67 of 30 (15, 49 %). Swedish percent signs follow
/// a no-break space (U+00A0).
@Suite struct MarkdownReportTests {
    @Test func swedishGolden() throws {
        let scored = try ReportFixtures.scored()
        let report = try Report(scored: scored, options: ReportOptions(for: scored.instrument))
        #expect(MarkdownReport.render(report) == Self.swedish)
    }

    @Test func englishGolden() throws {
        let scored = try ReportFixtures.scored()
        let options = ReportOptions(language: .en, reference: scored.instrument.reference(named: "Bäst"))
        #expect(MarkdownReport.render(try Report(scored: scored, options: options)) == Self.english)
    }

    /// An override shows the evaluators' score, the computed one and the reason, in both
    /// Markdown and HTML, and marks the point table.
    @Test func overrideShowsBothNumbersAndTheReason() throws {
        let override = "override 1.1 = 9 because \"Samlad bedömning.\" by \"E2\"\n"
        let scored = try Fixture.scored(ReportFixtures.instrument, ReportFixtures.evidence + override)
        let report = try Report(scored: scored, options: ReportOptions(for: scored.instrument))
        let markdown = MarkdownReport.render(report)
        let note = "Poängen är satt av E2; beräknat 8. ”Samlad bedömning.”"
        #expect(markdown.contains("### 1.1 Dialog\n\n9 av 10 poäng (90\u{00A0}%)\n\n\(note)\n"))
        #expect(markdown.contains("Poängen är satt av utvärderarna; ändrat underlag ändrar den inte."))
        #expect(markdown.contains("| 1.1 | Dialog | 9\\* | 10 | 90\u{00A0}% |  |"))
        #expect(markdown.contains("\\* 1.1: \(note)"))
        let html = try XMLTree.parse(HTMLReport.render(report))
        let row = html.all("tr").first { $0.attributes["data-subarea"] == "1.1" }
        #expect(row?.children.map(\.normalizedText) == ["1.1", "Dialog", "9*", "10", "90\u{00A0}%", ""])
        #expect(html.element(id: "point-table")?.normalizedText.contains("* 1.1: \(note)") == true)
    }

    static let swedish = """
        # Minikompass 1: Analys av Testby 2021

        Utvärderare: E1, E2

        ## Sammanfattning

        **15** av 30 poäng (49 %)

        Kan bli 14,67–24,67 när allt är bedömt.

        | Område | Uppnått | Max | Procent | Snitt | Skillnad |
        | --- | --: | --: | --: | --: | --: |
        | 1 Demokrati | 15 | 20 | 73 % | 12,5 | +2,2 |
        | 2 Arbetsliv | 0 | 10 | 0 % | 6 | −6 |
        | **Totalt** | **15** | **30** | **49 %** |  |  |

        - **Starkast:** område 1 Demokrati (73 %).
        - **Störst förbättringspotential:** område 2 Arbetsliv (0 %).
        - **Över Snitt:** område 1.
        - **Under Snitt:** område 2.

        ## Område 1 Demokrati

        15 av 20 poäng (73 %); Snitt: 12,5

        ### 1.1 Dialog

        8 av 10 poäng (80 %)

        **Styrkor**

        - **1.1.a** Policy som följs upp · 4 poäng (delvis uppfylld)
          - Policy för medborgardialog: followed\\_up — dokument ”Policy 2020”, avsnitt 1.1
        - **1.1.b** Medborgarpanel · 4 poäng
          - Medborgarpanel: ja — webb ”kommun.se”
          - Anteckning: 300 deltagare.

        **Förbättringsmöjligheter**

        2 poäng kvar till max 10.

        - **+2 poäng** **1.1.a** Policy som följs upp
          - Policy för medborgardialog: evaluated (i dag: followed\\_up)
          - Policyn ska följas upp och utvärderas.

        Tillsammans ger ändringarna 2 av de 2 poäng som saknas.

        ### 1.2 Information

        7 av 10 poäng (67 %)

        **Styrkor**

        - **1.2.a** Flera kanaler · 3,33 poäng
          - Kanaler för information: facebook och webb — webb ”kommun.se”
        - **1.2.b** Tillgänglig information · 3,33 poäng (delvis uppfylld)
          - Bedömd 0,5 av utvärderarna (E1, E2): ”Hälften av sidorna är anpassade.”

        **Förbättringsmöjligheter**

        3,33 poäng kvar till max 10.

        - **+3,33 poäng** **1.2.b** Tillgänglig information
          - bedömningen av regel 1.2.b: 1

        Tillsammans ger ändringarna 3,33 av de 3,33 poäng som saknas.

        ## Område 2 Arbetsliv

        0 av 10 poäng (0 %); Snitt: 6. Kan bli 0–10 när allt är bedömt.

        ### 2.1 Kompetens

        0 av 10 poäng (0 %). Kan bli 0–10 när allt är bedömt.

        **Styrkor**

        Ingen regel ger poäng här.

        **Förbättringsmöjligheter**

        10 poäng kvar till max 10.

        - **+10 poäng** **2.1.a** Utbildning
          - Utbildning för förtroendevalda: ja

        Tillsammans ger ändringarna 10 av de 10 poäng som saknas.

        **Ej bedömt:** Utbildning för förtroendevalda

        ## Översikt av poängfördelning

        | 1. | Demokrati | Uppnått | Max | Procent | Möjligt |
        | --- | --- | --: | --: | --: | --: |
        | 1.1 | Dialog | 8 | 10 | 80 % |  |
        | 1.2 | Information | 7 | 10 | 67 % |  |
        |  |  | 15 | 20 | 73 % |  |

        | 2. | Arbetsliv | Uppnått | Max | Procent | Möjligt |
        | --- | --- | --: | --: | --: | --: |
        | 2.1 | Kompetens | 0 | 10 | 0 % | 0–10 |
        |  |  | 0 | 10 | 0 % | 0–10 |

        |  | Uppnått | Max | Procent | Möjligt |
        | --- | --: | --: | --: | --: |
        | Totalt | 15 | 30 | 49 % | 14,67–24,67 |

        ---

        - Verktyg: kompass-score 0.1.0
        - Instrument: Minikompass 1, sha256 `test`
        - Underlag: `evidence.kompass`, sha256 `evidence-sha`

        """

    static let english = """
        # Minikompass 1: Evaluation of Testby 2021

        Evaluators: E1, E2

        ## Summary

        **15** of 30 points (49%)

        Could be 14.67–24.67 once everything is assessed.

        | Area | Points | Max | Percent | Bäst | Difference |
        | --- | --: | --: | --: | --: | --: |
        | 1 Democracy | 15 | 20 | 73% | 18 | −3.3 |
        | 2 Working life | 0 | 10 | 0% | 9 | −9 |
        | **Total** | **15** | **30** | **49%** |  |  |

        - **Strongest:** area 1 Democracy (73%).
        - **Most room for improvement:** area 2 Working life (0%).
        - **Below Bäst:** area 1, area 2.

        ## Area 1 Democracy

        15 of 20 points (73%); Bäst: 18

        ### 1.1 Dialogue

        8 of 10 points (80%)

        **Strengths**

        - **1.1.a** Policy som följs upp · 4 points (partly met)
          - Policy för medborgardialog: followed\\_up — document “Policy 2020”, section 1.1
        - **1.1.b** Medborgarpanel · 4 points
          - Medborgarpanel: yes — web “kommun.se”
          - Note: 300 deltagare.

        **Improvement opportunities**

        2 points short of the maximum 10.

        - **+2 points** **1.1.a** Policy som följs upp
          - Policy för medborgardialog: evaluated (today: followed\\_up)
          - Policyn ska följas upp och utvärderas.

        Together the changes give 2 of the 2 missing points.

        ### 1.2 Information

        7 of 10 points (67%)

        **Strengths**

        - **1.2.a** Flera kanaler · 3.33 points
          - Kanaler för information: facebook and webb — web “kommun.se”
        - **1.2.b** Tillgänglig information · 3.33 points (partly met)
          - Judged 0.5 by the evaluators (E1, E2): “Hälften av sidorna är anpassade.”

        **Improvement opportunities**

        3.33 points short of the maximum 10.

        - **+3.33 points** **1.2.b** Tillgänglig information
          - the judgement of rule 1.2.b: 1

        Together the changes give 3.33 of the 3.33 missing points.

        ## Area 2 Working life

        0 of 10 points (0%); Bäst: 9. Could be 0–10 once everything is assessed.

        ### 2.1 Skills

        0 of 10 points (0%). Could be 0–10 once everything is assessed.

        **Strengths**

        No rule earns points here.

        **Improvement opportunities**

        10 points short of the maximum 10.

        - **+10 points** **2.1.a** Utbildning
          - Utbildning för förtroendevalda: yes

        Together the changes give 10 of the 10 missing points.

        **Not assessed:** Utbildning för förtroendevalda

        ## Overview of points

        | 1. | Democracy | Points | Max | Percent | Bounds |
        | --- | --- | --: | --: | --: | --: |
        | 1.1 | Dialogue | 8 | 10 | 80% |  |
        | 1.2 | Information | 7 | 10 | 67% |  |
        |  |  | 15 | 20 | 73% |  |

        | 2. | Working life | Points | Max | Percent | Bounds |
        | --- | --- | --: | --: | --: | --: |
        | 2.1 | Skills | 0 | 10 | 0% | 0–10 |
        |  |  | 0 | 10 | 0% | 0–10 |

        |  | Points | Max | Percent | Bounds |
        | --- | --: | --: | --: | --: |
        | Total | 15 | 30 | 49% | 14.67–24.67 |

        ---

        - Tool: kompass-score 0.1.0
        - Instrument: Minikompass 1, sha256 `test`
        - Evidence: `evidence.kompass`, sha256 `evidence-sha`

        """
}
