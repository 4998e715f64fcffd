using System.Text.Json;
using Kennisplatform.Contracts;

namespace Kennisplatform.Host;

/// <summary>The old paths of a build (<c>redirects.json</c>, from <c>aliases:</c> in content), answered with 301.</summary>
public sealed class RedirectTable(IReadOnlyDictionary<string, string> redirects)
{
    /// <summary>No redirects.</summary>
    public static RedirectTable Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>The new path for an old one (with or without trailing slash), or null.</summary>
    public string? Target(string path) =>
        redirects.GetValueOrDefault(path) ?? (path.EndsWith('/') ? null : redirects.GetValueOrDefault(path + "/"));

    /// <summary>Reads the table of a build; a build without one has no redirects.</summary>
    public static RedirectTable Load(string buildRoot)
    {
        var file = new BuildLayout(buildRoot).Redirects;
        if (!File.Exists(file)) return Empty;
        return new RedirectTable(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? []);
    }
}
