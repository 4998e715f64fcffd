using System.Runtime.InteropServices;

namespace Kennisplatform.Build;

/// <summary>
/// Replaces a path with another in one step. POSIX <c>rename(2)</c> swaps a symbolic link atomically, so a reader
/// always sees either the old build or the new one; .NET's File.Move refuses links to folders.
/// </summary>
internal static partial class AtomicRename
{
    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Rename(string oldPath, string newPath);

    /// <summary>Moves <paramref name="source"/> over <paramref name="target"/>, replacing it.</summary>
    public static void Replace(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Directory.Exists(target) || File.Exists(target)) Directory.Delete(target);
            Directory.Move(source, target);
            return;
        }
        if (Rename(source, target) != 0)
        {
            throw new IOException($"cannot rename {source} to {target} (errno {Marshal.GetLastPInvokeError()})");
        }
    }
}
