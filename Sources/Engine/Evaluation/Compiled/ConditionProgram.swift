/// One instruction of a compiled condition, in postfix order over a stack of
/// three-valued truths (0 no, 1 yes, 2 unknown).
enum ConditionOp: Sendable {
    /// Push whether the fact is positive.
    case positive(Int)
    /// Push `scalar[fact] op constant`.
    case compareConstant(ComparisonOperator, Int, Rational)
    /// Push `scalar[a] op scalar[b]`.
    case compareFacts(ComparisonOperator, Int, Int)
    /// Push whether the set fact holds the item of membership slot `slot`.
    case member(fact: Int, slot: Int)
    /// Push whether any (or all) of the slots `start..<start+count` are held.
    case members(fact: Int, start: Int, count: Int, all: Bool)
    /// Push a fixed truth.
    case constant(Bool)
    case not, and, or
}

/// Compiles a condition to postfix instructions.
struct ConditionCompiler {
    var ops: [ConditionOp] = []
    var depth = 0
    var maxDepth = 0

    mutating func push() {
        depth += 1
        maxDepth = max(maxDepth, depth)
    }

    mutating func compile(_ condition: Condition, slots: inout MembershipSlots) {
        switch condition {
        case .positive(let fact):
            ops.append(.positive(fact))
            push()
        case .compare(let op, let lhs, let rhs):
            switch (lhs, rhs) {
            case (.fact(let f), .constant(let c)), (.count(let f), .constant(let c)):
                ops.append(.compareConstant(op, f, c))
            case (.constant(let c), .fact(let f)), (.constant(let c), .count(let f)):
                ops.append(.compareConstant(op.swapped, f, c))
            case (.fact(let a), .fact(let b)), (.count(let a), .count(let b)), (.fact(let a), .count(let b)),
                (.count(let a), .fact(let b)):
                ops.append(.compareFacts(op, a, b))
            case (.constant(let a), .constant(let b)):
                ops.append(.constant(op.holds(a, b)))
            }
            push()
        case .contains(let fact, let item):
            ops.append(.member(fact: fact, slot: slots.slot(fact, item)))
            push()
        case .containsAny(let fact, let items), .containsAll(let fact, let items):
            let start = slots.list(fact, items)
            if case .containsAll = condition {
                ops.append(.members(fact: fact, start: start, count: items.count, all: true))
            } else {
                ops.append(.members(fact: fact, start: start, count: items.count, all: false))
            }
            push()
        case .not(let inner):
            compile(inner, slots: &slots)
            ops.append(.not)
        case .and(let l, let r), .or(let l, let r):
            compile(l, slots: &slots)
            compile(r, slots: &slots)
            if case .and = condition { ops.append(.and) } else { ops.append(.or) }
            depth -= 1
        }
    }
}

/// Interned (fact, item) pairs that rules ask about: evidence binding fills one flag
/// per slot, so membership is one array read.
struct MembershipSlots: Sendable {
    var keys: [(fact: Int, item: String)] = []
    /// Slot lists for `contains any/all` and `each … from`: indices into `keys`.
    var lists: [Int] = []

    mutating func slot(_ fact: Int, _ item: String) -> Int {
        if let index = keys.firstIndex(where: { $0.fact == fact && $0.item == item }) { return index }
        keys.append((fact, item))
        return keys.count - 1
    }

    /// Appends a list of slots; returns where it starts in `lists`.
    mutating func list(_ fact: Int, _ items: [String]) -> Int {
        let start = lists.count
        for item in items { lists.append(slot(fact, item)) }
        return start
    }
}
