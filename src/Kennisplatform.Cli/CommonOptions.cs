using System.CommandLine;

namespace Kennisplatform.Cli;

/// <summary>The options several verbs share, each with its default; a verb adds a fresh instance to its command.</summary>
public static class CommonOptions
{
    /// <summary><c>--content DIR</c>: the content folder (default <c>content</c>).</summary>
    public static Option<string> Content() => new("--content")
    {
        Description = "the content folder",
        HelpName = "DIR",
        DefaultValueFactory = _ => "content",
    };

    /// <summary><c>--site DIR</c>: an already built site (default: none, build first).</summary>
    public static Option<string> Site(string description) => new("--site")
    {
        Description = description,
        HelpName = "DIR",
        DefaultValueFactory = _ => "",
    };

    /// <summary>
    /// <c>--previous SITE</c>: a built site (or its <c>adressen.json</c>) whose every public address must still exist;
    /// <paramref name="fallback"/> when not given.
    /// </summary>
    public static Option<string> Previous(string fallback) => new("--previous")
    {
        Description = "a built site whose addresses must all remain (renamed pages need aliases)",
        HelpName = "SITE",
        DefaultValueFactory = _ => fallback,
    };
}
