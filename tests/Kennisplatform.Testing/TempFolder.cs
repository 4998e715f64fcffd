namespace Kennisplatform.Testing;

/// <summary>A fresh folder for a test, deleted on dispose: in memory where the system offers it (see <see cref="Root"/>).</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>
    /// Where test folders are made: the folder TMPDIR names when it is set, else Linux's in-memory file system
    /// (/dev/shm) when it is there, writable and has room (containers often give it only 64 MB), else the system temp folder. The tests copy content, build sites and
    /// delete them again, thousands of small files each time: on a disk mounted with online discard, deleting one build
    /// of the real site (4 400 files) took 6 s, and the build tests spent a quarter of their processor time in the kernel.
    /// </summary>
    public static string Root { get; } = ChooseRoot();

    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(Root, "kp-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string ChooseRoot()
    {
        const string memory = "/dev/shm";
        // The tests' folders together (real-site builds in parallel) need a few hundred megabytes at most.
        const long room = 2L << 30;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) || !Directory.Exists(memory)) return System.IO.Path.GetTempPath();
        try
        {
            if (new DriveInfo(memory).AvailableFreeSpace < room) return System.IO.Path.GetTempPath();
            // Writable for this user (it may be mounted read-only, or without room).
            var probe = System.IO.Path.Combine(memory, "kp-test-probe-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return memory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return System.IO.Path.GetTempPath();
        }
    }
}
