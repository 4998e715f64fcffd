namespace Kennisplatform.Testing;

/// <summary>Locates the repository and copies the fixture content set for a test to change.</summary>
public static class Fixtures
{
    /// <summary>The repository root (the folder with Kennisplatform.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kennisplatform.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Kennisplatform.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The small content set in tests/fixtures/content.</summary>
    public static string ContentFolder => Path.Combine(RepositoryRoot, "tests", "fixtures", "content");

    /// <summary>The real content of the site.</summary>
    public static string SiteContentFolder => Path.Combine(RepositoryRoot, "content");

    /// <summary>Copies a content folder into <paramref name="target"/> and returns the target.</summary>
    public static string CopyContent(string target, string? source = null)
    {
        source ??= ContentFolder;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    /// <summary>Writes a file (creating folders) and returns its path.</summary>
    public static string Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
