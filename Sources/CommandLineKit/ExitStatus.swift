/// The exit statuses of the command-line tool, in one place.
///
/// The values follow BSD `sysexits.h` where one fits, so scripts can tell a usage
/// mistake from bad input, a missing file or an unwritable output.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Everything went as asked.
    case success = 0
    /// A test failed, a target is unreachable, or a comparison is beyond tolerance.
    case failure = 1
    /// The command line is wrong: an unknown option, subcommand or value, or a missing argument.
    case usage = 64
    /// Rules or input are invalid.
    case invalidInput = 65
    /// An input file does not exist or cannot be read.
    case inputNotFound = 66
    /// A bug in the tool: an error that should not happen whatever the input.
    case internalError = 70
    /// An output file cannot be created.
    case cannotWriteOutput = 73
    /// Output could not be written completely: a full disk, a closed pipe.
    case outputIncomplete = 74
}
