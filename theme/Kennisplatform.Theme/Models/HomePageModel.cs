namespace Kennisplatform.Theme.Models;

/// <summary>A theme on the home page: its title, address and one line about it.</summary>
public sealed record ThemeCard(string Title, string Url, string Description);

/// <summary>
/// The home page: the search, how to use the platform (<see cref="GuideHtml"/>), the themes, the newest content and
/// the rest of the introduction.
/// </summary>
public sealed record HomePageModel(PageFrame Frame, string Title, string Lead, string GuideHtml, string IntroHtml,
    IReadOnlyList<ThemeCard> Themes, IReadOnlyList<ListingSection> Sections);

/// <summary>The page shown for a path that does not exist.</summary>
public sealed record NotFoundPageModel(PageFrame Frame);
