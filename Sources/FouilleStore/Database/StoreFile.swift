import Foundation

/// The store's files on disk: created readable and writable by their owner only.
///
/// Reports are health data. The database file is created with mode 0600
/// before SQLite opens it; SQLite gives its `-wal` and `-shm` files the
/// database file's mode, so they are owner-only too.
enum StoreFile {
    /// Creates an empty file with mode 0600 (fails when it already exists).
    static func createOwnerOnly(_ path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError(.failed, "cannot create the store \(path): \(reason)")
        }
        // The umask may only remove bits; set them exactly in case it is unusual.
        fchmod(fd, 0o600)
        close(fd)
    }

    /// The permission bits of a file, or nil when it does not exist.
    static func permissions(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o777)
    }

    /// The database file and its companions, as SQLite names them.
    static func companions(of path: String) -> [String] { [path, path + "-wal", path + "-shm"] }
}

/// The files of a store on disk, for sizes and permission checks.
public enum StoreFiles {
    /// The database file and its `-wal` and `-shm` companions (which exist while the store is in use).
    public static func paths(of path: String) -> [String] { StoreFile.companions(of: path) }

    /// Permission bits of a file (0o600 for a store), nil when it does not exist.
    public static func permissions(_ path: String) -> Int? { StoreFile.permissions(path) }
}
