namespace Zhenggai.Cli.Commands;

/// <summary>
/// Finds, in what a command threw, the file system refusing a read or write: a full disk, a
/// read-only or forbidden folder, a file where a folder should be. That is the machine's state,
/// not a bug, and the user can fix it; it gets a message and a hint instead of a stack trace.
/// </summary>
internal static class FileSystemFailure
{
    // errno values (Linux) that .NET passes on as an IOException's HResult on Unix.
    private static readonly HashSet<int> UnixErrors =
    [
        1,   // EPERM
        5,   // EIO
        13,  // EACCES
        20,  // ENOTDIR
        23,  // ENFILE
        24,  // EMFILE
        28,  // ENOSPC
        30,  // EROFS
        122, // EDQUOT
    ];

    // Win32 error codes in an HResult's low word: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL, ERROR_WRITE_PROTECT.
    private static readonly HashSet<int> WindowsErrors = [39, 112, 19];

    /// <summary>The innermost exception that says why, or null when <paramref name="exception"/> is something else.</summary>
    public static Exception? Find(Exception exception)
    {
        if (exception is AggregateException aggregate)
        {
            // Parallel loops report the same failure once per worker; the first says it.
            foreach (var inner in aggregate.Flatten().InnerExceptions)
                if (Find(inner) is { } found) return found;
            return null;
        }
        // The writer wraps the system's exception in its own ("writing the output failed: …"); the inner one holds the code.
        if (exception.InnerException is { } cause && Find(cause) is { } deeper) return deeper;
        // A folder that cannot be made because part of its path is a file (ENOTDIR) comes as DirectoryNotFoundException.
        if (exception is UnauthorizedAccessException or DirectoryNotFoundException) return exception;
        if (exception is IOException && (OperatingSystem.IsWindows() ? WindowsErrors.Contains(exception.HResult & 0xFFFF) : UnixErrors.Contains(exception.HResult)))
            return exception;
        return null;
    }
}
