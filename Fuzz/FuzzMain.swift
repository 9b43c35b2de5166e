// The libFuzzer entry points of kompass-score's fuzzer.
//
// scripts/fuzz.sh compiles Support, Statistics, Engine, Rules, Analysis and Reports with
// `swiftc -sanitize=fuzzer,address`, then this file together with the pipeline in
// Tests/RulesTests/FuzzRegressionTests.swift (with `-D KOMPASS_FUZZ_HARNESS`, which
// leaves out its tests), so the fuzzer and the regression tests run the same code. The
// input format and the properties are described at the top of that file.
//
// A violated property prints every violation and the input, then aborts, so libFuzzer
// saves the input as a crash (crash-<sha1>) like any other crash.
//
// "No hang": an input that takes more than KOMPASS_FUZZ_CPU_LIMIT seconds (default 2) of
// this thread's CPU time is a violation too. CPU time, not wall time: on a shared
// machine an input that needs 0.3 s of CPU can wait many seconds for it, and libFuzzer's
// `-timeout` counts wall time, so scripts/fuzz.sh keeps that only as a backstop for an
// input that never ends.
//
// The package root (for the fixed instruments) is KOMPASS_ROOT, else the folder above
// this file's folder at build time.
//
// `--write-json-seeds=DIR` (a libFuzzer-ignored flag): before fuzzing, for every seed in
// DIR holding a document that parses, write its JSON conversion next to it, then exit.

import Engine
import Foundation
import Rules

let kompassRoot: String = ProcessInfo.processInfo.environment["KOMPASS_ROOT"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path

/// KOMPASS_FUZZ_VERBOSE=1 prints how far each input got (to look at single inputs).
let verbose = ProcessInfo.processInfo.environment["KOMPASS_FUZZ_VERBOSE"] != nil

/// The most CPU time one input may take, in seconds.
let cpuLimit: Double = ProcessInfo.processInfo.environment["KOMPASS_FUZZ_CPU_LIMIT"].flatMap(Double.init) ?? 2

/// The CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let fuzzPipeline: FuzzPipeline = {
    do {
        return try FuzzPipeline(root: kompassRoot)
    } catch {
        FileHandle.standardError.write(Data("fuzz: cannot load the fixed instruments under \(kompassRoot):\n\(error)\n".utf8))
        exit(2)
    }
}()

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> CInt {
    let arguments = (0..<Int(argc.pointee)).compactMap { argv.pointee[$0].map { String(cString: $0) } }
    let flag = "--write-json-seeds="
    if let argument = arguments.first(where: { $0.hasPrefix(flag) }) {
        writeJSONSeeds(String(argument.dropFirst(flag.count)))
        exit(0)
    }
    _ = fuzzPipeline
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    var notes: [String] = []
    let start = threadCPUSeconds()
    var violations = fuzzPipeline.run(bytes, notes: &notes)
    let used = threadCPUSeconds() - start
    if used > cpuLimit {
        violations.append("the input took \(String(format: "%.2f", used)) s of CPU time, more than \(cpuLimit) s")
    }
    if verbose {
        notes.append("\(String(format: "%.3f", used)) s of CPU time")
        FileHandle.standardError.write(Data(notes.map { "fuzz: \($0)\n" }.joined().utf8))
    }
    if !violations.isEmpty {
        var report = "\n==== kompass fuzz: \(violations.count) property violation(s)\n"
        for violation in violations { report += "-- \(violation)\n" }
        report += "==== input (\(bytes.count) bytes):\n\(String(decoding: bytes, as: UTF8.self))\n====\n"
        FileHandle.standardError.write(Data(report.utf8))
        abort()
    }
    return 0
}

/// Writes `json-NAME` for every seed `NAME` in `folder` (a mode byte, then a document
/// in the language) that parses, with the same mode byte.
func writeJSONSeeds(_ folder: String) {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    var written = 0
    for name in names where !name.hasPrefix("json-") {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name), let mode = data.first,
            Int(mode) % FuzzPipeline.modeCount != 0
        else { continue }
        let source = SourceText(path: name, bytes: Array(data.dropFirst()))
        let (syntax, bag) = Parser.parse(source, kindWords: BuiltinKinds.registry.clauseWords)
        guard !bag.hasErrors, syntax.kind != .instrument else { continue }
        let json = [mode] + Array(DocumentJSON.write(syntax).utf8)
        guard json.count <= 65536 else { continue }
        if FileManager.default.createFile(atPath: folder + "/json-" + name, contents: Data(json)) { written += 1 }
    }
    print("fuzz: wrote \(written) JSON seeds in \(folder)")
}
