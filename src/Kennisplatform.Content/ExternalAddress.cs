namespace Kennisplatform.Content;

/// <summary>The syntax rules of an external address, shared by the link checker and fields that hold an address.</summary>
public static class ExternalAddress
{
    /// <summary>
    /// What is wrong with an external address, or null. There is no network at build time, so only the syntax is
    /// checked: https or http with a host that has a dot, or mailto with an address.
    /// </summary>
    public static string? Problem(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return $"external link '{url}' has no scheme: write it as https:{url}";
        if (LooksLikeBareDomain(url)) return $"external link '{url}' has no scheme: write it as https://{url}";
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = url["mailto:".Length..].Split('?')[0];
            var at = address.IndexOf('@');
            return at > 0 && address.IndexOf('.', at) > at + 1 && !address.Any(char.IsWhiteSpace)
                ? null
                : $"invalid e-mail link '{url}': write mailto:name@example.nl";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return $"invalid external link '{url}': only https://, http:// and mailto: addresses can be linked";
        }
        if (url.Any(char.IsWhiteSpace) || !uri.Host.Contains('.') || uri.Host.StartsWith('.') || uri.Host.EndsWith('.') || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            return $"invalid external link '{url}': not a complete web address (https://host.nl/path)";
        }
        return null;
    }

    /// <summary>"www.x.nl" without a scheme, which would otherwise be read as a relative path.</summary>
    public static bool LooksLikeBareDomain(string url) =>
        url.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
