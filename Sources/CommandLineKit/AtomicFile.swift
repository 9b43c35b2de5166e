import Support

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing output files whole or not at all, and reading input files with clear errors.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically: into a new temporary file in the same
    /// directory (named after the output and this process's id), flushed to disk, then
    /// renamed over `path`. Readers see the old file or the new one, never a part.
    ///
    /// Refuses, before writing anything, when `path` is the same file as one of
    /// `inputs`: the same absolute path after removing `.` and `..`, the same path once
    /// symbolic links are resolved, or the same device and inode when both exist. The
    /// refusal is a usage error (exit status 64); every other failure is exit status 73
    /// and removes the temporary file. An existing output keeps its permission bits. When
    /// `path` is itself a symbolic link, the link is replaced by the file.
    public static func write(_ bytes: [UInt8], to path: String, refusingInputs inputs: [String]) throws(OutputFileError)
    {
        if let input = inputs.first(where: { PathIdentity.sameFile($0, path) }) {
            throw OutputFileError(path: path, reason: .namesInput(input))
        }
        let (directory, name) = PathIdentity.split(path)
        guard !name.isEmpty else {
            throw OutputFileError(path: path, reason: .cannotReplace(POSIXCalls.message(for: EISDIR)))
        }
        let (descriptor, temporary) = try createTemporary(in: directory, for: name, path: path)
        var existing = stat()
        if stat(path, &existing) == 0, !POSIXCalls.isDirectory(existing.st_mode) {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        if let code = POSIXCalls.writeAll(bytes, to: descriptor) ?? flush(descriptor) {
            close(descriptor)
            unlink(temporary)
            throw OutputFileError(path: path, reason: .cannotWrite(POSIXCalls.message(for: code)))
        }
        if close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputFileError(path: path, reason: .cannotWrite(POSIXCalls.message(for: code)))
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputFileError(path: path, reason: .cannotReplace(POSIXCalls.message(for: code)))
        }
    }

    /// Creates `.NAME.PID.N.tmp` beside the output, exclusively, trying the next `N`
    /// when one is taken (another thread of this process writing the same output).
    private static func createTemporary(
        in directory: String,
        for name: String,
        path: String
    ) throws(OutputFileError) -> (descriptor: Int32, path: String) {
        var attempt = 0
        while true {
            let temporary = "\(directory)/.\(name).\(getpid()).\(attempt).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, temporary) }
            let code = errno
            guard code == EEXIST, attempt < 1000 else {
                throw OutputFileError(path: path, reason: .cannotCreate(POSIXCalls.message(for: code)))
            }
            attempt += 1
        }
    }

    /// `fsync`, so the rename never exposes a file whose bytes are not on disk yet; the
    /// `errno` of a failure (other than "not supported" for special files), nil on success.
    private static func flush(_ descriptor: Int32) -> Int32? {
        guard fsync(descriptor) != 0, errno != EINVAL else { return nil }
        return errno
    }
}
