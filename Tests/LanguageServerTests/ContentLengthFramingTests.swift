import LanguageServer
import Testing

@Suite struct ContentLengthFramingTests {
    static func framed(_ body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    @Test func readsTwoMessagesFedByteByByte() {
        var framing = ContentLengthFraming()
        var frames: [ContentLengthFraming.Frame] = []
        // `å` is two bytes: the length counts bytes, not characters.
        for byte in Self.framed(#"{"a":"å"}"#) + Self.framed("[1]") {
            framing.append([byte])
            while let frame = framing.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Array(#"{"a":"å"}"#.utf8)), .message(Array("[1]".utf8))])
        #expect(!framing.hasPartialMessage)
    }

    @Test func acceptsContentTypeAndAnyCaseOfTheHeaderName() {
        var framing = ContentLengthFraming()
        framing.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(framing.next() == .message(Array("{}".utf8)))
        #expect(framing.next() == nil)
    }

    @Test func waitsForTheWholeBody() {
        var framing = ContentLengthFraming()
        framing.append(Array("Content-Length: 10\r\n\r\n{\"a\":".utf8))
        #expect(framing.next() == nil)
        #expect(framing.hasPartialMessage)
        framing.append(Array("true}".utf8))
        #expect(framing.next() == .message(Array("{\"a\":true}".utf8)))
    }

    @Test(arguments: [
        ("Content-Length: ten\r\n\r\n{}", "'Content-Length' is not a number: 'ten'"),
        ("Content-Type: x\r\n\r\n{}", "no 'Content-Length' header"),
        ("Content-Length: -1\r\n\r\n{}", "'Content-Length' is not a number: '-1'"),
        ("Content-Length: 99999999999\r\n\r\n{}", "'Content-Length' is not a number: '99999999999'"),
        ("Content-Length: 999999999\r\n\r\n{}", "'Content-Length' 999999999 is over the limit of 67108864 bytes"),
        ("garbage\r\n\r\n{}", "header line 'garbage' has no ':'"),
    ])
    func reportsABadHeaderAndRecoversAtTheNextOne(_ header: String, _ problem: String) {
        var framing = ContentLengthFraming()
        framing.append(Array(header.utf8) + Self.framed("[2]"))
        #expect(framing.next() == .badHeader(problem))
        #expect(framing.next() == .message(Array("[2]".utf8)))
        #expect(framing.next() == nil)
    }

    @Test func framesABodyWithItsByteLength() {
        let bytes = ContentLengthFraming.frame(Array("\"ö\"".utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "Content-Length: 4\r\n\r\n\"ö\"")
    }
}
