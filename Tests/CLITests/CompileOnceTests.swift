import CommandLineKit
import Engine
import TestSupport
import Testing

@testable import kompass_score

/// A command compiles its instrument once, however many evidence files it scores.
@Suite struct CompileOnceTests {
    final class Captured: @unchecked Sendable {
        var output = ""
        var error = ""
    }

    static func run(_ arguments: [String]) -> (status: CommandLineKit.ExitStatus, output: String, error: String) {
        let captured = Captured()
        let io = CommandIO(
            writeOutput: { captured.output += String(decoding: $0, as: UTF8.self) },
            writeError: { captured.error += String(decoding: $0, as: UTF8.self) })
        let status = KompassTool.tool.run(arguments: arguments, io: io)
        return (status, captured.output, captured.error)
    }

    @Test(arguments: [1, 3])
    func scoreCompilesTheInstrumentOnce(files: Int) {
        let evidence = PackageRoot.path("Examples/ale-2020/evidence.kompass")
        let rules = PackageRoot.path("Rules/kommunkompassen-2019")
        let counter = CompilationCounter()
        let result = CompilationCounter.$current.withValue(counter) {
            Self.run(["score"] + Array(repeating: evidence, count: files) + ["--rules", rules, "--format", "csv"])
        }
        #expect(result.status == .success, "\(result.error)")
        // A header and one row per file (CSV records end in CRLF).
        #expect(result.output.split(whereSeparator: \.isNewline).count == files + 1)
        #expect(counter.count == 1)
    }

    /// The counter counts every compilation: two commands compile twice.
    @Test func eachCommandCompilesItsOwn() {
        let evidence = PackageRoot.path("Examples/ale-2020/evidence.kompass")
        let rules = PackageRoot.path("Rules/kommunkompassen-2019")
        let counter = CompilationCounter()
        CompilationCounter.$current.withValue(counter) {
            #expect(Self.run(["score", evidence, "--rules", rules]).status == .success)
            #expect(Self.run(["explain", evidence, "--rules", rules, "--subarea", "1.1"]).status == .success)
        }
        #expect(counter.count == 2)
    }
}
