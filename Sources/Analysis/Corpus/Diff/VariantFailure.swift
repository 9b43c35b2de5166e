/// Why a rule change could not be re-scored on its own.
struct VariantFailure: Error {
    var reason: RescoreFailure
}
