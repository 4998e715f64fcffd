namespace Kennisplatform.Theme.Models;

/// <summary>The home page: introduction, themes and the newest content.</summary>
public sealed record HomePageModel(PageFrame Frame, string Title, string Lead, string IntroHtml, IReadOnlyList<Link> Themes, IReadOnlyList<ListingSection> Sections);

/// <summary>The page shown for a path that does not exist.</summary>
public sealed record NotFoundPageModel(PageFrame Frame);
