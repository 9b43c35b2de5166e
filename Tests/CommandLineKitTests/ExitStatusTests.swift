import CommandLineKit
import Testing

@Suite struct ExitStatusTests {
    @Test func statusesFollowTheDesign() {
        let codes = ExitStatus.allCases.map { "\($0)=\($0.rawValue)" }
        #expect(
            codes == [
                "success=0", "failure=1", "usage=64", "invalidInput=65", "inputNotFound=66", "internalError=70",
                "cannotWriteOutput=73", "outputIncomplete=74",
            ])
    }
}
