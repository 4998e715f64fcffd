using System.Reflection;
using System.Security.Cryptography;

namespace Kennisplatform.Theme;

/// <summary>The theme's static files (CSS, icons), embedded in the assembly and published under fingerprinted names.</summary>
public static class ThemeAssets
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> All = new(Load);

    /// <summary>Every asset with its fingerprinted site path.</summary>
    public static IReadOnlyList<ThemeAsset> Files => All.Value;

    /// <summary>The site path of the stylesheet, e.g. <c>/assets/site.3f2a9c1d.css</c>.</summary>
    public static string StylesheetUrl => Files.First(f => f.Name == "site.css").Url;

    private static IReadOnlyList<ThemeAsset> Load()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))
            .ToList();
    }

    private static ThemeAsset Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var name = resource["assets/".Length..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var fingerprinted = $"{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
        return new ThemeAsset(name, $"/assets/{fingerprinted}", bytes);
    }
}

/// <summary>One theme file: its name in <c>theme/assets</c>, its fingerprinted site path and its bytes.</summary>
public sealed record ThemeAsset(string Name, string Url, byte[] Content);
