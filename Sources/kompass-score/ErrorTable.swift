import Analysis
import CommandLineKit
import Engine

/// The one place that says, for every error the tool can meet, what it tells the user
/// and which status it exits with (STYLE.md, DESIGN.md "Exit statuses"). Errors not
/// listed here are bugs: reported as internal errors, status 70.
enum ErrorTable {
    /// The text and status of `error`, or nil for an error that should not happen.
    @Sendable static func describe(_ error: any Error) -> ErrorDescription? {
        switch error {
        case let error as UsageError:
            ErrorDescription(error.message, help: error.help, exitStatus: .usage)
        case let error as InputFileError:
            ErrorDescription(error.message, help: error.help, exitStatus: .inputNotFound)
        case let error as RulesNotFound:
            ErrorDescription(error.message, help: error.help, exitStatus: .inputNotFound)
        case let error as OutputFileError:
            ErrorDescription(error.message, help: error.help, exitStatus: status(of: error))
        case let error as StandardOutputError:
            ErrorDescription(error.message, exitStatus: .outputIncomplete)
        case is InvalidInput:
            // The diagnostics and their summary line are printed already.
            ErrorDescription("", exitStatus: .invalidInput)
        case let error as ArithmeticOverflow:
            ErrorDescription(
                "\(error.description) while scoring [eval.overflow]",
                help: "the values in the rules or findings are too large or too fine for exact arithmetic",
                exitStatus: .invalidInput)
        case let error as PlanSearchError:
            describe(error)
        case let error as CalibrationInputError:
            ErrorDescription(error.message, help: error.help, exitStatus: .invalidInput)
        case let error as PublishedTableError:
            ErrorDescription(error.message, help: error.help, exitStatus: .invalidInput)
        case let error as EvidenceFolderError:
            ErrorDescription(error.message, help: error.help, exitStatus: .inputNotFound)
        default:
            nil
        }
    }

    /// An output naming an input, or joining an input folder, is refused as a usage error:
    /// the command line asked for something the tool never does. A write that fails part
    /// way (a full disk) is 74; an output that cannot be created or put in place is 73.
    static func status(of error: OutputFileError) -> ExitStatus {
        switch error.reason {
        case .namesInput, .insideInputFolder: .usage
        case .cannotWrite: .outputIncomplete
        case .cannotCreate, .cannotReplace: .cannotWriteOutput
        }
    }

    /// 65 for values beyond exact arithmetic, 70 for a search whose answer failed its check.
    static func describe(_ error: PlanSearchError) -> ErrorDescription {
        if case .verification = error {
            return ErrorDescription(
                error.description, help: "please report this with the evidence and the plan", exitStatus: .internalError)
        }
        return ErrorDescription(
            error.description, help: "the points or costs are too large or too fine for exact arithmetic",
            exitStatus: .invalidInput)
    }
}

/// Invalid rules or input whose diagnostics, with their summary line, are already printed.
struct InvalidInput: Error {}
