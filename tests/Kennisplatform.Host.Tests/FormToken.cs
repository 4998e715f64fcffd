using System.Text.RegularExpressions;

namespace Kennisplatform.Host.Tests;

/// <summary>The anti-forgery token a page's form carries, read as a browser would post it back.</summary>
public static partial class FormToken
{
    /// <summary>The token in <paramref name="html"/>, or empty when the page has none.</summary>
    public static string In(string html) => TokenField().Match(html).Groups[1].Value;

    /// <summary>Fetches <paramref name="path"/> and returns the token of its form.</summary>
    public static async Task<string> FetchAsync(HttpClient client, string path = "/inloggen") => In(await client.GetStringAsync(path));

    [GeneratedRegex("name=\"__kp_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
