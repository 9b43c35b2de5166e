/// The colours of every report, in one place. The stylesheets draw only from these, so
/// the contrast test sees every pair a reader sees: text at least 4.5:1 and graphics
/// (lines, markers, bars, rules) at least 3:1 against every background (WCAG 2).
///
/// The municipality and the reference are told apart by line pattern and marker shape
/// too (solid with round markers, dashed with square markers), not by colour alone.
public enum ReportPalette {
    /// The page.
    public static let page = RGBColour(red: 0xff, green: 0xff, blue: 0xff)
    /// Table headings.
    public static let headingBackground = RGBColour(red: 0xed, green: 0xf1, blue: 0xf5)
    /// Code: fact paths and values.
    public static let codeBackground = RGBColour(red: 0xf3, green: 0xf4, blue: 0xf6)
    /// Body text.
    public static let text = RGBColour(red: 0x1b, green: 0x1f, blue: 0x24)
    /// Secondary text: sources, captions, provenance.
    public static let mutedText = RGBColour(red: 0x4a, green: 0x53, blue: 0x60)
    /// Headings.
    public static let heading = RGBColour(red: 0x0b, green: 0x3d, blue: 0x6e)
    /// The heading of strengths.
    public static let strength = RGBColour(red: 0x1d, green: 0x5e, blue: 0x32)
    /// The heading of improvement opportunities.
    public static let opportunity = RGBColour(red: 0x8a, green: 0x3f, blue: 0x00)
    /// The municipality's series: bars, the radar's solid line and round markers.
    public static let municipality = RGBColour(red: 0x1f, green: 0x5a, blue: 0xa6)
    /// The reference profile's series: the radar's dashed line and square markers.
    public static let reference = RGBColour(red: 0xb0, green: 0x4a, blue: 0x00)
    /// The radar's grid and axes, table rules.
    public static let grid = RGBColour(red: 0x80, green: 0x80, blue: 0x80)
    /// The outline of a bar's track.
    public static let track = RGBColour(red: 0x6b, green: 0x6b, blue: 0x6b)
}
