using System.Text;

namespace Kennisplatform.Build.Tests;

/// <summary>Compares two built sites file by file.</summary>
public static class SiteComparison
{
    /// <summary>Every file of both sites, by path relative to the site, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string site)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(site, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    /// <summary>The differences between two sites: files only in one of them, and files whose bytes differ.</summary>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        var a = Files(expected);
        var b = Files(actual);
        var differences = new List<string>();
        differences.AddRange(a.Keys.Except(b.Keys).Select(k => "missing: " + k));
        differences.AddRange(b.Keys.Except(a.Keys).Select(k => "extra: " + k));
        differences.AddRange(a.Keys.Intersect(b.Keys).Where(k => !a[k].AsSpan().SequenceEqual(b[k])).Select(k => "differs: " + k));
        return differences;
    }

    /// <summary>Fails with the list of differences unless both sites hold the same files with the same bytes.</summary>
    public static void AssertIdentical(string expected, string actual, string because = "")
    {
        var differences = Differences(expected, actual);
        var message = new StringBuilder($"{differences.Count} differences {because}\n");
        foreach (var d in differences.Take(20)) message.AppendLine(d);
        Assert.True(differences.Count == 0, message.ToString());
    }
}
