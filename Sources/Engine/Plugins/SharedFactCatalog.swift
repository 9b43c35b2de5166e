/// A fact catalogue behind one reference, for rule kinds that keep the catalogue after
/// checking (`when` repairs its condition with it): keeping this costs one retain, where
/// a ``FactCatalog`` held in each rule retained its arrays, tables and set one by one,
/// and released them again when the instrument was destroyed.
public final class SharedFactCatalog: Sendable {
    /// The catalogue.
    public let catalog: FactCatalog

    /// Puts `catalog` behind a reference.
    public init(_ catalog: FactCatalog) {
        self.catalog = catalog
    }
}
