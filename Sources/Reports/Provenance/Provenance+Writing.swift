import Engine

extension Provenance {
    /// Writes the members of ``jsonHeader(_:kind:)`` into the open object of `writer`.
    public static func writeJSONHeader(_ instrument: Instrument, kind: String? = nil, to writer: inout JSONByteWriter) {
        writer.key("schemaVersion")
        writer.number(1)
        writer.key("tool")
        writer.beginObject()
        writer.key("name")
        writer.string(ToolInfo.name)
        writer.key("version")
        writer.string(ToolInfo.version)
        writer.endObject()
        if let kind {
            writer.key("kind")
            writer.string(kind)
        }
        writer.key("instrument")
        writer.beginObject()
        writer.key("name")
        writer.string(instrument.name)
        writer.key("version")
        writer.string(instrument.version)
        writer.key("sha256")
        writer.string(instrument.sha256)
        writer.endObject()
    }

    /// Writes ``json(_:)`` of an evidence file.
    public static func writeJSON(_ evidence: Evidence, to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("municipality")
        writer.string(evidence.municipality)
        writer.key("year")
        writer.number(Int64(evidence.year))
        writer.key("evaluators")
        writer.beginArray()
        for name in evidence.evaluators { writer.string(name) }
        writer.endArray()
        writer.key("path")
        writer.string(evidence.path)
        writer.key("sha256")
        writer.string(evidence.sha256)
        writer.endObject()
    }
}
