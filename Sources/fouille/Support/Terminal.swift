import Foundation

/// The terminal standard output writes to: its width, and whether it shows colours.
enum Terminal {
    /// True when standard output is a terminal (not a pipe or a file).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Columns of the terminal; `$COLUMNS` or 120 when not a terminal.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 120
    }
}
