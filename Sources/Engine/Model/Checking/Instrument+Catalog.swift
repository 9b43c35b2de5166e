extension Instrument {
    /// The instrument's facts and ladders as a ``FactCatalog``, reusing its fact index
    /// instead of hashing every path again (checking a document must not cost a pass over
    /// every fact of the instrument).
    var catalog: FactCatalog {
        var catalog = FactCatalog(facts: [], ladders: [])
        catalog.facts = facts
        catalog.ladders = ladders
        catalog.index = factIndex
        catalog.paths = factPaths
        return catalog
    }
}
