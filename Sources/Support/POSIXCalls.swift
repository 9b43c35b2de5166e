#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small wrappers around the C library shared by the file and stream helpers.
public enum POSIXCalls {
    /// `strerror` in the house's message style: lowercase first letter ("no such file or directory").
    public static func message(for code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Whether `descriptor` was closed when the process started, after putting /dev/null
    /// in its place: a closed standard stream's number would otherwise go to the next file
    /// or descriptor the process opens (a worker thread's event descriptor, an input file),
    /// and output meant for the stream would land there. The caller treats a stream found
    /// closed as closed (a write fails with EBADF). Call before any other thread starts.
    public static func reserveIfClosed(_ descriptor: Int32) -> Bool {
        guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { return false }
        let null = open("/dev/null", O_RDWR)
        if null >= 0, null != descriptor {
            dup2(null, descriptor)
            close(null)
        }
        return true
    }

    /// Writes every byte to `descriptor`, retrying short writes and interruptions;
    /// returns the `errno` of a failure, nil on success.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Reads `descriptor` to its end, retrying interruptions: the bytes, and the `errno`
    /// of a failure (nil when the end was reached).
    public static func readAll(from descriptor: Int32) -> (bytes: [UInt8], error: Int32?) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return (bytes, errno)
            }
            if count == 0 { return (bytes, nil) }
            bytes += chunk[..<count]
        }
    }

    /// Whether `mode` (from `stat`) is a directory's.
    public static func isDirectory(_ mode: mode_t) -> Bool {
        mode & S_IFMT == S_IFDIR
    }
}
