import Foundation
import TestSupport
import Testing

/// The plan's actions as `convert --to json` gives them: id and cost, in plan order.
enum ShippedPlan {
    static func actions() throws -> [(id: String, cost: Double)] {
        let outcome = try BinaryRun.run(["convert", Shipped.plan, "--to", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        return actions.map { ($0["id"] as? String ?? "?", ($0["cost"] as? NSNumber)?.doubleValue ?? .nan) }
    }

    /// The total cost of the actions named in a `chosen: a, b, c` line.
    static func cost(ofChosenLine line: String?) throws -> Double {
        let ids = try #require(line?.hasPrefix("chosen: ") == true ? line?.dropFirst("chosen: ".count) : nil)
            .components(separatedBy: ", ")
        let costs = Dictionary(uniqueKeysWithValues: try actions().map { ($0.id, $0.cost) })
        return ids.map { costs[$0] ?? .nan }.reduce(0, +)
    }
}

/// `whatif` through the binary on Ale's evidence and its 2021 plan.
@Suite struct WhatIfBinaryTests {
    /// Two actions of the plan. Reviewed: `bolaget` earns 4 in 3.2.h, and its two other
    /// changes earn nothing alone because 5.1.f and 6.1.b also need a strategy the
    /// evidence lacks (the output says so); `goda_exempel` earns 4 in 6.2.d. 484.19 + 8.
    static let twoActionsGolden = """
        What if: Ale kommun 2020 · Kommunkompassen 2019
        plan “Handlingsplan 2021” (Examples/ale-2020/plan-2021.kompass): 2 of 37 actions: bolaget, goda_exempel

        Total: 484.19 → 492.19 (+8 points); shown as 484 → 492 of 800, 61% → 62%

                                                                     before  after   Δ
        1  Interaction between elected representatives and citizens   74.33  74.33   0
        2  Community development                                       65.5   65.5   0
        3  Governance and control                                     65.33  69.33  +4
          3.2  Political governance                                    23.5   27.5  +4
            3.2.h  Bolagen i den politiska styrningen                     0      4  +4  not met → partly met
        4  Efficiency                                                 64.06  64.06   0
        5  User focus                                                 55.38  55.38   0
          5.1  Strategy for user focus                                   11     11   0
            5.1.f  Brukarfokus i hela koncernen                           0      0   0  not met
        6  Quality development                                        53.38  57.38  +4
          6.1  Strategy for quality development                           9      9   0
            6.1.b  Strategin omfattar hela koncernen                      0      0   0  not met
          6.2  Central development efforts for better quality             9     13  +4
            6.2.d  Goda exempel sprids i hela organisationen              0      4  +4  not met → met
        7  Working life                                                54.8   54.8   0
        8  Management, leadership and employeeship                    51.41  51.41   0
        Areas are listed in full; subareas and rules only where they read a changed finding.

        Effects (alone: applied alone to the evidence; in scenario: what the scenario loses without it):
          bolaget  “Bolaget knyts till den politiska styrningen”  cost 40
              add {a shared vision for the municipality and its companies, the municipality's goals in the companies' owner directives} to styrning.koncern
              brukare.strategi_koncern = yes
              kvalitet.strategi_koncern = yes
              alone +4 points (3.2 +4); in scenario +4 points
              alone: a condition is missing: rule 5.1.f also needs brukare.strategi = in place
              alone: a condition is missing: rule 6.1.b also needs kvalitet.strategi = in place
          goda_exempel  “Goda exempel sprids”  cost 30
              kvalitet.goda_exempel = yes
              alone +4 points (6.2 +4); in scenario +4 points
        """

    @Test func twoActionsOfThePlan() throws {
        let lines = try BinaryRun.succeed(["whatif", Shipped.ale, "--plan", Shipped.plan, "--action", "bolaget", "goda_exempel", "--lang", "en"])
        #expect(BinaryRun.withoutProvenance(lines) == BinaryRun.lines(Self.twoActionsGolden))
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale), ("plan", Shipped.plan)])
    }

    @Test func theWholePlan() throws {
        let lines = try BinaryRun.succeed(["whatif", Shipped.ale, "--plan", Shipped.plan, "--lang", "en"])
        let ids = try ShippedPlan.actions().map(\.id)
        #expect(ids.count == 37)
        #expect(lines.count > 1 && lines[1] == "plan “Handlingsplan 2021” (\(Shipped.plan)): 37 of 37 actions: \(ids.joined(separator: ", "))")
        #expect(lines.contains("Total: 484.19 → 595.87 (+111.68 points); shown as 484 → 596 of 800, 61% → 74%"))
        // Every action has its effect block, in plan order.
        let effects = lines.filter { $0.range(of: #"^  [a-z_]+  “"#, options: .regularExpression) != nil }
        #expect(effects.map { String($0.dropFirst(2).prefix { $0 != " " }) } == ids)
        // The areas' deltas (shown to 2 decimals) add up to the total's.
        let areaDeltas = lines.filter { $0.range(of: #"^[1-8]  "#, options: .regularExpression) != nil }
            .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        #expect(areaDeltas.count == 8)
        #expect(abs(areaDeltas.reduce(0, +) - 111.678624) < 0.04)
        // An action whose rule's own cap binds says so.
        #expect(lines.contains("      alone: rule 8.4.b has its own cap of 6 points, which cuts 1.5 points"))
    }

    /// `--set` gives what scoring the edited evidence gives.
    @Test func setAgreesWithScoringTheEditedEvidence() throws {
        let lines = try BinaryRun.succeed(["whatif", Shipped.ale, "--set", "kvalitet.goda_exempel=yes", "--lang", "en"])
        #expect(lines.count > 1 && lines[1] == "command line: kvalitet.goda_exempel = yes")
        #expect(lines.contains("Total: 484.19 → 488.19 (+4 points); shown as 484 → 488 of 800, 61% → 61%"))
        #expect(lines.contains("    6.2.d  Goda exempel sprids i hela organisationen              0      4  +4  not met → met"))

        let scratch = try ScratchDirectory()
        let original = try String(contentsOfFile: PackageRoot.path(Shipped.ale), encoding: .utf8)
        #expect(original.contains("finding kvalitet.goda_exempel = no\n"))
        try scratch.write(
            "edited.kompass",
            original.replacingOccurrences(of: "finding kvalitet.goda_exempel = no\n", with: "finding kvalitet.goda_exempel = yes\n"))
        let outcome = try BinaryRun.run(
            ["score", "edited.kompass", "--rules", PackageRoot.path(Shipped.instrument), "--format", "json"], in: scratch.path)
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        #expect((json["total"] as? [String: Any])?["points"] as? Double == 488.187555)
    }

    @Test func addItemsToASet() throws {
        let lines = try BinaryRun.succeed(["whatif", Shipped.ale, "--add", "politik.antikorruption={utbildning}", "--lang", "en"])
        #expect(lines.count > 1 && lines[1] == "command line: add {training on the guidelines} to politik.antikorruption")
        #expect(lines.contains("Total: 484.19 → 487.19 (+3 points); shown as 484 → 487 of 800, 61% → 61%"))
        #expect(lines.contains("    1.5.f  Förebyggande arbete mot korruption                     6      9  +3  partly met → met"))
    }

    @Test func json() throws {
        let outcome = try BinaryRun.run(["whatif", Shipped.ale, "--set", "kvalitet.goda_exempel=yes", "--format", "json"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let total = try #require(json["total"] as? [String: Any])
        #expect((total["before"] as? [String: Any])?["points"] as? Double == 484.187555)
        #expect((total["after"] as? [String: Any])?["points"] as? Double == 488.187555)
        #expect(total["delta"] as? Double == 4)
    }
}

/// `suggest` through the binary: plain suggestions, and the exact plan search for a
/// budget and for a target, each answer re-checked with `whatif` and the plan's costs.
@Suite struct SuggestBinaryTests {
    /// The numbered entries of the plain suggestions: their gains.
    static func gains(_ lines: [String]) -> [Double] {
        lines.filter { $0.range(of: #"^  \d+\. "#, options: .regularExpression) != nil }
            .compactMap { line in line.split(separator: " ").dropFirst().first.flatMap { Double($0) } }
    }

    @Test func topThree() throws {
        let lines = try BinaryRun.succeed(["suggest", Shipped.ale, "--top", "3", "--lang", "en"])
        #expect(
            BinaryRun.withoutProvenance(lines) == [
                "Suggestions: Ale kommun 2020 · Kommunkompassen 2019",
                "total 484.19 of 800 points (shown as 484, 61%)",
                "",
                "Open facts and judgements: none; every fact a rule reads is assessed and every judgement made.",
                "",
                "Smallest changes of assessed findings that raise the score, by gain (each re-scored alone):",
                "       gain  change",
                "  1.     +7  kvalitet.strategi = in place, kvalitet.strategi_koncern = yes  rules 6.1.a +5, 6.1.b +2",
                "             Gemensam övergripande strategi för kvalitetsutveckling; Kvalitetsstrategin omfattar hela kommunkoncernen, bolagen inräknade",
                "  2.  +6.64  ledarskap.tillitsledarskap = yes                               rules 8.1.c +3, 8.2.c +3.64",
                "             Det finns en gemensam beskrivning av hur chefer leder i den tillitsbaserade styrningen",
                "  3.  +6.08  ledarskap.policy = in place                                    rules 8.1.a +3, 8.3.f +3.08",
                "             Chefs- och ledarskapspolicy eller ledarskapsstrategi med ett helhetsgrepp",
                "  … 115 more (--top 118 lists all)",
                "Each gain is alone against the evidence; together they need not add up (caps, shared facts, conditions).",
            ])
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale)])
    }

    /// The first suggestion's gain is what `whatif` gives for the same two changes.
    @Test func aSuggestionGainsWhatWhatIfGives() throws {
        let lines = try BinaryRun.succeed([
            "whatif", Shipped.ale, "--set", "kvalitet.strategi=exists", "--set", "kvalitet.strategi_koncern=yes", "--lang", "en",
        ])
        #expect(lines.contains("Total: 484.19 → 491.19 (+7 points); shown as 484 → 491 of 800, 61% → 61%"))
        let second = try BinaryRun.succeed(["whatif", Shipped.ale, "--set", "ledarskap.tillitsledarskap=yes", "--lang", "en"])
        #expect(second.contains { $0.hasPrefix("Total: 484.19 → 490.82 (+6.64 points);") })
    }

    /// `--top` defaults to 10; all 118 are listed by gain, largest first.
    @Test func defaultTopAndTheFullList() throws {
        let ten = try BinaryRun.succeed(["suggest", Shipped.ale, "--lang", "en"])
        #expect(Self.gains(ten).count == 10)
        #expect(ten.contains("  … 108 more (--top 118 lists all)"))
        let all = try BinaryRun.succeed(["suggest", Shipped.ale, "--top", "118", "--lang", "en"])
        let gains = Self.gains(all)
        #expect(gains.count == 118)
        #expect(gains.allSatisfy { $0 > 0 })
        #expect(gains == gains.sorted(by: >))
        #expect(!all.contains { $0.contains(" more (--top ") })
        #expect(Array(gains.prefix(10)) == Self.gains(ten))
    }

    /// The best set for a budget of 300, as README shows it, re-checked: `whatif` with the
    /// chosen actions gives the same total, and their costs add up to at most 300.
    @Test(arguments: [
        (
            "300", "answer: 7 actions, cost 300 of 300, gain +27.29 points: total 484.19 → 511.48 (shown as 484 → 511), re-scored with the plain evaluator",
            "chosen: bolaget, investeringsnytta, uppmarksamma, goda_exempel, synpunkter_politik, kvalitetsstrategi, vardegrund_rekrytering",
            "Total: 484.19 → 511.48 (+27.29 points); shown as 484 → 511 of 800, 61% → 64%"
        ),
        (
            "500", "answer: 9 actions, cost 500 of 500, gain +42.07 points: total 484.19 → 526.26 (shown as 484 → 526), re-scored with the plain evaluator",
            "chosen: bolaget, vardegrund, investeringsnytta, goda_exempel, synpunkter_politik, kvalitetsstrategi, vardegrund_rekrytering, tillitsledarskap, medarbetarskap",
            "Total: 484.19 → 526.26 (+42.07 points); shown as 484 → 526 of 800, 61% → 66%"
        ),
    ])
    func budget(_ budget: String, answer: String, chosen: String, total: String) throws {
        let lines = try BinaryRun.succeed(["suggest", Shipped.ale, "--plan", Shipped.plan, "--budget", budget, "--lang", "en"])
        #expect(
            Array(lines.prefix(9)).filter { !$0.hasPrefix("method: ") } == [
                "Plan search: Ale kommun 2020 · Kommunkompassen 2019",
                "plan “Handlingsplan 2021” (\(Shipped.plan)): 37 actions",
                "goal: the largest gain whose cost fits the budget \(budget)",
                "ties: the lower cost, then fewer actions, then the actions earliest in the plan",
                "",
                answer,
                chosen,
                "",
            ])
        #expect(lines.count > 3 && lines[3].hasPrefix("method: exact "), "the search says it is exact")
        #expect(lines.contains(total))
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale), ("plan", Shipped.plan)])

        #expect(try ShippedPlan.cost(ofChosenLine: chosen) == Double(budget))
        let actions = chosen.dropFirst("chosen: ".count).components(separatedBy: ", ")
        let check = try BinaryRun.succeed(["whatif", Shipped.ale, "--plan", Shipped.plan, "--lang", "en", "--action"] + actions)
        #expect(check.contains(total))
    }

    /// The cheapest set reaching 500 costs 170; no set within 169 reaches 500 (the budget
    /// search's best for 169 stays below), so 170 is the least.
    @Test func target() throws {
        let lines = try BinaryRun.succeed(["suggest", Shipped.ale, "--plan", Shipped.plan, "--target", "500", "--lang", "en"])
        #expect(lines.contains("goal: the cheapest set whose total reaches 500"))
        #expect(
            lines.contains(
                "answer: 4 actions, cost 170, gain +15.81 points: total 484.19 → 500 (shown as 484 → 500), re-scored with the plain evaluator"
            ))
        let chosen = lines.first { $0.hasPrefix("chosen: ") }
        #expect(chosen == "chosen: bolaget, uppmarksamma, goda_exempel, tillitsledarskap")
        #expect(try ShippedPlan.cost(ofChosenLine: chosen) == 170)
        let check = try BinaryRun.succeed([
            "whatif", Shipped.ale, "--plan", Shipped.plan, "--lang", "en", "--action", "bolaget", "uppmarksamma", "goda_exempel",
            "tillitsledarskap",
        ])
        #expect(check.contains { $0.hasPrefix("Total: 484.19 → 500 (+15.81 points);") })

        let below = try BinaryRun.succeed(["suggest", Shipped.ale, "--plan", Shipped.plan, "--budget", "169", "--lang", "en"])
        #expect(
            below.contains(
                "answer: 4 actions, cost 150 of 169, gain +15.44 points: total 484.19 → 499.63 (shown as 484 → 500), re-scored with the plain evaluator"
            ))
    }

    /// A target beyond every set of actions: exit status 1, the best reachable total (the
    /// whole plan's, as `whatif` gives it), and no error text.
    @Test func unreachableTargetExits1() throws {
        let outcome = try BinaryRun.run(["suggest", Shipped.ale, "--plan", Shipped.plan, "--target", "700", "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.err == "")
        let lines = BinaryRun.lines(outcome.out)
        #expect(
            lines.contains(
                "answer: no set of the plan's actions reaches the target; the most any set reaches is 595.87 (shown as 596)"))
        #expect(!lines.contains { $0.hasPrefix("chosen: ") })
        try Sha256Sum.expectProvenance(lines, inputs: [("evidence", Shipped.ale), ("plan", Shipped.plan)])
        let whole = try BinaryRun.succeed(["whatif", Shipped.ale, "--plan", Shipped.plan, "--lang", "en"])
        #expect(whole.contains { $0.hasPrefix("Total: 484.19 → 595.87 ") })
    }

    @Test func budgetAsJSON() throws {
        let outcome = try BinaryRun.run(["suggest", Shipped.ale, "--plan", Shipped.plan, "--budget", "300", "--format", "json"])
        #expect(outcome.status == 0)
        #expect(outcome.err == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let answer = try #require(json["answer"] as? [String: Any])
        #expect(answer["found"] as? Bool == true)
        #expect(answer["exact"] as? Bool == true)
        #expect(answer["cost"] as? Double == 300)
        #expect(answer["total"] as? Double == 511.475136)
        #expect(
            answer["chosen"] as? [String] == [
                "bolaget", "investeringsnytta", "uppmarksamma", "goda_exempel", "synpunkter_politik", "kvalitetsstrategi",
                "vardegrund_rekrytering",
            ])
        #expect((json["goal"] as? [String: Any])?["budget"] as? Double == 300)
    }
}

/// The six plan-search cases of a planner's trial (Tests/RulesTests/Fixtures/plan-cases)
/// through the binary, as its README runs them: exact answers (PlanSearchCaseTests checks
/// them against oracles), none refused.
@Suite struct PlanCaseBinaryTests {
    static let cases = "Tests/RulesTests/Fixtures/plan-cases/"

    @Test(arguments: [
        ("slow-real-adds-20", "492", 501.687555, 253.0),
        ("slow-one-unit-22", "400", 43, 399),
        ("nodelimit-chain-60", "179", 130.5, 179),
        ("crowded-65", "1388", 144, 1381),
        ("scale-primes-12", "20", 0.422144, 15),
        ("nodelimit-real-adds-31", "813", 501.687555, 138),
    ])
    func caseAnswersExactly(name: String, budget: String, total: Double, cost: Double) throws {
        let shipped = name.hasPrefix("slow-real") || name.hasPrefix("nodelimit-real")
        let folder = Self.cases + name + "/"
        let arguments =
            shipped
            ? ["suggest", Shipped.ale, "--plan", folder + "plan.kompass"]
            : ["suggest", folder + "evidence.kompass", "--rules", folder + "rules", "--plan", folder + "plan.kompass"]
        let outcome = try BinaryRun.run(arguments + ["--budget", budget, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.err == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Any])
        let answer = try #require(json["answer"] as? [String: Any])
        #expect(answer["exact"] as? Bool == true)
        #expect(answer["total"] as? Double == total)
        #expect(answer["cost"] as? Double == cost)
        if name == "nodelimit-real-adds-31" {
            #expect(answer["chosen"] as? [String] == ["kompetensforsorjning", "x_pb", "x_vm", "v15"])
        }
        let text = try BinaryRun.succeed(arguments + ["--budget", budget, "--lang", "en"])
        #expect(text.contains { $0.hasPrefix("method: exact ") }, "the search says it is exact")
    }
}
