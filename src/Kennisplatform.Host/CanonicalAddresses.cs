using System.Text.Json;
using Kennisplatform.Contracts;

namespace Kennisplatform.Host;

/// <summary>
/// The public addresses of a build (its <c>adressen.json</c>), looked up without regard to case: addresses on the
/// platform are lower-case, but people type and paste <c>/Themas/Damocles/</c>. Closed pages are not in the manifest,
/// so no case variant can lead to them.
/// </summary>
public sealed class CanonicalAddresses(IReadOnlyDictionary<string, string> byLowerCase)
{
    /// <summary>No addresses (a build without a manifest).</summary>
    public static CanonicalAddresses Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The canonical address when <paramref name="path"/> differs from one only in case (and trailing slash); else null.</summary>
    public string? For(string path)
    {
        var key = path.EndsWith('/') ? path : path + "/";
        return byLowerCase.TryGetValue(key.ToLowerInvariant(), out var canonical) && !string.Equals(canonical, path, StringComparison.Ordinal)
            && !string.Equals(canonical, path + "/", StringComparison.Ordinal)
            ? canonical
            : null;
    }

    /// <summary>Reads the manifest of a build; a build without one has no addresses to correct.</summary>
    public static CanonicalAddresses Load(string buildRoot)
    {
        var file = new BuildLayout(buildRoot).Addresses;
        if (!File.Exists(file)) return Empty;
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject()) map.TryAdd(property.Name.ToLowerInvariant(), property.Name);
        return new CanonicalAddresses(map);
    }
}
