import Engine

extension FactCatalogue {
    /// One value a finding of a fact may take: as the language writes it, and the words
    /// people read for it where the instrument labels it.
    public struct Answer: Sendable, Equatable {
        /// The value's id: `yes`, `followed_up`, `webb` (``Spelling/word(_:)`` writes it in
        /// the language).
        public var value: String
        /// The label in the language asked for (`ja`, `följs upp`, `webbplatsen`); nil
        /// where the instrument gives none.
        public var label: String?
    }

    /// The values a fact's findings take, with their labels in `language`: yes and no for
    /// a flag, the ladder's levels lowest first, a closed set's items; empty for a number
    /// and an open set, whose values are free.
    public func answers(_ fact: Int, in language: ReportLanguage) -> [Answer] {
        let prose = Prose(language)
        switch instrument.facts[fact].type {
        case .flag:
            return [Answer(value: "yes", label: prose.yesNo(true)), Answer(value: "no", label: prose.yesNo(false))]
        case .level(let ladder):
            return instrument.ladders[ladder].levels.enumerated().map { index, level in
                Answer(
                    value: level, label: instrument.label(level: index, ofFact: fact, in: language.rawValue))
            }
        case .set(let closed?):
            return closed.map { item in
                Answer(value: item, label: instrument.label(item: item, ofFact: fact, in: language.rawValue))
            }
        case .number, .set(nil):
            return []
        }
    }

    /// What a finding of the fact may be, in words for a reader of `language`, with the
    /// values as the language writes them and their labels: `yes (ja) eller no (nej)`,
    /// `none (saknas) < started (påbörjad) < …`, `{…} av: webb (webbplatsen), …; eller none`.
    public func answerText(_ fact: Int, in language: ReportLanguage) -> String {
        let words = AuthoringWords.of(language)
        let answers = answers(fact, in: language).map { answer in
            let written = self.written(answer.value, of: fact)
            return answer.label.map { $0 == answer.value ? written : "\(written) (\($0))" } ?? written
        }
        switch instrument.facts[fact].type {
        case .flag: return words.flagAnswers(answers)
        case .level: return words.levelAnswers(answers)
        case .number: return words.numberAnswers
        case .set(nil): return words.openSetAnswers
        case .set: return words.closedSetAnswers(answers)
        }
    }

    /// An answer as a finding writes it: `yes` and `no` of a flag and the bottom level
    /// `none` as keywords, any other level or item as a word, quoted where it has to be.
    public func written(_ value: String, of fact: Int) -> String {
        switch instrument.facts[fact].type {
        case .flag: return value
        case .level(let ladder) where value == "none" && instrument.ladders[ladder].levels.first == "none": return value
        default: return Spelling.word(value)
        }
    }

    /// The fact's type in words: `flagga`, `nivå på stegen maturity`, `tal`, `mängd`; English
    /// `flag`, `level on the ladder maturity`, `number`, `set`.
    public func typeText(_ fact: Int, in language: ReportLanguage) -> String {
        let words = AuthoringWords.of(language)
        switch instrument.facts[fact].type {
        case .flag: return words.flag
        case .level(let ladder): return words.level(instrument.ladders[ladder].name)
        case .number: return words.number
        case .set(nil): return words.openSet
        case .set: return words.closedSet
        }
    }

    /// The fact's type as the language declares it: `flag`, `level`, `number`, `set`.
    public func typeKeyword(_ fact: Int) -> String {
        switch instrument.facts[fact].type {
        case .flag: return "flag"
        case .level: return "level"
        case .number: return "number"
        case .set: return "set"
        }
    }

    /// The rules that read a fact, with the most each can add: `1.1.a (högst 2,5 poäng),
    /// 3.2.c (högst 4 poäng)`.
    public func readerText(_ fact: Int, in language: ReportLanguage) -> String {
        let prose = Prose(language)
        let words = AuthoringWords.of(language)
        return entries[fact].readers.map { reader in
            "\(instrument.rules[reader.rule].id) (\(words.atMost(prose.points(reader.most))))"
        }.joined(separator: ", ")
    }
}
