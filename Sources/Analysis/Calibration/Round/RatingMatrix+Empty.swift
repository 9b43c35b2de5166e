import Statistics

extension RatingMatrix {
    /// A matrix without subjects. (No rows cannot be ragged or hold a non-finite value,
    /// so the initialiser cannot throw.)
    static var empty: RatingMatrix { try! RatingMatrix([]) }
}
