import Synchronization

/// The paths source spans name, each kept once for the process and known by its number:
/// a ``SourceSpan`` holds the number, so copying or destroying a span (and every syntax
/// node, declaration and rule that holds spans) retains and releases no string.
///
/// Paths are told apart by their bytes: two spellings `String` finds equal (a composed
/// and a decomposed `å`) keep their own numbers, so a span gives back the path exactly
/// as it was given.
enum SourcePaths {
    private struct Table {
        var paths: [String] = []
        var numbers: [String: [Int32]] = [:]
    }

    private static let table = Mutex(Table())

    /// The number of `path`, given it on first sight.
    static func number(of path: String) -> Int32 {
        table.withLock { table in
            // Equal keys (as `String` compares) with other bytes share a bucket of numbers.
            if let candidates = table.numbers[path] {
                for number in candidates where table.paths[Int(number)].utf8.elementsEqual(path.utf8) { return number }
            }
            let number = Int32(table.paths.count)
            table.paths.append(path)
            table.numbers[path, default: []].append(number)
            return number
        }
    }

    /// The path numbered `number`.
    static func path(_ number: Int32) -> String {
        table.withLock { $0.paths[Int(number)] }
    }
}
