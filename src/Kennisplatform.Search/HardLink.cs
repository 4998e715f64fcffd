using System.Runtime.InteropServices;

namespace Kennisplatform.Search;

/// <summary>
/// Hard links for files that are never changed in place (index files, cached pages): a second name for the same
/// bytes costs no copying.
/// </summary>
public static class HardLink
{
    /// <summary>Gives <paramref name="existing"/> the further name <paramref name="created"/>; false where the file system cannot.</summary>
    public static bool TryCreate(string existing, string created) => OperatingSystem.IsLinux() && Link(existing, created) == 0;

    /// <summary>Puts <paramref name="existing"/> at <paramref name="target"/>: a hard link where possible, else a copy.</summary>
    public static void Place(string existing, string target)
    {
        if (!TryCreate(existing, target)) File.Copy(existing, target, overwrite: true);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string created);
}
