/// An output file that was not written. Nothing was left behind: no half-written file,
/// no temporary file.
///
/// An output that names one of the inputs is refused before anything is written.
public struct OutputFileError: Error, Sendable, Equatable {
    /// Why the file was not written.
    public enum Reason: Sendable, Equatable {
        /// The output is the same file as this input (as the user spelled it).
        case namesInput(String)
        /// The output would be a new file in this folder, whose files of its kind are all
        /// read as one input (a `.kompass` file in the instrument's folder joins the
        /// instrument); `what` names that input.
        case insideInputFolder(String, what: String)
        /// The temporary file beside the output could not be created; the system's message.
        case cannotCreate(String)
        /// Writing the temporary file failed; the system's message.
        case cannotWrite(String)
        /// Renaming the temporary file over the output failed; the system's message.
        case cannotReplace(String)
    }

    /// The output path as given.
    public var path: String
    /// Why the file was not written.
    public var reason: Reason

    /// An output file error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What went wrong, naming the file.
    public var message: String {
        switch reason {
        case .namesInput(let input):
            return input == path
                ? "refusing to write '\(path)': it is an input"
                : "refusing to write '\(path)': it is the input '\(input)'"
        case .insideInputFolder(let folder, let what):
            return "refusing to write '\(path)': it would become part of \(what) in '\(folder)'"
        case .cannotCreate(let system):
            return "cannot create '\(path)': \(system)"
        case .cannotWrite(let system):
            return "cannot write '\(path)': \(system)"
        case .cannotReplace(let system):
            return "cannot replace '\(path)': \(system)"
        }
    }

    /// How to fix it, when there is something to say.
    public var help: String? {
        switch reason {
        case .namesInput: "inputs are never overwritten; choose another output file"
        case .insideInputFolder: "write it outside that folder, or give it another extension"
        case .cannotCreate, .cannotWrite, .cannotReplace: nil
        }
    }
}
