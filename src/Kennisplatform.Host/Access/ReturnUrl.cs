namespace Kennisplatform.Host.Access;

/// <summary>Where sign-in may send someone back to: only paths on this site.</summary>
public static class ReturnUrl
{
    /// <summary>The default: the start of the closed part.</summary>
    public const string Default = "/besloten/";

    /// <summary>
    /// <paramref name="url"/> when it is a plain path on this site, otherwise <see cref="Default"/>. Only printable ASCII
    /// is allowed: browsers drop tabs and newlines (<c>/%09/evil.example/</c> becomes <c>//evil.example/</c>) and treat
    /// a backslash as a slash, and a header with other characters cannot be sent at all.
    /// </summary>
    public static string LocalOrDefault(string? url) =>
        url is { Length: > 0 and <= 2000 } && url[0] == '/' && url.All(c => c is > ' ' and < '\x7f' and not '\\') &&
        (url.Length == 1 || url[1] != '/')
            ? url
            : Default;
}
