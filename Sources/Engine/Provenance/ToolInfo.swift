/// The tool's name and version, as every output names them.
public enum ToolInfo {
    /// The executable's name.
    public static let name = "kompass-score"
    /// The version.
    public static let version = "0.1.0"
}
