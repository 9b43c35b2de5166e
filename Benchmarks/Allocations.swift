// Counting heap allocations without a C target or a package.
//
// Every Swift heap allocation (class instances, array, string, dictionary and set
// storage, boxes, closure contexts, `UnsafeMutablePointer.allocate`) ends in
// `swift_slowAlloc` inside libswiftCore.so, which calls `malloc` (or `posix_memalign`
// for over-aligned requests) through its own PLT. At start-up the benchmark rewrites
// those GOT slots of libswiftCore.so (found from its ELF dynamic section) to point at
// counting wrappers that call glibc's functions. This counts calls, and sums requested
// bytes, exactly; it needs no linker flags. It misses allocations made directly by other
// libraries (libstdc++, Foundation's C parts); the engine's evaluation path has none.
//
// `malloc` hooks are gone from glibc (2.34+), and interposing `malloc` from the
// executable would need `-Xlinker --export-dynamic`, so this is the way that works with
// a plain `swift run -c release Benchmarks`. A self-test at start-up checks that an
// array allocation is counted exactly once; if not, allocation columns print "n/a".

#if canImport(Glibc)
import Glibc
#endif

typealias MallocFunction = @convention(c) (Int) -> UnsafeMutableRawPointer?
typealias CallocFunction = @convention(c) (Int, Int) -> UnsafeMutableRawPointer?
typealias ReallocFunction = @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer?
typealias PosixMemalignFunction = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int, Int) -> Int32
typealias AlignedAllocFunction = @convention(c) (Int, Int) -> UnsafeMutableRawPointer?

/// The counters. Single-threaded benchmark: plain, non-atomic increments.
enum AllocationCounter {
    nonisolated(unsafe) static var calls: Int = 0
    nonisolated(unsafe) static var bytes: Int = 0
    /// Whether the GOT was patched and the self-test passed.
    nonisolated(unsafe) static var isActive = false
    /// How many GOT slots were rewritten.
    nonisolated(unsafe) static var patchedSlots = 0
    /// Why counting is off, when it is.
    nonisolated(unsafe) static var problem: String?

    // glibc's functions, reached through the executable's own (unpatched) GOT.
    static let realMalloc: MallocFunction = { Glibc.malloc($0) }
    static let realCalloc: CallocFunction = { Glibc.calloc($0, $1) }
    static let realRealloc: ReallocFunction = { Glibc.realloc($0, $1) }
    static let realPosixMemalign: PosixMemalignFunction = { Glibc.posix_memalign($0!, $1, $2) }
    static let realAlignedAlloc: AlignedAllocFunction = { Glibc.aligned_alloc($0, $1) }

    /// Calls and bytes counted while `body` runs.
    static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, calls: Int, bytes: Int) {
        let c0 = calls
        let b0 = bytes
        let result = try body()
        return (result, calls - c0, bytes - b0)
    }

    /// Patches libswiftCore.so and runs the self-test.
    static func install() {
        // Touch the statics so their lazy initialisation is done before patching.
        _ = (realMalloc, realCalloc, realRealloc, realPosixMemalign, realAlignedAlloc)
        let countingMalloc: MallocFunction = { size in
            AllocationCounter.calls &+= 1
            AllocationCounter.bytes &+= size
            return AllocationCounter.realMalloc(size)
        }
        let countingCalloc: CallocFunction = { count, size in
            AllocationCounter.calls &+= 1
            AllocationCounter.bytes &+= count &* size
            return AllocationCounter.realCalloc(count, size)
        }
        let countingRealloc: ReallocFunction = { pointer, size in
            AllocationCounter.calls &+= 1
            AllocationCounter.bytes &+= size
            return AllocationCounter.realRealloc(pointer, size)
        }
        let countingPosixMemalign: PosixMemalignFunction = { out, alignment, size in
            AllocationCounter.calls &+= 1
            AllocationCounter.bytes &+= size
            return AllocationCounter.realPosixMemalign(out, alignment, size)
        }
        let countingAlignedAlloc: AlignedAllocFunction = { alignment, size in
            AllocationCounter.calls &+= 1
            AllocationCounter.bytes &+= size
            return AllocationCounter.realAlignedAlloc(alignment, size)
        }
        let replacements: [String: UnsafeRawPointer] = [
            "malloc": unsafeBitCast(countingMalloc, to: UnsafeRawPointer.self),
            "calloc": unsafeBitCast(countingCalloc, to: UnsafeRawPointer.self),
            "realloc": unsafeBitCast(countingRealloc, to: UnsafeRawPointer.self),
            "posix_memalign": unsafeBitCast(countingPosixMemalign, to: UnsafeRawPointer.self),
            "aligned_alloc": unsafeBitCast(countingAlignedAlloc, to: UnsafeRawPointer.self),
        ]
        guard let swiftRetain = dlsym(nil, "swift_retain") else {
            problem = "swift_retain not found"
            return
        }
        guard let base = ELFImage.loadBase(containing: UInt(bitPattern: swiftRetain)) else {
            problem = "libswiftCore.so not found in /proc/self/maps"
            return
        }
        patchedSlots = ELFImage(base: base).patchGOT(replacements)
        guard patchedSlots > 0 else {
            problem = "no malloc slot found in libswiftCore.so's relocations"
            return
        }
        // Self-test: 100 arrays of a size the optimiser cannot see, kept alive.
        let n = CommandLine.arguments.count + 40
        let (kept, counted, _) = measure { () -> [[Int]] in
            var arrays: [[Int]] = []
            arrays.reserveCapacity(100)
            for i in 0..<100 { arrays.append(makeArray(count: n + i)) }
            return arrays
        }
        blackHole(UInt64(kept.count))
        // One for `arrays` itself, one per element.
        if counted == 101 {
            isActive = true
        } else {
            problem = "self-test counted \(counted) allocations for 101"
        }
    }
}

@inline(never)
func makeArray(count: Int) -> [Int] {
    [Int](repeating: count, count: count)
}

/// Just enough of a loaded ELF64 object to rewrite its GOT.
struct ELFImage {
    let base: UInt

    init(base: UInt) { self.base = base }

    private func load<T>(_ address: UInt, as type: T.Type) -> T {
        UnsafeRawPointer(bitPattern: address)!.loadUnaligned(as: T.self)
    }

    /// Rewrites every JUMP_SLOT and GLOB_DAT relocation whose symbol is named in
    /// `replacements`; returns how many slots were written.
    func patchGOT(_ replacements: [String: UnsafeRawPointer]) -> Int {
        // Elf64_Ehdr: e_phoff at 32, e_phentsize at 54, e_phnum at 56.
        let phoff = UInt(load(base + 32, as: UInt64.self))
        let phentsize = UInt(load(base + 54, as: UInt16.self))
        let phnum = UInt(load(base + 56, as: UInt16.self))
        var bias: UInt?
        var dynamicVaddr: UInt?
        for i in 0..<phnum {
            let ph = base + phoff + i * phentsize
            let type = load(ph, as: UInt32.self)
            let offset = UInt(load(ph + 8, as: UInt64.self))
            let vaddr = UInt(load(ph + 16, as: UInt64.self))
            if type == 1, bias == nil { bias = base &- (vaddr &- offset) }  // PT_LOAD
            if type == 2 { dynamicVaddr = vaddr }  // PT_DYNAMIC
        }
        guard let bias, let dynamicVaddr else { return 0 }
        // glibc relocates address-valued dynamic entries in place; accept both forms.
        func absolute(_ value: UInt64) -> UInt { UInt(value) < bias ? bias &+ UInt(value) : UInt(value) }
        var strtab: UInt = 0
        var symtab: UInt = 0
        var jmprel: UInt = 0
        var pltrelsz: UInt = 0
        var rela: UInt = 0
        var relasz: UInt = 0
        var entry = bias &+ dynamicVaddr
        while true {
            let tag = load(entry, as: Int64.self)
            let value = load(entry + 8, as: UInt64.self)
            if tag == 0 { break }  // DT_NULL
            switch tag {
            case 2: pltrelsz = UInt(value)  // DT_PLTRELSZ
            case 5: strtab = absolute(value)  // DT_STRTAB
            case 6: symtab = absolute(value)  // DT_SYMTAB
            case 7: rela = absolute(value)  // DT_RELA
            case 8: relasz = UInt(value)  // DT_RELASZ
            case 23: jmprel = absolute(value)  // DT_JMPREL
            default: break
            }
            entry += 16
        }
        guard strtab != 0, symtab != 0 else { return 0 }
        let pageSize = UInt(sysconf(Int32(_SC_PAGESIZE)))
        var patched = 0
        for (table, size) in [(jmprel, pltrelsz), (rela, relasz)] where table != 0 {
            var r = table
            while r < table + size {  // Elf64_Rela: r_offset, r_info, r_addend
                let offset = UInt(load(r, as: UInt64.self))
                let info = load(r + 8, as: UInt64.self)
                r += 24
                let type = info & 0xFFFF_FFFF
                guard type == 7 || type == 6 else { continue }  // R_X86_64_JUMP_SLOT, R_X86_64_GLOB_DAT
                let symbol = symtab + UInt(info >> 32) * 24  // Elf64_Sym; st_name at 0
                let name = String(cString: UnsafePointer<CChar>(bitPattern: strtab + UInt(load(symbol, as: UInt32.self)))!)
                guard let replacement = replacements[name] else { continue }
                let slot = bias &+ offset
                let page = slot & ~(pageSize - 1)
                // The slot may sit in a RELRO page: make it writable first.
                _ = mprotect(UnsafeMutableRawPointer(bitPattern: page), Int(pageSize), PROT_READ | PROT_WRITE)
                UnsafeMutableRawPointer(bitPattern: slot)!.storeBytes(of: replacement, as: UnsafeRawPointer.self)
                patched += 1
            }
        }
        return patched
    }

    /// The start of the lowest mapping (file offset 0) of the file mapped at `address`.
    static func loadBase(containing address: UInt) -> UInt? {
        guard let file = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(file) }
        var mappings: [(start: UInt, end: UInt, offset: UInt, path: Substring)] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard fields.count >= 6 else { continue }
            let range = fields[0].split(separator: "-")
            guard range.count == 2, let start = UInt(range[0], radix: 16), let end = UInt(range[1], radix: 16),
                let offset = UInt(fields[2], radix: 16)
            else { continue }
            mappings.append((start, end, offset, fields[5]))
        }
        guard let owner = mappings.first(where: { $0.start <= address && address < $0.end }) else { return nil }
        return mappings.filter { $0.path == owner.path && $0.offset == 0 }.map(\.start).min()
    }
}
